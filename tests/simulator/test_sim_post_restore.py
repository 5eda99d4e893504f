"""The simulator's post-restore endpoints over real HTTPS, in both flavours: restore timeline, health
levels and subsystems, vCenter services (map encodings, optional fields), replication status (filter,
omitted fields), and what a 6.7 appliance does not serve."""

from __future__ import annotations

import time

import pytest
from sim_helpers import DATETIME, check_message

from reconui.simulator import SCENARIOS
from reconui.simulator.health import AUTOMATIC_SERVICES, SUBSYSTEMS

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
