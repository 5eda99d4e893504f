"""The user-visible sentences for engine error codes, translatable.

The engine raises :class:`~reconui.core.errors.ReconError` subclasses with a stable ``code`` and string
``params``; :mod:`reconui.core.error_texts` holds the English catalog for the CLI and reports. The GUI
shows the same sentences through Qt's translation system, so this table repeats them marked with
``QT_TRANSLATE_NOOP`` for ``pyside6-lupdate`` and translates where they are shown (style guide §2.9).
A test keeps the two tables' codes and placeholders in step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reconui.core.errors import ReconError
from reconui.core.models import LocalizableMessage

CONTEXT = "Messages"

UI_ERROR_TEXTS: dict[str, str] = {
    "unauthenticated": QT_TRANSLATE_NOOP(
        "Messages", "The appliance did not accept the user name and password, or the session has expired."
    ),
    "unauthorized": QT_TRANSLATE_NOOP(
        "Messages",
        "The user is not allowed to do this. Appliance operations need an SSO user in the "
        "SystemConfiguration.Administrators group.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "The appliance has no such object (for the reconciliation job: no job has been started)."
    ),
    "feature_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The appliance is busy: a backup, restore or reconciliation is already in progress."
    ),
    "not_allowed_in_current_state": QT_TRANSLATE_NOOP(
        "Messages",
        "The appliance does not allow this now. Reconciliation can only start after the restore "
        "has finished successfully.",
    ),
    "invalid_argument": QT_TRANSLATE_NOOP(
        "Messages", "The appliance rejected the request. Check the SSO administrator user name and password."
    ),
    "service_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The appliance's services are not available at the moment (HTTP {status})."
    ),
    "error": QT_TRANSLATE_NOOP("Messages", "The appliance reported an error (HTTP {status})."),
    "dns": QT_TRANSLATE_NOOP(
        "Messages", "The name {host} could not be resolved. Check the host name and your DNS settings."
    ),
    "refused": QT_TRANSLATE_NOOP(
        "Messages", "{host} refused the connection on port {port}. Is the appliance up, and is the port right?"
    ),
    "reset": QT_TRANSLATE_NOOP("Messages", "The connection to {host} was closed unexpectedly."),
    "timeout": QT_TRANSLATE_NOOP("Messages", "{host} did not answer within {seconds} seconds."),
    "tls": QT_TRANSLATE_NOOP("Messages", "The secure (TLS) connection to {host} could not be set up: {reason}"),
    "proxy": QT_TRANSLATE_NOOP("Messages", "The proxy {proxy} could not be used to reach {host}: {reason}"),
    "connection": QT_TRANSLATE_NOOP("Messages", "Could not connect to {host}: {reason}"),
    "bad_response": QT_TRANSLATE_NOOP("Messages", "The appliance sent an unusable answer ({reason})."),
    "protocol": QT_TRANSLATE_NOOP("Messages", "The appliance's answer did not have the expected form: {reason}"),
    "certificate_untrusted": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate of {host} is not signed by an authority this computer trusts. "
        "Check its SHA-256 fingerprint {sha256} with the appliance's administrator before trusting it.",
    ),
    "certificate_name_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate of {host} is signed by a trusted authority, but it was issued for other names "
        "({names}), not for the address you typed.",
    ),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate of {host} is not valid at this time (valid until {not_after}), although its "
        "authority may be trusted. Check this computer's clock and the appliance certificate.",
    ),
    "certificate_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). "
        "Nothing was sent. A restore can legitimately replace the certificate: verify the new "
        "fingerprint before trusting it again.",
    ),
    "pin_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The file of trusted certificate fingerprints {path} cannot be used ({reason}). "
        "Nothing was sent. Fix or remove the file, then connect again.",
    ),
    "gave_up": QT_TRANSLATE_NOOP(
        "Messages", "Stopped waiting after {minutes} minutes without a usable answer from the appliance."
    ),
    "invalid_target": QT_TRANSLATE_NOOP("Messages", "The server address {value} is not valid: {reason}"),
}


class _Leave(dict[str, object]):
    """Leaves an unknown ``{name}`` visible rather than raising: an error text must not fail."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, object]) -> str:
    """``template.format_map(params)`` that never raises (a broken translation shows its template)."""
    try:
        return template.format_map(_Leave(params))
    except (ValueError, IndexError, AttributeError):
        return template


def error_text(code: str, params: Mapping[str, object]) -> str:
    """The translated sentence for an error code."""
    template = UI_ERROR_TEXTS.get(code, UI_ERROR_TEXTS["error"])
    return fill(QCoreApplication.translate(CONTEXT, template), params)


def error_sentence(error: ReconError) -> str:
    """The translated headline for ``error``."""
    return error_text(error.code, error.params)


def server_message_lines(messages: Sequence[LocalizableMessage], render: object) -> list[str]:
    """The appliance's own messages as ``text [id]`` lines, rendered by ``render(msg) -> str``.

    The message id is always shown: it is what a support engineer searches for.
    """
    lines: list[str] = []
    for msg in messages:
        try:
            text = render(msg)  # type: ignore[operator]
        except Exception:  # a renderer bug must not hide the server's message
            text = msg.localized or msg.default_message
        lines.append(f"{text} [{msg.id}]" if msg.id else str(text))
    return lines
