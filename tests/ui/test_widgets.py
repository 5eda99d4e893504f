"""Shared widgets (reconui/ui/widgets.py): the floating alert strip."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from reconui.ui.widgets import AlertKind, AlertStrip


def test_an_alert_over_a_scroll_area_hides_nothing_under_it(qtbot):
    """The refused-start alert covered the job panel's error details; now the viewport ends above it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    content = QWidget()
    layout = QVBoxLayout(content)
    for n in range(30):
        layout.addWidget(QLabel(f"row {n}"))
    area.setWidget(content)
    qtbot.addWidget(area)
    area.resize(400, 300)
    area.show()
    alert = AlertStrip()
    alert.float_over(area)
    before = content.mapTo(area, QPoint(0, 0))
    alert.show_alert(AlertKind.ERROR, "The appliance rejected the request.", ["Retype the SSO password."])
    qtbot.waitUntil(lambda: area.viewport().geometry().bottom() < alert.geometry().top())
    assert content.mapTo(area, QPoint(0, 0)) == before  # nothing moved
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    last = layout.itemAt(layout.count() - 1).widget()
    assert last.mapTo(area, QPoint(0, last.height())).y() <= alert.geometry().top()
    alert.clear()
    qtbot.waitUntil(lambda: area.viewportMargins().bottom() == 0)
