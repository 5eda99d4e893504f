"""The one catalog of sentences for the checks around the job: restore, linked-mode partners, health.

Each sentence is kept once, here, keyed by a stable code, and marked with a Qt-free
``QT_TRANSLATE_NOOP("Checks", ...)`` so ``pyside6-lupdate`` extracts it (a sentence with a count:
``translate("Checks", "%n ...", None, PLURAL)``, which gives it plural forms; its number is the
``count`` param). The desktop app shows :func:`check_phrase` translated, the CLI and reports use the
English text through :func:`check_sentence`. Placeholders are ``{name}``; a missing one stays visible.
"""

from __future__ import annotations

from collections.abc import Mapping

from reconui.core.models import PartnerCheck
from reconui.core.phrases import PLURAL, QT_TRANSLATE_NOOP, Phrase, translate

#: The translation context of every sentence below.
CONTEXT = "Checks"


CHECK_TEXTS: dict[str, str] = {
    # Linked-mode partners.
    "partners_none": QT_TRANSLATE_NOOP("Checks", "No linked-mode partners: this node is stand-alone."),
    "partners_ok": translate("Checks", "%n replication link(s), every partner reachable.", None, PLURAL),
    "partners_unreachable": QT_TRANSLATE_NOOP(
        "Checks",
        "Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless "
        "warnings are ignored; if you ignore them, changes made after the backup on this node are lost.",
    ),
    "partners_not_served": QT_TRANSLATE_NOOP(
        "Checks",
        "Partner status not available: this appliance does not serve the replication status (it exists "
        "from vSphere 6.7 Update 2 on).",
    ),
    "partners_forbidden": QT_TRANSLATE_NOOP(
        "Checks", "Partner status not available: the user may not read the replication status (HTTP 403)."
    ),
    "partners_error": QT_TRANSLATE_NOOP("Checks", "Partner status not available: {reason}"),
    "ignore_consequence": QT_TRANSLATE_NOOP(
        "Checks",
        "Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on "
        "this node are lost.",
    ),
    # Restore job.
    "restore_waiting": QT_TRANSLATE_NOOP(
        "Checks", "The restore is still running ({progress} %); waiting for it to finish before starting."
    ),
    "restore_succeeded": QT_TRANSLATE_NOOP(
        "Checks", "The restore has finished successfully; reconciliation may start."
    ),
    # Health findings.
    "health_green": QT_TRANSLATE_NOOP("Checks", "Health of {name}: green."),
    "health_yellow": QT_TRANSLATE_NOOP(
        "Checks",
        "Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance "
        "management interface (port 5480, Monitor) before handing the vCenter back.",
    ),
    "health_orange": QT_TRANSLATE_NOOP(
        "Checks",
        "Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance "
        "management interface (port 5480, Monitor).",
    ),
    "health_red": QT_TRANSLATE_NOOP(
        "Checks",
        "Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this "
        "vCenter (appliance management interface, port 5480).",
    ),
    "health_gray": QT_TRANSLATE_NOOP("Checks", "Health of {name} is gray: no health data yet."),
    "health_gray_final": QT_TRANSLATE_NOOP(
        "Checks", "Health of {name} could not be checked: still no health data after {minutes} minutes."
    ),
    "health_unknown": QT_TRANSLATE_NOOP(
        "Checks", "Health of {name} is {level}, a level reconui does not know. Check it on the appliance."
    ),
    "service_ok": QT_TRANSLATE_NOOP("Checks", "Service {service}: STARTED, HEALTHY."),
    "service_stopped": QT_TRANSLATE_NOOP(
        "Checks",
        "Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, "
        "System Configuration, Services; or on the appliance: service-control --start {service}).",
    ),
    "service_starting": QT_TRANSLATE_NOOP("Checks", "Service {service} is still {state}."),
    "service_starting_final": QT_TRANSLATE_NOOP(
        "Checks",
        "Service {service} is still {state} after {minutes} minutes. Check it on the appliance "
        "(service-control --status {service}) and start it if it does not come up.",
    ),
    "service_degraded": QT_TRANSLATE_NOOP(
        "Checks",
        "Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and "
        "restart it (service-control --restart {service}).",
    ),
    "service_warnings": QT_TRANSLATE_NOOP(
        "Checks",
        "Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter "
        "back.",
    ),
    "service_health_unknown": QT_TRANSLATE_NOOP(
        "Checks", "Service {service} is STARTED with health {health}, which reconui does not know."
    ),
    "check_not_served": QT_TRANSLATE_NOOP(
        "Checks", "{name} was not checked: this appliance does not serve it (HTTP 404)."
    ),
    "check_waiting": QT_TRANSLATE_NOOP("Checks", "{name} does not answer yet: {reason}"),
    "check_failed": QT_TRANSLATE_NOOP("Checks", "{name} could not be checked: {reason}"),
    # Verdicts.
    "verdict_healthy": QT_TRANSLATE_NOOP(
        "Checks",
        "Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.",
    ),
    "verdict_healthy_partial": QT_TRANSLATE_NOOP(
        "Checks",
        "Healthy, as far as this appliance can tell: everything it serves is green and started "
        "({missing} not served).",
    ),
    "verdict_attention": translate(
        "Checks", "Needs attention: %n problem(s) after reconciliation, listed with what to do next.", None, PLURAL
    ),
    "verdict_not_checked": QT_TRANSLATE_NOOP("Checks", "Could not be checked: {reason}"),
    "verdict_not_served": QT_TRANSLATE_NOOP(
        "Checks", "this appliance serves none of the health endpoints (HTTP 404)."
    ),
    "verdict_stopped": QT_TRANSLATE_NOOP("Checks", "the check was stopped before the health had settled."),
    "settling": QT_TRANSLATE_NOOP(
        "Checks", "Still starting: {names}. Checking again until {time} at the latest."
    ),
}


def check_phrase(code: str, params: Mapping[str, str] | None = None) -> Phrase:
    """The catalog entry for ``code`` with ``params``; a ``%n`` sentence counts ``params["count"]``."""
    template = CHECK_TEXTS.get(code, code)
    values = dict(params or {})
    count = -1
    if "%n" in template:
        try:
            count = int(values.get("count", ""))
        except ValueError:
            count = 0
    return Phrase(CONTEXT, template, values, count)


def check_sentence(code: str, params: Mapping[str, str] | None = None) -> str:
    """The English sentence for ``code``."""
    return check_phrase(code, params).english()


def partner_check_text(check: PartnerCheck) -> tuple[str, dict[str, str]]:
    """The sentence code and params that describe a linked-mode partner check."""
    if not check.available:
        return check.reason or "partners_error", {"reason": check.detail}
    if check.unreachable:
        return "partners_unreachable", {"partners": ", ".join(check.unreachable)}
    if not check.rows:
        return "partners_none", {}
    return "partners_ok", {"count": str(len(check.rows))}
