"""What to do now: one short next step for every way a run can end badly.

An administrator who reads "FAILED" or "feature_in_use" under pressure needs the next move, not
only the diagnosis. This is the one table of those moves, keyed like :mod:`reconui.core.error_texts`
(by error code) plus a few keys for a job that ran and FAILED. Each is marked
``QT_TRANSLATE_NOOP("NextSteps", ...)``: the CLI and the report print the English text, the window
the same entry translated (:func:`phrase_for_error`, :func:`phrase_for_job`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reconui.core.errors import CaFileError, ReconError
from reconui.core.models import STATUS_FAILED, JobInfo, LocalizableMessage
from reconui.core.phrases import QT_TRANSLATE_NOOP, Phrase

#: The translation context of every next step below.
CONTEXT = "NextSteps"

#: Keys that are not error codes: a job that ran and ended FAILED.
JOB_FAILED = "job_failed"
#: A CA file that cannot be used (a TLS error whose cause is the user's file, not the network).
CA_FILE = "ca_file"
#: A FAILED job whose validation warned (e.g. an unreachable linked-mode partner) without ignore_warnings.
JOB_FAILED_WARNINGS = "job_failed_warnings"

NEXT_STEPS: dict[str, str] = {
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
        "Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on "
        "port 5480), then check again.",
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
        "Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).",
    ),
    "tls": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check that the address points at the appliance itself and not at another service or proxy.",
    ),
    CA_FILE: QT_TRANSLATE_NOOP(
        "NextSteps",
        "Choose a PEM file with the CA certificate that issued the appliance's certificate (the appliance offers "
        "its VMCA root certificates under /certs/download.zip), or leave the CA file empty.",
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
        "Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and "
        "check again.",
    ),
    "protocol": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.",
    ),
    "certificate_untrusted": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before "
        "trusting it, or choose the CA file that signed it.",
    ),
    "certificate_name_mismatch": QT_TRANSLATE_NOOP("NextSteps", "Connect using one of these names: {names}."),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Renew the appliance certificate (or fix this computer's clock); trust it for this run only after checking "
        "its fingerprint.",
    ),
    "certificate_changed": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and "
        "trust the new fingerprint.",
    ),
    "pin_file": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Fix the permissions of the pin file or move it away, then connect again.",
    ),
    "keyring_failed": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try "
        "again.",
    ),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Unlock the keyring (log in to the desktop session's wallet), then try again.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Type the password each time, or install and unlock a keyring service.",
    ),
    "keyring_insecure": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Type the password each time; reconui does not store passwords in an unencrypted keyring.",
    ),
    "gave_up": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port "
        "5480.",
    ),
    "invalid_target": QT_TRANSLATE_NOOP(
        "NextSteps",
        "Correct the address (host name or IP, port 1–65535) and connect again.",
    ),
    JOB_FAILED: QT_TRANSLATE_NOOP(
        "NextSteps",
        "Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before "
        "starting the reconciliation again.",
    ),
    JOB_FAILED_WARNINGS: QT_TRANSLATE_NOOP(
        "NextSteps",
        "Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, "
        "knowing that changes made on this node after the backup are then lost.",
    ),
}

#: Message ids (or parts of them) that say a validation warning failed the job.
_WARNING_MARKERS = ("validation.failed", "warning")


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


def next_step_phrase(key: str, params: Mapping[str, str] | None = None) -> Phrase:
    """The entry for ``key`` (an error code or a ``JOB_FAILED*`` key; else the generic step)."""
    return Phrase(CONTEXT, NEXT_STEPS.get(key, NEXT_STEPS["error"]), dict(params or {}))


def next_step_text(key: str, params: Mapping[str, str] | None = None) -> str:
    """The English next step for ``key``."""
    return next_step_phrase(key, params).english()


def phrase_for_error(error: ReconError) -> Phrase:
    """What to do now after ``error``."""
    return next_step_phrase(key_for_error(error), next_step_params(error))


def phrase_for_job(info: JobInfo) -> Phrase | None:
    """What to do now after a finished job; None when it did not fail."""
    key = key_for_job(info)
    return None if key is None else next_step_phrase(key)


def next_step_for_error(error: ReconError) -> str:
    return phrase_for_error(error).english()


def next_step_for_job(info: JobInfo) -> str | None:
    phrase = phrase_for_job(info)
    return None if phrase is None else phrase.english()


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
    "next_step_phrase",
    "next_step_text",
    "phrase_for_error",
    "phrase_for_job",
]
