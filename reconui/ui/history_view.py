"""The History view: past runs from the reports folder, each report one double-click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconui.core.history import PastRun, past_runs
from reconui.core.summary import outcome_phrase
from reconui.ui.i18n import translate, translated
from reconui.ui.times import local_time


class HistoryDialog(QDialog):
    """Lists the runs whose reports are in ``directory``; Open shows the selected report.

    Signals:
        open_requested(str): the report (HTML, else JSON) the user wants to read.
    """

    open_requested = Signal(str)

    def __init__(self, directory: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(translate("HistoryDialog", "History — reconui"))
        self._directory = directory
        self.runs: list[PastRun] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("historyIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([translate("HistoryDialog", "Started"),
                                              translate("HistoryDialog", "Appliance"),
                                              translate("HistoryDialog", "Outcome"),
                                              translate("HistoryDialog", "Duration")])
        self.table.setAccessibleName(translate("HistoryDialog", "Past runs"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_open_clicked)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(translate("HistoryDialog", "&Open report"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openReportButton")
        self.refresh_button = self.buttons.addButton(translate("HistoryDialog", "&Refresh"),
                                                     QDialogButtonBox.ButtonRole.ResetRole)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 100, self.fontMetrics().lineSpacing() * 24)
        self.refresh()

    def refresh(self) -> None:
        """Read the reports folder again."""
        self.runs = past_runs(self._directory)
        self.table.setRowCount(0)
        for run in self.runs:
            row = self.table.rowCount()
            self.table.insertRow(row)
            outcome = translated(outcome_phrase(run.outcome))
            if run.simulated:
                outcome = translate("HistoryDialog", "{outcome} (simulation)").format(outcome=outcome)
            for column, text in enumerate((local_time(run.started_at), run.host, outcome, run.duration)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(run.html_path or run.json_path))
                self.table.setItem(row, column, item)
        self.intro.setText(translate("HistoryDialog", "%n run(s) in the reports folder, newest first.", None,
                                     len(self.runs)))
        if self.runs:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_run(self) -> PastRun | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.runs[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_run() is not None)

    def _on_open_clicked(self, *_args: object) -> None:
        run = self.selected_run()
        if run is not None:
            self.open_requested.emit(str(run.html_path or run.json_path))


__all__ = ["HistoryDialog"]
