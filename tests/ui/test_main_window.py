"""The real window, the real worker thread, the real engine, against the simulator over HTTPS."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from ui_harness import demo_info

from reconui.core.events import (
    JobAttached,
    JobFinished,
    MonitoringStopped,
    Reauthenticated,
    ServicesBack,
    ServicesUnavailable,
)
from reconui.core.settings_schema import RECENT_HOSTS
from reconui.ui.i18n import error_text
from reconui.ui.job_panel import JobState
from reconui.ui.main_window import ConnectionState
from reconui.ui.widgets import BadgeKind


def _posts(sim) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in sim.requests if r["method"] == "POST" and "reconciliation" in r["path"]]


def test_demo_mode_runs_a_job_to_success_with_a_session_only_pin(harness_factory, simulator_factory, ui_home):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(demo_launcher=lambda: demo_info(sim))
    # No previous host: the connection form offers the simulator.
    assert h.window.connection_form.demo_button.isVisible()
    assert not h.window.demo_banner.isVisible()
    h.window.connection_form.demo_button.click()

    assert h.window.demo_banner.isVisible()
    assert "SIMULATION" in h.window.demo_banner.text()
    h.connect()
    # Trust came from the session pin: no dialog, and nothing was written to the pin file.
    assert h.dialogs.trust_asked == []
    assert not (ui_home / "config" / "known_hosts").exists() or sim.sha256 not in (
        ui_home / "config" / "known_hosts").read_text()
    assert "certificate trusted for this session" in h.window.trust_label.text()
    assert f"{sim.host}:{sim.port}" in h.window.connection_label.text()
    assert "/api" in h.window.connection_label.text()
    assert h.window.preflight_panel.start_button.isVisible()
    assert "8.0.3" in h.window.preflight_panel.version_label.text()

    h.window.preflight_panel.start_button.click()
    assert len(h.dialogs.confirmations) == 1
    summary = h.dialogs.confirmations[0]
    assert summary.address == f"{sim.host}:{sim.port}"
    assert summary.sso_user == sim.config.sso_user
    assert summary.ignore_warnings is False
    h.wait_job(JobState.SUCCEEDED)
    panel = h.window.job_panel
    assert panel.badge.kind is BadgeKind.SUCCESS and panel.badge.text() == "SUCCEEDED"
    assert panel.progress.value() == 100
    assert panel.messages.rowCount() > 0
    assert panel.end_label.text() != "—"
    h.wait_idle()
    h.qtbot.waitUntil(lambda: h.window.job_panel.report_files is not None, timeout=5000)
    json_path, html_path = h.window.job_panel.report_files
    assert Path(json_path).is_file() and Path(html_path).is_file()
    assert h.window.save_report_action.isEnabled()
    assert panel.again_button.isVisible() and panel.again_button.isEnabled()
    assert not panel.stop_button.isVisible()
    saved = ui_home / "saved-report.html"
    h.dialogs.save_path = str(saved)
    h.window.save_report_action.trigger()
    assert saved.read_text(encoding="utf-8") == Path(html_path).read_text(encoding="utf-8")
    h.window.job_panel.copy_button.click()
    from PySide6.QtGui import QGuiApplication
    assert "SUCCEEDED" in QGuiApplication.clipboard().text()
    summary_text = h.window.summary_text()
    assert "SUCCEEDED" in summary_text and sim.sha256 in summary_text
    assert sim.config.password not in summary_text
    # The demo's random port never becomes the user's saved default.
    assert h.settings.get(RECENT_HOSTS) == []


def test_failed_job_shows_the_error_details(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="fail")
    h = harness_factory(trust_choice="once")
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    panel = h.window.job_panel
    assert panel.badge.kind is BadgeKind.FAILURE and panel.badge.text() == "FAILED"
    assert panel.error_box.isVisible()
    assert panel.error_box.text().strip()
    assert "[" in panel.error_box.text()  # message ids are shown
    h.wait_idle()
    assert any(isinstance(e, JobFinished) for e in h.events)


@pytest.mark.parametrize(
    ("scenario", "code"),
    [("in_use", "feature_in_use"), ("bad_sso", "invalid_argument")],
)
def test_refusals_are_shown_as_typed_sentences(harness_factory, simulator_factory, scenario, code):
    sim = simulator_factory(scenario=scenario)
    h = harness_factory(trust_choice="once")
    h.fill(sim, sso_password=sim.config.password)  # bad_sso: the documented default no longer works
    h.connect()
    start = h.window.preflight_panel.start_button
    if not start.isVisible():  # in_use may already show a job; start explicitly anyway
        start = h.window.preflight_panel.start_again_button
    start.click()
    h.wait_job(JobState.REFUSED, JobState.FAILED)
    h.wait_idle()
    expected = error_text(code, {})
    assert h.window.alert.isVisible()
    assert h.window.alert.headline.text().split("(")[0] == expected.split("(")[0]
    assert h.window.job_panel.badge.kind is BadgeKind.FAILURE
    # The session stays usable after a refusal.
    assert h.window.connection_state == ConnectionState.CONNECTED
    assert h.window.preflight_panel.refresh_button.isEnabled()


def test_a_restore_that_has_not_succeeded_blocks_start_with_the_reason(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="not_allowed")
    h = harness_factory(trust_choice="once")
    h.fill(sim)
    h.connect()
    panel = h.window.preflight_panel
    assert "FAILED" in panel.restore_label.text()
    assert panel.start_button.isVisible()
    assert not panel.start_button.isEnabled()
    assert "restore has not finished successfully" in panel.start_button.toolTip()
    assert panel.refresh_button.isEnabled()
    panel.start_button.click()  # a disabled button does nothing
    assert h.dialogs.confirmations == []
    assert _posts(sim) == []


def test_the_appliance_refusing_not_allowed_is_shown_as_a_typed_sentence(harness_factory, simulator_factory):
    """The restore state can change between the pre-flight check and Start: the appliance decides."""
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice="once")
    h.fill(sim)
    h.connect()
    sim.appliance.config = dataclasses.replace(sim.appliance.config, restore_state="INPROGRESS")
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.REFUSED, JobState.FAILED)
    h.wait_idle()
    expected = error_text("not_allowed_in_current_state", {})
    assert h.window.alert.isVisible()
    assert h.window.alert.headline.text() == expected
    assert any("ex.recon.restore.not.succeeded" in line for line in h.window.job_panel.failure_lines)
    assert len(_posts(sim)) == 1
    assert h.window.connection_state == ConnectionState.CONNECTED


def test_confirmation_declined_sends_no_create(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice="once", confirm=False)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    assert h.dialogs.confirmations
    assert h.window.job_panel.state == JobState.IDLE
    assert _posts(sim) == []


def test_attach_to_a_running_job(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="running", duration=2.0)
    h = harness_factory(trust_choice="once")
    h.fill(sim)
    h.connect()
    panel = h.window.preflight_panel
    assert panel.attach_button.isVisible() and not panel.start_button.isVisible()
    assert "RUNNING" in panel.job_label.text()
    panel.attach_button.click()
    h.wait_job(JobState.SUCCEEDED)
    assert any(isinstance(e, JobAttached) for e in h.events)
    assert _posts(sim) == []  # attaching never creates a job


@pytest.mark.expected_warnings("reconui.core.runner")
def test_services_restart_shows_the_waiting_state_then_success(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="restart", duration=4.0, restart_at=0.5, restart_unavailable=1.5,
                            restart_refused=0.5)
    h = harness_factory(trust_choice="once")
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.WAITING, timeout=10000)
    assert "Appliance services restarting — waiting (until" in h.window.job_panel.detail.text()
    assert h.window.job_panel.badge.text() == "WAITING"
    h.wait_job(JobState.SUCCEEDED, timeout=20000)
    assert any(isinstance(e, ServicesBack) for e in h.events)
    index = next(i for i, e in enumerate(h.events) if isinstance(e, ServicesUnavailable))
    assert h.job_states[index] == JobState.WAITING


def test_expired_session_is_renewed(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="expire", duration=2.0, session_max_age=0.5)
    h = harness_factory(trust_choice="once")
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED, timeout=20000)
    assert any(isinstance(e, Reauthenticated) for e in h.events)


@pytest.mark.expected_warnings("reconui.ui.worker")
def test_stop_monitoring_leaves_the_job_running(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok", duration=30.0)
    h = harness_factory(trust_choice="once")
    h.start_job(sim)
    assert h.window.job_panel.stop_button.isVisible()
    assert "continues" in h.window.job_panel.stop_button.toolTip()
    h.window.job_panel.stop_button.click()
    h.wait_job(JobState.STOPPED)
    assert h.window.job_panel.badge.text() == "NOT MONITORED"
    assert "continues on the appliance" in h.window.job_panel.detail.text()
    assert any(isinstance(e, MonitoringStopped) for e in h.events)
    h.wait_idle()
    # Check again: the appliance still runs the job, and it can be attached to.
    h.window.preflight_panel.refresh_button.click()
    h.qtbot.waitUntil(lambda: h.window.preflight_panel.attach_button.isVisible(), timeout=5000)


def test_closing_the_window_during_a_run_stops_the_thread(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok", duration=30.0)
    h = harness_factory(trust_choice="once")
    h.start_job(sim)
    assert h.controller.is_thread_running()
    h.window.close()
    assert not h.controller.is_thread_running()
    # The session was logged out on the way (the simulator logs a request just after answering it).
    h.qtbot.waitUntil(lambda: any(r["method"] == "DELETE" and "session" in r["path"] for r in sim.requests),
                      timeout=3000)


def test_disconnect_logs_out_and_unlocks_the_forms(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice="once")
    h.fill(sim)
    h.connect()
    assert not h.window.connection_form.host.isEnabled()
    h.window.disconnect_button.click()
    h.wait_idle()
    assert h.window.connection_state == ConnectionState.DISCONNECTED
    assert h.window.connection_form.host.isEnabled()
    h.qtbot.waitUntil(lambda: any(r["method"] == "DELETE" and "session" in r["path"] for r in sim.requests),
                      timeout=3000)


def test_wrong_vcenter_password_is_a_typed_error(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice="once")
    h.fill(sim, password="wrong#&:*'\"ü")
    h.window.connect_button.click()
    h.qtbot.waitUntil(lambda: h.window.alert.isVisible() and not h.controller.busy, timeout=10000)
    # A first wrong password is not called an expired session.
    assert h.window.alert.headline.text() == error_text("login_refused", {})
    assert "expired" not in h.window.alert.headline.text()
    assert h.window.connection_state == ConnectionState.DISCONNECTED
    assert h.window.connect_button.isEnabled()
    # Ready to retype: the password field has the focus with its text selected.
    edit = h.window.credential_form.vc_password.edit
    assert h.window.focusWidget() is edit
    assert edit.selectedText() == edit.text()


def test_missing_fields_are_reported_before_anything_is_sent(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory()
    h.fill(sim, password="")
    h.window.connect_button.click()
    assert h.window.alert.isVisible()
    assert "password" in h.window.alert.headline.text()
    assert not h.controller.busy
    assert sim.requests == []
