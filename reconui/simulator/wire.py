"""Wire encodings of the two vAPI REST flavours (docs/protocol.md §2, §3.5, §8).

Everything that differs between ``/api`` and ``/rest`` lives here: envelopes, map encoding of
``params``, error envelopes, and what a pre-7.0U2 appliance leaves out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from reconui.simulator.catalog import Message, Nested, Param, format_param, render

ERRORS_PREFIX = "com.vmware.vapi.std.errors."

#: vAPI standard error -> HTTP status (docs/protocol.md §2.3); anything else is 500.
HTTP_STATUS: Mapping[str, int] = {
    **dict.fromkeys(
        (
            "already_exists", "already_in_desired_state", "feature_in_use", "invalid_argument",
            "invalid_element_configuration", "invalid_element_type", "invalid_request",
            "not_allowed_in_current_state", "resource_busy", "resource_in_use", "resource_inaccessible",
            "unable_to_allocate_resource", "unsupported",
        ),
        400,
    ),
    "unauthenticated": 401,
    "unauthorized": 403,
    "not_found": 404,
    "operation_not_found": 404,
    "concurrent_change": 409,
    "internal_server_error": 500,
    "service_unavailable": 503,
    "timed_out": 504,
}


def wire_datetime(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.mmmZ`` in UTC, microseconds truncated like the runtime (§3.5)."""
    utc = value.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class VapiError:
    """A vAPI standard error: canonical name suffix (``not_found``), messages, optional challenge."""

    name: str
    messages: tuple[Message, ...]
    challenge: str | None = None

    @property
    def type_id(self) -> str:
        """The canonical id used as ``type`` in the ``/rest`` envelope."""
        return ERRORS_PREFIX + self.name

    @property
    def error_type(self) -> str:
        """The ``error_type`` discriminator: the name upper-cased (§2.1)."""
        return self.name.upper()

    @property
    def status(self) -> int:
        """The HTTP status the runtime maps this error to."""
        return HTTP_STATUS.get(self.name, 500)


@dataclass(frozen=True)
class WireStyle:
    """How to encode for one request: flavour, appliance generation and requested language."""

    flavor: str  # "api" or "rest"
    modern: bool  # 7.0U2+: error_type, challenge, params, localized exist
    lang: str | None = None  # negotiated catalog language; None/"en" -> no ``localized``

    @property
    def rest(self) -> bool:
        """True for the legacy ``/rest`` flavour."""
        return self.flavor == "rest"


def encode_map(items: Mapping[str, Any], style: WireStyle) -> Any:
    """A vAPI map: object on ``/api``, key/value list on ``/rest`` (§3.5)."""
    if style.rest:
        return [{"key": k, "value": v} for k, v in items.items()]
    return dict(items)


def encode_param(param: Param, style: WireStyle) -> dict[str, Any]:
    """A LocalizationParam with exactly one value field set; unset optionals omitted."""
    if param.kind == "dt":
        assert isinstance(param.value, datetime)
        out: dict[str, Any] = {"dt": wire_datetime(param.value)}
        if param.format:
            out["format"] = param.format
        return out
    if param.kind == "d":
        out = {"d": float(param.value)}  # type: ignore[arg-type]
        if param.precision is not None:
            out["precision"] = param.precision
        return out
    if param.kind == "l":
        assert isinstance(param.value, Nested)
        nested: dict[str, Any] = {"id": param.value.id}
        if param.value.params:
            nested["params"] = encode_map(
                {k: encode_param(p, style) for k, p in param.value.params.items()}, style
            )
        return {"l": nested}
    return {param.kind: param.value}


def encode_message(message: Message, style: WireStyle) -> dict[str, Any]:
    """A LocalizableMessage: id, substituted English default, args or params, maybe localized.

    A pre-7.0U2 appliance has no ``params``: named values then travel as positional ``args``.
    """
    out: dict[str, Any] = {"id": message.id, "default_message": render(message, "en")}
    if message.params and style.modern:
        out["args"] = []
        out["params"] = encode_map({k: encode_param(p, style) for k, p in message.params.items()}, style)
    elif message.params:
        out["args"] = [format_param(p, "en") for p in message.params.values()]
    else:
        out["args"] = list(message.args)
    if style.modern and style.lang and style.lang != "en":
        out["localized"] = render(message, style.lang)
    if style.rest:  # the real /rest captures list keys alphabetically (docs/protocol.md §3.5)
        out = dict(sorted(out.items()))
    return out


def encode_error(error: VapiError, style: WireStyle) -> dict[str, Any]:
    """The plain error struct (both flavours use it inside their envelopes and inside Job.Info)."""
    out: dict[str, Any] = {}
    if style.modern:
        out["error_type"] = error.error_type
    out["messages"] = [encode_message(m, style) for m in error.messages]
    if error.challenge and style.modern and not style.rest:
        out["challenge"] = error.challenge
    return out


def error_body(error: VapiError, style: WireStyle) -> Any:
    """The reply body for an error: bare struct on ``/api``, ``{"type", "value"}`` on ``/rest``."""
    struct = encode_error(error, style)
    if style.rest:
        return {"type": error.type_id, "value": struct}
    return struct


def success_body(value: Any, style: WireStyle) -> Any:
    """The reply body for a result: bare on ``/api``, ``{"value": ...}`` on ``/rest``."""
    return {"value": value} if style.rest else value
