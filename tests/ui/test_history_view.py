"""The History view lists past runs and opens one; "Open last report" (issue 11, item 8)."""


from __future__ import annotations

from pathlib import Path

from reconui.core import paths
from reconui.ui import window_actions
from reconui.ui.job_panel import JobState


def test_history_lists_the_runs_and_opens_a_report(simulated_window, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(window_actions.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    h = simulated_window("ok", duration=0.5)
    sim = h.sim
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    h.qtbot.waitUntil(lambda: h.window._report_files is not None)
    dialog = h.window.show_history()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == f"{sim.host}:{sim.port}"
    assert dialog.table.item(0, 2).text().startswith("SUCCEEDED")
    dialog.open_button.click()
    assert opened and opened[-1].endswith(".html") and Path(opened[-1]).parent == paths.reports_dir()
    h.window.open_last_report_action.trigger()
    assert opened[-1] == h.window._report_files[1]


def test_open_last_report_without_any_report_says_where_they_go(harness_factory):
    w = harness_factory().window
    w.open_last_report_action.trigger()
    assert w.alert.isVisible() and str(paths.reports_dir()) in w.alert.headline.text()
