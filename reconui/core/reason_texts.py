"""The one catalog of engine reasons: why an answer was unusable, filled into an error's ``{reason}``.

A reason is a short clause, not a sentence ("the answer must be an object, got array"): it ends up
inside an error sentence of :mod:`reconui.core.error_texts` ("The appliance's answer did not have
the expected form: {reason}"). Each is marked ``QT_TRANSLATE_NOOP("Reasons", ...)`` and travels as a
:class:`~reconui.core.phrases.Phrase`, so the window shows it in the reader's language and the CLI
and the log in English. ``{where}`` is a JSON field path as the server spelled it (never translated)
or one of the names below ("the answer", "session token"); ``{type}`` is a JSON type name.

Reasons about a server's answer never quote its value, only its type or length: they end up in logs
and reports. ``{cause}`` and ``{why}`` are technical texts from the operating system or a library
(left untranslated) or another reason.
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
    # A typed appliance or proxy address that cannot be used (core/address.py).
    "addr_unbalanced_brackets": QT_TRANSLATE_NOOP("Reasons", "the brackets around the IPv6 address are unbalanced"),
    "addr_brackets_not_ipv6": QT_TRANSLATE_NOOP("Reasons", "only an IPv6 address goes in brackets"),
    "addr_empty": QT_TRANSLATE_NOOP("Reasons", "it is empty"),
    "addr_spaces": QT_TRANSLATE_NOOP("Reasons", "it contains spaces or control characters"),
    "addr_percent": QT_TRANSLATE_NOOP(
        "Reasons", "it contains '%' (percent-encoding or an IPv6 zone index is not supported)"
    ),
    "addr_userinfo_host": QT_TRANSLATE_NOOP("Reasons", "it contains a user name or password; give the user separately"),
    "addr_not_only_host": QT_TRANSLATE_NOOP(
        "Reasons", "enter only the host name or address, without https://, a path or a port"
    ),
    "addr_not_host_or_ipv6": QT_TRANSLATE_NOOP("Reasons", "it is neither a host name nor an IPv6 address"),
    "addr_empty_label": QT_TRANSLATE_NOOP("Reasons", "it has an empty part between dots"),
    "addr_label_dash": QT_TRANSLATE_NOOP("Reasons", "a part of a host name cannot begin or end with '-'"),
    "addr_bad_characters": QT_TRANSLATE_NOOP("Reasons", "a host name may contain only letters, digits, '-' and '.'"),
    "addr_bad_ipv4": QT_TRANSLATE_NOOP("Reasons", "it is not a valid IPv4 address"),
    "addr_bad_port": QT_TRANSLATE_NOOP("Reasons", "the port must be a number from 1 to 65535"),
    "addr_only_https": QT_TRANSLATE_NOOP("Reasons", "only https:// addresses are supported"),
    "addr_userinfo_url": QT_TRANSLATE_NOOP(
        "Reasons", "it contains a user name or password; enter the user name in its own field (--user)"
    ),
    "addr_no_closing_bracket": QT_TRANSLATE_NOOP("Reasons", "the IPv6 address has no closing bracket"),
    "addr_text_after_ipv6": QT_TRANSLATE_NOOP("Reasons", "unexpected text after the IPv6 address"),
    "proxy_none": QT_TRANSLATE_NOOP("Reasons", "no proxy address was given"),
    "proxy_has_path": QT_TRANSLATE_NOOP(
        "Reasons", "the proxy URL must not have a path, query or fragment (expected http://host:port)"
    ),
    "proxy_ipv6_brackets": QT_TRANSLATE_NOOP("Reasons", "an IPv6 proxy address goes in brackets: http://[::1]:3128"),
    "addr_host_too_long": QT_TRANSLATE_NOOP("Reasons", "a host name has at most {limit} characters"),
    "addr_label_too_long": QT_TRANSLATE_NOOP("Reasons", "each part of a host name has at most {limit} characters"),
    "proxy_scheme": QT_TRANSLATE_NOOP("Reasons", "{scheme}:// proxies are not supported, only http://host:port"),
    # Answers that are no usable HTTP/JSON reply (core/transport.py, core/client.py).
    "no_content_type": QT_TRANSLATE_NOOP("Reasons", "no content type"),
    "truncated_http": QT_TRANSLATE_NOOP("Reasons", "truncated or malformed HTTP answer: {cause}"),
    "json_too_deep": QT_TRANSLATE_NOOP("Reasons", "HTTP {status}, JSON nested too deeply"),
    "empty_body": QT_TRANSLATE_NOOP("Reasons", "HTTP {status}, empty body"),
    "malformed_json": QT_TRANSLATE_NOOP("Reasons", "HTTP {status}, truncated or malformed JSON"),
    "not_json": QT_TRANSLATE_NOOP("Reasons", "HTTP {status}, {kind} instead of JSON"),
    "redirect": QT_TRANSLATE_NOOP("Reasons", "an unexpected redirect (HTTP {status})"),
    "too_large": QT_TRANSLATE_NOOP("Reasons", "HTTP {status}, an answer larger than {megabytes} MB"),
    "bad_flavor": QT_TRANSLATE_NOOP("Reasons", "the API flavour must be auto, api or rest"),
    # TLS and certificates (core/tls.py).
    "ca_file_unusable": QT_TRANSLATE_NOOP("Reasons", "the CA file {path} cannot be used ({why})"),
    "proxy_invalid": QT_TRANSLATE_NOOP("Reasons", "the proxy address is not a valid URL ({why})"),
    "no_certificate": QT_TRANSLATE_NOOP("Reasons", "the server presented no certificate"),
    "fingerprint_changed": QT_TRANSLATE_NOOP("Reasons", "the certificate's fingerprint has changed"),
    "unreadable_certificate": QT_TRANSLATE_NOOP("Reasons", "the server's certificate cannot be read"),
}


def reason(reason_id: str, **values: Value) -> Phrase:
    """The reason ``reason_id`` with its placeholder values."""
    return Phrase(CONTEXT, REASON_TEXTS[reason_id], values)


def name(name_id: str) -> Phrase:
    """One of the names for ``{where}`` ("the answer", "the session token", ...)."""
    return Phrase(CONTEXT, REASON_TEXTS[name_id])
