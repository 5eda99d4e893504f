"""Where reconui-cli finds passwords (reconui/cli/passwords.py): environment, keyring, a prompt on a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import (
    PASSWORD,
    SSO_PASSWORD,
    USER,
    ScriptedTerminal,
    command_args,
    no_credentials_sent,
    server,
)


def test_no_password_without_a_terminal_is_a_usage_error(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.delenv("RECONUI_PASSWORD")
    result = run_cli(*command_args(sim, "run", "--json"))
    assert result.code == 2
    assert "RECONUI_PASSWORD" in result.err
    assert no_credentials_sent(sim)
    assert Path(result.final["report"]).is_file()


def test_passwords_are_prompted_on_a_terminal(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok", sso_user="sso-admin@vsphere.local")
    monkeypatch.delenv("RECONUI_PASSWORD")
    monkeypatch.delenv("RECONUI_SSO_PASSWORD")
    term = ScriptedTerminal(passwords=[PASSWORD, SSO_PASSWORD])
    result = run_cli("run", "--server", server(sim), "--user", USER, "--sso-user", "sso-admin@vsphere.local",
                     "--thumbprint", sim.sha256, term=term)
    assert result.code == 0, result.err
    assert len(term.prompts) == 2
    assert USER in term.prompts[0] and "sso-admin@vsphere.local" in term.prompts[1]


def test_same_sso_user_reuses_the_password(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok", sso_password=PASSWORD)
    monkeypatch.delenv("RECONUI_SSO_PASSWORD")
    assert run_cli(*command_args(sim, "run", "--json")).code == 0


def test_save_password_then_use_the_keyring(run_cli, cli_sim, monkeypatch) -> None:
    import keyring

    sim = cli_sim("ok", sso_user="sso-admin@vsphere.local")
    args = ["run", "--server", server(sim), "--user", USER, "--sso-user", "sso-admin@vsphere.local",
            "--thumbprint", sim.sha256]
    first = run_cli(*args, "--save-password")
    assert first.code == 0, first.err
    assert "Passwords saved" in first.err
    backend = keyring.get_keyring()
    assert backend.items[("reconui", f"{USER}@127.0.0.1")] == PASSWORD
    assert backend.items[("reconui", "sso-admin@vsphere.local@127.0.0.1")] == SSO_PASSWORD
    monkeypatch.delenv("RECONUI_PASSWORD")
    monkeypatch.delenv("RECONUI_SSO_PASSWORD")
    second = run_cli(*args, "--start-new")
    assert second.code == 0, second.err


@pytest.mark.expected_warnings("reconui.core.runner")
def test_wrong_password_is_an_authentication_error(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.setenv("RECONUI_PASSWORD", "not-the-password")
    result = run_cli(*command_args(sim, "run", "--json"))
    assert result.code == 3
    assert result.of("run_failed")[0]["error"]["code"] == "unauthenticated"
