"""JSON <-> models for both flavours of the appliance REST API (docs/protocol.md §1–§3, §8).

The functions here take what ``json.loads`` returned and build the frozen values of
:mod:`reconui.core.models`, or turn those values back into JSON-ready dicts. They do no I/O.

Why so strict, and why only :class:`~reconui.core.errors.ProtocolError`: the runner classifies every
failure by exception type to decide between "wait and retry", "log in again" and "stop". A stray
``KeyError`` from a half-restarted appliance answering ``{"value": null}`` would escape that
classification and kill a watch in the middle of a disaster recovery. So every parser checks each
type it reads and raises ``ProtocolError`` with a reason naming the field path
(``messages[2].params.total.i``) and the JSON type it found, never the value itself (values may be
tokens or user names; reasons end up in logs and reports).

What is tolerated, on purpose:

* extra fields (newer appliances add fields; an unknown field is ignored);
* ``null`` for an optional field (the vAPI runtime accepts ``null`` as "unset", §3.5);
* unknown status / state strings (the enums are open, §3.1) — kept as they are;
* missing display-only fields (``description``, ``service``, ``operation`` of Job.Info, a message's
  ``args``, the version's descriptive strings): a real appliance that leaves one out should still be
  watchable. The fields without which the answer means nothing (Job.Info ``status``, ``progress``
  and ``messages``, a message's ``id`` and ``default_message``, RestoreStatus ``state``, the
  version's ``version``, the session's ``user``) are required.

Error bodies are read more leniently than results (see :func:`parse_error_body`): an error reply is
already a failure, and throwing away the server's words because of an odd shape helps nobody.

Flavours: ``/rest`` wraps every result in ``{"value": ...}`` (take it off with :func:`unwrap_value`)
and sends maps as ``[{"key": k, "value": v}]`` lists; ``/api`` sends bare results and maps as
objects. The message parsers accept both map encodings, so the same parser serves both flavours.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, NoReturn, TypeVar

from reconui.core.errors import ProtocolError
from reconui.core.models import (
    FLAVOR_API,
    FLAVOR_REST,
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
from reconui.core.phrases import Phrase, Value
from reconui.core.reason_texts import name, reason

__all__ = [
    "create_spec_body",
    "error_body_to_dict",
    "format_datetime",
    "info_to_dict",
    "message_to_dict",
    "parse_datetime",
    "parse_error_body",
    "parse_job_info",
    "parse_message",
    "parse_restore_status",
    "parse_session_token",
    "parse_version",
    "restore_to_dict",
    "unwrap_value",
    "version_to_dict",
]

_T = TypeVar("_T")

#: vAPI ``long`` is a signed 64-bit integer. Bounding it also keeps absurd numbers (Python ints have
#: no limit, and ``str()`` of a 5000-digit int raises) out of the models and the renderer.
_LONG_MIN = -(2**63)
_LONG_MAX = 2**63 - 1

#: NestedLocalizableMessage can nest through ``l`` params. Real messages nest once or twice; the limit
#: keeps a hostile or broken body from reaching Python's recursion limit.
_MAX_NESTING = 16

#: RFC 3339 date-time (``T``/``t`` separator, any number of fraction digits, ``Z`` or ``±hh:mm``).
#: ``[0-9]`` rather than ``\d``: ``\d`` also matches non-ASCII digits such as ``٣``.
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]+))?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)

#: A session token goes into an HTTP header; anything outside visible ASCII would be header injection.
_TOKEN = re.compile(r"[\x21-\x7e]+")


# --- Small typed readers ---------------------------------------------------------------------


def _fail(path: str | Phrase, reason_id: str, **values: Value) -> NoReturn:  # path: a JSON path or a name
    why = reason(reason_id, where=path or name("the_answer"), **values)
    raise ProtocolError({"reason": why}, detail=f"wire: {why.english()}")


def _json_type(value: object) -> str:
    """The JSON name of a value's type, for reasons (never the value itself)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _join(path: str, key: str) -> str:
    # Keys of params maps come from the server: keep them short and printable in a reason/log line.
    if len(key) > 40 or not key.isprintable():
        key = repr(key[:40])[1:-1] + ("…" if len(key) > 40 else "")
    return f"{path}.{key}" if path else key


def _require_object(obj: object, path: str | Phrase) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        _fail(path, "not_object", type=_json_type(obj))
    return obj


