"""The pseudo-locale run: every text 40 % longer and marked, at 1024x700, left-to-right and right-to-left.

Two findings fail it, state by state (disconnected, connected with the pre-flight result, a running
job with messages, a failed job with its next step, the dialogs):

- **Cut or overlapping**: a one-line label or a button whose text is wider than the widget, a
  word-wrapped label taller than its room, a group title wider than its box, widgets of one layout
  on top of each other. Translations run long; this is where the window shows whether it copes.
- **Not translated**: a visible text without the pseudo mark is either a string nobody marked for
  translation or one translated at run time under another context than the one lupdate extracted
  (both are invisible in English). Data is allowed through: host names, ids, times, numbers,
  fingerprints, the appliance's own words, the language names of View → Language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pseudo_locale import compile_pseudo, is_pseudo
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from reconui.core.errors import CertificateChanged
from reconui.core.languages import LANGUAGES
from reconui.core.models import CertificateInfo
from reconui.ui.dialogs import LeaveRequest, StartSummary, leave_box, start_box
from reconui.ui.job_panel import JobState
from reconui.ui.main_window import MainWindow
from reconui.ui.trust_dialog import CertificateChangedDialog, TrustDialog
from reconui.ui.widgets import AlertStrip

SIZE = (1024, 700)

#: Texts that are data, not reconui's words (checked after the pseudo mark is looked for).
DATA = [
    re.compile(r"^[\s\d:.,%/—–\-+()·#\[\]…]*$"),  # numbers, times, percentages, dashes
    re.compile(r"^(UTC|[A-Z]{2,5}|[+-]\d{4})$"),
]
#: Tokens that are data inside a text (removed before looking for words).
DATA_TOKENS = re.compile(
    r"\w+://\S+"                            # URLs
    r"|\S+@\S+"                            # user names (administrator@vsphere.local)
    r"|(?:[0-9A-F]{2}:){3,}[0-9A-F]{2}…?"   # fingerprints
    r"|[\w-]+(?:\.[\w-]+)+(?::\d+)?"        # host names, addresses, message ids, versions
    r"|/\S*"                               # paths, /api
    r"|\b[A-Z]{2,5}\b"                      # zone abbreviations, SSO, TLS
    r"|\b\d[\w:.,]*"                        # numbers, times
)
#: A line of the appliance's own message, as the error details list it: its text, then ``[its.id]``.
APPLIANCE_LINE = re.compile(r"\[[\w-]+(?:\.[\w-]+)+\]\s*$")
#: The language names of View → Language: each in its own language on purpose.
NATIVE_NAMES = {language.native for language in LANGUAGES}
#: What the simulator (the appliance) says about itself; shown as it sends it.
APPLIANCE_WORDS = {"VMware vCenter Server", "vCenter Server with an embedded Platform Services Controller",
                   "reconui"}


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft], ids=["ltr", "rtl"])
def pseudo_app(request: pytest.FixtureRequest, qapp: QApplication, pseudo_qm: Path) -> Iterator[QApplication]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    qapp.setLayoutDirection(request.param)
    yield qapp
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.removeTranslator(translator)


# --- what is on screen --------------------------------------------------------------------------


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    path = []
    while widget is not None and len(path) < 4:
        path.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(path))


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def _label_cut(label: QLabel) -> str | None:
    text = label.text()
    room = label.contentsRect()
    room_w = room.width() - 2 * label.margin()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(room_w)
            return "taller than its room" if doc.size().height() > room.height() + 2 else None
        return "wider than its room" if doc.idealWidth() > room_w + 1 else None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return f"needs {needed} px height, has {label.height()}" if needed > label.height() + 1 else None
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(_plain(line)) for line in text.split("\n"))
    return f"needs {widest} px, has {room_w}" if widest > room_w else None


def layout_problems(root: QWidget) -> list[str]:
    """Cut texts and overlapping widgets under ``root``."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            why = _label_cut(widget)
            if why and not (widget.toolTip() and "…" in widget.text()):  # an elided text with a tooltip is fine
                problems.append(f"label {_name(widget)} cut ({why}): {widget.text()[:80]!r}")
        elif isinstance(widget, QPushButton | QCheckBox) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"button {_name(widget)} cut (needs {widget.sizeHint().width()} px, has "
                                f"{widget.width()}): {widget.text()[:60]!r}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(_plain(widget.title())) + 16
            if needed > widget.width():
                problems.append(f"group title {_name(widget)} cut: {widget.title()[:60]!r}")
        layout = widget.layout()
        if layout is None:
            continue
        children = [layout.itemAt(i).widget() for i in range(layout.count())]
        placed = [c for c in children if c is not None and _shown(c) and not isinstance(c, AlertStrip)]
        for i, first in enumerate(placed):
            for second in placed[i + 1:]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible text under ``root`` that reconui could have translated."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if widget.objectName() in ("messagesTable",) or type(widget).__name__ == "MessagesTable":
            continue  # the appliance's messages: its own words (localized by it, or its English)
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            yield _name(widget), widget.text()
        elif isinstance(widget, QAbstractButton):
            box = widget.parentWidget()
            standard = box.standardButton(widget) if isinstance(box, QDialogButtonBox) else None
            if standard not in (None, QDialogButtonBox.StandardButton.NoButton):
                continue  # Qt's own words ("Cancel"), from qtbase_<lang>.qm (test_language.py checks those)
            yield _name(widget), widget.text()
        elif isinstance(widget, QGroupBox):
            yield _name(widget), widget.title()
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield _name(widget) + " placeholder", widget.placeholderText()
        if widget.toolTip():
            yield _name(widget) + " tooltip", widget.toolTip()


