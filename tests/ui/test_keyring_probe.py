"""The keyring is detected off the GUI thread: the window shows "Remember" pending, then the result.

Waits use ``qtbot.waitUntil`` on widget state, never ``waitSignal`` on the probe's signal (it is
emitted from the detection thread).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from reconui.core import paths
from reconui.core.pins import PinStore
from reconui.core.render import MessageRenderer
from reconui.core.secrets import STATE_UNAVAILABLE, KeyringStatus, KeyringStore, diagnose_backend
from reconui.ui.job_controller import JobController
from reconui.ui.keyring_probe import KeyringProbe, detect_keyring
from reconui.ui.main_window import MainWindow
from reconui.ui.settings import Settings
from reconui.ui.worker import EngineFactory


def pending_window(qtbot: Any) -> MainWindow:
    controller = JobController(EngineFactory())
    window = MainWindow(controller, Settings(), store=None, keyring_status=None, pins=PinStore(paths.pins_path()),
                        render=MessageRenderer().render)
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_shows_remember_pending_until_the_probe_reports(qtbot: Any) -> None:
    window = pending_window(qtbot)
    form = window.credential_form
    assert not form.vc_remember.isEnabled() and not form.sso_remember.isEnabled()
    assert "checking" in form.vc_remember.text()

    release = threading.Event()
    detection_threads: list[str] = []

    def slow_detect() -> tuple[Any, Any]:
        detection_threads.append(threading.current_thread().name)
        release.wait(10)
        return diagnose_backend(), KeyringStore()

    probe = KeyringProbe(slow_detect)
    probe.finished.connect(window.set_keyring)
    probe.start()
    qtbot.wait(50)  # the GUI thread keeps running while the detection blocks
    assert "checking" in form.vc_remember.text()
    release.set()
    qtbot.waitUntil(form.vc_remember.isEnabled, timeout=5000)
    assert probe.wait(5)
    assert detection_threads == ["keyring-probe"]
    assert form.vc_remember.text().startswith("Remember in ")
    assert window.store is not None
    window.controller.shutdown(5000)


def test_a_remembered_password_is_filled_when_the_result_arrives_but_never_over_typed_text(
        qtbot: Any, memory_keyring: Any) -> None:
    settings = Settings()
    KeyringStore().set("vc01.example.com", "administrator@vsphere.local", "remembered-secret")
    settings.mark_keyring_entry("administrator@vsphere.local", "vc01.example.com", True)
    settings.mark_keyring_entry("sso@vsphere.local", "vc01.example.com", True)
    KeyringStore().set("vc01.example.com", "sso@vsphere.local", "remembered-sso")
    window = pending_window(qtbot)
    form = window.credential_form
    window.connection_form.host.setEditText("vc01.example.com")
    form.vc_user.setText("administrator@vsphere.local")
    form.sso_user.setText("sso@vsphere.local")
    form.sso_password.edit.setText("typed-meanwhile")

    probe = KeyringProbe(detect_keyring)
    probe.finished.connect(window.set_keyring)
    probe.start()
    qtbot.waitUntil(lambda: form.vc_password.edit.text() == "remembered-secret", timeout=5000)
    assert form.vc_remember.isChecked()
    assert form.sso_password.edit.text() == "typed-meanwhile"
    window.controller.shutdown(5000)


@pytest.mark.expected_warnings("reconui.ui.keyring_probe")
def test_a_failing_detection_ends_unavailable_not_pending(qtbot: Any, monkeypatch: Any) -> None:
    import reconui.core.secrets as secrets

    def broken(*_a: object, **_k: object) -> KeyringStatus:
        raise RuntimeError("D-Bus exploded")

    monkeypatch.setattr(secrets, "diagnose_backend", broken)
    status, store = detect_keyring()
    assert status.state == STATE_UNAVAILABLE and store is None
    window = pending_window(qtbot)
    window.set_keyring(status, store)
    assert not window.credential_form.vc_remember.isEnabled()
    assert "checking" not in window.credential_form.vc_remember.text()
    assert window.credential_form.keyring_note.isVisibleTo(window)
    window.controller.shutdown(5000)


def test_the_engine_warm_up_runs_after_the_result_on_the_probe_thread(qtbot: Any) -> None:
    window = pending_window(qtbot)
    order: list[tuple[str, str]] = []

    def detect() -> tuple[Any, Any]:
        order.append(("detect", threading.current_thread().name))
        return KeyringStatus(STATE_UNAVAILABLE, "none", ""), None

    probe = KeyringProbe(detect, warm_up=lambda: order.append(("warm-up", threading.current_thread().name)))
    probe.finished.connect(window.set_keyring)
    probe.start()
    assert probe.wait(10)
    assert order == [("detect", "keyring-probe"), ("warm-up", "keyring-probe")]
    qtbot.waitUntil(lambda: "checking" not in window.credential_form.vc_remember.text(), timeout=5000)
    window.controller.shutdown(5000)
