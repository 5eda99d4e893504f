"""Settle certificate trust before any credential leaves the machine (docs/users.md §1).

The flow, run by :func:`check_trust` before every connection:

1. A TLS handshake with a *verifying* context: the operating system's trust store (through
   ``truststore``, so corporate and VMCA roots installed by the admin count) plus the user's
   optional CA file, with the host name checked. Success -> ``TrustMode.CHAIN``.
2. Otherwise, read the certificate the server presents (:func:`fetch_certificate`) and compare its
   SHA-256 with the pin for ``host:port`` - the session's "trust once" pins first, then the pin
   file. Same -> ``TrustMode.PINNED``; different -> ``CertificateChanged`` (a hard stop); no pin ->
   ``CertificateUntrusted`` (the UI shows the fingerprint and asks).

Neither handshake sends a single byte of HTTP, so nothing - least of all a password - reaches a
server whose certificate is not settled. Both go through the proxy the client would use (an HTTP
``CONNECT`` tunnel), so the certificate checked is the one the client will see.

The :class:`~reconui.core.models.TrustDecision` is then *enforced* by the client's TLS contexts
(:func:`verifying_context`, :func:`pinned_context`) on every connection, so a certificate that
changes between this check and the login is refused before the Authorization header is sent.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import socket
import ssl
from collections.abc import Mapping
from datetime import datetime, timezone
from types import MappingProxyType
from urllib.parse import unquote

import requests.utils
import truststore
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from urllib3.util import parse_url

from reconui import __version__
from reconui.core.address import AddressError, check_host, check_proxy_url, proxy_credentials, proxy_secrets
from reconui.core.ca_file import check_ca_file
from reconui.core.deadline import CallDeadline, watch_socket
from reconui.core.errors import (
    CaFileError,
    CertificateChanged,
    CertificateExpired,
    CertificateNameMismatch,
    CertificateUntrusted,
    CertificateVerificationFailed,
    InvalidTarget,
    ProxyFailure,
    ReconError,
    RequestTimeout,
    TlsError,
    TunnelFailure,
)
from reconui.core.language_tag import LanguageTagError, check_language_tag
from reconui.core.models import CertificateInfo, ProxyMode, Target, TrustDecision, TrustMode
from reconui.core.phrases import Phrase
from reconui.core.pins import PinStore, normalize_address, normalize_sha256
from reconui.core.reason_texts import reason
from reconui.core.redaction import register_credentials, register_secret
from reconui.core.transport import error_from_exception, proxy_display

logger = logging.getLogger(__name__)

_NO_PINS: Mapping[str, str] = MappingProxyType({})
#: ``X509_V_FLAG_NO_CHECK_TIME``; not exported by the ssl module (see :func:`pinned_context`).
_VERIFY_NO_CHECK_TIME = 0x200000
_MAX_PROXY_HEADER = 16 * 1024


# --- Targets ---------------------------------------------------------------------------------

def validate_target(target: Target) -> None:
    """Refuse a host, port or language that cannot be used, before any byte is sent.

    Front ends check what the user types (with the same :mod:`reconui.core.address` parser), but
    the engine is the last line: a host with ``@`` or ``/`` would send the request (and the
    password) elsewhere, CR/LF would be written verbatim into the proxy's ``CONNECT`` line by
    :func:`_open_tunnel`, and a language tag with CR/LF or non-ASCII characters would break the
    ``Accept-Language`` header.

    Raises:
        InvalidTarget: the host, the port or the language cannot be used.
    """
    try:
        check_host(target.host)
        if not 0 < target.port < 65536:
            raise AddressError(target.address, reason("addr_bad_port"))
    except AddressError as exc:
        raise InvalidTarget({"value": exc.shown, "reason": exc.phrase}) from None
    if target.language:
        try:
            check_language_tag(target.language)
        except LanguageTagError as exc:
            raise InvalidTarget({"value": target.address, "reason": str(exc)}) from None


# --- Certificates ----------------------------------------------------------------------------


def _colon_hex(data: bytes) -> str:
    return ":".join(f"{b:02X}" for b in data)


def certificate_info_from_der(der: bytes) -> CertificateInfo:
    """Describe a DER certificate for the trust dialog, the report and pinning.

    Raises:
        ValueError: ``der`` is not a certificate.
    """
    cert = x509.load_der_x509_certificate(der)
    sans: list[str] = []
    try:
        extension: x509.Extension[x509.SubjectAlternativeName] | None = (
            cert.extensions.get_extension_for_class(x509.SubjectAlternativeName))
    except x509.ExtensionNotFound:
        extension = None
    if extension is not None:
        sans.extend(extension.value.get_values_for_type(x509.DNSName))
        sans.extend(str(ip) for ip in extension.value.get_values_for_type(x509.IPAddress))
    serial = f"{cert.serial_number:X}"
    serial = serial if len(serial) % 2 == 0 else "0" + serial
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        sans=tuple(sans),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=_colon_hex(hashlib.sha256(der).digest()),
        # SHA-1 is only a secondary line for comparing with old vSphere screens, never for trust.
        sha1=_colon_hex(hashlib.sha1(der, usedforsecurity=False).digest()),
        serial=":".join(serial[i : i + 2] for i in range(0, len(serial), 2)),
        pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        self_signed=_is_self_signed(cert),
    )


def certificate_info_from_pem(pem: str) -> CertificateInfo:
    """Like :func:`certificate_info_from_der`, for the first certificate of a PEM text."""
    cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
    return certificate_info_from_der(cert.public_bytes(serialization.Encoding.DER))


def _is_self_signed(cert: x509.Certificate) -> bool:
    if cert.subject != cert.issuer:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


# --- TLS contexts ----------------------------------------------------------------------------


def verifying_context(target: Target) -> ssl.SSLContext:
    """The chain-of-trust context: OS trust store + ``target.ca_file``, host name checked.

    Raises:
        CaFileError: ``target.ca_file`` is missing or holds no usable certificate.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    if target.ca_file:
        try:
            context.load_verify_locations(cafile=target.ca_file)
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            problem = check_ca_file(target.ca_file)
            why: str | Phrase = problem.phrase if problem is not None else (
                (exc.strerror if isinstance(exc, OSError) else None) or str(exc))
            raise CaFileError(
                {"host": target.host, "port": target.port,
                 "reason": reason("ca_file_unusable", path=target.ca_file, why=why)},
                detail=f"{type(exc).__name__}: {exc}",
            ) from None
    return context


