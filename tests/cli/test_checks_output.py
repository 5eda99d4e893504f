"""reconui-cli around the job: the partner list before anything starts, --wait-for-restore, the
health verdict at the end of run (exit code 6) and ``reconui-cli health``, against the simulator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import command_args, creates


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_degraded_ends_with_exit_6_naming_the_stopped_and_the_degraded_service(run_cli, cli_sim, flavor) -> None:
    sim = cli_sim("degraded")
    result = run_cli(*command_args(sim, "run", "--api", flavor))
    assert result.code == 6, result.out + result.err
    out = result.out
    assert "Result: SUCCEEDED (100%)" in out
    # One duration: the summary's (the job's own), not a second, different one on the result line.
    assert "Result: SUCCEEDED (100%)." in out and len(re.findall(r"\b\d+:\d\d\b", out.split("Result:")[1])) == 1
    assert "Health: NEEDS ATTENTION." in out
    assert "vsphere-ui (STOPPED): Service vsphere-ui starts automatically but is STOPPED" in out
    assert "content-library (DEGRADED)" in out
    assert "[com.vmware.vdcs.cls-main.db_unreachable] Database is unreachable." in out
    assert "mem (orange)" in out and "database-storage (yellow)" in out
    # The verdict comes after the job's result.
    assert out.index("SUCCEEDED 100%") < out.index("Health: NEEDS ATTENTION")
    report_line = next(line for line in out.splitlines() if line.startswith("Report: "))
    html = Path(report_line.split()[1]).read_text(encoding="utf-8")
    assert "<h2>Health</h2>" in html and "vsphere-ui" in html and "Database is unreachable." in html
    assert "<h2>Linked-mode partners</h2>" in html


def test_degraded_json_has_one_event_per_check_and_the_verdict(run_cli, cli_sim) -> None:
    sim = cli_sim("degraded")
    result = run_cli(*command_args(sim, "run", "--json"))
    assert result.code == 6
    checks = result.of("health_checked")
    assert len(checks) == 2  # the verdict repeated: stable
    assert all(c["verdict"] == "needs_attention" for c in checks)
    verdict = result.of("health_verdict_reached")[0]["health"]
    assert verdict["verdict"] == "needs_attention"
    names = {f["name"]: f for f in verdict["findings"]}
    assert names["vsphere-ui"]["state"] == "STOPPED" and names["content-library"]["state"] == "DEGRADED"
    assert names["content-library"]["messages"][0]["text"] == "Database is unreachable."
    assert result.final["health"] == "needs_attention" and result.final["exit_code"] == 6
    assert result.events.index("job_finished") < result.events.index("health_checked")
    report = result.report
    assert report["health"]["verdict"] == "needs_attention"
    assert report["outcome"]["exit_code"] == 6


def test_ok_run_is_healthy_and_exit_0(run_cli, cli_sim) -> None:
    sim = cli_sim("ok")
    result = run_cli(*command_args(sim, "run"))
    assert result.code == 0, result.out + result.err
    assert "Health: HEALTHY. Healthy: overall health green" in result.out
    assert "Linked mode: 4 replication link(s), every partner reachable." in result.out
    assert "vc01.example.com -> vc03.example.com: reachable, replicating, change lag 2" in result.out


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_names_the_unreachable_partner_before_anything_starts(run_cli, cli_sim, flavor) -> None:
    sim = cli_sim("partner_down")
    result = run_cli(*command_args(sim, "run", "--api", flavor))
    assert result.code == 1
    out = result.out
    warning = out.index("WARNING: Linked-mode partner vc03.example.com does not answer.")
    assert warning < out.index("Started a new reconciliation job.")
    assert "vc01.example.com -> vc03.example.com: NOT REACHABLE" in out
    assert "changes made after the backup on this node are lost" in out
    # No verdict after a FAILED job: the summary only says that the health was not checked.
    assert "Health: not checked in this run" in out
    assert not any(f"Health: {word}" in out for word in ("HEALTHY", "NEEDS ATTENTION", "NOT CHECKED"))


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_json_lists_the_partners_in_preflight(run_cli, cli_sim) -> None:
    sim = cli_sim("partner_down")
    result = run_cli(*command_args(sim, "run", "--json", "--ignore-warnings"))
    assert result.code == 0
    partners = result.of("preflight_done")[0]["partners"]
    assert partners["unreachable"] == ["vc03.example.com"]
    down = next(r for r in partners["rows"] if r["replication_partner"] == "vc03.example.com")
    assert down == {"node": "vc01.example.com", "replication_partner": "vc03.example.com",
                    "partner_available": False, "status_available": False}
    assert result.report["appliance"]["partners"]["unreachable"] == ["vc03.example.com"]


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_running_restore_is_refused_naming_the_option(run_cli, cli_sim) -> None:
    sim = cli_sim("restore_running")
    result = run_cli(*command_args(sim, "run"))
    assert result.code == 4
    assert "The restore is still running" in result.err and "--wait-for-restore" in result.err
    assert "  Restore is in progress." in result.err
    assert creates(sim) == []


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_wait_for_restore_waits_starts_and_succeeds(run_cli, cli_sim, flavor) -> None:
    sim = cli_sim("restore_running", restore_running_for=1.0)
    result = run_cli(*command_args(sim, "run", "--api", flavor, "--wait-for-restore", "--json"))
    assert result.code == 0, result.out + result.err
    events = result.events
    assert "restore_updated" in events
    assert events.index("restore_finished") < events.index("job_started") < events.index("job_finished")
    assert result.of("restore_finished")[0]["restore"]["state"] == "SUCCEEDED"
    assert len(creates(sim)) == 1
    assert result.report["options"]["wait_for_restore"] is True


def test_wait_for_restore_human_output(run_cli, cli_sim) -> None:
    # The restore's clock starts with the simulator: it must still be running when the command's
    # pre-flight check looks (1 s was flaky on a loaded CI machine: the check found it SUCCEEDED).
    sim = cli_sim("restore_running", restore_running_for=3.0)
    result = run_cli(*command_args(sim, "run", "--wait-for-restore"))
    assert result.code == 0
    assert "[ex.restore.part] Restoring the common part of the backup." in result.out
    assert "The restore ended: SUCCEEDED." in result.out


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_failed_restore_is_exit_4_with_its_messages(run_cli, cli_sim) -> None:
    sim = cli_sim("not_allowed")
    result = run_cli(*command_args(sim, "run"))
    assert result.code == 4
    assert "The restore job FAILED" in result.err
    assert "The seat part of the backup could not be restored." in result.err


def test_slow_services_are_rechecked_until_started(run_cli, cli_sim) -> None:
    sim = cli_sim("slow_services")
    result = run_cli(*command_args(sim, "run", "--json"))
    assert result.code == 0, result.out
    starting = [c["still_starting"] for c in result.of("health_checked")]
    assert any("vsphere-ui" in s for s in starting) and starting[-1] == []
    assert result.final["health"] == "healthy"


def test_a_67_appliance_without_partner_status_is_not_blocked(run_cli, cli_sim) -> None:
    sim = cli_sim("degraded", appliance_version="6.7.0")
    result = run_cli(*command_args(sim, "run"))
    assert result.code == 6
    assert "Linked mode: Partner status not available: this appliance does not serve the replication status" \
        in result.out
    assert "Started a new reconciliation job." in result.out


def test_forbidden_partner_status_is_said_and_the_run_goes_on(run_cli, cli_sim) -> None:
    sim = cli_sim("ok", replication_status_forbidden=True)
    result = run_cli(*command_args(sim, "run"))
    assert result.code == 0
    assert "Partner status not available: the user may not read the replication status (HTTP 403)." in result.out


def test_slow_services_human_output_says_what_is_still_starting_once_per_change(run_cli, cli_sim) -> None:
    sim = cli_sim("slow_services")
    result = run_cli(*command_args(sim, "run"))
    assert result.code == 0
    starting = [line for line in result.out.splitlines() if line.startswith("Still starting:")]
    assert starting and "Checking again until" in starting[0]
    assert len(starting) == len(set(starting))
    assert "Health: HEALTHY." in result.out
