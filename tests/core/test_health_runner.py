"""The checks around the job, driven through the runner with the scripted fake client: the partner
check in pre-flight, the restore watch, and the health verdict with its bounded settle time."""

from __future__ import annotations

import random
import threading
from datetime import datetime, timedelta, timezone

import pytest
from fakes import PARTNERS_OK, FakeClient, FakeClock, msg, running, service, succeeded

from reconui.core.errors import (
    BadResponse,
    GenericApplianceError,
    NotFound,
    RestoreFailed,
    RestoreInProgress,
    ServiceUnavailable,
    Unauthenticated,
    Unauthorized,
)
from reconui.core.events import (
    HealthChecked,
    HealthVerdictReached,
    JobAttached,
    JobStarted,
    PreflightDone,
    Reauthenticated,
    RestoreFinished,
    RestoreUpdated,
    ServicesBack,
    ServicesUnavailable,
)
from reconui.core.health import (
    ABSENT,
    OK,
    PENDING,
    PROBLEM,
    VERDICT_ATTENTION,
    VERDICT_HEALTHY,
    VERDICT_NOT_CHECKED,
)
from reconui.core.models import (
    CertificateInfo,
    Credentials,
    JobSpec,
    ReplicationPartner,
    RestoreStatus,
    Target,
    TrustDecision,
    TrustMode,
)
from reconui.core.runner import JobRunner, OutcomeKind, RunOptions

CREDS = Credentials("administrator@vsphere.local", "Pa$$ w0rd")
SPEC = JobSpec("administrator@vsphere.local", "Ss0-Secr3t!")
OPTIONS = RunOptions(health_settle=120.0, health_interval=10.0)


def cert() -> CertificateInfo:
    t = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return CertificateInfo(subject="CN=v", issuer="CN=v", sans=(), not_before=t, not_after=t + timedelta(days=1),
                           sha256="AA:" * 31 + "AA", sha1="BB", serial="1", pem="-", self_signed=True)


class Harness:
    def __init__(self, options: RunOptions = OPTIONS, **scripts: object) -> None:
        self.clock = FakeClock()
        self.client = FakeClient(self.clock, **scripts)  # type: ignore[arg-type]
        self.events: list[object] = []
        self.cancel = threading.Event()
        self.runner = JobRunner(
            self.client, CREDS, on_event=self.events.append, options=options, cancel=self.cancel,
            clock=self.clock.monotonic, now=self.clock.now, sleep=self.clock.sleep,
            target=Target("vcsa.example.com"), trust=TrustDecision(TrustMode.PINNED, cert()), rng=random.Random(1),
        )

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]


DEGRADED = (
    service("vpxd"),
    service("vsphere-ui", "STOPPED"),
    service("content-library", "STARTED", "DEGRADED", messages=[msg("cls.db_unreachable", "Database is unreachable.")]),
    service("imagebuilder", "STOPPED", startup="MANUAL"),
)
STARTING = (service("vpxd", "STARTING"), service("vsphere-ui", "STARTING"), service("eam"))
HALF = (service("vpxd"), service("vsphere-ui", "STARTING"), service("eam"))
ALL_UP = (service("vpxd"), service("vsphere-ui"), service("eam"))


# --- partners -------------------------------------------------------------------------------------


@pytest.mark.expected_warnings("reconui.core.runner")
def test_preflight_lists_the_partners_and_names_the_unreachable_one() -> None:
    rows = (
        ReplicationPartner("vc01", "vc02", True, True, True, 0),
        ReplicationPartner("vc01", "vc03", False, False),
        ReplicationPartner("vc03", "vc01", True, False),
    )
    h = Harness(partners=[rows], jobs=[None, succeeded()])
    outcome = h.runner.run(SPEC)
    pre = h.of(PreflightDone)[0]
    assert pre.partners is not None and pre.partners.available
    assert pre.partners.rows == rows
    assert pre.partners.unreachable == ("vc03",)
    assert outcome.preflight is not None and outcome.preflight.partners == pre.partners
    # The partner check informs; the run itself goes on (the appliance's validation decides).
    assert outcome.kind is OutcomeKind.SUCCEEDED


