"""The report reads like a report, and the CLI prints the same summary (issue 11, item 7)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from fakes import failed, msg, running, succeeded

from reconui.core.errors import FeatureInUse
from reconui.core.events import Connected, JobAttached, JobFinished, JobStarted, JobUpdated, RunFailed, StillUnavailable
from reconui.core.models import Target, TrustDecision, TrustMode
from reconui.core.render import MessageRenderer
from reconui.core.report import RunReport, render_html
from reconui.core.summary import LABELS, summarize, summary_lines

from .test_report import ROWS, SERVICES, T0, cert, full_run, report_of_a_run

TARGET = Target("vcsa01.example.com", 443)


def _report(**options: object) -> RunReport:
    return RunReport(target=TARGET, options=dict(options), renderer=MessageRenderer(), now=lambda: T0)


@pytest.mark.expected_warnings("reconui.core.runner")
def test_the_page_opens_with_the_summary_then_error_messages_timeline(tmp_path: Path) -> None:
    _, data = full_run(tmp_path)
    page = render_html(data)
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings[:3] == ["Summary", "Messages", "Timeline"]
    summary_block = page.split("<h2>Summary</h2>")[1].split("<h2>")[0]
    for label in (LABELS["outcome"], LABELS["host"], LABELS["appliance"], LABELS["duration"], LABELS["next_step"]):
        assert f"<th>{label}</th>" in summary_block
    assert "SUCCEEDED" in summary_block and "vcsa.example.com:443" in summary_block


def test_a_failed_job_has_its_error_before_the_messages_and_a_next_step() -> None:
    report = _report()
    report.record(Connected(at=T0, host="vcsa01.example.com", port=443, flavor="api", user="u",
                            trust=TrustDecision(TrustMode.PINNED, cert())))
    job = failed(messages=[msg("ex.recon.sync.failed", "Data synchronization failed.")],
                 error_text="Reconciliation failed: partner vc02 did not answer.")
    report.record(JobFinished(at=T0, info=job))
    data = report.to_dict()
    page = render_html(data)
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings[:4] == ["Summary", "Error", "Messages", "Timeline"]
    assert data["summary"]["outcome"] == "FAILED"
    assert "Enhanced Linked Mode partners" in data["summary"]["next_step"]


def test_a_refusal_has_its_next_step_in_the_report() -> None:
    report = _report()
    report.record(RunFailed(at=T0, error=FeatureInUse(http_status=400)))
    report.set_outcome("error", message="busy", exit_code=4)
    data = report.to_dict()
    assert data["next_steps"] and "Wait for the running backup" in data["next_steps"][0]
    assert "Wait for the running backup" in data["summary"]["next_step"]


def test_unchanged_polls_fold_into_one_row_with_a_count() -> None:
    """A 30-minute job polled every second stays a page, not 1,800 rows."""
    report = _report()
    report.record(JobStarted(at=T0, info=running(0)))
    for second in range(1, 1801):
        info = running(min(99, second // 18))
        report.record(JobUpdated(at=T0 + timedelta(seconds=second), info=info, new_messages=(),
                                 status_changed=False))
    timeline = report.to_dict()["timeline"]
    assert len(timeline) == 2
    folded = timeline[1]
    assert folded["count"] == 1800 and folded["progress_from"] == 0 and folded["progress"] == 99
    assert "1800 times" in render_html(report.to_dict())


def test_repeated_failed_tries_in_an_outage_fold_too() -> None:
    report = _report()
    cause = FeatureInUse(http_status=503)
    for attempt in range(2, 50):
        report.record(StillUnavailable(at=T0 + timedelta(seconds=attempt), cause=cause, since=T0,
                                       deadline=T0 + timedelta(minutes=30), attempts=attempt))
    (row,) = report.to_dict()["timeline"]
    assert row["count"] == 48 and row["attempts"] == 49


def test_a_simulation_run_is_marked_in_the_title() -> None:
    data = _report(simulator_scenario="ok").to_dict()
    page = render_html(data)
    assert re.search(r"<title>SIMULATION – reconui report", page)
    assert "<h1>SIMULATION – " in page
    assert summary_lines(summarize(data))[0].startswith("Outcome: SIMULATION – ")
    assert "SIMULATION" not in render_html(_report().to_dict())


def test_one_spelling_per_label() -> None:
    lines = summary_lines(summarize(_report().to_dict()))
    assert [line.split(":")[0] for line in lines] == [
        "Outcome", "Appliance", "Appliance version", "Duration", "Health", "What to do next"]
    page = render_html(_report().to_dict())
    assert "API flavour" in page and "API flavor" not in page


@pytest.mark.expected_warnings("reconui.core.runner")
def test_the_summary_carries_the_health_verdict_and_its_next_step() -> None:
    """A SUCCEEDED job on an appliance that is not healthy: the summary says so and what to do."""
    data = report_of_a_run(partners=[ROWS], services=[SERVICES], health=[{"mem": "orange", "*": "green"}])
    summary = summarize(data)
    assert summary.outcome == "SUCCEEDED"
    assert summary.health.startswith("NEEDS ATTENTION – Needs attention:")
    assert "health findings" in summary.next_step and summary.next_step != "–"
    lines = summary_lines(summary)
    assert lines[-2].startswith("Health: NEEDS ATTENTION") and lines[-1].startswith("What to do next: Work through")
    block = render_html(data).split("<h2>Summary</h2>")[1].split("<h2>")[0]
    assert "<th>Health</th>" in block and "NEEDS ATTENTION" in block and "health findings" in block


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_healthy_success_says_there_is_nothing_left_to_do() -> None:
    data = report_of_a_run(partners=[ROWS[:1]], services=[(SERVICES[0],)], health=[{"*": "green"}])
    summary = summarize(data)
    assert summary.health.startswith("HEALTHY – Healthy")
    assert summary.next_step == "Nothing left to do: the appliance is healthy."


def test_a_run_without_a_health_check_says_so_and_still_has_a_next_step() -> None:
    report = _report()
    report.record(JobFinished(at=T0, info=succeeded()))
    report.set_outcome("succeeded", exit_code=0)
    summary = summarize(report.to_dict())
    assert summary.health == "not checked in this run"
    assert "reconui-cli health" in summary.next_step


def test_a_job_nobody_watched_to_its_end_says_how_to_see_it() -> None:
    report = _report()
    report.record(JobStarted(at=T0, info=running(40)))
    report.set_outcome("stopped", exit_code=0)
    assert "attach" in summarize(report.to_dict()).next_step


def test_no_job_and_a_finished_earlier_job_have_a_next_step_too() -> None:
    report = _report()
    report.set_outcome("no_job", exit_code=0)
    assert "reconui-cli run" in summarize(report.to_dict()).next_step
    report = _report()
    report.record(JobAttached(at=T0, info=succeeded()))
    report.set_outcome("previous_finished", exit_code=0)
    assert summarize(report.to_dict()).next_step.startswith("Nothing for the reconciliation")
