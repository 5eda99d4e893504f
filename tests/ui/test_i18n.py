"""The window's translations (reconui/ui/i18n.py): catalog phrases shown translated, and the messages table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from reconui.core import wire
from reconui.core.error_texts import error_sentence as english_error_sentence
from reconui.core.errors import FeatureInUse, ProtocolError
from reconui.core.models import LocalizableMessage
from reconui.ui.i18n import check_text, error_sentence, error_text, next_step_for_error, server_message_lines
from reconui.ui.widgets import MessagesTable


class MarkingTranslator(QTranslator):
    """Translates every text of the given contexts to ``«text»``: shows which catalog was looked up."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context not in self.contexts:
            return ""  # no translation: Qt keeps the source text
        return "«" + source.replace("%n", str(n)) + "»"


@pytest.fixture
def marked(qapp):
    translator = MarkingTranslator({"Errors", "Reasons", "NextSteps", "Checks", "JobPanel"})
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_without_a_translation_the_window_shows_the_cores_english(qapp):
    params = {"host": "h", "port": "1", "status": "503", "seconds": "5", "reason": "r", "proxy": "p",
              "sha256": "AA", "pinned": "BB", "minutes": "30", "value": "v", "path": "/p"}
    from reconui.core.error_texts import ERROR_TEXTS

    for code in ERROR_TEXTS:
        assert error_text(code, params) == english_error_sentence(code, params), code


def test_an_error_and_its_engine_reason_are_shown_in_the_translation(marked):
    with pytest.raises(ProtocolError) as caught:
        wire.parse_job_info([])
    error = caught.value
    # English for the CLI and the log, from the same catalog entries.
    assert error.sentence == ("The appliance's answer did not have the expected form: "
                              "the answer must be an object, got array")
    # The window: the sentence, the reason inside it and the name inside the reason, each translated.
    assert error_sentence(error) == ("«The appliance's answer did not have the expected form: "
                                     "««the answer» must be an object, got array»»")


def test_next_steps_and_check_texts_are_translated_by_their_context(marked):
    assert next_step_for_error(FeatureInUse(http_status=400)).startswith("«Wait for the running backup")
    assert check_text("partners_ok", {"count": "3"}) == "«3 replication link(s), every partner reachable.»"
    assert check_text("health_green", {"name": "system"}) == "«Health of system: green.»"


def test_a_widget_shows_its_strings_translated_in_its_own_context(marked, qtbot):
    from reconui.core.render import MessageRenderer
    from reconui.ui.job_panel import JobPanel

    panel = JobPanel(MessageRenderer().render)
    qtbot.addWidget(panel)
    panel.reset()
    assert panel.badge.text() == "«NOT STARTED»"
    assert panel.detail.text() == "«No job is being watched.»"


def test_broken_translation_never_raises(qapp):
    from reconui.core.phrases import fill

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
    # Not selectRow(): it follows Qt's keyboard-modifier state, and after the whole suite Ctrl may still
    # count as held there (it then adds row 0 to the selection even after clearSelection()).
    table.selectionModel().select(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "10:00:01\ta.id\tfirst"
    menu = table.context_menu()
    assert [a.text() for a in menu.actions()] == ["Copy", "Copy all"]
    assert table.copy_all().count("\n") == 1


#: Qt calls whose text arguments a user reads.
_TEXT_SETTERS = {"setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
                 "setAccessibleDescription", "setStatusTip", "setTitle", "showMessage", "addMenu", "addItem",
                 "addRow", "addButton", "setFormat", "show_alert", "set_state", "QLabel", "QPushButton",
                 "QAction", "QCheckBox", "QGroupBox", "QRadioButton", "QToolButton", "selectable_label"}
#: Literal texts that are no words of a language (a URL example, the program's name).
_NOT_WORDS = {"http://proxy.example.com:3128", "reconui", "—", "–", "?"}


def test_no_window_text_is_a_bare_literal() -> None:
    """Every text handed to a widget goes through translate(): a bare literal would stay English."""
    import ast
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    found = []
    for path in sorted((root / "reconui" / "ui").glob("*.py")):
        if path.name == "resources_rc.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name not in _TEXT_SETTERS:
                continue
            for arg in node.args:
                texts = [arg] if isinstance(arg, ast.Constant) else [
                    v for v in getattr(arg, "values", []) if isinstance(v, ast.Constant)]  # f-strings
                for text in texts:
                    words = re.sub(r"<[^>]*>", "", text.value) if isinstance(text.value, str) else ""
                    if any(c.isalpha() for c in words) and text.value not in _NOT_WORDS:
                        found.append(f"{path.name}:{node.lineno}: {name}({text.value!r})")
    assert found == []
