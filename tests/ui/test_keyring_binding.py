"""Remembered passwords in and out of the credential form (reconui/ui/keyring_binding.py): the keyring
is touched on the GUI thread only."""

from __future__ import annotations

import threading
from typing import Any

from reconui.ui.job_panel import JobState


def test_keyring_is_used_on_the_gui_thread_only(simulated_window, harness_factory, memory_keyring, monkeypatch):
    threads: list[str] = []
    for name in ("get_password", "set_password", "delete_password"):
        original = getattr(memory_keyring, name)

        def spy(*args: Any, _original: Any = original) -> Any:
            threads.append(threading.current_thread().name)
            return _original(*args)

        monkeypatch.setattr(memory_keyring, name, spy)
    h = simulated_window("ok", duration=0.5, connect=False)
    h.window.credential_form.vc_remember.setChecked(True)
    h.window.credential_form.sso_remember.setChecked(True)
    h.connect()
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    h.wait_idle()
    harness_factory()  # a new window reads the remembered passwords
    assert threads and set(threads) == {threading.main_thread().name}, threads
