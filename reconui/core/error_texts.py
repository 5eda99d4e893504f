"""The one catalog of plain-language sentences for engine errors, keyed by stable error code.

English for now. The GUI shows the same codes through ``tr()`` (see ``reconui/ui/messages.py``),
so a translation only has to follow these keys. Placeholders are ``{name}``; a placeholder whose
parameter is missing stays visible instead of raising, because an error message must never itself
become an error.
"""

from __future__ import annotations

from collections.abc import Mapping

ERROR_TEXTS: dict[str, str] = {
    # The appliance answered with a typed vAPI error.
    "unauthenticated": (
        "The appliance did not accept the user name and password, or the session has expired."
    ),
    "login_refused": "The appliance did not accept the user name and password.",
    "unauthorized": (
        "The user is not allowed to do this. Appliance operations need an SSO user in the "
        "SystemConfiguration.Administrators group."
    ),
    "not_found": "The appliance has no such object (for the reconciliation job: no job has been started).",
    "feature_in_use": (
        "The appliance is busy: a backup, restore or reconciliation is already in progress."
    ),
    "not_allowed_in_current_state": (
        "The appliance does not allow this now. Reconciliation can only start after the restore "
        "has finished successfully."
    ),
    "restore_in_progress": (
        "The restore is still running ({progress} %). Reconciliation can only start once it has finished "
        "successfully: wait for it (reconui-cli: --wait-for-restore)."
    ),
    "restore_failed": (
        "The restore job FAILED, so reconciliation cannot start. Read the restore's messages, fix the cause "
        "and restore again (appliance management interface, port 5480)."
    ),
    "invalid_argument": (
        "The appliance rejected the request. Check the SSO administrator user name and password."
    ),
    "service_unavailable": "The appliance's services are not available at the moment (HTTP {status}).",
    "error": "The appliance reported an error (HTTP {status}).",
    # The network or the TLS layer failed before a usable answer arrived.
    "dns": "The name {host} could not be resolved. Check the host name and your DNS settings.",
    "refused": "{host} refused the connection on port {port}. Is the appliance up, and is the port right?",
    "reset": "The connection to {host} was closed unexpectedly.",
    "timeout": "{host} did not answer within {seconds} seconds.",
    "tls": "The secure (TLS) connection to {host} could not be set up: {reason}",
    "proxy": "The proxy {proxy} could not be used to reach {host}: {reason}",
    "connection": "Could not connect to {host}: {reason}",
    "bad_response": "The appliance sent an unusable answer ({reason}).",
    "protocol": "The appliance's answer did not have the expected form: {reason}",
    # Certificate trust.
    "certificate_untrusted": (
        "The certificate of {host} is not signed by an authority this computer trusts. "
        "Check its SHA-256 fingerprint {sha256} with the appliance's administrator before trusting it."
    ),
    "certificate_name_mismatch": (
        "The certificate of {host} is signed by a trusted authority, but it was issued for other names "
        "({names}), not for the address you typed."
    ),
    "certificate_expired": (
        "The certificate of {host} is not valid at this time (valid until {not_after}), although its "
        "authority may be trusted. Check this computer's clock and the appliance certificate."
    ),
    "certificate_changed": (
        "The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). "
        "Nothing was sent. A restore can legitimately replace the certificate: verify the new "
        "fingerprint before trusting it again."
    ),
    "pin_file": (
        "The file of trusted certificate fingerprints {path} cannot be used ({reason}). "
        "Nothing was sent. Fix or remove the file, then connect again."
    ),
    # The password store (keyring).
    "keyring_failed": "The password store ({store}) could not {action} the password.",
    "keyring_locked": "The password store ({store}) is locked. Unlock it to remember or read passwords.",
    "keyring_unavailable": (
        "No secure password store is available on this computer (for example no Secret Service on a "
        "headless or SSH session). Passwords are kept in memory for this session only."
    ),
    "keyring_insecure": (
        "The only password store available ({store}) keeps passwords in a file on disk without real "
        "protection. reconui does not use it; passwords are kept in memory for this session only."
    ),
    # The job runner.
    "gave_up": "Stopped waiting after {minutes} minutes without a usable answer from the appliance.",
    "invalid_target": "The server address {value} is not valid: {reason}",
}


class _Leave(dict[str, object]):
    """format_map helper that leaves an unknown ``{name}`` in place."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, object]) -> str:
    """``template.format_map(params)`` that never raises; the GUI fills its translations with it too.

    A malformed template (a broken translation) or a conversion on a missing key shows the template
    rather than fail.
    """
    try:
        return template.format_map(_Leave(params))
    except (ValueError, IndexError, AttributeError):
        return template


def error_sentence(code: str, params: Mapping[str, object]) -> str:
    """The English sentence for ``code`` with ``params`` filled in."""
    return fill(ERROR_TEXTS.get(code, ERROR_TEXTS["error"]), params)
