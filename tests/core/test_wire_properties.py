"""Property tests: the parsers only ever return a model or raise ProtocolError, whatever JSON arrives.

A half-restarted appliance, a proxy or a future release can send anything; the runner relies on
ProtocolError being the *only* exception a parser raises (wire.py's module docstring says why).
Arbitrary JSON alone rarely gets past the first type check, so most examples are mutations of valid
bodies: one field, anywhere in the tree, replaced by arbitrary JSON or removed.
"""

from __future__ import annotations

import copy
import json
import string
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconui.core import wire
from reconui.core.errors import ProtocolError
from reconui.core.message_catalog import MessageCatalog
from reconui.core.models import (
    ApiErrorBody,
    ApplianceVersion,
    DynamicId,
    JobInfo,
    LocalizableMessage,
    LocalizationParam,
    NestedMessage,
    RestoreStatus,
)
from reconui.core.render import MessageRenderer

UTC = timezone.utc
BOUNDED = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Field names of the vAPI structures, so that generated objects often hit the parsers' real paths.
FIELD_NAMES = (
    "status progress messages description service operation parent target cancelable error start_time "
    "end_time id default_message args params localized s dt i d l format precision key value type "
    "error_type challenge data state version product build summary releasedate install_time name user "
    "created_time last_accessed_time localizableMessages defaultMessage"
).split()

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["RUNNING", "SUCCEEDED", "2024-05-03T10:06:00.000Z", "", "NaN"])
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=6), children, max_size=5)
    ),
    max_leaves=20,
)

PARSERS: dict[str, Callable[[object], object]] = {
    "job_info": wire.parse_job_info,
    "message": wire.parse_message,
    "error_body": wire.parse_error_body,
    "restore": wire.parse_restore_status,
    "version": wire.parse_version,
    "session_token": wire.parse_session_token,
    "unwrap_value": wire.unwrap_value,
    "datetime": wire.parse_datetime,
}
RESULT_TYPES: dict[str, type | tuple[type, ...]] = {
    "job_info": JobInfo,
    "message": LocalizableMessage,
    "error_body": ApiErrorBody,
    "restore": RestoreStatus,
    "version": ApplianceVersion,
    "session_token": str,
    "unwrap_value": object,
    "datetime": datetime,
}


def parse_or_protocol_error(name: str, obj: object) -> object | None:
    """The parser's result (checked for type), or None when it raised ProtocolError."""
    try:
        result = PARSERS[name](obj)
    except ProtocolError as exc:
        assert exc.code == "protocol" and exc.params["reason"]
        return None
    assert isinstance(result, RESULT_TYPES[name])
    return result


# --- Valid models -----------------------------------------------------------------------------

texts = st.text(max_size=20)
ids = st.text(alphabet=string.ascii_letters + string.digits + "._-", min_size=1, max_size=30)
longs = st.integers(min_value=-(2**63), max_value=2**63 - 1)
#: Millisecond precision: the wire format keeps milliseconds (docs/protocol.md §3.5), so these survive a round trip.
wire_datetimes = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))
formats = st.sampled_from([None, "SHORT_DATE", "LONG_TIME", "FULL_DATE_TIME", "bogus", ""])


def params_of(depth: int) -> st.SearchStrategy[dict[str, LocalizationParam]]:
    return st.dictionaries(ids, param_of(depth), max_size=3)


def param_of(depth: int) -> st.SearchStrategy[LocalizationParam]:
    kinds = [
        st.builds(LocalizationParam),
        st.builds(LocalizationParam, s=texts),
        st.builds(LocalizationParam, i=longs),
        st.builds(LocalizationParam, d=st.floats(allow_nan=False, allow_infinity=False), precision=st.none() | longs),
        st.builds(LocalizationParam, dt=wire_datetimes, format=formats),
    ]
    if depth < 2:
        nested = st.builds(NestedMessage, id=ids, params=params_of(depth + 1))
        kinds.append(st.builds(LocalizationParam, l=nested))
    return st.one_of(kinds)


messages = st.builds(
    LocalizableMessage,
    id=ids,
    default_message=texts,
    args=st.lists(texts, max_size=3).map(tuple),
    params=st.none() | params_of(0),
    localized=st.none() | texts,
)
message_tuples = st.lists(messages, max_size=3).map(tuple)
plain_json = st.recursive(
    st.none() | st.booleans() | longs | st.floats(allow_nan=False, allow_infinity=False) | texts,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(texts, c, max_size=3),
    max_leaves=8,
)
error_bodies = st.builds(
    ApiErrorBody,
    error_type=st.none() | st.sampled_from(["ERROR", "NOT_FOUND", "FEATURE_IN_USE"]) | texts,
    messages=message_tuples,
    type_id=st.none() | st.just("com.vmware.vapi.std.errors.error") | texts,
    challenge=st.none() | texts,
    data=plain_json,
)
statuses = st.sampled_from(["NONE", "RUNNING", "SUCCEEDED", "FAILED"]) | texts


