"""Security regressions from the pre-field review: trust across restarts, hostile answers, odd hosts.

Each test pins one property the field engineers rely on when they hand reconui an SSO administrator
password: no credential reaches a certificate that changed (even across a service restart or with a
CA bundle in the environment), a hostile or broken answer ends as a typed error within bounded time
and memory, and a host string cannot smuggle URL parts or header lines.
"""

from __future__ import annotations

import gzip
import json
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from netkit import ADMIN, ConnectProxy, LocalServer, LoopbackListener, ScriptedReply, read_head

from reconui.core import tls, transport
from reconui.core.client import MAX_RESPONSE_BYTES, ApplianceClient
from reconui.core.errors import (
    BadResponse,
    CertificateChanged,
    InvalidTarget,
    ProxyFailure,
    ReconError,
    RequestTimeout,
)
from reconui.core.events import Event, ServicesUnavailable
from reconui.core.logging_setup import redact
from reconui.core.models import JobSpec, ProxyChoice, ProxyMode, Target
from reconui.core.pins import PinStore
from reconui.core.runner import JobRunner, OutcomeKind, RunOptions
from reconui.core.tls import check_trust, fetch_certificate, validate_target
from reconui.simulator import Simulator
from reconui.simulator.certificate import ServerCertificate, generate_self_signed

SimFactory = Callable[..., Simulator]
JSON = {"Content-Type": "application/json"}
FAST = RunOptions(outage_window=20.0, min_interval=0.05, max_interval=0.1, outage_initial_delay=0.05,
                  outage_max_delay=0.1, jitter=0.0)


def _credentials_reached(sim: Simulator) -> list[dict]:
    return [r for r in sim.requests if r.get("auth") in ("basic", "session")]


# --- A different certificate after the restart ----------------------------------------------


@pytest.mark.expected_warnings("reconui.core.client", "reconui.core.runner")
def test_a_new_certificate_after_the_restart_stops_the_runner_before_any_credential(
    simulator_factory: SimFactory, trusted_target: Callable[..., tuple[Target, object]],
) -> None:
    """The restart window reopens the listener; an impostor there gets no session id, no password."""
    first = simulator_factory(scenario="restart", duration=3.0, restart_at=0.3, restart_unavailable=0.3,
                              restart_refused=0.3)
    target, decision = trusted_target(first)
    port = first.port
    impostors: list[Simulator] = []

    def on_event(event: Event) -> None:
        # Runs on the runner's thread, so the swap happens before its next request.
        if isinstance(event, ServicesUnavailable) and not impostors:
            first.stop()
            impostors.append(simulator_factory(port=port, duration=3.0))

    client = ApplianceClient(target, decision)
    spec = JobSpec(first.config.sso_user, first.config.effective_sso_password)
    runner = JobRunner(client, ADMIN, on_event=on_event, options=FAST)
    outcome = runner.run(spec, start_new_after_finished=True)
    client.close()

    assert impostors, "the run never saw the restart window"
    impostor = impostors[0]
    assert impostor.sha256 != decision.sha256
    assert outcome.kind is OutcomeKind.ERROR
    assert isinstance(outcome.error, CertificateChanged), outcome.error
    assert outcome.error.pinned_sha256 == decision.sha256
    assert outcome.error.certificate.sha256 == impostor.sha256
    # Not a single HTTP request reached the impostor: not the poll, not a re-login, not the logout.
    assert impostor.requests == []


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"])
@pytest.mark.expected_warnings("reconui.core.client")
def test_a_ca_bundle_in_the_environment_cannot_bless_a_changed_pinned_certificate(
    simulator_factory: SimFactory, trusted_target: Callable[..., tuple[Target, object]],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str,
) -> None:
    first = simulator_factory()
    target, decision = trusted_target(first)
    port = first.port
    first.stop()
    impostor = simulator_factory(port=port)
    bundle = tmp_path / "impostor.pem"
    bundle.write_text(impostor.cert_pem, encoding="ascii")
    monkeypatch.setenv(variable, str(bundle))
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    # SYSTEM = trust_env=True: requests merges the environment's CA bundle into ``verify``.
    system = Target(host=target.host, port=target.port, proxy=ProxyChoice(ProxyMode.SYSTEM),
                    connect_timeout=5.0, read_timeout=5.0)
    client = ApplianceClient(system, decision)
    with pytest.raises(CertificateChanged):
        client.login(ADMIN)
    client.close()
    assert impostor.requests == []