def _require_list(obj: object, path: str | Phrase) -> list[Any] | tuple[Any, ...]:
    if not isinstance(obj, list | tuple):
        _fail(path, "not_array", type=_json_type(obj))
    return obj


def _check_str(value: object, path: str | Phrase) -> str:
    if not isinstance(value, str):
        _fail(path, "not_string", type=_json_type(value))
    return value


def _check_long(value: object, path: str | Phrase) -> int:
    # bool is a subclass of int: ``true`` is not a progress of 1.
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(path, "not_integer", type=_json_type(value))
    if not _LONG_MIN <= value <= _LONG_MAX:
        _fail(path, "outside_long")
    return value


def _check_double(value: object, path: str | Phrase) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        _fail(path, "not_number", type=_json_type(value))
    try:
        result = float(value)
    except OverflowError:
        _fail(path, "too_large_double")
    if not math.isfinite(result):
        # Python's json accepts NaN/Infinity; JSON does not, and a report must stay valid JSON.
        _fail(path, "not_finite")
    return result


def _check_bool(value: object, path: str | Phrase) -> bool:
    if not isinstance(value, bool):
        _fail(path, "not_boolean", type=_json_type(value))
    return value


def _required(obj: Mapping[str, Any], key: str, path: str, check: Callable[[object, str], _T]) -> _T:
    value = obj.get(key)
    if value is None:
        # ``null`` for a required field is as good as missing.
        _fail(_join(path, key), "missing")
    return check(value, _join(path, key))


def _optional(obj: Mapping[str, Any], key: str, path: str, check: Callable[[object, str], _T]) -> _T | None:
    value = obj.get(key)
    if value is None:
        return None
    return check(value, _join(path, key))


def _optional_str(obj: Mapping[str, Any], key: str, path: str, default: str = "") -> str:
    value = _optional(obj, key, path, _check_str)
    return default if value is None else value


def _guarded(parse: Callable[[object], _T], obj: object) -> _T:
    """Run a parser and turn any stray exception into ProtocolError.

    The readers above already check every type; this is the backstop that makes "only ProtocolError"
    a guarantee rather than a hope (e.g. a RecursionError from a pathological structure).
    """
    try:
        return parse(obj)
    except ProtocolError:
        raise
    except RecursionError as exc:
        why = reason("nested_too_deeply", where=name("the_answer"))
        raise ProtocolError({"reason": why}, detail=type(exc).__name__) from None
    except Exception as exc:
        why = reason("unreadable", where=name("the_answer"), kind=type(exc).__name__)
        raise ProtocolError({"reason": why}, detail=type(exc).__name__) from None


# --- Datetimes -------------------------------------------------------------------------------


def _parse_datetime_at(text: object, path: str) -> datetime:
    if not isinstance(text, str):
        _fail(path, "not_datetime_text", type=_json_type(text))
    match = _RFC3339.fullmatch(text)
    if match is None:
        _fail(path, "not_rfc3339")
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    fraction = match.group(7) or ""
    # Truncate (never round) to microseconds, like the vAPI runtime does when it writes (§3.5).
    microsecond = int(fraction[:6].ljust(6, "0")) if fraction else 0
    if second == 60:
        # RFC 3339 allows a leap second; datetime cannot hold it. Keep the instant just before it.
        second, microsecond = 59, 999_999
    zone = match.group(8)
    if zone in ("Z", "z"):
        offset = timedelta(0)
    else:
        hours, minutes = int(zone[1:3]), int(zone[4:6])
        if hours > 23 or minutes > 59:
            _fail(path, "bad_utc_offset")
        offset = timedelta(hours=hours, minutes=minutes)
        if zone[0] == "-":
            offset = -offset
    try:
        local = datetime(year, month, day, hour, minute, second, microsecond, tzinfo=timezone(offset))
        return local.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        _fail(path, "bad_datetime")


def parse_datetime(text: object) -> datetime:
    """Parse an RFC 3339 date-time into an aware UTC datetime.

    Accepts any number of fraction digits (truncated to microseconds) and ``Z`` or ``±hh:mm``.
    Raises ProtocolError for anything else, including a non-string.
    """
    return _guarded(lambda t: _parse_datetime_at(t, "date-time"), text)


def format_datetime(dt: datetime) -> str:
    """Write ``dt`` the way the vAPI runtime does: UTC, milliseconds (truncated), ``Z``.

    A naive datetime is taken to be UTC already (the engine only makes aware ones; this keeps an
    encoder from failing on a test value).
    """
    if dt.tzinfo is None or dt.utcoffset() is None:
        dt = dt.replace(tzinfo=timezone.utc)
    dt = dt.astimezone(timezone.utc)
    return (
        f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"
        f".{dt.microsecond // 1000:03d}Z"
    )


