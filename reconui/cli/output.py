"""The two output modes of the watching commands: for people (:class:`HumanOutput`) and for
scripts (:class:`JsonOutput`, one JSON object per line). Both receive every runner event and a
final summary; neither decides anything."""

from __future__ import annotations

import dataclasses
import functools
import json
import time
from datetime import datetime, timedelta
from typing import Any, Protocol

from reconui.cli.checks_output import CheckLines
from reconui.cli.terminal import Terminal, isatty
from reconui.core import wire
from reconui.core.events import (
    Connected,
    Event,
    JobAttached,
    JobFinished,
    JobStarted,
    JobUpdated,
    MonitoringStopped,
    PreflightDone,
    Reauthenticated,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
    utc_now,
)
from reconui.core.models import JobInfo, LocalizableMessage, TrustMode
from reconui.core.redaction import scrub
from reconui.core.render import MessageRenderer, format_local_datetime
from reconui.core.report import ReportFiles, event_to_dict
from reconui.core.runner import OutcomeKind, RunOutcome
from reconui.core.summary import RunSummary, summary_lines


def local_time(moment: datetime) -> str:
    """A moment as the user reads it: the machine's local zone, with the zone named."""
    return format_local_datetime(moment, "LONG_DATE_TIME")


def _local_hhmm(moment: datetime) -> str:
    """``15:04 CET``: a time of day always says which zone it is in."""
    zone = moment.astimezone().tzname() or ""
    return f"{format_local_datetime(moment, 'SHORT_TIME')} {zone}".strip()


def _duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    return str(timedelta(seconds=whole))


class Output(Protocol):
    """What the watching commands need from an output mode."""

    def event(self, event: Event) -> None:
        """Show one runner event as it happens."""

    def final(self, *, info: JobInfo | None, outcome: RunOutcome | None, code: int, files: ReportFiles | None,
              seconds: float, summary: RunSummary | None = None) -> None:
        """Show the end of the run: the last job state, the exit code's reason and the report's path."""


