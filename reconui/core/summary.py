"""The run summary: outcome, host, appliance, duration and what to do next, in that order.

The first thing an administrator (or the colleague reading the ticket) needs from a run is one
short block: did it work, where, how long did it take, what now. The report's HTML page opens with
it, the CLI prints it at the end of every run, and both build it here from the report's data, so
the two never disagree. Qt-free; English like the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reconui.core import wire
from reconui.core.errors import ProtocolError
from reconui.core.phrases import QT_TRANSLATE_NOOP, Phrase

#: One spelling per label, used by the report page and the CLI.
LABELS: dict[str, str] = {
    "outcome": "Outcome",
    "host": "Appliance",
    "appliance": "Appliance version",
    "duration": "Duration",
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


def summarize(data: Mapping[str, Any]) -> RunSummary:
    """The summary of a report's data (:meth:`reconui.core.report.RunReport.to_dict`)."""
    target = data.get("target") or {}
    outcome = data.get("outcome") or {}
    final = data.get("final_info") or data.get("last_info") or {}
    kind = outcome_key(data)
    job_seconds = _job_duration(final)
    duration = format_duration(job_seconds if job_seconds is not None else data.get("duration_seconds"))
    steps = data.get("next_steps") or []
    options = data.get("options") or {}
    return RunSummary(
        outcome=OUTCOME_WORDS.get(kind, kind.upper() or "UNKNOWN"),
        message=str(outcome.get("message") or ""),
        host=str(target.get("address") or "–"),
        appliance=_appliance_text(data.get("appliance") or {}),
        duration=duration,
        next_step=" ".join(str(s) for s in steps) if steps else "–",
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
        f"{LABELS['next_step']}: {summary.next_step}",
    ]

