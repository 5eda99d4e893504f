"""Wire shapes of both flavours against the examples of docs/protocol.md §8."""

from __future__ import annotations

import base64

import pytest
import requests
from sim_helpers import DATETIME, PASSWORD, USER, check_info, check_message

FLAVORS = ["api", "rest"]


@pytest.mark.parametrize("flavor", FLAVORS)
def test_session_lifecycle(simulator, client_factory, flavor):
    client = client_factory(simulator, flavor)
    created = client.login()
    assert created.status_code == (201 if flavor == "api" else 200)
    assert created.headers["Content-Type"] == "application/json"
    assert isinstance(client.token, str) and len(client.token) == 32
    info = client.request("POST", "session", params={"~action": "get"}) if flavor == "rest" else \
        client.request("GET", "session")
    assert info.status_code == 200
    value = client.value(info)
    assert value["user"] == "Administrator@VSPHERE.LOCAL"
    assert DATETIME.match(value["created_time"]) and DATETIME.match(value["last_accessed_time"])
    deleted = client.request("DELETE", "session")
    assert deleted.status_code == (204 if flavor == "api" else 200)
    assert deleted.content == b""
    again = client.get_job()
    assert again.status_code == 401


@pytest.mark.parametrize("flavor", FLAVORS)
def test_unauthenticated_shapes(simulator, client_factory, flavor):
    client = client_factory(simulator, flavor)
    bad_login = client.login(password="wrong")
    assert bad_login.status_code == 401
    kind, error = client.error(bad_login)
    assert error["error_type"] == "UNAUTHENTICATED"
    assert error["messages"][0]["id"] == "com.vmware.vapi.endpoint.method.authentication.required"
    assert error["messages"][0]["default_message"] == "Authentication required."
    if flavor == "api":
        assert kind == "UNAUTHENTICATED"
        assert error["challenge"].startswith('Basic realm="VAPI endpoint"')
    else:
        assert kind == "com.vmware.vapi.std.errors.unauthenticated"
    missing = client.get_job()
    assert missing.status_code == 401
    stale = client.request("GET", "job", headers={"vmware-api-session-id": "0" * 32})
    assert stale.status_code == 401


@pytest.mark.parametrize("flavor", FLAVORS)
def test_version_and_restore(simulator, client_factory, flavor):
    client = client_factory(simulator, flavor)
    client.login()
    version = client.value(client.request("GET", "version"))
    assert version["version"].startswith("8.0.3.")
    assert set(version) == {"version", "product", "build", "type", "summary", "releasedate", "install_time"}
    assert DATETIME.match(version["install_time"])
    restore = client.value(client.request("GET", "restore"))
    assert restore["state"] == "SUCCEEDED" and restore["progress"] == 100
    assert restore["messages"][0] == {"id": "ex.restore.done", "default_message": "Restore completed successfully.",
                                      "args": []} or restore["messages"][0]["id"] == "ex.restore.done"


@pytest.mark.parametrize("flavor", FLAVORS)
def test_job_lifecycle(simulator, client_factory, flavor):
    client = client_factory(simulator, flavor)
    client.login()
    none = client.get_job()
    assert none.status_code == 404
    kind, error = client.error(none)
    assert kind == ("NOT_FOUND" if flavor == "api" else "com.vmware.vapi.std.errors.not_found")
    assert error["messages"][0]["id"] == "ex.recon.no.job"
    created = client.create()
    assert created.status_code == (201 if flavor == "api" else 200)
    info = client.value(created)
    assert info["status"] == "RUNNING" and info["progress"] == 0 and info["messages"] == []
    check_info(info, flavor)
    final = client.wait_for_end()
    assert final["status"] == "SUCCEEDED"
    check_info(final, flavor)
    kinds = set()
    for message in final["messages"]:
        for param in (message.get("params") or {}).values() if flavor == "api" else \
                [p["value"] for p in message.get("params", [])]:
            kinds |= set(param) - {"format", "precision"}
            if "d" in param:
                assert "precision" in param
            if "dt" in param:
                assert DATETIME.match(param["dt"]) and "format" in param
    assert kinds == {"s", "i", "d", "dt", "l"}
    assert any(m["args"] for m in final["messages"])
    # The finished job stays visible, and a new create is allowed.
    assert client.value(client.get_job())["status"] == "SUCCEEDED"
    again = client.create()
    assert again.ok and client.value(again)["status"] == "RUNNING"


