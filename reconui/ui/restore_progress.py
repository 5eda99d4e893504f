"""A restore job that is still INPROGRESS, watched live in the pre-flight panel.

Reconciliation may only start after the restore has SUCCEEDED, so while the restore runs the panel
shows its progress and its messages instead of a disabled Start button with nothing to wait for;
when it ends the pre-flight is read again and Start is offered (or the FAILED restore is explained).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from reconui.core.models import LocalizableMessage, RestoreStatus
from reconui.ui.i18n import translate
from reconui.ui.icons import icon
from reconui.ui.widgets import MessagesTable


class RestoreProgress(QWidget):
    """Progress bar and messages of the watched restore job.

    Signals: stop_requested() — stop watching (the restore itself goes on; "Check again" looks again).
    """

    stop_requested = Signal()

    def __init__(self, render: Callable[[LocalizableMessage], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreProgress")
        self._render = render
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName("restoreProgressBar")
        self.bar.setRange(0, 100)
        self.bar.setFormat(translate("RestoreProgress", "Restore %p %"))
        self.bar.setAccessibleName(translate("RestoreProgress", "Restore progress"))
        # No mnemonic: every letter of it is taken by a label or button visible at the same time.
        self.stop_button = QPushButton(icon("stop"), translate("RestoreProgress", "Stop watching"))
        self.stop_button.setObjectName("stopRestoreButton")
        self.stop_button.setToolTip(translate("RestoreProgress", "Stop watching the restore. It goes on on the "
                                                                 "appliance; use “Check again” to look at it again."))
        self.stop_button.clicked.connect(self.stop_requested)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.messages = MessagesTable()
        self.messages.setObjectName("restoreMessages")
        self.messages.setAccessibleName(translate("RestoreProgress", "Restore messages"))
        self.messages.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.messages)
        self._shown = 0
        self.restore: RestoreStatus | None = None
        self.hide()

    def start(self, restore: RestoreStatus, seen: str) -> None:
        """Begin showing ``restore`` (as pre-flight read it)."""
        self.messages.setRowCount(0)
        self._shown = 0
        self.update_status(restore, seen)
        self.stop_button.setEnabled(True)
        self.show()

    def update_status(self, restore: RestoreStatus, seen: str) -> None:
        self.restore = restore
        self.bar.setValue(max(0, min(100, restore.progress or 0)))
        for msg in restore.messages[self._shown:]:
            self.messages.add_message(seen, msg.id, self._render(msg))
        self._shown = max(self._shown, len(restore.messages))
