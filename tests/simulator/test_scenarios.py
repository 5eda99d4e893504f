"""Every scenario, driven over HTTPS: the job timelines, and the post-restore endpoints (restore, health,
services, replication status) in both flavours."""

from __future__ import annotations

import socket
import time
from datetime import datetime, timezone

import pytest
import requests
from sim_helpers import DATETIME, PASSWORD, USER, check_info, check_message

from reconui.simulator import SCENARIOS
from reconui.simulator.config import BAD_SSO_PASSWORD
from reconui.simulator.health import AUTOMATIC_SERVICES, SUBSYSTEMS


def test_scenario_names():
    assert {"ok", "fail", "warnings", "in_use", "not_allowed", "bad_sso", "running", "restart", "expire",
            "flaky"} <= set(SCENARIOS)


@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_fail(simulator_factory, client_factory, flavor):
    client = client_factory(simulator_factory(scenario="fail", duration=0.4), flavor)
    client.login()
    client.create()
    info = client.wait_for_end()
    check_info(info, flavor)
    assert info["status"] == "FAILED" and info["progress"] == 55
    assert info["error"]["error_type"] == "ERROR"
    assert [m["id"] for m in info["error"]["messages"]] == ["ex.recon.sync.failed", "ex.recon.partner.unreachable"]
    assert info["messages"][-1]["id"] == "ex.recon.failed"


def test_fail_rest_error_wrapped_knob(simulator_factory, client_factory):
    client = client_factory(simulator_factory(scenario="fail", duration=0.3, rest_job_error_wrapped=True), "rest")
    client.login()
    client.create()
    error = client.wait_for_end()["error"]
    assert error["type"] == "com.vmware.vapi.std.errors.error" and error["value"]["error_type"] == "ERROR"


@pytest.mark.parametrize("ignore", [False, True])
def test_warnings(simulator_factory, client_factory, ignore):
    client = client_factory(simulator_factory(scenario="warnings", duration=0.4), "api")
    client.login()
    client.create({"sso_admin_user_name": USER, "sso_admin_user_password": PASSWORD, "ignore_warnings": ignore})
    info = client.wait_for_end()
    ids = [m["id"] for m in info["messages"]]
    assert "ex.recon.partner.unreachable" in ids
    if ignore:
        assert info["status"] == "SUCCEEDED" and "ex.recon.warning.ignored" in ids
    else:
        assert info["status"] == "FAILED" and info["progress"] == 12
        assert info["error"]["messages"][1]["args"] == ["vc03.example.com"]


@pytest.mark.parametrize(
    ("scenario", "overrides", "error_type"),
    [
        ("in_use", {}, "FEATURE_IN_USE"),
        ("not_allowed", {}, "NOT_ALLOWED_IN_CURRENT_STATE"),
        ("ok", {"restore_state": "INPROGRESS"}, "NOT_ALLOWED_IN_CURRENT_STATE"),
        ("bad_sso", {}, "INVALID_ARGUMENT"),
    ],
)
def test_create_refused(simulator_factory, client_factory, scenario, overrides, error_type):
    client = client_factory(simulator_factory(scenario=scenario, **overrides), "rest")
    client.login()
    response = client.create()
    assert response.status_code == 400
    kind, error = client.error(response)
    assert error["error_type"] == error_type and kind == "com.vmware.vapi.std.errors." + error_type.lower()
    assert client.get_job().status_code == 404


def test_not_allowed_restore_state(simulator_factory, client_factory):
    client = client_factory(simulator_factory(scenario="not_allowed"), "api")
    client.login()
    assert client.value(client.request("GET", "restore"))["state"] == "FAILED"


def test_bad_sso_with_the_right_password(simulator_factory, client_factory):
    client = client_factory(simulator_factory(scenario="bad_sso"), "api")
    client.login()
    spec = {"sso_admin_user_name": USER, "sso_admin_user_password": BAD_SSO_PASSWORD}
    assert client.create(spec).status_code == 201


