"""The Enhanced Linked Mode partners as pre-flight read them: reachable, replicating, change lag.

One row per node → partner pair, as the appliance reports them. An unreachable partner is marked
in words (never colour alone) and named in the summary line, because it decides whether "Ignore
warnings" is safe: reconciliation then goes on without it and changes made after the backup on this
node are lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconui.core.check_texts import partner_check_text
from reconui.core.models import PartnerCheck
from reconui.ui.i18n import check_text, translate
from reconui.ui.widgets import selectable_label


class PartnerList(QWidget):
    """A summary sentence and a compact table of the replication rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = selectable_label(name="partnerSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("partnerTable")
        self.table.setAccessibleName(translate("PartnerList", "Linked-mode partners"))
        self.table.setHorizontalHeaderLabels([translate("PartnerList", "Node"), translate("PartnerList", "Partner"),
                                              translate("PartnerList", "Reachable"),
                                              translate("PartnerList", "Replicating"),
                                              translate("PartnerList", "Change lag")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # One text line per row: the table sits in the pre-flight panel and must stay compact.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 6)
        header = self.table.horizontalHeader()
        # Names share the width (elided, the full name in the tooltip); the short columns fit their
        # text. No scroll bars: at 1024 px a horizontal one would hide the last row.
        for column in range(5):
            mode = QHeaderView.ResizeMode.Stretch if column < 2 else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        self.check: PartnerCheck | None = None
        self.clear()

    def clear(self) -> None:
        self.check = None
        self.summary.setText(translate("PartnerList", "— (connect first)"))
        self.table.setRowCount(0)
        self.table.hide()

    @property
    def unreachable(self) -> tuple[str, ...]:
        return self.check.unreachable if self.check is not None else ()

    def show_check(self, check: PartnerCheck | None) -> None:
        self.check = check
        if check is None:
            #: Translators: a table cell: the partner status could not be read
            self.summary.setText(translate("PartnerList", "unknown"))
            self.table.hide()
            return
        code, params = partner_check_text(check)
        text = check_text(code, params)
        self.summary.setText(("⚠ " + text) if check.unreachable else text)
        self.table.setRowCount(0)
        for row in check.rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            #: Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
            reachable = translate("PartnerList", "yes") if row.partner_available else translate("PartnerList", "✖ NO")
            if row.replicating is None:
                replicating = translate("PartnerList", "unknown")
            else:
                #: Translators: a table cell answering “Replicating?”
                replicating = translate("PartnerList", "yes") if row.replicating else translate("PartnerList", "no")
            lag = "—" if row.change_lag is None else translate("PartnerList", "%n change(s)", None, row.change_lag)
            for column, value in enumerate((row.node, row.partner, reachable, replicating, lag)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(index, column, item)
        self.table.setVisible(bool(check.rows))
        # No inner scrolling for a handful of rows: the table is as tall as its rows.
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)
