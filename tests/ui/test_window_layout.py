"""How the window lays itself out and what its title says (reconui/ui/window_layout.py): the forms
collapse into one summary line once connected, the SSO part stays while a start is offered, the
title carries state and percent; the right column never shows a section cut at its top, and a
watched job keeps Stop in view at every window size. The real window, worker thread and engine."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget

from reconui.core.errors import ServiceUnavailable
from reconui.core.events import (
    Connected,
    JobStarted,
    JobUpdated,
    PreflightDone,
    ServicesBack,
    ServicesUnavailable,
    StillUnavailable,
)
from reconui.core.models import (
    STATUS_RUNNING,
    ApplianceVersion,
    JobInfo,
    LocalizableMessage,
    PartnerCheck,
    ReplicationPartner,
    RestoreStatus,
)
from reconui.ui.job_panel import JobState
from reconui.ui.main_window import MainWindow
from reconui.ui.trust_dialog import TrustChoice
from reconui.ui.widgets import AlertKind


def test_the_title_carries_state_and_percent_and_the_end_notifies(simulated_window):
    h = simulated_window("ok", duration=2.0)
    sim = h.sim
    titles: list[str] = []
    h.controller.event_received.connect(lambda _e: titles.append(h.window.windowTitle()))
    h.window.preflight_panel.start_button.click()
    h.wait_job(JobState.SUCCEEDED)
    assert any(re.fullmatch(rf"RUNNING \d+ % — {re.escape(sim.host)} — reconui", t) for t in titles)
    assert h.window.windowTitle() == f"SUCCEEDED — {sim.host} — reconui"
    h.qtbot.waitUntil(lambda: any("succeeded" in n.title for n in h.window.notifier.sent), timeout=5000)
    note = next(n for n in h.window.notifier.sent if "succeeded" in n.title)
    assert "succeeded" in note.title and sim.host in note.title


def test_an_alert_does_not_push_the_forms_around(harness_factory):
    w = harness_factory().window
    h = w.connection_form.host
    before = h.mapTo(w, h.rect().topLeft())
    w.alert.show_alert(AlertKind.ERROR, "headline " * 30, ["detail one", "detail two", "detail three"])
    w.qtbot_layout = None
    for _ in range(3):
        w.layout().activate()
    assert h.mapTo(w, h.rect().topLeft()) == before
    w.alert.clear()
    w.layout().activate()
    assert h.mapTo(w, h.rect().topLeft()) == before


def test_once_connected_the_forms_collapse_into_one_summary_line(simulated_window):
    h = simulated_window("running", duration=30, connect=False)
    sim = h.sim
    w = h.window
    assert w.forms_column.isVisible() and not w.summary_bar.isVisible()
    h.connect()
    assert not w.connection_form.isVisible()
    assert w.summary_bar.isVisible()
    text = w.summary_label.text()
    assert f"{sim.host}:{sim.port}" in text and "/api" in text and sim.config.user in text
    assert "trusted for this session" in text
    assert w.disconnect_button.isVisible() and w.disconnect_button.parentWidget() is w.summary_bar
    w.preflight_panel.attach_button.click()
    h.wait_job(JobState.RUNNING)
    assert not w.forms_column.isVisible()
    # The message text gets most of the window's width.
    table = w.job_panel.messages
    assert table.columnWidth(2) > w.width() * 0.45
    w.disconnect_button.click()
    h.wait_job(JobState.STOPPED)
    h.wait_idle()
    assert w.forms_column.isVisible() and w.connection_form.isVisible() and not w.summary_bar.isVisible()


def test_the_sso_fields_stay_while_a_start_is_offered(simulated_window):
    h = simulated_window("ok")
    w = h.window
    assert w.forms_column.isVisible() and w.credential_form.sso_password.edit.isVisible()
    assert not w.credential_form.vc_password.edit.isVisible()


def _in_view(window: MainWindow, widget: QWidget) -> bool:
    """``widget`` lies wholly inside the right column's visible part."""
    scroll = window.findChild(QScrollArea, "rightScroll")
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def _settled(h, window: MainWindow) -> QScrollArea:  # type: ignore[no-untyped-def]
    scroll = window.findChild(QScrollArea, "rightScroll")
    h.qtbot.wait(50)  # the column scrolls on the next turn of the event loop, after its layout
    return scroll


