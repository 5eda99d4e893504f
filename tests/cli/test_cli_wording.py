"""What the CLI says (issue 11, items 1, 5, 7 and 14): the last job finished, trusted for this run,
a name mismatch with its remedy, a next step after every failure, and the shared summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconui.simulator.certificate import generate_self_signed

from .conftest import SSO_USER, USER, server


def _human(sim, command: str = "run", *extra: str) -> list[str]:  # type: ignore[no-untyped-def]
    args = [command, "--server", server(sim), "--user", USER, "--thumbprint", sim.sha256, *extra]
    if command == "run":
        args[5:5] = ["--sso-user", SSO_USER]
    return args


def test_status_on_a_finished_job_says_the_last_job_finished(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    assert run_cli(*_human(sim)).code == 0
    status = run_cli(*_human(sim, "status"))
    assert status.code == 0
    assert "Attached to the running" not in status.out
    assert "The last reconciliation job has finished (SUCCEEDED); nothing is running." in status.out


def test_a_thumbprint_run_says_the_certificate_was_trusted_for_this_run(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli(*_human(sim))
    assert "certificate trusted for this run only (nothing pinned)" in result.out
    assert "certificate pinned" not in result.out


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_a_refusal_ends_with_what_to_do_now_and_the_summary(run_cli, cli_sim) -> None:
    sim = cli_sim("in_use")
    result = run_cli(*_human(sim))
    assert result.code == 4
    assert "What to do now: Wait for the running backup" in result.err
    assert "Outcome: ERROR" in result.out and "What to do next: Wait for the running backup" in result.out


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_a_failed_job_ends_with_its_next_step(run_cli, cli_sim) -> None:
    sim = cli_sim("warnings")
    result = run_cli(*_human(sim))
    assert result.code == 1
    assert "What to do next:" in result.out and "Ignore validation warnings" in result.out


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


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_the_waiting_deadline_names_its_zone(run_cli, cli_sim) -> None:
    import re
    from datetime import datetime

    sim = cli_sim("restart")
    result = run_cli(*_human(sim))
    zone = datetime.now().astimezone().tzname()
    assert re.search(rf"waiting for appliance services \(until \d\d:\d\d {re.escape(zone or '')}\)", result.out)


@pytest.mark.expected_warnings("reconui.core.runner", "reconui.core.tls")
def test_a_first_wrong_password_is_not_called_an_expired_session(run_cli, cli_sim, monkeypatch) -> None:
    sim = cli_sim("ok")
    monkeypatch.setenv("RECONUI_PASSWORD", "not-the-password")
    result = run_cli(*_human(sim))
    assert result.code == 3
    assert "did not accept the user name and password" in result.err
    assert "expired" not in result.err
