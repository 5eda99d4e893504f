"""From the command line's ``--server``/``--proxy``/``--ca-file``/``--api``/``--lang`` to a :class:`Target`."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from reconui.cli.exit_codes import EXIT_USAGE, Abort
from reconui.cli.terminal import Terminal
from reconui.core.errors import InvalidTarget
from reconui.core.logging_setup import register_secret
from reconui.core.models import FLAVOR_AUTO, ProxyChoice, ProxyMode, Target


def parse_server(text: str) -> tuple[str, int]:
    """``HOST[:PORT]`` (IPv6 as ``[::1]:443``; an ``https://`` prefix is tolerated) -> host, port."""
    value = text.strip()
    if "://" in value:
        parts = urlsplit(value)
        if parts.scheme.lower() != "https":
            raise InvalidTarget({"value": text, "reason": "only https:// is supported"})
        value = parts.netloc
    value = value.rstrip("/")
    if not value:
        raise InvalidTarget({"value": text, "reason": "it is empty"})
    host, port_text = value, ""
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            raise InvalidTarget({"value": text, "reason": "the IPv6 address has no closing bracket"})
        host, rest = value[1:end], value[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise InvalidTarget({"value": text, "reason": "unexpected text after the IPv6 address"})
            port_text = rest[1:]
    elif value.count(":") == 1:
        host, port_text = value.split(":")
    elif value.count(":") > 1:
        host = value  # a bare IPv6 literal without a port
    if not host or any(c in host for c in "/@ \t?#\\") or any(ord(c) < 32 or ord(c) == 127 for c in host):
        raise InvalidTarget({"value": text, "reason": "it is not a host name or address"})
    port = 443
    if port_text:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise InvalidTarget({"value": text, "reason": "the port must be a number from 1 to 65535"})
        port = int(port_text)
    return host, port


def _proxy_choice(args: argparse.Namespace) -> ProxyChoice:
    if args.no_proxy:
        return ProxyChoice(ProxyMode.NONE)
    if args.proxy:
        password = urlsplit(args.proxy).password
        register_secret(password)
        register_secret(unquote(password) if password else None)  # the form sent in Proxy-Authorization
        return ProxyChoice(ProxyMode.EXPLICIT, args.proxy)
    return ProxyChoice(ProxyMode.SYSTEM)


def display_proxy(url: str | None) -> str | None:
    """The proxy URL without user info (a proxy password must not reach the report)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def build_target(args: argparse.Namespace) -> Target:
    """The Target for the parsed arguments (raises InvalidTarget or Abort for bad values)."""
    host, port = parse_server(args.server)
    ca_file = getattr(args, "ca_file", None)
    if ca_file and not Path(ca_file).is_file():
        raise Abort(EXIT_USAGE, f"The CA file {ca_file} does not exist or is not a file.")
    return Target(
        host=host,
        port=port,
        flavor=getattr(args, "api", FLAVOR_AUTO),
        proxy=_proxy_choice(args),
        ca_file=ca_file,
        language=getattr(args, "lang", None) or None,
    )


def target_or_exit_code(args: argparse.Namespace, term: Terminal) -> Target | int:
    """The Target for the arguments, or the exit code after saying on stderr why there is none."""
    try:
        return build_target(args)
    except InvalidTarget as exc:
        abort = Abort(EXIT_USAGE, exc.sentence)
    except Abort as exc:
        abort = exc
    term.fail(abort.sentence)
    return abort.code
