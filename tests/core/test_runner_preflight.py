"""The runner's pre-flight (reconui/core/runner/preflight.py): the partner check and the restore watch,
with the scripted fake client on a fake clock, and against the simulator over HTTPS in both flavours."""

from __future__ import annotations

import pytest
from fakes import PARTNERS_OK, RunnerHarness, msg, running, succeeded

from reconui.core.errors import (
    GenericApplianceError,
    NotFound,
    RestoreFailed,
    RestoreInProgress,
    ServiceUnavailable,
    Unauthorized,
)
from reconui.core.events import (
    JobAttached,
    JobStarted,
    PreflightDone,
    RestoreFinished,
    RestoreUpdated,
    ServicesBack,
    ServicesUnavailable,
)
from reconui.core.models import (
    JobSpec,
    ReplicationPartner,
    RestoreStatus,
)
from reconui.core.runner import OutcomeKind

SPEC = JobSpec("administrator@vsphere.local", "Ss0-Secr3t!")


@pytest.mark.expected_warnings("reconui.core.runner")
def test_preflight_lists_the_partners_and_names_the_unreachable_one() -> None:
    rows = (
        ReplicationPartner("vc01", "vc02", True, True, True, 0),
        ReplicationPartner("vc01", "vc03", False, False),
        ReplicationPartner("vc03", "vc01", True, False),
    )
    h = RunnerHarness.for_checks(partners=[rows], jobs=[None, succeeded()])
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
    h = RunnerHarness.for_checks(partners=[error], jobs=[None, succeeded()])
    outcome = h.runner.run(SPEC)
    partners = h.of(PreflightDone)[0].partners
    assert partners is not None and not partners.available and partners.reason == reason
    assert partners.unreachable == ()
    assert outcome.kind is OutcomeKind.SUCCEEDED and h.client.count("create_job") == 1


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_status_rides_out_an_outage_like_every_preflight_read() -> None:
    h = RunnerHarness.for_checks(partners=[ServiceUnavailable(http_status=503), PARTNERS_OK], jobs=[None, succeeded()])
    h.runner.run(SPEC)
    assert h.of(ServicesUnavailable) and h.of(ServicesBack)
    assert h.of(PreflightDone)[0].partners.rows == PARTNERS_OK


def restore(state: str, progress: int, *ids: str) -> RestoreStatus:
    return RestoreStatus(state=state, progress=progress, messages=tuple(msg(i) for i in ids))


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_running_restore_is_refused_without_waiting() -> None:
    h = RunnerHarness.for_checks(restore=[restore("INPROGRESS", 40, "r.running")], jobs=[None])
    outcome = h.runner.run(SPEC)
    assert isinstance(outcome.error, RestoreInProgress)
    assert outcome.error.params["progress"] == "40"
    assert [m.id for m in outcome.error.server_messages] == ["r.running"]
    assert h.client.count("create_job") == 0 and h.client.count("get_restore_status") == 1


@pytest.mark.expected_warnings("reconui.core.runner")
def test_waits_for_a_running_restore_then_starts_and_succeeds() -> None:
    h = RunnerHarness.for_checks(
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
    assert min(h.clock.sleeps) >= h.runner.options.min_interval


def test_after_the_restore_a_job_the_appliance_started_itself_is_attached() -> None:
    h = RunnerHarness.for_checks(restore=[restore("INPROGRESS", 50), restore("SUCCEEDED", 100)],
                                 jobs=[None, running(5), succeeded()])
    outcome = h.runner.run(SPEC, wait_for_restore=True)
    assert h.of(JobAttached) and not h.of(JobStarted)
    assert outcome.kind is OutcomeKind.SUCCEEDED and not outcome.started
    assert h.client.count("create_job") == 0


@pytest.mark.expected_warnings("reconui.core.runner")
def test_a_restore_that_fails_while_watched_is_stated_with_its_messages() -> None:
    h = RunnerHarness.for_checks(restore=[restore("INPROGRESS", 50), restore("FAILED", 63, "r.failed", "r.reason")],
                                 jobs=[None])
    outcome = h.runner.run(SPEC, wait_for_restore=True)
    assert isinstance(outcome.error, RestoreFailed)
    assert [m.id for m in outcome.error.server_messages] == ["r.failed", "r.reason"]
    assert "restore again" in outcome.message
    assert h.client.count("create_job") == 0


def test_stopping_during_the_restore_watch_stops_cleanly() -> None:
    h = RunnerHarness.for_checks(restore=[restore("INPROGRESS", 10)], jobs=[None])
    h.clock.on_sleep = lambda _s: len(h.clock.sleeps) >= 3
    outcome = h.runner.run(SPEC, wait_for_restore=True)
    assert outcome.kind is OutcomeKind.STOPPED and h.client.count("create_job") == 0


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_is_named_before_the_job_fails_on_its_warning(simulator_factory, run_on_simulator, flavor) -> None:
    sim = simulator_factory(scenario="partner_down")
    outcome, events = run_on_simulator(sim, flavor)
    pre = next(e for e in events if isinstance(e, PreflightDone))
    assert pre.partners.unreachable == ("vc03.example.com",)
    assert events.index(pre) < next(i for i, e in enumerate(events) if type(e).__name__ == "JobStarted")
    assert outcome.kind is OutcomeKind.FAILED and outcome.health is None


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_with_ignore_warnings_succeeds(simulator_factory, run_on_simulator) -> None:
    sim = simulator_factory(scenario="partner_down")
    ignoring = JobSpec("administrator@vsphere.local", "VMware1!", ignore_warnings=True)
    outcome, _ = run_on_simulator(sim, "api", spec=ignoring)
    assert outcome.kind is OutcomeKind.SUCCEEDED


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_restore_running_waits_then_starts_and_succeeds(simulator_factory, run_on_simulator, flavor) -> None:
    sim = simulator_factory(scenario="restore_running", restore_running_for=1.0)
    outcome, events = run_on_simulator(sim, flavor, wait_for_restore=True)
    assert outcome.kind is OutcomeKind.SUCCEEDED and outcome.started
    updates = [e for e in events if isinstance(e, RestoreUpdated)]
    assert updates and updates[-1].restore.state == "SUCCEEDED"
    assert any(m.id == "ex.restore.part" for u in updates for m in u.new_messages)
    creates = [r for r in sim.requests if r["method"] == "POST" and "reconciliation" in r["path"]]
    assert [r["status"] for r in creates] == [201 if flavor == "api" else 200]


@pytest.mark.expected_warnings("reconui.core.runner")
def test_restore_running_without_waiting_is_refused_before_create(simulator_factory, run_on_simulator) -> None:
    sim = simulator_factory(scenario="restore_running", restore_running_for=30.0)
    outcome, _ = run_on_simulator(sim, "api")
    assert isinstance(outcome.error, RestoreInProgress)
    assert not [r for r in sim.requests if r["method"] == "POST" and "reconciliation" in r["path"]]


def test_a_forbidden_partner_status_does_not_block(simulator_factory, run_on_simulator) -> None:
    sim = simulator_factory(scenario="ok", replication_status_forbidden=True)
    outcome, events = run_on_simulator(sim, "api")
    partners = next(e for e in events if isinstance(e, PreflightDone)).partners
    assert partners.reason == "partners_forbidden"
    assert outcome.kind is OutcomeKind.SUCCEEDED