@pytest.mark.parametrize(("error", "reason"), [
    (Unauthorized(http_status=403), "partners_forbidden"),
    (NotFound(http_status=404), "partners_not_served"),
    (GenericApplianceError(http_status=500), "partners_error"),
])
def test_partner_status_not_available_never_blocks_the_run(error: Exception, reason: str) -> None:
    h = Harness(partners=[error], jobs=[None, succeeded()])
    outcome = h.runner.run(SPEC)
    partners = h.of(PreflightDone)[0].partners
    assert partners is not None and not partners.available and partners.reason == reason
    assert partners.unreachable == ()
    assert outcome.kind is OutcomeKind.SUCCEEDED and h.client.count("create_job") == 1


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_status_rides_out_an_outage_like_every_preflight_read() -> None:
    h = Harness(partners=[ServiceUnavailable(http_status=503), PARTNERS_OK], jobs=[None, succeeded()])
    h.runner.run(SPEC)
    assert h.of(ServicesUnavailable) and h.of(ServicesBack)
    assert h.of(PreflightDone)[0].partners.rows == PARTNERS_OK


# --- restore watch --------------------------------------------------------------------------------


def restore(state: str, progress: int, *ids: str) -> RestoreStatus:
    return RestoreStatus(state=state, progress=progress, messages=tuple(msg(i) for i in ids))


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_running_restore_is_refused_without_waiting() -> None:
    h = Harness(restore=[restore("INPROGRESS", 40, "r.running")], jobs=[None])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, RestoreInProgress)
    assert outcome.error.params["progress"] == "40"
    assert [m.id for m in outcome.error.server_messages] == ["r.running"]
    assert h.client.count("create_job") == 0 and h.client.count("get_restore_status") == 1


@pytest.mark.expected_warnings("reconui.core.runner")
def test_waits_for_a_running_restore_then_starts_and_succeeds() -> None:
    h = Harness(
        restore=[restore("INPROGRESS", 10, "r.running"), restore("INPROGRESS", 10, "r.running"),
                 ServiceUnavailable(http_status=503), restore("INPROGRESS", 60, "r.running", "r.part"),
                 restore("SUCCEEDED", 100, "r.running", "r.part", "r.done")],
        jobs=[None, None, succeeded()],
    )
    outcome = h.runner.run(SPEC, wait_for_restore=True)
    assert outcome.kind is OutcomeKind.SUCCEEDED and outcome.started
    updates = h.of(RestoreUpdated)
    assert [u.restore.progress for u in updates] == [60, 100]
    assert [[m.id for m in u.new_messages] for u in updates] == [["r.part"], ["r.done"]]
    assert h.of(RestoreFinished)[0].restore.state == "SUCCEEDED"
    assert h.of(ServicesUnavailable) and h.of(ServicesBack)  # the outage machinery rode the 503 out
    names = h.client.names()
    assert names.index("create_job") > max(i for i, n in enumerate(names) if n == "get_restore_status")
    assert outcome.preflight is not None and outcome.preflight.restore.succeeded
    # Restore polling keeps the runner's pace: never faster than min_interval.
    assert min(h.clock.sleeps) >= OPTIONS.min_interval


def test_after_the_restore_a_job_the_appliance_started_itself_is_attached() -> None:
    h = Harness(restore=[restore("INPROGRESS", 50), restore("SUCCEEDED", 100)], jobs=[None, running(5), succeeded()])
    outcome = h.runner.run(SPEC, wait_for_restore=True)
    assert h.of(JobAttached) and not h.of(JobStarted)
    assert outcome.kind is OutcomeKind.SUCCEEDED and not outcome.started
    assert h.client.count("create_job") == 0


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_restore_that_fails_while_watched_is_stated_with_its_messages() -> None:
    h = Harness(restore=[restore("INPROGRESS", 50), restore("FAILED", 63, "r.failed", "r.reason")], jobs=[None])
    outcome = h.runner.run(SPEC, wait_for_restore=True)
    assert isinstance(outcome.error, RestoreFailed)
    assert [m.id for m in outcome.error.server_messages] == ["r.failed", "r.reason"]
    assert "restore again" in outcome.message
    assert h.client.count("create_job") == 0


def test_stopping_during_the_restore_watch_stops_cleanly() -> None:
    h = Harness(restore=[restore("INPROGRESS", 10)], jobs=[None])
    h.clock.on_sleep = lambda _s: len(h.clock.sleeps) >= 3
    outcome = h.runner.run(SPEC, wait_for_restore=True)
    assert outcome.kind is OutcomeKind.STOPPED and h.client.count("create_job") == 0


