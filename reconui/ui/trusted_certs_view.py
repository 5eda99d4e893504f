"""The Trusted certificates view: the pinned fingerprints, one removable at a time, and the shared file.

A team vets a ``host:port sha256`` list once and shares it; importing and exporting that file here
saves retyping fingerprints under pressure. Removing a pin is what a legitimately replaced
certificate (after a restore) needs before it can be reviewed again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconui.core.errors import ReconError
from reconui.core.pins import PinStore
from reconui.ui.i18n import error_sentence, translate


class TrustedCertificatesDialog(QDialog):
    """Lists ``pins``; Remove, Import… and Export… act on the pin file at once."""

    def __init__(self, pins: PinStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedCertificatesDialog")
        self.setWindowTitle(translate("TrustedCertificatesDialog", "Trusted certificates — reconui"))
        self.pins = pins
        layout = QVBoxLayout(self)
        self.intro = QLabel(translate("TrustedCertificatesDialog", "Certificates you chose to trust and remember, by "
                                                                   "address. Pins live in {path}.")
                            .format(path=pins.path))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("pinsTable")
        self.table.setHorizontalHeaderLabels([translate("TrustedCertificatesDialog", "Address"),
                                              translate("TrustedCertificatesDialog", "SHA-256 fingerprint")])
        self.table.setAccessibleName(translate("TrustedCertificatesDialog", "Trusted certificates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("pinsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = self.buttons.addButton(translate(
            "TrustedCertificatesDialog", "Re&move"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setObjectName("removePinButton")
        self.import_button = self.buttons.addButton(translate(
            "TrustedCertificatesDialog", "&Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(translate(
            "TrustedCertificatesDialog", "E&xport…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 120, self.fontMetrics().lineSpacing() * 20)
        self.refresh()

    def refresh(self) -> None:
        try:
            entries = self.pins.all()
        except ReconError as problem:
            self.status.setText(error_sentence(problem))
            entries = {}
        self.table.setRowCount(0)
        for address, sha in sorted(entries.items()):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(address))
            self.table.setItem(row, 1, QTableWidgetItem(sha))
        self._update_buttons()

    def _address_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text() if item is not None else ""

    def _selected_address(self) -> str | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._address_at(min(rows)) or None if rows else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._selected_address() is not None)
        self.export_button.setEnabled(self.table.rowCount() > 0)

    def remove_selected(self) -> str | None:
        """Remove the selected pin (the caller has confirmed); returns its address."""
        address = self._selected_address()
        if address is None:
            return None
        try:
            self.pins.forget(address)
        except ReconError as problem:
            self.status.setText(error_sentence(problem))
            return None
        self.status.setText(translate("TrustedCertificatesDialog", "The pin for {address} was removed. The next "
                                                                   "connection asks again.")
                            .format(address=address))
        self.refresh()
        return address

    def import_file(self, path: Path) -> int | None:
        """Import a shared ``host:port sha256`` file; the sentence says how it went."""
        try:
            text = path.read_text(encoding="utf-8")
            count = self.pins.import_text(text)
        except (OSError, UnicodeDecodeError) as problem:
            self.status.setText(translate("TrustedCertificatesDialog", "{path} could not be read ({reason}).")
                                .format(path=path, reason=problem))
            return None
        except ValueError as problem:
            self.status.setText(translate("TrustedCertificatesDialog", "{path} is not a list of “host:port sha256” "
                                                                       "lines ({reason}). Nothing was imported.")
                                .format(path=path, reason=problem))
            return None
        except ReconError as problem:
            self.status.setText(error_sentence(problem))
            return None
        self.status.setText(translate("TrustedCertificatesDialog", "Imported %n trusted certificate(s).", "", count))
        self.refresh()
        return count

    def export_file(self, path: Path) -> bool:
        try:
            path.write_text(self.pins.export_text(), encoding="utf-8")
        except (OSError, ReconError) as problem:
            reason = error_sentence(problem) if isinstance(problem, ReconError) else str(problem)
            self.status.setText(translate("TrustedCertificatesDialog", "The list could not be written to {path} "
                                                                       "({reason}).")
                                .format(path=path, reason=reason))
            return False
        self.status.setText(translate("TrustedCertificatesDialog", "Exported %n trusted certificate(s) to {path}.",
                                      None, self.table.rowCount()).format(path=path))
        return True

    def _on_remove_clicked(self) -> None:
        address = self._selected_address()
        if address is None:
            return
        question = translate("TrustedCertificatesDialog", "Remove the trusted certificate of {address}? The next "
                                                          "connection shows its certificate again and asks.")
        answer = QMessageBox.question(self, translate("TrustedCertificatesDialog", "Remove the pin?"),
                                      question.format(address=address),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_selected()

    def _on_import_clicked(self) -> None:
        title = translate("TrustedCertificatesDialog", "Import trusted certificates")
        path, _ = QFileDialog.getOpenFileName(self, title, "",
                                              translate("TrustedCertificatesDialog",
                                                        "Pin lists (*.txt *.pins);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def _on_export_clicked(self) -> None:
        title = translate("TrustedCertificatesDialog", "Export trusted certificates")
        path, _ = QFileDialog.getSaveFileName(self, title, "reconui-pins.txt",
                                              translate("TrustedCertificatesDialog",
                                                        "Pin lists (*.txt *.pins);;All files (*)"))
        if path:
            self.export_file(Path(path))
