"""The reconciliation job: its create spec, its scripted timeline and its Info snapshots.

A job is a pure function of elapsed time: progress, accumulated messages and the final status
are computed from the monotonic clock on every read. That keeps the job correct however often
(or rarely) clients poll, and needs no timer thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from reconui.simulator.catalog import Message, Param, named, positional
from reconui.simulator.wire import VapiError

SERVICE_ID = "com.vmware.appliance.recovery.reconciliation.job"
DESCRIPTION = Message("ex.recon.description")
PARTNER_OK = "vc02.example.com"
PARTNER_DOWN = "vc03.example.com"
SSO_DOMAIN = "vsphere.local"


@dataclass(frozen=True)
class CreateSpec:
    """``Job.CreateSpec`` (docs/protocol.md §3.2); every field optional. Never logged: it holds a password."""

    sso_admin_user_name: str | None = None
    sso_admin_user_password: str | None = None
    ignore_warnings: bool | None = None

    def __repr__(self) -> str:  # keep the password out of any traceback or log line
        return f"CreateSpec(sso_admin_user_name={self.sso_admin_user_name!r}, ignore_warnings={self.ignore_warnings!r})"


@dataclass(frozen=True)
class Step:
    """A message that appears once the job has run ``at`` (fraction of its duration)."""

    at: float
    message: Message


@dataclass(frozen=True)
class JobPlan:
    """The scripted timeline of one job: steps, then success or a failure at ``fail_at``."""

    steps: tuple[Step, ...]
    completion: Message
    fail_at: float | None = None
    failure_messages: tuple[Message, ...] = ()
    error: VapiError | None = None


@dataclass(frozen=True)
class JobSnapshot:
    """``Job.Info`` at one instant, before wire encoding."""

    status: str
    progress: int
    start_time: datetime
    end_time: datetime | None
    messages: tuple[Message, ...]
    error: VapiError | None


def build_plan(
    scenario: str,
    spec: CreateSpec,
    start: datetime,
    duration: float,
    *,
    fail_at: float,
    restart_end: float | None = None,
) -> JobPlan:
    """Script a job for ``scenario``; message kinds cover every LocalizationParam (s, i, d, dt, l).

    Args:
        scenario: scenario name (``fail``, ``warnings`` and ``partner_down`` change the outcome).
        spec: the create spec (its SSO user and ``ignore_warnings`` show up in the timeline).
        start: wall-clock start, used by datetime params.
        duration: seconds from start to success.
        fail_at: fraction of ``duration`` where the ``fail`` scenario fails.
        restart_end: seconds after start when a service restart ended (``restart`` scenario).
    """
    steps: list[Step] = [Step(0.02, named("ex.recon.started", start=Param.dt(start, "MED_DATE_TIME")))]
    if spec.sso_admin_user_name:
        steps.append(Step(0.05, positional("ex.recon.sso.validated", spec.sso_admin_user_name)))
    steps.append(
        Step(0.08, named("ex.recon.partner.reachable", partner=Param.s(PARTNER_OK), latency=Param.d(12.345, 1)))
    )
    fail: float | None = None
    failure: tuple[Message, ...] = ()
    error: VapiError | None = None
    if scenario in ("warnings", "partner_down"):
        steps.append(Step(0.10, positional("ex.recon.partner.unreachable", PARTNER_DOWN)))
        if spec.ignore_warnings:
            warning = Param.nested("ex.recon.warning.partner", partner=Param.s(PARTNER_DOWN))
            steps.append(Step(0.12, named("ex.recon.warning.ignored", warning=warning)))
        else:
            fail = 0.12
            error = VapiError(
                "error",
                (
                    named("ex.recon.validation.failed", count=Param.i(1)),
                    positional("ex.recon.partner.unreachable", PARTNER_DOWN),
                ),
            )
    steps += [
        Step(0.30, named("ex.recon.sync", count=Param.i(12873), domain=Param.s(SSO_DOMAIN))),
        Step(0.45, named("ex.recon.step", done=Param.i(3), total=Param.i(12))),
        Step(0.55, named("ex.recon.service.started",
                         service=Param.nested("ex.recon.service.name", name=Param.s("vpxd")))),
        Step(0.65, named("ex.recon.step", done=Param.i(6), total=Param.i(12))),
        Step(0.75, named("ex.recon.step", done=Param.i(9), total=Param.i(12))),
        Step(0.85, named("ex.recon.step", done=Param.i(12), total=Param.i(12))),
    ]
    if restart_end is not None and restart_end < duration:
        back = start + timedelta(seconds=restart_end)
        restarted = named("ex.recon.services.restarted", time=Param.dt(back, "MED_TIME"))
        steps.append(Step(restart_end / duration, restarted))
    if scenario == "fail":
        fail = fail_at
        failed_time = start + timedelta(seconds=fail_at * duration)
        reason = Param.nested("ex.recon.reason.sync", partner=Param.s(PARTNER_OK))
        failure = (named("ex.recon.failed", time=Param.dt(failed_time), reason=reason),)
        error = VapiError(
            "error",
            (
                named("ex.recon.sync.failed", partner=Param.s(PARTNER_OK), attempts=Param.i(3)),
                positional("ex.recon.partner.unreachable", PARTNER_OK),
            ),
        )
    steps.sort(key=lambda s: s.at)
    completion = named("ex.recon.completed", elapsed=Param.d(duration, 1))
    return JobPlan(tuple(steps), completion, fail, failure, error)


class ReconciliationJob:
    """One job instance; immutable after creation, snapshots computed from elapsed time."""

    def __init__(self, plan: JobPlan, duration: float, started_wall: datetime, started_mono: float,
                 progress_plan: tuple[tuple[float, int], ...] = ()) -> None:
        self.plan = plan
        self.duration = duration
        self.started_wall = started_wall
        self.started_mono = started_mono
        self.progress_plan = progress_plan

    def _progress(self, elapsed: float, fraction: float) -> int:
        if not self.progress_plan:
            return min(99, int(fraction * 100))
        shown = 0
        for at, percent in self.progress_plan:
            if at <= elapsed:
                shown = percent
        return shown

    def elapsed(self, now_mono: float) -> float:
        """Seconds since the job started."""
        return max(0.0, now_mono - self.started_mono)

    def snapshot(self, now_mono: float) -> JobSnapshot:
        """The Info invariants (§3.3): RUNNING has start only; SUCCEEDED/FAILED have both; only FAILED has error."""
        plan = self.plan
        fraction = self.elapsed(now_mono) / self.duration
        if plan.fail_at is not None and fraction >= plan.fail_at:
            shown = tuple(s.message for s in plan.steps if s.at <= plan.fail_at) + plan.failure_messages
            end = self.started_wall + timedelta(seconds=plan.fail_at * self.duration)
            return JobSnapshot("FAILED", int(plan.fail_at * 100), self.started_wall, end, shown, plan.error)
        if fraction >= 1.0:
            shown = (*tuple(s.message for s in plan.steps), plan.completion)
            end = self.started_wall + timedelta(seconds=self.duration)
            return JobSnapshot("SUCCEEDED", 100, self.started_wall, end, shown, None)
        if self.progress_plan:  # one step message with each progress step: nothing changes in between
            reached = sum(1 for at, _ in self.progress_plan if at <= self.elapsed(now_mono))
            shown = tuple(s.message for s in plan.steps[:reached])
        else:
            shown = tuple(s.message for s in plan.steps if s.at <= fraction)
        progress = self._progress(self.elapsed(now_mono), fraction)
        return JobSnapshot("RUNNING", progress, self.started_wall, None, shown, None)

