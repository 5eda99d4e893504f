"""UI texts for every engine error code (reconui/ui/messages.py) and the copyable messages table."""

from __future__ import annotations

import string

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reconui.core.error_texts import ERROR_TEXTS, error_sentence
from reconui.core.errors import FeatureInUse
from reconui.core.models import LocalizableMessage
from reconui.ui.messages import UI_ERROR_TEXTS, error_text, fill, server_message_lines
from reconui.ui.widgets import MessagesTable


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_error_code_has_a_ui_text_with_the_same_placeholders():
    assert set(ERROR_TEXTS) <= set(UI_ERROR_TEXTS)
    for code, template in ERROR_TEXTS.items():
        assert _placeholders(UI_ERROR_TEXTS[code]) == _placeholders(template), code


def test_ui_texts_match_the_engine_catalog_in_english(qapp):
    params = {"host": "h", "port": "1", "status": "503", "seconds": "5", "reason": "r", "proxy": "p",
              "sha256": "AA", "pinned": "BB", "minutes": "30", "value": "v", "path": "/p"}
    for code in ERROR_TEXTS:
        assert error_text(code, params) == error_sentence(code, params), code


def test_broken_template_never_raises():
    assert fill("{host} {", {"host": "x"}) == "{host} {"
    assert fill("{missing}", {}) == "{missing}"


def test_server_messages_show_their_ids(qapp):
    error = FeatureInUse(http_status=400, body=None)
    assert error_text(error.code, error.params).startswith("The appliance is busy")
    msgs = (LocalizableMessage(id="com.vmware.x", default_message="Busy."),)
    assert server_message_lines(msgs, lambda m: m.default_message) == ["Busy. [com.vmware.x]"]


def test_messages_table_copies_selected_rows(qtbot):
    table = MessagesTable()
    qtbot.addWidget(table)
    table.add_message("10:00:01", "a.id", "first")
    table.add_message("10:00:02", "b.id", "second")
    table.selectRow(1)
    assert table.copy_selection() == "10:00:02\tb.id\tsecond"
    assert QGuiApplication.clipboard().text() == "10:00:02\tb.id\tsecond"
    table.show()
    qtbot.waitExposed(table)
    table.setFocus()
    table.selectRow(0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "10:00:01\ta.id\tfirst"
    menu = table.context_menu()
    assert [a.text() for a in menu.actions()] == ["Copy", "Copy all"]
    assert table.copy_all().count("\n") == 1


def test_the_windows_next_steps_are_the_cores_table_translated(qapp):
    """One table of next steps (core); the GUI repeats it only to mark it for translation."""
    from reconui.core.next_steps import NEXT_STEPS, next_step_text
    from reconui.ui.messages import UI_NEXT_STEPS
    from reconui.ui.messages import next_step_text as ui_next_step_text

    assert set(UI_NEXT_STEPS) == set(NEXT_STEPS)
    params = {"names": "vcsa01.example.com"}
    for key in NEXT_STEPS:
        assert _placeholders(UI_NEXT_STEPS[key]) == _placeholders(NEXT_STEPS[key]), key
        assert ui_next_step_text(key, params) == next_step_text(key, params), key
