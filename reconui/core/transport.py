"""Turn what the network and the appliance did into typed :mod:`reconui.core.errors`.

Two pure functions, no I/O, so every branch is unit-tested without a socket:

* :func:`error_from_exception` - a ``requests``/``urllib3``/``ssl``/``socket`` exception (however
  deeply wrapped) -> ``DnsError``, ``ConnectionRefused``, ``ConnectionReset``, ``RequestTimeout``,
  ``TlsError``, ``ProxyFailure``, ``BadResponse`` or a generic ``TransportError``.
* :func:`error_from_reply` - an HTTP status and body -> the typed appliance error, or
  ``ServiceUnavailable``/``BadResponse`` when the body is not the appliance's JSON.

Why walk the whole chain: ``requests`` wraps ``urllib3`` which wraps ``http.client``/``ssl``/``socket``,
and the useful fact ("refused", "name not resolved") sits at the bottom - sometimes in
``__cause__``, sometimes in ``args``, sometimes in ``MaxRetryError.reason`` or
``ProxyError.original_error``. Matching on message text is the last resort, used only where
urllib3 offers nothing better (its fingerprint mismatch is a bare ``SSLError``).

Users need to know *which hop* failed (docs/users.md §9), so a proxy problem is a
``ProxyFailure`` even when the root cause is a refused connection to the proxy.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import ssl
from collections.abc import Iterator

import requests
import urllib3.exceptions as u3

from reconui.core import address, wire
from reconui.core.address import mask_userinfo
from reconui.core.errors import (
    BadResponse,
    CertificateVerificationFailed,
    ConnectionRefused,
    ConnectionReset,
    DnsError,
    InvalidTarget,
    ProtocolError,
    ProxyFailure,
    ReconError,
    RequestTimeout,
    ServiceUnavailable,
    TlsError,
    TransportError,
    TunnelFailure,
    appliance_error,
)
from reconui.core.models import ApiErrorBody, ProxyMode, Target
from reconui.core.phrases import Phrase
from reconui.core.reason_texts import name, reason
from reconui.core.sanitize import clean_tree

#: Statuses whose non-JSON body means "the reverse proxy is up, the services are not".
_GATEWAY_STATUSES = frozenset({502, 503, 504})
_MAX_CHAIN = 32
_SSL_SOURCE = re.compile(r"\s*\(_ssl\.c:\d+\)")


# --- Exceptions ------------------------------------------------------------------------------


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and everything it wraps, outermost first, each exception once.

    Follows ``__cause__``, ``__context__``, exception ``args``, ``MaxRetryError.reason`` and
    ``ProxyError.original_error``.
    """
    queue: list[BaseException] = [exc]
    seen: set[int] = set()
    while queue and len(seen) < _MAX_CHAIN:
        current = queue.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked: list[object] = [
            getattr(current, "reason", None),
            getattr(current, "original_error", None),
            current.__cause__,
            *current.args,
            current.__context__,
        ]
        queue.extend(item for item in linked if isinstance(item, BaseException))


def describe_chain(exc: BaseException) -> str:
    """One log-friendly line naming every exception in the chain, with proxy credentials masked.

    Our URLs never carry secrets, and requests' exception messages hold URLs and pool names, not
    headers, so the Authorization header cannot appear here; a user-typed proxy URL could carry
    ``user:password@``, which is masked.
    """
    parts = []
    for item in exception_chain(exc):
        text = str(item).strip()
        parts.append(f"{type(item).__name__}: {text}" if text else type(item).__name__)
    return mask_userinfo(" <- ".join(parts))


def _any(chain: list[BaseException], *types: type[BaseException]) -> BaseException | None:
    for item in chain:
        if isinstance(item, types):
            return item
    return None


def _is_fingerprint_mismatch(item: BaseException) -> bool:
    return isinstance(item, (u3.SSLError, requests.exceptions.SSLError)) and "Fingerprints did not match" in str(item)


def _reason(item: BaseException) -> str:
    """A short human reason for one exception (no class names, no URLs)."""
    if isinstance(item, ssl.SSLCertVerificationError) and item.verify_message:
        return str(item.verify_message)
    if isinstance(item, ssl.SSLError):
        text = _SSL_SOURCE.sub("", item.strerror or str(item))
        upper = text.upper()
        if "WRONG_VERSION_NUMBER" in upper or "RECORD LAYER FAILURE" in upper or "HTTP_REQUEST" in upper:
            return f"the server does not speak TLS on this port ({text})"
        return text
    if isinstance(item, OSError) and item.strerror:
        return item.strerror
    text = str(item).strip()
    return text or type(item).__name__


