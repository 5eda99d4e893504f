"""Small shared widgets: the status badge, the alert strip, the copyable messages table.

Colours: each badge paints its own dark, saturated background with white text, so it reads the same
on light and dark schemes (contrast ≥ 4.5:1 either way), and it always carries a word, never colour
alone. Everything else uses palette roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reconui.ui.i18n import translate
from reconui.ui.icons import icon


class BadgeKind(str, Enum):
    NEUTRAL = "neutral"
    ACTIVE = "active"
    WAITING = "waiting"
    SUCCESS = "success"
    FAILURE = "failure"


#: Background colours chosen for white text: each keeps ≥ 4.5:1 contrast and is readable on light and
#: dark window backgrounds alike.
BADGE_COLOURS: dict[BadgeKind, str] = {
    BadgeKind.NEUTRAL: "#5e5c64",
    BadgeKind.ACTIVE: "#1a5fb4",
    BadgeKind.WAITING: "#8f5b00",
    BadgeKind.SUCCESS: "#1e7b34",
    BadgeKind.FAILURE: "#b3261e",
}


class StatusBadge(QLabel):
    """A coloured pill with a word in it: RUNNING, SUCCEEDED, FAILED …"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.kind = BadgeKind.NEUTRAL
        self.set_state(BadgeKind.NEUTRAL, translate("StatusBadge", "NOT STARTED"))

    def set_state(self, kind: BadgeKind, text: str) -> None:
        # Called on every job update with the same state: a new style sheet re-polishes the badge
        # (style sheet parse, font and size recomputed, parent layout invalidated) on the GUI thread.
        style = (f"QLabel#statusBadge {{ background-color: {BADGE_COLOURS[kind]}; color: #ffffff;"
                 " border-radius: 0.5em; padding: 0.25em 0.8em; }")
        self.kind = kind
        self.setText(text)
        self.setAccessibleName(translate("StatusBadge", "Job status: {status}").format(status=text))
        if style != self.styleSheet():
            self.setStyleSheet(style)