@pytest.mark.parametrize("size", [(1100, 760), (1180, 720)])
def test_at_the_usual_sizes_a_running_job_shows_beside_the_whole_preflight(harness_factory, simulator_factory,
                                                                            size):
    sim = simulator_factory(scenario="ok", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    w = h.window
    w.resize(*size)
    h.start_job(sim)
    scroll = _settled(h, w)
    h.qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() == 0)
    assert _in_view(w, w.preflight_panel.version_label) and _in_view(w, w.preflight_panel.flavor_label)
    assert _in_view(w, w.job_panel.badge) and _in_view(w, w.job_panel.stop_button)


def test_where_both_cannot_fit_the_job_gets_the_column_and_the_preflight_is_not_cut(harness_factory,
                                                                                    simulator_factory):
    """At 150 % on a 1280x800 screen the window has about 840x480 logical pixels."""
    sim = simulator_factory(scenario="ok", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    w = h.window
    w.resize(840, 480)
    h.start_job(sim)
    scroll = _settled(h, w)
    panel = w.job_panel
    h.qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() == panel.y())
    assert w.job_column.job_fills
    assert _in_view(w, panel.badge) and _in_view(w, panel.stop_button) and _in_view(w, panel.progress)
    # Nothing of the pre-flight section shows cut at the top: it is a whole scroll away.
    assert not _in_view(w, w.preflight_panel.refresh_button)
    assert panel.messages.height() >= 3 * panel.fontMetrics().lineSpacing()


def test_growing_the_window_gives_the_preflight_back(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="ok", duration=30)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    w = h.window
    w.resize(840, 480)
    h.start_job(sim)
    scroll = _settled(h, w)
    h.qtbot.waitUntil(lambda: w.job_column.job_fills and scroll.verticalScrollBar().value() > 0)
    w.resize(1180, 720)
    h.qtbot.waitUntil(lambda: not w.job_column.job_fills and scroll.verticalScrollBar().value() == 0)
    _settled(h, w)
    assert _in_view(w, w.preflight_panel.version_label) and _in_view(w, w.job_panel.stop_button)


def test_a_finished_job_leaves_nothing_cut_at_the_top(harness_factory, simulator_factory):
    sim = simulator_factory(scenario="fail", duration=1.0)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    w = h.window
    w.resize(1180, 720)
    h.start_job(sim)
    h.wait_job(JobState.FAILED)
    h.qtbot.waitUntil(lambda: w.job_panel.report_files is not None)
    scroll = _settled(h, w)
    value = scroll.verticalScrollBar().value()
    assert value in (0, w.job_panel.y())
    assert _in_view(w, w.job_panel.badge) and _in_view(w, w.job_panel.next_step_label)


def test_after_disconnecting_a_job_that_had_the_column_the_next_preflight_shows_from_its_top(
        harness_factory, simulator_factory):
    sim = simulator_factory(scenario="running", duration=60)
    h = harness_factory(trust_choice=TrustChoice.ONCE, leave=True)
    w = h.window
    w.resize(840, 480)
    h.attach_job(sim)
    scroll = _settled(h, w)
    h.qtbot.waitUntil(lambda: w.job_column.job_fills and scroll.verticalScrollBar().value() == w.job_panel.y())
    w.disconnect_button.click()
    h.wait_job(JobState.STOPPED)
    h.wait_idle()
    h.connect()  # the job still runs: the pre-flight offers Attach, the job panel shows it unwatched
    h.qtbot.waitUntil(lambda: w.job_panel.state == JobState.UNWATCHED)
    _settled(h, w)
    h.qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() == 0)
    assert not w.job_column.job_fills and _in_view(w, w.preflight_panel.version_label)


