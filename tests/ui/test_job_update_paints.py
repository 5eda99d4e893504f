"""What a job update repaints in the window, and the selectable labels' measured heights.

A job update without a new message changes the status text ("last change seen at ...") and the
progress bar. Qt's QLabel measures a selectable label by laying its text document out at the width
asked and again at its own width, which also repaints it; the layouts ask every label of the panel
again after any change, so the start and end times were painted again on every update (twice)
and a quarter of the GUI thread's instructions of a job went there (docs/PERFORMANCE.md, round 4).
Counted, never timed.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reconui.core.events import Connected, JobStarted, JobUpdated, PreflightDone
from reconui.core.models import STATUS_RUNNING, ApplianceVersion, JobInfo, LocalizableMessage, RestoreStatus
from reconui.ui.widgets import FOCUS_FRAME_STYLE, SelectableLabel, selectable_label

NOW = datetime(2024, 5, 3, 10, 0, tzinfo=timezone.utc)


class _Paints(QObject):
    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.seen: list[str] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append(watched.objectName())
        return False


def _watched_job(harness_factory):  # type: ignore[no-untyped-def]
    h = harness_factory()
    w = h.window
    w.resize(784, 720)  # the bench's first-start size on its 800x800 screen
    emit = h.controller.event_received.emit
    emit(Connected(at=NOW, host="vcsa.example", port=443, flavor="api", user="administrator@vsphere.local",
                   trust=None))
    done = LocalizableMessage(id="ex.restore.done", default_message="Restore completed successfully.")
    emit(PreflightDone(at=NOW, version=ApplianceVersion("8.0.3.00400", "VMware vCenter Server", "24322831"),
                       restore=RestoreStatus(state="SUCCEEDED", progress=100, messages=(done,)), existing_job=None,
                       partners=None))
    w.job_panel.show_starting(attach=False)
    emit(JobStarted(at=NOW, info=JobInfo(status=STATUS_RUNNING, progress=10, start_time=NOW)))
    w.job_column.show_job()
    first = LocalizableMessage(id="ex.recon.started", default_message="Reconciliation started.")
    emit(JobUpdated(at=NOW + timedelta(seconds=2), info=JobInfo(status=STATUS_RUNNING, progress=15, start_time=NOW,
                                                                 messages=(first,)),
                    new_messages=(first,), status_changed=False))
    h.qtbot.wait(50)
    return h, first


def test_a_job_update_without_a_new_message_repaints_only_the_status_text_and_the_bar(harness_factory):
    h, first = _watched_job(harness_factory)
    w = h.window
    panel = w.job_panel
    panel._timer.stop()  # the elapsed time ticks in real time; this test is about the update alone
    table = panel.messages
    paints = _Paints(panel.detail, panel.progress, panel.start_label, panel.end_label, table, table.viewport(),
                     table.horizontalHeader().viewport(), w.preflight_panel, w.preflight_panel.version_label)
    h.controller.event_received.emit(JobUpdated(
        at=NOW + timedelta(seconds=4), info=JobInfo(status=STATUS_RUNNING, progress=20, start_time=NOW,
                                                     messages=(first,)), new_messages=(), status_changed=False))
    h.qtbot.wait(50)
    assert "10:00:04" in panel.detail.text()
    assert sorted(paints.seen) == ["progressBar", "statusDetail"]


def _reference(label: QLabel) -> QLabel:
    """A plain QLabel set up like ``label``: Qt's own, unremembered answer."""
    plain = QLabel(label.text())
    plain.setWordWrap(True)
    plain.setTextInteractionFlags(label.textInteractionFlags())
    plain.setStyleSheet(FOCUS_FRAME_STYLE)
    plain.setFont(label.font())
    return plain


@pytest.mark.parametrize("text_format", [Qt.TextFormat.AutoText, Qt.TextFormat.PlainText])
def test_a_selectable_labels_height_follows_its_text_font_and_width(qtbot, text_format):
    box = QWidget()
    layout = QVBoxLayout(box)
    label = selectable_label("Short.")
    label.setTextFormat(text_format)
    assert isinstance(label, SelectableLabel)
    layout.addWidget(label)
    qtbot.addWidget(box)
    box.show()
    heights: list[int] = []
    long_text = "A longer status text that wraps over several lines at a narrow width. " * 3
    bigger = QFont(label.font())
    bigger.setPointSize(bigger.pointSize() * 2)
    for step in ("short", "long", "font", "short again"):
        if step == "long":
            label.setText(long_text)
        elif step == "font":
            label.setFont(bigger)
        elif step == "short again":
            label.setText("Short.")
        reference = _reference(label)
        reference.setTextFormat(text_format)
        qtbot.addWidget(reference)
        for width in (120, 300, 120):
            assert label.heightForWidth(width) == reference.heightForWidth(width), (step, width)
        heights.append(label.heightForWidth(120))
    short, long_, big, short_again = heights
    assert long_ > short and big > long_ and short_again < big


@pytest.mark.parametrize("shown", [1, 20], ids=["few-rows", "scrolling"])
@pytest.mark.parametrize("new", [1, 5])
def test_new_messages_paint_the_rows_once_and_the_newest_is_in_view(harness_factory, shown, new):
    """An insert painted the rows' area at once and QTableView's row-resize timer painted it whole again."""
    h, first = _watched_job(harness_factory)
    panel = h.window.job_panel
    panel._timer.stop()
    table = panel.messages
    emit = h.controller.event_received.emit

    def update(count: int, second: int) -> None:
        messages = (first, *(LocalizableMessage(id=f"ex.step.{n}", default_message=f"Step {n} of the job.")
                             for n in range(count)))
        emit(JobUpdated(at=NOW + timedelta(seconds=second), info=JobInfo(
            status=STATUS_RUNNING, progress=20, start_time=NOW, messages=messages),
            new_messages=messages[table.rowCount():], status_changed=False))
        h.qtbot.waitUntil(lambda: table.viewport().updatesEnabled())
        h.qtbot.wait(50)

    update(shown - 1, 3)
    assert table.verticalScrollBar().isVisible() == (shown == 20), "precondition"
    paints = _Paints(table.viewport())
    update(shown - 1 + new, 4)
    assert table.rowCount() == shown + new
    assert paints.seen == ["qt_scrollarea_viewport"]
    newest = table.visualRect(table.model().index(table.rowCount() - 1, 2))
    assert table.viewport().rect().contains(newest)
