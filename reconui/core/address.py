"""The one parser for what people type as an appliance or proxy address, and the one mask for it.

An address arrives from the command line (``--server``, ``--proxy``), the window's host and proxy
fields, and the settings file. Each of them used to check it its own way; now all of them call
this module, so ``vc01``, ``vc01:5480``, ``[::1]:443`` and a URL pasted from the browser
(``https://vc01.example.com/ui``) mean the same everywhere, and so does every refusal:

* a user name or password (``user:secret@vc01``) - refused *without echoing the secret*: the
  reason names the problem, and :attr:`AddressError.shown` is the value with ``user:password@``
  masked;
* an IPv6 zone index (``[fe80::1%25lo]``), a percent-encoded character (``127.0.0.1%3A443``),
  control characters, spaces and URL parts in a host name;
* ``1:2:3`` and other text that is neither a host name nor an IP address, and ports outside
  1-65535.

A host name is checked by its shape (RFC 1123 labels, international names allowed), not resolved:
resolving is the connection's job and its failure is typed there.

Proxy URLs (``http://[user:password@]host[:port]``) are checked by :func:`check_proxy_url`; their
passwords are masked in any text by :func:`mask_userinfo` and removed for display and storage by
:func:`proxy_display` and :func:`without_password`.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import unquote

from reconui.core.errors import AddressError
from reconui.core.reason_texts import reason
from reconui.core.sanitize import clean_line

DEFAULT_PORT = 443
_MAX_HOST = 253
_MAX_LABEL = 63
#: Anything after ``scheme://`` up to the first ``@`` that is not part of the host: user info.
_USERINFO = re.compile(r"(?<=//)[^@\s]+@")
#: Characters a host name never contains (beyond controls and spaces, checked separately).
_NOT_IN_HOST = frozenset("/\\@?#%[]<>\"'`{}|^,;=&+*!$()~")
_SCHEMES = ("https",)


@dataclass(frozen=True)
class Address:
    """A checked host and port. ``host`` is a name or an IP literal without brackets."""

    host: str
    port: int = DEFAULT_PORT

    @property
    def is_ipv6(self) -> bool:
        return ":" in self.host

    @property
    def text(self) -> str:
        """``host:port`` with an IPv6 literal in brackets (the key pins are stored under)."""
        host = f"[{self.host}]" if self.is_ipv6 else self.host
        return f"{host}:{self.port}"

    @property
    def host_text(self) -> str:
        """The host as typed in a host field: an IPv6 literal in brackets."""
        return f"[{self.host}]" if self.is_ipv6 else self.host


# --- hosts -------------------------------------------------------------------------------------


def _has_control_or_space(text: str) -> bool:
    return any(ch.isspace() or not ch.isprintable() for ch in text)


def check_host(host: str) -> str:
    """``host`` (a name, an IPv4 address, or an IPv6 address with or without brackets), checked.

    Returns:
        The host without brackets.

    Raises:
        AddressError: it is not a host name or IP address.
    """
    value = host
    if value.startswith("[") or value.endswith("]"):
        if not (value.startswith("[") and value.endswith("]")):
            raise AddressError(host, reason("addr_unbalanced_brackets"))
        value = value[1:-1]
        if ":" not in value:
            raise AddressError(host, reason("addr_brackets_not_ipv6"))
    if not value:
        raise AddressError(host, reason("addr_empty"))
    if _has_control_or_space(value):
        raise AddressError(host, reason("addr_spaces"))
    if "%" in value:
        raise AddressError(host, reason("addr_percent"))
    if "@" in value:
        raise AddressError(host, reason("addr_userinfo_host"))
    if any(ch in "/\\?#" for ch in value):
        raise AddressError(host, reason("addr_not_only_host"))
    if ":" in value:
        try:
            if not _is_ipv6_text(value):
                raise ValueError(value)
            ipaddress.IPv6Address(value)
        except ValueError:
            raise AddressError(host, reason("addr_not_host_or_ipv6")) from None
        return value
    if any(ch in _NOT_IN_HOST for ch in value):
        raise AddressError(host, reason("addr_not_only_host"))
    name = value[:-1] if value.endswith(".") else value
    if len(name) > _MAX_HOST:
        raise AddressError(host, reason("addr_host_too_long", limit=str(_MAX_HOST)))
    labels = name.split(".")
    if any(not label for label in labels):
        raise AddressError(host, reason("addr_empty_label"))
    for label in labels:
        if len(label) > _MAX_LABEL:
            raise AddressError(host, reason("addr_label_too_long", limit=str(_MAX_LABEL)))
        if label.startswith("-") or label.endswith("-"):
            raise AddressError(host, reason("addr_label_dash"))
        if not all(ch.isalnum() or ch in "-_" for ch in label):
            raise AddressError(host, reason("addr_bad_characters"))
    if all(label.isascii() and label.isdigit() for label in labels):
        try:
            ipaddress.IPv4Address(name)
        except ValueError:
            raise AddressError(host, reason("addr_bad_ipv4")) from None
    return value


def _is_ipv6_text(value: str) -> bool:
    """IPv6 text is hex groups and colons (and a trailing dotted IPv4), nothing else."""
    return all(ch in "0123456789abcdefABCDEF:." for ch in value)


def _check_port(text: str, value: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 5 or not 0 < int(text) < 65536:
        raise AddressError(value, reason("addr_bad_port"))
    return int(text)


def parse_address(text: str, *, default_port: int = DEFAULT_PORT) -> Address:
    """``HOST``, ``HOST:PORT``, ``[IPv6]:PORT``, a bare IPv6 literal, or an ``https://`` URL.

    A URL's path, query and fragment are ignored (an address pasted from the browser). Only
    ``https://``: reconui speaks nothing else, and an ``http://`` port would be the wrong one.

    Raises:
        AddressError: anything else (see the module docstring); never echoes a password.
    """
    value = text.strip()
    if "://" in value:
        scheme, _, rest = value.partition("://")
        if scheme.lower() not in _SCHEMES:
            raise AddressError(text, reason("addr_only_https"))
        value = re.split(r"[/?#]", rest, maxsplit=1)[0]
    elif value.endswith("/"):
        value = value.rstrip("/")
    if not value:
        raise AddressError(text, reason("addr_empty"))
    if "@" in value:
        raise AddressError(text, reason("addr_userinfo_url"))
    if _has_control_or_space(value):
        raise AddressError(text, reason("addr_spaces"))
    port = default_port
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            raise AddressError(text, reason("addr_no_closing_bracket"))
        host, rest = value[: end + 1], value[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise AddressError(text, reason("addr_text_after_ipv6"))
            port = _check_port(rest[1:], text)
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
        port = _check_port(port_text, text)
    else:
        host = value  # a name, an IPv4 address, or a bare IPv6 literal (checked below)
    try:
        return Address(check_host(host), port)
    except AddressError as exc:
        raise AddressError(text, exc.phrase) from None


# --- proxies -------------------------------------------------------------------------------------


def check_proxy_url(url: str) -> str:
    """``http://[user:password@]host[:port][/]`` checked; a bare ``host:port`` gets ``http://``.

    Returns:
        The URL to use (with ``http://`` added when it had no scheme).

    Raises:
        AddressError: not such a URL (``http://[::1``, ``ftp://…``, a path, a bad port …).
    """
    value = url.strip()
    if not value:
        raise AddressError(url, reason("proxy_none"))
    if _has_control_or_space(value):
        raise AddressError(url, reason("addr_spaces"))
    full = value if "://" in value else f"http://{value}"
    scheme, _, rest = full.partition("://")
    if scheme.lower() != "http":
        raise AddressError(url, reason("proxy_scheme", scheme=clean_line(scheme[:16])))
    rest = rest[:-1] if rest.endswith("/") else rest
    if any(ch in rest for ch in "/?#"):
        raise AddressError(url, reason("proxy_has_path"))
    _userinfo, _, hostport = rest.rpartition("@")
    try:
        address = parse_address(hostport, default_port=8080)
    except AddressError as exc:
        raise AddressError(url, exc.phrase) from None
    if not hostport.startswith("[") and address.is_ipv6:
        raise AddressError(url, reason("proxy_ipv6_brackets"))
    return full


def proxy_credentials(url: str | None) -> tuple[str, str] | None:
    """The ``(user, password)`` of a proxy URL, percent-decoded, or None when it has none."""
    if not url or "@" not in url:
        return None
    rest = url.partition("://")[2] if "://" in url else url
    userinfo = rest.rpartition("@")[0]
    if not userinfo:
        return None
    user, _, password = userinfo.partition(":")
    return unquote(user), unquote(password)


def proxy_secrets(url: str | None) -> tuple[str, ...]:
    """The spellings of a proxy password to mask: as typed (percent-encoded) and decoded."""
    if not url or "@" not in url:
        return ()
    rest = url.partition("://")[2] if "://" in url else url
    raw = rest.rpartition("@")[0].partition(":")[2]
    return tuple(s for s in {raw, unquote(raw)} if s)


# --- masks ---------------------------------------------------------------------------------------


def mask_userinfo(text: str) -> str:
    """``http://user:pw@proxy:3128`` -> ``http://***@proxy:3128`` anywhere in ``text``."""
    return _USERINFO.sub("***@", text)


def proxy_display(url: str | None) -> str | None:
    """A proxy URL safe to show or report: without ``user:password@`` (None stays None)."""
    if not url:
        return None
    return mask_userinfo(url).replace("***@", "")


def without_password(url: str) -> str:
    """``http://user:secret@proxy:3128`` -> ``http://user@proxy:3128``: a URL safe to store."""
    prefix, sep, rest = url.partition("://")
    if not sep:
        prefix, rest = "", url
    userinfo, at, hostpart = rest.rpartition("@")
    if not at:
        return url
    user = userinfo.partition(":")[0]
    lead = f"{prefix}{sep}" if sep else ""
    return f"{lead}{user}@{hostpart}" if user else f"{lead}{hostpart}"


__all__ = [
    "DEFAULT_PORT",
    "Address",
    "AddressError",
    "check_host",
    "check_proxy_url",
    "mask_userinfo",
    "parse_address",
    "proxy_credentials",
    "proxy_display",
    "proxy_secrets",
    "without_password",
]
