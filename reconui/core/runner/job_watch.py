"""Starting or attaching to the reconciliation job and watching it to the end: :class:`JobWatch`.

Apart from the poll loop because the job has rules of its own: a create is never blindly repeated
(it may have reached the appliance), a 404 right after create is tolerated a few times, and the
poll interval resets whenever the job's Info changes.
"""

from __future__ import annotations

import logging

from reconui.core.errors import (
    NotFound,
    ReconError,
)
from reconui.core.events import (
    JobAttached,
    JobFinished,
    JobStarted,
    JobUpdated,
    MonitoringStopped,
)
from reconui.core.logging_setup import register_secret
from reconui.core.message_tracker import MessageTracker
from reconui.core.models import (
    STATUS_NONE,
    JobInfo,
    JobSpec,
)
from reconui.core.runner.poll_loop import PollLoop, Stopped

logger = logging.getLogger(__name__)


class JobWatch(PollLoop):
    """Attach, start and watch, on the shared :class:`PollLoop`."""

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
        except Stopped:
            logger.info("monitoring stopped by the user; the appliance job goes on")
            self._emit(MonitoringStopped(at=self._now(), last_info=self._last_info))
            return None


    def _finish(self, info: JobInfo) -> JobInfo:
        self._last_info = info
        logger.info("job finished: %s (%s%%)", info.status, info.progress)
        self._emit(JobFinished(at=self._now(), info=info))
        return info