# --- health ---------------------------------------------------------------------------------------


def run_health(**scripts: object) -> tuple[Harness, object]:
    h = Harness(jobs=[None, succeeded()], **scripts)
    outcome = h.runner.run(SPEC, check_health=True)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    return h, outcome.health


def test_healthy_at_the_first_check() -> None:
    h, verdict = run_health(services=[ALL_UP])
    assert verdict.verdict == VERDICT_HEALTHY and verdict.rounds == 1 and verdict.settled
    assert not verdict.blocking and verdict.findings == ()
    assert {i.name for i in verdict.snapshot.items if i.status == OK} >= {"system", "mem", "vpxd", "eam"}
    assert len(h.of(HealthChecked)) == 1 and h.of(HealthVerdictReached)[0].verdict is verdict
    assert h.client.subsystems == ["system", "applmgmt", "database-storage", "load", "mem", "software-packages",
                                   "storage", "swap"]


def test_manual_and_disabled_services_do_not_count() -> None:
    _, verdict = run_health(services=[(service("vpxd"), service("imagebuilder", "STOPPED", startup="MANUAL"),
                                       service("vcha", "STOPPED", startup="DISABLED"))])
    assert verdict.healthy
    assert "imagebuilder" not in {i.name for i in verdict.snapshot.items}


def test_services_still_starting_are_re_checked_until_all_started() -> None:
    h, verdict = run_health(services=[STARTING, HALF, ALL_UP], health=["gray", "green"])
    assert verdict.verdict == VERDICT_HEALTHY and verdict.rounds == 3
    checks = h.of(HealthChecked)
    assert [sorted(i.name for i in c.snapshot.pending) for c in checks] == [
        sorted(["system", "applmgmt", "database-storage", "load", "mem", "software-packages", "storage", "swap",
                "vpxd", "vsphere-ui"]),
        ["vsphere-ui"],
        [],
    ]
    assert checks[0].settle_until is not None and checks[-1].settle_until is None
    # Re-checks are paced by health_interval, and the whole check stays inside the settle time.
    health_sleeps = h.clock.sleeps[-2:]
    assert all(s >= OPTIONS.health_interval for s in health_sleeps)


def test_degraded_needs_attention_naming_the_stopped_and_the_degraded_service() -> None:
    _, verdict = run_health(services=[DEGRADED], health=[{"system": "orange", "mem": "orange",
                                                         "database-storage": "yellow", "*": "green"}])
    assert verdict.verdict == VERDICT_ATTENTION and verdict.blocking
    problems = {i.name: i for i in verdict.snapshot.problems}
    assert set(problems) == {"system", "mem", "database-storage", "vsphere-ui", "content-library"}
    assert problems["vsphere-ui"].code == "service_stopped" and "service-control --start vsphere-ui" in \
        problems["vsphere-ui"].sentence
    assert problems["content-library"].state == "DEGRADED"
    assert [m.id for m in problems["content-library"].messages] == ["cls.db_unreachable"]
    assert problems["mem"].code == "health_orange" and problems["database-storage"].code == "health_yellow"
    # Stable: the same verdict twice in a row, then no more rounds.
    assert verdict.rounds == 2 and verdict.settled
    assert verdict.params["count"] == "5"


def test_a_service_still_starting_when_the_settle_time_runs_out_needs_attention() -> None:
    h, verdict = run_health(services=[HALF])
    assert verdict.verdict == VERDICT_ATTENTION and not verdict.settled
    item = next(i for i in verdict.snapshot.problems if i.name == "vsphere-ui")
    assert item.code == "service_starting_final" and "2 minutes" in item.sentence
    # Bounded: the checks end at the settle time (plus at most the last round's pace).
    first = next(c.at for c in h.of(HealthChecked))
    last = h.of(HealthVerdictReached)[0].at
    assert (last - first).total_seconds() <= OPTIONS.health_settle + OPTIONS.health_interval
    assert len(h.of(HealthChecked)) <= OPTIONS.health_settle / OPTIONS.health_interval + 2


