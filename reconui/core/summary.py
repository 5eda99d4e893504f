"""The run summary: outcome, host, appliance, duration, health and what to do next, in that order.

The first thing an administrator (or the colleague reading the ticket) needs from a run is one
short block: did it work, where, how long did it take, what now. The report's HTML page opens with
it, the CLI prints it at the end of every run, and both build it here from the report's data, so
the two never disagree. Qt-free; English like the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reconui.core import health, wire
from reconui.core.errors import ProtocolError
from reconui.core.phrases import QT_TRANSLATE_NOOP, Phrase

#: One spelling per label, used by the report page and the CLI.
LABELS: dict[str, str] = {
    "outcome": "Outcome",
    "host": "Appliance",
    "appliance": "Appliance version",
    "duration": "Duration",
    "health": "Health",
    "next_step": "What to do next",
    "report": "Report",
}

#: How a run's outcome kind reads in the summary's first line.
OUTCOME_WORDS: dict[str, str] = {
    #: Translators: how a run ended, in capitals like the appliance's job states (History, summary)
    "succeeded": QT_TRANSLATE_NOOP("Outcomes", "SUCCEEDED"),
    "failed": QT_TRANSLATE_NOOP("Outcomes", "FAILED"),
    "stopped": QT_TRANSLATE_NOOP("Outcomes", "NOT MONITORED"),
    "no_job": QT_TRANSLATE_NOOP("Outcomes", "NO JOB"),
    "previous_finished": QT_TRANSLATE_NOOP("Outcomes", "LAST JOB FINISHED"),
    "error": QT_TRANSLATE_NOOP("Outcomes", "ERROR"),
}

#: How the health verdict reads in the summary (the CLI's health lines use the same words).
HEALTH_WORDS: dict[str, str] = {
    health.VERDICT_HEALTHY: "HEALTHY",
    health.VERDICT_ATTENTION: "NEEDS ATTENTION",
    health.VERDICT_NOT_CHECKED: "NOT CHECKED",
}
#: The health line of a run that did not check the health.
HEALTH_NOT_IN_RUN = "not checked in this run"

#: "What to do next" when the run recorded no error step: after a success the reader still wants to
#: know whether anything is left to do, and a health verdict that is not healthy is a step of its own.
AFTER_SUCCESS: dict[str, str] = {
    health.VERDICT_HEALTHY: "Nothing left to do: the appliance is healthy.",
    health.VERDICT_ATTENTION: (
        "Work through the health findings (each says what to do), then check the health again "
        "(reconui-cli health, or Check again in the window)."
    ),
    health.VERDICT_NOT_CHECKED: (
        "Look at the appliance's health yourself (management interface, port 5480): reconui could not check it."
    ),
    "": "Nothing for the reconciliation; check the appliance's health before handing it back (reconui-cli health).",
}
#: "What to do next" when the appliance had no job to watch (``reconui-cli status``).
AFTER_NO_JOB = "Start the reconciliation: reconui-cli run, or Start in the window's pre-flight check."
#: "What to do next" when nobody watched the job to its end.
AFTER_STOPPED = "Connect again and attach to see the result: the job goes on on the appliance."


def outcome_phrase(kind: str) -> Phrase:
    """The word for an outcome kind; a kind without one (a newer release's) shows as it is, in capitals."""
    if kind in OUTCOME_WORDS:
        return Phrase("Outcomes", OUTCOME_WORDS[kind])
    return Phrase("", "{kind}", {"kind": kind.replace("_", " ").upper() or "UNKNOWN"})


@dataclass(frozen=True)
class RunSummary:
    """The summary block of one run (all plain strings, ready to print or escape)."""

    outcome: str
    message: str
    host: str
    appliance: str
    duration: str
    health: str
    next_step: str
    simulated: bool


def format_duration(seconds: float | None) -> str:
    """``m:ss`` or ``h:mm:ss``; ``–`` when unknown."""
    if seconds is None:
        return "–"
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _appliance_text(appliance: Mapping[str, Any]) -> str:
    version = appliance.get("version") or {}
    if not version:
        return "unknown"
    text = " ".join(str(version.get(k) or "") for k in ("product", "version")).strip()
    if version.get("build"):
        text += f" (build {version['build']})"
    return text or "unknown"


def _job_duration(info: Mapping[str, Any]) -> float | None:
    start, end = info.get("start_time"), info.get("end_time")
    if not start or not end:
        return None
    try:
        return (wire.parse_datetime(end) - wire.parse_datetime(start)).total_seconds()
    except ProtocolError:
        return None


def outcome_key(data: Mapping[str, Any]) -> str:
    """The outcome kind of a report: its recorded outcome, else the final job status."""
    outcome = data.get("outcome") or {}
    kind = str(outcome.get("kind") or "")
    if kind:
        return kind
    final = data.get("final_info") or {}
    status = str(final.get("status") or "").lower()
    return status if status in ("succeeded", "failed") else "error" if data.get("errors") else "unknown"


def _health_text(verdict: Mapping[str, Any] | None) -> str:
    """``NEEDS ATTENTION – Needs attention: 2 problem(s) ...``; a line that says so when not checked."""
    if not verdict:
        return HEALTH_NOT_IN_RUN
    word = HEALTH_WORDS.get(str(verdict.get("verdict") or ""), str(verdict.get("verdict") or "").upper())
    text = str(verdict.get("text") or "")
    return f"{word} – {text}" if text else word


def _next_step(kind: str, status: str, steps: list[Any], verdict: Mapping[str, Any] | None) -> str:
    """The recorded error steps; else what follows from the outcome and the health verdict."""
    if steps:
        return " ".join(str(s) for s in steps)
    verdict_kind = str((verdict or {}).get("verdict") or "")
    if kind == "succeeded" or verdict_kind or (kind == "previous_finished" and status == "SUCCEEDED"):
        return AFTER_SUCCESS.get(verdict_kind, AFTER_SUCCESS[""])
    if kind == "stopped":
        return AFTER_STOPPED
    if kind == "no_job":
        return AFTER_NO_JOB
    return "–"


def summarize(data: Mapping[str, Any]) -> RunSummary:
    """The summary of a report's data (:meth:`reconui.core.report.RunReport.to_dict`)."""
    target = data.get("target") or {}
    outcome = data.get("outcome") or {}
    final = data.get("final_info") or data.get("last_info") or {}
    kind = outcome_key(data)
    job_seconds = _job_duration(final)
    duration = format_duration(job_seconds if job_seconds is not None else data.get("duration_seconds"))
    steps = list(data.get("next_steps") or [])
    options = data.get("options") or {}
    verdict = data.get("health") or None
    return RunSummary(
        outcome=OUTCOME_WORDS.get(kind, kind.upper() or "UNKNOWN"),
        message=str(outcome.get("message") or ""),
        host=str(target.get("address") or "–"),
        appliance=_appliance_text(data.get("appliance") or {}),
        duration=duration,
        health=_health_text(verdict),
        next_step=_next_step(kind, str(final.get("status") or "").upper(), steps, verdict),
        simulated=bool(options.get("simulator_scenario")),
    )


def summary_lines(summary: RunSummary) -> list[str]:
    """The summary as ``Label: value`` lines (the CLI prints them, a ticket can take them)."""
    outcome = summary.outcome + (f" – {summary.message}" if summary.message else "")
    if summary.simulated:
        outcome = "SIMULATION – " + outcome
    return [
        f"{LABELS['outcome']}: {outcome}",
        f"{LABELS['host']}: {summary.host}",
        f"{LABELS['appliance']}: {summary.appliance}",
        f"{LABELS['duration']}: {summary.duration}",
        f"{LABELS['health']}: {summary.health}",
        f"{LABELS['next_step']}: {summary.next_step}",
    ]

