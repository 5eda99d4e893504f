"""The worker that runs the Qt-free engine on the controller's thread.

:class:`ReconWorker` lives on one long-lived :class:`QThread` owned by
:class:`~reconui.ui.job_controller.JobController`. Each slot is one *task* (settle trust, log in and
run the pre-flight, start or attach and watch, log out). Because the vSphere session must survive
between "connect" and "start", the :class:`ApplianceClient` and :class:`JobRunner` stay on this
thread between tasks and are closed on disconnect or shutdown.

Rules (docs/architecture.md GUI-1): the worker never touches widgets, settings or the keyring; every engine
:class:`~reconui.core.events.Event` is re-emitted unchanged as a signal; a :class:`ReconError` becomes
``failed``, anything else is logged and becomes ``crashed``; ``task_done`` is emitted in ``finally``
so the UI always resets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reconui.core import paths
from reconui.core.errors import CertificateChanged, CertificateUntrusted, ReconError
from reconui.core.models import STATUS_SUCCEEDED, Credentials, JobInfo, JobSpec, Target, TrustDecision
from reconui.core.redaction import redact
from reconui.ui.event_dispatch import EventDispatch

if TYPE_CHECKING:  # the engine (requests, urllib3, truststore, cryptography) loads on the first task
    from reconui.core.events import Connected, Event, PreflightDone, RunFailed
    from reconui.core.pins import PinStore
    from reconui.core.report import ReportFiles, RunReport
    from reconui.core.runner import JobRunner, ReconClient, RunOptions

logger = logging.getLogger(__name__)

TASK_TRUST = "trust"
TASK_CONNECT = "connect"
TASK_PREFLIGHT = "preflight"
TASK_RUN = "run"
TASK_RESTORE = "restore"
TASK_CLOSE = "close"


class EngineFactory:
    """Builds the engine objects the worker uses; tests pass a subclass with fakes or faster polling.

    The engine modules are imported inside the methods, on the worker thread at the first task: the
    first window needs none of them, and importing them up front cost a third of the start-up time
    (``docs/PERFORMANCE.md``). ``tests/test_startup_imports.py`` keeps it that way.

    Args:
        pins_path: the pin file (``None`` = :func:`reconui.core.paths.pins_path`).
        run_options: the runner's pacing (``None`` = the engine's defaults).
        reports_dir: where run reports are written (``None`` = the engine's default).
    """

    def __init__(self, *, pins_path: Path | None = None, run_options: RunOptions | None = None,
                 reports_dir: Path | None = None) -> None:
        self.pins_path = pins_path
        self.run_options = run_options
        self.reports_dir = reports_dir

    def pins(self) -> PinStore:
        from reconui.core.pins import PinStore

        return PinStore(self.pins_path or paths.pins_path())

    def check_trust(self, target: Target, session_pins: Mapping[str, str]) -> TrustDecision:
        from reconui.core.tls import check_trust

        return check_trust(target, self.pins(), session_pins=session_pins)

    def client(self, target: Target, trust: TrustDecision) -> ReconClient:
        from reconui.core.client import ApplianceClient

        return ApplianceClient(target, trust)

    def runner(self, client: ReconClient, credentials: Credentials, on_event: Callable[[Event], None],
               cancel: threading.Event) -> JobRunner:
        from reconui.core.runner import JobRunner, RunOptions

        options = self.run_options if self.run_options is not None else RunOptions()
        return JobRunner(client, credentials, on_event=on_event, cancel=cancel, options=options)

    def report(self, target: Target, options: Mapping[str, object]) -> RunReport:
        from reconui.core.render import MessageRenderer
        from reconui.core.report import RunReport

        return RunReport(target=target, options=dict(options), renderer=MessageRenderer())

    def write_report(self, report: RunReport) -> ReportFiles:
        return report.write(self.reports_dir)


class ReconWorker(QObject):
    """Runs engine calls on the worker thread and reports through signals.

    Signals:
        event_emitted(object): an engine :class:`Event`, unchanged.
        trust_settled(object, object): the :class:`Target` and its :class:`TrustDecision`.
        trust_refused(object): :class:`CertificateUntrusted` or :class:`CertificateChanged`.
        failed(object, str): a :class:`ReconError` and the task name.
        crashed(str, str): an unexpected exception: task name and a one-line technical summary.
        report_written(object): the files of the auto-written run report.
        task_done(str): the task ended, whatever happened.
    """

    event_emitted = Signal(object)
    trust_settled = Signal(object, object)
    trust_refused = Signal(object)
    failed = Signal(object, str)
    crashed = Signal(str, str)
    report_written = Signal(object)
    task_done = Signal(str)

    def __init__(self, cancel: threading.Event, factory: EngineFactory | None = None) -> None:
        super().__init__()  # no parent: it is moved to the worker thread
        self._cancel = cancel
        self._factory = factory or EngineFactory()
        self._client: ReconClient | None = None
        self._runner: JobRunner | None = None
        self._target: Target | None = None
        self._report: RunReport | None = None
        self._connected: Connected | None = None
        self._preflight: PreflightDone | None = None
        self._failure_reported: ReconError | None = None

    # --- plumbing ----------------------------------------------------------------------------

    def _on_engine_event(self, event: Event) -> None:
        """The runner's callback (worker thread): remember, record, re-emit."""
        self._remember(event)
        if self._report is not None:
            try:
                self._report.record(event)
            except Exception:
                logger.exception("Could not record %s in the report", type(event).__name__)
        self.event_emitted.emit(event)

    @EventDispatch
    def _remember(self, event: Event) -> None:
        """Most events are only passed on; the three below are also kept for the next task."""

    @_remember.register
    def _(self, event: Connected) -> None:
        self._connected = event  # recorded into the report of a later start or attach

    @_remember.register
    def _(self, event: PreflightDone) -> None:
        self._preflight = event

    @_remember.register
    def _(self, event: RunFailed) -> None:
        self._failure_reported = event.error  # so the same error is not reported twice

    def _guard(self, task: str, body: Callable[[], None]) -> None:
        self._failure_reported = None
        try:
            body()
        except ReconError as error:
            logger.info("Task %s ended with %s: %s", task, error.code, error.detail or error.sentence)
            if error is not self._failure_reported:
                self.failed.emit(error, task)
        except Exception as error:
            logger.exception("Task %s crashed", task)
            # Shown on screen: the same redaction as the log, in case an exception text carries a secret.
            self.crashed.emit(task, redact(f"{type(error).__name__}: {error}"))
        finally:
            self.task_done.emit(task)

    def _close_quietly(self) -> None:
        runner, client = self._runner, self._client
        self._runner = self._client = None
        self._connected = self._preflight = None
        # The runner logs out; the client then drops its HTTP connections.
        for closable in (runner, client):
            if closable is None:
                continue
            try:
                closable.close()
            except Exception:
                logger.exception("Closing the appliance session failed")

    # --- tasks -------------------------------------------------------------------------------

    @Slot(object, object)
    def check_trust(self, target: Target, session_pins: Mapping[str, str]) -> None:
        """Fetch the certificate and settle trust; nothing with credentials is sent."""

        def body() -> None:
            try:
                decision = self._factory.check_trust(target, dict(session_pins))
            except (CertificateUntrusted, CertificateChanged) as refusal:
                logger.info("Trust not settled for %s: %s", target.address, refusal.code)
                self.trust_refused.emit(refusal)
                return
            self.trust_settled.emit(target, decision)

        self._guard(TASK_TRUST, body)

    @Slot(object, object, object)
    def open_session(self, target: Target, trust: TrustDecision, credentials: Credentials) -> None:
        """Log in with a client bound to the settled trust, then run the pre-flight checks."""

        def body() -> None:
            self._close_quietly()
            self._target = target
            client = self._factory.client(target, trust)
            self._client = client
            self._runner = self._factory.runner(client, credentials, self._on_engine_event, self._cancel)
            self._runner.connect()
            self._runner.preflight()

        self._guard(TASK_CONNECT, body)

    @Slot()
    def refresh_preflight(self) -> None:
        """Run the pre-flight checks again on the open session."""

        def body() -> None:
            if self._runner is None:
                raise RuntimeError("not connected")
            self._runner.preflight()

        self._guard(TASK_PREFLIGHT, body)

    @Slot()
    def watch_restore(self) -> None:
        """Watch the INPROGRESS restore job to its end, then run the pre-flight checks again.

        The new pre-flight then offers reconciliation (restore SUCCEEDED) or says why not (FAILED).
        """

        def body() -> None:
            if self._runner is None or self._preflight is None or self._preflight.restore is None:
                raise RuntimeError("not connected")
            if self._runner.watch_restore(self._preflight.restore) is not None:
                self._runner.preflight()

        self._guard(TASK_RESTORE, body)

    @Slot(object, object, object)
    def run_job(self, spec: JobSpec | None, attach_to: JobInfo | None, options: Mapping[str, object]) -> None:
        """Start a job with ``spec`` (or attach to ``attach_to``) and watch it to the end.

        A SUCCEEDED job is followed by the health check (its verdict goes into the same report). The
        run report is auto-written when the task ends, also after a refusal or a stop, because the
        evidence matters most when something went wrong.
        """

        def body() -> None:
            if self._runner is None or self._target is None:
                raise RuntimeError("not connected")
            self._report = self._factory.report(self._target, options)
            for earlier in (self._connected, self._preflight):
                if earlier is not None:
                    self._report.record(earlier)
            # How the run ended, for the report's summary and the History view.
            outcome, message = "error", ""
            try:
                if spec is not None:
                    info = self._runner.start(spec)
                else:
                    assert attach_to is not None
                    info = self._runner.attach(attach_to)  # emits JobAttached
                final = self._runner.watch(info)
                outcome = "stopped" if final is None else final.status.lower()
                if final is not None and final.status == STATUS_SUCCEEDED:
                    self._runner.check_health()
            except ReconError as error:
                message = error.sentence
                if error is not self._failure_reported:
                    from reconui.core.events import RunFailed, utc_now  # loaded with the runner

                    self._on_engine_event(RunFailed(at=utc_now(), error=error))
                raise
            finally:
                report, self._report = self._report, None
                report.set_outcome(outcome, message=message)
                try:
                    files = self._factory.write_report(report)
                except Exception:
                    logger.exception("Could not write the run report")
                else:
                    self.report_written.emit(files)

        self._guard(TASK_RUN, body)

    @Slot()
    def close_session(self) -> None:
        """Log out and drop the client (never raises)."""
        try:
            self._close_quietly()
        finally:
            self.task_done.emit(TASK_CLOSE)

    @Slot()
    def shutdown(self) -> None:
        """Log out, then end this thread's event loop (runs on the worker thread)."""
        self._close_quietly()
        QThread.currentThread().quit()