def test_the_services_endpoint_answering_503_is_waited_for() -> None:
    h, verdict = run_health(services=[ServiceUnavailable(http_status=503), BadResponse({"reason": "x"}), ALL_UP])
    assert verdict.healthy and verdict.rounds == 3
    first = h.of(HealthChecked)[0]
    assert [i.status for i in first.snapshot.items if i.name == "vcenter/services"] == [PENDING]
    # A failed read inside a round is part of the verdict, not an outage of the whole run.
    assert not h.of(ServicesUnavailable)


def test_an_endpoint_still_unavailable_at_the_end_could_not_be_checked() -> None:
    _, verdict = run_health(services=[ServiceUnavailable(http_status=503)])
    assert verdict.verdict == VERDICT_NOT_CHECKED and verdict.blocking
    assert "vcenter/services could not be checked" in verdict.sentence


def test_an_endpoint_that_refuses_is_could_not_be_checked_with_the_reason() -> None:
    _, verdict = run_health(services=[Unauthorized(http_status=403)])
    assert verdict.verdict == VERDICT_NOT_CHECKED and verdict.blocking
    assert "not allowed" in verdict.sentence


def test_an_old_appliance_without_the_services_endpoint_is_healthy_as_far_as_it_can_tell() -> None:
    _, verdict = run_health(services=[NotFound(http_status=404)])
    assert verdict.verdict == VERDICT_HEALTHY and not verdict.blocking
    assert verdict.code == "verdict_healthy_partial" and "vcenter/services" in verdict.sentence
    assert [i.status for i in verdict.findings] == [ABSENT]


def test_an_appliance_without_any_health_endpoint_is_not_checked_but_not_failed() -> None:
    _, verdict = run_health(services=[NotFound(http_status=404)], health=[NotFound(http_status=404)])
    assert verdict.verdict == VERDICT_NOT_CHECKED and not verdict.blocking
    assert "serves none of the health endpoints" in verdict.sentence


def test_healthy_with_warnings_and_unknown_levels_are_named() -> None:
    services = (service("vpxd", "STARTED", "HEALTHY_WITH_WARNINGS", messages=[msg("w.1", "Disk almost full.")]),)
    _, verdict = run_health(services=[services], health=[{"swap": "purple", "*": "green"}])
    problems = {i.name: i for i in verdict.snapshot.problems}
    assert problems["vpxd"].code == "service_warnings" and problems["vpxd"].status == PROBLEM
    assert problems["swap"].code == "health_unknown" and "purple" in problems["swap"].sentence


def test_a_lost_session_during_the_checks_logs_in_again() -> None:
    h, verdict = run_health(services=[Unauthenticated(http_status=401), ALL_UP])
    assert verdict.healthy
    assert h.of(Reauthenticated)
    assert len(h.client.logins) == 2


def test_health_is_not_checked_after_a_failed_job_or_when_not_asked() -> None:
    h = Harness(jobs=[None, succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.health is None and h.client.count("get_health") == 0


def test_stopping_during_the_settle_time_keeps_the_job_result() -> None:
    h = Harness(jobs=[None, succeeded()], services=[STARTING])
    sleeps_before = [0]

    def on_sleep(_seconds: float) -> bool:
        if h.of(HealthChecked):
            sleeps_before[0] += 1
        return sleeps_before[0] >= 2

    h.clock.on_sleep = on_sleep
    outcome = h.runner.run(SPEC, check_health=True)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert outcome.health is not None and outcome.health.verdict == VERDICT_NOT_CHECKED
    assert "stopped" in outcome.health.sentence


def test_health_only_run_checks_without_preflight_or_job() -> None:
    h = Harness(services=[DEGRADED])
    outcome = h.runner.health_only()
    assert outcome.kind is OutcomeKind.CHECKED
    assert outcome.health is not None and outcome.health.verdict == VERDICT_ATTENTION
    assert outcome.message == outcome.health.sentence
    assert h.client.count("get_job") == 0 and h.client.count("create_job") == 0
    assert h.client.logged_out == 1


def test_a_blip_after_a_good_reading_keeps_that_reading() -> None:
    # Round 2's 503 on the services does not undo round 1's reading: the verdict is stable at round 2.
    _, verdict = run_health(services=[DEGRADED, ServiceUnavailable(http_status=503), ALL_UP])
    assert verdict.verdict == VERDICT_ATTENTION and verdict.rounds == 2
    assert {i.name for i in verdict.snapshot.problems} >= {"vsphere-ui", "content-library"}
    assert not [i for i in verdict.snapshot.items if i.kind == "endpoint"]