# --- work on the GUI thread at a job's state changes (docs/PERFORMANCE.md, "Round 3") ----------------
# Synthetic events on the controller's GUI-thread signal, as the worker's arrive: no simulator, so the
# order and the texts are the same in every run. Counted, never timed.

NOW = datetime(2024, 5, 3, 10, 0, tzinfo=timezone.utc)


class _Counter(QObject):
    """Counts ``kinds`` of events reaching the watched objects."""

    def __init__(self, *kinds: QEvent.Type) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: list[tuple[str, QEvent.Type]] = []

    def watch(self, *objects: QObject) -> _Counter:
        for obj in objects:
            obj.installEventFilter(self)
        return self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds:
            self.seen.append((watched.objectName() or type(watched).__name__, event.type()))
        return False


def _connected(h) -> None:  # type: ignore[no-untyped-def]
    h.controller.event_received.emit(Connected(at=NOW, host="vcsa.example", port=443, flavor="api",
                                               user="administrator@vsphere.local", trust=None))


def _preflight(h, existing_job: JobInfo | None = None) -> None:  # type: ignore[no-untyped-def]
    """What the simulator's appliance reports: a version, a finished restore, four replication rows."""
    partners = PartnerCheck(available=True, rows=tuple(
        ReplicationPartner(node=f"vc0{a}.example.com", partner=f"vc0{b}.example.com", partner_available=True,
                           status_available=True, replicating=True, change_lag=0)
        for a, b in ((1, 2), (2, 1), (1, 3), (3, 1))))
    done = LocalizableMessage(id="ex.restore.done", default_message="Restore completed successfully.")
    h.controller.event_received.emit(PreflightDone(
        at=NOW, version=ApplianceVersion("8.0.3.00400", "VMware vCenter Server", "24322831"),
        restore=RestoreStatus(state="SUCCEEDED", progress=100, messages=(done,)), existing_job=existing_job,
        partners=partners))


def test_the_sso_part_stays_through_the_first_preflight_check_when_a_start_follows(harness_factory):
    """Connected, then the check's result a second later: the SSO part the start needs does not
    disappear and come back in between (each time the splitter moved and the whole window was laid
    out and painted again); the vCenter login rows and the connection form go at once."""
    h = harness_factory()
    w = h.window
    w.resize(784, 720)
    h.qtbot.wait(20)
    hides = _Counter(QEvent.Type.Hide, QEvent.Type.Show).watch(w.forms_column)
    _connected(h)
    h.qtbot.wait(20)
    assert w.forms_column.isVisible() and not w.connection_form.isVisible()
    assert not w.credential_form.vc_password.edit.isVisible() and w.summary_bar.isVisible()
    sizes = w.splitter.sizes()
    _preflight(h)
    h.qtbot.wait(20)
    assert w.preflight_panel.start_button.isVisible() and w.credential_form.sso_password.edit.isVisible()
    assert hides.seen == [] and w.splitter.sizes() == sizes


def test_a_running_job_found_by_the_first_check_gives_the_job_the_width(harness_factory):
    h = harness_factory()
    w = h.window
    _connected(h)
    _preflight(h, JobInfo(status=STATUS_RUNNING, progress=30, start_time=NOW))
    h.qtbot.wait(20)
    assert w.preflight_panel.attach_button.isVisible() and not w.forms_column.isVisible()


def _watched_job(harness_factory, size=(784, 720)):  # type: ignore[no-untyped-def]
    """A connected window watching a RUNNING job (the bench's first-start size on its 800x800 screen)."""
    h = harness_factory()
    w = h.window
    w.resize(*size)
    emit = h.controller.event_received.emit
    _connected(h)
    _preflight(h)
    w.job_panel.show_starting(attach=False)
    info = JobInfo(status=STATUS_RUNNING, progress=10, start_time=NOW)
    emit(JobStarted(at=NOW, info=info))
    w.job_column.show_job()
    h.qtbot.wait(50)
    return h, info


