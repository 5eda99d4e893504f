"""The whole run: :class:`JobRunner` joins connect, pre-flight, the job and the health check.

The flows the front ends ask for (``run``, ``watch_existing``, ``health_only``) are here, on top of
the steps in ``preflight.py``, ``job_watch.py`` and ``health_check.py``; every ReconError ends as a
:class:`~reconui.core.runner.outcome.RunOutcome` (never raised out of a flow), and the session is
always closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from reconui.core import health
from reconui.core.errors import (
    LoginRefused,
    ReconError,
    RestoreNotSucceeded,
    Unauthenticated,
)
from reconui.core.events import (
    Connected,
    MonitoringStopped,
    RunFailed,
)
from reconui.core.models import (
    STATUS_NONE,
    STATUS_SUCCEEDED,
    JobInfo,
    JobSpec,
)
from reconui.core.runner.health_check import HealthCheck
from reconui.core.runner.job_watch import JobWatch
from reconui.core.runner.outcome import OutcomeKind, Preflight, RunOutcome
from reconui.core.runner.poll_loop import Stopped
from reconui.core.runner.preflight import PreflightSteps

logger = logging.getLogger(__name__)


class JobRunner(PreflightSteps, JobWatch, HealthCheck):
    """Runs and watches one reconciliation job against one appliance.

    Args:
        client: an :class:`~reconui.core.client.ApplianceClient` (or anything with its methods).
        credentials: the appliance login, held in memory for re-login after a 401.
        on_event: called with every :mod:`~reconui.core.events` value, on the calling thread.
        options: pacing and patience.
        cancel: set it to stop monitoring at once.
        clock: monotonic seconds (outage windows and back-off are measured with it).
        now: wall-clock UTC time for event timestamps and deadlines.
        sleep: ``sleep(seconds) -> cancelled``; defaults to ``cancel.wait``.
        target, trust: reported in :class:`Connected`; default to the client's ``target``/``trust``.
        rng: randomness for the jitter (tests pass a seeded one).
    """

    def connect(self) -> None:
        """Log in (the client detects the flavour) and emit :class:`Connected`.

        Not ridden out: a refused connection or a wrong password at the very start is an answer the
        user needs at once, not a 30-minute wait.
        """
        try:
            self._client.login(self._credentials)
        except Unauthenticated as refused:
            # At the very start a 401 is a wrong user name or password; "or the session has
            # expired" would send the user looking for a session that never existed.
            raise LoginRefused(refused.params, http_status=refused.http_status, body=refused.body,
                               detail=refused.detail) from None
        host = self._target.host if self._target is not None else ""
        port = self._target.port if self._target is not None else 0
        logger.info("connected to %s:%s using /%s as %s", host, port, self._client.flavor, self._credentials.user)
        self._emit(
            Connected(
                at=self._now(),
                host=host,
                port=port,
                flavor=self._client.flavor or "",
                user=self._credentials.user,
                trust=self._trust,
            )
        )


    def close(self) -> None:
        """Log out. Never raises (the client's logout does not)."""
        try:
            self._client.logout()
        except ReconError as exc:  # defensive: the contract says logout never raises
            logger.info("logout failed: %s", exc.code)

    def run(
        self,
        spec: JobSpec,
        *,
        start_new_after_finished: bool = False,
        wait_for_restore: bool = False,
        check_health: bool = False,
    ) -> RunOutcome:
        """The whole flow: connect, pre-flight, attach or start, watch, (check health), log out.

        A running job is attached to. A finished job (SUCCEEDED or FAILED) is shown and nothing is
        started unless ``start_new_after_finished`` is True. If the restore state was read and is not
        SUCCEEDED, nothing is sent: an INPROGRESS restore is watched to its end when
        ``wait_for_restore`` (else :class:`RestoreInProgress`), a FAILED one gives :class:`RestoreFailed`,
        any other :class:`RestoreNotSucceeded`. With ``check_health``, a SUCCEEDED job is followed by
        :meth:`check_health` and the verdict is in ``RunOutcome.health``.
        """
        return self._run(lambda pre: self._run_body(pre, spec, start_new_after_finished, wait_for_restore,
                                                    check_health))

    def health_only(self) -> RunOutcome:
        """Connect and give the health verdict, whatever the job's state (``reconui-cli health``)."""
        def body() -> RunOutcome:
            verdict = self.check_health()
            return RunOutcome(kind=OutcomeKind.CHECKED, health=verdict, events=self.events)
        return self._run(lambda _pre: body(), preflight=False)

    def watch_existing(self) -> RunOutcome:
        """Connect, pre-flight, and watch the existing job if one runs; never starts a job."""
        return self._run(self._watch_body)

    def cancel(self) -> None:
        """Stop monitoring as soon as possible (same as setting the cancel event)."""
        self._cancel.set()

    # --- flows ----------------------------------------------------------------------------------

    def _run(self, body: Callable[[Preflight], RunOutcome], *, preflight: bool = True) -> RunOutcome:
        try:
            self._check_cancel()  # stopped before anything was sent (a signal during the trust check)
            self.connect()
            self._check_cancel()
            pre = self.preflight() if preflight else Preflight(None, None, None)
            self._check_cancel()
            return body(pre)
        except Stopped:
            self._emit(MonitoringStopped(at=self._now(), last_info=self._last_info))
            return self._outcome(OutcomeKind.STOPPED, info=self._last_info)
        except ReconError as exc:
            logger.error("run failed: %s (%s) %s", exc.code, exc.sentence, exc.detail)
            self._emit(RunFailed(at=self._now(), error=exc))
            return self._outcome(OutcomeKind.ERROR, info=self._last_info, error=exc)
        finally:
            self.close()

    def _run_body(
        self, pre: Preflight, spec: JobSpec, start_new_after_finished: bool, wait_for_restore: bool = False,
        check_health: bool = False,
    ) -> RunOutcome:
        started = False
        if not pre.job_is_running and not pre.restore_allows_start:
            pre = self.await_restore(pre, wait=wait_for_restore)
        if pre.job_is_running:
            assert pre.existing_job is not None
            info = self.attach(pre.existing_job)
        elif pre.job_has_finished and not start_new_after_finished:
            logger.info("a previous job finished (%s); not starting without an explicit choice",
                        pre.existing_job.status if pre.existing_job else "?")
            return self._outcome(OutcomeKind.PREVIOUS_FINISHED, info=pre.existing_job)
        else:
            if not pre.restore_allows_start:
                assert pre.restore is not None
                raise RestoreNotSucceeded(pre.restore.state)
            info = self.start(spec)
            started = True
        final = self.watch(info)
        return self._final_outcome(final, started=started, check_health=check_health)

    def _watch_body(self, pre: Preflight) -> RunOutcome:
        if pre.existing_job is None or pre.existing_job.status == STATUS_NONE:
            return self._outcome(OutcomeKind.NO_JOB, info=pre.existing_job)
        info = self.attach(pre.existing_job)
        final = self.watch(info)
        return self._final_outcome(final, started=False)

    def _final_outcome(self, final: JobInfo | None, *, started: bool, check_health: bool = False) -> RunOutcome:
        if final is None:
            return self._outcome(OutcomeKind.STOPPED, info=self._last_info, started=started)
        kind = OutcomeKind.SUCCEEDED if final.status == STATUS_SUCCEEDED else OutcomeKind.FAILED
        verdict: health.HealthVerdict | None = None
        if check_health and kind is OutcomeKind.SUCCEEDED:
            verdict = self.check_health()
        return self._outcome(kind, info=final, started=started, health_verdict=verdict)

    def _outcome(
        self,
        kind: OutcomeKind,
        *,
        info: JobInfo | None = None,
        error: ReconError | None = None,
        started: bool = False,
        health_verdict: health.HealthVerdict | None = None,
    ) -> RunOutcome:
        return RunOutcome(
            kind=kind, info=info, error=error, preflight=self._preflight, started=started, events=self.events,
            health=health_verdict,
        )
