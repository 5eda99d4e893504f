"""The window's menus and actions (reconui/ui/window_actions.py): copying, opening folders, on the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reconui.ui import window_actions as window_actions_module
from reconui.ui.widgets import AlertKind


def test_ctrl_c_in_the_messages_table_copies_rows_inside_the_main_window(harness_factory):
    h = harness_factory()
    table = h.window.job_panel.messages
    table.add_message("10:00:01", "a.id", "first")
    table.add_message("10:00:02", "b.id", "second")
    h.window.activateWindow()
    h.qtbot.waitUntil(lambda: QApplication.activeWindow() is h.window)  # window shortcuts need it
    table.setFocus()
    table.selectRow(1)
    QGuiApplication.clipboard().setText("unchanged")
    # Before: Edit → Copy and the table's own Ctrl+C were both active: "Ambiguous shortcut
    # overload", and nothing was copied.
    h.qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "10:00:02\tb.id\tsecond"


@pytest.mark.parametrize("opens", [True, False])
def test_open_log_folder_always_says_where_the_folder_is(harness_factory, monkeypatch, ui_home, opens):
    h = harness_factory()
    monkeypatch.setattr(window_actions_module.QDesktopServices, "openUrl", staticmethod(lambda _url: opens))
    h.window.log_action.trigger()
    folder = str(Path(ui_home))
    if opens:
        assert folder in h.window.statusBar().currentMessage()
    else:
        assert h.window.alert.isVisible() and h.window.alert.kind == AlertKind.WARNING
        assert folder in h.window.alert.headline.text()
