"""From the command line's ``--server``/``--proxy``/``--ca-file``/``--api``/``--lang`` to a :class:`Target`."""

from __future__ import annotations

import argparse
from pathlib import Path

from reconui.cli.exit_codes import EXIT_USAGE, Abort
from reconui.cli.terminal import Terminal
from reconui.core.address import AddressError, parse_address, proxy_display, proxy_secrets
from reconui.core.errors import InvalidTarget
from reconui.core.logging_setup import register_secret
from reconui.core.models import FLAVOR_AUTO, ProxyChoice, ProxyMode, Target


def parse_server(text: str) -> tuple[str, int]:
    """``HOST[:PORT]``, ``[IPv6]:PORT`` or a pasted ``https://`` URL -> host, port.

    Raises:
        InvalidTarget: the address is malformed; its sentence never repeats a password.
    """
    try:
        address = parse_address(text)
    except AddressError as exc:
        raise InvalidTarget({"value": exc.shown, "reason": exc.phrase}) from None
    return address.host, address.port


def _proxy_choice(args: argparse.Namespace) -> ProxyChoice:
    if args.no_proxy:
        return ProxyChoice(ProxyMode.NONE)
    if args.proxy:
        for secret in proxy_secrets(args.proxy):  # as typed and as sent in Proxy-Authorization
            register_secret(secret)
        return ProxyChoice(ProxyMode.EXPLICIT, args.proxy)
    return ProxyChoice(ProxyMode.SYSTEM)


def display_proxy(url: str | None) -> str | None:
    """The proxy URL without user info (a proxy password must not reach the report)."""
    return proxy_display(url)


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