def _root_reason(chain: list[BaseException]) -> str:
    """The reason of the innermost exception that has something to say."""
    for item in reversed(chain):
        if isinstance(item, (OSError, ssl.SSLError, http.client.HTTPException, u3.HTTPError)):
            reason = _reason(item)
            if reason:
                return mask_userinfo(reason)
    return mask_userinfo(_reason(chain[-1]))


def _seconds(value: float) -> str:
    return f"{value:g}"


def proxy_display(url: str | None) -> str:
    """A proxy URL safe to show in a sentence: without ``user:password@`` ("?" when unknown)."""
    return address.proxy_display(url) or "?"


def error_from_exception(
    exc: BaseException, target: Target, *, proxy: str | None = None, connecting: bool = False
) -> ReconError:
    """The typed error for a failed request or handshake to ``target``.

    Args:
        exc: whatever ``requests``, ``urllib3``, ``ssl`` or ``socket`` raised.
        target: the appliance (host, port and timeouts go into the error's params).
        proxy: the proxy URL used, if any (shown without credentials).
        connecting: the caller knows the failure happened while connecting (a bare socket
            timeout carries no phase), so a timeout is reported with the connect timeout.

    Returns:
        A ``ReconError``; ``exc`` itself when it already is one.
    """
    if isinstance(exc, ReconError):
        return exc
    if proxy is None and target.proxy.mode is ProxyMode.EXPLICIT:
        proxy = target.proxy.url
    chain = list(exception_chain(exc))
    detail = describe_chain(exc)
    host = target.host
    port = str(target.port)

    # 1. Which hop: anything that went wrong on the way to (or inside) the proxy.
    proxy_item = _any(chain, requests.exceptions.ProxyError, u3.ProxyError, TunnelFailure)
    if proxy_item is not None:
        return ProxyFailure(
            {"proxy": proxy_display(proxy), "host": host, "port": port, "reason": _root_reason(chain)},
            detail=detail,
        )

    # 2. The certificate is not the one we trust (changed since trust was settled).
    verify_item = _any(chain, ssl.SSLCertVerificationError)
    if verify_item is not None or any(_is_fingerprint_mismatch(item) for item in chain):
        why = _reason(verify_item) if verify_item is not None else reason("fingerprint_changed")
        return CertificateVerificationFailed({"host": host, "port": port, "reason": why}, detail=detail)

    # 3. Name resolution.
    if _any(chain, socket.gaierror, u3.NameResolutionError) is not None:
        return DnsError({"host": host, "port": port, "reason": _root_reason(chain)}, detail=detail)

    # 4. Refused.
    if _any(chain, ConnectionRefusedError) is not None:
        return ConnectionRefused({"host": host, "port": port}, detail=detail)

    # 5. Timeouts. NewConnectionError subclasses ConnectTimeoutError in urllib3 2.x, so it does not
    #    count on its own; a real connect timeout carries a socket timeout or requests' ConnectTimeout.
    timeout_types: tuple[type[BaseException], ...] = (
        TimeoutError,
        u3.ReadTimeoutError,
        requests.exceptions.Timeout,
    )
    is_connect_timeout = any(
        isinstance(item, (requests.exceptions.ConnectTimeout, u3.ConnectTimeoutError))
        and not isinstance(item, u3.NewConnectionError)
        for item in chain
    )
    if is_connect_timeout or _any(chain, *timeout_types) is not None:
        connect_phase = is_connect_timeout or connecting
        seconds = target.connect_timeout if connect_phase else target.read_timeout
        return RequestTimeout(
            {"host": host, "port": port, "seconds": _seconds(seconds), "phase": "connect" if connect_phase else "read"},
            detail=detail,
        )

    # 6. Any other TLS failure (plain HTTP on the port, protocol mismatch, reset mid-handshake).
    tls_item = _any(chain, ssl.SSLError, u3.SSLError, requests.exceptions.SSLError)
    if tls_item is not None:
        return TlsError({"host": host, "port": port, "reason": _root_reason(chain)}, detail=detail)

    # 7. The connection went away (RemoteDisconnected is a ConnectionResetError).
    if _any(chain, ConnectionResetError, ConnectionAbortedError, BrokenPipeError) is not None:
        return ConnectionReset({"host": host, "port": port}, detail=detail)

    # 8. An answer arrived but was cut short or malformed at the HTTP level.
    if (
        _any(
            chain,
            http.client.IncompleteRead,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
            u3.DecodeError,
            u3.ProtocolError,
            http.client.HTTPException,
        )
        is not None
    ):
        return BadResponse({"host": host, "reason": reason("truncated_http", cause=_root_reason(chain))},
                           detail=detail)

    # 9. The address itself is unusable.
    if _any(chain, requests.exceptions.InvalidURL, u3.LocationValueError, requests.exceptions.InvalidSchema,
            UnicodeError):  # the IDNA codec refuses a label that is too long or malformed
        return InvalidTarget({"value": target.address, "reason": _root_reason(chain)}, detail=detail)

    # 10. Unreachable network, no route, and everything else.
    return TransportError({"host": host, "port": port, "reason": _root_reason(chain)}, detail=detail)