class AlertKind(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_ALERT_EDGE = {AlertKind.INFO: "#1a5fb4", AlertKind.WARNING: "#b26b00", AlertKind.ERROR: "#b3261e"}


class AlertStrip(QFrame):
    """A dismissable strip above the work area for connection and start problems.

    Shows a headline sentence and, below it, the appliance's own messages with their ids.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._icon)
        text_box = QVBoxLayout()
        self.headline = QLabel()
        self.headline.setObjectName("alertHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        bold = self.headline.font()
        bold.setBold(True)
        self.headline.setFont(bold)
        self.details = QLabel()
        self.details.setObjectName("alertDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        show_keyboard_focus(self.headline)
        show_keyboard_focus(self.details)
        text_box.addWidget(self.headline)
        text_box.addWidget(self.details)
        layout.addLayout(text_box, 1)
        self.close_button = QToolButton()
        self.close_button.setObjectName("alertCloseButton")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("AlertStrip", "Dismiss"))
        self.close_button.setAccessibleName(translate("AlertStrip", "Dismiss this message"))
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = AlertKind.INFO
        self.hide()

    def float_over(self, area: QWidget) -> None:
        """Float over the bottom edge of ``area`` instead of taking a row in a layout.

        An alert that appears (or goes) must not push the forms around under the user's mouse, and
        a row reserved for it would be empty most of the time. Floating, it covers the bottom of
        ``area`` (the job panel's lower part) until it is dismissed or the next step clears it.
        """
        self.setParent(area)
        self._area = area
        area.installEventFilter(self)
        self.setAutoFillBackground(True)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "_area", None) and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = getattr(self, "_area", None)
        if area is None:
            return
        margin = 8
        width = max(100, area.width() - 2 * margin)
        layout = self.layout()
        height = (layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth()
                  else self.sizeHint().height())
        height = min(height, area.height() // 2)
        self.setGeometry(margin, area.height() - height - margin, width, height)
        self.raise_()
        self._reserve(height + 2 * margin if self.isVisibleTo(area) else 0)

    def _reserve(self, bottom: int) -> None:
        """Over a scroll area, the alert's band is taken off the viewport: nothing is hidden under it.

        The content stays where it is (the forms do not move); only the scrollable part ends above
        the alert, so the job panel's last rows and buttons can still be scrolled into view.
        """
        area = getattr(self, "_area", None)
        if isinstance(area, QAbstractScrollArea) and area.viewportMargins().bottom() != bottom:
            area.setViewportMargins(0, 0, 0, bottom)

    def show_alert(self, kind: AlertKind, headline: str, details: Sequence[str] = ()) -> None:
        self.kind = kind
        name = {AlertKind.INFO: "info", AlertKind.WARNING: "warning", AlertKind.ERROR: "warning"}[kind]
        size = self.fontMetrics().height() * 3 // 2
        self._icon.setPixmap(icon(name).pixmap(size, size))
        self.setStyleSheet(
            f"QFrame#alertStrip {{ border: 1px solid palette(mid); border-left: 0.4em solid {_ALERT_EDGE[kind]};"
            " border-radius: 3px; background: palette(base); }"
        )
        self.headline.setText(headline)
        self.details.setText("\n".join(details))
        self.details.setVisible(bool(details))
        self.setAccessibleName(headline)
        self.show()
        self._place()

    def clear(self) -> None:
        self.headline.clear()
        self.details.clear()
        self.hide()
        self._reserve(0)


class MessageKind(str, Enum):
    """What a row of the messages table is: the appliance's message, or reconui's own note."""

    MESSAGE = "message"
    WARNING = "warning"
    OUTAGE = "outage"
    BACK = "back"
    RELOGIN = "relogin"


_KIND_ICONS = {MessageKind.MESSAGE: "", MessageKind.WARNING: "warning", MessageKind.OUTAGE: "warning",
               MessageKind.BACK: "info", MessageKind.RELOGIN: "info"}


class MessagesTable(QTableWidget):
    """The job's messages (time seen, id, text); rows copy as tab-separated text.

    Ctrl+C copies the selected rows, and the context menu offers "Copy" and "Copy all".
    """

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        own_viewport(self)  # its resizeEvent reads the viewport's width at the first show
        self.setObjectName("messagesTable")
        # The focus frame is painted in event() below, not by a style sheet: a style sheet on the
        # table puts every cell, header section and scroll bar through Qt's style-sheet style, and
        # the styled table is not opaque, so each new row repainted the table and everything behind
        # it (docs/PERFORMANCE.md, round 4). A plain 1-pixel box has the style sheet's geometry
        # (frame width 1) in every style.
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setLineWidth(1)
        self.setHorizontalHeaderLabels([translate("MessagesTable", "Seen"), translate("MessagesTable", "Message id"),
                                        translate("MessagesTable", "Message")])
        self.setAccessibleName(translate("MessagesTable", "Job messages"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        # Rows follow the text column's width: a wrapped message is never cut off, even after the
        # window or the splitter is resized. Not with the vertical header's ResizeToContents: that
        # re-measures every row's wrapped text on each new row (24 ms per row at 50 rows, on the GUI
        # thread, growing with the job; docs/PERFORMANCE.md). A new row is fitted alone
        # (add_message); all rows only when the text column's width changes.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.resizeRowsToContents)
        # New rows are shown once the view has placed them (see add_message). A QTimer object, not
        # QTimer.singleShot(0): Qt 6 turns the latter into a queued call, which runs before the
        # view's own zero-timers and before the pending paint.
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(0)
        self._reveal.timeout.connect(self._show_new_rows)
        header = self.horizontalHeader()
        header.sectionResized.connect(self._on_section_resized)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(1, self.fontMetrics().horizontalAdvance("x" * 28))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        # The shortcut is only displayed in the context menu; the action is deliberately not added to
        # the table. Added, its Ctrl+C clashed with the main window's Edit → Copy ("Ambiguous shortcut
        # overload") and neither fired. Ctrl+C reaches keyPressEvent (standalone) or Edit → Copy.
        self.copy_action = QAction(icon("copy"), translate("MessagesTable", "Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.copy_all_action = QAction(translate("MessagesTable", "Copy all"), self)
        self.copy_all_action.triggered.connect(self.copy_all)

    def event(self, event: QEvent) -> bool:
        """The table's own paint (its frame; the cells are the viewport's) gets the focus frame on top.

        An empty table draws no focus frame in most styles, so the edge shows where the keyboard
        focus is: Mid at rest, Highlight while the table has the focus (as the style sheet did).
        The focus change itself repaints the table (QWidget.focusInEvent / focusOutEvent).
        """
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint:
            painter = QPainter(self)
            role = QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
            painter.setPen(self.palette().color(role))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.end()
        return handled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QAbstractItemView copies only the current cell on Ctrl+C (Qt 6.x); a support engineer wants
        # whole rows (time, id, text).
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def add_message(self, seen: str, message_id: str, text: str, *, kind: MessageKind = MessageKind.MESSAGE) -> None:
        """Append a row. Outages, re-logins and warnings are rows of their own, with an icon.

        The rows' area is painted once per burst of new rows, after the view has placed them: an
        insert repaints it at once and QTableView's row-resize timer repaints it whole again a turn
        later (the scroll bar is at its end), two full paints per new row (docs/PERFORMANCE.md, round 4).
        Its updates are off until ``_show_new_rows``, which also scrolls to the newest message.
        """
        self.viewport().setUpdatesEnabled(False)
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate((seen, message_id, text)):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.setItem(row, column, item)
        name = _KIND_ICONS[kind]
        first = self.item(row, 0)
        if name and first is not None:
            first.setIcon(icon(name))
        self.resizeRowToContents(row)
        self._apply_filter(row)
        self._reveal.start()

    def _show_new_rows(self) -> None:
        """After the view's own timers: the rows have their wrapped heights and the scroll range its end."""
        self.viewport().setUpdatesEnabled(True)  # repaints the rows' area, once
        self.scrollToBottom()

    def set_time_header(self, text: str) -> None:
        """The time column says which zone its times are in."""
        self.setHorizontalHeaderItem(0, QTableWidgetItem(text))

    def rows(self) -> list[tuple[str, str, str, MessageKind]]:
        """Every row as (time, id, text, kind)."""
        out = []
        for row in range(self.rowCount()):
            cells = [self._cell_text(row, c) for c in range(3)]
            first = self.item(row, 0)
            kind = MessageKind((first.data(Qt.ItemDataRole.UserRole) if first is not None else None)
                               or MessageKind.MESSAGE.value)
            out.append((cells[0], cells[1], cells[2], kind))
        return out

    def _cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def set_filter(self, text: str) -> None:
        """Show only the rows whose id or text contains ``text`` (case-insensitive)."""
        self._filter = text.strip().casefold()
        for row in range(self.rowCount()):
            self._apply_filter(row)

    def _apply_filter(self, row: int) -> None:
        needle = getattr(self, "_filter", "")
        if not needle:
            self.setRowHidden(row, False)
            return
        haystack = " ".join(self._cell_text(row, c) for c in (1, 2)).casefold()
        self.setRowHidden(row, needle not in haystack)

    def sizeHint(self) -> QSize:
        """No more height than the minimum: the table takes the room its layout gives it (stretch).

        The scroll area of the window's right column sizes its content by the preferred heights;
        a table asking for more than its minimum would make the column scroll where it would fit.
        """
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), self.minimumSizeHint().height()))

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 2:  # the wrapped text's width: every row's height may change (once per resize burst)
            self._refit.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The id column never takes the message text's room: at most a quarter of the width.

        Ids are long and the same words for every appliance; the text is what the admin reads, at
        100 % and at 200 % alike. The full id is in the cell's tooltip and in every copy.
        """
        super().resizeEvent(event)
        wanted = self.fontMetrics().horizontalAdvance("x" * 28)
        self.setColumnWidth(1, max(self.fontMetrics().horizontalAdvance("x" * 8),
                                   min(wanted, self.viewport().width() // 4)))

    def rows_text(self, rows: Sequence[int]) -> str:
        lines = []
        for row in rows:
            cells = [self._cell_text(row, c) for c in range(self.columnCount())]
            lines.append("\t".join(cells))
        return "\n".join(lines)

    def copy_selection(self) -> str:
        rows = sorted({index.row() for index in self.selectedIndexes() if not self.isRowHidden(index.row())})
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        text = self.rows_text(rows)
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.emit(text)
        return text

    def copy_all(self) -> str:
        text = self.rows_text(range(self.rowCount()))
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.emit(text)
        return text

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addAction(self.copy_all_action)
        return menu

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()  # one menu per right-click; do not let them pile up as children


#: A label that takes the keyboard focus (to select and copy its text) draws no focus frame of its
#: own; this dashed frame in the highlight colour shows where the focus is. The transparent frame
#: at rest keeps the text from moving when the focus arrives.
FOCUS_FRAME_STYLE = ("QLabel { border: 1px solid transparent; border-radius: 2px; }"
                     " QLabel:focus { border: 1px dashed palette(highlight); }")


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give a scroll area (or a table) a viewport made from Python; returns it.

    The viewport Qt creates by itself has no Python wrapper yet: the first time Python sees it
    (``viewport()``, an event filter on it), PySide6 resolves its type by loading every QWidget
    subclass of QtWidgets with their enums, about 25 ms of the start-up for a widget the window
    never needed as anything but a QWidget. A viewport created here is known from the start; it
    gets what Qt gives its own (name, background role, fill), so nothing looks different.
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    # QAbstractScrollArea's own viewport paints the Base colour (a table's white); QScrollArea's none.
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole if isinstance(area, QScrollArea) else QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
    return viewport


def column_scroll_area(name: str, content: QWidget) -> QScrollArea:
    """A frameless, resizing scroll area for one of the window's columns (no tab stop of its own)."""
    area = QScrollArea()
    area.setObjectName(name)
    own_viewport(area)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a tab stop without a frame
    return area