def test_params_encoding_per_flavor(simulator_factory, client_factory):
    sim = simulator_factory(duration=0.3)
    api, rest = client_factory(sim, "api"), client_factory(sim, "rest")
    api.login(), rest.login()
    api.create()
    api.wait_for_end()
    api_msgs = api.value(api.get_job())["messages"]
    rest_msgs = rest.value(rest.get_job())["messages"]
    step_api = next(m for m in api_msgs if m["id"] == "ex.recon.step")
    step_rest = next(m for m in rest_msgs if m["id"] == "ex.recon.step")
    assert step_api["params"] == {"done": {"i": 3}, "total": {"i": 12}}
    assert step_rest["params"] == [{"key": "done", "value": {"i": 3}}, {"key": "total", "value": {"i": 12}}]
    assert step_api["default_message"] == step_rest["default_message"] == "Starting services (3 of 12)."
    nested = next(m for m in rest_msgs if m["id"] == "ex.recon.service.started")
    assert nested["params"][0]["value"]["l"]["params"] == [{"key": "name", "value": {"s": "vpxd"}}]
    assert nested["default_message"] == "Started service vpxd."


@pytest.mark.parametrize("flavor", FLAVORS)
def test_cookie_rules(simulator_factory, client_factory, flavor):
    sim = simulator_factory(api_session_cookie=False)
    client = client_factory(sim, flavor)
    with_cookie = client.login(headers={})
    if flavor == "rest":
        assert with_cookie.headers["Set-Cookie"] == f"vmware-api-session-id={client.token}; Path=/rest"
        client.token = None  # the cookie alone authenticates
        assert client.get_job().status_code == 404
    else:
        assert "Set-Cookie" not in with_cookie.headers
    header_only = client_factory(sim, flavor)
    assert "Set-Cookie" not in header_only.login().headers


def test_api_session_cookie_knob(simulator_factory, client_factory):
    sim = simulator_factory(api_session_cookie=True)
    client = client_factory(sim, "api")
    assert client.login(headers={}).headers["Set-Cookie"].endswith("; Path=/api")


def test_prefer_cookie_knob(simulator_factory, client_factory):
    for prefer, expected in ((False, 404), (True, 401)):
        sim = simulator_factory(prefer_cookie=prefer)
        client = client_factory(sim, "rest")
        client.login()
        response = client.get_job(headers={"vmware-api-session-id": client.token, "Cookie":
                                           "vmware-api-session-id=" + "f" * 32})
        assert response.status_code == expected


@pytest.mark.parametrize("password", ['p#s&w:o*r"d\\', "Pässwörd-€-日本", "a:b:c"])
def test_utf8_special_passwords(simulator_factory, client_factory, password):
    sim = simulator_factory(password=password, sso_password=password)
    client = client_factory(sim, "api")
    assert client.login(password=password).status_code == 201
    spec = {"sso_admin_user_name": USER, "sso_admin_user_password": password}
    assert client.create(spec).status_code == 201
    assert client_factory(sim, "api").login(password=PASSWORD).status_code == 401


def test_per_request_basic(simulator_factory, client_factory):
    sim = simulator_factory()
    client = client_factory(sim, "rest")
    assert client.request("GET", "version", auth=(USER, PASSWORD)).status_code == 200
    assert client.request("GET", "version", auth=(USER, "nope")).status_code == 401
    strict = simulator_factory(basic_auth_on_calls=False)
    assert client_factory(strict, "rest").request("GET", "version", auth=(USER, PASSWORD)).status_code == 401


@pytest.mark.parametrize("flavor", FLAVORS)
def test_bad_requests(simulator, client_factory, flavor):
    client = client_factory(simulator, flavor)
    client.login()
    cases = [
        (client.request("POST", "job", data=b"{not json", headers={"Content-Type": "application/json"}), 400,
         "vapi.protocol.server.rest.param.body_parse_error"),
        (client.request("POST", "job", data=b"{}", headers={"Content-Type": "text/plain"}), 415,
         "com.vmware.vapi.rest.unsupported_media_type"),
        (client.request("POST", "job", json=[1, 2]), 400, "vapi.protocol.server.rest.param.bodyfield.missing_field"),
        (client.create({"ignore_warnings": "yes"}), 400, "vapi.data.structure.field.invalid"),
        (client.request("PUT", "job", json={}), 404, "ex.rest.operation.not.found"),
        (client.request("GET", f"/{flavor}/appliance/nothing/here"), 404,
         "com.vmware.vapi.rest.httpNotFound" if flavor == "api" else "com.vmware.vapi.rest.operationsForUrlNotFound"),
    ]
    if flavor == "rest":
        cases.append((client.request("POST", "job", json={"sso_admin_user_name": USER}), 400,
                      "vapi.protocol.server.rest.param.bodyfield.missing_field"))
    for response, status, message_id in cases:
        assert response.status_code == status, (response.request.method, response.request.url, response.text)
        assert response.headers["Content-Type"] == "application/json"
        _kind, error = client.error(response)
        assert error["messages"][0]["id"] == message_id
        check_message(error["messages"][0], flavor)
    unknown = client.error(client.request("GET", f"/{flavor}/appliance/nothing/here"))
    if flavor == "rest":
        assert unknown[0] == "com.vmware.vapi.std.errors.not_found"
        assert unknown[1]["messages"][0]["args"] == ["/appliance/nothing/here"]
    assert client.request("GET", "/").status_code == 404


