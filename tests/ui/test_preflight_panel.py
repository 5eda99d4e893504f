"""Step 3, the pre-flight panel (reconui/ui/preflight_panel.py): what it says about starting."""

from __future__ import annotations

from reconui.core.models import RESTORE_FAILED, RESTORE_INPROGRESS, RestoreStatus
from reconui.core.render import MessageRenderer
from reconui.ui.preflight_panel import PreflightPanel


def test_a_failed_restore_is_not_something_to_wait_for(qtbot):
    """Beside "✖ FAILED — restore again" the job line said "waiting for the restore"."""
    panel = PreflightPanel(MessageRenderer().render)
    qtbot.addWidget(panel)
    panel.show_restore(RestoreStatus(state=RESTORE_FAILED, progress=40))
    panel.show_job(None)
    assert "waiting" not in panel.job_label.text() and "ready" not in panel.job_label.text()
    assert "restore" in panel.job_label.text()
    assert not panel.start_button.isEnabled()


def test_a_running_restore_is_waited_for_and_a_succeeded_one_is_ready(qtbot):
    panel = PreflightPanel(MessageRenderer().render)
    qtbot.addWidget(panel)
    panel.show_restore(RestoreStatus(state=RESTORE_INPROGRESS, progress=40))
    panel.show_job(None)
    assert "waiting for the restore" in panel.job_label.text()
    panel.show_restore(RestoreStatus(state="SUCCEEDED", progress=100))
    panel.show_job(None)
    assert "ready to start" in panel.job_label.text() and panel.start_button.isEnabled()


def test_the_watched_restores_times_name_their_zone(qtbot):
    from reconui.core.models import LocalizableMessage
    from reconui.ui.times import zone_name

    panel = PreflightPanel(MessageRenderer().render)
    qtbot.addWidget(panel)
    msg = LocalizableMessage(id="ex.restore.running", default_message="Restore is in progress.")
    panel.show_restore(RestoreStatus(state=RESTORE_INPROGRESS, progress=40, messages=(msg,)))
    table = panel.restore_progress.messages
    assert zone_name() in table.horizontalHeaderItem(0).text()
    assert table.rows()[0][0].endswith(zone_name())
