"""wire.py against the bodies of the examples of docs/protocol.md §8 and its edge cases.

The fixtures are the cheat-sheet's JSON text, loaded with ``json.loads`` exactly as the client does.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from reconui.core import wire
from reconui.core.errors import NotAllowedInCurrentState, NotFound, ProtocolError, appliance_error
from reconui.core.models import (
    ApiErrorBody,
    ApplianceVersion,
    DynamicId,
    JobInfo,
    JobSpec,
    LocalizableMessage,
    LocalizationParam,
    NestedMessage,
    RestoreStatus,
)

UTC = timezone.utc
TOKEN = "3f8e2a9c1b7d4e6f8a0b1c2d3e4f5a6b"


def load(text: str) -> Any:
    return json.loads(text)


# --- §8.1 /api bodies -------------------------------------------------------------------------

API_SESSION_CREATE = '"3f8e2a9c1b7d4e6f8a0b1c2d3e4f5a6b"'
API_401 = (
    '{"error_type":"UNAUTHENTICATED","messages":[{"id":"com.vmware.vapi.endpoint.method.authentication.required",'
    '"default_message":"Authentication required.","args":[]}],"challenge":"Basic realm=\\"VAPI endpoint\\""}'
)
API_VERSION = (
    '{"version":"8.0.2.00100","product":"VMware vCenter Server","build":"22617221",'
    '"type":"vCenter Server with an embedded Platform Services Controller","summary":"","releasedate":"",'
    '"install_time":"2024-01-10T09:15:30.123Z"}'
)
API_VERSION_500 = (
    '{"error_type":"ERROR","messages":[{"id":"ex.version.read.failed",'
    '"default_message":"Failed to read version information.","args":[]}]}'
)
API_RESTORE = (
    '{"state":"SUCCEEDED","messages":[{"id":"ex.restore.done","default_message":"Restore completed successfully.",'
    '"args":[]}],"progress":100}'
)
API_CREATE_201 = (
    '{"description":{"id":"ex.recon.description","default_message":"Reconciliation","args":[]},'
    '"service":"com.vmware.appliance.recovery.reconciliation.job","operation":"create",'
    '"status":"RUNNING","cancelable":false,"start_time":"2024-05-03T10:06:00.000Z",'
    '"messages":[],"progress":0}'
)
API_CREATE_NOT_ALLOWED = (
    '{"error_type":"NOT_ALLOWED_IN_CURRENT_STATE","messages":[{"id":"ex.recon.restore.not.succeeded",'
    '"default_message":"Reconciliation is allowed only after restore has finished successfully.","args":[]}]}'
)
API_CREATE_IN_USE = (
    '{"error_type":"FEATURE_IN_USE","messages":[{"id":"ex.recon.busy",'
    '"default_message":"A backup or restore is already in progress.","args":[]}]}'
)
API_GET_RUNNING = (
    '{"description":{"id":"ex.recon.description","default_message":"Reconciliation","args":[]},'
    '"service":"com.vmware.appliance.recovery.reconciliation.job","operation":"create","status":"RUNNING",'
    '"start_time":"2024-05-03T10:06:00.000Z","messages":[{"id":"ex.recon.step",'
    '"default_message":"Starting services (3 of 12).","args":[],"params":{"done":{"i":3},"total":{"i":12}}}],'
    '"progress":40}'
)
API_GET_SUCCEEDED = (
    '{"description":{"id":"ex.recon.description","default_message":"Reconciliation","args":[]},'
    '"service":"com.vmware.appliance.recovery.reconciliation.job","operation":"create","status":"SUCCEEDED",'
    '"start_time":"2024-05-03T10:06:00.000Z","end_time":"2024-05-03T10:21:44.510Z",'
    '"messages":[{"id":"ex.recon.done","default_message":"Reconciliation completed.","args":[]}],"progress":100}'
)
API_GET_FAILED = (
    '{"description":{"id":"ex.recon.description","default_message":"Reconciliation","args":[]},'
    '"service":"com.vmware.appliance.recovery.reconciliation.job","operation":"create","status":"FAILED",'
    '"start_time":"2024-05-03T10:06:00.000Z","end_time":"2024-05-03T10:09:30.000Z",'
    '"error":{"error_type":"ERROR","messages":[{"id":"ex.recon.partner.unreachable",'
    '"default_message":"Replication partner vc02.example.com is not reachable.","args":["vc02.example.com"]}]},'
    '"messages":[{"id":"ex.recon.check","default_message":"Checking replication partners.","args":[]}],'
    '"progress":55}'
)
API_GET_404 = (
    '{"error_type":"NOT_FOUND","messages":[{"id":"ex.recon.no.job",'
    '"default_message":"There is no reconciliation job.","args":[]}]}'
)

# --- §8.2 /rest bodies ------------------------------------------------------------------------

REST_SESSION_CREATE = '{"value":"3f8e2a9c1b7d4e6f8a0b1c2d3e4f5a6b"}'
REST_401 = (
    '{"type":"com.vmware.vapi.std.errors.unauthenticated","value":{"error_type":"UNAUTHENTICATED",'
    '"messages":[{"args":[],"default_message":"Authentication required.",'
    '"id":"com.vmware.vapi.endpoint.method.authentication.required"}]}}'
)
REST_VERSION = (
    '{"value":{"version":"7.0.3.01000","product":"VMware vCenter Server","build":"20395099",'
    '"type":"vCenter Server with an embedded Platform Services Controller","summary":"","releasedate":"",'
    '"install_time":"2023-02-01T08:00:00.000Z"}}'
)
REST_VERSION_500 = (
    '{"type":"com.vmware.vapi.std.errors.error","value":{"error_type":"ERROR","messages":[{"args":[],'
    '"default_message":"Failed to read version information.","id":"ex.version.read.failed"}]}}'
)
REST_RESTORE = (
    '{"value":{"state":"SUCCEEDED","messages":[{"args":[],"default_message":"Restore completed successfully.",'
    '"id":"ex.restore.done"}],"progress":100}}'
)
REST_CREATE_200 = (
    '{"value":{"description":{"args":[],"default_message":"Reconciliation","id":"ex.recon.description"},'
    '"service":"com.vmware.appliance.recovery.reconciliation.job","operation":"create","status":"RUNNING",'
    '"cancelable":false,"start_time":"2024-05-03T10:06:00.000Z","messages":[],"progress":0}}'
)
REST_CREATE_NOT_ALLOWED = (
    '{"type":"com.vmware.vapi.std.errors.not_allowed_in_current_state","value":{'
    '"error_type":"NOT_ALLOWED_IN_CURRENT_STATE","messages":[{"args":[],'
    '"default_message":"Reconciliation is allowed only after restore has finished successfully.",'
    '"id":"ex.recon.restore.not.succeeded"}]}}'
)
REST_GET_RUNNING = (
    '{"value":{"description":{"args":[],"default_message":"Reconciliation","id":"ex.recon.description"},'
    '"service":"com.vmware.appliance.recovery.reconciliation.job","operation":"create","status":"RUNNING",'
    '"start_time":"2024-05-03T10:06:00.000Z","messages":[{"args":[],'
    '"default_message":"Starting services (3 of 12).","id":"ex.recon.step",'
    '"params":[{"key":"done","value":{"i":3}},{"key":"total","value":{"i":12}}]}],"progress":40}}'
)
REST_GET_404 = (
    '{"type":"com.vmware.vapi.std.errors.not_found","value":{"error_type":"NOT_FOUND","messages":[{"args":[],'
    '"default_message":"There is no reconciliation job.","id":"ex.recon.no.job"}]}}'
)
#: §2.2: a 6.x /rest error (the shape of a public 6.x capture): no error_type inside the value.
REST_6X_401 = (
    '{"type":"com.vmware.vapi.std.errors.unauthenticated","value":{"messages":[{"args":[],'
    '"default_message":"This method requires authentication.","id":"vapi.method.authentication.required"}]}}'
)
#: §2.2: a public 7.0U3 capture of an unknown /rest URL.
REST_UNKNOWN_URL = (
    '{"type":"com.vmware.vapi.std.errors.not_found","value":{"error_type":"NOT_FOUND","messages":[{"args":'
    '["/com/vmware/x"],"default_message":"Unable to find operations for URL: /com/vmware/x.",'
    '"id":"com.vmware.vapi.rest.operationsForUrlNotFound"}]}}'
)
#: §2.2: the very old 6.0 endpoint 404 body.
OLD_60_404 = (
    '{"name":"com.vmware.vapi.rest.httpNotFound","localizableMessages":[{"defaultMessage":"Not found.",'
    '"id":"com.vmware.vapi.rest.httpNotFound"}],"majorErrorCode":404}'
)

STEP_PARAMS = {"done": LocalizationParam(i=3), "total": LocalizationParam(i=12)}
STEP_MESSAGE = LocalizableMessage(
    id="ex.recon.step", default_message="Starting services (3 of 12).", params=STEP_PARAMS
)
DESCRIPTION = LocalizableMessage(id="ex.recon.description", default_message="Reconciliation")
SERVICE = "com.vmware.appliance.recovery.reconciliation.job"
START = datetime(2024, 5, 3, 10, 6, tzinfo=UTC)


def reason(exc: pytest.ExceptionInfo[ProtocolError]) -> str:
    return exc.value.params["reason"]


# --- Sessions ---------------------------------------------------------------------------------


def test_session_token_both_flavours() -> None:
    assert wire.parse_session_token(load(API_SESSION_CREATE)) == TOKEN
    assert wire.parse_session_token(load(REST_SESSION_CREATE)) == TOKEN
    assert wire.parse_session_token(wire.unwrap_value(load(REST_SESSION_CREATE))) == TOKEN


@pytest.mark.parametrize(
    "body", [None, 42, "", "Zq9 secret", "Zq9\r\nX-Evil: 1", "Zq9\u00e9", {"value": None}, ["Zq9"], {"v": "Zq9"}]
)
def test_session_token_rejects_unusable_values_without_echoing_them(body: object) -> None:
    with pytest.raises(ProtocolError) as exc:
        wire.parse_session_token(body)
    assert reason(exc).startswith("session token ")
    for text in (str(exc.value), exc.value.detail):
        assert "Zq9" not in text and "Evil" not in text


# --- Errors -----------------------------------------------------------------------------------

AUTH_MESSAGE = LocalizableMessage(
    id="com.vmware.vapi.endpoint.method.authentication.required", default_message="Authentication required."
)


def test_api_401_with_challenge() -> None:
    body = wire.parse_error_body(load(API_401))
    assert body == ApiErrorBody(
        error_type="UNAUTHENTICATED", messages=(AUTH_MESSAGE,), challenge='Basic realm="VAPI endpoint"'
    )


def test_rest_401_envelope_keeps_canonical_id() -> None:
    body = wire.parse_error_body(load(REST_401))
    assert body == ApiErrorBody(
        error_type="UNAUTHENTICATED",
        messages=(AUTH_MESSAGE,),
        type_id="com.vmware.vapi.std.errors.unauthenticated",
    )


@pytest.mark.parametrize(
    ("text", "error_type", "type_id", "message_id"),
    [
        (API_VERSION_500, "ERROR", None, "ex.version.read.failed"),
        (REST_VERSION_500, "ERROR", "com.vmware.vapi.std.errors.error", "ex.version.read.failed"),
        (API_CREATE_NOT_ALLOWED, "NOT_ALLOWED_IN_CURRENT_STATE", None, "ex.recon.restore.not.succeeded"),
        (
            REST_CREATE_NOT_ALLOWED,
            "NOT_ALLOWED_IN_CURRENT_STATE",
            "com.vmware.vapi.std.errors.not_allowed_in_current_state",
            "ex.recon.restore.not.succeeded",
        ),
        (API_CREATE_IN_USE, "FEATURE_IN_USE", None, "ex.recon.busy"),
        (API_GET_404, "NOT_FOUND", None, "ex.recon.no.job"),
        (REST_GET_404, "NOT_FOUND", "com.vmware.vapi.std.errors.not_found", "ex.recon.no.job"),
        (
            REST_UNKNOWN_URL,
            "NOT_FOUND",
            "com.vmware.vapi.std.errors.not_found",
            "com.vmware.vapi.rest.operationsForUrlNotFound",
        ),
    ],
)
def test_cheat_sheet_error_bodies(text: str, error_type: str, type_id: str | None, message_id: str) -> None:
    body = wire.parse_error_body(load(text))
    assert body.error_type == error_type
    assert body.type_id == type_id
    assert [m.id for m in body.messages] == [message_id]
    assert body.challenge is None and body.data is None


def test_unknown_url_keeps_its_positional_argument() -> None:
    body = wire.parse_error_body(load(REST_UNKNOWN_URL))
    assert body.messages[0].args == ("/com/vmware/x",)
    assert body.messages[0].default_message == "Unable to find operations for URL: /com/vmware/x."


def test_6x_error_without_error_type_is_typed_from_the_envelope() -> None:
    body = wire.parse_error_body(load(REST_6X_401))
    assert body.error_type is None
    assert body.type_id == "com.vmware.vapi.std.errors.unauthenticated"
    assert body.messages[0].id == "vapi.method.authentication.required"
    # And errors.py derives the discriminator from the canonical id (docs/protocol.md §2.1).
    assert appliance_error(401, body).code == "unauthenticated"


def test_rest_not_allowed_is_not_mistyped_by_its_400_status() -> None:
    error = appliance_error(400, wire.parse_error_body(load(REST_CREATE_NOT_ALLOWED)))
    assert isinstance(error, NotAllowedInCurrentState)


def test_old_60_body_is_read_leniently_and_typed_by_status() -> None:
    body = wire.parse_error_body(load(OLD_60_404))
    assert body == ApiErrorBody(
        error_type=None,
        messages=(LocalizableMessage(id="com.vmware.vapi.rest.httpNotFound", default_message="Not found."),),
    )
    assert isinstance(appliance_error(404, body), NotFound)


@pytest.mark.parametrize(
    "obj",
    [
        {},
        {"name": "x"},
        {"localizableMessages": "nope"},
        {"localizableMessages": [1, None, {"id": 3, "defaultMessage": []}]},
        {"error": "Internal Server Error", "status": 500},
    ],
)
def test_foreign_error_objects_never_fail(obj: object) -> None:
    body = wire.parse_error_body(obj)
    assert body.error_type is None and body.type_id is None


@pytest.mark.parametrize(
    ("obj", "path"),
    [
        (None, "the answer must be an object, got null"),
        ([API_GET_404], "the answer must be an object, got array"),
        ("Service Unavailable", "the answer must be an object, got string"),
        ({"error_type": 7, "messages": []}, "error_type must be a string, got number"),
        ({"error_type": "ERROR", "messages": {}}, "messages must be an array, got object"),
        ({"error_type": "ERROR", "messages": [{"id": "x"}]}, "messages[0].default_message is missing"),
        ({"type": 5, "value": {}}, "type must be a string, got number"),
        ({"type": "com.vmware.vapi.std.errors.error", "value": "boom"}, "value must be an object, got string"),
        (
            {"error_type": "UNAUTHENTICATED", "messages": [], "challenge": ["Basic"]},
            "challenge must be a string, got array",
        ),
    ],
)
def test_broken_error_bodies_raise_protocol_error_naming_the_field(obj: object, path: str) -> None:
    with pytest.raises(ProtocolError) as exc:
        wire.parse_error_body(obj)
    assert reason(exc) == path


def test_error_data_is_kept() -> None:
    body = wire.parse_error_body({"error_type": "ERROR", "messages": [], "data": {"k": [1, 2]}})
    assert body.data == {"k": [1, 2]}


# --- Version and restore ----------------------------------------------------------------------


def test_version_both_flavours() -> None:
    assert wire.parse_version(load(API_VERSION)) == ApplianceVersion(
        version="8.0.2.00100",
        product="VMware vCenter Server",
        build="22617221",
        type="vCenter Server with an embedded Platform Services Controller",
        install_time="2024-01-10T09:15:30.123Z",
    )
    rest = wire.parse_version(wire.unwrap_value(load(REST_VERSION)))
    assert (rest.version, rest.build, rest.name) == ("7.0.3.01000", "20395099", None)


def test_version_name_and_missing_descriptive_fields() -> None:
    version = wire.parse_version({"version": "9.0.0.0", "name": "vc01", "summary": None})
    assert version == ApplianceVersion(version="9.0.0.0", name="vc01")


@pytest.mark.parametrize(
    ("obj", "path"),
    [
        ({}, "version is missing"),
        ({"version": 8}, "version must be a string, got number"),
        ({"version": "8", "build": 22617221}, "build must be a string, got number"),
        ({"version": "8", "install_time": {"t": 1}}, "install_time must be a string, got object"),
    ],
)
def test_version_strictness(obj: object, path: str) -> None:
    with pytest.raises(ProtocolError) as exc:
        wire.parse_version(obj)
    assert reason(exc) == path


def test_restore_both_flavours() -> None:
    expected = RestoreStatus(
        state="SUCCEEDED",
        progress=100,
        messages=(LocalizableMessage(id="ex.restore.done", default_message="Restore completed successfully."),),
    )
    assert wire.parse_restore_status(load(API_RESTORE)) == expected
    assert wire.parse_restore_status(wire.unwrap_value(load(REST_RESTORE))) == expected
    assert expected.succeeded


def test_restore_keeps_unknown_state_spelling() -> None:
    status = wire.parse_restore_status({"state": "INPROGRESS", "messages": [], "progress": 30, "parts": ["common"]})
    assert (status.state, status.progress, status.succeeded) == ("INPROGRESS", 30, False)


@pytest.mark.parametrize(
    ("obj", "path"),
    [
        ({"messages": []}, "state is missing"),
        ({"state": "NONE", "progress": "30"}, "progress must be an integer, got string"),
        ({"state": "NONE", "progress": True}, "progress must be an integer, got boolean"),
        ({"state": "NONE", "messages": "none"}, "messages must be an array, got string"),
    ],
)
def test_restore_strictness(obj: object, path: str) -> None:
    with pytest.raises(ProtocolError) as exc:
        wire.parse_restore_status(obj)
    assert reason(exc) == path


# --- Job.Info ---------------------------------------------------------------------------------


def test_create_201_and_rest_200_are_the_same_info() -> None:
    expected = JobInfo(
        status="RUNNING",
        progress=0,
        description=DESCRIPTION,
        service=SERVICE,
        operation="create",
        cancelable=False,
        start_time=START,
    )
    assert wire.parse_job_info(load(API_CREATE_201)) == expected
    assert wire.parse_job_info(wire.unwrap_value(load(REST_CREATE_200))) == expected


def test_running_info_with_params_in_both_map_encodings() -> None:
    api = wire.parse_job_info(load(API_GET_RUNNING))
    rest = wire.parse_job_info(wire.unwrap_value(load(REST_GET_RUNNING)))
    assert api == rest
    assert api.status == "RUNNING" and api.progress == 40 and not api.is_terminal
    assert api.messages == (STEP_MESSAGE,)
    assert api.end_time is None and api.error is None


def test_succeeded_info() -> None:
    info = wire.parse_job_info(load(API_GET_SUCCEEDED))
    assert info.is_terminal and info.progress == 100
    assert info.end_time == datetime(2024, 5, 3, 10, 21, 44, 510000, tzinfo=UTC)
    assert info.messages[0].id == "ex.recon.done"


def test_failed_info_error_struct() -> None:
    info = wire.parse_job_info(load(API_GET_FAILED))
    assert info.status == "FAILED" and info.progress == 55
    assert info.error == ApiErrorBody(
        error_type="ERROR",
        messages=(
            LocalizableMessage(
                id="ex.recon.partner.unreachable",
                default_message="Replication partner vc02.example.com is not reachable.",
                args=("vc02.example.com",),
            ),
        ),
    )
    assert info.error_text is None


def test_failed_info_error_wrapper_is_unwrapped() -> None:
    body = load(API_GET_FAILED)
    body["error"] = {"type": "com.vmware.vapi.std.errors.error", "value": body["error"]}
    info = wire.parse_job_info(body)
    assert info.error is not None
    assert info.error.type_id == "com.vmware.vapi.std.errors.error"
    assert info.error.error_type == "ERROR"
    assert info.error.messages[0].id == "ex.recon.partner.unreachable"


def test_failed_info_error_string_is_kept_as_text() -> None:
    body = load(API_GET_FAILED)
    body["error"] = "Reconciliation failed: partner unreachable"
    info = wire.parse_job_info(body)
    assert info.error is None
    assert info.error_text == "Reconciliation failed: partner unreachable"


def test_failed_info_empty_error_object_from_the_docs() -> None:
    body = load(API_GET_FAILED)
    body["error"] = {}
    assert wire.parse_job_info(body).error == ApiErrorBody(error_type=None)


def test_unknown_status_and_extra_fields_are_kept_and_ignored() -> None:
    body = load(API_GET_RUNNING)
    body.update(status="PAUSED", new_field={"x": 1}, parent="job-1", target={"type": "vm", "id": "vm-9", "more": 1})
    info = wire.parse_job_info(body)
    assert info.status == "PAUSED"
    assert info.parent == "job-1"
    assert info.target == DynamicId(type="vm", id="vm-9")


def test_null_optional_fields_are_unset() -> None:
    body = load(API_GET_RUNNING)
    body.update(end_time=None, error=None, cancelable=None, parent=None, target=None, description=None)
    info = wire.parse_job_info(body)
    assert (info.end_time, info.error, info.cancelable, info.parent, info.target, info.description) == (None,) * 6


def test_display_only_fields_may_be_missing() -> None:
    info = wire.parse_job_info({"status": "NONE", "progress": 0, "messages": []})
    assert info == JobInfo(status="NONE", progress=0)


def mutate(text: str, path: list[str | int], value: object) -> object:
    body = load(text)
    node = body
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return body


DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (["progress"], "40", "progress must be an integer, got string"),
        (["progress"], True, "progress must be an integer, got boolean"),
        (["progress"], 40.5, "progress must be an integer, got number"),
        (["progress"], 2**70, "progress is outside the 64-bit integer range"),
        (["progress"], DELETE, "progress is missing"),
        (["progress"], None, "progress is missing"),
        (["status"], DELETE, "status is missing"),
        (["status"], 1, "status must be a string, got number"),
        (["messages"], DELETE, "messages is missing"),
        (["messages"], {"id": "x"}, "messages must be an array, got object"),
        (["messages", 0], "text", "messages[0] must be an object, got string"),
        (["messages", 0, "id"], DELETE, "messages[0].id is missing"),
        (["messages", 0, "default_message"], 3, "messages[0].default_message must be a string, got number"),
        (["messages", 0, "args"], "x", "messages[0].args must be an array, got string"),
        (["messages", 0, "args"], ["ok", 5], "messages[0].args[1] must be a string, got number"),
        (["messages", 0, "localized"], False, "messages[0].localized must be a string, got boolean"),
        (["messages", 0, "params"], "x", "messages[0].params must be an object or a key/value array, got string"),
        (["messages", 0, "params", "done", "i"], "3", "messages[0].params.done.i must be an integer, got string"),
        (["messages", 0, "params", "done", "i"], False, "messages[0].params.done.i must be an integer, got boolean"),
        (["messages", 0, "params", "done"], [3], "messages[0].params.done must be an object, got array"),
        (["messages", 0, "params", "done"], {"d": "1.5"}, "messages[0].params.done.d must be a number, got string"),
        (["messages", 0, "params", "done"], {"d": float("nan")}, "messages[0].params.done.d must be a finite number"),
        (["messages", 0, "params", "done"], {"d": 10**400}, "messages[0].params.done.d is too large for a double"),
        (
            ["messages", 0, "params", "done"],
            {"dt": "yesterday"},
            "messages[0].params.done.dt is not an RFC 3339 date-time",
        ),
        (["messages", 0, "params", "done"], {"l": {"params": {}}}, "messages[0].params.done.l.id is missing"),
        (
            ["messages", 0, "params", "done"],
            {"precision": True},
            "messages[0].params.done.precision must be an integer, got boolean",
        ),
        (
            ["messages", 0, "params", "done"],
            {"format": 1},
            "messages[0].params.done.format must be a string, got number",
        ),
        (["description"], [], "description must be an object, got array"),
        (["description", "id"], DELETE, "description.id is missing"),
        (["start_time"], 1714730760, "start_time must be an RFC 3339 date-time string, got number"),
        (["start_time"], "2024-05-03 10:06:00", "start_time is not an RFC 3339 date-time"),
        (["service"], ["x"], "service must be a string, got array"),
        (["cancelable"], "false", "cancelable must be a boolean, got string"),
        (["cancelable"], 0, "cancelable must be a boolean, got number"),
        (["target"], {"type": "vm"}, "target.id is missing"),
        (["error"], 500, "error must be an object, got number"),
        (
            ["error"],
            {"error_type": "ERROR", "messages": [{"id": 1}]},
            "error.messages[0].id must be a string, got number",
        ),
    ],
)
def test_job_info_strictness_names_the_field(path: list[str | int], value: object, expected: str) -> None:
    with pytest.raises(ProtocolError) as exc:
        wire.parse_job_info(mutate(API_GET_RUNNING, path, value))
    assert reason(exc) == expected
    assert exc.value.code == "protocol"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("done", "messages[0].params[0] must be an object, got string"),
        ({"value": {"i": 3}}, "messages[0].params[0].key is missing"),
        ({"key": 3, "value": {"i": 3}}, "messages[0].params[0].key must be a string, got number"),
        ({"key": "done"}, "messages[0].params[0].value is missing"),
        ({"key": "done", "value": {"i": "3"}}, "messages[0].params[0].value.i must be an integer, got string"),
    ],
)
def test_rest_key_value_params_strictness(value: object, expected: str) -> None:
    body = wire.unwrap_value(load(REST_GET_RUNNING))
    body["messages"][0]["params"][0] = value  # type: ignore[index]
    with pytest.raises(ProtocolError) as exc:
        wire.parse_job_info(body)
    assert reason(exc) == expected


def test_job_info_rejects_a_rest_envelope_passed_unwrapped() -> None:
    with pytest.raises(ProtocolError) as exc:
        wire.parse_job_info(load(REST_GET_RUNNING))
    assert reason(exc) == "status is missing"


def test_message_params_of_every_kind() -> None:
    obj = {
        "id": "ex.all",
        "default_message": "All.",
        "args": [],
        "params": {
            "s": {"s": "vc02"},
            "i": {"i": -7},
            "d": {"d": 3, "precision": 1},
            "dt": {"dt": "2024-05-03T12:00:00+02:00", "format": "LONG_TIME"},
            "l": {"l": {"id": "ex.nested", "params": [{"key": "n", "value": {"i": 1}}]}},
            "none": {},
        },
        "localized": "Alles.",
    }
    msg = wire.parse_message(obj)
    assert msg.params == {
        "s": LocalizationParam(s="vc02"),
        "i": LocalizationParam(i=-7),
        "d": LocalizationParam(d=3.0, precision=1),
        "dt": LocalizationParam(dt=datetime(2024, 5, 3, 10, 0, tzinfo=UTC), format="LONG_TIME"),
        "l": LocalizationParam(l=NestedMessage(id="ex.nested", params={"n": LocalizationParam(i=1)})),
        "none": LocalizationParam(),
    }
    assert isinstance(msg.params["d"].d, float)
    assert msg.localized == "Alles."


def test_message_args_may_be_missing_or_null() -> None:
    assert wire.parse_message({"id": "a", "default_message": "b"}).args == ()
    assert wire.parse_message({"id": "a", "default_message": "b", "args": None}).args == ()


def test_deeply_nested_messages_are_refused_not_crashing() -> None:
    param: dict[str, Any] = {"s": "bottom"}
    for _ in range(5000):
        param = {"l": {"id": "n", "params": {"p": param}}}
    with pytest.raises(ProtocolError) as exc:
        wire.parse_message({"id": "x", "default_message": "y", "params": {"p": param}})
    assert "nested too deeply" in reason(exc)


def test_moderately_nested_messages_are_fine() -> None:
    param: dict[str, Any] = {"s": "bottom"}
    for _ in range(10):
        param = {"l": {"id": "n", "params": {"p": param}}}
    msg = wire.parse_message({"id": "x", "default_message": "y", "params": {"p": param}})
    assert msg.params is not None and msg.params["p"].l is not None


# --- unwrap_value -----------------------------------------------------------------------------


def test_unwrap_value() -> None:
    assert wire.unwrap_value({"value": [1]}) == [1]
    assert wire.unwrap_value({"value": None}) is None
    for bad in (None, [], "x", {"values": 1}):
        with pytest.raises(ProtocolError):
            wire.unwrap_value(bad)


# --- Datetimes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-03T10:27:13.123Z", datetime(2024, 5, 3, 10, 27, 13, 123000, tzinfo=UTC)),
        ("2024-05-03T10:27:13Z", datetime(2024, 5, 3, 10, 27, 13, tzinfo=UTC)),
        ("2024-05-03T10:27:13.1Z", datetime(2024, 5, 3, 10, 27, 13, 100000, tzinfo=UTC)),
        ("2024-05-03T10:27:13.123456Z", datetime(2024, 5, 3, 10, 27, 13, 123456, tzinfo=UTC)),
        # More than 6 fraction digits: truncated, never rounded up.
        ("2024-05-03T10:27:13.1234569999Z", datetime(2024, 5, 3, 10, 27, 13, 123456, tzinfo=UTC)),
        ("2024-05-03t10:27:13.5z", datetime(2024, 5, 3, 10, 27, 13, 500000, tzinfo=UTC)),
        ("2024-05-03T12:27:13.123+02:00", datetime(2024, 5, 3, 10, 27, 13, 123000, tzinfo=UTC)),
        ("2024-05-03T05:57:13-04:30", datetime(2024, 5, 3, 10, 27, 13, tzinfo=UTC)),
        ("2024-01-01T00:30:00+01:00", datetime(2023, 12, 31, 23, 30, tzinfo=UTC)),
        ("2024-02-29T23:59:59.999Z", datetime(2024, 2, 29, 23, 59, 59, 999000, tzinfo=UTC)),
        ("2016-12-31T23:59:60Z", datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
        ("2024-05-03T10:27:13-00:00", datetime(2024, 5, 3, 10, 27, 13, tzinfo=UTC)),
    ],
)
def test_parse_datetime(text: str, expected: datetime) -> None:
    parsed = wire.parse_datetime(text)
    assert parsed == expected
    assert parsed.tzinfo is UTC and parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-03T10:27:13",  # no zone: ambiguous, refused
        "2024-05-03 10:27:13Z",
        "2024-05-03T10:27:13.Z",
        "2024-05-03T10:27Z",
        "2024-5-3T10:27:13Z",
        "2024-02-30T10:27:13Z",
        "2024-05-03T24:00:00Z",
        "2024-05-03T10:27:13+24:00",
        "2024-05-03T10:27:13+02:60",
        "2024-05-03T10:27:13+0200",
        "0000-01-01T00:00:00Z",
        "0001-01-01T00:00:00+01:00",  # before datetime.min once in UTC
        "9999-12-31T23:59:59-01:00",  # after datetime.max once in UTC
        "٢٠٢٤-05-03T10:27:13Z",  # non-ASCII digits
        " 2024-05-03T10:27:13Z",
        "",
    ],
)
def test_parse_datetime_rejects(text: str) -> None:
    with pytest.raises(ProtocolError):
        wire.parse_datetime(text)


@pytest.mark.parametrize("value", [None, 1714730760, 1.5, True, ["2024-05-03T10:27:13Z"], {"dt": "x"}])
def test_parse_datetime_rejects_non_strings(value: object) -> None:
    with pytest.raises(ProtocolError):
        wire.parse_datetime(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2024, 5, 3, 10, 27, 13, 123999, tzinfo=UTC), "2024-05-03T10:27:13.123Z"),
        (datetime(2024, 5, 3, 10, 27, 13, tzinfo=UTC), "2024-05-03T10:27:13.000Z"),
        (datetime(2024, 5, 3, 12, 27, 13, 5000, tzinfo=timezone(timedelta(hours=2))), "2024-05-03T10:27:13.005Z"),
        (datetime(2024, 5, 3, 10, 27, 13), "2024-05-03T10:27:13.000Z"),  # naive = UTC
        (datetime(5, 1, 2, 3, 4, 5, tzinfo=UTC), "0005-01-02T03:04:05.000Z"),
    ],
)
def test_format_datetime(value: datetime, expected: str) -> None:
    assert wire.format_datetime(value) == expected
    truncated = value.replace(microsecond=value.microsecond // 1000 * 1000)
    if truncated.tzinfo is None:
        truncated = truncated.replace(tzinfo=UTC)
    assert wire.parse_datetime(expected) == truncated


# --- Encoders ---------------------------------------------------------------------------------


def test_create_spec_body_per_flavour() -> None:
    spec = JobSpec(sso_user="administrator@vsphere.local", sso_password='p#:&*"é', ignore_warnings=True)
    api = wire.create_spec_body(spec, "api")
    assert api == {
        "sso_admin_user_name": "administrator@vsphere.local",
        "sso_admin_user_password": 'p#:&*"é',
        "ignore_warnings": True,
    }
    assert wire.create_spec_body(spec, "rest") == {"spec": api}
    # The body survives JSON encoding unchanged (a password with quotes and non-ASCII characters).
    assert json.loads(json.dumps(api)) == api


def test_create_spec_body_defaults_and_unset_sso() -> None:
    assert wire.create_spec_body(JobSpec(sso_user="u", sso_password="p"), "api")["ignore_warnings"] is False
    assert wire.create_spec_body(JobSpec(sso_user="", sso_password=""), "rest") == {"spec": {"ignore_warnings": False}}


def test_create_spec_body_rejects_unknown_flavour() -> None:
    with pytest.raises(ValueError, match="flavour"):
        wire.create_spec_body(JobSpec(sso_user="u", sso_password="p"), "auto")


@pytest.mark.parametrize("text", [API_GET_RUNNING, API_GET_SUCCEEDED, API_GET_FAILED, API_CREATE_201])
@pytest.mark.parametrize("flavor", ["api", "rest"])
def test_info_round_trip(text: str, flavor: str) -> None:
    info = wire.parse_job_info(load(text))
    encoded = wire.info_to_dict(info, flavor=flavor)
    assert json.loads(json.dumps(encoded)) == encoded
    assert wire.parse_job_info(encoded) == info


def test_info_to_dict_matches_the_wire_shape() -> None:
    assert wire.info_to_dict(wire.parse_job_info(load(API_GET_RUNNING))) == load(API_GET_RUNNING)
    rest = wire.unwrap_value(load(REST_GET_RUNNING))
    assert wire.info_to_dict(wire.parse_job_info(rest), flavor="rest") == rest


def test_info_to_dict_keeps_error_text_and_wrapper() -> None:
    info = JobInfo(status="FAILED", progress=5, error_text="boom")
    assert wire.info_to_dict(info)["error"] == "boom"
    wrapped = JobInfo(
        status="FAILED", progress=5, error=ApiErrorBody("ERROR", type_id="com.vmware.vapi.std.errors.error")
    )
    assert wire.info_to_dict(wrapped)["error"] == {
        "type": "com.vmware.vapi.std.errors.error",
        "value": {"error_type": "ERROR", "messages": []},
    }
    assert wire.parse_job_info(wire.info_to_dict(wrapped)) == wrapped


@pytest.mark.parametrize("text", [API_401, REST_401, REST_6X_401, REST_UNKNOWN_URL, API_CREATE_IN_USE])
def test_error_body_round_trip(text: str) -> None:
    body = wire.parse_error_body(load(text))
    assert wire.parse_error_body(wire.error_body_to_dict(body)) == body
    assert wire.parse_error_body(wire.error_body_to_dict(body, flavor="rest")) == body


def test_rest_error_envelope_is_reproduced() -> None:
    assert wire.error_body_to_dict(wire.parse_error_body(load(REST_GET_404))) == load(REST_GET_404)


def test_version_restore_session_encoders() -> None:
    assert wire.version_to_dict(wire.parse_version(load(API_VERSION))) == load(API_VERSION)
    assert wire.version_to_dict(ApplianceVersion(version="9", name="vc"))["name"] == "vc"
    assert wire.restore_to_dict(wire.parse_restore_status(load(API_RESTORE))) == load(API_RESTORE)
    assert "progress" not in wire.restore_to_dict(RestoreStatus(state="NONE"))


def test_message_to_dict_both_map_encodings() -> None:
    assert wire.message_to_dict(STEP_MESSAGE) == {
        "id": "ex.recon.step",
        "default_message": "Starting services (3 of 12).",
        "args": [],
        "params": {"done": {"i": 3}, "total": {"i": 12}},
    }
    assert wire.message_to_dict(STEP_MESSAGE, flavor="rest")["params"] == [
        {"key": "done", "value": {"i": 3}},
        {"key": "total", "value": {"i": 12}},
    ]
    dt_msg = LocalizableMessage(
        id="x",
        default_message="y",
        params={"t": LocalizationParam(dt=datetime(2024, 5, 3, 10, 0, 0, 999999, tzinfo=UTC))},
    )
    assert wire.message_to_dict(dt_msg)["params"]["t"] == {"dt": "2024-05-03T10:00:00.999Z"}


# --- The simulator's encoders (what the client meets in every integration test) ----------------


@pytest.mark.parametrize("flavor", ["api", "rest"])
@pytest.mark.parametrize("modern", [True, False])
def test_simulator_bodies_parse(flavor: str, modern: bool) -> None:
    from reconui.simulator.catalog import Param, named, positional
    from reconui.simulator.wire import VapiError, WireStyle, encode_message, error_body

    style = WireStyle(flavor=flavor, modern=modern, lang="de")
    when = datetime(2024, 5, 3, 10, 6, 0, 123456, tzinfo=UTC)
    message = named(
        "ex.recon.started",
        start=Param.dt(when, "LONG_TIME"),
        count=Param.i(12),
        ratio=Param.d(0.5, 1),
        who=Param.s("vc02"),
        what=Param.nested("ex.recon.description", n=Param.i(1)),
    )
    parsed = wire.parse_message(json.loads(json.dumps(encode_message(message, style))))
    assert parsed.id == "ex.recon.started" and parsed.default_message
    if modern:
        assert parsed.params is not None
        assert parsed.params["start"] == LocalizationParam(dt=when.replace(microsecond=123000), format="LONG_TIME")
        assert parsed.params["count"].i == 12 and parsed.params["ratio"] == LocalizationParam(d=0.5, precision=1)
        assert parsed.params["what"].l == NestedMessage(id="ex.recon.description", params={"n": LocalizationParam(i=1)})
    else:
        assert parsed.params is None and len(parsed.args) == 5

    error = VapiError("not_allowed_in_current_state", (positional("ex.recon.restore.state", "INPROGRESS"),))
    body = wire.parse_error_body(json.loads(json.dumps(error_body(error, style))))
    # Typed by error_type (7.0+) or by the /rest envelope's canonical id (6.x). A 6.x-style /api body
    # (no such appliance exists) has neither, and only the status is left: a generic 400.
    typed = modern or flavor == "rest"
    assert appliance_error(400, body).code == ("not_allowed_in_current_state" if typed else "error")
    assert body.type_id == ("com.vmware.vapi.std.errors.not_allowed_in_current_state" if flavor == "rest" else None)
    assert body.messages[0].args == ("INPROGRESS",)