def show_keyboard_focus(label: QLabel) -> None:
    """Give a keyboard-selectable label a visible focus indicator."""
    if not label.styleSheet():
        label.setStyleSheet(FOCUS_FRAME_STYLE)


class SelectableLabel(QLabel):
    """A QLabel whose height for a width is measured once per text, font, margins and width.

    A selectable label lays its text out in a QTextDocument, and Qt's QLabel.heightForWidth lays
    that document out twice for every question (at the width asked, then back at its own width,
    which also repaints the label). The layouts ask each label again whenever any widget of the
    panel changed (a new status text every job update): the window spent a quarter of its GUI-thread
    instructions of a job there, and repainted labels that had not changed (docs/PERFORMANCE.md,
    round 4). The answer depends only on what is in the key; anything else reaches Qt.
    """

    #: Widths remembered for one text (a window resize asks a few dozen; then they start again).
    _HFW_WIDTHS = 32
    _hfw_key: tuple[object, ...] = ()
    _hfw_heights: dict[int, int] | None = None

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        key = (self.text(), self.font().key(), self.margin(), self.indent(), margins.left(), margins.top(),
               margins.right(), margins.bottom(), self.wordWrap(), self.textFormat())
        heights = self._hfw_heights
        if heights is None or self._hfw_key != key or len(heights) >= self._HFW_WIDTHS:
            heights = self._hfw_heights = {}
            self._hfw_key = key
        height = heights.get(width)
        if height is None:
            height = heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        """A font, style or screen change the key may not show (a new DPI) measures everything again."""
        self._hfw_heights = None
        super().changeEvent(event)


def selectable_label(text: str = "", parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """A word-wrapped label the user can select and copy with mouse or keyboard."""
    label = SelectableLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    show_keyboard_focus(label)
    if name:
        label.setObjectName(name)
    return label