def _menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for action in window.menuBar().actions():
        yield "menu", action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            for entry in menu.actions():
                sub = entry.menu()
                yield f"menu {action.text()}", entry.text()
                if isinstance(sub, QMenu):
                    yield from ((f"menu {entry.text()}", e.text()) for e in sub.actions())


def _is_data(text: str) -> bool:
    text = re.sub(r"<[^>]*>", " ", text).strip()
    if not text or text in NATIVE_NAMES or text in APPLIANCE_WORDS:
        return True
    if any(pattern.match(text) for pattern in DATA):
        return True
    rest = DATA_TOKENS.sub(" ", text)
    return not re.search(r"[^\W\d_]{2,}", rest)


def untranslated(texts: Iterator[tuple[str, str]], data: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Texts that are neither pseudo-translated nor data."""
    found = []
    for where, text in texts:
        for line in text.split("\n"):
            if not line or is_pseudo(line) or _is_data(line) or line.strip() in data or APPLIANCE_LINE.search(line):
                continue
            found.append(f"{where}: {line[:90]!r}")
    return found


def check(root: QWidget, state: str, data: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    QApplication.processEvents()
    items = [f"[{state}] {p}" for p in layout_problems(root)]
    if isinstance(root, MainWindow) and (root.width(), root.height()) != SIZE:
        items.append(f"[{state}] the window grew to {root.width()}x{root.height()} (its content needs more than "
                     f"{SIZE[0]}x{SIZE[1]})")
    texts = _texts(root)
    if isinstance(root, MainWindow):
        texts = iter([*texts, *_menu_texts(root)])
    items += [f"[{state}] not translated: {t}" for t in untranslated(texts, data)]
    return items


def _cert(days: int = 30) -> CertificateInfo:
    now = datetime.now(timezone.utc)
    return CertificateInfo(subject="CN=vcsa01.example.com", issuer="CN=vcsa01.example.com",
                           sans=("vcsa01.example.com",), not_before=now - timedelta(days=1),
                           not_after=now + timedelta(days=days), sha256=":".join(["AB"] * 32),
                           sha1=":".join(["CD"] * 20), serial="01:02", pem="", self_signed=True)


# --- the run ------------------------------------------------------------------------------------


def _sized(h) -> MainWindow:  # type: ignore[no-untyped-def]
    window = h.window
    window.resize(*SIZE)
    QApplication.processEvents()
    assert (window.width(), window.height()) == SIZE, "the window does not fit 1024x700"
    return window


def test_the_window_in_a_long_language_cuts_nothing(pseudo_app, harness_factory, simulator_factory,
                                                   qtbot):  # type: ignore[no-untyped-def]
    problems: list[str] = []
    running = simulator_factory(duration=30.0)
    h = harness_factory(trust_choice="once", demo_launcher=lambda: None)
    window = _sized(h)
    data = {running.config.user, running.config.sso_user}
    problems += check(window, "disconnected", data)

    h.fill(running)
    h.connect()
    problems += check(window, "connected, pre-flight", data)

    window.preflight_panel.start_button.click()
    h.wait_job(JobState.RUNNING)
    qtbot.waitUntil(lambda: window.job_panel.messages.rowCount() >= 2, timeout=15000)
    problems += check(window, "running job", data)
    window.job_panel.stop_button.click()
    h.wait_idle()

    failing = simulator_factory(scenario="fail")
    f = harness_factory(trust_choice="once")
    window = _sized(f)
    f.fill(failing)
    f.connect()
    window.preflight_panel.start_button.click()
    f.wait_job(JobState.FAILED)
    f.wait_idle()
    problems += check(window, "failed job", data)

    # The views of the past runs and of the pins, with the runs above in them.
    window.session_pins.clear()
    window.pins.remember("vcsa01.example.com:443", ":".join(["AB"] * 32))
    for name, dialog in (("history", window.show_history()), ("trusted certificates",
                                                               window.show_trusted_certificates())):
        qtbot.waitExposed(dialog)
        problems += check(dialog, name, data)
        dialog.close()

    assert problems == [], "\n".join(problems)


def test_the_dialogs_in_a_long_language_cut_nothing(pseudo_app, qtbot):  # type: ignore[no-untyped-def]
    problems: list[str] = []
    cert = _cert()
    for name, dialog in [
        ("trust", TrustDialog(cert, "vcsa01.example.com:443")),
        ("name mismatch", TrustDialog(cert, "10.0.0.5:443", name_mismatch=True)),
        ("certificate changed", CertificateChangedDialog(cert, ":".join(["EF"] * 32), "vcsa01.example.com:443")),
        ("start", start_box(None, StartSummary("vcsa01.example.com:443", "administrator@vsphere.local", True,
                                               again=True, unreachable_partners=("vc03.example.com",)))[0]),
        ("leave", leave_box(None, LeaveRequest.DISCONNECT)[0]),
    ]:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += check(dialog, name)
        dialog.close()
    assert CertificateChanged  # the dialog above is what the hard stop shows
    assert problems == [], "\n".join(problems)


def test_the_checks_see_a_cut_label_and_an_unmarked_text(qapp, qtbot):  # type: ignore[no-untyped-def]
    """The two checks themselves: a test that cannot fail proves nothing."""
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("an English sentence that nobody marked and that is far too long for its room", box)
    label.setGeometry(QRect(0, 0, 60, 20))
    box.show()
    qtbot.waitExposed(box)
    found = check(box, "probe")
    assert any("cut" in p for p in found) and any("not translated" in p for p in found)
    label.setText("⟦Ŝţŕéţçĥ⟧")
    label.adjustSize()
    assert check(box, "probe") == []
