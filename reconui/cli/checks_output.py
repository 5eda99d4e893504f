"""Human-readable lines for the checks around the job: linked-mode partners, the restore watch and
the health verdict. :class:`~reconui.cli.output.HumanOutput` prints them; the sentences are the
engine's (:mod:`reconui.core.check_texts`), so the CLI says what the window says."""

from __future__ import annotations

from reconui.core import health
from reconui.core.check_texts import check_sentence, partner_check_text
from reconui.core.events import (
    Event,
    HealthChecked,
    HealthVerdictReached,
    PreflightDone,
    RestoreFinished,
    RestoreUpdated,
)
from reconui.core.render import MessageRenderer, format_local_datetime
from reconui.core.summary import HEALTH_WORDS

_MARK = {health.PROBLEM: "✖", health.PENDING: "…", health.UNCHECKED: "?", health.ABSENT: "-", health.OK: "✔"}


def verdict_lines(verdict: health.HealthVerdict, renderer: MessageRenderer) -> list[str]:
    """The verdict headline, then every finding with what it says and its messages."""
    lines = [f"Health: {HEALTH_WORDS.get(verdict.verdict, verdict.verdict)}. {verdict.sentence}"]
    for item in verdict.findings:
        lines.append(f"  {_MARK.get(item.status, ' ')} {item.name} ({item.state}): {item.sentence}")
        lines += [f"      [{m.id}] {renderer.render(m)}" for m in item.messages]
    return lines


class CheckLines:
    """Turns check events into lines; a "still starting" line only when what is starting changed."""

    def __init__(self, renderer: MessageRenderer) -> None:
        self._renderer = renderer
        self._last_pending: str | None = None

    def lines(self, event: Event) -> list[str]:
        if isinstance(event, HealthChecked):
            names = health.pending_names(event.snapshot)
            if names == self._last_pending:
                return []
            self._last_pending = names
        return check_lines(event, self._renderer)


def check_lines(event: Event, renderer: MessageRenderer) -> list[str]:
    """The lines for one event of the checks (none for other events)."""
    if isinstance(event, PreflightDone) and event.partners is not None:
        code, params = partner_check_text(event.partners)
        lines = [("WARNING: " if event.partners.unreachable else "Linked mode: ") + check_sentence(code, params)]
        for row in event.partners.rows:
            reachable = "reachable" if row.partner_available else "NOT REACHABLE"
            replicating = ""
            if row.replicating is not None:
                replicating = ", replicating" if row.replicating else ", not replicating"
            lag = "" if row.change_lag is None else f", change lag {row.change_lag}"
            lines.append(f"  {row.node} -> {row.partner}: {reachable}{replicating}{lag}")
        return lines
    if isinstance(event, RestoreUpdated):
        progress = "?" if event.restore.progress is None else event.restore.progress
        lines = [f"Restore {event.restore.state} {progress}%."]
        return lines + [f"[{m.id}] {renderer.render(m)}" for m in event.new_messages]
    if isinstance(event, RestoreFinished):
        return [f"The restore ended: {event.restore.state}."]
    if isinstance(event, HealthChecked):
        if event.snapshot.pending and event.settle_until is not None:
            until = format_local_datetime(event.settle_until, "SHORT_TIME")
            return [check_sentence("settling", {"names": health.pending_names(event.snapshot), "time": until})]
        return []
    if isinstance(event, HealthVerdictReached):
        return verdict_lines(event.verdict, renderer)
    return []
