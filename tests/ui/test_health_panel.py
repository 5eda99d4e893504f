"""The health verdict after the job (reconui/ui/health_panel.py) in the real window, worker thread and
engine, against the simulator over HTTPS."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconui.core.health import VERDICT_ATTENTION, VERDICT_HEALTHY
from reconui.ui.job_panel import JobState
from reconui.ui.widgets import BadgeKind


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_degraded_shows_the_health_panel_naming_the_stopped_and_degraded_service(
        simulated_window, flavor):  # type: ignore[no-untyped-def]
    h = simulated_window("degraded", flavor=flavor)
    assert not h.window.health_panel.isVisible()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    panel = h.window.health_panel
    h.qtbot.waitUntil(lambda: panel.verdict is not None, timeout=15000)
    assert panel.isVisible()
    assert panel.verdict.verdict == VERDICT_ATTENTION
    assert panel.badge.kind is BadgeKind.FAILURE and panel.badge.text() == "NEEDS ATTENTION"
    rows = {panel.findings.item(r, 0).text(): panel.findings.item(r, 2).text()
            for r in range(panel.findings.rowCount())}
    assert "service-control --start vsphere-ui" in rows["vsphere-ui"]
    assert "DEGRADED" in rows["content-library"] and "Database is unreachable." in rows["content-library"]
    assert "orange" in panel.findings.item(list(rows).index("system"), 1).text()
    # The job itself succeeded; the report carries the Health section.
    assert h.window.job_panel.badge.text() == "SUCCEEDED"
    h.wait_idle()
    h.qtbot.waitUntil(lambda: h.window.job_panel.report_files is not None, timeout=5000)
    report = json.loads(Path(h.window.job_panel.report_files[0]).read_text(encoding="utf-8"))
    assert report["health"]["verdict"] == VERDICT_ATTENTION
    assert {f["name"] for f in report["health"]["findings"]} >= {"vsphere-ui", "content-library"}
    assert "Needs attention" in h.window.summary_text()


def test_ok_job_is_followed_by_a_healthy_verdict(simulated_window):  # type: ignore[no-untyped-def]
    h = simulated_window("ok")
    partners = h.window.preflight_panel.partner_list
    assert partners.table.rowCount() == 4 and partners.unreachable == ()
    assert "every partner reachable" in partners.summary.text()
    h.window.preflight_panel.start_button.click()
    h.qtbot.waitUntil(lambda: h.window.health_panel.verdict is not None, timeout=15000)
    panel = h.window.health_panel
    assert panel.verdict.verdict == VERDICT_HEALTHY and panel.badge.text() == "HEALTHY"
    assert not panel.findings.isVisible()
    assert "vpxd" in panel.fine_label.text()


def test_slow_services_show_what_is_still_starting(simulated_window):  # type: ignore[no-untyped-def]
    h = simulated_window("slow_services", duration=1.0, services_settle=2.0, services_unavailable=0.2)
    h.window.preflight_panel.start_button.click()
    panel = h.window.health_panel
    seen: list[str] = []
    h.controller.event_received.connect(
        lambda _e: seen.append(panel.pending_label.text()) if panel.pending_label.isVisibleTo(panel) else None)
    h.qtbot.waitUntil(lambda: panel.verdict is not None, timeout=20000)
    assert any(t.startswith("Still starting:") and "vsphere-ui" in t for t in seen)
    assert panel.verdict.verdict == VERDICT_HEALTHY


def test_stop_checking_keeps_the_job_result_and_says_not_checked(simulated_window):  # type: ignore[no-untyped-def]
    h = simulated_window("slow_services", duration=1.0, services_settle=30.0, services_unavailable=0.0)
    h.window.preflight_panel.start_button.click()
    panel = h.window.health_panel
    h.qtbot.waitUntil(lambda: panel.stop_button.isVisible(), timeout=15000)
    panel.stop_button.click()
    h.qtbot.waitUntil(lambda: panel.verdict is not None, timeout=10000)
    assert panel.badge.text() == "NOT CHECKED" and "stopped" in panel.headline.text()
    assert not panel.stop_button.isVisible()
    assert h.window.job_panel.badge.text() == "SUCCEEDED"
