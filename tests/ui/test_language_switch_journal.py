"""The language-switch journal stays small during a long job, and a switch still shows the same job.

The journal (reconui/ui/language_switch.py) is what a View → Language rebuild replays. A long job
sends a ``JobUpdated`` for every change and a ``StillUnavailable`` for every retry of an outage;
kept one by one they made the desktop window's memory grow for as long as it watched. Now an event
that shows everything its predecessor showed takes its place. These tests count entries (not bytes,
not time), and compare a rebuild from the compacted journal with one from the journal kept whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pseudo_locale import compile_pseudo, is_pseudo
from PySide6.QtWidgets import QApplication

import reconui.ui.language_switch as language_switch
from reconui.core.errors import ServiceUnavailable
from reconui.core.events import (
    Connected,
    Event,
    JobStarted,
    JobUpdated,
    Reauthenticated,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
)
from reconui.core.models import STATUS_RUNNING, JobInfo, LocalizableMessage
from reconui.ui.job_panel import JobState
from reconui.ui.language import UiLanguage
from reconui.ui.times import clock_time

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
#: The appliance's messages arrive at these polls (each one then stays in every later Info).
MESSAGE_AT = (3, 9, 10, 40, 41, 77, 130, 131)


@pytest.fixture(scope="module")
def pseudo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo-i18n")
    compile_pseudo(folder)
    return folder


@pytest.fixture
def ui_language(qapp: QApplication, pseudo_dir: Path) -> Iterator[UiLanguage]:
    language = UiLanguage(qapp, own_dirs=[str(pseudo_dir)])
    language.apply("en")
    yield language
    language.apply("en")  # no translator may leak into the next test


def _info(poll: int, status: str = STATUS_RUNNING) -> JobInfo:
    count = sum(1 for at in MESSAGE_AT if at <= poll)
    messages = tuple(LocalizableMessage(id=f"com.vmware.reconciliation.step{n}", default_message=f"Step {n} is done.")
                     for n in range(count))
    return JobInfo(status=status, progress=min(99, poll * 100 // 150), messages=messages, start_time=T0)


def _cause() -> ServiceUnavailable:
    return ServiceUnavailable(http_status=503, body=None)


def job_events(polls: int, *, outages: dict[int, int]) -> Iterator[Event]:
    """A watched job: started, one ``JobUpdated`` per poll, and at poll ``p`` an outage with
    ``outages[p]`` retries ended by ServicesBack (and a re-login after the first one)."""
    yield JobStarted(at=T0, info=_info(0))
    for poll in range(1, polls + 1):
        at = T0 + timedelta(seconds=poll)
        if poll in outages:
            deadline = at + timedelta(minutes=30)
            yield ServicesUnavailable(at=at, cause=_cause(), since=at, deadline=deadline)
            for attempt in range(2, outages[poll] + 2):
                yield StillUnavailable(at=at + timedelta(milliseconds=attempt), cause=_cause(), since=at,
                                       deadline=deadline, attempts=attempt)
            yield ServicesBack(at=at + timedelta(milliseconds=900), outage_seconds=outages[poll])
            if poll == min(outages):
                yield Reauthenticated(at=at + timedelta(milliseconds=950))
        yield JobUpdated(at=at, info=_info(poll), new_messages=(), status_changed=False)


def _watch(h: Any) -> None:
    """Connected and a job being started, as the window's own clicks and the engine make it."""
    h.controller.event_received.emit(Connected(at=T0, host="vc.example.com", port=443, flavor="api",
                                               user="administrator@vsphere.local", trust=None))
    h.window.view_step("starting", False)


def _what_is_shown(window: Any) -> dict[str, Any]:
    panel = window.job_panel
    return {"rows": panel.messages.rows(), "progress": panel.progress.value(), "state": panel.state,
            "badge": panel.badge.text(), "detail": panel.detail.text(), "started": panel.start_label.text(),
            "ended": panel.end_label.text(), "job line": window.preflight_panel.job_label.text(),
            "title": window.windowTitle(), "stop shown": panel.stop_button.isVisibleTo(panel)}


def test_the_journal_stays_bounded_over_5000_job_updates(harness_factory):  # type: ignore[no-untyped-def]
    h = harness_factory(show=False)
    _watch(h)
    # Straight into the journal's slot (the switch test below goes through the controller's signal):
    # 5,000 events through the whole window would test the panels, not the journal, and PySide6
    # 6.12.0 loses a reference to True on every emit() (reconui/ui/refcounts.py).
    outages = {1000: 60, 2000: 60, 3000: 60, 4000: 60}
    events = list(job_events(5000, outages=outages))
    for event in events:
        h.window._journal_event_received(event)

    journal = h.window._journal
    kinds = [type(entry[2][0]).__name__ if entry[0] == "slot" else entry[1] for entry in journal]
    # Kept: Connected, the start step, JobStarted; one JobUpdated per poll that brought a message
    # (8); the newest update before each outage and the newest one of all (its notes stand between
    # them, in the order shown); per outage its start, its newest retry and its end; the re-login.
    assert len(events) > 5000 + 4 * 60
    assert kinds.count("JobUpdated") == len(MESSAGE_AT) + len(outages) + 1
    assert kinds.count("StillUnavailable") == len(outages)
    assert kinds.count("ServicesUnavailable") == kinds.count("ServicesBack") == len(outages)
    assert kinds.count("Reauthenticated") == 1
    assert len(journal) == 3 + len(MESSAGE_AT) + len(outages) + 1 + 3 * len(outages) + 1
    last = journal[-1][2][0]
    assert last is events[-1]  # the final state is the newest event itself, exactly


def test_a_switch_after_compacted_updates_shows_what_the_whole_journal_shows(
        harness_factory, ui_language, monkeypatch):  # type: ignore[no-untyped-def]
    events = list(job_events(150, outages={60: 12, 120: 5}))

    def switched(*, compact: bool) -> tuple[dict[str, Any], int, dict[str, Any]]:
        with monkeypatch.context() as patch:
            if not compact:
                patch.setattr(language_switch, "_replaces_last", lambda _journal, _event: False)
            h = harness_factory(ui_language=ui_language)
            _watch(h)
            for event in events:
                h.controller.event_received.emit(event)
            before = _what_is_shown(h.window)
            h.window.choose_language("de")
            after = _what_is_shown(h.window)
            entries = len(h.window._journal)
            h.window.choose_language("en")
            assert _what_is_shown(h.window) == before  # and back: the English view, row by row
            return after, entries, before

    whole, whole_entries, _english = switched(compact=False)
    compacted, compacted_entries, english = switched(compact=True)

    assert compacted_entries < whole_entries // 5
    assert compacted == whole  # rows with their first-seen times and notes, progress, status, texts
    assert compacted["state"] == JobState.RUNNING and compacted["progress"] == events[-1].info.progress
    assert is_pseudo(compacted["badge"]) and is_pseudo(compacted["detail"])
    times = [row[0] for row in english["rows"] if row[1].startswith("com.vmware.reconciliation.")]
    assert times == [clock_time(T0 + timedelta(seconds=poll)) for poll in MESSAGE_AT]  # when each first appeared
    notes = [row for row in compacted["rows"] if not row[1].startswith("com.vmware.reconciliation.")]
    assert len(notes) == 2 * 2 + 1  # each outage and its end, the re-login