# --- Replies ---------------------------------------------------------------------------------


def _kind(content_type: str | None) -> str | Phrase:
    return (content_type or "").split(";", 1)[0].strip() or name("no_content_type")


def _english(text: str | Phrase) -> str:
    return text.english() if isinstance(text, Phrase) else text


def decode_json(status: int, body: bytes, content_type: str | None = None) -> object:
    """The JSON value of a successful reply, every string sanitised and the depth bounded.

    This is the one door through which the appliance's JSON enters reconui (see
    :mod:`reconui.core.sanitize`).

    Raises:
        BadResponse: the body is empty-but-should-not-be, not JSON, truncated or not UTF-8 -
            a proxy's error page or a service restarting mid-answer.
    """
    try:
        return clean_tree(json.loads(body.decode("utf-8")))
    except RecursionError:
        # json's C scanner recurses per nesting level: "[[[[…" 100 000 deep is a RecursionError,
        # which is neither a ValueError nor typed, and would escape as a traceback.
        raise BadResponse({"reason": reason("json_too_deep", status=str(status)), "status": status},
                          detail="RecursionError while decoding JSON") from None
    except (UnicodeDecodeError, ValueError) as exc:
        head = body.strip()[:1]
        if not head:
            why = reason("empty_body", status=str(status))
        elif head in (b"{", b"[", b'"'):
            why = reason("malformed_json", status=str(status))
        else:
            why = reason("not_json", status=str(status), kind=_kind(content_type))
        raise BadResponse({"reason": why, "status": status}, detail=f"{type(exc).__name__}: {exc}") from None


def error_from_reply(status: int, body: bytes, content_type: str | None = None) -> ReconError:
    """The typed error for a reply that is not a success (status outside 200-299).

    * 3xx: redirects are never followed, so one is an unusable answer (``BadResponse``).
    * JSON body: parsed with ``wire.parse_error_body`` and typed by ``errors.appliance_error``
      (error type first, status second). JSON of another shape is typed by status alone.
    * Empty body: typed by status alone (e.g. a bare 401).
    * Other body: 502/503/504 -> ``ServiceUnavailable`` (the reverse proxy's text page while the
      services restart); anything else -> ``BadResponse``.
    """
    kind = _kind(content_type)
    if 300 <= status < 400:
        return BadResponse({"reason": reason("redirect", status=str(status)), "status": status},
                           detail=f"HTTP {status} redirect not followed")
    stripped = body.strip()
    if not stripped:
        return appliance_error(status, None, detail=f"HTTP {status} with an empty body")
    try:
        obj = clean_tree(json.loads(stripped.decode("utf-8")))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: see decode_json
        if status in _GATEWAY_STATUSES:
            return ServiceUnavailable(http_status=status, detail=f"HTTP {status} with a {_english(kind)} body")
        return BadResponse({"reason": reason("not_json", status=str(status), kind=kind), "status": status},
                           detail=f"HTTP {status} with a {_english(kind)} body")
    try:
        parsed: ApiErrorBody | None = wire.parse_error_body(obj)
        detail = f"HTTP {status}"
    except ProtocolError as exc:
        parsed = None
        detail = f"HTTP {status} with an unrecognised JSON error body: {exc.detail or exc}"
    return appliance_error(status, parsed, detail=detail)