class HumanOutput:
    """Readable progress: a live line on a terminal, one line per change otherwise."""

    def __init__(self, term: Terminal, renderer: MessageRenderer, *, session_trust: bool = False) -> None:
        self._term = term
        self._renderer = renderer
        #: The certificate was trusted for this run only (``--thumbprint`` or "yes, don't remember").
        self._session_trust = session_trust
        self._tty = isatty(term.out)
        self._line_open = False
        self._last_shown: tuple[str, int] | None = None
        self._started = time.monotonic()
        self._checks = CheckLines(renderer)

    def _print(self, text: str) -> None:
        out = self._term.out
        if self._line_open:
            self._control("\r\033[K")
            self._line_open = False
        out.write(text + "\n")
        out.flush()

    def _control(self, sequence: str) -> None:
        out = self._term.out
        write_control = getattr(out, "write_control", None)
        (write_control or out.write)(sequence)

    def _progress(self, info: JobInfo) -> None:
        key = (info.status, info.progress)
        if key == self._last_shown and not self._tty:
            return
        self._last_shown = key
        filled = max(0, min(20, info.progress // 5))
        text = f"{info.status:<9} {info.progress:3d}% [{'#' * filled}{'.' * (20 - filled)}]"
        if self._tty:
            elapsed = _duration(time.monotonic() - self._started)
            self._control("\r\033[K")
            self._term.out.write(f"{text} {elapsed}")
            self._term.out.flush()
            self._line_open = True
        else:
            self._print(text)

    def _messages(self, messages: tuple[LocalizableMessage, ...]) -> None:
        for msg in messages:
            self._print(f"[{msg.id}] {self._renderer.render(msg)}")

    def event(self, event: Event) -> None:
        """One line (or the live progress line) per event; RunFailed says nothing here: the
        sentence goes to stderr at the end. Each event type has its handler below."""
        self._show(event)
        for line in self._checks.lines(event):  # the pre-flight and health checks' lines
            self._print(line)

    @functools.singledispatchmethod
    def _show(self, event: Event) -> None:
        """Events without a line of their own (RunFailed: its sentence goes to stderr at the end)."""

    @_show.register
    def _(self, event: Connected) -> None:
        how = ""
        if event.trust is not None:
            if event.trust.mode is TrustMode.CHAIN:
                how = ", certificate trusted by chain"
            elif self._session_trust:
                how = f", certificate trusted for this run only (nothing pinned), SHA-256 {event.trust.sha256}"
            else:
                how = f", certificate pinned, SHA-256 {event.trust.sha256}"
        self._print(f"Connected to {event.host}:{event.port} as {event.user} (API /{event.flavor}{how}).")

    @_show.register
    def _(self, event: PreflightDone) -> None:
        version = (f"{event.version.product} {event.version.version} (build {event.version.build})".strip()
                   if event.version else "version unknown")
        restore = event.restore.state if event.restore else "unknown"
        job = f"{event.existing_job.status} {event.existing_job.progress}%" if event.existing_job else "none"
        self._print(f"Appliance: {version}; restore: {restore}; reconciliation job: {job}.")

    @_show.register
    def _(self, event: JobStarted) -> None:
        self._print("Started a new reconciliation job.")
        self._messages(event.info.messages)
        self._progress(event.info)

    @_show.register
    def _(self, event: JobAttached) -> None:
        if event.info.is_terminal:
            # ``status`` on a finished job: nothing runs, so nothing is attached to.
            self._print(f"The last reconciliation job has finished ({event.info.status}); nothing is running.")
        else:
            self._print("Attached to the running reconciliation job.")
        self._messages(event.info.messages)
        self._progress(event.info)

    @_show.register
    def _(self, event: JobUpdated) -> None:
        self._messages(event.new_messages)
        self._progress(event.info)

    @_show.register
    def _(self, event: ServicesUnavailable) -> None:
        self._print(f"waiting for appliance services (until {_local_hhmm(event.deadline)}): {event.cause.sentence}")

    @_show.register
    def _(self, event: StillUnavailable) -> None:
        if not self._tty:
            return  # a log file gets the start and the end of an outage, not every try
        waited = _duration((event.at - event.since).total_seconds())
        self._term.out.write(f"\r\033[Kstill waiting ({waited}, {event.attempts} attempts, until "
                             f"{_local_hhmm(event.deadline)}): {event.cause.sentence}")
        self._term.out.flush()
        self._line_open = True

    @_show.register
    def _(self, event: ServicesBack) -> None:
        self._print(f"appliance services are back (after {_duration(event.outage_seconds)}).")

    @_show.register
    def _(self, event: Reauthenticated) -> None:
        self._print("The session had expired; logged in again.")

    @_show.register
    def _(self, event: JobFinished) -> None:
        self._progress(event.info)

    @_show.register
    def _(self, event: MonitoringStopped) -> None:
        self._print("Stopped watching. The reconciliation job cannot be cancelled and goes on on the appliance.")

    def final(self, *, info: JobInfo | None, outcome: RunOutcome | None, code: int, files: ReportFiles | None,
              seconds: float, summary: RunSummary | None = None) -> None:
        """The result line, the job's error messages and where the report is."""
        if self._line_open:
            self._term.out.write("\n")
            self._line_open = False
        if info is not None:
            if outcome is not None and outcome.kind is OutcomeKind.PREVIOUS_FINISHED:
                ended = f", ended {local_time(info.end_time)}" if info.end_time else ""
                self._print(f"Previous job: {info.status} ({info.progress}%){ended}.")
            elif info.is_terminal and summary is not None:
                # The summary below gives the job's duration; a second, different one (the watch's
                # wall time, health check included) here contradicted it.
                self._print(f"Result: {info.status} ({info.progress}%).")
            elif info.is_terminal:
                self._print(f"Result: {info.status} ({info.progress}%), {_duration(seconds)}.")
            else:
                self._print(f"Last seen: {info.status} ({info.progress}%), watched for {_duration(seconds)}.")
            if info.error is not None:
                for line in self._renderer.render_stack(info.error.messages):
                    self._print(f"  {line}")
            elif info.error_text:
                self._print(f"  {info.error_text}")
        if outcome is not None and outcome.health is not None and summary is None:
            self._print(f"Health: {outcome.health.verdict.replace('_', ' ')} (exit code {code}).")
        if summary is not None:
            for line in summary_lines(summary):
                self._print(f"  {line}")
        if files is not None:
            self._print(f"Report: {files.html} (JSON: {files.json})")
        self._term.out.flush()


class JsonOutput:
    """One JSON object per line per event, then ``{"event": "final", ...}``."""

    def __init__(self, term: Terminal, renderer: MessageRenderer) -> None:
        self._term = term
        self._renderer = renderer

    def _write(self, obj: dict[str, Any]) -> None:
        """One line; ``obj`` is already scrubbed (events by ``event_to_dict``, the final line here)."""
        self._term.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self._term.out.flush()

    def event(self, event: Event) -> None:
        """The event as the report records it."""
        self._write(event_to_dict(event, self._renderer))

    def final(self, *, info: JobInfo | None, outcome: RunOutcome | None, code: int, files: ReportFiles | None,
              seconds: float, summary: RunSummary | None = None) -> None:
        """The last line: outcome, exit code and the report's paths."""
        self._write(scrub(
            {
                "event": "final",
                "at": wire.format_datetime(utc_now()),
                "info": wire.info_to_dict(info) if info is not None else None,
                "outcome": outcome.kind.value if outcome is not None else None,
                "health": outcome.health.verdict if outcome is not None and outcome.health is not None else None,
                "exit_code": code,
                "report": str(files.json) if files else None,
                "report_html": str(files.html) if files else None,
                "summary": dataclasses.asdict(summary) if summary is not None else None,
            }
        ))
