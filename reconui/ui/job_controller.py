"""The one long-lived owner of the worker thread, living on the GUI thread.

Widgets talk to :class:`JobController` only. It owns one :class:`QThread` and one
:class:`~reconui.ui.worker.ReconWorker` moved onto it, queues tasks to the worker through its own
private signals (queued connections, no lambdas: observ PR #164), and re-emits everything the worker
reports as its own signals, emitted on the GUI thread. That is also what tests wait on: waiting on a
signal emitted from the worker thread crashed pytest-qt runs here (docs/architecture.md GUI-1).

Cancellation is a :class:`threading.Event` set directly (a queued request would wait behind the
running task). Shutdown sets it, asks the worker to log out and quit its loop, and waits with a
timeout; it never calls ``QThread.terminate`` (docs/architecture.md GUI-2).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reconui.core.errors import CertificateChanged, ReconError
from reconui.core.models import Credentials, JobInfo, JobSpec, Target, TrustDecision
from reconui.ui.worker import TASK_CLOSE, EngineFactory, ReconWorker

if TYPE_CHECKING:  # the events arrive from the worker, once the engine has loaded them
    from reconui.core.events import Event

logger = logging.getLogger(__name__)

#: How long closing the app waits for the worker to log out and stop (milliseconds).
SHUTDOWN_GRACE_MS = 1000


def abort_all() -> None:
    """:func:`reconui.core.deadline.abort_all`, without importing it on the start path.

    A call in flight runs inside a ``CallDeadline``, so its module is loaded whenever there is
    anything to cut; before the first engine call there is none (and importing it would bring
    ``socket`` and ``selectors`` into the first window's start-up for nothing).
    """
    deadline = sys.modules.get("reconui.core.deadline")
    if deadline is not None:
        deadline.abort_all()


class JobController(QObject):
    """Queues engine tasks to the worker thread and re-emits results on the GUI thread.

    Signals:
        busy_changed(bool): a task started (True) or the last one ended (False).
        trust_settled(object, object): :class:`Target` and :class:`TrustDecision`.
        trust_untrusted(object): :class:`CertificateUntrusted` (ask the user).
        trust_changed(object): :class:`CertificateChanged` (hard stop).
        event_received(object): an engine :class:`Event`.
        failed(object, str): a typed :class:`ReconError` and the task it ended.
        crashed(str, str): an unexpected worker exception (task, technical summary).
        report_written(object): the auto-written report files.
        task_finished(str): a task ended (always emitted, after the above).
        stopped(): the worker thread has finished (after :meth:`shutdown`).
    """

    busy_changed = Signal(bool)
    trust_settled = Signal(object, object)
    trust_untrusted = Signal(object)
    trust_changed = Signal(object)
    event_received = Signal(object)
    failed = Signal(object, str)
    crashed = Signal(str, str)
    report_written = Signal(object)
    task_finished = Signal(str)
    stopped = Signal()

    # Private requests, connected (queued) to the worker's slots.
    _trust_requested = Signal(object, object)
    _session_requested = Signal(object, object, object)
    _preflight_requested = Signal()
    _run_requested = Signal(object, object, object)
    _restore_watch_requested = Signal()
    _close_requested = Signal()
    _shutdown_requested = Signal()

    def __init__(self, factory: EngineFactory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._pending = 0
        self._shut_down = False
        # Never name this ``self.thread``: it would shadow QObject.thread().
        self._worker_thread = QThread()
        self._worker_thread.setObjectName("reconui-worker")
        self._worker = ReconWorker(self._cancel, factory)
        self._worker.moveToThread(self._worker_thread)

        self._trust_requested.connect(self._worker.check_trust)
        self._session_requested.connect(self._worker.open_session)
        self._preflight_requested.connect(self._worker.refresh_preflight)
        self._run_requested.connect(self._worker.run_job)
        self._restore_watch_requested.connect(self._worker.watch_restore)
        self._close_requested.connect(self._worker.close_session)
        self._shutdown_requested.connect(self._worker.shutdown)

        self._worker.event_emitted.connect(self._on_worker_event_emitted)
        self._worker.trust_settled.connect(self._on_worker_trust_settled)
        self._worker.trust_refused.connect(self._on_worker_trust_refused)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.crashed.connect(self._on_worker_crashed)
        self._worker.report_written.connect(self._on_worker_report_written)
        self._worker.task_done.connect(self._on_worker_task_done)
        self._worker_thread.finished.connect(self._on_thread_finished)
        self._worker_thread.start()

    # --- state -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A task is queued or running."""
        return self._pending > 0

    @property
    def shut_down(self) -> bool:
        """:meth:`shutdown` was called (its grace may already have been spent waiting)."""
        return self._shut_down

    def _queue(self, *, fresh: bool = True) -> bool:
        """Count a task in. ``fresh`` clears a stale cancel, but only when nothing is running:
        clearing it under a running watch would silently undo the user's "Stop monitoring"."""
        if self._shut_down:
            logger.warning("Task requested after shutdown; ignored")
            return False
        if fresh and self._pending == 0:
            self._cancel.clear()
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        return True

    # --- requests (GUI thread) ---------------------------------------------------------------

    def check_trust(self, target: Target, session_pins: Mapping[str, str]) -> None:
        """Fetch the certificate of ``target`` and settle trust (no credentials are sent)."""
        if self._queue():
            self._trust_requested.emit(target, dict(session_pins))

    def open_session(self, target: Target, trust: TrustDecision, credentials: Credentials) -> None:
        """Log in and run the pre-flight checks."""
        if self._queue():
            self._session_requested.emit(target, trust, credentials)

    def refresh_preflight(self) -> None:
        if self._queue():
            self._preflight_requested.emit()

    def start_job(self, spec: JobSpec, options: Mapping[str, object]) -> None:
        """Create a reconciliation job and watch it."""
        if self._queue():
            self._run_requested.emit(spec, None, dict(options))

    def attach_job(self, info: JobInfo, options: Mapping[str, object]) -> None:
        """Watch a job that is already running on the appliance."""
        if self._queue():
            self._run_requested.emit(None, info, dict(options))

    def watch_restore(self) -> None:
        """Watch the running restore job until it ends, then check the appliance again."""
        if self._queue():
            self._restore_watch_requested.emit()

    def stop_monitoring(self) -> None:
        """Stop watching at once. The appliance job itself goes on (it cannot be cancelled).

        The call in flight is cut too (:func:`reconui.core.deadline.abort_all`), so "at once" does
        not mean "when a slow appliance finally answers".
        """
        self._cancel.set()
        abort_all()

    def close_session(self) -> None:
        """Stop whatever runs and log out."""
        self._cancel.set()
        if self._queue(fresh=False):
            self._close_requested.emit()

    def shutdown(self, timeout_ms: int = SHUTDOWN_GRACE_MS) -> bool:
        """Stop monitoring, log out, end the worker thread. Safe to call more than once.

        The default wait is short on purpose: closing the window must not hang for the engine's
        network timeouts (up to 40 s while a silent host is being contacted). A worker still blocked
        in a network call after it is left alone; :func:`reconui.app.finish` then ends the process.

        Returns:
            True when the thread has finished; False when it still runs after ``timeout_ms``
            (logged; the references are kept so Qt never destroys a running thread).
        """
        if not self._shut_down:
            self._shut_down = True
            self._cancel.set()
            abort_all()  # a call in flight would otherwise hold the shutdown up to its deadline
            if self._worker_thread.isRunning():
                self._shutdown_requested.emit()
        if self._worker_thread.isRunning() and not self._worker_thread.wait(timeout_ms):
            logger.info("The worker thread did not stop within %d ms (a network call is still waiting)",
                        timeout_ms)
            return False
        return True

    # --- worker -> GUI thread ----------------------------------------------------------------

    @Slot(object)
    def _on_worker_event_emitted(self, event: Event) -> None:
        self.event_received.emit(event)

    @Slot(object, object)
    def _on_worker_trust_settled(self, target: Target, decision: TrustDecision) -> None:
        self.trust_settled.emit(target, decision)

    @Slot(object)
    def _on_worker_trust_refused(self, refusal: ReconError) -> None:
        if isinstance(refusal, CertificateChanged):
            self.trust_changed.emit(refusal)
        else:
            self.trust_untrusted.emit(refusal)

    @Slot(object, str)
    def _on_worker_failed(self, error: ReconError, task: str) -> None:
        self.failed.emit(error, task)

    @Slot(str, str)
    def _on_worker_crashed(self, task: str, summary: str) -> None:
        self.crashed.emit(task, summary)

    @Slot(object)
    def _on_worker_report_written(self, files: object) -> None:
        self.report_written.emit(files)

    @Slot(str)
    def _on_worker_task_done(self, task: str) -> None:
        self._pending = max(0, self._pending - 1)
        self.task_finished.emit(task)
        if self._pending == 0:
            self.busy_changed.emit(False)
        if task == TASK_CLOSE:
            logger.info("Appliance session closed")

    @Slot()
    def _on_thread_finished(self) -> None:
        self.stopped.emit()
