"""The window around the job: linked-mode partners in pre-flight, a running restore watched live,
and the health verdict after the job — the real window, worker thread and engine, against the
simulator over HTTPS, in both flavours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconui.core.health import VERDICT_ATTENTION, VERDICT_HEALTHY
from reconui.ui.dialogs import start_confirmation_text
from reconui.ui.job_panel import JobState
from reconui.ui.widgets import BadgeKind


@pytest.fixture
def checks_harness(harness_factory):  # type: ignore[no-untyped-def]
    """Windows that trust the simulator's certificate once (the conftest's FAST pacing re-checks the
    health at the simulator's pace)."""
    return lambda: harness_factory(trust_choice="once")


def _flavor(h, flavor: str) -> None:  # type: ignore[no-untyped-def]
    form = h.window.connection_form
    form.flavor.setCurrentIndex(form.flavor.findData(flavor))


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_degraded_shows_the_health_panel_naming_the_stopped_and_degraded_service(
        checks_harness, simulator_factory, flavor):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="degraded")
    h = checks_harness()
    h.fill(sim)
    _flavor(h, flavor)
    h.connect()
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


def test_ok_job_is_followed_by_a_healthy_verdict(checks_harness, simulator_factory):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="ok")
    h = checks_harness()
    h.fill(sim)
    h.connect()
    partners = h.window.preflight_panel.partner_list
    assert partners.table.rowCount() == 4 and partners.unreachable == ()
    assert "every partner reachable" in partners.summary.text()
    h.window.preflight_panel.start_button.click()
    h.qtbot.waitUntil(lambda: h.window.health_panel.verdict is not None, timeout=15000)
    panel = h.window.health_panel
    assert panel.verdict.verdict == VERDICT_HEALTHY and panel.badge.text() == "HEALTHY"
    assert not panel.findings.isVisible()
    assert "vpxd" in panel.fine_label.text()


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_is_named_in_preflight_next_to_ignore_warnings_and_before_start(
        checks_harness, simulator_factory, flavor):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="partner_down")
    h = checks_harness()
    h.fill(sim)
    _flavor(h, flavor)
    h.connect()
    partners = h.window.preflight_panel.partner_list
    assert partners.unreachable == ("vc03.example.com",)
    assert "vc03.example.com does not answer" in partners.summary.text()
    cells = [partners.table.item(r, 2).text() for r in range(partners.table.rowCount())]
    assert "✖ NO" in cells
    note = h.window.credential_form.ignore_warnings_note.text()
    assert "vc03.example.com" in note and "changes made after the backup on this node are lost" in note
    h.window.credential_form.ignore_warnings.setChecked(True)
    h.window.preflight_panel.start_button.click()
    summary = h.dialogs.confirmations[-1]
    assert summary.unreachable_partners == ("vc03.example.com",)
    text = start_confirmation_text(summary)
    assert "vc03.example.com does not answer" in text and "changes made after the backup on this node are lost" in text
    h.wait_job(JobState.SUCCEEDED)


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_without_ignore_fails_on_the_warning(checks_harness, simulator_factory):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="partner_down")
    h = checks_harness()
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    assert "vc03.example.com" in h.window.job_panel.error_box.text()
    h.wait_idle()
    assert not h.window.health_panel.isVisible()


def test_a_67_appliance_says_partner_status_not_available(checks_harness, simulator_factory):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="ok", appliance_version="6.7.0")
    h = checks_harness()
    h.fill(sim)
    h.connect()
    text = h.window.preflight_panel.partner_list.summary.text()
    assert text.startswith("Partner status not available")
    assert h.window.preflight_panel.start_button.isEnabled()


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_restore_running_is_watched_live_then_reconciliation_is_offered(
        checks_harness, simulator_factory, flavor):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="restore_running", restore_running_for=2.0)
    h = checks_harness()
    h.fill(sim)
    _flavor(h, flavor)
    h.window.connect_button.click()
    panel = h.window.preflight_panel
    h.qtbot.waitUntil(lambda: panel.restore_progress.isVisible(), timeout=10000)
    assert "INPROGRESS" in panel.restore_label.text()
    assert not panel.start_button.isEnabled()
    h.qtbot.waitUntil(lambda: panel.restore_progress.messages.rowCount() >= 2, timeout=10000)
    # The restore ends, the pre-flight runs again and offers reconciliation.
    h.qtbot.waitUntil(lambda: "SUCCEEDED" in panel.restore_label.text(), timeout=15000)
    h.wait_idle()
    assert not panel.restore_progress.isVisible()
    assert panel.start_button.isVisible() and panel.start_button.isEnabled()
    panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)


def test_a_failed_restore_is_stated_with_its_messages(checks_harness, simulator_factory):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="not_allowed")
    h = checks_harness()
    h.fill(sim)
    h.connect()
    text = h.window.preflight_panel.restore_label.text()
    assert "FAILED" in text and "restore again" in text
    assert "The seat part of the backup could not be restored. [ex.restore.failed.reason]" in text
    assert not h.window.preflight_panel.start_button.isEnabled()


def test_slow_services_show_what_is_still_starting(checks_harness, simulator_factory):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="slow_services", duration=1.0, services_settle=2.0, services_unavailable=0.2)
    h = checks_harness()
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    panel = h.window.health_panel
    seen: list[str] = []
    h.controller.event_received.connect(
        lambda _e: seen.append(panel.pending_label.text()) if panel.pending_label.isVisibleTo(panel) else None)
    h.qtbot.waitUntil(lambda: panel.verdict is not None, timeout=20000)
    assert any(t.startswith("Still starting:") and "vsphere-ui" in t for t in seen)
    assert panel.verdict.verdict == VERDICT_HEALTHY


def test_stop_checking_keeps_the_job_result_and_says_not_checked(checks_harness, simulator_factory):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="slow_services", duration=1.0, services_settle=30.0, services_unavailable=0.0)
    h = checks_harness()
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    panel = h.window.health_panel
    h.qtbot.waitUntil(lambda: panel.stop_button.isVisible(), timeout=15000)
    panel.stop_button.click()
    h.qtbot.waitUntil(lambda: panel.verdict is not None, timeout=10000)
    assert panel.badge.text() == "NOT CHECKED" and "stopped" in panel.headline.text()
    assert not panel.stop_button.isVisible()
    assert h.window.job_panel.badge.text() == "SUCCEEDED"


def test_stop_watching_the_restore_says_it_is_not_watched(checks_harness, simulator_factory):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="restore_running", restore_running_for=60.0)
    h = checks_harness()
    h.fill(sim)
    h.window.connect_button.click()
    panel = h.window.preflight_panel
    h.qtbot.waitUntil(lambda: panel.restore_progress.isVisible() and h.controller.busy, timeout=10000)
    panel.restore_progress.stop_button.click()
    h.wait_idle()
    assert "not watched any more" in panel.restore_label.text()
    assert not panel.restore_progress.stop_button.isEnabled()
    assert not panel.start_button.isEnabled() and panel.refresh_button.isEnabled()
    assert not [r for r in sim.requests if r["method"] == "POST" and "reconciliation" in r["path"]]
