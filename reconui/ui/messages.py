"""The user-visible sentences for engine error codes, translatable.

The engine raises :class:`~reconui.core.errors.ReconError` subclasses with a stable ``code`` and string
``params``; :mod:`reconui.core.error_texts` holds the English catalog for the CLI and reports. The GUI
shows the same sentences through Qt's translation system, so this table repeats them marked with
``QT_TRANSLATE_NOOP`` for ``pyside6-lupdate`` and translates where they are shown (docs/architecture.md GUI-4).
A test keeps the two tables' codes and placeholders in step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reconui.core import next_steps
from reconui.core.check_texts import CHECK_TEXTS
from reconui.core.check_texts import CONTEXT as CHECK_CONTEXT
from reconui.core.error_texts import fill
from reconui.core.errors import ReconError
from reconui.core.models import JobInfo, LocalizableMessage

CONTEXT = "Messages"

_MARKED: dict[str, object] = {
    "unauthenticated": QT_TRANSLATE_NOOP(
        "Messages", "The appliance did not accept the user name and password, or the session has expired."
    ),
    "login_refused": QT_TRANSLATE_NOOP("Messages", "The appliance did not accept the user name and password."),
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
    "restore_in_progress": QT_TRANSLATE_NOOP(
        "Messages",
        "The restore is still running ({progress} %). Reconciliation can only start once it has finished "
        "successfully: wait for it (reconui-cli: --wait-for-restore).",
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The restore job FAILED, so reconciliation cannot start. Read the restore's messages, fix the cause "
        "and restore again (appliance management interface, port 5480).",
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
    "keyring_failed": QT_TRANSLATE_NOOP("Messages", "The password store ({store}) could not {action} the password."),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "Messages", "The password store ({store}) is locked. Unlock it to remember or read passwords."
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "No secure password store is available on this computer (for example no Secret Service on a "
        "headless or SSH session). Passwords are kept in memory for this session only.",
    ),
    "keyring_insecure": QT_TRANSLATE_NOOP(
        "Messages",
        "The only password store available ({store}) keeps passwords in a file on disk without real "
        "protection. reconui does not use it; passwords are kept in memory for this session only.",
    ),
}
#: QT_TRANSLATE_NOOP returns its text unchanged; its stubs only say ``object``.
UI_ERROR_TEXTS: dict[str, str] = {code: str(text) for code, text in _MARKED.items()}


def error_text(code: str, params: Mapping[str, object]) -> str:
    """The translated sentence for an error code."""
    template = UI_ERROR_TEXTS.get(code, UI_ERROR_TEXTS["error"])
    return fill(QCoreApplication.translate(CONTEXT, template), params)


def error_sentence(error: ReconError) -> str:
    """The translated headline for ``error``."""
    return error_text(getattr(error, "text_key", error.code), error.params)


def server_message_lines(messages: Sequence[LocalizableMessage],
                         render: Callable[[LocalizableMessage], str]) -> list[str]:
    """The appliance's own messages as ``text [id]`` lines, rendered by ``render(msg) -> str``.

    The message id is always shown: it is what a support engineer searches for.
    """
    lines: list[str] = []
    for msg in messages:
        try:
            text = render(msg)
        except Exception:  # a renderer bug must not hide the server's message
            text = msg.localized or msg.default_message
        lines.append(f"{text} [{msg.id}]" if msg.id else str(text))
    return lines


#: The next steps of :mod:`reconui.core.next_steps`, marked for translation (context "NextSteps").
_NEXT_MARKED: dict[str, object] = {
    "unauthenticated": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check the vCenter user name and retype the password, then connect again.",
    ),
    "unauthorized": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Log in with an SSO user in the SystemConfiguration.Administrators group (for example "
        "administrator@vsphere.local).",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.",
    ),
    "feature_in_use": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Wait for the running backup, restore or reconciliation to finish (see the appliance management "
        "interface on port 5480), then check again.",
    ),
    "not_allowed_in_current_state": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.",
    ),
    "restore_in_progress": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.",
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Read the restore's messages, fix their cause and repeat the restore; reconciliation comes after.",
    ),
    "invalid_argument": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Retype the SSO administrator user name and password, then start again.",
    ),
    "service_unavailable": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Wait a few minutes for the appliance services, then check again.",
    ),
    "error": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check the appliance management interface (port 5480) and its logs, then check again.",
    ),
    "dns": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check the spelling of the host name, or connect by its IP address or fully qualified name.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check that the appliance is powered on and that the port is 443 (or the one it uses).",
    ),
    "reset": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check again in a minute; if it repeats, check firewalls and proxies between you and the "
        "appliance.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).",
    ),
    "tls": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check that the address points at the appliance itself and not at another service or proxy.",
    ),
    "proxy": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check the proxy address, or choose “No proxy” if the appliance is reachable directly.",
    ),
    "connection": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check the address and the network path to the appliance, then connect again.",
    ),
    "bad_response": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check whether a proxy answers instead of the appliance (try “No proxy”); during a service "
        "restart, wait and check again.",
    ),
    "protocol": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.",
    ),
    "certificate_untrusted": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 "
        "before trusting it, or choose the CA file that signed it.",
    ),
    "certificate_name_mismatch": QT_TRANSLATE_NOOP("NextSteps", "Connect using one of these names: {names}."),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Renew the appliance certificate (or fix this computer's clock); trust it for this run only after"
        " checking its fingerprint.",
    ),
    "certificate_changed": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Ask whoever restored the appliance whether its certificate was replaced; only then remove the "
        "old pin and trust the new fingerprint.",
    ),
    "pin_file": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Fix the permissions of the pin file or move it away, then connect again.",
    ),
    "keyring_failed": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Uncheck “Remember” for now (the password is then kept for this session only), or fix the "
        "keyring and try again.",
    ),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Unlock the keyring (log in to the desktop session's wallet), then try "
        "again.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Type the password each time, or install and unlock a keyring "
        "service.",
    ),
    "keyring_insecure": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Type the password each time; reconui does not store passwords in an unencrypted "
        "keyring.",
    ),
    "gave_up": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check"
        " it on port 5480.",
    ),
    "ca_file": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Choose a PEM file with the CA certificate that issued the appliance's certificate (the appliance "
        "offers its VMCA root at https://<appliance>/certs/download.zip), or leave the CA file empty.",
    ),
    "invalid_target": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Correct the address (host name or IP, port 1–65535) and connect again.",
    ),
    "job_failed": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore "
        "before starting the reconciliation again.",
    ),
    "job_failed_warnings": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Make the linked-mode partners reachable and start again; or start again with “Ignore validation "
        "warnings”, knowing that changes made on this node after the backup are then lost.",
    ),
}
UI_NEXT_STEPS: dict[str, str] = {key: str(text) for key, text in _NEXT_MARKED.items()}


def next_step_text(key: str, params: Mapping[str, object] | None = None) -> str:
    """The translated next step for a :data:`reconui.core.next_steps.NEXT_STEPS` key."""
    template = UI_NEXT_STEPS.get(key, UI_NEXT_STEPS["error"])
    return fill(QCoreApplication.translate("NextSteps", template), params or {})


def next_step_for_error(error: ReconError) -> str:
    """What to do now after ``error`` (translated)."""
    return next_step_text(next_steps.key_for_error(error), next_steps.next_step_params(error))


def next_step_for_job(info: JobInfo) -> str | None:
    """What to do now after a finished job; None when it did not fail."""
    key = next_steps.key_for_job(info)
    return None if key is None else next_step_text(key)
def check_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """The translated sentence of a pre-flight or health check (:mod:`reconui.core.check_texts`).

    The core keeps each of these sentences once, marked for ``pyside6-lupdate`` under the context
    ``Checks``; here it is translated by that context where it is shown.
    """
    template = CHECK_TEXTS.get(code, code)
    return fill(QCoreApplication.translate(CHECK_CONTEXT, template), params or {})
