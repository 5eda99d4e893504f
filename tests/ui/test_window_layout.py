"""How the window lays itself out and what its title says (reconui/ui/window_layout.py): the forms
collapse into one summary line once connected, the SSO part stays while a start is offered, the
title carries state and percent; the real window, worker thread and engine."""

from __future__ import annotations

import re

from reconui.ui.job_panel import JobState
from reconui.ui.widgets import AlertKind


def test_the_title_carries_state_and_percent_and_the_end_notifies(simulated_window):
    h = simulated_window("ok", duration=2.0)
    sim = h.sim
    titles: list[str] = []
    h.controller.event_received.connect(lambda _e: titles.append(h.window.windowTitle()))
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    assert any(re.fullmatch(rf"RUNNING \d+ % — {re.escape(sim.host)} — reconui", t) for t in titles)
    assert h.window.windowTitle() == f"SUCCEEDED — {sim.host} — reconui"
    h.qtbot.waitUntil(lambda: any("succeeded" in n.title for n in h.window.notifier.sent), timeout=5000)
    note = next(n for n in h.window.notifier.sent if "succeeded" in n.title)
    assert "succeeded" in note.title and sim.host in note.title


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


def test_once_connected_the_forms_collapse_into_one_summary_line(simulated_window):
    h = simulated_window("running", duration=30, connect=False)
    sim = h.sim
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


def test_the_sso_fields_stay_while_a_start_is_offered(simulated_window):
    h = simulated_window("ok")
    w = h.window
    assert w.forms_column.isVisible() and w.credential_form.sso_password.edit.isVisible()
    assert not w.credential_form.vc_password.edit.isVisible()