@st.composite
def job_infos(draw: st.DrawFn) -> JobInfo:
    error = draw(st.none() | error_bodies)
    return JobInfo(
        status=draw(statuses),
        progress=draw(st.integers(0, 100) | longs),
        messages=draw(message_tuples),
        description=draw(st.none() | messages),
        service=draw(texts),
        operation=draw(texts),
        parent=draw(st.none() | texts),
        target=draw(st.none() | st.builds(DynamicId, type=texts, id=texts)),
        cancelable=draw(st.none() | st.booleans()),
        error=error,
        error_text=None if error is not None else draw(st.none() | texts),
        start_time=draw(st.none() | wire_datetimes),
        end_time=draw(st.none() | wire_datetimes),
    )


flavors = st.sampled_from(["api", "rest"])


# --- Mutations --------------------------------------------------------------------------------


def paths_of(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every path to a value inside a JSON tree (the root excluded)."""
    found: list[tuple[object, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((*prefix, key))
            found.extend(paths_of(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((*prefix, index))
            found.extend(paths_of(value, (*prefix, index)))
    return found


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[Any]) -> Any:
    """A valid body with one node replaced by arbitrary JSON, or removed."""
    body = copy.deepcopy(draw(base))
    paths = paths_of(body)
    if not paths:
        return draw(json_values)
    path = draw(st.sampled_from(paths))
    parent = body
    for key in path[:-1]:
        parent = parent[key]
    if draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(json_values)
    return body


valid_info_json = st.tuples(job_infos(), flavors).map(lambda t: wire.info_to_dict(t[0], flavor=t[1]))
valid_message_json = st.tuples(messages, flavors).map(lambda t: wire.message_to_dict(t[0], flavor=t[1]))
valid_error_json = st.tuples(error_bodies, flavors).map(lambda t: wire.error_body_to_dict(t[0], flavor=t[1]))
FIXTURE_INFO = {
    "description": {"id": "ex.recon.description", "default_message": "Reconciliation", "args": []},
    "service": "com.vmware.appliance.recovery.reconciliation.job",
    "operation": "create",
    "status": "FAILED",
    "start_time": "2024-05-03T10:06:00.000Z",
    "end_time": "2024-05-03T10:09:30.000Z",
    "error": {
        "type": "com.vmware.vapi.std.errors.error",
        "value": {"error_type": "ERROR", "messages": [{"id": "a", "default_message": "b", "args": ["c"]}]},
    },
    "messages": [
        {
            "args": [],
            "default_message": "Starting services (3 of 12).",
            "id": "ex.recon.step",
            "params": [{"key": "done", "value": {"i": 3}}, {"key": "when", "value": {"dt": "2024-05-03T10:06:00Z"}}],
        }
    ],
    "progress": 55,
}


# --- Only models or ProtocolError -------------------------------------------------------------


@BOUNDED
@given(obj=json_values, name=st.sampled_from(sorted(PARSERS)))
def test_arbitrary_json_into_every_parser(obj: object, name: str) -> None:
    parse_or_protocol_error(name, obj)


@BOUNDED
@given(obj=mutated(valid_info_json | st.just(FIXTURE_INFO)))
def test_mutated_job_info(obj: object) -> None:
    info = parse_or_protocol_error("job_info", obj)
    if isinstance(info, JobInfo):
        # Whatever was accepted must be renderable and encodable again.
        renderer = MessageRenderer(tz=UTC)
        assert all(isinstance(line, str) for line in renderer.render_stack(info.messages))
        json.dumps(wire.info_to_dict(info))


@BOUNDED
@given(obj=mutated(valid_message_json), envelope=st.booleans())
def test_mutated_message(obj: object, envelope: bool) -> None:
    message = parse_or_protocol_error("message", obj)
    if isinstance(message, LocalizableMessage):
        assert isinstance(MessageRenderer(tz=UTC).render(message), str)
    # The same body as a message list inside an error struct, and wrapped in a /rest envelope.
    body: object = {"error_type": "ERROR", "messages": [obj]}
    if envelope:
        body = {"type": "com.vmware.vapi.std.errors.error", "value": body}
    parse_or_protocol_error("error_body", body)


@BOUNDED
@given(obj=mutated(valid_error_json))
def test_mutated_error_body(obj: object) -> None:
    parse_or_protocol_error("error_body", obj)
    parse_or_protocol_error("job_info", {"status": "FAILED", "progress": 1, "messages": [], "error": obj})


@BOUNDED
@given(
    obj=mutated(
        st.just({"state": "SUCCEEDED", "messages": [{"id": "a", "default_message": "b", "args": []}], "progress": 100})
        | st.just({"version": "8.0.2", "build": "1", "install_time": "x", "name": "vc"})
        | st.just({"user": "u", "created_time": "2024-05-03T10:00:00.000Z", "last_accessed_time": "2024-05-03T10:00Z"})
        | st.just({"value": "3f8e2a9c1b7d4e6f8a0b1c2d3e4f5a6b"})
    ),
    name=st.sampled_from(["restore", "version", "session_token", "unwrap_value"]),
)
def test_mutated_small_bodies(obj: object, name: str) -> None:
    parse_or_protocol_error(name, obj)


@BOUNDED
@given(
    text=st.from_regex(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?"
    )
)
def test_datetime_like_strings(text: str) -> None:
    result = parse_or_protocol_error("datetime", text)
    if isinstance(result, datetime):
        assert result.utcoffset() == timedelta(0)


# --- Round trips ------------------------------------------------------------------------------


@BOUNDED
@given(info=job_infos(), flavor=flavors)
def test_info_round_trip(info: JobInfo, flavor: str) -> None:
    encoded = wire.info_to_dict(info, flavor=flavor)
    assert wire.parse_job_info(json.loads(json.dumps(encoded))) == info


@BOUNDED
@given(body=error_bodies, flavor=flavors)
def test_error_body_round_trip(body: ApiErrorBody, flavor: str) -> None:
    encoded = wire.error_body_to_dict(body, flavor=flavor)
    assert wire.parse_error_body(json.loads(json.dumps(encoded))) == body


@BOUNDED
@given(
    moment=st.datetimes(timezones=st.just(UTC)),
    offset_minutes=st.integers(-23 * 60 - 59, 23 * 60 + 59),
    digits=st.integers(0, 12),
)
def test_datetime_text_with_any_offset_and_fraction(moment: datetime, offset_minutes: int, digits: int) -> None:
    zone = timezone(timedelta(minutes=offset_minutes))
    try:
        local = moment.astimezone(zone)
    except OverflowError:
        return
    sign = "-" if offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(offset_minutes), 60)
    fraction = f"{local.microsecond:06d}".ljust(digits, "7")[:digits]
    text = (
        f"{local.year:04d}-{local.month:02d}-{local.day:02d}T{local.hour:02d}:{local.minute:02d}:{local.second:02d}"
        f"{'.' + fraction if digits else ''}{sign}{hours:02d}:{minutes:02d}"
    )
    kept = int(fraction[:6].ljust(6, "0")) if digits else 0
    assert wire.parse_datetime(text) == moment.replace(microsecond=kept)
    assert wire.parse_datetime(wire.format_datetime(moment)) == moment.replace(
        microsecond=moment.microsecond // 1000 * 1000
    )


# --- The renderer never raises ----------------------------------------------------------------

templates = st.text(alphabet="%{}$.,-0123456789sdftTxn abc", max_size=24) | st.sampled_from(
    ["%s", "%1$s %2$s", "{0}", "{x}", "%,d", "%.3f", "%tc", "%", "{", "%99$s", "{done} of {total}"]
)


@BOUNDED
@given(
    msg=messages,
    template=templates,
    language=st.sampled_from(["en", "de-DE", "fr", "ja", "zh", "xx", "", "de_AT"]),
    tz=st.sampled_from([None, UTC, ZoneInfo("Europe/Berlin"), ZoneInfo("Pacific/Kiritimati")]),
    grouping=st.booleans(),
)
def test_renderer_never_raises(
    msg: LocalizableMessage, template: str, language: str, tz: timezone | None, grouping: bool
) -> None:
    catalog = MessageCatalog({language or "en": {msg.id: template}, "en": {msg.id: template}})
    renderer = MessageRenderer(language=language, tz=tz, grouping=grouping, catalog=catalog)
    text = renderer.render(msg)
    assert isinstance(text, str)
    lines = renderer.render_stack([msg, msg])
    assert lines == [text, MessageRenderer.CAUSE_PREFIX + text]
    for param in (msg.params or {}).values():
        assert isinstance(renderer.format_param(param), str)
    if msg.localized and msg.localized.strip():
        assert text == msg.localized