@pytest.mark.parametrize("scenario", ["ok", "in_use", "not_allowed", "running"])
def test_wrong_sso_always_invalid_argument(simulator_factory, client_factory, scenario):
    client = client_factory(simulator_factory(scenario=scenario), "api")
    client.login()
    response = client.create({"sso_admin_user_name": USER, "sso_admin_user_password": "wrong"})
    assert response.status_code == 400 and response.json()["error_type"] == "INVALID_ARGUMENT"
    assert response.json()["messages"][0]["params"] == {"user": {"s": USER}}


def test_running(simulator_factory, client_factory):
    client = client_factory(simulator_factory(scenario="running", duration=1.0, running_elapsed=0.3), "api")
    client.login()
    info = client.value(client.get_job())
    assert info["status"] == "RUNNING" and info["progress"] >= 30
    busy = client.create()
    assert busy.status_code == 400 and busy.json()["error_type"] == "FEATURE_IN_USE"
    assert client.wait_for_end()["status"] == "SUCCEEDED"
    assert client.create().status_code == 201  # a finished job may be followed by a new one


def test_no_create_after_finish_knob(simulator_factory, client_factory):
    client = client_factory(simulator_factory(duration=0.2, allow_create_after_finish=False), "api")
    client.login()
    client.create()
    client.wait_for_end()
    assert client.create().json()["error_type"] == "NOT_ALLOWED_IN_CURRENT_STATE"


def test_expire(simulator_factory, client_factory):
    assert 1.0 <= simulator_factory(scenario="expire").config.effective_session_max_age <= 10.0  # "a few seconds"
    client = client_factory(simulator_factory(scenario="expire", session_max_age=0.3), "rest")
    client.login()
    assert client.get_job().status_code == 404
    time.sleep(0.4)
    assert client.get_job().status_code == 401
    client.login()
    assert client.get_job().status_code == 404


def test_restart(simulator_factory, client_factory):
    sim = simulator_factory(scenario="restart", duration=2.0, restart_at=0.3, restart_unavailable=0.4,
                            restart_refused=0.5)
    port = sim.port
    client = client_factory(sim, "api")
    client.login()
    client.create()
    seen: set[str] = set()
    deadline = time.monotonic() + 8
    final = None
    while time.monotonic() < deadline:
        try:
            response = client.get_job(timeout=1)
        except requests.exceptions.ConnectionError:
            # The listener itself must be gone (refused), not just a reset on an open port.
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
            except ConnectionRefusedError:
                seen.add("refused")
            except OSError:  # a reset while the listener is still there: not the refusal looked for
                pass
            time.sleep(0.05)
            continue
        if response.status_code == 503:
            assert response.headers["Content-Type"] == "text/plain"
            assert response.text.startswith("503 Service Unavailable")
            seen.add("503")
        elif response.status_code == 401:
            seen.add("401")
            assert client.login().status_code == 201
        else:
            info = client.value(response)
            check_info(info, "api")
            if info["status"] != "RUNNING":
                final = info
                break
        time.sleep(0.05)
    assert seen == {"503", "refused", "401"}
    assert final is not None and final["status"] == "SUCCEEDED"
    assert "ex.recon.services.restarted" in [m["id"] for m in final["messages"]]
    assert sim.port == port


def test_flaky(simulator_factory, client_factory):
    sim = simulator_factory(scenario="flaky", flaky_rate=0.5, flaky_seed=7, flaky_slow_delay=0.05)
    client = client_factory(sim, "rest")
    kinds = set()
    for _ in range(40):
        assert client.login().status_code == 200  # session create is spared
        try:
            response = client.request("GET", "version")
        except requests.exceptions.RequestException:
            kinds.add("broken")
            continue
        if response.status_code == 502:
            assert "text/html" in response.headers["Content-Type"]
            kinds.add("502")
        else:
            try:
                client.value(response)
                kinds.add("ok")
            except ValueError:
                kinds.add("garbage")
    faults = {r.get("fault") for r in sim.requests} - {None}
    assert faults == {"garbage", "truncated", "html502", "slow"}
    assert {"ok", "garbage", "502", "broken"} <= kinds


# --- benchmark knobs: progress plan, latency, time scale ---------------------------------------


