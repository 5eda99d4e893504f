"""ApplianceClient against the simulator over HTTPS: both flavours, typed errors, and - above all -
no credential ever reaching a server whose certificate is not the trusted one."""

from __future__ import annotations

import base64
import gzip
import json
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests
from hostile import (
    API_SESSION,
    HOSTILE_ADMIN,
    HostileAppliance,
    Reply,
    json_body,
    trusted_client,
)
from netkit import (
    ADMIN,
    ConnectProxy,
    LocalServer,
    LoopbackListener,
    ScriptedReply,
    SilentServer,
    free_port,
    make_certificate,
    read_head,
    server_certificate,
)

from reconui import __version__
from reconui.core.client import MAX_RESPONSE_BYTES, ApplianceClient, basic_authorization
from reconui.core.errors import (
    BadResponse,
    CertificateChanged,
    CertificateVerificationFailed,
    ConnectionRefused,
    DnsError,
    FeatureInUse,
    InvalidArgument,
    InvalidTarget,
    NotAllowedInCurrentState,
    ProtocolError,
    ProxyFailure,
    ReconError,
    RequestTimeout,
    ServiceUnavailable,
    TlsError,
    Unauthenticated,
)
from reconui.core.events import Event, ServicesUnavailable
from reconui.core.logging_setup import redact
from reconui.core.models import Credentials, JobSpec, ProxyChoice, ProxyMode, Target, TrustDecision, TrustMode
from reconui.core.pins import PinStore
from reconui.core.runner import JobRunner, OutcomeKind, RunOptions
from reconui.core.tls import certificate_info_from_pem, check_trust
from reconui.simulator import Simulator
from reconui.simulator.certificate import ServerCertificate, generate_self_signed

SPEC = JobSpec("administrator@vsphere.local", "VMware1!", ignore_warnings=False)
SESSION = "vmware-api-session-id"
HARD_PASSWORD = 'p#ss&w:rd*"\\é日本'
#: Pacing for the runner in the certificate-change tests.
FAST = RunOptions(outage_window=20.0, min_interval=0.05, max_interval=0.1, outage_initial_delay=0.05,
                  outage_max_delay=0.1, jitter=0.0)
#: JSON nested 100000 deep (as an answer body it must end typed, not as a RecursionError).
DEEP = b"[" * 100_000 + b"]" * 100_000
ClientFactory = Callable[..., ApplianceClient]
TrustedTarget = Callable[..., tuple[Target, TrustDecision]]
SimFactory = Callable[..., Simulator]


def settled(sim: Simulator, count: int) -> list[dict[str, object]]:
    """The request log once it holds ``count`` records (the simulator logs after answering)."""
    deadline = time.monotonic() + 5
    while len(records := sim.requests) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return records


def paths(sim: Simulator, count: int) -> list[tuple[str, str, int]]:
    return [(r["method"], r["path"], r["status"]) for r in settled(sim, count)]


@pytest.fixture
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "requests_ca_bundle", "curl_ca_bundle"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


# --- The whole conversation, both flavours ---------------------------------------------------


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.parametrize("mode", ["pinned", "chain"])
def test_full_conversation(simulator: Simulator, client_factory: ClientFactory, flavor: str, mode: str) -> None:
    client = client_factory(simulator, mode, flavor=flavor)
    assert client.flavor == flavor
    assert client.trust.mode is TrustMode(mode)
    assert client.get_version().version.startswith("8.0.3")
    assert client.get_restore_status().succeeded
    assert client.get_job() is None
    info = client.create_job(SPEC)
    assert info.status == "RUNNING"
    assert info.start_time is not None
    polled = client.get_job()
    assert polled is not None and polled.status in ("RUNNING", "SUCCEEDED")
    client.logout()
    assert not client.logged_in
    client.logout()  # idempotent
    records = settled(simulator, 7)
    assert len(records) == 7
    assert records[0]["auth"] == "basic"
    assert all(r["auth"] == "session" for r in records[1:])
    assert not any(r["cookie"] for r in records)
    assert {r["flavor"] for r in records} == {flavor}
    assert records[-1]["method"] == "DELETE" and records[-1]["status"] in (200, 204)
    with pytest.raises(Unauthenticated):
        client.get_version()  # no session any more; nothing is sent
    assert len(simulator.requests) == len(records)


