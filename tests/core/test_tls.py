"""tls.py: trust is settled by handshakes alone, and every outcome is the right decision or error."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from netkit import (
    ConnectProxy,
    LocalServer,
    ScriptedReply,
    SilentServer,
    free_port,
    make_certificate,
    server_certificate,
    target_for,
)

from reconui.core import tls
from reconui.core.errors import (
    CaFileError,
    CertificateChanged,
    CertificateExpired,
    CertificateNameMismatch,
    CertificateUntrusted,
    CertificateVerificationFailed,
    ConnectionRefused,
    DnsError,
    InvalidTarget,
    ProxyFailure,
    RequestTimeout,
    TlsError,
)
from reconui.core.models import ProxyChoice, ProxyMode, Target, TrustMode
from reconui.core.next_steps import next_step_for_error
from reconui.core.pins import PinStore
from reconui.core.tls import (
    certificate_info_from_der,
    certificate_info_from_pem,
    check_trust,
    fetch_certificate,
    fingerprint_hex,
    proxy_url_for,
    validate_target,
)
from reconui.simulator import Simulator
from reconui.simulator.certificate import generate_self_signed

PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


# --- Certificate description -----------------------------------------------------------------


def test_certificate_info_from_der_describes_everything_the_dialog_shows() -> None:
    not_before = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    cert, _ = make_certificate(not_before=not_before, not_after=not_before + timedelta(days=730))
    der = cert.public_bytes(serialization.Encoding.DER)
    info = certificate_info_from_der(der)
    assert info.subject == "O=Example\\, Inc.,CN=vcsa.example.com"
    assert info.issuer == info.subject
    assert info.sans == ("vcsa.example.com", "10.0.0.5")
    assert info.not_before == not_before
    assert info.not_after == not_before + timedelta(days=730)
    assert info.not_before.tzinfo is not None and info.not_before.utcoffset() == timedelta(0)
    expected_sha256 = ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))
    assert info.sha256 == expected_sha256
    assert info.sha1 == ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA1()))  # noqa: S303 - display only
    assert len(info.sha1.split(":")) == 20
    assert info.serial == "0A:BC"
    assert info.self_signed
    assert x509.load_pem_x509_certificate(info.pem.encode()).fingerprint(hashes.SHA256()) == cert.fingerprint(
        hashes.SHA256())
    assert certificate_info_from_pem(info.pem) == info
    assert "BEGIN CERTIFICATE" not in repr(info)  # the PEM is repr=False: a log line stays short


def test_a_ca_signed_certificate_is_not_self_signed_and_sans_may_be_missing() -> None:
    ca_cert, ca_key = make_certificate(subject="VMCA root")
    leaf, _ = make_certificate(subject="vcsa", sans=(), issuer_key=ca_key, issuer="VMCA root")
    info = certificate_info_from_der(leaf.public_bytes(serialization.Encoding.DER))
    assert not info.self_signed
    assert info.sans == ()
    assert info.issuer == "O=Example\\, Inc.,CN=VMCA root"
    assert ca_cert.subject.rfc4514_string() == info.issuer


def test_a_forged_self_issued_certificate_is_not_self_signed() -> None:
    _, other_key = make_certificate()
    forged, _ = make_certificate(subject="same", issuer="same", issuer_key=other_key)
    assert not certificate_info_from_der(forged.public_bytes(serialization.Encoding.DER)).self_signed


def test_certificate_info_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        certificate_info_from_der(b"not a certificate")


def test_fingerprint_hex() -> None:
    assert fingerprint_hex("AB:" * 31 + "CD") == "ab" * 31 + "cd"


# --- check_trust against the simulator -------------------------------------------------------


def test_chain_trust_via_ca_file(simulator: Simulator, tmp_path: Path, pin_store: PinStore) -> None:
    ca_file = tmp_path / "sim.pem"
    ca_file.write_text(simulator.cert_pem, encoding="ascii")
    decision = check_trust(target_for(simulator, ca_file=str(ca_file)), pin_store)
    assert decision.mode is TrustMode.CHAIN
    assert decision.sha256 == simulator.sha256
    assert "127.0.0.1" in decision.certificate.sans
    assert simulator.requests == []  # a handshake only: not one HTTP request


def test_chain_trust_by_host_name(simulator: Simulator, tmp_path: Path, pin_store: PinStore) -> None:
    ca_file = tmp_path / "sim.pem"
    ca_file.write_text(simulator.cert_pem, encoding="ascii")
    target = Target("localhost", simulator.port, ca_file=str(ca_file), proxy=ProxyChoice(ProxyMode.NONE))
    assert check_trust(target, pin_store).mode is TrustMode.CHAIN


def test_untrusted_without_pin(simulator: Simulator, pin_store: PinStore) -> None:
    with pytest.raises(CertificateUntrusted) as caught:
        check_trust(target_for(simulator), pin_store)
    error = caught.value
    assert error.certificate.sha256 == simulator.sha256
    assert error.params["sha256"] == simulator.sha256
    assert error.params["host"] == "127.0.0.1"
    assert simulator.sha256 in error.sentence
    assert simulator.requests == []


def test_pinned_in_the_pin_file(simulator: Simulator, pin_store: PinStore) -> None:
    target = target_for(simulator)
    pin_store.remember(target.address, simulator.sha256.replace(":", "").lower())
    decision = check_trust(target, pin_store)
    assert decision.mode is TrustMode.PINNED
    assert decision.sha256 == simulator.sha256
    assert simulator.requests == []


@pytest.mark.expected_warnings("reconui.core.tls")
def test_pin_mismatch_is_a_hard_stop_and_nothing_is_sent(simulator: Simulator, pin_store: PinStore) -> None:
    target = target_for(simulator)
    old = generate_self_signed().sha256
    pin_store.remember(target.address, old)
    with pytest.raises(CertificateChanged) as caught:
        check_trust(target, pin_store)
    error = caught.value
    assert error.pinned_sha256 == old
    assert error.certificate.sha256 == simulator.sha256
    assert error.params["pinned"] == old and error.params["sha256"] == simulator.sha256
    assert "Nothing was sent" in error.sentence
    assert simulator.requests == []


@pytest.mark.expected_warnings("reconui.core.tls")
def test_session_pins_win_over_the_pin_file(simulator: Simulator, pin_store: PinStore) -> None:
    target = target_for(simulator)
    pin_store.remember(target.address, generate_self_signed().sha256)
    decision = check_trust(target, pin_store, session_pins={target.address: simulator.sha256.lower()})
    assert decision.mode is TrustMode.PINNED
    pin_store.remember(target.address, simulator.sha256)
    with pytest.raises(CertificateChanged):
        check_trust(target, pin_store, session_pins={target.address.upper(): generate_self_signed().sha256})


def test_pins_are_per_port(simulator: Simulator, pin_store: PinStore) -> None:
    pin_store.remember(f"127.0.0.1:{free_port()}", simulator.sha256)
    with pytest.raises(CertificateUntrusted):
        check_trust(target_for(simulator), pin_store)


@pytest.mark.expected_warnings("reconui.core.tls")
def test_a_pin_outranks_the_chain(simulator: Simulator, tmp_path: Path, pin_store: PinStore) -> None:
    """A chain-trusted certificate that differs from the pin is a changed certificate.

    An extra CA in the environment or a TLS-inspecting proxy must not turn a changed certificate
    into a trusted one; the user forgets the old pin on purpose if the change is legitimate.
    """
    ca_file = tmp_path / "sim.pem"
    ca_file.write_text(simulator.cert_pem, encoding="ascii")
    target = target_for(simulator, ca_file=str(ca_file))
    stale = generate_self_signed().sha256
    pin_store.remember(target.address, stale)
    with pytest.raises(CertificateChanged) as caught:
        check_trust(target, pin_store)
    assert caught.value.pinned_sha256 == stale
    assert caught.value.certificate.sha256 == simulator.sha256
    assert simulator.requests == []

    pin_store.remember(target.address, simulator.sha256)
    decision = check_trust(target, pin_store)
    assert decision.mode is TrustMode.PINNED
    assert decision.sha256 == simulator.sha256


def test_host_name_is_checked_in_the_chain(scripted_server: Callable[..., LocalServer], tmp_path: Path,
                                           pin_store: PinStore) -> None:
    cert, key = make_certificate(subject="other.example.com", sans=("other.example.com",))
    server = scripted_server({}, certificate=server_certificate(cert, key))
    ca_file = tmp_path / "other.pem"
    ca_file.write_text(server.certificate.cert_pem, encoding="ascii")  # type: ignore[union-attr]
    with pytest.raises(CertificateUntrusted) as caught:
        check_trust(server.target(ca_file=str(ca_file)), pin_store)
    assert "mismatch" in caught.value.detail.lower() or "match" in caught.value.detail.lower()
    assert server.recorded == []


def test_missing_ca_file_is_a_permanent_tls_error(simulator: Simulator, tmp_path: Path, pin_store: PinStore) -> None:
    with pytest.raises(CaFileError) as caught:
        check_trust(target_for(simulator, ca_file=str(tmp_path / "nope.pem")), pin_store)
    assert isinstance(caught.value, TlsError)
    assert not caught.value.transient
    assert "nope.pem" in caught.value.sentence


def test_a_ca_file_without_certificates(simulator: Simulator, tmp_path: Path, pin_store: PinStore) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate\n", encoding="ascii")
    with pytest.raises(CaFileError):
        check_trust(target_for(simulator, ca_file=str(bad)), pin_store)


# --- Network failures ------------------------------------------------------------------------


def test_refused(pin_store: PinStore) -> None:
    target = Target("127.0.0.1", free_port(), proxy=ProxyChoice(ProxyMode.NONE))
    with pytest.raises(ConnectionRefused) as caught:
        check_trust(target, pin_store)
    assert caught.value.params["port"] == str(target.port)


def test_unresolvable_host(pin_store: PinStore) -> None:
    with pytest.raises(DnsError) as caught:
        check_trust(Target("nonexistent.invalid", 443, proxy=ProxyChoice(ProxyMode.NONE)), pin_store)
    assert caught.value.params["host"] == "nonexistent.invalid"


def test_silent_server_times_out(silent_server: SilentServer, pin_store: PinStore) -> None:
    target = Target(silent_server.host, silent_server.port, proxy=ProxyChoice(ProxyMode.NONE),
                    connect_timeout=1.0, read_timeout=0.3)
    with pytest.raises(RequestTimeout) as caught:
        check_trust(target, pin_store)
    assert caught.value.params["seconds"] == "0.3"


def test_plain_http_server_is_a_tls_error(scripted_server: Callable[..., LocalServer], pin_store: PinStore) -> None:
    server = scripted_server({("GET", "/"): ScriptedReply(200, b"hello")}, tls=False)
    with pytest.raises(TlsError) as caught:
        check_trust(server.target(), pin_store)
    assert not isinstance(caught.value, CertificateVerificationFailed)
    with pytest.raises(TlsError):
        fetch_certificate(server.target())


def test_fetch_certificate_reads_an_expired_certificate(scripted_server: Callable[..., LocalServer]) -> None:
    past = datetime.now(timezone.utc) - timedelta(days=400)
    cert, key = make_certificate(sans=("127.0.0.1",), not_before=past, not_after=past + timedelta(days=30))
    server = scripted_server({}, certificate=server_certificate(cert, key))
    info = fetch_certificate(server.target())
    assert info.sha256 == server.sha256
    assert info.not_after < datetime.now(timezone.utc)
    assert server.recorded == []


# --- Proxies ---------------------------------------------------------------------------------


def test_proxy_url_for_each_mode(clean_proxy_env: pytest.MonkeyPatch) -> None:
    clean_proxy_env.setenv("HTTPS_PROXY", "http://envproxy:3128")
    assert proxy_url_for(Target("vcsa", proxy=ProxyChoice(ProxyMode.NONE))) is None
    assert proxy_url_for(Target("vcsa", proxy=ProxyChoice(ProxyMode.SYSTEM))) == "http://envproxy:3128"
    assert proxy_url_for(Target("vcsa", proxy=ProxyChoice(ProxyMode.EXPLICIT, "myproxy:8080"))) == "http://myproxy:8080"
    clean_proxy_env.setenv("NO_PROXY", "vcsa,.example.com")
    assert proxy_url_for(Target("vcsa", proxy=ProxyChoice(ProxyMode.SYSTEM))) is None
    assert proxy_url_for(Target("a.example.com", proxy=ProxyChoice(ProxyMode.SYSTEM))) is None
    assert proxy_url_for(Target("other", proxy=ProxyChoice(ProxyMode.SYSTEM))) == "http://envproxy:3128"
    with pytest.raises(ProxyFailure):
        proxy_url_for(Target("vcsa", proxy=ProxyChoice(ProxyMode.EXPLICIT, " ")))


def test_check_trust_through_an_explicit_proxy(simulator: Simulator, connect_proxy: ConnectProxy,
                                               pin_store: PinStore) -> None:
    target = target_for(simulator, proxy=ProxyChoice(ProxyMode.EXPLICIT, connect_proxy.url))
    with pytest.raises(CertificateUntrusted) as caught:
        check_trust(target, pin_store)
    assert caught.value.certificate.sha256 == simulator.sha256
    # Both handshakes (verifying, then reading) went through the tunnel.
    assert connect_proxy.connects == [target.address, target.address]
    assert simulator.requests == []


def test_check_trust_through_the_system_proxy_and_no_proxy(simulator: Simulator, connect_proxy: ConnectProxy,
                                                          pin_store: PinStore,
                                                          clean_proxy_env: pytest.MonkeyPatch) -> None:
    clean_proxy_env.setenv("HTTPS_PROXY", connect_proxy.url)
    target = target_for(simulator, proxy=ProxyChoice(ProxyMode.SYSTEM))
    assert check_trust(target, pin_store, session_pins={target.address: simulator.sha256}).mode is TrustMode.PINNED
    assert connect_proxy.connects == [target.address, target.address]
    clean_proxy_env.setenv("NO_PROXY", "127.0.0.1")
    check_trust(target, pin_store, session_pins={target.address: simulator.sha256})
    assert len(connect_proxy.connects) == 2  # bypassed


def test_proxy_credentials_are_sent_to_the_proxy_only(simulator: Simulator, connect_proxy: ConnectProxy,
                                                      pin_store: PinStore) -> None:
    url = connect_proxy.url.replace("http://", "http://alice:p%40ss@")
    target = target_for(simulator, proxy=ProxyChoice(ProxyMode.EXPLICIT, url))
    check_trust(target, pin_store, session_pins={target.address: simulator.sha256})
    assert "Proxy-Authorization: Basic YWxpY2U6cEBzcw==" in connect_proxy.headers[0]  # alice:p@ss


def test_refusing_explicit_proxy(simulator: Simulator, pin_store: PinStore) -> None:
    proxy = f"http://bob:hunter2@127.0.0.1:{free_port()}"
    with pytest.raises(ProxyFailure) as caught:
        check_trust(target_for(simulator, proxy=ProxyChoice(ProxyMode.EXPLICIT, proxy)), pin_store)
    error = caught.value
    assert error.params["proxy"].startswith("http://127.0.0.1:")
    assert error.params["reason"] == "Connection refused"
    assert "hunter2" not in error.sentence + error.detail
    assert simulator.requests == []


def test_proxy_that_cannot_reach_the_appliance(connect_proxy: ConnectProxy, pin_store: PinStore) -> None:
    target = Target("127.0.0.1", free_port(), proxy=ProxyChoice(ProxyMode.EXPLICIT, connect_proxy.url))
    with pytest.raises(ProxyFailure) as caught:
        check_trust(target, pin_store)
    assert "502" in caught.value.params["reason"]


def test_unsupported_proxy_scheme(simulator: Simulator, pin_store: PinStore) -> None:
    target = target_for(simulator, proxy=ProxyChoice(ProxyMode.EXPLICIT, "socks5://127.0.0.1:1080"))
    with pytest.raises(ProxyFailure) as caught:
        check_trust(target, pin_store)
    assert "socks5" in caught.value.params["reason"]


def test_none_ignores_the_environment_proxy(simulator: Simulator, pin_store: PinStore,
                                           clean_proxy_env: pytest.MonkeyPatch) -> None:
    clean_proxy_env.setenv("HTTPS_PROXY", f"http://127.0.0.1:{free_port()}")
    target = target_for(simulator, proxy=ProxyChoice(ProxyMode.NONE))
    assert check_trust(target, pin_store, session_pins={target.address: simulator.sha256}).mode is TrustMode.PINNED
    with pytest.raises(ProxyFailure):
        check_trust(replace(target, proxy=ProxyChoice(ProxyMode.SYSTEM)), pin_store)


def test_a_malformed_address_is_an_invalid_target(pin_store: PinStore) -> None:
    with pytest.raises(InvalidTarget):
        check_trust(Target("", 443, proxy=ProxyChoice(ProxyMode.NONE)), pin_store)
    with pytest.raises(InvalidTarget):
        check_trust(Target("a" * 70 + ".example.com", 443, proxy=ProxyChoice(ProxyMode.NONE)), pin_store)


@pytest.mark.expected_warnings("reconui.core.tls")
def test_a_malformed_session_pin_is_ignored(simulator: Simulator, pin_store: PinStore) -> None:
    target = target_for(simulator)
    pin_store.remember(target.address, simulator.sha256)
    decision = check_trust(target, pin_store, session_pins={"no port": "x", target.address: "not hex"})
    assert decision.mode is TrustMode.PINNED


# --- Why a chain did not verify (names, validity) -----------------------------------------


def test_a_trusted_chain_for_other_names_is_a_name_mismatch(scripted_server: Callable[..., LocalServer],
                                                             tmp_path: Path, pin_store: PinStore) -> None:
    """Connecting by IP to a CA-signed certificate issued for the FQDN: say so, list the names."""
    cert, key = make_certificate(subject="vcsa01.example.com", sans=("vcsa01.example.com", "vcsa01"))
    server = scripted_server({}, certificate=server_certificate(cert, key))
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(server.certificate.cert_pem, encoding="ascii")  # type: ignore[union-attr]
    with pytest.raises(CertificateNameMismatch) as caught:
        check_trust(server.target(ca_file=str(ca_file)), pin_store)
    assert isinstance(caught.value, CertificateUntrusted)  # pinning stays available as the fallback
    assert caught.value.params["names"] == "vcsa01.example.com, vcsa01"
    assert "vcsa01.example.com" in caught.value.sentence
    assert "Connect using one of these names: vcsa01.example.com, vcsa01" in next_step_for_error(caught.value)
    assert server.recorded == []


def test_an_expired_certificate_is_reported_as_expired(scripted_server: Callable[..., LocalServer],
                                                       tmp_path: Path, pin_store: PinStore) -> None:
    past = datetime.now(timezone.utc) - timedelta(days=400)
    cert, key = make_certificate(sans=("127.0.0.1",), not_before=past, not_after=past + timedelta(days=30))
    server = scripted_server({}, certificate=server_certificate(cert, key))
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(server.certificate.cert_pem, encoding="ascii")  # type: ignore[union-attr]
    with pytest.raises(CertificateExpired) as caught:
        check_trust(server.target(ca_file=str(ca_file)), pin_store)
    assert "not valid at this time" in caught.value.sentence


def test_a_self_signed_certificate_stays_plain_untrusted(simulator: Simulator, pin_store: PinStore) -> None:
    with pytest.raises(CertificateUntrusted) as caught:
        check_trust(target_for(simulator), pin_store)
    assert type(caught.value) is CertificateUntrusted


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