def test_progress_plan_moves_in_steps_and_the_job_still_ends_on_time() -> None:
    from reconui.simulator.config import SimulatorConfig as Config
    from reconui.simulator.config import parse_progress_plan
    from reconui.simulator.job import CreateSpec, ReconciliationJob, build_plan

    plan = parse_progress_plan("40:30, 2:5,160:80")
    assert plan == ((2.0, 5), (40.0, 30), (160.0, 80))
    assert Config(progress_plan=plan, duration=200).progress_plan == plan
    start = datetime.now(timezone.utc)
    job = ReconciliationJob(build_plan("ok", CreateSpec(), start, 200.0, fail_at=0.5), 200.0, start, 0.0, plan)
    assert [job.snapshot(t).progress for t in (0.0, 1.9, 2.0, 39.0, 40.0, 150.0, 160.0, 199.0)] == \
        [0, 0, 5, 5, 30, 30, 80, 80]
    # One step message per progress step: between steps the Info does not change at all.
    assert [len(job.snapshot(t).messages) for t in (0.0, 2.0, 39.0, 40.0, 159.0, 160.0)] == [0, 1, 1, 2, 2, 3]
    assert job.snapshot(100.0) == job.snapshot(150.0)
    assert job.snapshot(200.0).status == "SUCCEEDED" and job.snapshot(200.0).progress == 100
    for bad in ("5", "a:1", "1:x"):
        with pytest.raises(ValueError):
            parse_progress_plan(bad)
    with pytest.raises(ValueError):
        Config(progress_plan=((1.0, 100),))


def test_time_scale_runs_the_appliance_clock_faster() -> None:
    from reconui.simulator.simulator import scaled_clock

    assert scaled_clock(1.0) is time.monotonic
    clock = scaled_clock(100.0)
    first = clock()
    time.sleep(0.05)
    assert clock() - first >= 4.0  # 0.05 s real = 5 s appliance time (no upper bound: no timed assertions)


def test_benchmark_knobs_are_validated() -> None:
    from reconui.simulator.config import SimulatorConfig as Config

    for bad in ({"latency": -0.1}, {"time_scale": 0.0}, {"progress_plan": ((-1.0, 5),)}):
        with pytest.raises(ValueError):
            Config(**bad)  # type: ignore[arg-type]


FLAVORS = ("api", "rest")

LEVELS = {"green", "yellow", "orange", "red", "gray"}


def services_map(client, response):  # type: ignore[no-untyped-def]
    """The services map as a dict, checking the flavour's map encoding on the way."""
    value = client.value(response)
    if client.flavor == "rest":
        assert isinstance(value, list) and all(set(e) == {"key", "value"} for e in value)
        return {e["key"]: e["value"] for e in value}
    assert isinstance(value, dict)
    return value


def check_service(info: dict) -> None:
    assert set(info) >= {"name_key", "description_key", "startup_type", "state"}
    assert info["startup_type"] in ("AUTOMATIC", "MANUAL", "DISABLED")
    assert info["state"] in ("STARTING", "STOPPING", "STARTED", "STOPPED")
    if info["state"] == "STARTED":
        assert info["health"] in ("HEALTHY", "HEALTHY_WITH_WARNINGS", "DEGRADED")
        assert isinstance(info["health_messages"], list)
    else:  # present only when STARTED
        assert "health" not in info and "health_messages" not in info


def run_job(client, **spec):  # type: ignore[no-untyped-def]
    assert client.create(spec or None).status_code in (200, 201)
    return client.wait_for_end()