# --- Hostile answers ---------------------------------------------------------------------------


def _scripted_client(server: LocalServer, pin_store: PinStore, **overrides: object) -> ApplianceClient:
    target = server.target(**overrides)
    decision = check_trust(target, pin_store, session_pins={target.address: server.sha256})
    return ApplianceClient(target, decision)


def test_a_declared_huge_body_is_refused_without_reading_it(scripted_server: Callable[..., LocalServer],
                                                            pin_store: PinStore) -> None:
    server = scripted_server({("POST", "/api/session"): ScriptedReply(
        201, b'"tok"', {**JSON, "Content-Length": str(50 * 1024 * 1024), "Connection": "close"})})
    with _scripted_client(server, pin_store) as client, pytest.raises(BadResponse) as caught:
        client.login(ADMIN)
    assert "larger than" in caught.value.sentence


def test_a_gzip_bomb_is_refused_after_a_few_megabytes(scripted_server: Callable[..., LocalServer],
                                                      pin_store: PinStore) -> None:
    bomb = gzip.compress(b" " * (64 * 1024 * 1024) + b'"tok"', compresslevel=9)  # valid JSON, inflated
    assert len(bomb) < MAX_RESPONSE_BYTES // 8
    server = scripted_server({("POST", "/api/session"): ScriptedReply(
        201, bomb, {**JSON, "Content-Encoding": "gzip", "Connection": "close"})})
    with _scripted_client(server, pin_store) as client, pytest.raises(BadResponse):
        client.login(ADMIN)


