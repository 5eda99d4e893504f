"""What to do now: one short next step for every way a run can end badly.

An administrator who reads "FAILED" or "feature_in_use" under pressure needs the next move, not
only the diagnosis. This is the one table of those moves, keyed like :mod:`reconui.core.error_texts`
(by error code) plus a few keys for a job that ran and FAILED. The window (through
``reconui/ui/messages.py``, which repeats the table for translation), the CLI and the report all
take their text from here; a test keeps the two tables' keys and placeholders in step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reconui.core.errors import CaFileError, ReconError
from reconui.core.models import STATUS_FAILED, JobInfo, LocalizableMessage

#: Keys that are not error codes: a job that ran and ended FAILED.
JOB_FAILED = "job_failed"
#: A CA file that cannot be used (a TLS error whose cause is the user's file, not the network).
CA_FILE = "ca_file"
#: A FAILED job whose validation warned (e.g. an unreachable linked-mode partner) without ignore_warnings.
JOB_FAILED_WARNINGS = "job_failed_warnings"

NEXT_STEPS: dict[str, str] = {
    "unauthenticated": "Check the vCenter user name and retype the password, then connect again.",
    "unauthorized": (
        "Log in with an SSO user in the SystemConfiguration.Administrators group "
        "(for example administrator@vsphere.local)."
    ),
    "not_found": "Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.",
    "feature_in_use": (
        "Wait for the running backup, restore or reconciliation to finish (see the appliance management "
        "interface on port 5480), then check again."
    ),
    "not_allowed_in_current_state": (
        "Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation."
    ),
    "restore_in_progress": "Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.",
    "restore_failed": (
        "Read the restore's messages, fix their cause and repeat the restore; reconciliation comes after."
    ),
    "invalid_argument": "Retype the SSO administrator user name and password, then start again.",
    "service_unavailable": "Wait a few minutes for the appliance services, then check again.",
    "error": "Check the appliance management interface (port 5480) and its logs, then check again.",
    "dns": "Check the spelling of the host name, or connect by its IP address or fully qualified name.",
    "refused": "Check that the appliance is powered on and that the port is 443 (or the one it uses).",
    "reset": "Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.",
    "timeout": "Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).",
    "tls": "Check that the address points at the appliance itself and not at another service or proxy.",
    CA_FILE: (
        "Choose a PEM file with the CA certificate that issued the appliance's certificate (the appliance "
        "offers its VMCA root at https://<appliance>/certs/download.zip), or leave the CA file empty."
    ),
    "proxy": "Check the proxy address, or choose “No proxy” if the appliance is reachable directly.",
    "connection": "Check the address and the network path to the appliance, then connect again.",
    "bad_response": (
        "Check whether a proxy answers instead of the appliance (try “No proxy”); during a service "
        "restart, wait and check again."
    ),
    "protocol": "Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.",
    "certificate_untrusted": (
        "Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 "
        "before trusting it, or choose the CA file that signed it."
    ),
    "certificate_name_mismatch": "Connect using one of these names: {names}.",
    "certificate_expired": (
        "Renew the appliance certificate (or fix this computer's clock); trust it for this run only after "
        "checking its fingerprint."
    ),
    "certificate_changed": (
        "Ask whoever restored the appliance whether its certificate was replaced; only then remove the old "
        "pin and trust the new fingerprint."
    ),
    "pin_file": "Fix the permissions of the pin file or move it away, then connect again.",
    "keyring_failed": (
        "Uncheck “Remember” for now (the password is then kept for this session only), or fix the "
        "keyring and try again."
    ),
    "keyring_locked": "Unlock the keyring (log in to the desktop session's wallet), then try again.",
    "keyring_unavailable": "Type the password each time, or install and unlock a keyring service.",
    "keyring_insecure": "Type the password each time; reconui does not store passwords in an unencrypted keyring.",
    "gave_up": (
        "Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check "
        "it on port 5480."
    ),
    "invalid_target": "Correct the address (host name or IP, port 1–65535) and connect again.",
    JOB_FAILED: (
        "Check that the Enhanced Linked Mode partners resolve and answer "
        "on 443, then repeat the restore before starting the reconciliation again."
    ),
    JOB_FAILED_WARNINGS: (
        "Make the linked-mode partners reachable and start again; or start again with “Ignore validation "
        "warnings”, knowing that changes made on this node after the backup are then lost."
    ),
}

#: Message ids (or parts of them) that say a validation warning failed the job.
_WARNING_MARKERS = ("validation.failed", "warning")


class _Leave(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def needs_ignore_warnings(info: JobInfo) -> bool:
    """True when a FAILED job failed on validation warnings (the ``ignore_warnings`` case)."""
    messages: list[LocalizableMessage] = list(info.messages)
    if info.error is not None:
        messages += list(info.error.messages)
    for msg in messages:
        if any(marker in msg.id for marker in _WARNING_MARKERS) and "ignored" not in msg.id:
            return True
        if "ignore_warnings" in msg.default_message:
            return True
    return "ignore_warnings" in (info.error_text or "")


def key_for_job(info: JobInfo) -> str | None:
    """The table key for a finished job: None when it did not fail."""
    if info.status != STATUS_FAILED:
        return None
    return JOB_FAILED_WARNINGS if needs_ignore_warnings(info) else JOB_FAILED


def key_for_error(error: ReconError) -> str:
    if isinstance(error, CaFileError):
        return CA_FILE  # code "tls", but the move is about the user's file, not the address
    return error.code if error.code in NEXT_STEPS else "error"


def next_step_params(error: ReconError | None) -> dict[str, str]:
    """The placeholders a next step may use (e.g. ``names`` of a name-mismatched certificate)."""
    if error is None:
        return {}
    params = {k: str(v) for k, v in error.params.items()}
    names: Iterable[str] = getattr(getattr(error, "certificate", None), "sans", ()) or ()
    params.setdefault("names", ", ".join(names) or "—")
    return params


def next_step_text(key: str, params: Mapping[str, object] | None = None) -> str:
    """The English next step for ``key`` (an error code or a ``JOB_FAILED*`` key)."""
    template = NEXT_STEPS.get(key, NEXT_STEPS["error"])
    return _fill_template(template, params or {})


def _fill_template(template: str, params: Mapping[str, object]) -> str:
    try:
        return template.format_map(_Leave(params))
    except (ValueError, IndexError, AttributeError):
        return template


def next_step_for_error(error: ReconError) -> str:
    return next_step_text(key_for_error(error), next_step_params(error))


def next_step_for_job(info: JobInfo) -> str | None:
    key = key_for_job(info)
    return None if key is None else next_step_text(key)


__all__ = [
    "CA_FILE",
    "JOB_FAILED",
    "JOB_FAILED_WARNINGS",
    "NEXT_STEPS",
    "key_for_error",
    "key_for_job",
    "needs_ignore_warnings",
    "next_step_for_error",
    "next_step_for_job",
    "next_step_params",
    "next_step_text",
]
