"""The runner's health check (reconui/core/runner/health_check.py): the verdict with its bounded settle
time, with the scripted fake client on a fake clock, and against the simulator over HTTPS."""

from __future__ import annotations

import pytest
from fakes import RunnerHarness, msg, service, succeeded

from reconui.core.errors import (
    BadResponse,
    NotFound,
    ServiceUnavailable,
    Unauthenticated,
    Unauthorized,
)
from reconui.core.events import (
    HealthChecked,
    HealthVerdictReached,
    PreflightDone,
    Reauthenticated,
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
    JobSpec,
)
from reconui.core.runner import OutcomeKind

SPEC = JobSpec("administrator@vsphere.local", "Ss0-Secr3t!")


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


# --- restore watch --------------------------------------------------------------------------------


# --- health ---------------------------------------------------------------------------------------


def run_health(**scripts: object) -> tuple[RunnerHarness, object]:
    h = RunnerHarness.for_checks(jobs=[None, succeeded()], **scripts)
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
    assert all(s >= h.runner.options.health_interval for s in health_sleeps)


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
    assert (last - first).total_seconds() <= h.runner.options.health_settle + h.runner.options.health_interval
    assert len(h.of(HealthChecked)) <= h.runner.options.health_settle / h.runner.options.health_interval + 2


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
    h = RunnerHarness.for_checks(jobs=[None, succeeded()])
    outcome = h.runner.run(SPEC)
    assert outcome.health is None and h.client.count("get_health") == 0


def test_stopping_during_the_settle_time_keeps_the_job_result() -> None:
    h = RunnerHarness.for_checks(jobs=[None, succeeded()], services=[STARTING])
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
    h = RunnerHarness.for_checks(services=[DEGRADED])
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


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_ok_two_partners_replicating_and_healthy_after_the_job(simulator_factory, run_on_simulator, flavor) -> None:
    sim = simulator_factory(scenario="ok")
    outcome, events = run_on_simulator(sim, flavor)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    partners = next(e for e in events if isinstance(e, PreflightDone)).partners
    assert partners.available and partners.unreachable == ()
    assert {(r.node, r.partner) for r in partners.rows} >= {("vc01.example.com", "vc02.example.com"),
                                                            ("vc01.example.com", "vc03.example.com")}
    assert all(r.replicating for r in partners.rows)
    assert outcome.health.verdict == VERDICT_HEALTHY
    services = outcome.health.snapshot.services
    assert {s.id for s in services if s.automatic} >= {"vpxd", "vsphere-ui", "content-library"}
    assert outcome.health.snapshot.lastcheck is not None


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_degraded_names_the_stopped_and_the_degraded_service(simulator_factory, run_on_simulator, flavor) -> None:
    sim = simulator_factory(scenario="degraded")
    outcome, _ = run_on_simulator(sim, flavor)
    assert outcome.kind is OutcomeKind.SUCCEEDED
    verdict = outcome.health
    assert verdict.verdict == VERDICT_ATTENTION and verdict.blocking
    problems = {i.name: i for i in verdict.snapshot.problems}
    assert problems["vsphere-ui"].state == "STOPPED"
    assert problems["content-library"].state == "DEGRADED"
    assert problems["content-library"].messages[0].default_message == "Database is unreachable."
    assert problems["system"].state == "orange" and problems["mem"].state == "orange"
    assert problems["database-storage"].state == "yellow"


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_slow_services_settle_to_healthy(simulator_factory, run_on_simulator, flavor) -> None:
    sim = simulator_factory(scenario="slow_services", duration=1.0, services_settle=1.5, services_unavailable=0.3)
    outcome, events = run_on_simulator(sim, flavor)
    assert outcome.health.verdict == VERDICT_HEALTHY
    checks = [e for e in events if isinstance(e, HealthChecked)]
    pending = [{i.name for i in c.snapshot.pending} for c in checks]
    assert any("vsphere-ui" in p for p in pending)   # seen still starting
    assert pending[-1] == set()
    assert outcome.health.rounds == len(checks) >= 2


def test_a_67_appliance_has_no_partner_status_but_a_health_verdict(simulator_factory, run_on_simulator) -> None:
    sim = simulator_factory(scenario="degraded", appliance_version="6.7.0")
    outcome, events = run_on_simulator(sim, "auto")
    partners = next(e for e in events if isinstance(e, PreflightDone)).partners
    assert not partners.available and partners.reason == "partners_not_served"
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert outcome.health.verdict == VERDICT_ATTENTION