class _StreamingServer(LoopbackListener):
    """A TLS server that answers with a huge or slow chunked body, ``pause`` s per chunk.

    The body is ``limit`` whitespace chunks, then ``"tok"``: valid JSON, so a client without a size
    cap or a whole-body deadline would log in. Bounded: at most 30 s, or until the client hangs up.
    """

    def __init__(self, certificate: ServerCertificate, *, chunk: bytes, pause: float, limit: int) -> None:
        self.certificate = certificate
        self._context = certificate.ssl_context()
        self._chunk, self._pause, self._limit = chunk, pause, limit
        super().__init__()

    def _handle(self, raw: socket.socket) -> None:
        try:
            raw.settimeout(5)
            with self._context.wrap_socket(raw, server_side=True) as conn:
                self._answer(conn)
        except OSError:
            pass
        finally:
            raw.close()

    def _answer(self, conn: ssl.SSLSocket) -> None:
        if read_head(conn) is None:
            return
        conn.sendall(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        started = time.monotonic()
        for _ in range(self._limit):
            if self._stop.is_set() or time.monotonic() - started > 30:
                return
            conn.sendall(f"{len(self._chunk):x}\r\n".encode() + self._chunk + b"\r\n")
            if self._pause:
                time.sleep(self._pause)
        # After all that whitespace, a valid token: only the cap or the deadline can refuse it.
        conn.sendall(b'5\r\n"tok"\r\n0\r\n\r\n')


@pytest.fixture
def streaming_server() -> Iterator[Callable[..., _StreamingServer]]:
    servers: list[_StreamingServer] = []

    def start(**kwargs: object) -> _StreamingServer:
        server = _StreamingServer(generate_self_signed(), **kwargs)  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def _streaming_client(server: _StreamingServer, pin_store: PinStore, read_timeout: float) -> ApplianceClient:
    target = Target(host="127.0.0.1", port=server.port, proxy=ProxyChoice(ProxyMode.NONE),
                    connect_timeout=5.0, read_timeout=read_timeout)
    decision = check_trust(target, pin_store, session_pins={target.address: server.certificate.sha256})
    return ApplianceClient(target, decision)


def test_an_endless_chunked_flood_is_cut_at_the_size_cap(streaming_server: Callable[..., _StreamingServer],
                                                         pin_store: PinStore) -> None:
    server = streaming_server(chunk=b" " * 65536, pause=0.0, limit=50 * 16)  # 50 MB of padding
    with _streaming_client(server, pin_store, read_timeout=10.0) as client, pytest.raises(BadResponse):
        client.login(ADMIN)


def test_a_never_ending_trickle_times_out_despite_each_read_being_quick(
    streaming_server: Callable[..., _StreamingServer], pin_store: PinStore,
) -> None:
    # Every chunk arrives well within the read timeout, so only the call's overall deadline stops it.
    server = streaming_server(chunk=b" ", pause=0.1, limit=300)
    with _streaming_client(server, pin_store, read_timeout=1.0) as client, pytest.raises(RequestTimeout) as caught:
        client.login(ADMIN)
    assert caught.value.params["phase"] == "total"


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


@pytest.mark.parametrize("body", [DEEP, b"\xff\xfe\"tok\"", b'{"value": "\xc3\x28"}'], ids=["deep", "bom", "utf8"])
def test_odd_login_answers_are_typed(scripted_server: Callable[..., LocalServer], pin_store: PinStore,
                                     body: bytes) -> None:
    server = scripted_server({("POST", "/api/session"): ScriptedReply(201, body, JSON)})
    with _scripted_client(server, pin_store) as client, pytest.raises(ReconError):
        client.login(ADMIN)


# --- Hosts that are not hosts ------------------------------------------------------------------


@pytest.mark.parametrize("host", [
    "vcsa\r\nX-Injected: 1", "vcsa\nevil", "vcsa evil", "user@vcsa", "vcsa/path", "vcsa?x", "vcsa#x",
    "vcsa\\x", "vcsa\t", "\x00vcsa", "",
])
def test_hosts_with_url_parts_or_control_characters_are_refused_before_any_byte(
    host: str, pin_store: PinStore, connect_proxy: ConnectProxy,
) -> None:
    target = Target(host=host, port=443, proxy=ProxyChoice(ProxyMode.EXPLICIT, connect_proxy.url),
                    connect_timeout=2.0, read_timeout=2.0)
    for attempt in (lambda: check_trust(target, pin_store), lambda: fetch_certificate(target),
                    lambda: validate_target(target)):
        with pytest.raises(InvalidTarget) as caught:
            attempt()
        assert "\r" not in caught.value.sentence and "\n" not in caught.value.sentence
    time.sleep(0.1)
    assert connect_proxy.connects == []  # nothing reached the proxy, let alone a CONNECT line


@pytest.mark.parametrize("host", ["vcsa01.example.com", "10.0.0.5", "::1", "fd00::10", "[fd00::10]", "VCSA01"])
def test_ordinary_hosts_and_ipv6_literals_are_accepted(host: str) -> None:
    validate_target(Target(host=host))


# --- Secrets in reprs and logs -----------------------------------------------------------------


def test_a_proxy_password_is_not_in_the_repr_of_a_target() -> None:
    target = Target("vcsa", proxy=ProxyChoice(ProxyMode.EXPLICIT, "http://proxyuser:Pr0xy-Secret@proxy:3128"))
    assert "Pr0xy-Secret" not in repr(target) and "proxyuser" not in repr(target)
    assert "proxy:3128" in repr(target)


def test_the_session_token_is_masked_in_later_log_lines(scripted_server: Callable[..., LocalServer],
                                                        pin_store: PinStore) -> None:
    token = "0123456789abcdef0123456789abcdef"
    server = scripted_server({
        ("POST", "/api/session"): ScriptedReply(201, json.dumps(token).encode(), JSON),
        ("DELETE", "/api/session"): ScriptedReply(204),
    })
    with _scripted_client(server, pin_store) as client:
        client.login(ADMIN)
    assert token not in redact(f"something printed {token} in passing")
    logging.getLogger(__name__).debug("done")


@pytest.mark.parametrize("url", ["bogus url", "http://", "http://proxy:99999999", "http://pro\nxy:3128"])
def test_a_malformed_proxy_address_is_a_typed_proxy_failure(url: str) -> None:
    target = Target(host="vcsa.example", proxy=ProxyChoice(ProxyMode.EXPLICIT, url))
    with pytest.raises(ProxyFailure) as caught:
        tls.proxy_url_for(target)
    assert "not a valid URL" in caught.value.sentence


def test_a_malformed_proxy_from_the_environment_is_a_typed_proxy_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(ProxyFailure):
        tls.proxy_url_for(Target(host="vcsa.example"))
