"""Every scenario, driven over HTTPS."""

from __future__ import annotations

import socket
import time
from datetime import datetime, timezone

import pytest
import requests
from sim_helpers import PASSWORD, USER, check_info

from reconui.simulator import SCENARIOS
from reconui.simulator.config import BAD_SSO_PASSWORD


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
