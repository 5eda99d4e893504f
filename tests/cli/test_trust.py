"""How reconui-cli settles the certificate (reconui/cli/trust.py): thumbprint, pin file, CA file, the
question on a terminal; no credential reaches a certificate that was not accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconui.core import paths
from reconui.core.pins import PinStore
from reconui.simulator.certificate import generate_self_signed

from .conftest import (
    SSO_USER,
    USER,
    ScriptedTerminal,
    command_args,
    no_credentials_sent,
    server,
)


@pytest.mark.expected_warnings("reconui.core.tls")
def test_wrong_thumbprint_sends_no_credentials(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    wrong = "00:" * 31 + "00"
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER,
                     "--thumbprint", wrong, "--json")
    assert result.code == 3
    assert sim.requests == [] or no_credentials_sent(sim)
    assert sim.sha256 in result.err and wrong in result.err
    assert result.of("run_failed")[0]["error"]["code"] == "certificate_changed"
    assert result.final["report"] and Path(result.final["report"]).is_file()


@pytest.mark.expected_warnings("reconui.core.tls")
def test_wrong_pin_in_the_pin_file_sends_no_credentials(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    wrong = "AB:" * 31 + "CD"
    PinStore(paths.pins_path()).remember(server(sim), wrong)
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER)
    assert result.code == 3
    assert sim.requests == [] or no_credentials_sent(sim)
    assert "has changed" in result.err
    assert f"pinned:    {wrong}" in result.err and f"presented: {sim.sha256}" in result.err
    assert "Report: " in result.out


def test_unknown_certificate_non_interactive_fails_with_fingerprint_and_pin_command(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER)
    assert result.code == 3
    assert no_credentials_sent(sim)
    assert sim.sha256 in result.err
    assert f"reconui-cli cert --server {server(sim)} --pin" in result.err
    assert f"--thumbprint {sim.sha256}" in result.err


def test_unknown_certificate_interactive_trust_and_remember(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    term = ScriptedTerminal(answers="y\ny\n")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, term=term)
    assert result.code == 0, result.err
    assert "Trust this certificate? [y/N]" in result.err
    assert PinStore(paths.pins_path()).get(server(sim)) == sim.sha256
    # Pinned now: the next run needs no question.
    again = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, "--start-new")
    assert again.code == 0, again.err


def test_unknown_certificate_interactive_default_is_no(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    term = ScriptedTerminal(answers="\n")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, term=term)
    assert result.code == 3
    assert no_credentials_sent(sim)
    assert PinStore(paths.pins_path()).get(server(sim)) is None


def test_ca_file_makes_the_chain_trusted(run_cli, cli_sim, tmp_path: Path) -> None:
    sim = cli_sim("ok")
    ca = tmp_path / "sim.pem"
    ca.write_text(sim.cert_pem, encoding="ascii")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER, "--ca-file", str(ca),
                     "--json")
    assert result.code == 0, result.err
    assert result.of("connected")[0]["trust_mode"] == "chain"


def test_a_thumbprint_run_says_the_certificate_was_trusted_for_this_run(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli(*command_args(sim))
    assert "certificate trusted for this run only (nothing pinned)" in result.out
    assert "certificate pinned" not in result.out


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_a_name_mismatch_says_which_names_and_to_connect_by_one(run_cli, cli_sim, tmp_path: Path) -> None:
    cert = generate_self_signed(hosts=("localhost",))
    (tmp_path / "c.pem").write_text(cert.cert_pem, encoding="ascii")
    (tmp_path / "k.pem").write_text(cert.key_pem, encoding="ascii")
    sim = cli_sim("ok", cert_file=tmp_path / "c.pem", key_file=tmp_path / "k.pem")
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", SSO_USER,
                     "--ca-file", str(tmp_path / "c.pem"))
    assert result.code == 3
    assert "issued for other names (localhost)" in result.err
    assert "Connect using one of these names: localhost" in result.err
    assert f"--server localhost:{sim.port}" in result.err