def test_auto_detects_api_first(simulator: Simulator, client_factory: ClientFactory) -> None:
    client = client_factory(simulator)
    assert client.flavor == "api"
    assert paths(simulator, 1) == [("POST", "/api/session", 201)]


@pytest.mark.parametrize("overrides", [{"appliance_version": "6.7.0"}, {"flavors": ("rest",)}])
def test_auto_falls_back_to_rest(simulator_factory: SimFactory, client_factory: ClientFactory,
                                 overrides: dict[str, object]) -> None:
    sim = simulator_factory(**overrides)
    client = client_factory(sim)
    assert client.flavor == "rest"
    assert paths(sim, 2) == [("POST", "/api/session", 404), ("POST", "/rest/com/vmware/cis/session", 200)]
    assert client.get_version().version
    assert client.get_job() is None


def test_relogin_keeps_the_detected_flavour(simulator_factory: SimFactory, client_factory: ClientFactory) -> None:
    sim = simulator_factory(appliance_version="6.7.0")
    client = client_factory(sim)
    client.login(ADMIN)
    assert [p for _, p, _ in paths(sim, 3)] == ["/api/session", "/rest/com/vmware/cis/session",
                                                "/rest/com/vmware/cis/session"]


@pytest.mark.parametrize("flavor", ["api", "rest", "auto"])
def test_passwords_with_special_and_non_ascii_characters(simulator_factory: SimFactory,
                                                         client_factory: ClientFactory, flavor: str) -> None:
    sim = simulator_factory(password=HARD_PASSWORD)
    client = client_factory(sim, flavor=flavor, credentials=Credentials(ADMIN.user, HARD_PASSWORD))
    assert client.get_job() is None  # an authenticated call works with the session it got


def test_basic_header_is_utf8() -> None:
    header = basic_authorization("administrator@vsphere.local", HARD_PASSWORD)
    decoded = base64.b64decode(header.removeprefix("Basic ")).decode("utf-8")
    assert decoded == f"administrator@vsphere.local:{HARD_PASSWORD}"


@pytest.mark.parametrize("flavor", ["api", "rest", "auto"])
def test_wrong_password_is_unauthenticated(simulator: Simulator, client_factory: ClientFactory, flavor: str) -> None:
    with pytest.raises(Unauthenticated) as caught:
        client_factory(simulator, flavor=flavor, credentials=Credentials(ADMIN.user, "wrong#pass"))
    error = caught.value
    assert error.http_status == 401
    assert error.server_messages
    assert "wrong#pass" not in json.dumps(error.to_dict())
    # A 401 on /api means wrong credentials, not "no /api": /rest is not tried.
    time.sleep(0.2)
    assert len(settled(simulator, 1)) == 1


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.parametrize(
    ("scenario", "expected"),
    [("in_use", FeatureInUse), ("not_allowed", NotAllowedInCurrentState), ("bad_sso", InvalidArgument)],
)
def test_refusals_are_typed(simulator_factory: SimFactory, client_factory: ClientFactory, flavor: str,
                            scenario: str, expected: type[ReconError]) -> None:
    sim = simulator_factory(scenario=scenario)
    client = client_factory(sim, flavor=flavor)
    with pytest.raises(expected) as caught:
        client.create_job(SPEC)
    assert caught.value.server_messages
    assert caught.value.params["status"] == "400"


