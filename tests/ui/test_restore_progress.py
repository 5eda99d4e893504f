"""A restore that has not succeeded, in the pre-flight (reconui/ui/restore_progress.py): watched live,
stated with its messages, or no longer watched; the real window, worker thread and engine."""

from __future__ import annotations

import pytest

from reconui.ui.job_panel import JobState


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_restore_running_is_watched_live_then_reconciliation_is_offered(
        simulated_window, flavor):  # type: ignore[no-untyped-def]
    h = simulated_window("restore_running", restore_running_for=2.0, flavor=flavor, connect=False)
    h.window.connect_button.click()  # not connect(): it waits for the pre-flight's end
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


def test_a_failed_restore_is_stated_with_its_messages(simulated_window):  # type: ignore[no-untyped-def]
    h = simulated_window("not_allowed")
    text = h.window.preflight_panel.restore_label.text()
    assert "FAILED" in text and "restore again" in text
    assert "The seat part of the backup could not be restored. [ex.restore.failed.reason]" in text
    assert not h.window.preflight_panel.start_button.isEnabled()


def test_stop_watching_the_restore_says_it_is_not_watched(simulated_window):  # type: ignore[no-untyped-def]
    h = simulated_window("restore_running", restore_running_for=60.0, connect=False)
    sim = h.sim
    h.window.connect_button.click()  # not connect(): it waits for the pre-flight's end
    panel = h.window.preflight_panel
    h.qtbot.waitUntil(lambda: panel.restore_progress.isVisible() and h.controller.busy, timeout=10000)
    panel.restore_progress.stop_button.click()
    h.wait_idle()
    assert "not watched any more" in panel.restore_label.text()
    assert not panel.restore_progress.stop_button.isEnabled()
    assert not panel.start_button.isEnabled() and panel.refresh_button.isEnabled()
    assert not [r for r in sim.requests if r["method"] == "POST" and "reconciliation" in r["path"]]
