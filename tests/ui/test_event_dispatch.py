"""EventDispatch (reconui/ui/event_dispatch.py): singledispatchmethod's table, read at the first event.

The window, the job panel and the worker name their events only in annotations (the events module
is not loaded before the first window); a misspelt or non-class annotation must fail here, not in
the middle of a user's job.
"""

from __future__ import annotations

import inspect
from datetime import datetime, timezone

import pytest

from reconui.core import events
from reconui.core.errors import ReconError
from reconui.ui.event_dispatch import EventDispatch
from reconui.ui.job_panel import JobPanel
from reconui.ui.main_window import MainWindow
from reconui.ui.worker import ReconWorker

AT = datetime(2026, 1, 1, tzinfo=timezone.utc)
EVENT_CLASSES = [c for c in vars(events).values() if inspect.isclass(c) and issubclass(c, events.Event)]


def tables() -> dict[str, EventDispatch[object]]:
    found = {}
    for owner in (MainWindow, JobPanel, ReconWorker):
        for klass in owner.__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, EventDispatch):
                    found[f"{klass.__name__}.{name}"] = value
    return found


def test_every_event_table_of_the_app_resolves_and_reaches_each_handler() -> None:
    found = tables()
    assert set(found) == {"MainWindow._route", "MainWindow._after_job_event", "JobPanel._on_event",
                          "ReconWorker._remember"}
    for name, dispatch in found.items():
        table = dispatch.resolve()
        reached = {table(cls) for cls in EVENT_CLASSES}
        for handler in dispatch._handlers:
            assert handler in reached, (name, handler)
    route = found["MainWindow._route"].resolve()
    assert route(events.RestoreUpdated) is route(events.RestoreFinished)  # one handler for a union
    assert route(events.JobUpdated) is route(events.Event)  # no handler of its own: the default (the job panel)
    assert route(events.Connected) is not route(events.Event)


class Owner:
    def __init__(self) -> None:
        self.seen: list[tuple[str, object]] = []

    @EventDispatch
    def on(self, event: events.Event) -> None:
        self.seen.append(("default", event))

    @on.register
    def _(self, event: events.Connected) -> None:
        self.seen.append(("connected", event))

    @on.register
    def _(self, event: events.RestoreUpdated | events.RestoreFinished) -> None:
        self.seen.append(("restore", event))


class LaterConnected(events.Connected):
    """A subclass: dispatched like singledispatch, to the handler of the nearest class in its MRO."""


def test_dispatch_follows_the_mro_unions_and_the_default_like_singledispatch() -> None:
    owner = Owner()
    connected = events.Connected(at=AT, host="h", port=443, flavor="api", user="u", trust=None)
    later = LaterConnected(at=AT, host="h", port=443, flavor="api", user="u", trust=None)
    failed = events.RunFailed(at=AT, error=ReconError())
    restore = events.RestoreFinished(at=AT, restore=None)  # type: ignore[arg-type]  # not read here
    for event in (connected, later, failed, restore):
        owner.on(event)
    assert owner.seen == [("connected", connected), ("connected", later), ("default", failed), ("restore", restore)]
    assert Owner.on.resolve() is Owner.on.resolve()  # built once


def test_a_handler_without_an_event_class_fails_when_the_table_is_built() -> None:
    class Broken:
        @EventDispatch
        def on(self, event: object) -> None:
            pass

        @on.register
        def _(self, event: NotAnEvent) -> None:  # type: ignore[name-defined]  # noqa: F821  # misspelt on purpose
            pass

    with pytest.raises(NameError):
        Broken.on.resolve()
