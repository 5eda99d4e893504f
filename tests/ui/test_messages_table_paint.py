"""How the message table paints (reconui/ui/widgets.py): its focus frame, without a style sheet.

A style sheet on the table (its focus frame used to be one) puts every cell, header section and
scroll bar through Qt's style-sheet style, which painted the cells 2.7x slower than the native
style during a job (docs/PERFORMANCE.md). The frame is now drawn by the table itself; these tests
check that it still shows where the keyboard focus is, and that nothing puts the table back under
a style sheet. Counted and compared pixels, never timed.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from reconui.ui.widgets import MessageKind, MessagesTable


def _dark() -> QPalette:
    """A dark scheme's colours for the roles the frame uses (and the base the cells sit on)."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Mid, "#5a5a5a"),
                         (QPalette.ColorRole.Highlight, "#3d7fd6")):
        palette.setColor(role, QColor(colour))
    return palette


def _edge(image: QImage) -> set[str]:
    """The colours of the outermost pixel ring's middle points (left, right, top, bottom)."""
    w, h = image.width(), image.height()
    points = ((0, h // 2), (w - 1, h // 2), (w // 2, 0), (w // 2, h - 1))
    return {image.pixelColor(x, y).name() for x, y in points}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("rows", [0, 3], ids=["empty", "with-rows"])
def test_the_focus_frame_shows_where_the_keyboard_focus_is(qtbot, dark, rows):
    box = QWidget()
    if dark:
        box.setPalette(_dark())
    layout = QVBoxLayout(box)
    edit = QLineEdit()
    table = MessagesTable()
    layout.addWidget(edit)
    layout.addWidget(table)
    for n in range(rows):
        table.add_message(f"10:00:0{n}", f"step.{n}", "A message", kind=MessageKind.OUTAGE if n == 1 else
                          MessageKind.MESSAGE)
    qtbot.addWidget(box)
    box.resize(500, 300)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=3000)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    mid, highlight = (table.palette().color(role).name()
                      for role in (QPalette.ColorRole.Mid, QPalette.ColorRole.Highlight))
    assert mid != highlight
    assert _edge(table.grab().toImage()) == {mid}
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert _edge(table.grab().toImage()) == {highlight}
    # What is on screen follows too (the focus change repaints the table, not only a fresh grab).
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert _edge(box.grab().toImage().copy(table.geometry())) == {mid}


def test_the_table_keeps_the_style_sheets_geometry(qtbot):
    """One pixel of frame on every side, as the style sheet's ``border: 1px`` had, in every style."""
    table = MessagesTable()
    qtbot.addWidget(table)
    assert table.frameWidth() == 1
    assert table.styleSheet() == ""


def test_the_table_cells_header_and_scroll_bars_paint_with_the_native_style(harness_factory):
    """In the window: no style sheet on the table or any widget above it reaches the table's parts."""
    h = harness_factory()
    w = h.window
    for table in (w.job_panel.messages, w.preflight_panel.restore_progress.messages):
        for part in (table, table.viewport(), table.horizontalHeader(), table.verticalScrollBar(),
                     table.horizontalScrollBar()):
            assert part.style().metaObject().className() != "QStyleSheetStyle", type(part).__name__
