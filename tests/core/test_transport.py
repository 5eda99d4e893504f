"""transport.py: every way a request can fail becomes the right typed error - no network needed.

The chains below are built the way requests 2.3x / urllib3 2.x build them (checked against real
failures in test_client.py), so a change in the wrapping order does not hide the root cause.
"""

from __future__ import annotations

import errno
import http.client
import json
import socket
import ssl
from collections.abc import Callable

import pytest
import requests
import urllib3.exceptions as u3

from reconui.core import transport
from reconui.core.errors import (
    BadResponse,
    CertificateVerificationFailed,
    ConnectionRefused,
    ConnectionReset,
    DnsError,
    FeatureInUse,
    GenericApplianceError,
    InvalidArgument,
    InvalidTarget,
    NotAllowedInCurrentState,
    NotFound,
    ProxyFailure,
    ReconError,
    RequestTimeout,
    ServiceUnavailable,
    TlsError,
    TransportError,
    TunnelFailure,
    Unauthenticated,
    Unauthorized,
)
from reconui.core.models import ProxyChoice, ProxyMode, Target
from reconui.core.transport import (
    decode_json,
    describe_chain,
    error_from_exception,
    error_from_reply,
    exception_chain,
    mask_userinfo,
)

TARGET = Target("vcsa.example.com", 443, connect_timeout=4.0, read_timeout=25.0)
URL = "/api/session"


def caused(outer: BaseException, cause: BaseException) -> BaseException:
    """``raise outer from cause`` without raising."""
    outer.__cause__ = cause
    return outer


def max_retry(reason: Exception) -> u3.MaxRetryError:
    return u3.MaxRetryError(None, URL, reason)  # type: ignore[arg-type]


def new_connection(cause: OSError) -> u3.NewConnectionError:
    return caused(u3.NewConnectionError(None, f"Failed to establish a new connection: {cause}"), cause)  # type: ignore[arg-type,return-value]


# --- Exceptions ------------------------------------------------------------------------------