# --- Messages --------------------------------------------------------------------------------


def _parse_param_map(obj: object, path: str, depth: int) -> dict[str, LocalizationParam]:
    """A map of named params: ``/api`` object or ``/rest`` ``[{"key","value"}]`` list."""
    result: dict[str, LocalizationParam] = {}
    if isinstance(obj, Mapping):
        for key, value in obj.items():
            if not isinstance(key, str):
                _fail(path, "non_string_key")
            result[key] = _parse_param(value, _join(path, key), depth)
        return result
    if isinstance(obj, list | tuple):
        for index, entry in enumerate(obj):
            entry_path = f"{path}[{index}]"
            entry_obj = _require_object(entry, entry_path)
            key = _required(entry_obj, "key", entry_path, _check_str)
            if "value" not in entry_obj or entry_obj["value"] is None:
                _fail(_join(entry_path, "value"), "missing")
            result[key] = _parse_param(entry_obj["value"], _join(entry_path, "value"), depth)
        return result
    _fail(path, "not_params", type=_json_type(obj))


def _parse_nested(obj: object, path: str, depth: int) -> NestedMessage:
    if depth > _MAX_NESTING:
        _fail(path, "nested_too_deeply")
    nested = _require_object(obj, path)
    msg_id = _required(nested, "id", path, _check_str)
    params_obj = nested.get("params")
    params = {} if params_obj is None else _parse_param_map(params_obj, _join(path, "params"), depth)
    return NestedMessage(id=msg_id, params=params)


def _parse_param(obj: object, path: str, depth: int) -> LocalizationParam:
    param = _require_object(obj, path)
    nested_obj = param.get("l")
    return LocalizationParam(
        s=_optional(param, "s", path, _check_str),
        dt=_optional(param, "dt", path, _parse_datetime_at),
        i=_optional(param, "i", path, _check_long),
        d=_optional(param, "d", path, _check_double),
        l=None if nested_obj is None else _parse_nested(nested_obj, _join(path, "l"), depth + 1),
        format=_optional(param, "format", path, _check_str),
        precision=_optional(param, "precision", path, _check_long),
    )


def _parse_message_at(obj: object, path: str) -> LocalizableMessage:
    msg = _require_object(obj, path)
    args_obj = msg.get("args")
    args: tuple[str, ...] = ()
    if args_obj is not None:
        args_path = _join(path, "args")
        args = tuple(_check_str(a, f"{args_path}[{i}]") for i, a in enumerate(_require_list(args_obj, args_path)))
    params_obj = msg.get("params")
    return LocalizableMessage(
        id=_required(msg, "id", path, _check_str),
        default_message=_required(msg, "default_message", path, _check_str),
        args=args,
        params=None if params_obj is None else _parse_param_map(params_obj, _join(path, "params"), 0),
        localized=_optional(msg, "localized", path, _check_str),
    )


def _parse_message_list(obj: object, path: str) -> tuple[LocalizableMessage, ...]:
    return tuple(_parse_message_at(m, f"{path}[{i}]") for i, m in enumerate(_require_list(obj, path)))


def parse_message(obj: object) -> LocalizableMessage:
    """Parse a ``com.vmware.vapi.std.localizable_message`` of either flavour."""
    return _guarded(lambda o: _parse_message_at(o, ""), obj)


# --- Errors ----------------------------------------------------------------------------------


def _parse_error_struct(obj: Mapping[str, Any], path: str, type_id: str | None) -> ApiErrorBody:
    """A standard vAPI error struct. ``messages`` may be missing (docs show ``"error": {}``)."""
    messages_obj = obj.get("messages")
    return ApiErrorBody(
        error_type=_optional(obj, "error_type", path, _check_str),
        messages=() if messages_obj is None else _parse_message_list(messages_obj, _join(path, "messages")),
        type_id=type_id,
        challenge=_optional(obj, "challenge", path, _check_str),
        data=obj.get("data"),
    )


