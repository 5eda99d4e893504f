"""The one catalog of plain-language sentences for engine errors, keyed by stable error code.

Each sentence is marked ``QT_TRANSLATE_NOOP("Errors", ...)``: the CLI, the log and the reports print
the English text, the window the same entry translated (:mod:`reconui.core.phrases`). Placeholders
are ``{name}`` and are filled from the error's ``params`` (never a secret); a parameter may be an
engine reason of :mod:`reconui.core.reason_texts`, translated with the sentence around it.
``login_refused`` and ``keyring_failed_<action>`` are no error codes: :class:`reconui.core.errors.LoginRefused`
keeps the code ``unauthenticated`` (scripts read it) with its own sentence, and a failed keyring
call says what it could not do.
"""

from __future__ import annotations

from collections.abc import Mapping

from reconui.core.phrases import QT_TRANSLATE_NOOP, Phrase, Value

#: The translation context of every sentence below.
CONTEXT = "Errors"

ERROR_TEXTS: dict[str, str] = {
    # The appliance answered with a typed vAPI error.
    "unauthenticated": QT_TRANSLATE_NOOP(
        "Errors",
        "The appliance did not accept the user name and password, or the session has expired.",
    ),
    "login_refused": QT_TRANSLATE_NOOP("Errors", "The appliance did not accept the user name and password."),
    "unauthorized": QT_TRANSLATE_NOOP(
        "Errors",
        "The user is not allowed to do this. Appliance operations need an SSO user in the "
        "SystemConfiguration.Administrators group.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "The appliance has no such object (for the reconciliation job: no job has been started).",
    ),
    "feature_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The appliance is busy: a backup, restore or reconciliation is already in progress.",
    ),
    "not_allowed_in_current_state": QT_TRANSLATE_NOOP(
        "Errors",
        "The appliance does not allow this now. Reconciliation can only start after the restore has finished "
        "successfully.",
    ),
    "restore_in_progress": QT_TRANSLATE_NOOP(
        "Errors",
        "The restore is still running ({progress} %). Reconciliation can only start once it has finished "
        "successfully: wait for it (reconui-cli: --wait-for-restore).",
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The restore job FAILED, so reconciliation cannot start. Read the restore's messages, fix the cause and "
        "restore again (appliance management interface, port 5480).",
    ),
    "invalid_argument": QT_TRANSLATE_NOOP(
        "Errors",
        "The appliance rejected the request. Check the SSO administrator user name and password.",
    ),
    "service_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The appliance's services are not available at the moment (HTTP {status}).",
    ),
    "error": QT_TRANSLATE_NOOP("Errors", "The appliance reported an error (HTTP {status})."),
    # The network or the TLS layer failed before a usable answer arrived.
    "dns": QT_TRANSLATE_NOOP(
        "Errors",
        "The name {host} could not be resolved. Check the host name and your DNS settings.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "Errors",
        "{host} refused the connection on port {port}. Is the appliance up, and is the port right?",
    ),
    "reset": QT_TRANSLATE_NOOP("Errors", "The connection to {host} was closed unexpectedly."),
    "timeout": QT_TRANSLATE_NOOP("Errors", "{host} did not answer within {seconds} seconds."),
    "tls": QT_TRANSLATE_NOOP("Errors", "The secure (TLS) connection to {host} could not be set up: {reason}"),
    "proxy": QT_TRANSLATE_NOOP("Errors", "The proxy {proxy} could not be used to reach {host}: {reason}"),
    "connection": QT_TRANSLATE_NOOP("Errors", "Could not connect to {host}: {reason}"),
    "bad_response": QT_TRANSLATE_NOOP("Errors", "The appliance sent an unusable answer ({reason})."),
    "protocol": QT_TRANSLATE_NOOP("Errors", "The appliance's answer did not have the expected form: {reason}"),
    # Certificate trust.
    "certificate_untrusted": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint "
        "{sha256} with the appliance's administrator before trusting it.",
    ),
    "certificate_name_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), "
        "not for the address you typed.",
    ),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may "
        "be trusted. Check this computer's clock and the appliance certificate.",
    ),
    "certificate_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. "
        "A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.",
    ),
    "pin_file": QT_TRANSLATE_NOOP(
        "Errors",
        "The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or "
        "remove the file, then connect again.",
    ),
    # The password store (keyring).
    "keyring_failed": QT_TRANSLATE_NOOP("Errors", "The password store ({store}) could not be used."),
    # keyring_failed by what was asked of the store (CredentialStoreError's action).
    "keyring_failed_read": QT_TRANSLATE_NOOP("Errors", "The password store ({store}) could not read the password."),
    "keyring_failed_save": QT_TRANSLATE_NOOP("Errors", "The password store ({store}) could not save the password."),
    "keyring_failed_delete": QT_TRANSLATE_NOOP("Errors", "The password store ({store}) could not delete the password."),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "Errors",
        "The password store ({store}) is locked. Unlock it to remember or read passwords.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "No secure password store is available on this computer (for example no Secret Service on a headless or SSH "
        "session). Passwords are kept in memory for this session only.",
    ),
    "keyring_insecure": QT_TRANSLATE_NOOP(
        "Errors",
        "The only password store available ({store}) keeps passwords in a file on disk without real protection. "
        "reconui does not use it; passwords are kept in memory for this session only.",
    ),
    # The job runner.
    "gave_up": QT_TRANSLATE_NOOP(
        "Errors",
        "Stopped waiting after {minutes} minutes without a usable answer from the appliance.",
    ),
    "invalid_target": QT_TRANSLATE_NOOP("Errors", "The server address {value} is not valid: {reason}"),
}


def error_phrase(code: str, params: Mapping[str, Value]) -> Phrase:
    """The catalog entry for ``code`` (the generic one for an unknown code) with ``params``."""
    return Phrase(CONTEXT, ERROR_TEXTS.get(code, ERROR_TEXTS["error"]), dict(params))


def error_sentence(code: str, params: Mapping[str, Value]) -> str:
    """The English sentence for ``code`` with ``params`` filled in."""
    return error_phrase(code, params).english()
