"""The controller's shutdown (reconui/ui/job_controller.py): clean, idempotent, no thread left."""

from __future__ import annotations

import pytest
from ui_harness import ScriptedFactory

from reconui.core.errors import ConnectionRefused
from reconui.core.models import Target
from reconui.ui.job_controller import JobController

TARGET = Target(host="vcsa.example.com")


@pytest.mark.expected_warnings("reconui.ui.job_controller")
def test_controller_shutdown_is_clean_and_idempotent(qtbot):
    controller = JobController(ScriptedFactory(ConnectionRefused({"host": "h", "port": 1})))
    with qtbot.waitSignal(controller.task_finished, timeout=5000):
        controller.check_trust(TARGET, {})
    assert not controller.busy
    with qtbot.waitSignal(controller.stopped, timeout=5000):
        assert controller.shutdown(5000)
    assert controller.shutdown(10)
    controller.check_trust(TARGET, {})  # ignored after shutdown, no hang
    assert not controller.busy
