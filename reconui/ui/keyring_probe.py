"""Find out, off the GUI thread, whether passwords can be remembered in the OS keyring.

Asking keyring for its backend imports and tries every backend keyring knows (on Linux even the
macOS one) and may talk to D-Bus: about 90 ms measured, and a locked or hung Secret Service can take
much longer. Doing that before the window shows made the start slow and could keep the window away
entirely. So the window starts with "Remember" pending and :class:`KeyringProbe` runs the detection
on a short-lived daemon thread; its ``finished`` signal is emitted from that thread and, because the
probe object lives on the GUI thread, Qt queues it to the receiving slot there. Reading and storing
a password stay where they were: on the GUI thread, when a login or a job starts (docs/architecture.md GUI-1).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QObject, Signal

logger = logging.getLogger(__name__)


def detect_keyring() -> tuple[Any, Any]:
    """``(KeyringStatus, KeyringStore | None)``: the store only for a secure backend."""
    from reconui.core.secrets import STATE_UNAVAILABLE, KeyringStatus, KeyringStore, diagnose_backend, keyring_phrase

    try:
        status = diagnose_backend()
    except Exception as error:  # a broken backend must not leave "Remember" pending for ever
        logger.exception("Keyring detection failed")
        return KeyringStatus(STATE_UNAVAILABLE, "none", f"{type(error).__name__}"), None
    store = None
    if status.usable:
        try:
            store = KeyringStore()
        except Exception:
            logger.exception("The keyring could not be opened")
            status = KeyringStatus.of(STATE_UNAVAILABLE, status.backend_name, keyring_phrase("not_opened"))
    return status, store


class KeyringProbe(QObject):
    """Runs ``detect`` once on a background thread and delivers its result on the GUI thread.

    ``warm_up`` (optional) runs afterwards on the same thread: :func:`warm_up_engine` in the app.

    Signals:
        finished(object, object): the ``KeyringStatus`` and the store (or ``None``). Connect it to a
            ``@Slot`` of a GUI-thread object so that Qt queues the call to that thread.
    """

    finished = Signal(object, object)

    def __init__(self, detect: Callable[[], tuple[Any, Any]] = detect_keyring,
                 warm_up: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._detect = detect
        self._warm_up = warm_up
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the detection (once); returns at once."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="keyring-probe", daemon=True)
        self._thread.start()

    def start_when_idle(self) -> None:
        """Start once the event loop first has nothing to do, i.e. the window is shown and painted.

        Started any earlier, the detection's imports compete with the first paint for the GIL.
        """
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            self.start()
            return

        def first_idle() -> None:
            dispatcher.aboutToBlock.disconnect(first_idle)
            self.start()

        dispatcher.aboutToBlock.connect(first_idle)

    def wait(self, timeout: float | None = None) -> bool:
        """Join the detection thread (tests, ``--self-check``); True when it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        status, store = self._detect()
        logger.info("Keyring: %s (%s)", getattr(status, "state", "?"), getattr(status, "backend_name", "?"))
        self.finished.emit(status, store)
        if self._warm_up is not None:
            self._warm_up()


def warm_up_engine() -> None:
    """Import the network engine while the user fills in the forms, not when they press Connect.

    Loading requests, urllib3, truststore and cryptography takes ~100 ms, much of it in C extension
    initialisation that holds the GIL; done by the worker at the first Connect it stalled the GUI
    thread for tens of milliseconds (docs/PERFORMANCE.md, responsiveness). Here it runs on the
    probe's daemon thread once the window is up and idle. A failure is left for Connect to report.
    """
    try:
        import reconui.core.client
        import reconui.core.report
        import reconui.core.runner
        import reconui.core.tls  # noqa: F401
    except Exception:
        logger.exception("Loading the engine ahead of time failed")