def pinned_context(certificate: CertificateInfo) -> ssl.SSLContext:
    """A context whose only trust anchor is the one certificate the user approved.

    Used together with urllib3's ``assert_fingerprint`` (which also disables the host name check:
    the user approved this exact certificate, and appliances are often reached by IP address).

    * ``VERIFY_X509_PARTIAL_CHAIN`` lets a leaf that is not self-signed be its own anchor.
    * ``X509_V_FLAG_NO_CHECK_TIME``: an appliance restored from an old backup may present an expired
      self-signed certificate; the pin approves these exact bytes, so the dates add nothing, and
      refusing would leave the admin no way forward but to disable verification elsewhere.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False  # the fingerprint is checked instead (see the docstring)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=certificate.pem)
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    try:
        context.verify_flags |= _VERIFY_NO_CHECK_TIME
    except (ValueError, ssl.SSLError):  # pragma: no cover - an OpenSSL without the flag
        logger.debug("OpenSSL does not support X509_V_FLAG_NO_CHECK_TIME")
    return context


def context_for(target: Target, trust: TrustDecision) -> ssl.SSLContext:
    """The TLS context that enforces ``trust`` for ``target``."""
    if trust.mode is TrustMode.PINNED:
        return pinned_context(trust.certificate)
    return verifying_context(target)


def fingerprint_hex(sha256: str) -> str:
    """``AB:CD:…`` -> ``abcd…``, the form urllib3's ``assert_fingerprint`` takes."""
    return normalize_sha256(sha256).replace(":", "").lower()


