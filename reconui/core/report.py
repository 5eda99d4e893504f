"""The evidence of a run: a JSON file and a readable, self-contained HTML page.

After a disaster recovery someone has to write the change record or open a support ticket. Every run
(including one that failed to connect) leaves a report with what was talked to (host, port, API
flavour, appliance version, certificate fingerprint and why it was trusted), the options used, a
timeline of status changes, outages and re-logins, every appliance message with its id and rendered
text, the final Info and the errors. Never a password or a session id: options are filtered by key,
and every string goes through the log redaction (which masks all registered passwords) before it is
written.

Times: the JSON keeps them in UTC (wire format, for machines) and names the user's zone in
``time_zone``; the HTML shows every time in the user's zone, because that is the clock the person
writing the change record was looking at.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import Any

from reconui import __version__
from reconui.core import paths, wire, wire_health
from reconui.core.check_texts import check_sentence, partner_check_text
from reconui.core.errors import ReconError, TrustError
from reconui.core.events import (
    Connected,
    Event,
    HealthChecked,
    HealthVerdictReached,
    JobAttached,
    JobFinished,
    JobStarted,
    JobUpdated,
    MonitoringStopped,
    PreflightDone,
    Reauthenticated,
    RestoreFinished,
    RestoreUpdated,
    RunFailed,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
    utc_now,
)
from reconui.core.health import HealthItem, HealthSnapshot, HealthVerdict
from reconui.core.message_tracker import MessageTracker
from reconui.core.models import (
    CertificateInfo,
    JobInfo,
    LocalizableMessage,
    PartnerCheck,
    RestoreStatus,
    Target,
    TrustDecision,
)
from reconui.core.next_steps import next_step_for_error, next_step_for_job
from reconui.core.private_files import private_dir, write_new_files
from reconui.core.redaction import scrub
from reconui.core.render import MessageRenderer
from reconui.core.report_html import render_html
from reconui.core.summary import summarize

REPORT_FORMAT = "reconui-report"
REPORT_FORMAT_VERSION = 1

_UNSAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9.-]+")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")

_STOPPED_NOTE = "The appliance job cannot be cancelled; it goes on without being watched."


@dataclass(frozen=True)
class ReportFiles:
    """Where a report was written."""

    json: Path
    html: Path


def _dt(value: datetime | None) -> str | None:
    return wire.format_datetime(value) if value is not None else None


def _zone_of(moment: datetime, tz: tzinfo | None) -> dict[str, str]:
    """The user's zone at ``moment`` (the HTML shows times in it; the JSON keeps UTC)."""
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    offset = local.strftime("%z")
    return {"name": local.tzname() or offset, "utc_offset": f"{offset[:3]}:{offset[3:]}" if offset else "+00:00"}


def _foldable(previous: Mapping[str, Any], entry: Mapping[str, Any]) -> bool:
    """Two timeline rows that say the same thing apart from the time (and the progress)."""
    if previous.get("event") != entry.get("event"):
        return False
    if entry.get("event") == "still_unavailable":
        return previous.get("cause") == entry.get("cause")
    if entry.get("event") != "job_updated":
        return False
    quiet = not entry.get("status_changed") and not entry.get("new_message_ids")
    quiet_before = not previous.get("status_changed") and not previous.get("new_message_ids")
    return quiet and quiet_before and previous.get("status") == entry.get("status")


def event_name(event: Event) -> str:
    """``JobUpdated`` -> ``job_updated``: the name used in reports and ``--json`` output."""
    return _CAMEL.sub("_", type(event).__name__).lower()


def _message_dict(msg: LocalizableMessage, renderer: MessageRenderer | None) -> dict[str, Any]:
    out = wire.message_to_dict(msg)
    if renderer is not None:
        out["text"] = renderer.render(msg)
    return out


def _info_dict(info: JobInfo | None) -> dict[str, Any] | None:
    return wire.info_to_dict(info) if info is not None else None


