"""reconui-cli cert (reconui/cli/cert.py): show, pin, and never silently replace a pin."""

from __future__ import annotations

import pytest

from reconui.core import paths
from reconui.core.pins import PinStore

from .conftest import (
    SSO_USER,
    USER,
    ScriptedTerminal,
    no_credentials_sent,
    server,
)


def test_cert_shows_and_pins(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    shown = run_cli("cert", "--server", server(sim))
    assert shown.code == 0
    assert f"SHA-256:  {sim.sha256}" in shown.out and "SHA-1:" in shown.out
    assert "Subject:" in shown.out and "Issuer:" in shown.out and "SANs:" in shown.out and "Valid:" in shown.out
    assert "NOT trusted" in shown.out
    assert PinStore(paths.pins_path()).get(server(sim)) is None
    pinned = run_cli("cert", "--server", server(sim), "--pin")
    assert pinned.code == 0
    assert PinStore(paths.pins_path()).get(server(sim)) == sim.sha256
    assert "Pinned" in pinned.out
    assert "pinned in" in run_cli("cert", "--server", server(sim)).out
    assert no_credentials_sent(sim)
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, "--json")
    assert result.code == 0 and result.of("connected")[0]["trust_mode"] == "pinned"


def test_cert_pin_asks_on_a_terminal(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    declined = run_cli("cert", "--server", server(sim), "--pin", term=ScriptedTerminal(answers="n\n"))
    assert "Not pinned" in declined.out
    assert PinStore(paths.pins_path()).get(server(sim)) is None
    run_cli("cert", "--server", server(sim), "--pin", term=ScriptedTerminal(answers="yes\n"))
    assert PinStore(paths.pins_path()).get(server(sim)) == sim.sha256


@pytest.mark.expected_warnings("reconui.core.tls")
def test_cert_pin_never_silently_replaces_the_pin_of_a_changed_certificate(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    old = "AB:" * 31 + "CD"
    store = PinStore(paths.pins_path())
    store.remember(server(sim), old)

    refused = run_cli("cert", "--server", server(sim), "--pin")
    assert refused.code == 3
    assert "CHANGED" in refused.out
    assert f"--pin --replace {sim.sha256}" in refused.err
    assert store.get(server(sim)) == old

    wrong = run_cli("cert", "--server", server(sim), "--pin", "--replace", "12:" * 31 + "34")
    assert wrong.code == 3
    assert store.get(server(sim)) == old

    declined = run_cli("cert", "--server", server(sim), "--pin", term=ScriptedTerminal(answers="\n"))
    assert declined.code == 3
    assert store.get(server(sim)) == old

    replaced = run_cli("cert", "--server", server(sim), "--pin", "--replace", sim.sha256.replace(":", "").lower())
    assert replaced.code == 0, replaced.err
    assert store.get(server(sim)) == sim.sha256
    assert no_credentials_sent(sim)


def test_cert_of_a_closed_port_is_a_connect_error(run_cli, closed_port: int) -> None:
    result = run_cli("cert", "--server", f"127.0.0.1:{closed_port}", "--no-proxy")
    assert result.code == 3
    assert "refused" in result.err