def test_accept_language_brings_localized_messages(simulator_factory: SimFactory,
                                                   client_factory: ClientFactory) -> None:
    sim = simulator_factory(scenario="bad_sso")
    client = client_factory(sim, language="de")
    with pytest.raises(InvalidArgument) as caught:
        client.create_job(SPEC)
    assert caught.value.server_messages[0].localized
    assert caught.value.server_messages[0].localized != caught.value.server_messages[0].default_message
    english = client_factory(sim)
    with pytest.raises(InvalidArgument) as caught:
        english.create_job(SPEC)
    assert not caught.value.server_messages[0].localized


def test_flaky_502_page_is_service_unavailable(simulator_factory: SimFactory, client_factory: ClientFactory) -> None:
    sim = simulator_factory(scenario="flaky", flaky_rate=1.0, flaky_kinds=("html502",))
    client = client_factory(sim)
    with pytest.raises(ServiceUnavailable) as caught:
        client.get_version()
    assert caught.value.params["status"] == "502"


@pytest.mark.parametrize("kind", ["garbage", "truncated"])
def test_flaky_unusable_bodies_are_bad_responses(simulator_factory: SimFactory, client_factory: ClientFactory,
                                                 kind: str) -> None:
    sim = simulator_factory(scenario="flaky", flaky_rate=1.0, flaky_kinds=(kind,))
    client = client_factory(sim)
    with pytest.raises(BadResponse):
        client.get_version()


def test_logout_and_close_never_raise(simulator_factory: SimFactory, client_factory: ClientFactory) -> None:
    sim = simulator_factory()
    client = client_factory(sim)
    sim.stop()
    client.logout()
    assert not client.logged_in
    client.close()


def test_repr_never_shows_the_token(simulator: Simulator, client_factory: ClientFactory) -> None:
    client = client_factory(simulator)
    token = client._token
    assert token and token not in repr(client)


def test_unknown_flavour_is_an_invalid_target(simulator: Simulator, trusted_target: TrustedTarget) -> None:
    target, decision = trusted_target(simulator)
    with pytest.raises(InvalidTarget):
        ApplianceClient(replace(target, flavor="soap"), decision)


# --- Trust is enforced on every connection ---------------------------------------------------


@pytest.mark.expected_warnings("reconui.core.client")
def test_pinned_decision_for_another_certificate_sends_nothing(simulator: Simulator,
                                                               trusted_target: TrustedTarget) -> None:
    target, _ = trusted_target(simulator)
    other = certificate_info_from_pem(generate_self_signed().cert_pem)
    client = ApplianceClient(target, TrustDecision(TrustMode.PINNED, other))
    with pytest.raises(CertificateChanged) as caught:
        client.login(ADMIN)
    assert caught.value.pinned_sha256 == other.sha256
    assert caught.value.certificate.sha256 == simulator.sha256
    assert simulator.requests == []  # no Authorization header ever reached the server
    client.close()


@pytest.mark.expected_warnings("reconui.core.client")
def test_the_fingerprint_is_asserted_not_just_the_trust_anchor(simulator: Simulator,
                                                               trusted_target: TrustedTarget) -> None:
    """The context trusts the simulator's certificate, but the pinned fingerprint is another:
    only urllib3's assert_fingerprint can refuse this, so this proves it reaches the pool."""
    target, decision = trusted_target(simulator)
    wrong = replace(decision.certificate, sha256=generate_self_signed().sha256)
    client = ApplianceClient(target, TrustDecision(TrustMode.PINNED, wrong))
    with pytest.raises(CertificateChanged):
        client.login(ADMIN)
    assert simulator.requests == []
    client.close()


@pytest.mark.expected_warnings("reconui.core.client")
def test_certificate_swapped_after_the_decision(simulator_factory: SimFactory, trusted_target: TrustedTarget) -> None:
    first = simulator_factory()
    target, decision = trusted_target(first)
    port = first.port
    first.stop()
    impostor = simulator_factory(port=port)
    assert impostor.sha256 != decision.sha256
    client = ApplianceClient(target, decision)
    with pytest.raises(CertificateChanged) as caught:
        client.login(ADMIN)
    assert caught.value.pinned_sha256 == decision.sha256
    assert caught.value.certificate.sha256 == impostor.sha256
    assert impostor.requests == []
    client.close()


