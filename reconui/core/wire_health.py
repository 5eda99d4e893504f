"""JSON <-> models for the post-restore checks: health levels, vCenter services, replication status.

Same rules as :mod:`reconui.core.wire` (whose readers this module reuses): strict about the types it
reads, tolerant of extra fields and unknown enum strings, and only ever raising
:class:`~reconui.core.errors.ProtocolError` with a reason naming the field path. Results are bare
(``/rest`` answers are unwrapped by the client first); the services map is accepted in both
encodings, the ``/api`` JSON object and the ``/rest`` ``[{"key", "value"}]`` list.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reconui.core.models import ReplicationPartner, ServiceInfo
from reconui.core.reason_texts import name
from reconui.core.wire import (
    _check_bool,
    _check_long,
    _check_str,
    _fail,
    _guarded,
    _join,
    _json_type,
    _optional,
    _optional_str,
    _parse_datetime_at,
    _parse_message_list,
    _require_list,
    _require_object,
    _required,
    _with_set,
    message_to_dict,
)

__all__ = [
    "parse_health_level",
    "parse_lastcheck",
    "parse_replication_status",
    "parse_service_info",
    "parse_services",
    "partner_to_dict",
    "service_to_dict",
]


def _parse_level_at(obj: object) -> str:
    level = _check_str(obj, name("health_level"))
    if not level:
        _fail(name("health_level"), "empty")
    # Lower case on the wire; an unknown level is kept as sent (the enum is open).
    return level.lower()


def parse_health_level(obj: object) -> str:
    """A ``HealthLevel`` (``"green"`` ...) as a lower-case string. ``applmgmt`` sends the same shape."""
    return _guarded(_parse_level_at, obj)


def parse_lastcheck(obj: object) -> datetime:
    """The time of the appliance's last health check (an RFC 3339 string)."""
    return _guarded(lambda o: _parse_datetime_at(o, "lastcheck"), obj)


def _parse_service_at(service_id: str, obj: object, path: str) -> ServiceInfo:
    info = _require_object(obj, path)
    messages_obj = info.get("health_messages")
    return ServiceInfo(
        id=service_id,
        startup_type=_required(info, "startup_type", path, _check_str),
        state=_required(info, "state", path, _check_str),
        name_key=_optional_str(info, "name_key", path),
        description_key=_optional_str(info, "description_key", path),
        health=_optional(info, "health", path, _check_str),
        health_messages=() if messages_obj is None else _parse_message_list(
            messages_obj, _join(path, "health_messages")),
    )


def parse_service_info(service_id: str, obj: object) -> ServiceInfo:
    """One ``Service.Info`` (``GET .../vcenter/services/{service}``)."""
    return _guarded(lambda o: _parse_service_at(service_id, o, ""), obj)


def _parse_services_at(obj: object) -> tuple[ServiceInfo, ...]:
    services: list[ServiceInfo] = []
    if isinstance(obj, Mapping):
        for key, value in obj.items():
            if not isinstance(key, str):
                _fail("services", "non_string_key")
            services.append(_parse_service_at(key, value, _join("services", key)))
    elif isinstance(obj, list | tuple):
        for index, entry in enumerate(obj):
            entry_path = f"services[{index}]"
            entry_obj = _require_object(entry, entry_path)
            key = _required(entry_obj, "key", entry_path, _check_str)
            if entry_obj.get("value") is None:
                _fail(_join(entry_path, "value"), "missing")
            services.append(_parse_service_at(key, entry_obj["value"], _join(entry_path, "value")))
    else:
        _fail("services", "not_params", type=_json_type(obj))
    return tuple(sorted(services, key=lambda s: s.id))


def parse_services(obj: object) -> tuple[ServiceInfo, ...]:
    """The services map (``/api`` object or ``/rest`` key/value list), sorted by service id."""
    return _guarded(_parse_services_at, obj)


def _parse_partner_at(obj: object, path: str) -> ReplicationPartner:
    row = _require_object(obj, path)
    return ReplicationPartner(
        node=_required(row, "node", path, _check_str),
        partner=_required(row, "replication_partner", path, _check_str),
        partner_available=_required(row, "partner_available", path, _check_bool),
        status_available=_required(row, "status_available", path, _check_bool),
        replicating=_optional(row, "replicating", path, _check_bool),
        change_lag=_optional(row, "change_lag", path, _check_long),
    )


def parse_replication_status(obj: object) -> tuple[ReplicationPartner, ...]:
    """The list of ``ReplicationStatus.Summary`` rows (empty for a stand-alone node)."""
    return _guarded(
        lambda o: tuple(_parse_partner_at(r, f"[{i}]") for i, r in enumerate(_require_list(o, ""))), obj
    )


# --- Encoders (reports, --json) ----------------------------------------------------------------


def service_to_dict(service: ServiceInfo) -> dict[str, Any]:
    """A service as JSON: its id plus the ``Service.Info`` fields (health only when sent)."""
    sent = service.health_messages or service.health is not None
    return _with_set({
        "id": service.id,
        "name_key": service.name_key,
        "description_key": service.description_key,
        "startup_type": service.startup_type,
        "state": service.state,
    }, health=service.health,
        health_messages=[message_to_dict(m) for m in service.health_messages] if sent else None)


def partner_to_dict(row: ReplicationPartner) -> dict[str, Any]:
    """A replication-status row in the wire's field names (unset optionals omitted)."""
    return _with_set({
        "node": row.node,
        "replication_partner": row.partner,
        "partner_available": row.partner_available,
        "status_available": row.status_available,
    }, replicating=row.replicating, change_lag=row.change_lag)

