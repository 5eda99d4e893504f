"""The report's Health section and partner list: JSON shape, HTML rendering, escaping."""

from __future__ import annotations

import random
import threading

import pytest
from fakes import FakeClient, FakeClock, msg, service, succeeded

from reconui.core.models import Credentials, JobSpec, ReplicationPartner, Target
from reconui.core.render import MessageRenderer
from reconui.core.report import RunReport
from reconui.core.report_html import render_html
from reconui.core.runner import JobRunner, RunOptions

ROWS = (
    ReplicationPartner("vc01.example.com", "vc02.example.com", True, True, True, 0),
    ReplicationPartner("vc01.example.com", "<vc03>", False, False),
)
SERVICES = (
    service("vpxd"),
    service("vsphere-ui", "STOPPED"),
    service("content-library", "STARTED", "DEGRADED", messages=[msg("cls.db", "Database <b>unreachable</b>.")]),
)


def report_of_a_run(**scripts: object) -> dict:
    clock = FakeClock()
    client = FakeClient(clock, jobs=[None, succeeded()], **scripts)  # type: ignore[arg-type]
    report = RunReport(target=Target("vcsa.example.com"), options={}, renderer=MessageRenderer(), now=clock.now)
    runner = JobRunner(client, Credentials("u", "Pw-not-in-report-9"), on_event=report.record,
                       options=RunOptions(health_settle=30, health_interval=10), clock=clock.monotonic, now=clock.now,
                       sleep=clock.sleep, cancel=threading.Event(), rng=random.Random(1))
    runner.run(JobSpec("u", "Sso-not-in-report-9"), check_health=True)
    report.set_outcome("succeeded", exit_code=6)
    return report.to_dict()


@pytest.mark.expected_warnings("reconui.core.runner")
def test_health_and_partners_in_the_json_report() -> None:
    data = report_of_a_run(partners=[ROWS], services=[SERVICES], health=[{"mem": "orange", "*": "green"}])
    partners = data["appliance"]["partners"]
    assert partners["available"] and partners["unreachable"] == ["<vc03>"]
    assert partners["rows"][1] == {"node": "vc01.example.com", "replication_partner": "<vc03>",
                                   "partner_available": False, "status_available": False}
    assert "<vc03> does not answer" in partners["text"]
    health = data["health"]
    assert health["verdict"] == "needs_attention" and health["settled"] is True and health["rounds"] == 2
    findings = {f["name"]: f for f in health["findings"]}
    assert set(findings) == {"vsphere-ui", "content-library", "mem"}
    assert findings["content-library"]["messages"][0]["text"] == "Database <b>unreachable</b>."
    assert findings["vsphere-ui"]["code"] == "service_stopped"
    services = {s["id"]: s for s in health["last_check"]["services"]}
    assert "health" not in services["vsphere-ui"] and services["vpxd"]["health"] == "HEALTHY"
    timeline = [e["event"] for e in data["timeline"]]
    assert timeline[-3:] == ["health_checked", "health_checked", "health_verdict_reached"]


@pytest.mark.expected_warnings("reconui.core.runner")
def test_health_and_partners_in_the_html_report_escaped() -> None:
    data = report_of_a_run(partners=[ROWS], services=[SERVICES])
    page = render_html(data)
    assert "<h2>Health</h2>" in page and "<h2>Linked-mode partners</h2>" in page
    assert page.index("<h2>Health</h2>") < page.index("<h2>Certificate</h2>")
    assert "NEEDS ATTENTION" in page
    assert "Database &lt;b&gt;unreachable&lt;/b&gt;." in page and "<b>unreachable</b>" not in page
    assert "&lt;vc03&gt;" in page and "<vc03>" not in page
    assert "service-control --start vsphere-ui" in page


def test_a_run_without_checks_has_no_health_section() -> None:
    clock = FakeClock()
    client = FakeClient(clock, jobs=[None, succeeded()])
    report = RunReport(target=Target("vcsa.example.com"), options={}, renderer=MessageRenderer(), now=clock.now)
    JobRunner(client, Credentials("u", "Pw-not-in-report-9"), on_event=report.record, clock=clock.monotonic,
              now=clock.now, sleep=clock.sleep).run(JobSpec("u", "Sso-not-in-report-9"))
    data = report.to_dict()
    assert data["health"] is None
    assert "<h2>Health</h2>" not in render_html(data)


def test_a_watched_restore_leaves_its_messages_in_the_report() -> None:
    from reconui.core.models import RestoreStatus

    clock = FakeClock()
    restores = [RestoreStatus("INPROGRESS", 20, (msg("r.run", "Restore is in progress."),)),
                RestoreStatus("SUCCEEDED", 100, (msg("r.run", "Restore is in progress."), msg("r.done", "Done <ok>.")))]
    client = FakeClient(clock, restore=restores, jobs=[None, succeeded()])
    report = RunReport(target=Target("vcsa.example.com"), options={}, renderer=MessageRenderer(), now=clock.now)
    JobRunner(client, Credentials("u", "Pw-not-in-report-9"), on_event=report.record, clock=clock.monotonic,
              now=clock.now, sleep=clock.sleep).run(JobSpec("u", "Sso-not-in-report-9"), wait_for_restore=True)
    data = report.to_dict()
    assert [m["id"] for m in data["appliance"]["restore_messages"]] == ["r.done"]
    assert data["appliance"]["restore"]["state"] == "SUCCEEDED"  # as it ended, not as pre-flight saw it
    assert {"restore_updated", "restore_finished"} <= {e["event"] for e in data["timeline"]}
    page = render_html(data)
    assert "Restore messages" in page and "Done &lt;ok&gt;." in page
