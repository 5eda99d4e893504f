"""The job's message table fits each row to its wrapped text without re-measuring every row per message.

Its vertical header used ResizeToContents, which re-measured every row's wrapped text on each new
row (a cost on the GUI thread that grew with the job, docs/PERFORMANCE.md). Now a new row is fitted
alone and all rows follow when the text column's width changes. These tests check the behaviour
(no row cut off, before and after a resize, and rows fitted one by one), not any timing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from reconui.ui.widgets import MessagesTable

LONG = ("The reconciliation step 'Synchronising the vCenter Server inventory with its partners' is running; "
        "this can take several minutes on a large environment with many hosts and clusters.")


def _fits(table: MessagesTable) -> bool:
    return all(table.rowHeight(row) >= table.sizeHintForRow(row) for row in range(table.rowCount()))


def test_each_new_row_is_as_tall_as_its_wrapped_text(qtbot):
    table = MessagesTable()
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    table.add_message("12:00:01", "step.1", "short")
    table.add_message("12:00:02", "step.2", LONG)
    assert table.verticalHeader().sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents
    assert table.rowHeight(1) > table.rowHeight(0)  # wrapped over several lines
    assert _fits(table)


def test_rows_follow_the_text_column_when_the_table_gets_narrower(qtbot):
    table = MessagesTable()
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    for index in range(5):
        table.add_message(f"12:00:0{index}", f"step.{index}", LONG)
    wide = table.rowHeight(0)
    table.resize(420, 400)
    qtbot.waitUntil(lambda: table.rowHeight(0) > wide)
    assert _fits(table)