def test_refused() -> None:
    exc = requests.exceptions.ConnectionError(
        max_retry(new_connection(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"))))
    error = error_from_exception(exc, TARGET)
    assert type(error) is ConnectionRefused
    assert error.params == {"host": "vcsa.example.com", "port": "443"}
    assert "refused the connection on port 443" in error.sentence
    assert "ConnectionRefusedError" in error.detail
    assert error.transient


def test_dns_via_name_resolution_error() -> None:
    gai = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    nre = caused(u3.NameResolutionError("vcsa.example.com", None, gai), gai)  # type: ignore[arg-type]
    error = error_from_exception(requests.exceptions.ConnectionError(max_retry(nre)), TARGET)  # type: ignore[arg-type]
    assert type(error) is DnsError
    assert error.params["host"] == "vcsa.example.com"
    assert error.params["reason"] == "Name or service not known"


def test_bare_gaierror_is_dns() -> None:
    assert type(error_from_exception(socket.gaierror(-3, "Temporary failure in name resolution"), TARGET)) is DnsError


@pytest.mark.parametrize(
    "inner",
    [ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"),
     http.client.RemoteDisconnected("Remote end closed connection without response"),
     BrokenPipeError(errno.EPIPE, "Broken pipe"),
     ConnectionAbortedError(errno.ECONNABORTED, "Software caused connection abort")],
)
def test_reset(inner: OSError) -> None:
    exc = requests.exceptions.ConnectionError(u3.ProtocolError("Connection aborted.", inner))
    assert type(error_from_exception(exc, TARGET)) is ConnectionReset


def test_incomplete_read_is_a_bad_response() -> None:
    inner = u3.IncompleteRead(10, 20)
    exc = requests.exceptions.ChunkedEncodingError(
        u3.ProtocolError("Connection broken: IncompleteRead(10 bytes read, 20 more expected)", inner))
    error = error_from_exception(exc, TARGET)
    assert type(error) is BadResponse
    assert "truncated" in error.params["reason"]


def test_http_client_incomplete_read_is_a_bad_response() -> None:
    assert type(error_from_exception(http.client.IncompleteRead(b"{", 10), TARGET)) is BadResponse


def test_read_timeout_reports_the_read_timeout() -> None:
    exc = requests.exceptions.ReadTimeout(u3.ReadTimeoutError(None, URL, "Read timed out. (read timeout=25.0)"))  # type: ignore[arg-type]
    error = error_from_exception(exc, TARGET)
    assert type(error) is RequestTimeout
    assert error.params["seconds"] == "25"
    assert error.params["phase"] == "read"
    assert error.sentence == "vcsa.example.com did not answer within 25 seconds."


def test_connect_timeout_reports_the_connect_timeout() -> None:
    inner = caused(u3.ConnectTimeoutError(None, "Connection to vcsa timed out. (connect timeout=4.0)"),
                   TimeoutError("timed out"))
    exc = requests.exceptions.ConnectTimeout(max_retry(inner))  # type: ignore[arg-type]
    error = error_from_exception(exc, TARGET)
    assert type(error) is RequestTimeout
    assert (error.params["seconds"], error.params["phase"]) == ("4", "connect")


def test_bare_socket_timeout_uses_the_phase_the_caller_knows() -> None:
    assert error_from_exception(TimeoutError("timed out"), TARGET).params["seconds"] == "25"
    assert error_from_exception(TimeoutError("timed out"), TARGET, connecting=True).params["seconds"] == "4"


def test_certificate_verification_failure() -> None:
    verify = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    verify.verify_message = "self-signed certificate"
    verify.verify_code = 18
    exc = requests.exceptions.SSLError(max_retry(caused(u3.SSLError(verify), verify)))  # type: ignore[arg-type]
    error = error_from_exception(exc, TARGET)
    assert isinstance(error, CertificateVerificationFailed)
    assert isinstance(error, TlsError) and error.code == "tls"
    assert error.params["reason"] == "self-signed certificate"
    assert not error.transient  # waiting does not make a certificate trusted


def test_fingerprint_mismatch_is_a_verification_failure() -> None:
    inner = u3.SSLError('Fingerprints did not match. Expected "aa", got "bb"')
    error = error_from_exception(requests.exceptions.SSLError(max_retry(inner)), TARGET)
    assert isinstance(error, CertificateVerificationFailed)
    assert "fingerprint" in error.params["reason"]


def test_plain_http_on_the_port_is_a_tls_error_with_a_hint() -> None:
    inner = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)")
    inner.reason = "WRONG_VERSION_NUMBER"
    error = error_from_exception(requests.exceptions.SSLError(max_retry(caused(u3.SSLError(inner), inner))), TARGET)  # type: ignore[arg-type]
    assert type(error) is TlsError
    assert "does not speak TLS" in error.params["reason"]
    assert "_ssl.c" not in error.params["reason"]


def test_reset_during_the_handshake_is_a_tls_error() -> None:
    inner = ssl.SSLEOFError(8, "EOF occurred in violation of protocol (_ssl.c:1006)")
    assert type(error_from_exception(inner, TARGET)) is TlsError


def test_proxy_refused_is_a_proxy_failure_without_credentials() -> None:
    refused = new_connection(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"))
    exc = requests.exceptions.ProxyError(max_retry(u3.ProxyError("Unable to connect to proxy", refused)))
    proxy = "http://alice:s3cr%23t@proxy.example.com:3128"
    error = error_from_exception(exc, TARGET, proxy=proxy)
    assert type(error) is ProxyFailure
    assert error.params["proxy"] == "http://proxy.example.com:3128"
    assert error.params["reason"] == "Connection refused"
    assert "s3cr" not in error.sentence + error.detail + repr(error.params)


def test_our_tunnel_failure_is_a_proxy_failure() -> None:
    error = error_from_exception(TunnelFailure("the proxy answered 'HTTP/1.1 403 Forbidden' to CONNECT", 403), TARGET,
                                 proxy="http://proxy:8080")
    assert type(error) is ProxyFailure
    assert "403" in error.params["reason"]


def test_proxy_dns_failure_names_the_proxy_hop() -> None:
    gai = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    tunnel = caused(TunnelFailure("could not connect to the proxy"), gai)
    assert type(error_from_exception(tunnel, TARGET, proxy="http://nowhere:3128")) is ProxyFailure


def test_unreachable_network_is_a_generic_transport_error() -> None:
    inner = OSError(errno.EHOSTUNREACH, "No route to host")
    error = error_from_exception(requests.exceptions.ConnectionError(max_retry(new_connection(inner))), TARGET)
    assert type(error) is TransportError
    assert error.code == "connection"
    assert error.params["reason"] == "No route to host"


def test_invalid_url_is_an_invalid_target() -> None:
    error = error_from_exception(requests.exceptions.InvalidURL("Invalid URL 'https://bad host:443'"), TARGET)
    assert type(error) is InvalidTarget
    assert error.params["value"] == "vcsa.example.com:443"


def test_recon_errors_pass_through() -> None:
    original = DnsError({"host": "x"})
    assert error_from_exception(original, TARGET) is original


def test_cyclic_chains_terminate() -> None:
    a = OSError("a")
    b = OSError("b")
    a.__context__ = b
    b.__context__ = a
    assert [str(e) for e in exception_chain(a)] == ["a", "b"]


def test_detail_never_contains_the_authorization_header() -> None:
    request = requests.Request("POST", "https://vcsa.example.com/api/session",
                               headers={"Authorization": "Basic c2VjcmV0LXZhbHVl"}).prepare()
    exc = requests.exceptions.ConnectionError(
        max_retry(new_connection(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"))), request=request)
    error = error_from_exception(exc, TARGET)
    assert "c2VjcmV0LXZhbHVl" not in error.detail + error.sentence + json.dumps(error.to_dict())
    assert "/api/session" in error.detail  # the chain is described: URL and classes


def test_mask_userinfo() -> None:
    assert mask_userinfo("via http://u:p@proxy:3128 and https://x@y/z") == "via http://***@proxy:3128 and https://***@y/z"
    assert "p@" not in describe_chain(OSError("http://u:p@proxy:3128 refused"))


# --- Replies ---------------------------------------------------------------------------------


def _api(error_type: str, message: str = "text") -> bytes:
    return json.dumps({"error_type": error_type,
                       "messages": [{"id": "x.y", "default_message": message, "args": []}]}).encode()


def _rest(type_id: str, error_type: str | None) -> bytes:
    value: dict[str, object] = {"messages": [{"id": "x.y", "default_message": "text", "args": []}]}
    if error_type:
        value["error_type"] = error_type
    return json.dumps({"type": f"com.vmware.vapi.std.errors.{type_id}", "value": value}).encode()


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (401, _api("UNAUTHENTICATED"), Unauthenticated),
        (401, _rest("unauthenticated", "UNAUTHENTICATED"), Unauthenticated),
        (403, _api("UNAUTHORIZED"), Unauthorized),
        (400, _api("FEATURE_IN_USE"), FeatureInUse),
        (400, _rest("feature_in_use", "FEATURE_IN_USE"), FeatureInUse),
        (400, _api("NOT_ALLOWED_IN_CURRENT_STATE"), NotAllowedInCurrentState),
        (400, _rest("not_allowed_in_current_state", None), NotAllowedInCurrentState),  # 6.x: no error_type
        (400, _api("INVALID_ARGUMENT"), InvalidArgument),
        (400, _rest("invalid_argument", "INVALID_ARGUMENT"), InvalidArgument),
        (404, _api("NOT_FOUND"), NotFound),
        (404, _rest("not_found", None), NotFound),
        (503, _api("SERVICE_UNAVAILABLE"), ServiceUnavailable),
        (500, _api("ERROR"), GenericApplianceError),
        (500, b'{"unexpected": true}', GenericApplianceError),
        (404, b'{"name":"com.vmware.vapi.rest.httpNotFound","majorErrorCode":404}', NotFound),
        (401, b"[1, 2]", Unauthenticated),  # JSON of no known shape: typed by status
        (401, b"", Unauthenticated),
        (404, b"   ", NotFound),
    ],
)
def test_error_replies_are_typed(status: int, body: bytes, expected: type) -> None:
    error = error_from_reply(status, body, "application/json")
    assert type(error) is expected
    assert error.params["status"] == str(status)


def test_server_messages_travel_with_the_error() -> None:
    error = error_from_reply(400, _api("NOT_ALLOWED_IN_CURRENT_STATE", "Restore first."), "application/json")
    assert [m.default_message for m in error.server_messages] == ["Restore first."]


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_pages_mean_services_unavailable(status: int) -> None:
    error = error_from_reply(status, b"<html><body>Bad Gateway</body></html>", "text/html")
    assert type(error) is ServiceUnavailable
    assert error.transient
    assert error.params["status"] == str(status)


def test_plain_text_503_from_the_reverse_proxy() -> None:
    error = error_from_reply(503, b"Failed to connect to endpoint: [N7Vmacore4Http16LocalServiceSpecE]",
                             "text/plain")
    assert type(error) is ServiceUnavailable
    assert "text/plain" in error.detail


@pytest.mark.parametrize("status", [400, 401, 404, 500])
def test_other_non_json_error_pages_are_bad_responses(status: int) -> None:
    error = error_from_reply(status, b"<html>oops</html>", "text/html; charset=utf-8")
    assert type(error) is BadResponse
    assert error.params["reason"] == f"HTTP {status}, text/html instead of JSON"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_errors(status: int) -> None:
    error = error_from_reply(status, b"", None)
    assert type(error) is BadResponse
    assert "redirect" in error.params["reason"]


def test_decode_json_success() -> None:
    assert decode_json(200, b'{"value": "x"}', "application/json") == {"value": "x"}
    assert decode_json(201, '"日本"'.encode(), None) == "日本"


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b"<html>proxy</html>", "text/html", "HTTP 200, text/html instead of JSON"),
        (b'{"value": {"status": "RUN', "application/json", "HTTP 200, truncated or malformed JSON"),
        (b"", "application/json", "HTTP 200, empty body"),
        (b"\xff\xfe{}", None, "HTTP 200, no content type instead of JSON"),
    ],
)
def test_decode_json_failures_are_bad_responses(body: bytes, content_type: str | None, reason: str) -> None:
    with pytest.raises(BadResponse) as caught:
        decode_json(200, body, content_type)
    assert caught.value.params["reason"] == reason
    assert caught.value.transient


def test_the_explicit_proxy_is_named_when_the_caller_does_not_say() -> None:
    target = Target("h", proxy=ProxyChoice(ProxyMode.EXPLICIT, "http://user:pw@p:1"))
    error = error_from_exception(TunnelFailure("x"), target)
    assert error.params["proxy"] == "http://p:1"


def test_an_unencodable_host_name_is_an_invalid_target() -> None:
    exc = UnicodeError("encoding with 'idna' codec failed (UnicodeError: label too long)")
    assert type(error_from_exception(exc, TARGET, connecting=True)) is InvalidTarget


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("call", [
    lambda: transport.decode_json(200, DEEP, "application/json"),
    lambda: transport.error_from_reply(500, DEEP, "application/json"),
], ids=["success", "error"])
def test_json_nested_100000_deep_is_typed(call: Callable[[], object]) -> None:
    try:
        result = call()
    except ReconError as exc:
        result = exc
    assert isinstance(result, ReconError)
