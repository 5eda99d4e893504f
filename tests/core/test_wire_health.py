"""Parsers of the post-restore bodies (health levels, services, replication status, restore parts):
examples in both flavours, and properties: a model or ProtocolError, whatever JSON arrives."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconui.core import wire, wire_health
from reconui.core.errors import ProtocolError
from reconui.core.models import ReplicationPartner, RestoreStatus, ServiceInfo

from .test_wire_properties import BOUNDED, flavors, ids, json_values, longs, message_tuples, mutated, texts

MSG = {"id": "com.vmware.vdcs.cls-main.db_unreachable", "default_message": "Database is unreachable.", "args": []}
VPXD = {"name_key": "cis.vpxd.ServiceName", "description_key": "cis.vpxd.ServiceDescription",
        "startup_type": "AUTOMATIC", "state": "STARTED", "health": "HEALTHY", "health_messages": []}
UI_STOPPED = {"name_key": "k", "description_key": "d", "startup_type": "AUTOMATIC", "state": "STOPPED"}
CLS = {"name_key": "k", "description_key": "d", "startup_type": "AUTOMATIC", "state": "STARTED", "health": "DEGRADED",
       "health_messages": [MSG]}


def test_health_levels_are_lower_case_strings_and_open() -> None:
    assert wire_health.parse_health_level("green") == "green"
    assert wire_health.parse_health_level("ORANGE") == "orange"
    assert wire_health.parse_health_level("purple") == "purple"
    for bad in (None, 3, "", {"value": "green"}, ["green"]):
        with pytest.raises(ProtocolError):
            wire_health.parse_health_level(bad)


def test_lastcheck() -> None:
    assert wire_health.parse_lastcheck("2024-05-03T10:00:00.000Z") == datetime(2024, 5, 3, 10, tzinfo=timezone.utc)
    with pytest.raises(ProtocolError):
        wire_health.parse_lastcheck("yesterday")


def test_services_map_in_both_encodings_gives_the_same_sorted_services() -> None:
    api = {"vsphere-ui": UI_STOPPED, "vpxd": VPXD, "content-library": CLS}
    rest = [{"key": k, "value": v} for k, v in api.items()]
    parsed = wire_health.parse_services(api)
    assert parsed == wire_health.parse_services(rest)
    assert [s.id for s in parsed] == ["content-library", "vpxd", "vsphere-ui"]
    cls, vpxd, ui = parsed
    assert ui == ServiceInfo(id="vsphere-ui", startup_type="AUTOMATIC", state="STOPPED", name_key="k",
                             description_key="d")
    assert ui.health is None and ui.health_messages == ()
    assert cls.health == "DEGRADED" and cls.health_messages[0].default_message == "Database is unreachable."
    assert vpxd.automatic and vpxd.health == "HEALTHY"


@pytest.mark.parametrize("body", [
    {"vpxd": {"state": "STARTED"}},                        # startup_type missing
    {"vpxd": dict(VPXD, health=3)},                        # health of the wrong type
    {"vpxd": dict(VPXD, health_messages=[{"id": "x"}])},   # a message without default_message
    [{"key": "vpxd"}],                                     # /rest entry without value
    [{"value": VPXD}],                                     # /rest entry without key
    "vpxd",
    None,
])
def test_broken_services_bodies_are_protocol_errors(body: object) -> None:
    with pytest.raises(ProtocolError) as raised:
        wire_health.parse_services(body)
    assert raised.value.params["reason"]


def test_one_service() -> None:
    assert wire_health.parse_service_info("vpxd", VPXD).state == "STARTED"


def test_replication_rows_with_and_without_the_optional_fields() -> None:
    rows = wire_health.parse_replication_status([
        {"node": "vc01", "replication_partner": "vc02", "partner_available": True, "status_available": True,
         "replicating": True, "change_lag": 7},
        {"node": "vc01", "replication_partner": "vc03", "partner_available": False, "status_available": False},
    ])
    assert rows == (ReplicationPartner("vc01", "vc02", True, True, True, 7),
                    ReplicationPartner("vc01", "vc03", False, False, None, None))
    assert wire_health.parse_replication_status([]) == ()
    for bad in ({"node": "x"}, [{"node": "a", "replication_partner": "b", "partner_available": "yes",
                                 "status_available": True}], [{"node": "a"}]):
        with pytest.raises(ProtocolError):
            wire_health.parse_replication_status(bad)


def test_restore_parts_are_read_and_written_back() -> None:
    status = wire.parse_restore_status({"state": "INPROGRESS", "messages": [], "progress": 40, "parts": ["common"]})
    assert status == RestoreStatus(state="INPROGRESS", progress=40, parts=("common",))
    assert wire.restore_to_dict(status)["parts"] == ["common"]
    assert "parts" not in wire.restore_to_dict(RestoreStatus(state="SUCCEEDED"))
    with pytest.raises(ProtocolError):
        wire.parse_restore_status({"state": "SUCCEEDED", "parts": [1]})


# --- properties -------------------------------------------------------------------------------

services = st.builds(
    ServiceInfo, id=ids, startup_type=st.sampled_from(["AUTOMATIC", "MANUAL", "DISABLED"]) | texts,
    state=st.sampled_from(["STARTED", "STOPPED", "STARTING", "STOPPING"]) | texts, name_key=texts,
    description_key=texts, health=st.none() | st.sampled_from(["HEALTHY", "DEGRADED"]) | texts,
    health_messages=message_tuples,
)
partners = st.builds(
    ReplicationPartner, node=texts, partner=texts, partner_available=st.booleans(), status_available=st.booleans(),
    replicating=st.none() | st.booleans(), change_lag=st.none() | longs,
)


def _services_json(items: list[ServiceInfo], flavor: str) -> object:
    encoded = {}
    for s in items:
        body = wire_health.service_to_dict(s)
        del body["id"]
        encoded[s.id] = body
    if flavor == "rest":
        return [{"key": k, "value": v} for k, v in encoded.items()]
    return encoded


def _parse(fn, obj):  # type: ignore[no-untyped-def]
    try:
        return fn(obj)
    except ProtocolError as exc:
        assert exc.code == "protocol" and exc.params["reason"]
        return None


@BOUNDED
@given(items=st.lists(services, max_size=4, unique_by=lambda s: s.id), flavor=flavors)
def test_services_round_trip(items: list[ServiceInfo], flavor: str) -> None:
    parsed = wire_health.parse_services(_services_json(items, flavor))
    by_id = {s.id: s for s in parsed}
    for s in items:
        got = by_id[s.id]
        assert (got.startup_type, got.state, got.health) == (s.startup_type, s.state, s.health)
        assert len(got.health_messages) == len(s.health_messages)


@BOUNDED
@given(rows=st.lists(partners, max_size=4))
def test_replication_round_trip(rows: list[ReplicationPartner]) -> None:
    assert wire_health.parse_replication_status([wire_health.partner_to_dict(r) for r in rows]) == tuple(rows)


@BOUNDED
@given(obj=mutated(st.tuples(st.lists(services, max_size=3, unique_by=lambda s: s.id), flavors)
                   .map(lambda t: _services_json(t[0], t[1]))))
def test_mutated_services(obj: object) -> None:
    parsed = _parse(wire_health.parse_services, obj)
    if parsed is not None:
        json.dumps([wire_health.service_to_dict(s) for s in parsed])


@BOUNDED
@given(obj=mutated(st.lists(partners, max_size=3).map(lambda rows: [wire_health.partner_to_dict(r) for r in rows])))
def test_mutated_replication_status(obj: object) -> None:
    _parse(wire_health.parse_replication_status, obj)


@BOUNDED
@given(obj=json_values)
def test_arbitrary_json_into_the_new_parsers(obj: object) -> None:
    for fn in (wire_health.parse_health_level, wire_health.parse_lastcheck, wire_health.parse_services,
               wire_health.parse_replication_status, lambda o: wire_health.parse_service_info("vpxd", o)):
        _parse(fn, obj)
