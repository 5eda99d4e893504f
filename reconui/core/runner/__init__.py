"""The job runner: check the appliance, attach to or start the reconciliation job, watch it to the end.

The reconciliation job restarts the appliance's services while it runs, so the port-443 API can
vanish for minutes. The runner turns that into a calm "services unavailable, waiting until HH:MM"
window instead of an error, logs in again with the credentials it holds in memory, and only gives
up after a configurable window.

Everything that takes time is injected (``clock``, ``now``, ``sleep``) so tests drive the runner with
a fake appliance (``tests/fakes.py``) and no real waiting. The runner never raises a
:class:`~reconui.core.errors.ReconError` out of :meth:`JobRunner.run`: it returns a
:class:`RunOutcome`; unexpected exceptions (bugs) still propagate.

One package, one module per part of a run (each a step on the shared loop)::

    options.py       RunOptions: pacing and patience
    outcome.py       Preflight, OutcomeKind, RunOutcome: what a run found and how it ended
    poll_loop.py     PollLoop: every call (re-login, outage riding, back-off, cancel) and poll()
    preflight.py     PreflightSteps: version, restore, partners, existing job; the restore watch
    job_watch.py     JobWatch: attach, start (create never blindly repeated), watch to the end
    health_check.py  HealthCheck: health rounds until the verdict settles
    job_runner.py    JobRunner: connect, the flows run / watch_existing / health_only, close

Front ends import from this package only (``from reconui.core.runner import JobRunner``).
"""

from __future__ import annotations

from reconui.core.runner.job_runner import JobRunner
from reconui.core.runner.options import RunOptions
from reconui.core.runner.outcome import OutcomeKind, Preflight, RunOutcome
from reconui.core.runner.poll_loop import ReconClient

__all__ = [
    "JobRunner",
    "OutcomeKind",
    "Preflight",
    "ReconClient",
    "RunOptions",
    "RunOutcome",
]