def _read_foreign_messages(obj: Mapping[str, Any]) -> tuple[LocalizableMessage, ...]:
    """Best-effort messages of a non-vAPI error object (the 6.0 ``localizableMessages`` shape).

    Unreadable entries are skipped: this path exists so that a strange error still shows whatever
    words it carries, and it must not fail itself.
    """
    raw = obj.get("localizableMessages")
    if not isinstance(raw, list | tuple):
        return ()
    messages = []
    for entry in raw:
        if not isinstance(entry, Mapping):
            continue
        msg_id = entry.get("id")
        text = entry.get("defaultMessage", entry.get("default_message"))
        if not isinstance(msg_id, str):
            name = obj.get("name")
            msg_id = name if isinstance(name, str) else ""
        if not isinstance(text, str):
            text = ""
        if msg_id or text:
            messages.append(LocalizableMessage(id=msg_id, default_message=text))
    return tuple(messages)


def _parse_error_at(obj: object, path: str) -> ApiErrorBody:
    body = _require_object(obj, path)
    if "type" in body and "value" in body:
        # /rest envelope: {"type": "com.vmware.vapi.std.errors.x", "value": {error struct}}.
        type_id = _check_str(body["type"], _join(path, "type"))
        value = _require_object(body["value"], _join(path, "value"))
        return _parse_error_struct(value, _join(path, "value"), type_id)
    if "messages" in body or "error_type" in body:
        return _parse_error_struct(body, path, None)
    # Some other JSON object: the 6.0 {"name", "localizableMessages", "majorErrorCode"} body, or a
    # proxy's JSON page. No discriminator, so the caller falls back to the HTTP status (errors.py).
    return ApiErrorBody(error_type=None, messages=_read_foreign_messages(body))


def parse_error_body(obj: object) -> ApiErrorBody:
    """Parse an error reply of either flavour.

    Accepts the ``/rest`` envelope ``{"type": id, "value": struct}`` (``type_id`` is set from it), the
    bare ``/api`` struct, and a 6.x struct without ``error_type``. Any other JSON *object* (such as
    the 6.0 ``{"name": .., "localizableMessages": [..]}`` body) is read leniently into an
    ``ApiErrorBody`` without discriminator and with whatever messages could be read, so the caller
    types the error by HTTP status. Decision: a JSON value that is not an object at all (array,
    string, number, null), or a vAPI struct whose known fields have wrong types, raises ProtocolError
    — the former carries nothing to read, the latter is a broken body we should not half-trust.
    """
    return _guarded(lambda o: _parse_error_at(o, ""), obj)


# --- Results ---------------------------------------------------------------------------------


def _parse_dynamic_id(obj: object, path: str) -> DynamicId:
    target = _require_object(obj, path)
    return DynamicId(type=_required(target, "type", path, _check_str), id=_required(target, "id", path, _check_str))


def _parse_job_info_at(obj: object) -> JobInfo:
    info = _require_object(obj, "")
    error: ApiErrorBody | None = None
    error_text: str | None = None
    error_obj = info.get("error")
    if isinstance(error_obj, str):
        error_text = error_obj  # §3.6: the specs declare the field as a string; show it as it is.
    elif error_obj is not None:
        # A struct, or a {"type","value"} wrapper (unwrapped by the same rules as an error reply).
        error = _parse_error_at(error_obj, "error")
    description_obj = info.get("description")
    return JobInfo(
        status=_required(info, "status", "", _check_str),
        progress=_required(info, "progress", "", _check_long),
        messages=_required(info, "messages", "", _parse_message_list),
        description=None if description_obj is None else _parse_message_at(description_obj, "description"),
        service=_optional_str(info, "service", ""),
        operation=_optional_str(info, "operation", ""),
        parent=_optional(info, "parent", "", _check_str),
        target=_optional(info, "target", "", _parse_dynamic_id),
        cancelable=_optional(info, "cancelable", "", _check_bool),
        error=error,
        error_text=error_text,
        start_time=_optional(info, "start_time", "", _parse_datetime_at),
        end_time=_optional(info, "end_time", "", _parse_datetime_at),
    )


def parse_job_info(obj: object) -> JobInfo:
    """Parse ``com.vmware.appliance.recovery.reconciliation.job.info`` (bare; unwrap /rest first).

    ``error`` may be the error struct, a ``{"type", "value"}`` wrapper (unwrapped; ``type_id`` kept),
    or a string (kept in ``error_text``), per docs/protocol.md §3.6. The status invariants of §3.3 (RUNNING
    needs ``start_time`` …) are not enforced: a watcher should show an odd Info, not reject it.
    """
    return _guarded(_parse_job_info_at, obj)


