"""The job runner: check the appliance, attach to or start the reconciliation job, watch it to the end.

The reconciliation job restarts the appliance's services while it runs, so the port-443 API can
vanish for minutes: 503s with text bodies, refused or reset connections, TLS resets, and a 401 once
the authentication service comes back without the old session. The runner turns that into a calm
"services unavailable, waiting until HH:MM" window instead of an error, logs in again with the
credentials it holds in memory, and only gives up after a configurable window.

Everything that takes time is injected (``clock``, ``now``, ``sleep``) so tests drive the runner with
a fake appliance (``tests/fakes.py``) and no real waiting. The runner never raises a
:class:`~reconui.core.errors.ReconError` out of :meth:`JobRunner.run`: it returns a
:class:`RunOutcome`; unexpected exceptions (bugs) still propagate.
"""

from __future__ import annotations

import enum
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from reconui.core import health
from reconui.core.errors import (
    ApplianceError,
    GaveUpWaiting,
    LoginRefused,
    NotFound,
    ProtocolError,
    ReconError,
    RestoreFailed,
    RestoreInProgress,
    RestoreNotSucceeded,
    Unauthenticated,
    Unauthorized,
)
from reconui.core.events import (
    Connected,
    Event,
    HealthChecked,
    HealthVerdictReached,
    JobAttached,
    JobFinished,
    JobStarted,
    JobUpdated,
    MonitoringStopped,
    PreflightDone,
    Reauthenticated,
    RestoreFinished,
    RestoreUpdated,
    RunFailed,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
    utc_now,
)
from reconui.core.logging_setup import register_secret
from reconui.core.message_tracker import MessageTracker
from reconui.core.models import (
    RESTORE_FAILED,
    STATUS_NONE,
    STATUS_SUCCEEDED,
    ApplianceVersion,
    Credentials,
    JobInfo,
    JobSpec,
    PartnerCheck,
    ReplicationPartner,
    RestoreStatus,
    ServiceInfo,
    Target,
    TrustDecision,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ReconClient(Protocol):
    """What the runner needs from :class:`reconui.core.client.ApplianceClient` (and the test fake)."""

    flavor: str | None

    def login(self, credentials: Credentials) -> None: ...

    def logout(self) -> None: ...

    def get_version(self) -> ApplianceVersion: ...

    def get_restore_status(self) -> RestoreStatus: ...

    def get_job(self) -> JobInfo | None: ...

    def create_job(self, spec: JobSpec) -> JobInfo: ...

    def get_replication_status(self) -> tuple[ReplicationPartner, ...]: ...

    def get_health(self, subsystem: str = "system") -> str: ...

    def get_health_lastcheck(self) -> datetime: ...

    def list_services(self) -> tuple[ServiceInfo, ...]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class RunOptions:
    """How the runner paces itself. Defaults suit a real appliance; tests shrink them.

    Polling starts at ``min_interval`` and is reset to it whenever the Info changes; while nothing
    changes the interval grows by ``backoff`` up to ``max_interval``. ``min_interval`` is a floor for
    every wait, which keeps the runner at or below one request per second on average (a re-login
    adds one login and one retried call to a poll, no more).

    ``max_interval`` is 1.5 s, not the 10 s of common vSphere task pollers: a change after a long
    steady phase (the job sits minutes at one percentage, then moves) was shown up to 10 s late.
    At 1.5 s a change shows within about 1.5 s at about 40 job polls a minute while steady
    (``bash packaging/dev.sh bench``, detection latency; docs/PERFORMANCE.md).
    """

    #: Seconds of unusable answers (transient errors) before GaveUpWaiting.
    outage_window: float = 1800.0
    min_interval: float = 1.0
    max_interval: float = 1.5
    backoff: float = 1.5
    #: First wait after a transient error, growing by ``outage_backoff`` up to ``outage_max_delay``.
    outage_initial_delay: float = 2.0
    outage_backoff: float = 1.6
    outage_max_delay: float = 30.0
    #: Each outage wait is multiplied by a random factor in [1 - jitter, 1 + jitter].
    jitter: float = 0.2
    #: Consecutive 404 answers tolerated while watching (the job not registered yet right after
    #: create, or the endpoint's routes not back yet after a restart) before the job counts as gone.
    not_found_retries: int = 5
    #: Consecutive answers of the wrong shape (``ProtocolError``) ridden out while watching, like a
    #: transient fault, before the run ends with that error (reconui-cli exit code 7).
    shape_error_retries: int = 5
    #: How often a create that got no answer is sent again (it carries the SSO password, and the
    #: appliance may be refusing it for good while its reads still answer).
    max_create_attempts: int = 10
    #: After a SUCCEEDED job: how long (seconds) to re-check the health while services still start.
    health_settle: float = 600.0
    #: Seconds between two health check rounds (a round is ten requests).
    health_interval: float = 10.0

    def __post_init__(self) -> None:
        if self.min_interval <= 0 or self.max_interval < self.min_interval:
            raise ValueError("need 0 < min_interval <= max_interval")
        if self.outage_window < 0 or self.backoff < 1 or self.outage_backoff < 1:
            raise ValueError("outage_window must be >= 0 and back-off factors >= 1")
        if not 0 <= self.jitter < 1:
            raise ValueError("jitter must be in [0, 1)")
        if self.max_create_attempts < 1 or self.shape_error_retries < 0 or self.not_found_retries < 0:
            raise ValueError("need max_create_attempts >= 1 and retry counts >= 0")
        if self.health_settle < 0 or self.health_interval <= 0:
            raise ValueError("health_settle must be >= 0 and health_interval > 0")


@dataclass(frozen=True)
class Preflight:
    """What the appliance looked like before anything was started.

    ``version`` and ``restore`` are None when they could not be read (6.7 ``/rest`` appliances answer
    some of these with errors); that never blocks a run. ``existing_job`` is None when there is none.
    """

    version: ApplianceVersion | None
    restore: RestoreStatus | None
    existing_job: JobInfo | None
    #: The linked-mode partners (``available`` False: not served or not allowed; never blocks).
    partners: PartnerCheck | None = None

    @property
    def restore_allows_start(self) -> bool:
        """True unless the restore state was read and is not SUCCEEDED."""
        return self.restore is None or self.restore.succeeded

    @property
    def job_is_running(self) -> bool:
        """An existing job that is neither finished nor NONE (unknown statuses count as running)."""
        job = self.existing_job
        return job is not None and job.status != STATUS_NONE and not job.is_terminal

    @property
    def job_has_finished(self) -> bool:
        return self.existing_job is not None and self.existing_job.is_terminal


class OutcomeKind(str, enum.Enum):
    """How a run ended. Front ends map these (and the error's type) to exit codes or screens."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    #: The user stopped monitoring; the appliance job goes on (it cannot be cancelled).
    STOPPED = "stopped"
    #: A ReconError ended the run (refusal, transport, trust, authentication, gave up).
    ERROR = "error"
    #: A previous job had finished and the caller did not choose to start anew: nothing was started.
    PREVIOUS_FINISHED = "previous_finished"
    #: Watching only (:meth:`JobRunner.watch_existing`) and the appliance has no job.
    NO_JOB = "no_job"
    #: Health only (:meth:`JobRunner.health_only`): the verdict is in ``RunOutcome.health``.
    CHECKED = "checked"


_PREVIOUS_FINISHED_TEXT = (
    "A previous reconciliation job has already finished ({status}). Nothing was started: "
    "choose explicitly to start a new job (reconui-cli: --start-new)."
)
_STOPPED_TEXT = (
    "Stopped watching. The reconciliation job itself cannot be cancelled and goes on on the appliance."
)
_NO_JOB_TEXT = "The appliance has no reconciliation job."


@dataclass(frozen=True)
class RunOutcome:
    """The result of :meth:`JobRunner.run` or :meth:`JobRunner.watch_existing`.

    Attributes:
        kind: how the run ended.
        info: the last Info seen (the final one for SUCCEEDED/FAILED, the previous job's for
            PREVIOUS_FINISHED), None if no job was seen.
        error: the ReconError that ended the run (kind ERROR only).
        preflight: the pre-flight result, when pre-flight ran.
        started: True when this run created the job (False when it attached to one).
        events: every event emitted, in order.
        health: the health verdict after a SUCCEEDED job (when asked for), or of a health-only run.
    """

    kind: OutcomeKind
    info: JobInfo | None = None
    error: ReconError | None = None
    preflight: Preflight | None = None
    started: bool = False
    events: tuple[Event, ...] = field(default=(), repr=False)
    health: health.HealthVerdict | None = None

    @property
    def message(self) -> str:
        """One plain sentence describing the outcome."""
        if self.kind is OutcomeKind.ERROR and self.error is not None:
            return self.error.sentence
        if self.kind is OutcomeKind.PREVIOUS_FINISHED and self.info is not None:
            return _PREVIOUS_FINISHED_TEXT.format(status=self.info.status)
        if self.kind is OutcomeKind.STOPPED:
            return _STOPPED_TEXT
        if self.kind is OutcomeKind.NO_JOB:
            return _NO_JOB_TEXT
        if self.kind is OutcomeKind.CHECKED and self.health is not None:
            return self.health.sentence
        status = self.info.status if self.info is not None else self.kind.value.upper()
        return f"The reconciliation job finished: {status}."


class _Stopped(Exception):
    """Internal: the cancel event was set while waiting; unwinds to watch()/run()."""


@dataclass
class _Outage:
    """The current window of unusable answers."""

    cause: ReconError
    since: datetime
    started: float
    deadline: datetime
    attempts: int = 0
    next_delay: float = 0.0


class JobRunner:
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

    def __init__(
        self,
        client: ReconClient,
        credentials: Credentials,
        *,
        on_event: Callable[[Event], None],
        options: RunOptions = RunOptions(),
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], bool] | None = None,
        target: Target | None = None,
        trust: TrustDecision | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._client = client
        self._credentials = credentials
        self._on_event = on_event
        self.options = options
        self._cancel = cancel if cancel is not None else threading.Event()
        self._clock = clock
        self._now = now
        self._sleep_fn = sleep if sleep is not None else self._cancel.wait
        self._target = target if target is not None else getattr(client, "target", None)
        self._trust = trust if trust is not None else getattr(client, "trust", None)
        self._rng = rng if rng is not None else random.Random()  # noqa: S311 - jitter, not crypto
        self._outage: _Outage | None = None
        self._shape_errors = 0
        self._events: list[Event] = []
        self._preflight: Preflight | None = None
        self._last_info: JobInfo | None = None
        register_secret(credentials.password)

    # --- public steps ---------------------------------------------------------------------------

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event emitted so far."""
        return tuple(self._events)

    @property
    def last_info(self) -> JobInfo | None:
        """The most recent Info the appliance returned."""
        return self._last_info

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

    def preflight(self) -> Preflight:
        """Read the version, the restore state and any existing job; emit :class:`PreflightDone`.

        Version and restore state are informational: if the appliance answers them with an error
        (6.7 ``/rest`` appliances do for some), the run goes on without them. Authentication and
        authorization failures, and outages longer than the window, still end the run.
        """
        version = self._optional_read("version", self._client.get_version)
        restore = self._optional_read("restore status", self._client.get_restore_status)
        partners = self._read_partners()
        existing = self._call(self._client.get_job, ride_shape_errors=True)
        if existing is not None:
            self._last_info = existing
        result = Preflight(version=version, restore=restore, existing_job=existing, partners=partners)
        self._preflight = result
        logger.info(
            "preflight: version %s, restore %s, existing job %s",
            version.version if version else "unknown",
            restore.state if restore else "unknown",
            existing.status if existing else "none",
        )
        self._emit(PreflightDone(at=self._now(), version=version, restore=restore, existing_job=existing,
                                 partners=partners))
        return result

    def _read_partners(self) -> PartnerCheck:
        """The linked-mode replication status; "not available" (never a blocked run) when the
        appliance does not serve it (404, 6.7 ``/rest``) or the user may not read it (403)."""
        try:
            rows = self._call(self._client.get_replication_status)
        except (Unauthenticated, GaveUpWaiting):
            raise
        except NotFound:
            return PartnerCheck(available=False, reason="partners_not_served")
        except Unauthorized:
            return PartnerCheck(available=False, reason="partners_forbidden")
        except (ApplianceError, ProtocolError) as exc:
            logger.info("could not read the replication status (%s); going on without it", exc.code)
            return PartnerCheck(available=False, reason="partners_error", detail=exc.sentence)
        check = PartnerCheck(available=True, rows=rows)
        if check.unreachable:
            logger.warning("linked-mode partner(s) not answering: %s", ", ".join(check.unreachable))
        return check

    def poll(
        self,
        fetch: Callable[[], T],
        *,
        done: Callable[[T], bool],
        changed: Callable[[T], bool] | None = None,
        deadline: float | None = None,
        min_interval: float | None = None,
        wait_first: bool = False,
    ) -> T:
        """Call ``fetch`` until ``done(value)`` or the ``deadline`` (on the runner's clock) has passed.

        The same machinery as :meth:`watch`: every call goes through re-login and outage riding, the
        wait restarts at the floor whenever ``changed(value)`` says something moved and otherwise grows
        by ``backoff`` up to ``max_interval``; a cancel ends it at once (unwinding to the flow). The last
        value is returned also when the deadline ended the loop; the caller tells the two apart.
        """
        floor = max(self.options.min_interval, min_interval or 0.0)
        interval = floor
        if wait_first:
            self._sleep(interval)
        while True:
            value = self._call(fetch)
            moved = changed(value) if changed is not None else False
            if done(value):
                return value
            now = self._clock()
            if deadline is not None and now >= deadline:
                return value
            interval = floor if moved else min(interval * self.options.backoff, max(self.options.max_interval, floor))
            if deadline is not None:
                interval = max(self.options.min_interval, min(interval, deadline - now))
            self._sleep(interval)

    def watch_restore(self, restore: RestoreStatus) -> RestoreStatus | None:
        """Watch an INPROGRESS restore job until it ends; emit :class:`RestoreUpdated`/:class:`RestoreFinished`.

        Returns the final status, or None when watching was stopped (the restore goes on).
        """
        tracker = MessageTracker()
        tracker.new_messages(restore.messages)
        last = [restore]

        def changed(current: RestoreStatus) -> bool:
            if current == last[0]:
                return False
            fresh = tracker.new_messages(current.messages)
            last[0] = current
            self._emit(RestoreUpdated(at=self._now(), restore=current, new_messages=fresh))
            return True

        logger.info("the restore is INPROGRESS (%s%%); waiting for it", restore.progress)
        try:
            final = self.poll(self._client.get_restore_status, done=lambda r: not r.in_progress, changed=changed,
                              wait_first=True)
        except _Stopped:
            logger.info("stopped watching the restore; it goes on on the appliance")
            return None
        logger.info("the restore ended: %s", final.state)
        self._emit(RestoreFinished(at=self._now(), restore=final))
        return final

    def check_health(self) -> health.HealthVerdict:
        """Re-check the appliance's health until the verdict is stable or ``health_settle`` runs out.

        Emits :class:`HealthChecked` per round and :class:`HealthVerdictReached` at the end. Never
        raises a ReconError for the checks themselves (a failed read is part of the verdict); a stop
        gives a "not checked" verdict (``reason_code`` ``verdict_stopped``). A session that cannot be
        renewed still raises.
        """
        settle = self.options.health_settle
        deadline = self._clock() + settle
        settle_until = self._now() + timedelta(seconds=settle)
        rounds = [0]
        previous: list[health.HealthSnapshot | None] = [None]

        def fetch() -> health.HealthSnapshot:
            # Each request re-logs in on its own after a 401; transient failures become pending items.
            snapshot = health.read_snapshot(self._client, self._now,
                                            call=lambda fn: self._call(fn, ride_outages=False))
            return health.carry_over(previous[0], snapshot)

        def changed(snapshot: health.HealthSnapshot) -> bool:
            rounds[0] += 1
            verdict = health.evaluate(snapshot, rounds=rounds[0], settled=not snapshot.pending)
            self._emit(HealthChecked(at=self._now(), snapshot=snapshot, verdict=verdict,
                                     settle_until=settle_until if snapshot.pending else None))
            moved = previous[0] is None or snapshot.key != previous[0].key
            return moved

        def done(snapshot: health.HealthSnapshot) -> bool:
            stable = not snapshot.pending and (
                health.evaluate(snapshot).healthy or (previous[0] is not None and snapshot.key == previous[0].key))
            previous[0] = snapshot
            return stable

        try:
            last = self.poll(fetch, done=done, changed=changed, deadline=deadline,
                             min_interval=self.options.health_interval)
        except _Stopped:
            verdict = health.stopped_verdict(previous[0], self._now(), rounds[0])
            logger.info("health check stopped by the user")
            self._emit(HealthVerdictReached(at=self._now(), verdict=verdict))
            return verdict
        settled = not last.pending
        if not settled:
            last = health.finalize(last, _minutes(settle))
        verdict = health.evaluate(last, rounds=rounds[0], settled=settled)
        logger.info("health verdict: %s after %d round(s)", verdict.verdict, rounds[0])
        self._emit(HealthVerdictReached(at=self._now(), verdict=verdict))
        return verdict

    def attach(self, info: JobInfo) -> JobInfo:
        """Adopt an existing job for watching; emit :class:`JobAttached`."""
        self._last_info = info
        logger.info("attaching to the existing job (%s, %s%%)", info.status, info.progress)
        self._emit(JobAttached(at=self._now(), info=info))
        return info

    def start(self, spec: JobSpec) -> JobInfo:
        """Create the job and emit :class:`JobStarted`.

        Create is not blindly repeated after a transient error: the request may have reached the
        appliance. The runner waits (with back-off), then asks for the job; only if there is no new
        job does it send create again. The outage that began with the failed create lasts until a
        create (or the probe finding the job) succeeds - a successful read in between does not
        reset its clock - so ``outage_window`` bounds the whole affair, and at most
        ``max_create_attempts`` creates are sent.

        Raises:
            GaveUpWaiting: the window passed or the create attempts ran out.
        """
        register_secret(spec.sso_password)
        previous = self._preflight.existing_job if self._preflight is not None else None
        attempts = 0
        while True:
            attempts += 1
            try:
                info = self._call(lambda: self._client.create_job(spec), ride_outages=False)
                break
            except ReconError as exc:
                if not exc.transient:
                    raise
                logger.warning("create did not get an answer (%s, attempt %d of %d); asking the appliance before "
                               "retrying", exc.code, attempts, self.options.max_create_attempts)
                self._enter_outage(exc)
                if attempts >= self.options.max_create_attempts:
                    raise self._give_up(exc, f"create got no answer {attempts} times") from None
                self._wait_in_outage()
                existing = self._call(self._client.get_job, ends_outage=False, ride_shape_errors=True)
                if existing is not None and existing.status != STATUS_NONE and existing != previous:
                    logger.info("the job was created despite the error (%s)", existing.status)
                    info = existing
                    self._leave_outage()
                    break
        self._last_info = info
        logger.info("job started (%s, %s%%)", info.status, info.progress)
        self._emit(JobStarted(at=self._now(), info=info))
        return info

    def watch(self, info: JobInfo) -> JobInfo | None:
        """Poll until SUCCEEDED or FAILED; return the final Info, or None when monitoring was stopped.

        Emits :class:`JobUpdated` for each changed Info, then :class:`JobFinished`; or
        :class:`MonitoringStopped` when the cancel event is set.

        Raises:
            ReconError: a non-transient error, a second 401 in a row, or :class:`GaveUpWaiting`.
        """
        self._last_info = info
        tracker = MessageTracker()
        tracker.new_messages(info.messages)
        try:
            if info.is_terminal:
                return self._finish(info)
            last = info
            interval = self.options.min_interval
            missing = 0
            while True:
                self._sleep(interval)
                current = self._call(self._client.get_job, ride_shape_errors=True)
                if current is None:
                    missing += 1
                    if missing > self.options.not_found_retries:
                        raise NotFound(
                            {"status": 404},
                            detail=f"the job was not found {missing} times in a row while watching",
                        )
                    logger.info("job not found (%d of %d tolerated): not registered yet?", missing,
                                self.options.not_found_retries)
                    interval = self.options.min_interval
                    continue
                missing = 0
                if current != last:
                    fresh = tracker.new_messages(current.messages)
                    status_changed = current.status != last.status
                    if status_changed:
                        logger.info("job status %s -> %s (%s%%)", last.status, current.status, current.progress)
                    self._last_info = current
                    self._emit(
                        JobUpdated(at=self._now(), info=current, new_messages=fresh, status_changed=status_changed)
                    )
                    interval = self.options.min_interval
                else:
                    interval = min(interval * self.options.backoff, self.options.max_interval)
                last = current
                if current.is_terminal:
                    return self._finish(current)
        except _Stopped:
            logger.info("monitoring stopped by the user; the appliance job goes on")
            self._emit(MonitoringStopped(at=self._now(), last_info=self._last_info))
            return None

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
        except _Stopped:
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

    def await_restore(self, pre: Preflight, *, wait: bool) -> Preflight:
        """Deal with a restore that has not SUCCEEDED: wait for an INPROGRESS one, or refuse.

        After a restore that ended SUCCEEDED the job is read again (a file-based restore starts
        reconciliation itself) and the updated pre-flight is returned.

        Raises:
            RestoreInProgress: the restore runs and ``wait`` is False.
            RestoreFailed: the restore FAILED (its messages are the error's server messages).
            RestoreNotSucceeded: any other state.
        """
        restore = pre.restore
        assert restore is not None
        if restore.in_progress:
            if not wait:
                raise RestoreInProgress(restore.progress, server_messages=restore.messages)
            watched = self.watch_restore(restore)
            if watched is None:
                raise _Stopped
            restore = watched
        if restore.state == RESTORE_FAILED:
            raise RestoreFailed(server_messages=restore.messages)
        if not restore.succeeded:
            raise RestoreNotSucceeded(restore.state)
        existing = self._call(self._client.get_job)
        if existing is not None:
            self._last_info = existing
        pre = Preflight(version=pre.version, restore=restore, existing_job=existing, partners=pre.partners)
        self._preflight = pre
        return pre

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

    def _finish(self, info: JobInfo) -> JobInfo:
        self._last_info = info
        logger.info("job finished: %s (%s%%)", info.status, info.progress)
        self._emit(JobFinished(at=self._now(), info=info))
        return info

    # --- calls, re-login and outages ------------------------------------------------------------

    def _optional_read(self, what: str, fn: Callable[[], T]) -> T | None:
        try:
            return self._call(fn)
        except (Unauthenticated, Unauthorized, GaveUpWaiting):
            raise
        except (ApplianceError, ProtocolError) as exc:
            logger.info("could not read the %s (%s); going on without it", what, exc.code)
            return None

    def _call(self, fn: Callable[[], T], *, ride_outages: bool = True, ends_outage: bool = True,
              ride_shape_errors: bool = False) -> T:
        """Call the appliance: re-login once per 401, and ride out transient errors.

        A 401 right after a successful re-login is final (the credentials no longer work). A 401 whose
        re-login fails with a transient error belongs to the outage and is retried when it ends.

        Args:
            fn: the client call.
            ride_outages: wait out transient errors (within ``outage_window``) instead of raising.
            ends_outage: a success ends the current outage. False for a probe made *during* an
                outage that belongs to another call (the create), so the probe's success does not
                reset the outage's clock.
            ride_shape_errors: also wait out up to ``shape_error_retries`` consecutive answers of
                the wrong shape (a restarting service can answer half-initialised), then raise.
        """
        relogged = False
        while True:
            self._check_cancel()
            try:
                result = fn()
            except Unauthenticated:
                self._check_cancel()
                if relogged:
                    raise
                try:
                    self._relogin()
                except ReconError as exc:
                    self._check_cancel()
                    if not (exc.transient and ride_outages):
                        raise
                    self._enter_outage(exc)
                    self._wait_in_outage()
                    continue
                relogged = True
                continue
            except ProtocolError as exc:
                self._check_cancel()  # a call cut short by the user is not an appliance fault
                if not (ride_shape_errors and ride_outages) or self._shape_errors >= self.options.shape_error_retries:
                    self._shape_errors = 0
                    raise
                self._shape_errors += 1
                logger.warning("answer of an unexpected shape (%d of %d tolerated): %s", self._shape_errors,
                               self.options.shape_error_retries, exc.detail or exc.sentence)
                self._enter_outage(exc)
                self._wait_in_outage()
                continue
            except ReconError as exc:
                self._check_cancel()
                if not (exc.transient and ride_outages):
                    raise
                # A restart in between makes the next 401 a new one (sessions are lost again).
                relogged = False
                self._enter_outage(exc)
                self._wait_in_outage()
                continue
            if ride_shape_errors:
                self._shape_errors = 0
            if ends_outage:
                self._leave_outage()
            return result

    def _relogin(self) -> None:
        logger.info("session rejected (401); logging in again with the held credentials")
        self._client.login(self._credentials)
        self._leave_outage()
        self._emit(Reauthenticated(at=self._now()))

    def _enter_outage(self, cause: ReconError) -> None:
        if self._outage is None:
            since = self._now()
            deadline = since + timedelta(seconds=self.options.outage_window)
            self._outage = _Outage(
                cause=cause,
                since=since,
                started=self._clock(),
                deadline=deadline,
                next_delay=max(self.options.outage_initial_delay, self.options.min_interval),
            )
            logger.warning("appliance services unavailable (%s: %s); waiting until %s", cause.code,
                           cause.detail or cause.sentence, deadline.isoformat())
            self._emit(ServicesUnavailable(at=since, cause=cause, since=since, deadline=deadline))
        else:
            logger.info("still unavailable (%s)", cause.code)
        outage = self._outage
        outage.attempts += 1
        if outage.attempts > 1:
            self._emit(StillUnavailable(at=self._now(), cause=cause, since=outage.since, deadline=outage.deadline,
                                        attempts=outage.attempts))
        if self._clock() - outage.started >= self.options.outage_window:
            raise self._give_up(cause, "the outage window passed")

    def _give_up(self, cause: ReconError, why: str) -> GaveUpWaiting:
        """End the current outage as :class:`GaveUpWaiting` (minutes = how long it really lasted)."""
        outage = self._outage
        waited = self._clock() - outage.started if outage is not None else 0.0
        self._outage = None
        minutes = _minutes(self.options.outage_window) if waited >= self.options.outage_window else _minutes(waited)
        return GaveUpWaiting({"minutes": minutes}, detail=f"{why}; last error: {cause.code}: {cause.detail}")

    def _wait_in_outage(self) -> None:
        outage = self._outage
        assert outage is not None
        spread = self.options.jitter
        delay = outage.next_delay * self._rng.uniform(1 - spread, 1 + spread)
        remaining = self.options.outage_window - (self._clock() - outage.started)
        # Never sleep past the deadline (one last try there), never faster than the rate floor.
        delay = max(self.options.min_interval, min(delay, max(remaining, 0.0)))
        outage.next_delay = min(outage.next_delay * self.options.outage_backoff, self.options.outage_max_delay)
        self._sleep(delay)

    def _leave_outage(self) -> None:
        if self._outage is None:
            return
        seconds = max(0.0, self._clock() - self._outage.started)
        logger.info("appliance services are back after %.0f s", seconds)
        self._outage = None
        self._emit(ServicesBack(at=self._now(), outage_seconds=seconds))

    # --- plumbing -------------------------------------------------------------------------------

    def _sleep(self, seconds: float) -> None:
        self._check_cancel()
        if self._sleep_fn(seconds) or self._cancel.is_set():
            raise _Stopped

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise _Stopped

    def _emit(self, event: Event) -> None:
        self._events.append(event)
        self._on_event(event)


def _minutes(seconds: float) -> str:
    minutes = seconds / 60
    return f"{minutes:.0f}" if minutes >= 10 or minutes == int(minutes) else f"{minutes:.2g}"


__all__ = [
    "JobRunner",
    "OutcomeKind",
    "Preflight",
    "ReconClient",
    "RunOptions",
    "RunOutcome",
]
