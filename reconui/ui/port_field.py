"""The port field: digits only, and a wrong number stays visible until the user fixes it.

A :class:`QSpinBox` limited to 1–65535 silently drops the keystroke that would leave the range
("65536" becomes "6553") and snaps back on focus loss; an admin then connects to a port they
never typed. Here the text is kept as typed and the form refuses it with a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget


class PortField(QLineEdit):
    """A line edit with the parts of the spin box API the form uses (``value``, ``setValue``)."""

    valueChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Digits only (up to 6, so that 70000 stays visible and is refused, not cut to 7000).
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self))
        self.setMaxLength(6)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 10 + 16)
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> int:
        """The number typed (0 when empty); may be outside 1–65535 — the form checks."""
        text = self.text().strip()
        return int(text) if text.isdigit() else 0

    def setValue(self, value: int) -> None:
        self.setText(str(value))

    def cleanText(self) -> str:
        return self.text().strip()

    def lineEdit(self) -> QLineEdit:
        return self

    def in_range(self) -> bool:
        return 1 <= self.value() <= 65535 and self.cleanText().isdigit()

    def _on_text_changed(self, _text: str) -> None:
        self.valueChanged.emit(self.value())
