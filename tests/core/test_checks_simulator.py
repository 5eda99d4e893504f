"""The checks around the job end to end: the real client and runner against the simulator over HTTPS,
each new scenario in both flavours, and a 6.7 appliance that serves only what existed then."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from netkit import ADMIN

from reconui.core.client import ApplianceClient
from reconui.core.errors import NotFound, RestoreInProgress
from reconui.core.events import HealthChecked, PreflightDone, RestoreUpdated
from reconui.core.health import VERDICT_ATTENTION, VERDICT_HEALTHY
from reconui.core.models import JobSpec
from reconui.core.runner import JobRunner, OutcomeKind, RunOptions
from reconui.simulator import Simulator

SPEC = JobSpec("administrator@vsphere.local", "VMware1!")
FAST = RunOptions(min_interval=0.05, max_interval=0.2, outage_initial_delay=0.05, outage_max_delay=0.2, jitter=0,
                  outage_window=30.0, health_settle=20.0, health_interval=0.1)


def run(sim: Simulator, client_factory: Callable[..., ApplianceClient], flavor: str, *, spec: JobSpec = SPEC,
        **kwargs: object) -> tuple[object, list[object]]:
    client = client_factory(sim, login=False, flavor=flavor)
    events: list[object] = []
    runner = JobRunner(client, ADMIN, on_event=events.append, options=FAST)
    return runner.run(spec, check_health=True, **kwargs), events  # type: ignore[arg-type]


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_ok_two_partners_replicating_and_healthy_after_the_job(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="ok")
    outcome, events = run(sim, client_factory, flavor)
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
def test_degraded_names_the_stopped_and_the_degraded_service(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="degraded")
    outcome, _ = run(sim, client_factory, flavor)
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
def test_slow_services_settle_to_healthy(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="slow_services", duration=1.0, services_settle=1.5, services_unavailable=0.3)
    outcome, events = run(sim, client_factory, flavor)
    assert outcome.health.verdict == VERDICT_HEALTHY
    checks = [e for e in events if isinstance(e, HealthChecked)]
    pending = [{i.name for i in c.snapshot.pending} for c in checks]
    assert any("vsphere-ui" in p for p in pending)   # seen still starting
    assert pending[-1] == set()
    assert outcome.health.rounds == len(checks) >= 2


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_is_named_before_the_job_fails_on_its_warning(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="partner_down")
    outcome, events = run(sim, client_factory, flavor)
    pre = next(e for e in events if isinstance(e, PreflightDone))
    assert pre.partners.unreachable == ("vc03.example.com",)
    assert events.index(pre) < next(i for i, e in enumerate(events) if type(e).__name__ == "JobStarted")
    assert outcome.kind is OutcomeKind.FAILED and outcome.health is None


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_with_ignore_warnings_succeeds(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="partner_down")
    outcome, _ = run(sim, client_factory, "api", spec=JobSpec(SPEC.sso_user, SPEC.sso_password, True))
    assert outcome.kind is OutcomeKind.SUCCEEDED


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_restore_running_waits_then_starts_and_succeeds(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="restore_running", restore_running_for=1.0)
    outcome, events = run(sim, client_factory, flavor, wait_for_restore=True)
    assert outcome.kind is OutcomeKind.SUCCEEDED and outcome.started
    updates = [e for e in events if isinstance(e, RestoreUpdated)]
    assert updates and updates[-1].restore.state == "SUCCEEDED"
    assert any(m.id == "ex.restore.part" for u in updates for m in u.new_messages)
    creates = [r for r in sim.requests if r["method"] == "POST" and "reconciliation" in r["path"]]
    assert [r["status"] for r in creates] == [201 if flavor == "api" else 200]


@pytest.mark.expected_warnings("reconui.core.runner")
def test_restore_running_without_waiting_is_refused_before_create(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="restore_running", restore_running_for=30.0)
    outcome, _ = run(sim, client_factory, "api")
    assert isinstance(outcome.error, RestoreInProgress)
    assert not [r for r in sim.requests if r["method"] == "POST" and "reconciliation" in r["path"]]


def test_a_67_appliance_has_no_partner_status_but_a_health_verdict(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="degraded", appliance_version="6.7.0")
    outcome, events = run(sim, client_factory, "auto")
    partners = next(e for e in events if isinstance(e, PreflightDone)).partners
    assert not partners.available and partners.reason == "partners_not_served"
    assert outcome.kind is OutcomeKind.SUCCEEDED
    assert outcome.health.verdict == VERDICT_ATTENTION


def test_a_forbidden_partner_status_does_not_block(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="ok", replication_status_forbidden=True)
    outcome, events = run(sim, client_factory, "api")
    partners = next(e for e in events if isinstance(e, PreflightDone)).partners
    assert partners.reason == "partners_forbidden"
    assert outcome.kind is OutcomeKind.SUCCEEDED


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_client_calls_for_both_flavours(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="ok", services_before_job="STARTED")
    client = client_factory(sim, flavor=flavor)
    assert client.get_health() == "green" and client.get_health("swap") == "green"
    assert client.get_service("vpxd").state == "STARTED"
    with pytest.raises(NotFound):
        client.get_service("no-such-service")
    only = client.get_replication_status(["vc02.example.com"])
    assert [r.node for r in only] == ["vc02.example.com"]
    with pytest.raises(ValueError):
        client.get_health("../session")
    query = [r.get("query") for r in sim.requests if r["path"].endswith("replication-status")]
    assert query == [("filter.nodes" if flavor == "rest" else "nodes") + "=vc02.example.com"]
