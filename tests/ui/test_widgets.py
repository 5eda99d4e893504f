"""Shared widgets (reconui/ui/widgets.py): the floating alert strip."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollArea, QTableWidget, QVBoxLayout, QWidget

from reconui.ui.widgets import AlertKind, AlertStrip, own_viewport


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


def _looks(area: QAbstractScrollArea) -> tuple[object, ...]:
    viewport = area.viewport()
    return (viewport.objectName(), viewport.backgroundRole(), viewport.autoFillBackground(), viewport.parent() is area)


def test_a_viewport_made_from_python_looks_like_qts_own(qtbot):
    """own_viewport saves PySide6's type lookup; the table stays white and the column transparent."""
    for make in (QTableWidget, QScrollArea):
        stock, own = make(), make()
        qtbot.addWidget(stock)
        qtbot.addWidget(own)
        expected = _looks(stock)
        made = own_viewport(own)
        assert own.viewport() is made
        assert _looks(own) == expected
