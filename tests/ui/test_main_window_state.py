"""What the main window shows (issue 11): one truth about the job, hearing about the end, a next
step for every outcome, a steady layout, the space going to the job, a visible keyboard focus.

The real window, worker thread and engine against the simulator over HTTPS.
"""


from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt

from reconui.ui.job_panel import JobState
from reconui.ui.main_window import FRAME_ALLOWANCE, default_size
from reconui.ui.trust_dialog import TrustChoice
from reconui.ui.widgets import AlertKind, BadgeKind


def test_a_running_job_found_by_the_preflight_is_in_the_job_panel_at_once(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="running", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    panel = h.window.job_panel
    assert panel.state == JobState.UNWATCHED
    assert panel.badge.text() == "RUNNING" and panel.badge.kind is BadgeKind.ACTIVE
    assert "NOT STARTED" not in panel.badge.text() and "No job is being watched" not in panel.detail.text()
    assert panel.progress.value() > 0
    assert panel.messages.rowCount() > 0
    assert not panel.stop_button.isVisibleTo(panel)  # nothing is watched yet
    # Attaching keeps the times the messages were first seen (not the attach time).
    before = [row[0] for row in panel.messages.rows()]
    assert any(text.startswith("by ") for text in before)  # there before reconui looked: "by" that time
    h.window.preflight_panel.attach_button.click()
    h.wait_job(JobState.RUNNING)
    after = [row[0] for row in panel.messages.rows()][:len(before)]
    assert after == before


def test_every_time_column_names_its_zone(harness_factory):
    panel = harness_factory().window.job_panel
    header = panel.messages.horizontalHeaderItem(0).text()
    assert re.fullmatch(r"Time \(.+\)", header)


def test_a_finished_job_found_by_the_preflight_shows_its_result(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="fail", duration=1.0)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    h.wait_idle()
    h.window.disconnect_button.click()
    h.wait_idle()
    h.connect()
    panel = h.window.job_panel
    assert panel.state == JobState.PREVIOUS
    assert panel.badge.text() == "FAILED"
    assert panel.next_step_label.isVisibleTo(panel) and "What to do now:" in panel.next_step_label.text()


def test_ready_to_start_is_never_shown_while_starting_is_blocked(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="not_allowed")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    panel = h.window.preflight_panel
    assert not panel.start_button.isEnabled()
    assert "ready to start" not in panel.job_label.text().lower()
    assert "restore" in panel.job_label.text()  # says what it waits for


def test_the_title_carries_state_and_percent_and_the_end_notifies(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok", duration=2.0)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    titles: list[str] = []
    h.controller.event_received.connect(lambda _e: titles.append(h.window.windowTitle()))
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    assert any(re.fullmatch(rf"RUNNING \d+ % — {re.escape(sim.host)} — reconui", t) for t in titles)
    assert h.window.windowTitle() == f"SUCCEEDED — {sim.host} — reconui"
    h.qtbot.waitUntil(lambda: any("succeeded" in n.title for n in h.window.notifier.sent), timeout=5000)
    note = next(n for n in h.window.notifier.sent if "succeeded" in n.title)
    assert "succeeded" in note.title and sim.host in note.title


def test_a_refusal_notifies_too(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="in_use")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.REFUSED)
    assert any("needs you" in n.title for n in h.window.notifier.sent)


def test_a_refusal_shows_what_to_do_now(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="in_use")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.REFUSED)
    panel = h.window.job_panel
    assert "Wait for the running backup" in panel.next_step_label.text()
    assert "Wait for the running backup" in h.window.alert.details.text()
    assert "What to do next: Wait for the running backup" in h.window.summary_text()


@pytest.mark.expected_warnings("reconui.core.runner")  # the warnings scenario's unreachable partner
def test_a_failed_job_shows_what_to_do_now(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="warnings")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    step = h.window.job_panel.next_step_label.text()
    assert "Ignore validation warnings" in step and "are then lost" in step


