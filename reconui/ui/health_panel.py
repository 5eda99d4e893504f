"""Step 5: is the appliance healthy now? The verdict after a SUCCEEDED reconciliation job.

A badge with a word (HEALTHY, NEEDS ATTENTION, NOT CHECKED, CHECKING), the verdict's sentence, what
is still starting while the services settle (with the time the checks stop at the latest), and every
finding: what was checked, its state, what it says and what to do next, and a service's own health
messages rendered like any appliance message. The sentences are the engine's (one catalog), shown
through Qt's translation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconui.core.models import LocalizableMessage
from reconui.ui.i18n import check_text, server_message_lines, translate, translated
from reconui.ui.icons import icon
from reconui.ui.widgets import BadgeKind, StatusBadge, selectable_label

if TYPE_CHECKING:  # loaded with the first event (the panel is empty until then)
    from reconui.core import health
    from reconui.core.events import Event, HealthChecked


def _status_symbol(status: str) -> str:
    from reconui.core import health

    return {
        health.PROBLEM: "✖",
        health.PENDING: "⟳",
        health.UNCHECKED: "?",
        health.ABSENT: "–",
        health.OK: "✔",
    }.get(status, "")


class HealthPanel(QGroupBox):
    """Shows :class:`HealthChecked` rounds and the final :class:`HealthVerdictReached`.

    Signals: stop_requested() — stop re-checking (the verdict then says it was not settled).
    """

    stop_requested = Signal()

    def __init__(self, render: Callable[[LocalizableMessage], str], parent: QWidget | None = None) -> None:
        super().__init__(translate("HealthPanel", "5. Health after reconciliation"), parent)
        self.setObjectName("healthPanel")
        self._render = render
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.badge = StatusBadge()  # keeps its object name: the badge's style sheet selects on it
        top.addWidget(self.badge)
        self.headline = selectable_label(name="healthHeadline")
        top.addWidget(self.headline, 1)
        outer.addLayout(top)
        self.pending_label = selectable_label(name="healthPending")
        outer.addWidget(self.pending_label)
        self.findings = QTableWidget(0, 3)
        self.findings.setObjectName("healthFindings")
        self.findings.setAccessibleName(translate("HealthPanel", "Health findings"))
        self.findings.setHorizontalHeaderLabels([translate("HealthPanel", "Checked"),
                                                 translate("HealthPanel", "State"),
                                                 translate("HealthPanel", "What it says, what to do")])
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.setWordWrap(True)
        self.findings.verticalHeader().setVisible(False)
        self.findings.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.findings)
        self.fine_label = selectable_label(name="healthFine")
        outer.addWidget(self.fine_label)
        # No mnemonic: every letter of it is taken by a label or button visible at the same time.
        self.stop_button = QPushButton(icon("stop"), translate("HealthPanel", "Stop checking"))
        self.stop_button.setObjectName("stopHealthButton")
        self.stop_button.setToolTip(translate("HealthPanel", "Stop re-checking while services are still starting. The "
                                                             "job's result stays as it is; the health is then reported "
                                                             "as not checked."))
        self.stop_button.clicked.connect(self.stop_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.verdict: health.HealthVerdict | None = None
        self.reset()

    def reset(self) -> None:
        self.verdict = None
        self.badge.set_state(BadgeKind.NEUTRAL, translate("HealthPanel", "NOT CHECKED YET"))
        self.badge.setAccessibleName(translate("HealthPanel", "Health: not checked yet"))
        self.headline.setText(translate("HealthPanel", "The appliance's health is checked once the job has SUCCEEDED."))
        self.pending_label.hide()
        self.fine_label.hide()
        self.findings.setRowCount(0)
        self.findings.hide()
        self.stop_button.hide()

    def handle_event(self, event: Event) -> None:
        from reconui.core.events import HealthChecked, HealthVerdictReached

        if isinstance(event, HealthChecked):
            self._show_round(event)
        elif isinstance(event, HealthVerdictReached):
            self._show_verdict(event.verdict)

    def _show_round(self, event: HealthChecked) -> None:
        from reconui.core import health

        self.stop_button.show()
        self.badge.set_state(BadgeKind.ACTIVE, translate("HealthPanel", "CHECKING"))
        self.badge.setAccessibleName(translate("HealthPanel", "Health: checking"))
        snapshot = event.snapshot
        if snapshot.pending and event.settle_until is not None:
            until = event.settle_until.astimezone().strftime("%H:%M")
            self.headline.setText(translate("HealthPanel", "Services are still settling after reconciliation; checking "
                                                           "again."))
            self.pending_label.setText(check_text("settling", {"names": health.pending_names(snapshot),
                                                               "time": until}))
            self.pending_label.show()
        else:
            self.headline.setText(translate("HealthPanel", "Checking the appliance's health…"))
            self.pending_label.hide()
        self._show_items(snapshot.items)

    def _show_verdict(self, verdict: health.HealthVerdict) -> None:
        from reconui.core import health

        self.verdict = verdict
        self.stop_button.hide()
        kind, word = {
            health.VERDICT_HEALTHY: (BadgeKind.SUCCESS, translate("HealthPanel", "HEALTHY")),
            health.VERDICT_ATTENTION: (BadgeKind.FAILURE, translate("HealthPanel", "NEEDS ATTENTION")),
        }.get(verdict.verdict, (BadgeKind.WAITING, translate("HealthPanel", "NOT CHECKED")))
        self.badge.set_state(kind, word)
        self.badge.setAccessibleName(translate("HealthPanel", "Health: {verdict}").format(verdict=word))
        self.headline.setText(translated(verdict.phrase))
        self.pending_label.hide()
        self._show_items(verdict.snapshot.items)

    def _show_items(self, items: tuple[health.HealthItem, ...]) -> None:
        from reconui.core import health

        # Problems first, services before health levels (a stopped service is the likelier fix).
        order = {health.PROBLEM: 0, health.PENDING: 1, health.UNCHECKED: 2, health.ABSENT: 3}
        shown = sorted((i for i in items if i.status != health.OK),
                       key=lambda i: (order.get(i.status, 9), i.kind != "service"))
        self.findings.setRowCount(0)
        for item in shown:
            row = self.findings.rowCount()
            self.findings.insertRow(row)
            lines = [translated(item.phrase), *server_message_lines(item.messages, self._render)]
            cells = (item.name, f"{_status_symbol(item.status)} {item.state}", "\n".join(lines))
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.findings.setItem(row, column, cell)
        self.findings.setVisible(bool(shown))
        if shown:
            # As tall as its rows (up to about 24 lines): the right column scrolls, not this table.
            self.findings.resizeRowsToContents()
            height = self.findings.horizontalHeader().sizeHint().height() + 2 * self.findings.frameWidth() + 2
            height += sum(self.findings.rowHeight(r) for r in range(self.findings.rowCount()))
            self.findings.setFixedHeight(min(height, self.fontMetrics().lineSpacing() * 24))
        fine = [i for i in items if i.status == health.OK]
        if fine:
            names = ", ".join(i.name for i in fine)
            self.fine_label.setText(translate("HealthPanel", "Fine ({count}): {names}").format(count=len(fine),
                                                                                               names=names))
            self.fine_label.show()
        else:
            self.fine_label.hide()

    def summary_lines(self) -> list[str]:
        """The verdict and findings as plain text (for "Copy summary")."""
        if self.verdict is None:
            return []
        verdict = translated(self.verdict.phrase)
        lines = [translate("HealthPanel", "Health: {text}").format(text=verdict)]
        for item in self.verdict.findings:
            lines.append("  " + translated(item.phrase))
            lines += ["    " + line for line in server_message_lines(item.messages, self._render)]
        return lines
