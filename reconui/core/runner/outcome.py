"""What a run found and how it ended: :class:`Preflight`, :class:`OutcomeKind`, :class:`RunOutcome`.

These are plain values the CLI's exit codes and output, the report and the window read after (or
during) a run; keeping them apart from the runner lets those readers import them without the loop.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from reconui.core import health
from reconui.core.errors import (
    ReconError,
)
from reconui.core.events import (
    Event,
)
from reconui.core.models import (
    STATUS_NONE,
    ApplianceVersion,
    JobInfo,
    PartnerCheck,
    RestoreStatus,
)


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
