"""How a run paces itself and how long it stays patient: :class:`RunOptions`.

Apart from the loop that uses them because the front ends build them (the CLI from its options, the
window from its settings, tests shrunk to milliseconds) without needing the runner's machinery.
"""

from __future__ import annotations

from dataclasses import dataclass


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
