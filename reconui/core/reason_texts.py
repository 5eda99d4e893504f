"""The one catalog of engine reasons: why an answer was unusable, filled into an error's ``{reason}``.

A reason is a short clause, not a sentence ("the answer must be an object, got array"): it ends up
inside an error sentence of :mod:`reconui.core.error_texts` ("The appliance's answer did not have
the expected form: {reason}"). Each is marked ``QT_TRANSLATE_NOOP("Reasons", ...)`` and travels as a
:class:`~reconui.core.phrases.Phrase`, so the window shows it in the reader's language and the CLI
and the log in English. ``{where}`` is a JSON field path as the server spelled it (never translated)
or one of the names below ("the answer", "session token"); ``{type}`` is a JSON type name.

Reasons never quote a server's value, only its type or length: they end up in logs and reports.
"""

from __future__ import annotations

from reconui.core.phrases import QT_TRANSLATE_NOOP, Phrase, Value

#: The translation context of every reason below.
CONTEXT = "Reasons"

REASON_TEXTS: dict[str, str] = {
    # Names of what was being read, for {where} when there is no JSON path.
    "the_answer": QT_TRANSLATE_NOOP("Reasons", "the answer"),
    "session_token": QT_TRANSLATE_NOOP("Reasons", "session token"),
    "health_level": QT_TRANSLATE_NOOP("Reasons", "health level"),
    # A value of the wrong type or out of range (core/wire.py, core/wire_health.py).
    "not_object": QT_TRANSLATE_NOOP("Reasons", "{where} must be an object, got {type}"),
    "not_array": QT_TRANSLATE_NOOP("Reasons", "{where} must be an array, got {type}"),
    "not_string": QT_TRANSLATE_NOOP("Reasons", "{where} must be a string, got {type}"),
    "not_integer": QT_TRANSLATE_NOOP("Reasons", "{where} must be an integer, got {type}"),
    "not_number": QT_TRANSLATE_NOOP("Reasons", "{where} must be a number, got {type}"),
    "not_boolean": QT_TRANSLATE_NOOP("Reasons", "{where} must be a boolean, got {type}"),
    "not_params": QT_TRANSLATE_NOOP("Reasons", "{where} must be an object or a key/value array, got {type}"),
    "not_datetime_text": QT_TRANSLATE_NOOP("Reasons", "{where} must be an RFC 3339 date-time string, got {type}"),
    "outside_long": QT_TRANSLATE_NOOP("Reasons", "{where} is outside the 64-bit integer range"),
    "too_large_double": QT_TRANSLATE_NOOP("Reasons", "{where} is too large for a double"),
    "not_finite": QT_TRANSLATE_NOOP("Reasons", "{where} must be a finite number"),
    "missing": QT_TRANSLATE_NOOP("Reasons", "{where} is missing"),
    "empty": QT_TRANSLATE_NOOP("Reasons", "{where} is empty"),
    "not_rfc3339": QT_TRANSLATE_NOOP("Reasons", "{where} is not an RFC 3339 date-time"),
    "bad_utc_offset": QT_TRANSLATE_NOOP("Reasons", "{where} has an invalid UTC offset"),
    "bad_datetime": QT_TRANSLATE_NOOP("Reasons", "{where} is not a valid date-time"),
    "non_string_key": QT_TRANSLATE_NOOP("Reasons", "{where} has a non-string key"),
    "nested_too_deeply": QT_TRANSLATE_NOOP("Reasons", "{where} is nested too deeply"),
    "unreadable": QT_TRANSLATE_NOOP("Reasons", "{where} could not be read ({kind})"),
    "token_too_long": QT_TRANSLATE_NOOP(
        "Reasons", "{where} is {length} characters long (at most {limit} are accepted)"
    ),
    "token_not_header_safe": QT_TRANSLATE_NOOP(
        "Reasons", "{where} is empty or contains characters not allowed in an HTTP header"
    ),
    "no_value_envelope": QT_TRANSLATE_NOOP("Reasons", "{where} is missing (expected a /rest “value” envelope)"),
}


def reason(reason_id: str, **values: Value) -> Phrase:
    """The reason ``reason_id`` with its placeholder values."""
    return Phrase(CONTEXT, REASON_TEXTS[reason_id], values)


def name(name_id: str) -> Phrase:
    """One of the names for ``{where}`` ("the answer", "the session token", ...)."""
    return Phrase(CONTEXT, REASON_TEXTS[name_id])