def _parse_restore_status_at(obj: object) -> RestoreStatus:
    status = _require_object(obj, "")
    messages_obj = status.get("messages")
    parts_obj = status.get("parts")
    parts: tuple[str, ...] | None = None
    if parts_obj is not None:
        parts = tuple(_check_str(p, f"parts[{i}]") for i, p in enumerate(_require_list(parts_obj, "parts")))
    return RestoreStatus(
        state=_required(status, "state", "", _check_str),
        progress=_optional(status, "progress", "", _check_long),
        messages=() if messages_obj is None else _parse_message_list(messages_obj, "messages"),
        parts=parts,
    )


def parse_restore_status(obj: object) -> RestoreStatus:
    """Parse ``restore_job_status``. ``state`` is kept as sent (note the spelling ``INPROGRESS``)."""
    return _guarded(_parse_restore_status_at, obj)


def _parse_version_at(obj: object) -> ApplianceVersion:
    version = _require_object(obj, "")
    return ApplianceVersion(
        version=_required(version, "version", "", _check_str),
        product=_optional_str(version, "product", ""),
        build=_optional_str(version, "build", ""),
        type=_optional_str(version, "type", ""),
        summary=_optional_str(version, "summary", ""),
        releasedate=_optional_str(version, "releasedate", ""),
        install_time=_optional_str(version, "install_time", ""),
        name=_optional(version, "name", "", _check_str),
    )


def parse_version(obj: object) -> ApplianceVersion:
    """Parse ``com.vmware.appliance.system.version`` (``install_time`` stays a string, §1.5)."""
    return _guarded(_parse_version_at, obj)


#: The longest session token accepted (see :mod:`reconui.core.redaction`).
MAX_TOKEN_LENGTH = 1024


def _parse_session_token_at(obj: object) -> str:
    if isinstance(obj, Mapping) and "value" in obj:
        obj = obj["value"]  # /rest {"value": "<token>"}; unwrapping here is unambiguous for a string.
    if not isinstance(obj, str):
        _fail(name("session_token"), "not_string", type=_json_type(obj))
    if len(obj) > MAX_TOKEN_LENGTH:
        # Real tokens are 32-64 characters. A huge one would be re-sent on every call and searched
        # for in every output line (it is masked as a secret): refused, never accepted.
        _fail(name("session_token"), "token_too_long", length=str(len(obj)), limit=str(MAX_TOKEN_LENGTH))
    if not _TOKEN.fullmatch(obj):
        # Never echo the token: it is a credential.
        _fail(name("session_token"), "token_not_header_safe")
    return obj


def parse_session_token(obj: object) -> str:
    """The session id from a session-create answer: ``/api`` bare string or ``/rest`` ``{"value": s}``."""
    return _guarded(_parse_session_token_at, obj)


def _unwrap_value_at(obj: object) -> object:
    envelope = _require_object(obj, "")
    if "value" not in envelope:
        _fail("value", "no_value_envelope")
    return envelope["value"]


def unwrap_value(obj: object) -> object:
    """Take the result out of a ``/rest`` success envelope ``{"value": x}`` (x may be ``null``)."""
    return _guarded(_unwrap_value_at, obj)


# --- Encoders --------------------------------------------------------------------------------


def _with_set(fields: dict[str, Any], **optional: object) -> dict[str, Any]:
    """``fields`` plus each ``optional`` field that is set (not None): the wire omits unset optionals."""
    fields.update({name: value for name, value in optional.items() if value is not None})
    return fields


def _check_flavor(flavor: str) -> None:
    if flavor not in (FLAVOR_API, FLAVOR_REST):
        raise ValueError(f"unknown API flavour {flavor!r} (expected 'api' or 'rest')")


def create_spec_body(spec: JobSpec, flavor: str) -> dict[str, Any]:
    """The reconciliation create request body: ``/api`` the bare CreateSpec, ``/rest`` ``{"spec": ...}``.

    This is the only encoder that carries a secret (the SSO password, which the appliance needs). Its
    result goes straight into the request body and must never be logged. An empty ``sso_user`` sends
    neither name nor password ("if unset SSO authentication will not be used", §3.2).
    """
    _check_flavor(flavor)
    create_spec: dict[str, Any] = {}
    if spec.sso_user:
        create_spec["sso_admin_user_name"] = spec.sso_user
        create_spec["sso_admin_user_password"] = spec.sso_password
    create_spec["ignore_warnings"] = bool(spec.ignore_warnings)
    return create_spec if flavor == FLAVOR_API else {"spec": create_spec}


