"""Regressions found by driving the real app like an administrator in a hurry (exploratory audit).

Each test failed before its fix. They run the real window, controller and worker against the
simulator (or a silent TCP listener) and wait with ``qtbot.waitUntil`` on GUI-thread state only.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from ui_harness import demo_info

from reconui.app import DemoHost, about_to_quit, finish
from reconui.core import settings_schema as keys
from reconui.core.errors import ServiceUnavailable
from reconui.core.events import JobStarted, JobUpdated, Reauthenticated, ServicesBack, ServicesUnavailable
from reconui.core.models import STATUS_RUNNING, JobInfo, LocalizableMessage
from reconui.core.render import MessageRenderer
from reconui.ui import window_actions as window_actions_module
from reconui.ui.connection_form import ConnectionForm, FormError
from reconui.ui.dialogs import with_report_suffix
from reconui.ui.job_controller import SHUTDOWN_GRACE_MS
from reconui.ui.job_panel import JobPanel, JobState
from reconui.ui.main_window import ConnectionState
from reconui.ui.settings import Settings
from reconui.ui.trust_dialog import TrustChoice
from reconui.ui.widgets import AlertKind

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)


def test_closing_while_a_silent_host_is_contacted_is_prompt(harness_factory, silent_server):
    h = harness_factory()
    w = h.window
    w.connection_form.host.setEditText("127.0.0.1")
    w.connection_form.port.setValue(silent_server.port)
    w.connection_form.proxy_mode.setCurrentIndex(w.connection_form.proxy_mode.findData("none"))
    w.credential_form.vc_password.edit.setText("irrelevant")
    w.connect_button.click()
    h.qtbot.waitUntil(lambda: bool(silent_server.accepted), timeout=5000)
    assert w.connection_state == ConnectionState.CHECKING

    started = time.monotonic()
    w.close()
    assert time.monotonic() - started < 2.0  # before: 15 s, then another 15 s in app.main
    # The blocked TLS handshake is cut by the shutdown (issue 8: deadline.abort_all), so the worker
    # ends by itself while the host stays silent.
    h.qtbot.waitUntil(lambda: not h.controller.is_thread_running(), timeout=5000)
    assert silent_server.accepted
    silent_server.close()


class _StuckController:
    def __init__(self, finished: bool) -> None:
        self.finished = finished
        self.shut_down = False
        self.timeouts: list[int] = []

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        self.shut_down = True
        self.timeouts.append(timeout_ms)
        return self.finished


class _Demo(DemoHost):
    def __init__(self) -> None:
        super().__init__()
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


def test_finish_ends_the_process_without_waiting_for_a_stuck_worker():
    exits: list[int] = []
    demo = _Demo()
    assert finish(_StuckController(finished=False), demo, 0, hard_exit=exits.append) == 0
    assert exits == [0] and demo.stopped

    exits.clear()
    stuck = _StuckController(finished=False)
    about_to_quit(stuck)  # quitting without the window's close: one grace
    about_to_quit(stuck)  # after the close (or the first quit signal) already waited: no second one
    assert stuck.timeouts == [SHUTDOWN_GRACE_MS, 0]

    controller = _StuckController(finished=True)
    assert finish(controller, _Demo(), 3, hard_exit=exits.append) == 3
    assert exits == [] and controller.timeouts == [0]  # the window's close already waited its grace


# --- keyboard copy in the full window ---------------------------------------------------------


def test_ctrl_c_in_the_messages_table_copies_rows_inside_the_main_window(harness_factory):
    h = harness_factory()
    table = h.window.job_panel.messages
    table.add_message("10:00:01", "a.id", "first")
    table.add_message("10:00:02", "b.id", "second")
    h.window.activateWindow()
    h.qtbot.waitUntil(lambda: QApplication.activeWindow() is h.window)  # window shortcuts need it
    table.setFocus()
    table.selectRow(1)
    QGuiApplication.clipboard().setText("unchanged")
    # Before: Edit → Copy and the table's own Ctrl+C were both active: "Ambiguous shortcut
    # overload", and nothing was copied.
    h.qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "10:00:02\tb.id\tsecond"


# --- demo banner ------------------------------------------------------------------------------


def test_simulation_banner_disappears_when_another_appliance_is_typed(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(demo_launcher=lambda: demo_info(sim))
    h.window.connection_form.demo_button.click()
    assert h.window.demo_banner.isVisible()
    h.window.connection_form.port.setValue(443)  # a real appliance: "No real vCenter" would be a lie
    assert not h.window.demo_banner.isVisible()
    h.window.connection_form.port.setValue(sim.port)
    assert h.window.demo_banner.isVisible()
    h.window.connection_form.host.setEditText("vc01.example.com")
    assert not h.window.demo_banner.isVisible()


def test_demo_bad_sso_prefills_the_documented_password_so_the_scenario_shows_its_refusal():
    host = DemoHost("bad_sso", 5.0)
    try:
        info = host.launch()
        assert info.sso_password == "VMware1!"
        assert host.simulators[0].config.effective_sso_password != info.sso_password
    finally:
        host.stop()


# --- events outside a watched job -------------------------------------------------------------


def _outage() -> ServicesUnavailable:
    return ServicesUnavailable(at=NOW, cause=ServiceUnavailable(http_status=503, body=None), since=NOW,
                               deadline=NOW + timedelta(minutes=30))


def test_an_outage_during_the_preflight_check_does_not_show_a_running_job(harness_factory):
    h = harness_factory()
    w = h.window
    # As the flaky scenario does during "Connect": the runner rides out an outage in the pre-flight.
    h.controller.event_received.emit(_outage())
    h.controller.event_received.emit(ServicesBack(at=NOW, outage_seconds=4.0))
    h.controller.event_received.emit(Reauthenticated(at=NOW))
    assert w.job_panel.state == JobState.IDLE
    assert not w.job_panel.stop_button.isVisibleTo(w.job_panel)
    assert w.credential_form.sso_password.edit.isEnabled()
    assert "logged in again" in w.statusBar().currentMessage()


def test_the_relogin_note_survives_the_next_poll(qtbot):
    panel = JobPanel(MessageRenderer().render, now=lambda: NOW)
    qtbot.addWidget(panel)
    info = JobInfo(status=STATUS_RUNNING, progress=10, start_time=NOW)
    panel.show_starting(attach=False)
    panel.handle_event(JobStarted(at=NOW, info=info))
    panel.handle_event(Reauthenticated(at=NOW))
    later = JobInfo(status=STATUS_RUNNING, progress=20, start_time=NOW,
                    messages=(LocalizableMessage(id="x", default_message="step"),))
    panel.handle_event(JobUpdated(at=NOW, info=later, new_messages=later.messages, status_changed=False))
    assert "logged in again" in panel.detail.text()
    panel.handle_event(ServicesBack(at=NOW, outage_seconds=9.0))
    panel.handle_event(JobUpdated(at=NOW, info=later, new_messages=(), status_changed=False))
    assert "9 s" in panel.detail.text()


# --- next steps after a refusal, a stop, a disconnect -----------------------------------------


def test_a_refused_start_again_offers_start_again_without_check_again(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    h.wait_idle()
    h.window.credential_form.sso_password.edit.setText("wrong password")
    h.window.job_panel.again_button.click()
    h.wait_job(JobState.REFUSED)
    h.wait_idle()
    panel = h.window.preflight_panel
    # Before: no start action anywhere until "Check again".
    h.qtbot.waitUntil(lambda: panel.start_again_button.isVisibleTo(panel) and panel.start_again_button.isEnabled())
    h.window.credential_form.sso_password.edit.setText(sim.config.effective_sso_password)
    panel.start_again_button.click()
    h.wait_job(JobState.SUCCEEDED)


def test_stop_monitoring_offers_attach_right_away(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="running", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.attach_job(sim)
    panel = h.window.preflight_panel
    h.window.job_panel.stop_button.click()
    h.wait_job(JobState.STOPPED)
    h.wait_idle()
    # The label said "attach to watch it" while only "Check again" was offered.
    h.qtbot.waitUntil(lambda: panel.attach_button.isVisibleTo(panel) and panel.attach_button.isEnabled())
    panel.attach_button.click()
    h.wait_job(JobState.RUNNING)


def test_disconnecting_mid_job_keeps_the_job_and_claims_no_preflight_result(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="running", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.attach_job(sim)
    h.qtbot.waitUntil(lambda: h.window.job_panel.messages.rowCount() > 0)
    rows = h.window.job_panel.messages.rows_text(range(h.window.job_panel.messages.rowCount()))
    h.window.disconnect_button.click()
    h.wait_job(JobState.STOPPED)
    h.wait_idle()
    assert h.window.connection_state == ConnectionState.DISCONNECTED
    assert h.window.preflight_panel.job_label.text() == "— (connect first)"
    assert not h.window.preflight_panel.attach_button.isVisibleTo(h.window.preflight_panel)
    # The messages as seen, with their original times (before: re-listed with the disconnect time).
    shown = h.window.job_panel.messages.rows_text(range(h.window.job_panel.messages.rowCount()))
    assert shown.startswith(rows)


# --- form input -------------------------------------------------------------------------------


def test_a_typed_port_the_spin_box_refused_is_a_form_error(qtbot):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("vc01.example.com")
    form.port.setValue(443)
    form.port.lineEdit().setText("0")  # what the user sees; value() still says 443
    with pytest.raises(FormError) as problem:
        form.target()
    assert problem.value.widget is form.port
    form.port.lineEdit().setText("5480")
    assert form.target().port == 5480


def test_a_pasted_url_becomes_host_and_port_and_spaces_are_named(qtbot):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("https://vc01.example.com:5480/ui/")
    target = form.target()
    assert (target.host, target.port) == ("vc01.example.com", 5480)
    assert form.host_text() == "vc01.example.com"
    form.host.setEditText("vc 01")
    with pytest.raises(FormError, match="spaces"):
        form.target()
    form.host.setEditText("vc01\x00.example.com")
    with pytest.raises(FormError, match="control characters"):
        form.target()
    form.host.setEditText("ftp://vc01.example.com/x")
    with pytest.raises(FormError, match="without https://"):
        form.target()


@pytest.mark.parametrize("url", ["bogus url", "socks5://127.0.0.1:1080", "http://", "http://proxy:99999",
                                 "http://proxy:3128/path"])
def test_an_unusable_proxy_url_is_a_form_error_not_a_crash(qtbot, url):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("vc01.example.com")
    form.proxy_mode.setCurrentIndex(form.proxy_mode.findData("explicit"))
    form.proxy_url.setText(url)
    with pytest.raises(FormError) as problem:
        form.target()
    assert problem.value.widget is form.proxy_url


def test_a_bare_proxy_address_gets_http(qtbot):
    form = ConnectionForm()
    qtbot.addWidget(form)
    form.host.setEditText("vc01.example.com")
    form.proxy_mode.setCurrentIndex(form.proxy_mode.findData("explicit"))
    form.proxy_url.setText("127.0.0.1:9")
    assert form.target().proxy.url == "http://127.0.0.1:9"


def test_a_proxy_password_is_never_written_to_the_settings(ui_home):
    settings = Settings()
    settings.set(keys.PROXY_URL, "http://ops:S3cret-proxy@proxy.example.com:3128")
    settings.sync()
    assert settings.get(keys.PROXY_URL) == "http://ops@proxy.example.com:3128"
    assert "S3cret-proxy" not in settings.path.read_text(encoding="utf-8")


# --- report and folders -----------------------------------------------------------------------


def test_the_chosen_report_type_gives_a_bare_name_its_suffix():
    assert with_report_suffix("reports/report", json_chosen=True) == "reports/report.json"
    assert with_report_suffix("reports/report", json_chosen=False) == "reports/report.html"
    assert with_report_suffix("reports/report.JSON", json_chosen=False) == "reports/report.JSON"
    assert with_report_suffix("", json_chosen=True) == ""


@pytest.mark.parametrize("opens", [True, False])
def test_open_log_folder_always_says_where_the_folder_is(harness_factory, monkeypatch, ui_home, opens):
    h = harness_factory()
    monkeypatch.setattr(window_actions_module.QDesktopServices, "openUrl", staticmethod(lambda _url: opens))
    h.window.log_action.trigger()
    folder = str(Path(ui_home))
    if opens:
        assert folder in h.window.statusBar().currentMessage()
    else:
        assert h.window.alert.isVisible() and h.window.alert.kind == AlertKind.WARNING
        assert folder in h.window.alert.headline.text()