def certificate_to_dict(cert: CertificateInfo, mode: str | None = None) -> dict[str, Any]:
    """The certificate facts a reviewer checks (no PEM: it adds nothing to the fingerprint)."""
    return {
        "subject": cert.subject,
        "issuer": cert.issuer,
        "sans": list(cert.sans),
        "not_before": _dt(cert.not_before),
        "not_after": _dt(cert.not_after),
        "sha256": cert.sha256,
        "sha1": cert.sha1,
        "serial": cert.serial,
        "self_signed": cert.self_signed,
        "trust_mode": mode,
    }


def error_to_dict(error: ReconError, renderer: MessageRenderer | None = None) -> dict[str, Any]:
    """``ReconError.to_dict()`` plus the rendered server messages (and the certificate of a trust error)."""
    out = error.to_dict()
    out["transient"] = error.transient
    if renderer is not None and error.server_messages:
        out["rendered"] = renderer.render_stack(error.server_messages)
    if isinstance(error, TrustError):
        out["certificate"] = certificate_to_dict(error.certificate)
    return out


def partners_to_dict(check: PartnerCheck | None) -> dict[str, Any] | None:
    """The linked-mode partner check: rows in the wire's field names, unreachable partners, a sentence."""
    if check is None:
        return None
    if not check.available:
        return {"available": False, "text": partners_sentence(check), "rows": [], "unreachable": []}
    return {
        "available": True,
        "rows": [wire_health.partner_to_dict(r) for r in check.rows],
        "unreachable": list(check.unreachable),
        "text": partners_sentence(check),
    }


def partners_sentence(check: PartnerCheck) -> str:
    """One English sentence for the partner check (the GUI translates the same code)."""
    code, params = partner_check_text(check)
    return check_sentence(code, params)


def health_item_to_dict(item: HealthItem, renderer: MessageRenderer | None) -> dict[str, Any]:
    """One finding: what, its state and status, the sentence (with the code), its messages."""
    out: dict[str, Any] = {
        "kind": item.kind, "name": item.name, "state": item.state, "status": item.status,
        "code": item.code, "text": item.sentence,
    }
    if item.messages:
        out["messages"] = [_message_dict(m, renderer) for m in item.messages]
    return out


def health_snapshot_to_dict(snapshot: HealthSnapshot, renderer: MessageRenderer | None) -> dict[str, Any]:
    """One check round (services in the wire's field names, the items with their sentences)."""
    return {
        "checked_at": _dt(snapshot.checked_at),
        "system": snapshot.system,
        "lastcheck": _dt(snapshot.lastcheck),
        "items": [health_item_to_dict(i, renderer) for i in snapshot.items],
        "services": None if snapshot.services is None else [wire_health.service_to_dict(s) for s in snapshot.services],
    }


def health_to_dict(verdict: HealthVerdict | None, renderer: MessageRenderer | None = None) -> dict[str, Any] | None:
    """The health verdict: healthy / needs_attention / not_checked, its sentence and every finding."""
    if verdict is None:
        return None
    return {
        "verdict": verdict.verdict,
        "text": verdict.sentence,
        "settled": verdict.settled,
        "rounds": verdict.rounds,
        "findings": [health_item_to_dict(i, renderer) for i in verdict.findings],
        "last_check": health_snapshot_to_dict(verdict.snapshot, renderer),
    }


def event_to_dict(event: Event, renderer: MessageRenderer | None = None) -> dict[str, Any]:
    """One event as a JSON-ready dict: ``{"event": "job_updated", "at": ..., ...}``.

    Infos use :func:`reconui.core.wire.info_to_dict`, so a consumer reads the same shape the
    appliance sends on ``/api``. Each event type adds its fields in :func:`_event_fields`.
    """
    out: dict[str, Any] = {"event": event_name(event), "at": _dt(event.at)}
    out.update(_event_fields(event, renderer))
    scrubbed: dict[str, Any] = scrub(out)
    return scrubbed