def _certificate_reading_context() -> ssl.SSLContext:
    """THE ONE UNVERIFIED CONTEXT IN RECONUI - for *reading* a certificate, never for talking.

    :func:`fetch_certificate` must see the certificate a server presents even when nothing vouches
    for it, so the user can compare its fingerprint (and so a pin can be checked). The handshake
    made with this context sends no HTTP request, no credential and no data at all: the socket is
    closed as soon as the certificate has been read. Every connection that carries a request uses
    :func:`verifying_context` or :func:`pinned_context` instead.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


# --- Proxies ---------------------------------------------------------------------------------


def proxy_url_for(target: Target) -> str | None:
    """The proxy URL the client uses for ``target``, or None for a direct connection.

    ``SYSTEM`` asks requests' own environment logic (``getproxies()``, ``proxy_bypass`` and
    ``no_proxy``), so the certificate check takes exactly the route the client's session
    (``trust_env=True``) will take.

    Raises:
        ProxyFailure: ``EXPLICIT`` without a URL, or a proxy address (typed or from the
            environment) that is not a usable URL.
    """
    mode = target.proxy.mode
    if mode is ProxyMode.NONE:
        return None
    if mode is ProxyMode.EXPLICIT:
        url = (target.proxy.url or "").strip()
        if not url:
            raise ProxyFailure({"proxy": "?", "host": target.host, "reason": reason("proxy_none")})
        return _checked_proxy_url(url, target)
    proxies = requests.utils.get_environ_proxies(target.base_url, no_proxy=None)
    selected = requests.utils.select_proxy(target.base_url, proxies)
    return _checked_proxy_url(selected, target) if selected else None


def _checked_proxy_url(url: str, target: Target) -> str:
    """``proxy:3128`` -> ``http://proxy:3128``, refusing what no connection could use.

    requests' own helper reads ``proxy:`` as a scheme, hence the prefix. A malformed address would
    otherwise surface as urllib3's ``LocationParseError`` deep inside a connection attempt.
    """
    try:
        checked = check_proxy_url(url)
    except AddressError as exc:
        raise ProxyFailure({"proxy": exc.shown, "host": target.host,
                            "reason": reason("proxy_invalid", why=exc.phrase)}) from None
    # A proxy password (typed, or from HTTPS_PROXY) is a password: masked in every output from now
    # on, as typed, decoded, and as the base64 of the Proxy-Authorization header.
    for secret in proxy_secrets(checked):
        register_secret(secret)
    credentials = proxy_credentials(checked)
    if credentials is not None:
        register_credentials(*credentials)
    return checked


def _sni_host(target: Target) -> str:
    return target.host.strip("[]")


def _open_tunnel(target: Target, proxy_url: str) -> socket.socket:
    """A TCP connection to the appliance through an HTTP proxy's ``CONNECT`` tunnel.

    Raises:
        TunnelFailure: the proxy could not be reached or refused the tunnel (wrapped so the caller
            reports the *proxy* hop, not the appliance).
    """
    parsed = parse_url(proxy_url)
    if parsed.scheme not in (None, "http"):
        raise TunnelFailure(f"{parsed.scheme}:// proxies are not supported for the certificate check")
    if not parsed.host:
        raise TunnelFailure("the proxy address has no host name")
    proxy_host = parsed.host.strip("[]")
    proxy_port = parsed.port or 8080
    try:
        sock = socket.create_connection((proxy_host, proxy_port), timeout=target.connect_timeout)
    except OSError as exc:
        raise TunnelFailure("could not connect to the proxy") from exc
    watch_socket(sock)
    try:
        lines = [
            f"CONNECT {target.address} HTTP/1.1",
            f"Host: {target.address}",
            f"User-Agent: reconui/{__version__}",
        ]
        if parsed.auth:
            user, _, password = parsed.auth.partition(":")
            token = base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode()).decode("ascii")
            lines.append(f"Proxy-Authorization: Basic {token}")
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        header = bytearray()
        # Byte by byte: nothing after the header may be consumed, it belongs to the TLS handshake.
        while not header.endswith(b"\r\n\r\n"):
            chunk = sock.recv(1)
            if not chunk:
                raise TunnelFailure("the proxy closed the connection during CONNECT")
            header += chunk
            if len(header) > _MAX_PROXY_HEADER:
                raise TunnelFailure("the proxy's answer to CONNECT is too long")
        status_line = header.split(b"\r\n", 1)[0].decode("latin-1", "replace")
        parts = status_line.split(None, 2)
        status = int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None
        if status is None or not 200 <= status < 300:
            raise TunnelFailure(f"the proxy answered {status_line.strip()!r} to CONNECT", status)
    except TunnelFailure:
        sock.close()
        raise
    except OSError as exc:
        sock.close()
        raise TunnelFailure("the proxy connection failed during CONNECT") from exc
    return sock


def open_connection(target: Target) -> socket.socket:
    """A TCP connection to the appliance, directly or through the proxy that applies.

    Raises:
        TransportError: typed (``DnsError``, ``ConnectionRefused``, ``ProxyFailure`` …).
    """
    proxy = proxy_url_for(target)
    try:
        if proxy:
            return _open_tunnel(target, proxy)
        sock = socket.create_connection((_sni_host(target), target.port), timeout=target.connect_timeout)
    except (OSError, UnicodeError) as exc:
        raise error_from_exception(exc, target, proxy=proxy, connecting=True) from None
    watch_socket(sock)
    return sock


def _handshake(target: Target, context: ssl.SSLContext) -> bytes:
    """Complete a TLS handshake with ``context``, return the peer's DER certificate, hang up.

    Raises:
        CertificateVerificationFailed: the context does not trust the certificate.
        TransportError: any other failure, typed.
    """
    seconds = target.call_deadline
    error: ReconError | None = None
    # One deadline for connect + CONNECT tunnel + handshake: a server (or proxy) that drips the
    # handshake a byte at a time must not hold the certificate check open.
    with CallDeadline(seconds) as deadline:
        try:
            sock = open_connection(target)
        except ReconError as exc:
            error = exc
        else:
            try:
                sock.settimeout(target.read_timeout)
                with context.wrap_socket(sock, server_hostname=_sni_host(target)) as tls:
                    der = tls.getpeercert(binary_form=True)
            except OSError as exc:  # ssl.SSLError and socket timeouts are OSErrors
                error = error_from_exception(exc, target, proxy=proxy_url_for(target))
            finally:
                sock.close()
    if error is not None and deadline.expired:
        error = RequestTimeout(
            {"host": target.host, "port": target.port, "seconds": f"{seconds:g}", "phase": "total"},
            detail=f"TLS handshake not complete within {seconds:g} s; {error.code}: {error.detail}",
        )
    if error is not None:
        raise error
    if not der:
        raise TlsError({"host": target.host, "port": target.port, "reason": reason("no_certificate")})
    return der


def fetch_certificate(target: Target) -> CertificateInfo:
    """The certificate ``target`` presents, read in a bare TLS handshake (no HTTP at all).

    Honours ``target.proxy`` like the client does.

    Raises:
        TransportError: the handshake could not be completed (typed).
    """
    validate_target(target)
    der = _handshake(target, _certificate_reading_context())
    try:
        return certificate_info_from_der(der)
    except ValueError as exc:
        raise TlsError(
            {"host": target.host, "port": target.port, "reason": reason("unreadable_certificate")},
            detail=str(exc),
        ) from None


def _pin_for(address: str, pins: PinStore, session_pins: Mapping[str, str]) -> str | None:
    key = normalize_address(address)
    for pinned_address, sha256 in session_pins.items():
        try:
            if normalize_address(pinned_address) == key:
                return normalize_sha256(sha256)
        except ValueError:
            logger.warning("Ignoring a malformed session pin for %s", pinned_address)
    return pins.get(address)


def check_trust(target: Target, pins: PinStore, *, session_pins: Mapping[str, str] = _NO_PINS) -> TrustDecision:
    """Settle whether ``target``'s certificate may be trusted, before anything is sent to it.

    Args:
        target: the appliance.
        pins: the pin file.
        session_pins: "trust once" pins (address -> SHA-256) that live only as long as the app;
            they win over the pin file.

    Returns:
        ``TrustDecision(CHAIN, …)`` when the chain verifies and the address has no pin,
        ``TrustDecision(PINNED, …)`` when the presented certificate matches the pin (whether or not
        the chain verifies: a pin outranks any authority).

    Raises:
        InvalidTarget: ``target.address`` is not a usable ``host:port``.
        CertificateUntrusted: the chain is not trusted and there is no pin.
        CertificateChanged: a pin exists and the presented certificate differs from it, even when
            the chain verifies.
        TransportError: the network, the proxy or the TLS layer failed (typed).
    """
    validate_target(target)
    try:
        der = _handshake(target, verifying_context(target))
    except CertificateVerificationFailed as exc:
        logger.info("The certificate of %s does not chain to a trusted root: %s",
                    target.address, exc.params.get("reason", ""))
        reason = exc.params.get("reason", "")
    else:
        info = certificate_info_from_der(der)
        pinned = _pin_for(target.address, pins, session_pins)
        if pinned is None:
            logger.info("The certificate of %s is trusted by chain (SHA-256 %s)", target.address, info.sha256)
            return TrustDecision(TrustMode.CHAIN, info)
        # A pin is the user's word on this exact certificate, and it outranks any authority: a
        # TLS-inspecting proxy or an extra CA in the environment must not turn a changed
        # certificate into a trusted one. A matching pin is enforced as a pin from here on.
        return _decide_by_pin(target, info, pinned)

    certificate = fetch_certificate(target)
    pinned = _pin_for(target.address, pins, session_pins)
    if pinned is None:
        raise _untrusted(target, certificate, reason)
    return _decide_by_pin(target, certificate, pinned)


def _untrusted(target: Target, certificate: CertificateInfo, reason: str) -> CertificateUntrusted:
    """The refusal that says *why* the chain did not verify: names, validity, or the authority.

    "Untrusted" would send an administrator who typed the IP of a CA-signed appliance down the
    pinning path; the real remedy is to connect by one of the certificate's names. The name check
    is repeated with host-name checking off: if the chain then verifies, only the names were wrong.
    """
    params = {"host": target.host, "port": target.port, "address": target.address}
    now = datetime.now(timezone.utc)
    lowered = reason.lower()
    if "expired" in lowered or "not yet valid" in lowered or certificate.not_after < now \
            or certificate.not_before > now:
        params["not_after"] = certificate.not_after.strftime("%Y-%m-%d %H:%M UTC")
        return CertificateExpired(params, certificate=certificate, detail=f"certificate not valid now: {reason}")
    chain_problem = "self-signed" in lowered or "issuer" in lowered
    if "mismatch" in lowered or (not chain_problem and _chain_verifies_without_names(target)):
        params["names"] = ", ".join(certificate.sans) or certificate.subject
        return CertificateNameMismatch(params, certificate=certificate, detail=f"name mismatch: {reason}")
    return CertificateUntrusted(params, certificate=certificate, detail=f"chain not trusted: {reason}")


def _chain_verifies_without_names(target: Target) -> bool:
    context = verifying_context(target)
    context.check_hostname = False
    try:
        _handshake(target, context)
    except ReconError:
        return False
    return True


def _decide_by_pin(target: Target, certificate: CertificateInfo, pinned: str) -> TrustDecision:
    """PINNED when ``certificate`` is the pinned one; otherwise the changed-certificate hard stop."""
    if pinned != certificate.sha256:
        logger.warning("The certificate of %s has changed: pinned %s, presented %s",
                       target.address, pinned, certificate.sha256)
        params = {"host": target.host, "port": target.port, "address": target.address}
        raise CertificateChanged(params, certificate=certificate, pinned_sha256=pinned)
    logger.info("The certificate of %s matches its pin (SHA-256 %s)", target.address, certificate.sha256)
    return TrustDecision(TrustMode.PINNED, certificate)


__all__ = [
    "certificate_info_from_der",
    "certificate_info_from_pem",
    "check_trust",
    "context_for",
    "fetch_certificate",
    "fingerprint_hex",
    "open_connection",
    "pinned_context",
    "proxy_display",
    "proxy_url_for",
    "validate_target",
    "verifying_context",
]