def test_chain_decision_without_the_ca_file_sends_nothing(simulator: Simulator, trusted_target: TrustedTarget,
                                                          clean_proxy_env: pytest.MonkeyPatch, tmp_path) -> None:
    target, decision = trusted_target(simulator, "chain")
    assert decision.mode is TrustMode.CHAIN
    # Neither certifi nor REQUESTS_CA_BUNDLE may sneak into our context.
    bundle = tmp_path / "bundle.pem"
    bundle.write_text(simulator.cert_pem, encoding="ascii")
    clean_proxy_env.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    client = ApplianceClient(replace(target, ca_file=None, proxy=ProxyChoice(ProxyMode.SYSTEM)), decision)
    with pytest.raises(TlsError) as caught:
        client.login(ADMIN)
    assert isinstance(caught.value, CertificateVerificationFailed)  # same certificate, just not trusted
    assert simulator.requests == []
    client.close()


def test_pinned_login_works_with_an_expired_certificate(scripted_server: Callable[..., LocalServer],
                                                        pin_store: PinStore) -> None:
    past = datetime.now(timezone.utc) - timedelta(days=400)
    cert, key = make_certificate(sans=("127.0.0.1",), not_before=past, not_after=past + timedelta(days=30))
    server = scripted_server(
        {("POST", "/api/session"): ScriptedReply(201, b'"tok"', {"Content-Type": "application/json"})},
        certificate=server_certificate(cert, key),
    )
    target = server.target()
    decision = check_trust(target, pin_store, session_pins={target.address: server.sha256})
    assert decision.mode is TrustMode.PINNED
    with ApplianceClient(target, decision) as client:
        client.login(ADMIN)
        assert client.flavor == "api"


# --- Headers, cookies, redirects -------------------------------------------------------------


JSON = {"Content-Type": "application/json"}
VERSION_BODY = json.dumps({"version": "8.0.3.00400", "product": "VMware vCenter Server", "build": "1"}).encode()


def scripted_client(server: LocalServer, pin_store: PinStore, **overrides: object) -> ApplianceClient:
    target = server.target(**overrides)
    decision = check_trust(target, pin_store, session_pins={target.address: server.sha256})
    return ApplianceClient(target, decision)


