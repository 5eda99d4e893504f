"""What the main window shows (issue 11): one truth about the job, hearing about the end, a next
step for every outcome, a steady layout, the space going to the job, a visible keyboard focus.

The real window, worker thread and engine against the simulator over HTTPS.
"""


from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from reconui.ui.job_panel import JobState
from reconui.ui.main_window import FRAME_ALLOWANCE, default_size
from reconui.ui.widgets import AlertKind, BadgeKind


def test_a_running_job_found_by_the_preflight_is_in_the_job_panel_at_once(simulated_window):
    h = simulated_window("running", duration=30)
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


def test_a_finished_job_found_by_the_preflight_shows_its_result(simulated_window):
    h = simulated_window("fail", duration=1.0)
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


def test_ready_to_start_is_never_shown_while_starting_is_blocked(simulated_window):
    h = simulated_window("not_allowed")
    panel = h.window.preflight_panel
    assert not panel.start_button.isEnabled()
    assert "ready to start" not in panel.job_label.text().lower()
    assert "restore" in panel.job_label.text()  # says what it waits for


def test_a_refusal_notifies_too(simulated_window):
    h = simulated_window("in_use")
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.REFUSED)
    assert any("needs you" in n.title for n in h.window.notifier.sent)


def test_a_refusal_shows_what_to_do_now(simulated_window):
    h = simulated_window("in_use")
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.REFUSED)
    panel = h.window.job_panel
    assert "Wait for the running backup" in panel.next_step_label.text()
    assert "Wait for the running backup" in h.window.alert.details.text()
    assert "What to do next: Wait for the running backup" in h.window.summary_text()


@pytest.mark.expected_warnings("reconui.core.runner")  # the warnings scenario's unreachable partner
def test_a_failed_job_shows_what_to_do_now(simulated_window):
    h = simulated_window("warnings")
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    step = h.window.job_panel.next_step_label.text()
    assert "“Ignore warnings”" in step and "are then lost" in step


def test_the_default_window_fits_a_1280x800_screen_with_its_frame():
    available = QRect(0, 0, 1280, 800 - 32)  # a panel of 32 px
    width, height = default_size(available)
    assert width + FRAME_ALLOWANCE[0] <= 1280 and height + FRAME_ALLOWANCE[1] <= 800 - 32
    assert width >= 1024 and height >= 600


def _focusable(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    for widget in window.findChildren(QWidget):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled() \
                and widget.focusProxy() is None and widget.window() is window:
            yield widget


def test_every_focusable_control_shows_where_the_keyboard_focus_is(simulated_window, qtbot):
    """Tab through the window in two states; every stop must look different with the focus."""
    from PySide6.QtWidgets import QApplication

    h = simulated_window("fail", duration=0.5, connect=False)
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
