"""What the job runner tells its listeners, as typed immutable values.

The runner calls one ``on_event(event)`` callback (on whatever thread it runs on). The CLI prints
events, the report records them, and the GUI's worker turns each into a Qt signal carrying the same
object: one vocabulary for every front end. Times: ``at`` is the wall-clock UTC time the runner saw
the event, from its injected clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from reconui.core.errors import ReconError
from reconui.core.health import HealthSnapshot, HealthVerdict
from reconui.core.models import (
    ApplianceVersion,
    JobInfo,
    LocalizableMessage,
    PartnerCheck,
    RestoreStatus,
    TrustDecision,
)


def utc_now() -> datetime:
    """The current time as an aware UTC datetime: when an event happened (and the runner's default clock)."""
    return datetime.now(timezone.utc)

@dataclass(frozen=True)
class Event:
    at: datetime


@dataclass(frozen=True)
class Connected(Event):
    """Logged in. ``flavor`` is the API flavour in use ("api" or "rest")."""

    host: str
    port: int
    flavor: str
    user: str
    trust: TrustDecision | None


@dataclass(frozen=True)
class PreflightDone(Event):
    """What the appliance looks like before anything is started.

    ``existing_job`` is None when GET answered 404 (no job: a normal state). ``partners`` is the
    linked-mode replication status (None only when the runner did not read it).
    """

    version: ApplianceVersion | None
    restore: RestoreStatus | None
    existing_job: JobInfo | None
    partners: PartnerCheck | None = None


@dataclass(frozen=True)
class JobStarted(Event):
    """The create call returned this Info."""

    info: JobInfo


@dataclass(frozen=True)
class JobAttached(Event):
    """An already running job (e.g. after a file-based restore) is being watched."""

    info: JobInfo


@dataclass(frozen=True)
class JobUpdated(Event):
    """A poll returned an Info that differs from the previous one.

    ``new_messages`` are the messages not seen before (the appliance accumulates them);
    ``status_changed`` is True when ``info.status`` differs from the previous status.
    """

    info: JobInfo
    new_messages: tuple[LocalizableMessage, ...]
    status_changed: bool


@dataclass(frozen=True)
class ServicesUnavailable(Event):
    """The appliance stopped answering usefully; the runner waits until ``deadline`` (UTC)."""

    cause: ReconError
    since: datetime
    deadline: datetime


@dataclass(frozen=True)
class StillUnavailable(Event):
    """Another attempt inside a :class:`ServicesUnavailable` window failed (``attempts`` so far).

    Lets a front end say how long it has waited, how often it tried and why the last try failed
    (restarting services and a proxy answering garbage call for different patience).
    """

    cause: ReconError
    since: datetime
    deadline: datetime
    attempts: int


@dataclass(frozen=True)
class ServicesBack(Event):
    """The appliance answers again after a :class:`ServicesUnavailable` window."""

    outage_seconds: float


@dataclass(frozen=True)
class Reauthenticated(Event):
    """The session was gone (401) and the runner logged in again with the held credentials."""


@dataclass(frozen=True)
class JobFinished(Event):
    """The job reached SUCCEEDED or FAILED."""

    info: JobInfo


@dataclass(frozen=True)
class MonitoringStopped(Event):
    """The user stopped watching. The appliance job itself cannot be cancelled and goes on."""

    last_info: JobInfo | None


@dataclass(frozen=True)
class RunFailed(Event):
    """The run ended with an error (refusal, transport, trust, gave up)."""

    error: ReconError


@dataclass(frozen=True)
class RestoreUpdated(Event):
    """The restore job (watched because it was INPROGRESS) changed; ``new_messages`` not seen before."""

    restore: RestoreStatus
    new_messages: tuple[LocalizableMessage, ...]


@dataclass(frozen=True)
class RestoreFinished(Event):
    """The watched restore job is no longer INPROGRESS (SUCCEEDED, FAILED or another state)."""

    restore: RestoreStatus


@dataclass(frozen=True)
class HealthChecked(Event):
    """One health check round. ``settle_until`` (UTC) is set while something is still pending."""

    snapshot: HealthSnapshot
    verdict: HealthVerdict
    settle_until: datetime | None


@dataclass(frozen=True)
class HealthVerdictReached(Event):
    """The final health verdict after the job SUCCEEDED (or for ``reconui-cli health``)."""

    verdict: HealthVerdict
