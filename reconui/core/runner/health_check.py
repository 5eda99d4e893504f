"""The health verdict after a job: :class:`HealthCheck` re-reads until it settles.

Services come back one by one after a reconciliation, so one reading says little; this repeats the
rounds of :mod:`reconui.core.health` on the shared poll loop until nothing is pending and the
verdict repeats, or ``health_settle`` runs out. The rules of the verdict itself live in
:mod:`reconui.core.health`; this module only paces and reports the rounds.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from reconui.core import health
from reconui.core.events import (
    HealthChecked,
    HealthVerdictReached,
)
from reconui.core.runner.poll_loop import PollLoop, Stopped, minutes_text

logger = logging.getLogger(__name__)


class HealthCheck(PollLoop):
    """The health rounds, on the shared :class:`PollLoop`."""

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
        except Stopped:
            verdict = health.stopped_verdict(previous[0], self._now(), rounds[0])
            logger.info("health check stopped by the user")
            self._emit(HealthVerdictReached(at=self._now(), verdict=verdict))
            return verdict
        settled = not last.pending
        if not settled:
            last = health.finalize(last, minutes_text(settle))
        verdict = health.evaluate(last, rounds=rounds[0], settled=settled)
        logger.info("health verdict: %s after %d round(s)", verdict.verdict, rounds[0])
        self._emit(HealthVerdictReached(at=self._now(), verdict=verdict))
        return verdict