def test_request_headers(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    server = scripted_server({
        ("POST", "/api/session"): ScriptedReply(201, b'"tok-123"', {
            "Content-Type": "application/json",
            "Set-Cookie": "vmware-api-session-id=tok-123; Path=/api; Secure",
        }),
        ("GET", "/api/appliance/system/version"): ScriptedReply(200, VERSION_BODY, JSON),
        ("DELETE", "/api/session"): ScriptedReply(204),
    })
    with scripted_client(server, pin_store, language="de-DE") as client:
        client.login(Credentials("administrator@vsphere.local", HARD_PASSWORD))
        client.get_version()
        client.get_version()
        assert len(client._session.cookies) == 0
    login, version, again, logout = server.recorded
    assert (login.method, login.path) == ("POST", "/api/session")
    assert base64.b64decode(login.headers["Authorization"].removeprefix("Basic ")).decode("utf-8") == (
        f"administrator@vsphere.local:{HARD_PASSWORD}")
    assert login.headers["vmware-use-header-authn"] == "true"
    assert login.headers["Content-Type"] == "application/json"
    assert SESSION not in login.headers
    for request in (login, version, again, logout):
        assert request.headers["User-Agent"] == f"reconui/{__version__}"
        assert request.headers["Accept"] == "application/json"
        assert request.headers["Accept-Language"] == "de-DE"
        assert "Cookie" not in request.headers
    for request in (version, again, logout):
        assert request.headers[SESSION] == "tok-123"
        assert "Authorization" not in request.headers
    assert "Content-Type" not in version.headers
    ids = {r.headers["X-Request-ID"] for r in server.recorded}
    assert len(ids) == 4



def test_default_language_is_english(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    server = scripted_server({("POST", "/api/session"): ScriptedReply(201, b'"t"')})
    with scripted_client(server, pin_store) as client:
        client.login(ADMIN)
    assert server.recorded[0].headers["Accept-Language"] == "en-US"


def test_redirects_are_not_followed(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    elsewhere = scripted_server({("POST", "/api/session"): ScriptedReply(201, b'"stolen"')})
    server = scripted_server({("POST", "/api/session"): ScriptedReply(
        302, b"", {"Location": f"https://127.0.0.1:{elsewhere.port}/api/session"})})
    with scripted_client(server, pin_store) as client, pytest.raises(BadResponse) as caught:
        client.login(ADMIN)
    assert "redirect" in caught.value.params["reason"]
    assert len(server.recorded) == 1
    assert elsewhere.recorded == []  # the credentials went nowhere else


def test_json_rpc_answer_on_api_means_rest(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    server = scripted_server({
        ("POST", "/api/session"): ScriptedReply(200, b'{"jsonrpc": "2.0", "id": null, "error": {}}'),
        ("POST", "/rest/com/vmware/cis/session"): ScriptedReply(200, b'{"value": "t"}'),
    })
    with scripted_client(server, pin_store) as client:
        client.login(ADMIN)
        assert client.flavor == "rest"


def test_405_on_api_means_rest(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    server = scripted_server({
        ("POST", "/api/session"): ScriptedReply(405, b"<html>no</html>", {"Content-Type": "text/html"}),
        ("POST", "/rest/com/vmware/cis/session"): ScriptedReply(200, b'{"value": "t"}'),
    })
    with scripted_client(server, pin_store) as client:
        client.login(ADMIN)
        assert client.flavor == "rest"


def test_503_text_plain_is_service_unavailable(scripted_server: Callable[..., LocalServer],
                                               pin_store: PinStore) -> None:
    server = scripted_server({("POST", "/api/session"): ScriptedReply(
        503, b"Failed to connect to endpoint", {"Content-Type": "text/plain"})})
    with scripted_client(server, pin_store) as client, pytest.raises(ServiceUnavailable):
        client.login(ADMIN)


def test_html_200_is_a_bad_response(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    server = scripted_server({
        ("POST", "/api/session"): ScriptedReply(201, b'"t"'),
        ("GET", "/api/appliance/system/version"): ScriptedReply(200, b"<html>captive portal</html>",
                                                                {"Content-Type": "text/html"}),
    })
    with scripted_client(server, pin_store) as client:
        client.login(ADMIN)
        with pytest.raises(BadResponse) as caught:
            client.get_version()
    assert caught.value.params["reason"] == "HTTP 200, text/html instead of JSON"


def test_body_cut_short_is_a_bad_response(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    server = scripted_server({
        ("POST", "/api/session"): ScriptedReply(201, b'"t"'),
        ("GET", "/api/appliance/system/version"): ScriptedReply(
            200, VERSION_BODY[:20], {"Content-Length": str(len(VERSION_BODY)), "Connection": "close"}),
    })
    with scripted_client(server, pin_store) as client:
        client.login(ADMIN)
        with pytest.raises(BadResponse):
            client.get_version()


def test_non_json_404_for_the_job_is_not_no_job(scripted_server: Callable[..., LocalServer],
                                                pin_store: PinStore) -> None:
    server = scripted_server({("POST", "/api/session"): ScriptedReply(201, b'"t"'),
                              ("GET", "/api/appliance/recovery/reconciliation/job"): ScriptedReply(
                                  404, b"<html>404</html>", {"Content-Type": "text/html"})})
    with scripted_client(server, pin_store) as client:
        client.login(ADMIN)
        with pytest.raises(BadResponse):
            client.get_job()


# --- Network faults --------------------------------------------------------------------------


def test_refused_port(simulator: Simulator, trusted_target: TrustedTarget) -> None:
    target, decision = trusted_target(simulator)
    with ApplianceClient(replace(target, port=free_port()), decision) as client, \
            pytest.raises(ConnectionRefused) as caught:
        client.login(ADMIN)
    assert "VMware1!" not in caught.value.detail + caught.value.sentence


def test_unresolvable_host(simulator: Simulator, trusted_target: TrustedTarget) -> None:
    target, decision = trusted_target(simulator)
    with ApplianceClient(replace(target, host="nonexistent.invalid"), decision) as client, \
            pytest.raises(DnsError) as caught:
        client.login(ADMIN)
    assert caught.value.params["host"] == "nonexistent.invalid"


def test_silent_server_times_out(simulator: Simulator, trusted_target: TrustedTarget,
                                 silent_server: SilentServer) -> None:
    target, decision = trusted_target(simulator)
    target = replace(target, host=silent_server.host, port=silent_server.port, connect_timeout=0.3,
                     read_timeout=0.3)
    with ApplianceClient(target, decision) as client, pytest.raises(RequestTimeout) as caught:
        client.login(ADMIN)
    assert caught.value.params["seconds"] == "0.3"


def test_read_timeout_after_the_handshake(simulator_factory: SimFactory, trusted_target: TrustedTarget) -> None:
    sim = simulator_factory(scenario="flaky", flaky_rate=1.0, flaky_kinds=("slow",), flaky_slow_delay=2.0)
    target, decision = trusted_target(sim, read_timeout=0.3)
    with ApplianceClient(target, decision) as client:
        client.login(ADMIN)
        with pytest.raises(RequestTimeout) as caught:
            client.get_version()
    assert caught.value.params == {"host": "127.0.0.1", "port": str(sim.port), "seconds": "0.3", "phase": "read"}


def test_plain_http_server_is_a_tls_error(simulator: Simulator, trusted_target: TrustedTarget,
                                          scripted_server: Callable[..., LocalServer]) -> None:
    plain = scripted_server({("POST", "/api/session"): ScriptedReply(201, b'"t"')}, tls=False)
    target, decision = trusted_target(simulator)
    with ApplianceClient(replace(target, port=plain.port), decision) as client, pytest.raises(TlsError) as caught:
        client.login(ADMIN)
    assert not isinstance(caught.value, CertificateVerificationFailed)
    assert plain.recorded == []


# --- Proxies ---------------------------------------------------------------------------------


def test_explicit_proxy_that_refuses(simulator: Simulator, trusted_target: TrustedTarget) -> None:
    target, decision = trusted_target(simulator)
    proxied = replace(target, proxy=ProxyChoice(ProxyMode.EXPLICIT, f"http://127.0.0.1:{free_port()}"))
    with ApplianceClient(proxied, decision) as client, pytest.raises(ProxyFailure) as caught:
        client.login(ADMIN)
    assert caught.value.params["proxy"].startswith("http://127.0.0.1:")
    assert simulator.requests == []


@pytest.mark.parametrize("mode", [ProxyMode.EXPLICIT, ProxyMode.SYSTEM])
def test_working_proxy_carries_the_whole_conversation(simulator: Simulator, trusted_target: TrustedTarget,
                                                      connect_proxy: ConnectProxy,
                                                      clean_proxy_env: pytest.MonkeyPatch, mode: ProxyMode) -> None:
    if mode is ProxyMode.SYSTEM:
        clean_proxy_env.setenv("HTTPS_PROXY", connect_proxy.url)
    choice = ProxyChoice(mode, connect_proxy.url if mode is ProxyMode.EXPLICIT else None)
    target, decision = trusted_target(simulator, proxy=choice)
    assert len(connect_proxy.connects) == 2  # check_trust's handshakes
    with ApplianceClient(target, decision) as client:
        client.login(ADMIN)
        assert client.get_version().version
    assert len(connect_proxy.connects) >= 3
    assert set(connect_proxy.connects) == {target.address}


@pytest.mark.expected_warnings("reconui.core.client")
def test_trust_is_enforced_through_the_proxy_too(simulator: Simulator, trusted_target: TrustedTarget,
                                                 connect_proxy: ConnectProxy) -> None:
    target, _ = trusted_target(simulator, proxy=ProxyChoice(ProxyMode.EXPLICIT, connect_proxy.url))
    other = certificate_info_from_pem(generate_self_signed().cert_pem)
    with ApplianceClient(target, TrustDecision(TrustMode.PINNED, other)) as client, \
            pytest.raises(CertificateChanged):
        client.login(ADMIN)
    assert simulator.requests == []


def test_none_ignores_https_proxy_in_the_environment(simulator: Simulator, trusted_target: TrustedTarget,
                                                     clean_proxy_env: pytest.MonkeyPatch) -> None:
    clean_proxy_env.setenv("HTTPS_PROXY", f"http://127.0.0.1:{free_port()}")
    clean_proxy_env.setenv("ALL_PROXY", f"http://127.0.0.1:{free_port()}")
    target, decision = trusted_target(simulator, proxy=ProxyChoice(ProxyMode.NONE))
    with ApplianceClient(target, decision) as client:
        client.login(ADMIN)
        assert client.get_version().version
    with ApplianceClient(replace(target, proxy=ProxyChoice(ProxyMode.SYSTEM)), decision) as client, \
            pytest.raises(ProxyFailure):
        client.login(ADMIN)


def test_an_injected_session_is_configured_too(simulator: Simulator, trusted_target: TrustedTarget) -> None:
    target, decision = trusted_target(simulator)
    session = requests.Session()
    session.verify = False  # whatever the caller did, our adapter verifies
    with ApplianceClient(target, decision, session=session) as client:
        client.login(ADMIN)
    assert session.verify is True
    session.close()


def test_item8_a_3_mib_token_from_the_server_ends_the_login_typed(appliance: HostileAppliance,
                                                                   tmp_path: Path) -> None:
    appliance.script({API_SESSION: [Reply(201, json_body("t" * (3 * 1024 * 1024 // 2)))]})
    with trusted_client(appliance, tmp_path) as client, pytest.raises(ProtocolError):
        client.login(HOSTILE_ADMIN)


def _credentials_reached(sim: Simulator) -> list[dict]:
    return [r for r in sim.requests if r.get("auth") in ("basic", "session")]


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


@pytest.mark.parametrize("body", [DEEP, b"\xff\xfe\"tok\"", b'{"value": "\xc3\x28"}'], ids=["deep", "bom", "utf8"])
def test_odd_login_answers_are_typed(scripted_server: Callable[..., LocalServer], pin_store: PinStore,
                                     body: bytes) -> None:
    server = scripted_server({("POST", "/api/session"): ScriptedReply(201, body, JSON)})
    with _scripted_client(server, pin_store) as client, pytest.raises(ReconError):
        client.login(ADMIN)


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


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_client_calls_for_both_flavours(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="ok", services_before_job="STARTED")
    client = client_factory(sim, flavor=flavor)
    assert client.get_health() == "green" and client.get_health("swap") == "green"
    assert {s.id: s.state for s in client.list_services()}["vpxd"] == "STARTED"
    only = client.get_replication_status(["vc02.example.com"])
    assert [r.node for r in only] == ["vc02.example.com"]
    with pytest.raises(ValueError):
        client.get_health("../session")
    query = [r.get("query") for r in sim.requests if r["path"].endswith("replication-status")]
    assert query == [("filter.nodes" if flavor == "rest" else "nodes") + "=vc02.example.com"]
