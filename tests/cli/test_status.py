"""reconui-cli status (reconui/cli/status.py): watch the existing job, never start one."""

from __future__ import annotations

from .conftest import (
    USER,
    command_args,
    creates,
    server,
)


def test_status_without_a_job(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli("status", "--server", server(sim), "--user", USER, "--thumbprint", sim.sha256)
    assert result.code == 0
    assert "no reconciliation job" in result.out
    assert creates(sim) == []
    assert "Report: " in result.out


def test_status_attaches_to_a_running_job(run_cli, cli_sim) -> None:
    sim = cli_sim("running")
    result = run_cli("status", "--server", server(sim), "--user", USER, "--thumbprint", sim.sha256, "--json")
    assert result.code == 0
    assert "job_attached" in result.events and result.final["info"]["status"] == "SUCCEEDED"
    assert creates(sim) == []


def test_status_on_a_finished_job_says_the_last_job_finished(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    assert run_cli(*command_args(sim)).code == 0
    status = run_cli(*command_args(sim, "status"))
    assert status.code == 0
    assert "Attached to the running" not in status.out
    assert "The last reconciliation job has finished (SUCCEEDED); nothing is running." in status.out