def test_new_scenarios_are_listed() -> None:
    assert {"restore_running", "partner_down", "degraded", "slow_services"} <= set(SCENARIOS)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_ok_appliance_health_services_and_partners(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="ok", duration=0.5)
    client = client_factory(sim, flavor)
    client.login()
    before = services_map(client, client.request("GET", "/" + flavor + "/vcenter/services"))
    assert {k for k, v in before.items() if v["startup_type"] == "AUTOMATIC"} == set(AUTOMATIC_SERVICES)
    assert before["vpxd"]["state"] == "STOPPED"  # a restored appliance before reconciliation
    assert run_job(client)["status"] == "SUCCEEDED"
    for sub in ("system", *SUBSYSTEMS):
        response = client.request("GET", f"/{flavor}/appliance/health/{sub}")
        assert response.status_code == 200 and client.value(response) == "green"
    lastcheck = client.value(client.request("GET", f"/{flavor}/appliance/health/system/lastcheck"))
    assert DATETIME.match(lastcheck)
    after = services_map(client, client.request("GET", f"/{flavor}/vcenter/services"))
    for info in after.values():
        check_service(info)
        assert info["state"] == ("STARTED" if info["startup_type"] == "AUTOMATIC" else "STOPPED")
    one = client.value(client.request("GET", f"/{flavor}/vcenter/services/vpxd"))
    assert one == after["vpxd"]
    missing = client.request("GET", f"/{flavor}/vcenter/services/nope")
    assert missing.status_code == 404 and client.error(missing)[0] in ("NOT_FOUND",
                                                                        "com.vmware.vapi.std.errors.not_found")
    rows = client.value(client.request("GET", f"/{flavor}/vcenter/topology/replication-status"))
    assert len(rows) == 4
    for row in rows:
        assert row["partner_available"] and row["status_available"] and row["replicating"] is True
        assert isinstance(row["change_lag"], int)
    assert {(r["node"], r["replication_partner"]) for r in rows} >= {
        ("vc01.example.com", "vc02.example.com"), ("vc01.example.com", "vc03.example.com")}


@pytest.mark.parametrize("flavor", FLAVORS)
def test_replication_filter_per_flavour(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="ok")
    client = client_factory(sim, flavor)
    client.login()
    name = "filter.nodes" if flavor == "rest" else "nodes"
    path = f"/{flavor}/vcenter/topology/replication-status"
    rows = client.value(client.request("GET", path, params={name: ["vc02.example.com", "vc03.example.com"]}))
    assert sorted(r["node"] for r in rows) == ["vc02.example.com", "vc03.example.com"]
    # The other flavour's spelling is not this flavour's filter: everything comes back.
    other = "nodes" if flavor == "rest" else "filter.nodes"
    assert len(client.value(client.request("GET", path, params={other: "vc02.example.com"}))) == 4
    bad = client.request("GET", path, params={name: "vc99.example.com"})
    assert bad.status_code == 400
    assert client.error(bad)[0] in ("INVALID_ARGUMENT", "com.vmware.vapi.std.errors.invalid_argument")


@pytest.mark.parametrize("flavor", FLAVORS)
def test_partner_down_rows_omit_replicating_and_lag(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="partner_down")
    client = client_factory(sim, flavor)
    client.login()
    rows = client.value(client.request("GET", f"/{flavor}/vcenter/topology/replication-status"))
    down = [r for r in rows if "vc03.example.com" in (r["node"], r["replication_partner"])]
    assert {(r["node"], r["partner_available"], r["status_available"]) for r in down} == {
        ("vc01.example.com", False, False), ("vc03.example.com", True, False)}
    assert all("replicating" not in r and "change_lag" not in r for r in down)
    # The job's validation warns about the same partner.
    failed = run_job(client)
    assert failed["status"] == "FAILED"
    assert any(m["args"] == ["vc03.example.com"] for m in failed["error"]["messages"])


@pytest.mark.expected_warnings("reconui.core.runner")
def test_partner_down_with_ignore_warnings_succeeds(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="partner_down")
    client = client_factory(sim, "api")
    client.login()
    spec = {"sso_admin_user_name": "administrator@vsphere.local", "sso_admin_user_password": "VMware1!",
            "ignore_warnings": True}
    assert run_job(client, **spec)["status"] == "SUCCEEDED"


