"""Leaving a watched job asks first (issue 11, item 3).

The real window, worker thread and engine against the simulator over HTTPS.
"""


from __future__ import annotations

from reconui.ui.dialogs import LeaveRequest, leave_text
from reconui.ui.job_panel import JobState
from reconui.ui.main_window import ConnectionState
from reconui.ui.trust_dialog import TrustChoice


def _watching(harness_factory, simulator_factory, **answers):  # type: ignore[no-untyped-def]
    sim = simulator_factory(scenario="ok", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE, **answers)
    h.fill(sim)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.RUNNING)
    return h, sim


def test_closing_quitting_disconnecting_and_stopping_ask_and_default_to_keep_watching(harness_factory,
                                                                                       simulator_factory):
    h, _sim = _watching(harness_factory, simulator_factory, leave=False)
    w = h.window
    w.close()
    assert w.isVisible() and h.controller.busy  # still watching
    w.quit_action.trigger()
    assert w.isVisible()
    w.disconnect_button.click()
    assert w.connection_state == ConnectionState.CONNECTED
    w.job_panel.stop_button.click()
    assert h.dialogs.leave_asked == [LeaveRequest.CLOSE, LeaveRequest.QUIT, LeaveRequest.DISCONNECT,
                                     LeaveRequest.STOP]
    assert w.job_panel.state == JobState.RUNNING  # still watched


def test_the_question_says_the_job_goes_on_and_how_to_attach_again():
    for leave in LeaveRequest:
        text = leave_text(leave)
        assert "goes on on the appliance" in text and "Attach to running job" in text


def test_nothing_is_asked_when_no_job_is_watched(harness_factory):
    h = harness_factory()
    h.window.close()
    assert h.dialogs.leave_asked == []


def test_confirmed_stop_monitoring_stops(harness_factory, simulator_factory):
    h, _sim = _watching(harness_factory, simulator_factory, leave=True)
    h.window.job_panel.stop_button.click()
    h.wait_job(JobState.STOPPED)
    assert "Attach to running job" in h.window.job_panel.detail.text()


def test_a_jobs_result_keeps_the_width_until_the_sso_fields_are_needed(simulated_window):
    h = simulated_window("fail", duration=0.5)
    w = h.window
    w.preflight_panel.start_button.click()
    h.wait_job(JobState.FAILED)
    h.wait_idle()
    assert not w.forms_column.isVisible()
    # Start again without an SSO password: the SSO fields come back, with the focus.
    w.credential_form.sso_password.edit.clear()
    w.job_panel.again_button.click()
    assert w.forms_column.isVisible()
    assert w.focusWidget() is w.credential_form.sso_password.edit


def test_a_refused_start_again_offers_start_again_without_check_again(simulated_window):
    h = simulated_window("ok")
    sim = h.sim
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