def test_an_alert_does_not_push_the_forms_around(harness_factory):
    w = harness_factory().window
    h = w.connection_form.host
    before = h.mapTo(w, h.rect().topLeft())
    w.alert.show_alert(AlertKind.ERROR, "headline " * 30, ["detail one", "detail two", "detail three"])
    w.qtbot_layout = None
    for _ in range(3):
        w.layout().activate()
    assert h.mapTo(w, h.rect().topLeft()) == before
    w.alert.clear()
    w.layout().activate()
    assert h.mapTo(w, h.rect().topLeft()) == before


def test_the_default_window_fits_a_1280x800_screen_with_its_frame():
    available = QRect(0, 0, 1280, 800 - 32)  # a panel of 32 px
    width, height = default_size(available)
    assert width + FRAME_ALLOWANCE[0] <= 1280 and height + FRAME_ALLOWANCE[1] <= 800 - 32
    assert width >= 1024 and height >= 600


def test_a_failed_jobs_progress_bar_takes_the_failure_colour(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="fail", duration=1.0)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    bar = h.window.job_panel.progress
    assert bar.property("failed") is True and "chunk" in bar.styleSheet()


def test_once_connected_the_forms_collapse_into_one_summary_line(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="running", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    w = h.window
    assert w.forms_column.isVisible() and not w.summary_bar.isVisible()
    h.connect()
    assert not w.connection_form.isVisible()
    assert w.summary_bar.isVisible()
    text = w.summary_label.text()
    assert f"{sim.host}:{sim.port}" in text and "/api" in text and sim.config.user in text
    assert "trusted for this session" in text
    assert w.disconnect_button.isVisible() and w.disconnect_button.parentWidget() is w.summary_bar
    w.preflight_panel.attach_button.click()
    h.wait_job(JobState.RUNNING)
    assert not w.forms_column.isVisible()
    # The message text gets most of the window's width.
    table = w.job_panel.messages
    assert table.columnWidth(2) > w.width() * 0.45
    w.disconnect_button.click()
    h.wait_job(JobState.STOPPED)
    h.wait_idle()
    assert w.forms_column.isVisible() and w.connection_form.isVisible() and not w.summary_bar.isVisible()


def test_the_sso_fields_stay_while_a_start_is_offered(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    h.connect()
    w = h.window
    assert w.forms_column.isVisible() and w.credential_form.sso_password.edit.isVisible()
    assert not w.credential_form.vc_password.edit.isVisible()


def _focusable(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    for widget in window.findChildren(QWidget):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled() \
                and widget.focusProxy() is None and widget.window() is window:
            yield widget


def test_every_focusable_control_shows_where_the_keyboard_focus_is(harness_factory, simulator_factory, qtbot):
    """Tab through the window in two states; every stop must look different with the focus."""
    from PySide6.QtWidgets import QApplication

    sim = simulator_factory(scenario="fail", duration=0.5)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    h.fill(sim)
    w = h.window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    w.alert.show_alert(AlertKind.WARNING, "A headline the keyboard can select", ["a detail"])
    checked: set[str] = set()
    for state in ("disconnected", "failed"):
        if state == "failed":
            h.connect()
            w.preflight_panel.start_button.click()
            h.wait_job(JobState.FAILED)
            h.wait_idle()
        widgets = list(_focusable(w))
        start = widgets[0]
        start.setFocus()
        QApplication.processEvents()
        unfocused = {id(widget): widget.grab().toImage() for widget in widgets if widget is not start}
        for _ in range(len(widgets) + 5):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            current = QApplication.focusWidget()
            if current is start:
                break
            if id(current) not in unfocused:
                continue
            name = f"{type(current).__name__} {current.objectName()}"
            assert current.grab().toImage() != unfocused[id(current)], f"{state}: {name} shows no focus"
            checked.add(name)
    assert len(checked) > 15