@pytest.mark.parametrize("flavor", FLAVORS)
def test_degraded_after_the_job(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="degraded", duration=0.5)
    client = client_factory(sim, flavor)
    client.login()
    assert run_job(client)["status"] == "SUCCEEDED"
    assert client.value(client.request("GET", f"/{flavor}/appliance/health/system")) == "orange"
    assert client.value(client.request("GET", f"/{flavor}/appliance/health/mem")) == "orange"
    assert client.value(client.request("GET", f"/{flavor}/appliance/health/database-storage")) == "yellow"
    services = services_map(client, client.request("GET", f"/{flavor}/vcenter/services"))
    assert services["vsphere-ui"] == {"name_key": "cis.vsphere-ui.ServiceName",
                                      "description_key": "cis.vsphere-ui.ServiceDescription",
                                      "startup_type": "AUTOMATIC", "state": "STOPPED"}
    cls = services["content-library"]
    assert cls["state"] == "STARTED" and cls["health"] == "DEGRADED"
    assert cls["health_messages"][0]["default_message"] == "Database is unreachable."
    check_message(cls["health_messages"][0], flavor)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_slow_services_start_one_after_the_other(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="slow_services", duration=0.5, services_settle=1.5, services_unavailable=0.3)
    client = client_factory(sim, flavor)
    client.login()
    assert run_job(client)["status"] == "SUCCEEDED"
    first = client.request("GET", f"/{flavor}/vcenter/services")
    if first.status_code == 503:  # vapi-endpoint restarting: a vAPI error, not a text page
        assert client.error(first)[0] in ("SERVICE_UNAVAILABLE", "com.vmware.vapi.std.errors.service_unavailable")
    assert client.value(client.request("GET", f"/{flavor}/appliance/health/system")) in ("gray", "green")
    seen_starting = False
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        response = client.request("GET", f"/{flavor}/vcenter/services")
        if response.status_code == 200:
            states = {v["state"] for k, v in services_map(client, response).items() if k in AUTOMATIC_SERVICES}
            seen_starting |= "STARTING" in states
            if states == {"STARTED"}:
                break
        time.sleep(0.1)
    assert seen_starting and states == {"STARTED"}
    assert client.value(client.request("GET", f"/{flavor}/appliance/health/system")) == "green"


@pytest.mark.parametrize("flavor", FLAVORS)
def test_restore_running_then_succeeded(simulator_factory, client_factory, flavor) -> None:
    sim = simulator_factory(scenario="restore_running", restore_running_for=1.0)
    client = client_factory(sim, flavor)
    client.login()
    first = client.value(client.request("GET", "restore"))
    assert first["state"] == "INPROGRESS" and 0 < first["progress"] < 100
    assert all(set(m) == {"id", "default_message", "args"} for m in first["messages"])
    refused = client.create()
    assert refused.status_code == 400
    assert client.error(refused)[0] in ("NOT_ALLOWED_IN_CURRENT_STATE",
                                        "com.vmware.vapi.std.errors.not_allowed_in_current_state")
    time.sleep(1.1)
    done = client.value(client.request("GET", "restore"))
    assert done["state"] == "SUCCEEDED" and done["progress"] == 100 and done["parts"] == ["common", "seat"]
    assert [m["id"] for m in done["messages"]][-1] == "ex.restore.done"
    assert client.create().status_code in (200, 201)


def test_a_67_appliance_serves_health_and_services_but_no_topology(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="ok", appliance_version="6.7.0", flavors=("rest",))
    client = client_factory(sim, "rest")
    client.login()
    assert client.value(client.request("GET", "/rest/appliance/health/system")) in LEVELS
    assert client.request("GET", "/rest/vcenter/services").status_code == 200
    missing = client.request("GET", "/rest/vcenter/topology/replication-status")
    assert missing.status_code == 404
    kind, error = client.error(missing)
    assert kind == "com.vmware.vapi.std.errors.not_found"
    assert error["messages"][0]["id"] == "com.vmware.vapi.rest.operationsForUrlNotFound"
    assert "error_type" not in error  # a 6.x body
    assert "parts" not in client.value(client.request("GET", "restore"))
    # 6.7.2 has the replication status.
    newer = simulator_factory(scenario="ok", appliance_version="6.7.2", flavors=("rest",))
    c2 = client_factory(newer, "rest")
    c2.login()
    assert c2.request("GET", "/rest/vcenter/topology/replication-status").status_code == 200


def test_forbidden_replication_status(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="ok", replication_status_forbidden=True)
    client = client_factory(sim, "api")
    client.login()
    response = client.request("GET", "/api/vcenter/topology/replication-status")
    assert response.status_code == 403 and client.error(response)[0] == "UNAUTHORIZED"


def test_new_endpoints_need_a_session(simulator_factory, client_factory) -> None:
    sim = simulator_factory(scenario="ok")
    client = client_factory(sim, "api")
    for path in ("/api/appliance/health/system", "/api/vcenter/services", "/api/vcenter/services/vpxd",
                 "/api/vcenter/topology/replication-status"):
        assert client.request("GET", path).status_code == 401
