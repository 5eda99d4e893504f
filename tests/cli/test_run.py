"""reconui-cli end to end against the simulator over HTTPS, in both API flavours and against 6.7."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import (
    USER,
    command_args,
    creates,
    server,
)

#: scenario -> (exit code, final job status or None when no job ran, error code or None)
EXPECTED = {
    "ok": (0, "SUCCEEDED", None),
    "fail": (1, "FAILED", None),
    "warnings": (1, "FAILED", None),
    "in_use": (4, None, "feature_in_use"),
    "not_allowed": (4, None, "restore_failed"),
    "bad_sso": (4, None, "invalid_argument"),
    "running": (0, "SUCCEEDED", None),
    "restart": (0, "SUCCEEDED", None),
    "expire": (0, "SUCCEEDED", None),
    "flaky": (0, "SUCCEEDED", None),
    "restore_running": (4, None, "restore_in_progress"),
    "partner_down": (1, "FAILED", None),
    "degraded": (6, "SUCCEEDED", None),
    "slow_services": (0, "SUCCEEDED", None),
}


def check_scenario(result, sim, scenario: str, flavor: str) -> None:
    code, status, error = EXPECTED[scenario]
    assert result.code == code, result.out + result.err
    final = result.final
    assert final["exit_code"] == code
    assert result.events[0] == "connected"
    assert result.of("connected")[0]["flavor"] == flavor
    assert result.of("connected")[0]["trust_mode"] == "pinned"
    if status is not None:
        assert final["info"]["status"] == status
        assert result.of("job_finished")[0]["info"]["status"] == status
    else:
        assert final["info"] is None
        assert result.of("run_failed")[0]["error"]["code"] == error
    report = result.report
    assert report["outcome"]["exit_code"] == code
    assert report["target"]["flavor"] == flavor
    assert report["certificate"]["sha256"] == sim.sha256
    assert Path(final["report_html"]).is_file()
    if scenario == "running":
        assert "job_attached" in result.events and "job_started" not in result.events
        assert creates(sim) == []
    elif status is not None:
        assert "job_started" in result.events
    if scenario == "not_allowed":
        assert creates(sim) == []  # refused before anything is sent
        assert report["appliance"]["restore"]["state"] == "FAILED"
    if scenario == "restart":
        assert result.events.count("services_unavailable") >= 1
        assert result.events.count("services_unavailable") == result.events.count("services_back")
        assert result.events.index("services_unavailable") < result.events.index("services_back")
        assert "reauthenticated" in result.events
        assert report["outages"] and report["relogins"]
    if scenario == "expire":
        assert "reauthenticated" in result.events
    if status is not None:
        assert any(m["id"] for m in report["messages"])


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.parametrize("scenario", list(EXPECTED))
@pytest.mark.expected_warnings("reconui.core.runner")
def test_every_scenario_in_both_flavours(run_cli, cli_sim, scenario: str, flavor: str) -> None:
    sim = cli_sim(scenario)
    result = run_cli(*command_args(sim, "run", "--json", "--api", flavor))
    check_scenario(result, sim, scenario, flavor)
    assert all(r["path"].startswith(f"/{flavor}/") for r in sim.requests)


@pytest.mark.parametrize("scenario", list(EXPECTED))
@pytest.mark.expected_warnings("reconui.core.runner")
def test_every_scenario_against_6_7_with_detection(run_cli, cli_sim, scenario: str) -> None:
    sim = cli_sim(scenario, appliance_version="6.7.0")
    result = run_cli(*command_args(sim, "run", "--json"))  # --api auto finds /rest
    check_scenario(result, sim, scenario, "rest")
    assert result.report["appliance"]["version"]["version"].startswith("6.7.0")


@pytest.mark.expected_warnings("reconui.core.runner")
def test_warnings_pass_with_ignore_warnings(run_cli, cli_sim) -> None:
    sim = cli_sim("warnings")
    result = run_cli(*command_args(sim, "run", "--json", "--ignore-warnings"))
    assert result.code == 0, result.err
    assert result.final["info"]["status"] == "SUCCEEDED"
    assert result.report["options"]["ignore_warnings"] is True


# --- trust: no credential before it is settled ----------------------------------------------------------


# --- the cert command ---------------------------------------------------------------------------------------


# --- status, previous jobs ----------------------------------------------------------------------------------


def test_finished_job_needs_start_new(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    assert run_cli(*command_args(sim, "run", "--json")).code == 0
    again = run_cli(*command_args(sim, "run", "--json"))
    assert again.code == 2
    assert "--start-new" in again.err
    assert again.final["info"]["status"] == "SUCCEEDED"
    assert again.of("preflight_done")[0]["existing_job"]["status"] == "SUCCEEDED"
    assert len(creates(sim)) == 1
    human = run_cli(*[a for a in command_args(sim, "run", "--json") if a != "--json"])
    assert human.code == 2 and "Previous job: SUCCEEDED (100%)" in human.out and "Result:" not in human.out
    status = run_cli("status", "--server", server(sim), "--user", USER, "--thumbprint", sim.sha256)
    assert status.code == 0 and "Result: SUCCEEDED" in status.out
    anew = run_cli(*command_args(sim, "run", "--json", "--start-new"))
    assert anew.code == 0, anew.err
    assert len(creates(sim)) == 2


# --- passwords ----------------------------------------------------------------------------------------------


# --- connection failures, gave up ---------------------------------------------------------------------------


# --- time zone ----------------------------------------------------------------------------------------------


# --- proxies ------------------------------------------------------------------------------------------------


