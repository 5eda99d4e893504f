"""The machinery every appliance call of a run goes through: :class:`PollLoop`.

The reconciliation job restarts the appliance's services while it runs, so the port-443 API can
vanish for minutes: 503s with text bodies, refused or reset connections, TLS resets, and a 401 once
the authentication service comes back without the old session. Every call a run makes - the job
watch, the restore watch, the health rounds, the pre-flight reads - needs the same patience, so it
lives here once: one re-login per 401 with the credentials held in memory, a "services unavailable,
waiting until HH:MM" window instead of an error, back-off with jitter, the rate floor, and a
cancel that unwinds at once (:class:`Stopped`). The steps of a run are subclasses of
:class:`PollLoop` (``preflight.py``, ``job_watch.py``, ``health_check.py``), joined in
:class:`~reconui.core.runner.job_runner.JobRunner`.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from reconui.core.errors import (
    GaveUpWaiting,
    ProtocolError,
    ReconError,
    Unauthenticated,
)
from reconui.core.events import (
    Event,
    Reauthenticated,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
    utc_now,
)
from reconui.core.logging_setup import register_secret
from reconui.core.models import (
    ApplianceVersion,
    Credentials,
    JobInfo,
    JobSpec,
    ReplicationPartner,
    RestoreStatus,
    ServiceInfo,
    Target,
    TrustDecision,
)
from reconui.core.runner.options import RunOptions
from reconui.core.runner.outcome import Preflight

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: One shared default (frozen, so sharing it is safe).
_DEFAULT_OPTIONS = RunOptions()


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


class Stopped(Exception):
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


class PollLoop:
    """State and calls shared by every step of a run (constructor arguments: see ``JobRunner``)."""

    def __init__(
        self,
        client: ReconClient,
        credentials: Credentials,
        *,
        on_event: Callable[[Event], None],
        options: RunOptions = _DEFAULT_OPTIONS,
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


    @property
    def events(self) -> tuple[Event, ...]:
        """Every event emitted so far."""
        return tuple(self._events)

    @property
    def last_info(self) -> JobInfo | None:
        """The most recent Info the appliance returned."""
        return self._last_info


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
        window = self.options.outage_window
        minutes = minutes_text(window) if waited >= window else minutes_text(waited)
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
            raise Stopped

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise Stopped

    def _emit(self, event: Event) -> None:
        self._events.append(event)
        self._on_event(event)


def minutes_text(seconds: float) -> str:
    """Seconds as the minutes a sentence shows ("30", "2.5", "0.25"): whole above ten."""
    minutes = seconds / 60
    return f"{minutes:.0f}" if minutes >= 10 or minutes == int(minutes) else f"{minutes:.2g}"