def test_an_outage_during_a_watched_job_does_not_flash_the_columns_scroll_bar(harness_factory):
    """The waiting text is a line or two longer than the running one. The table gives up that room
    in the same turn, before the scroll area sees taller content: a scroll bar that flashed on and
    off narrowed the column twice, and each time every wrapped label was measured and painted again."""
    h, _info = _watched_job(harness_factory)
    w = h.window
    bar = w.findChild(QScrollArea, "rightScroll").verticalScrollBar()
    assert not bar.isVisible(), "precondition: the running job fits the column"
    shows = _Counter(QEvent.Type.Show).watch(bar)
    emit = h.controller.event_received.emit
    cause = ServiceUnavailable(http_status=503)
    emit(ServicesUnavailable(at=NOW + timedelta(seconds=5), cause=cause, since=NOW + timedelta(seconds=5),
                             deadline=NOW + timedelta(minutes=30)))
    h.qtbot.wait(50)
    emit(StillUnavailable(at=NOW + timedelta(seconds=9), cause=cause, since=NOW + timedelta(seconds=5),
                          deadline=NOW + timedelta(minutes=30), attempts=3))
    h.qtbot.wait(50)
    emit(ServicesBack(at=NOW + timedelta(seconds=20), outage_seconds=15.0))
    h.qtbot.wait(50)
    assert shows.seen == [] and not bar.isVisible()
    # Nothing is cut off for it: the status text has the height its wrapped lines need.
    detail = w.job_panel.detail
    assert "answers again" in detail.text()
    assert detail.height() >= detail.heightForWidth(detail.width())
    assert _in_view(w, w.job_panel.stop_button)


def test_a_job_update_that_changes_nothing_lays_out_and_restyles_nothing(harness_factory):
    h, info = _watched_job(harness_factory)
    w = h.window
    update = JobUpdated(at=NOW + timedelta(seconds=3), info=info, new_messages=(), status_changed=False)
    h.controller.event_received.emit(update)
    h.qtbot.wait(50)
    counter = _Counter(QEvent.Type.LayoutRequest, QEvent.Type.StyleChange).watch(
        w, w.centralWidget(), w.findChild(QScrollArea, "rightScroll").widget(), w.preflight_panel, w.job_panel,
        w.job_panel.badge, w.job_panel.progress, w.job_panel.detail)
    h.controller.event_received.emit(update)
    h.qtbot.wait(50)
    assert counter.seen == []


def test_a_job_update_with_a_new_status_text_lays_out_nothing_outside_the_right_column(harness_factory):
    """The running text names the time of the last change, so it changes on every update; its line
    count does not. Qt passes the job panel's layout request up to the column (cheap: only the panel's
    own size is new), but nothing moves, so neither the window nor the pre-flight panel is laid out."""
    h, info = _watched_job(harness_factory)
    w = h.window
    emit = h.controller.event_received.emit
    emit(JobUpdated(at=NOW + timedelta(seconds=3), info=info, new_messages=(), status_changed=False))
    h.qtbot.wait(50)
    geometry = {widget: widget.geometry() for widget in (w.preflight_panel, w.job_panel, w.job_panel.messages)}
    counter = _Counter(QEvent.Type.LayoutRequest).watch(w, w.centralWidget(), w.splitter, w.preflight_panel)
    panel = w.job_panel
    paints = _Counter(QEvent.Type.Paint).watch(panel.detail, panel.start_label, panel.end_label, w.preflight_panel)
    later = JobInfo(status=STATUS_RUNNING, progress=20, start_time=NOW)
    emit(JobUpdated(at=NOW + timedelta(seconds=4), info=later, new_messages=(), status_changed=False))
    h.qtbot.wait(50)
    assert "10:00:04" in panel.detail.text()
    assert counter.seen == []
    assert {widget: widget.geometry() for widget in geometry} == geometry
    # The new text is painted once, in place (the panel is placed in the same turn as the text is set).
    names = [name for name, _kind in paints.seen]
    assert "statusDetail" in names and "preflightPanel" not in names and len(names) == len(set(names))
