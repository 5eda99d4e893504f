"""reconui-cli health (reconui/cli/health.py): the verdict alone, whatever the job's state."""

from __future__ import annotations

from .conftest import command_args, creates


def test_health_command_on_a_healthy_appliance(run_cli, cli_sim) -> None:
    sim = cli_sim("ok", services_before_job="STARTED")
    result = run_cli(*command_args(sim, "health"))
    assert result.code == 0, result.out + result.err
    assert "Health: HEALTHY." in result.out
    assert creates(sim) == [] and not [r for r in sim.requests if "reconciliation" in r["path"]]


def test_health_command_names_what_is_wrong(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")  # a restored appliance before reconciliation: its services are stopped
    result = run_cli(*command_args(sim, "health", "--json", "--settle", "0"))
    assert result.code == 6
    verdict = result.of("health_verdict_reached")[0]["health"]
    assert verdict["verdict"] == "needs_attention"
    assert {"vpxd", "vsphere-ui"} <= {f["name"] for f in verdict["findings"] if f["state"] == "STOPPED"}
    assert result.report["command"] == "health" and result.report["health"]["verdict"] == "needs_attention"


def test_health_after_a_degraded_run(run_cli, cli_sim) -> None:
    sim = cli_sim("degraded")
    assert run_cli(*command_args(sim, "run")).code == 6
    result = run_cli(*command_args(sim, "health", "--api", "rest"))
    assert result.code == 6 and "content-library (DEGRADED)" in result.out
