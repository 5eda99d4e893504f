"""The reads before anything is sent: :class:`PreflightSteps`.

Version, restore state, linked-mode partners and an existing job are read first, and a restore that
has not SUCCEEDED is waited for or refused before the job's credentials go anywhere. Apart from the
job watch because their tolerance differs: these reads are informational (an error is "unknown",
never a blocked run), except the job and the restore, which decide what the run may do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from reconui.core.errors import (
    ApplianceError,
    GaveUpWaiting,
    NotFound,
    ProtocolError,
    RestoreFailed,
    RestoreInProgress,
    RestoreNotSucceeded,
    Unauthenticated,
    Unauthorized,
)
from reconui.core.events import (
    PreflightDone,
    RestoreFinished,
    RestoreUpdated,
)
from reconui.core.message_tracker import MessageTracker
from reconui.core.models import (
    RESTORE_FAILED,
    PartnerCheck,
    RestoreStatus,
)
from reconui.core.runner.outcome import Preflight
from reconui.core.runner.poll_loop import PollLoop, Stopped

logger = logging.getLogger(__name__)

T = TypeVar("T")


class PreflightSteps(PollLoop):
    """Pre-flight and the restore watch, on the shared :class:`PollLoop`."""

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
        except Stopped:
            logger.info("stopped watching the restore; it goes on on the appliance")
            return None
        logger.info("the restore ended: %s", final.state)
        self._emit(RestoreFinished(at=self._now(), restore=final))
        return final


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
                raise Stopped
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


    def _optional_read(self, what: str, fn: Callable[[], T]) -> T | None:
        try:
            return self._call(fn)
        except (Unauthenticated, Unauthorized, GaveUpWaiting):
            raise
        except (ApplianceError, ProtocolError) as exc:
            logger.info("could not read the %s (%s); going on without it", what, exc.code)
            return None