def _param_to_dict(param: LocalizationParam, flavor: str, depth: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if param.s is not None:
        out["s"] = param.s
    if param.dt is not None:
        out["dt"] = format_datetime(param.dt)
    if param.i is not None:
        out["i"] = param.i
    if param.d is not None:
        out["d"] = param.d
    if param.l is not None and depth < _MAX_NESTING:
        nested: dict[str, Any] = {"id": param.l.id}
        if param.l.params:
            nested["params"] = _param_map_to_json(param.l.params, flavor, depth + 1)
        out["l"] = nested
    if param.format is not None:
        out["format"] = param.format
    if param.precision is not None:
        out["precision"] = param.precision
    return out


def _param_map_to_json(params: Mapping[str, LocalizationParam], flavor: str, depth: int) -> Any:
    if flavor == FLAVOR_REST:
        return [{"key": k, "value": _param_to_dict(p, flavor, depth)} for k, p in params.items()]
    return {k: _param_to_dict(p, flavor, depth) for k, p in params.items()}


def message_to_dict(msg: LocalizableMessage, *, flavor: str = FLAVOR_API) -> dict[str, Any]:
    """A message as wire JSON (``/api`` map encoding unless ``flavor="rest"``); unset fields omitted."""
    _check_flavor(flavor)
    out: dict[str, Any] = {"id": msg.id, "default_message": msg.default_message, "args": list(msg.args)}
    if msg.params is not None:
        out["params"] = _param_map_to_json(msg.params, flavor, 0)
    if msg.localized is not None:
        out["localized"] = msg.localized
    return out


def error_body_to_dict(body: ApiErrorBody, *, flavor: str = FLAVOR_API) -> dict[str, Any]:
    """An error as JSON: the bare struct, wrapped in ``{"type", "value"}`` when ``type_id`` is known.

    The wrapper keeps the canonical id in reports (and makes :func:`parse_error_body` give back an
    equal value); ``type_id`` only exists when the appliance sent such a wrapper in the first place.
    """
    _check_flavor(flavor)
    struct: dict[str, Any] = {}
    if body.error_type is not None:
        struct["error_type"] = body.error_type
    struct["messages"] = [message_to_dict(m, flavor=flavor) for m in body.messages]
    if body.challenge is not None:
        struct["challenge"] = body.challenge
    if body.data is not None:
        struct["data"] = body.data
    if body.type_id is not None:
        return {"type": body.type_id, "value": struct}
    return struct


def info_to_dict(info: JobInfo, *, flavor: str = FLAVOR_API) -> dict[str, Any]:
    """A Job.Info as wire JSON (bare; a ``/rest`` server wraps it in ``{"value": ...}`` itself)."""
    _check_flavor(flavor)
    out: dict[str, Any] = {}
    if info.description is not None:
        out["description"] = message_to_dict(info.description, flavor=flavor)
    out["service"] = info.service
    out["operation"] = info.operation
    if info.parent is not None:
        out["parent"] = info.parent
    if info.target is not None:
        out["target"] = {"type": info.target.type, "id": info.target.id}
    out["status"] = info.status
    if info.cancelable is not None:
        out["cancelable"] = info.cancelable
    if info.error is not None:
        out["error"] = error_body_to_dict(info.error, flavor=flavor)
    elif info.error_text is not None:
        out["error"] = info.error_text
    if info.start_time is not None:
        out["start_time"] = format_datetime(info.start_time)
    if info.end_time is not None:
        out["end_time"] = format_datetime(info.end_time)
    out["messages"] = [message_to_dict(m, flavor=flavor) for m in info.messages]
    out["progress"] = info.progress
    return out


def version_to_dict(version: ApplianceVersion) -> dict[str, Any]:
    """The appliance version as wire JSON (``name`` only when the appliance sent it)."""
    return _with_set({
        "version": version.version,
        "product": version.product,
        "build": version.build,
        "type": version.type,
        "summary": version.summary,
        "releasedate": version.releasedate,
        "install_time": version.install_time,
    }, name=version.name)


def restore_to_dict(status: RestoreStatus, *, flavor: str = FLAVOR_API) -> dict[str, Any]:
    """The restore job status as wire JSON."""
    _check_flavor(flavor)
    out: dict[str, Any] = {
        "state": status.state,
        "messages": [message_to_dict(m, flavor=flavor) for m in status.messages],
    }
    if status.progress is not None:
        out["progress"] = status.progress
    if status.parts is not None:
        out["parts"] = list(status.parts)
    return out