@functools.singledispatch
def _event_fields(event: Event, renderer: MessageRenderer | None) -> dict[str, Any]:
    """An event type without its own handler: its fields as strings."""
    return {f.name: str(getattr(event, f.name)) for f in dataclasses.fields(event) if f.name != "at"}


@_event_fields.register
def _(event: Connected, renderer: MessageRenderer | None) -> dict[str, Any]:
    out: dict[str, Any] = {"host": event.host, "port": event.port, "flavor": event.flavor, "user": event.user}
    if event.trust is not None:
        out.update(trust_mode=event.trust.mode.value, sha256=event.trust.sha256)
    return out


@_event_fields.register
def _(event: PreflightDone, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {
        "version": wire.version_to_dict(event.version) if event.version else None,
        "restore": wire.restore_to_dict(event.restore) if event.restore else None,
        "existing_job": _info_dict(event.existing_job),
        "partners": partners_to_dict(event.partners),
    }


@_event_fields.register(RestoreUpdated)
@_event_fields.register(RestoreFinished)
def _(event: RestoreUpdated | RestoreFinished, renderer: MessageRenderer | None) -> dict[str, Any]:
    out: dict[str, Any] = {"restore": wire.restore_to_dict(event.restore)}
    if isinstance(event, RestoreUpdated):
        out["new_messages"] = [_message_dict(m, renderer) for m in event.new_messages]
    return out


@_event_fields.register
def _(event: HealthChecked, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {
        "check": health_snapshot_to_dict(event.snapshot, renderer),
        "verdict": event.verdict.verdict,
        "text": event.verdict.sentence,
        "still_starting": [i.name for i in event.snapshot.pending],
        "settle_until": _dt(event.settle_until),
    }


@_event_fields.register
def _(event: HealthVerdictReached, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"health": health_to_dict(event.verdict, renderer)}


@_event_fields.register(JobStarted)
@_event_fields.register(JobAttached)
@_event_fields.register(JobFinished)
def _(event: JobStarted | JobAttached | JobFinished, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"info": _info_dict(event.info)}


@_event_fields.register
def _(event: JobUpdated, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"info": _info_dict(event.info), "status_changed": event.status_changed,
            "new_messages": [_message_dict(m, renderer) for m in event.new_messages]}


@_event_fields.register
def _(event: ServicesUnavailable, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"cause": error_to_dict(event.cause, renderer), "since": _dt(event.since), "deadline": _dt(event.deadline)}


@_event_fields.register
def _(event: StillUnavailable, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"cause": error_to_dict(event.cause, renderer), "since": _dt(event.since),
            "deadline": _dt(event.deadline), "attempts": event.attempts}


@_event_fields.register
def _(event: ServicesBack, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"outage_seconds": round(event.outage_seconds, 3)}


@_event_fields.register
def _(event: Reauthenticated, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {}


@_event_fields.register
def _(event: MonitoringStopped, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"last_info": _info_dict(event.last_info), "note": _STOPPED_NOTE}


@_event_fields.register
def _(event: RunFailed, renderer: MessageRenderer | None) -> dict[str, Any]:
    return {"error": error_to_dict(event.error, renderer)}


def safe_host(host: str) -> str:
    """A host name usable in a file name on every platform (IPv6 colons and brackets replaced)."""
    return _UNSAFE_FILE_CHARS.sub("_", host).strip("_.") or "unknown"


class RunReport:
    """Records the events of one run and writes the report.

    Args:
        target: the appliance (no secret in it).
        options: the options used (``ignore_warnings``, ``sso_user``, ``flavor``, ``language``,
            ``proxy_mode`` ...). Keys that look like secrets are dropped.
        renderer: renders appliance messages for the report.
        now: wall-clock UTC time (tests inject one).
        command: what ran ("run", "status").
    """

    def __init__(
        self,
        *,
        target: Target,
        options: Mapping[str, object],
        renderer: MessageRenderer,
        now: Callable[[], datetime] = utc_now,
        command: str = "run",
    ) -> None:
        self._target = target
        self._options = dict(options)
        self._renderer = renderer
        self._now = now
        self._command = command
        self._lock = threading.Lock()
        self.started_at = now()
        self.ended_at: datetime | None = None
        self._connected: Connected | None = None
        self._trust: TrustDecision | None = None
        self._certificate: CertificateInfo | None = None
        self._preflight: PreflightDone | None = None
        self._health: HealthVerdict | None = None
        self._restore_messages: list[dict[str, Any]] = []
        #: The restore as it ended when it was watched (pre-flight saw it still INPROGRESS).
        self._restore_final: RestoreStatus | None = None
        self._timeline: list[dict[str, Any]] = []
        self._outages: list[dict[str, Any]] = []
        self._relogins: list[str | None] = []
        self._messages: list[dict[str, Any]] = []
        self._tracker = MessageTracker()
        self._last_info: JobInfo | None = None
        self._final_info: JobInfo | None = None
        self._errors: list[dict[str, Any]] = []
        self._outcome: dict[str, Any] = {}
        #: What to do now, from :mod:`reconui.core.next_steps` (a refusal, an error, a FAILED job).
        self._next_steps: list[str] = []

    # --- recording ------------------------------------------------------------------------------

    def set_trust(self, decision: TrustDecision) -> None:
        """Remember how the certificate was trusted (also taken from :class:`Connected`)."""
        with self._lock:
            self._trust = decision
            self._certificate = decision.certificate

    def set_outcome(self, kind: str, *, message: str = "", exit_code: int | None = None) -> None:
        """How the run ended (the runner's outcome kind, a sentence, and the CLI's exit code)."""
        with self._lock:
            self._outcome = {"kind": kind, "message": message, "exit_code": exit_code}
            self.ended_at = self._now()

    def record(self, event: Event) -> None:
        """Add one runner event to the report."""
        with self._lock:
            self._record(event)

    def _record(self, event: Event) -> None:
        entry: dict[str, Any] = {"at": _dt(event.at), "event": event_name(event)}
        self._take(event, entry)
        self._append_timeline(entry)

    def _append_timeline(self, entry: dict[str, Any]) -> None:
        """Add ``entry``, folding it into the previous row when nothing but the time changed.

        A 30-minute job polled every few seconds must stay a page: polls that only move the
        progress (no new message, no status change) and repeated failed tries in an outage
        become one row with a ``count`` and the time of the last one.
        """
        previous = self._timeline[-1] if self._timeline else None
        if previous is not None and _foldable(previous, entry):
            previous["count"] = int(previous.get("count", 1)) + 1
            previous["last_at"] = entry["at"]
            if "progress" in entry:
                previous.setdefault("progress_from", previous.get("progress"))
                previous["progress"] = entry["progress"]
            if "attempts" in entry:
                previous["attempts"] = entry["attempts"]
            return
        self._timeline.append(entry)

    @functools.singledispatchmethod
    def _take(self, event: Event, entry: dict[str, Any]) -> None:
        """An event type the report does not know: only its name and time are kept."""

    @_take.register
    def _(self, event: Connected, entry: dict[str, Any]) -> None:
        self._connected = event
        if event.trust is not None:
            self._trust = event.trust
            self._certificate = event.trust.certificate
        entry.update(flavor=event.flavor, user=event.user)

    @_take.register
    def _(self, event: PreflightDone, entry: dict[str, Any]) -> None:
        self._preflight = event
        entry.update(
            version=event.version.version if event.version else None,
            restore_state=event.restore.state if event.restore else None,
            existing_job=event.existing_job.status if event.existing_job else None,
        )
        if event.existing_job is not None:
            self._last_info = event.existing_job
        if event.partners is not None and event.partners.unreachable:
            entry["unreachable_partners"] = list(event.partners.unreachable)

    @_take.register(RestoreUpdated)
    @_take.register(RestoreFinished)
    def _(self, event: RestoreUpdated | RestoreFinished, entry: dict[str, Any]) -> None:
        entry.update(restore_state=event.restore.state, progress=event.restore.progress)
        if isinstance(event, RestoreFinished):
            self._restore_final = event.restore
        for msg in event.new_messages if isinstance(event, RestoreUpdated) else ():
            self._restore_messages.append(
                {"id": msg.id, "text": self._renderer.render(msg), "first_seen": _dt(event.at)})

    @_take.register
    def _(self, event: HealthChecked, entry: dict[str, Any]) -> None:
        entry.update(verdict=event.verdict.verdict, still_starting=[i.name for i in event.snapshot.pending])

    @_take.register
    def _(self, event: HealthVerdictReached, entry: dict[str, Any]) -> None:
        self._health = event.verdict
        entry.update(verdict=event.verdict.verdict, text=event.verdict.sentence)

    @_take.register(JobStarted)
    @_take.register(JobAttached)
    @_take.register(JobFinished)
    @_take.register(JobUpdated)
    def _(self, event: JobStarted | JobAttached | JobFinished | JobUpdated, entry: dict[str, Any]) -> None:
        info = event.info
        self._last_info = info
        fresh = self._tracker.new_messages(info.messages)
        for msg in fresh:
            self._messages.append({"id": msg.id, "text": self._renderer.render(msg), "first_seen": _dt(event.at)})
        entry.update(status=info.status, progress=info.progress)
        if isinstance(event, JobUpdated):
            entry["status_changed"] = event.status_changed
        if fresh:
            entry["new_message_ids"] = [m.id for m in fresh]
        if isinstance(event, JobFinished):
            self._final_info = info
            step = next_step_for_job(info)
            if step:
                self._next_steps.append(step)

    @_take.register
    def _(self, event: ServicesUnavailable, entry: dict[str, Any]) -> None:
        self._outages.append(
            {
                "since": _dt(event.since),
                "deadline": _dt(event.deadline),
                "ended_at": None,
                "seconds": None,
                "cause": event.cause.code,
                "cause_text": event.cause.sentence,
                "attempts": 1,
            }
        )
        entry.update(cause=event.cause.code, cause_text=event.cause.sentence, deadline=_dt(event.deadline))

    @_take.register
    def _(self, event: StillUnavailable, entry: dict[str, Any]) -> None:
        if self._outages and self._outages[-1]["ended_at"] is None:
            self._outages[-1]["attempts"] = event.attempts
        entry.update(cause=event.cause.code, attempts=event.attempts)

    @_take.register
    def _(self, event: ServicesBack, entry: dict[str, Any]) -> None:
        if self._outages and self._outages[-1]["ended_at"] is None:
            self._outages[-1].update(ended_at=_dt(event.at), seconds=round(event.outage_seconds, 3))
        entry["outage_seconds"] = round(event.outage_seconds, 3)

    @_take.register
    def _(self, event: Reauthenticated, entry: dict[str, Any]) -> None:
        self._relogins.append(_dt(event.at))

    @_take.register
    def _(self, event: MonitoringStopped, entry: dict[str, Any]) -> None:
        entry["note"] = _STOPPED_NOTE
        if event.last_info is not None:
            entry.update(status=event.last_info.status, progress=event.last_info.progress)

    @_take.register
    def _(self, event: RunFailed, entry: dict[str, Any]) -> None:
        self._errors.append(error_to_dict(event.error, self._renderer))
        if isinstance(event.error, TrustError) and self._certificate is None:
            self._certificate = event.error.certificate
        entry.update(error=event.error.code, text=event.error.sentence)
        self._next_steps.append(next_step_for_error(event.error))

    # --- output ---------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data (scrubbed of secrets)."""
        with self._lock:
            ended = self.ended_at or self._now()
            connected = self._connected
            pre = self._preflight
            target = self._target
            final = self._final_info
            certificate = None
            if self._certificate is not None:
                certificate = certificate_to_dict(
                    self._certificate, self._trust.mode.value if self._trust is not None else None
                )
            data: dict[str, Any] = {
                "format": REPORT_FORMAT,
                "format_version": REPORT_FORMAT_VERSION,
                "reconui_version": __version__,
                "command": self._command,
                "started_at": _dt(self.started_at),
                "ended_at": _dt(ended),
                "duration_seconds": round((ended - self.started_at).total_seconds(), 3),
                "time_zone": _zone_of(self.started_at, self._renderer.tz),
                "target": {
                    "host": target.host,
                    "port": target.port,
                    "address": target.address,
                    "flavor_requested": target.flavor,
                    "flavor": connected.flavor if connected else None,
                    "proxy_mode": target.proxy.mode.value,
                    "language": target.language,
                    "ca_file": target.ca_file,
                },
                "user": connected.user if connected else None,
                "certificate": certificate,
                "appliance": {
                    "version": wire.version_to_dict(pre.version) if pre and pre.version else None,
                    "restore": wire.restore_to_dict(self._restore_final) if self._restore_final is not None
                    else wire.restore_to_dict(pre.restore) if pre and pre.restore else None,
                    "existing_job": _info_dict(pre.existing_job) if pre else None,
                    "partners": partners_to_dict(pre.partners) if pre else None,
                    "restore_messages": list(self._restore_messages),
                },
                "health": health_to_dict(self._health, self._renderer),
                "options": dict(self._options),
                "outcome": dict(self._outcome) or None,
                "timeline": list(self._timeline),
                "outages": [dict(o) for o in self._outages],
                "relogins": list(self._relogins),
                "messages": list(self._messages),
                "final_info": _info_dict(final),
                "last_info": _info_dict(self._last_info),
                "final_error": self._final_error_text(final),
                "errors": list(self._errors),
                "next_steps": list(dict.fromkeys(self._next_steps)),
            }
            data["summary"] = dataclasses.asdict(summarize(data))
        scrubbed: dict[str, Any] = scrub(data)
        return scrubbed

    def _final_error_text(self, info: JobInfo | None) -> list[str] | None:
        if info is None:
            return None
        if info.error is not None:
            return self._renderer.render_stack(info.error.messages)
        if info.error_text is not None:
            return [info.error_text]
        return None

    def base_name(self) -> str:
        """``reconui-<host>-<UTC timestamp>`` (without extension)."""
        stamp = self.started_at.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return f"reconui-{safe_host(self._target.host)}-{stamp}"

    def write(self, directory: Path | None = None) -> ReportFiles:
        """Write ``<name>.json`` and ``<name>.html``, both new files readable by the owner only.

        Nothing is ever overwritten and no symbolic link is followed: when either name is taken
        (by a file or a link), ``<name>-2``, ``<name>-3`` … is used instead (see
        :mod:`reconui.core.private_files`); the returned paths are the ones written.

        Args:
            directory: where to write (default ``paths.reports_dir()``). A path ending in ``.json``
                or ``.html`` that is not an existing directory names the files themselves.

        Raises:
            OSError: the files could not be written.
        """
        if self.ended_at is None:
            self.ended_at = self._now()
        target_dir, stem = self._destination(directory)
        private_dir(target_dir, tighten=directory is None)
        data = self.to_dict()
        written = write_new_files(target_dir, stem, {
            "json": json.dumps(data, indent=2, ensure_ascii=False) + "\n",
            "html": render_html(data, tz=self._renderer.tz),
        })
        return ReportFiles(json=written["json"], html=written["html"])

    def _destination(self, directory: Path | None) -> tuple[Path, str]:
        if directory is None:
            return paths.reports_dir(), self.base_name()
        path = Path(directory)
        if not path.is_dir() and path.suffix.lower() in (".json", ".html"):
            return path.parent, path.stem
        return path, self.base_name()
