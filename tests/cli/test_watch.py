"""The watch pipeline run and status share (reconui/cli/watch.py): every run leaves a report and ends
with a documented exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile import API_JOB, API_SESSION, TOKEN, HostileAppliance, Reply, job_info, json_body

from reconui import cli

from .conftest import (
    SSO_USER,
    USER,
    command_args,
    run_against,
)


def test_refused_connection_writes_a_report(run_cli, closed_port: int) -> None:
    result = run_cli("run", "--server", f"127.0.0.1:{closed_port}", "--user", USER, "--sso-user", SSO_USER,
                     "--json")
    assert result.code == 3
    assert result.of("run_failed")[0]["error"]["code"] == "refused"
    report = result.report
    assert report["errors"][0]["code"] == "refused" and report["outcome"]["exit_code"] == 3
    assert result.err.startswith("reconui-cli: ") and "refused" in result.err


@pytest.mark.expected_warnings("reconui.core.runner")
def test_gives_up_after_the_timeout(run_cli, cli_sim) -> None:
    sim = cli_sim("restart", duration=30.0, restart_at=0.2, restart_unavailable=30.0)
    result = run_cli(*command_args(sim, "run", "--json", "--timeout", "0.01"))  # 0.6 s
    assert result.code == 5, result.out + result.err
    assert result.of("run_failed")[0]["error"]["code"] == "gave_up"
    assert result.events.count("services_unavailable") == 1


def test_report_option_names_the_file(run_cli, cli_sim, tmp_path: Path) -> None:
    sim = cli_sim("ok")
    target = tmp_path / "evidence" / "change-1234.json"
    result = run_cli(*command_args(sim, "run", "--json", "--report", str(target)))
    assert result.final["report"] == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["outcome"]["exit_code"] == 0
    assert target.with_suffix(".html").is_file()


def test_item1_nested_500_deep_error_data_still_leaves_a_report(run_cli, home: Path,
                                                                 appliance: HostileAppliance) -> None:
    deep: object = 1
    for _ in range(500):
        deep = [deep]
    error = {"error_type": "ERROR", "messages": [], "data": deep}
    appliance.script({("GET", API_JOB): [Reply(200, job_info("FAILED", 100, error=error))]})
    result = run_against(run_cli, appliance, "--json")
    assert result.code == cli.EXIT_JOB_FAILED
    assert result.report["final_info"]["status"] == "FAILED"


@pytest.mark.expected_warnings("reconui.core.runner")
def test_item2_create_503_and_read_404_respects_timeout(run_cli, home: Path, appliance: HostileAppliance) -> None:
    appliance.script({("POST", API_JOB): [Reply(503, "<html>restarting</html>",
                                                headers=(("Content-Type", "text/html"),))]})
    result = run_against(run_cli, appliance, "--json", "--timeout", "0.02", command="run")  # 1.2 seconds
    assert result.code == cli.EXIT_GAVE_UP
    assert 1 <= len(appliance.calls("POST", API_JOB)) <= 10
    assert result.report["outcome"]["exit_code"] == cli.EXIT_GAVE_UP


def test_item5_early_hints_do_not_end_the_watch(run_cli, home: Path, appliance: HostileAppliance) -> None:
    appliance.script({
        API_SESSION: [Reply(201, json_body(TOKEN), interim=(103,))],
        ("GET", API_JOB): [Reply(200, job_info("RUNNING", 30), interim=(103,)),
                           Reply(200, job_info("RUNNING", 60), interim=(103,)),
                           Reply(200, job_info("SUCCEEDED", 100), interim=(103,))],
    })
    result = run_against(run_cli, appliance, "--json")
    assert result.code == cli.EXIT_SUCCEEDED, result.err
    assert result.final["info"]["status"] == "SUCCEEDED"


def test_item10_report_path_never_overwrites_or_follows_a_link(run_cli, home: Path, tmp_path: Path,
                                                                appliance: HostileAppliance) -> None:
    appliance.script({("GET", API_JOB): [Reply(200, job_info("SUCCEEDED", 100))]})
    precious = tmp_path / "precious.txt"
    precious.write_text("keep", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(precious)
    result = run_against(run_cli, appliance, "--json", "--report", str(link))
    assert result.code == cli.EXIT_SUCCEEDED
    assert precious.read_text(encoding="utf-8") == "keep"
    assert Path(result.final["report"]).name == "out-2.json"
    again = run_against(run_cli, appliance, "--json", "--report", str(tmp_path / "out-2.json"))
    assert Path(again.final["report"]).name == "out-2-2.json"