def test_missing_spec_on_api_and_sso_required(simulator, client_factory):
    client = client_factory(simulator, "api")
    client.login()
    missing = client.request("POST", "job")
    assert missing.status_code == 400
    empty = client.create({})
    assert empty.status_code == 400 and empty.json()["error_type"] == "INVALID_ARGUMENT"
    assert empty.json()["messages"][0]["id"] == "ex.recon.sso.required"


def test_sso_optional_knob(simulator_factory, client_factory):
    client = client_factory(simulator_factory(sso_required=False), "api")
    client.login()
    assert client.create({}).status_code == 201


@pytest.mark.parametrize("version", ["6.7.0", "7.0.1"])
def test_old_appliance_mode(simulator_factory, client_factory, version):
    sim = simulator_factory(appliance_version=version, scenario="fail", duration=0.3)
    assert sim.ready_line()["flavors"] == ["rest"]
    api = client_factory(sim, "api")
    assert api.request("GET", "version", auth=(USER, PASSWORD)).status_code == 404
    client = client_factory(sim, "rest")
    unauth = client.get_job()
    assert unauth.status_code == 401
    assert "error_type" not in unauth.json()["value"]
    assert unauth.json()["value"]["messages"][0]["id"] == "vapi.method.authentication.required"
    client.login()
    assert client.value(client.request("GET", "version"))["version"].startswith(version)
    client.create()
    info = client.wait_for_end()
    assert info["status"] == "FAILED"
    assert "error_type" not in info["error"]
    for message in info["messages"] + info["error"]["messages"]:
        check_message(message, "rest", modern=False)
        assert "params" not in message
    step = next(m for m in info["messages"] if m["id"] == "ex.recon.step")
    assert step["args"] == ["3", "12"]
    de = client.value(client.get_job(headers={"Accept-Language": "de"}))
    assert all("localized" not in m for m in de["messages"])
    with pytest.raises(ValueError, match="only /rest"):
        simulator_factory(appliance_version="7.0.0", flavors=("api",))


def test_first_api_release_is_modern(simulator_factory, client_factory):
    sim = simulator_factory(appliance_version="7.0.2")
    assert sim.ready_line()["flavors"] == ["api", "rest"]
    for flavor in FLAVORS:
        _kind, error = client_factory(sim, flavor).error(client_factory(sim, flavor).get_job())
        assert error["error_type"] == "UNAUTHENTICATED"


def test_raw_basic_header_is_utf8(simulator_factory, client_factory):
    sim = simulator_factory(password="Grüße:#1")
    client = client_factory(sim, "api")
    header = "Basic " + base64.b64encode(f"{USER}:Grüße:#1".encode()).decode()
    response = client.http.post(client.url("session"), headers={"Authorization": header}, timeout=5)
    response.close()
    assert response.status_code == 201
    latin1 = "Basic " + base64.b64encode(f"{USER}:Grüße:#1".encode("latin-1")).decode()
    response = client.http.post(client.url("session"), headers={"Authorization": latin1}, timeout=5)
    response.close()
    assert response.status_code == 401


def test_tls_fingerprint_and_trust(simulator, tmp_path):
    import ssl

    der = ssl.PEM_cert_to_DER_cert(simulator.cert_pem)
    import hashlib

    assert simulator.sha256 == ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())
    with pytest.raises(requests.exceptions.SSLError), requests.Session() as http:
        http.get(simulator.url + "/api/session", timeout=5)


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.expected_warnings("reconui.simulator.server")
def test_internal_failure_is_a_vapi_error_not_a_traceback(simulator, client_factory, monkeypatch, flavor):
    def broken() -> dict:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(simulator.appliance, "version", broken)
    client = client_factory(simulator, flavor)
    client.login()
    response = client.request("GET", "version")
    assert response.status_code == 500 and response.headers["Content-Type"] == "application/json"
    kind, error = client.error(response)
    assert kind == ("ERROR" if flavor == "api" else "com.vmware.vapi.std.errors.error")
    assert error["messages"][0]["id"] == "vapi.method.invoke.exception"
    assert "Traceback" not in response.text and "simulated bug" not in response.text
    assert client.request("GET", "restore").status_code == 200  # the connection thread survived
