"""Telling the admin that a job ended or needs attention, while they work in another window.

Three channels, best first: the system tray's notification (where a tray exists), else a
freedesktop notification over D-Bus, else a small popup of our own in the screen corner. The
taskbar entry is always alerted (:meth:`QApplication.alert`). Every notification is also kept in
:attr:`Notifier.sent`, which is what tests and the screenshots look at.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reconui.ui.icons import app_icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

logger = logging.getLogger(__name__)

#: How long a notification stays up (milliseconds).
NOTIFICATION_MS = 10000


class Urgency(str, Enum):
    INFO = "info"
    ATTENTION = "attention"


@dataclass(frozen=True)
class Notification:
    title: str
    text: str
    urgency: Urgency
    channel: str


class NotificationPopup(QFrame):
    """Our own notification when the desktop offers none: title, one sentence, the app icon."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#notificationPopup { border: 1px solid palette(mid); border-radius: 6px;"
                           " background: palette(window); }")
        row = QHBoxLayout(self)
        badge = QLabel()
        size = self.fontMetrics().height() * 2
        badge.setPixmap(app_icon().pixmap(size, size))
        row.addWidget(badge)
        column = QVBoxLayout()
        self.title = QLabel(title)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(self.text)
        row.addLayout(column, 1)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 44)


_FREEDESKTOP_SERVICE = "org.freedesktop.Notifications"


class Notifier:
    """Raises desktop notifications for ``window`` (GUI thread)."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self.sent: list[Notification] = []
        self._tray: QSystemTrayIcon | None = None
        self._popup: NotificationPopup | None = None

    def _tray_icon(self) -> QSystemTrayIcon | None:
        from PySide6.QtWidgets import QSystemTrayIcon  # with the first notification, not at start

        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(app_icon(), self._window)
            self._tray.setToolTip("reconui")
            self._tray.show()
        return self._tray

    def notify(self, title: str, text: str, urgency: Urgency = Urgency.INFO) -> Notification:
        """Notify now; the window's taskbar entry is alerted as well."""
        channel = self._deliver(title, text, urgency)
        note = Notification(title, text, urgency, channel)
        self.sent.append(note)
        QApplication.alert(self._window, 0)
        logger.info("Notification (%s): %s", channel, title)
        return note

    def _deliver(self, title: str, text: str, urgency: Urgency) -> str:
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return "none"  # no desktop to talk to (tests, CI)
        from PySide6.QtWidgets import QSystemTrayIcon

        tray = self._tray_icon()
        if tray is not None and QSystemTrayIcon.supportsMessages():
            icon = (QSystemTrayIcon.MessageIcon.Warning if urgency is Urgency.ATTENTION
                    else QSystemTrayIcon.MessageIcon.Information)
            tray.showMessage(title, text, icon, NOTIFICATION_MS)
            return "tray"
        if self._freedesktop(title, text, urgency):
            return "freedesktop"
        self.show_popup(title, text)
        return "popup"

    def _freedesktop(self, title: str, text: str, urgency: Urgency) -> bool:
        """Send through the desktop's notification service without waiting for it.

        A ``QDBusInterface`` introspects the service and ``call()`` waits for the reply, both on the
        GUI thread and for up to D-Bus's 25 s timeout when the service hangs. Asking the bus daemon
        whether the service is there is quick; the notification itself goes out as an asynchronous
        call whose reply nobody waits for.
        """
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusMessage
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        daemon = bus.interface()
        if daemon is None or not daemon.isServiceRegistered(_FREEDESKTOP_SERVICE).value():
            return False
        message = QDBusMessage.createMethodCall(_FREEDESKTOP_SERVICE, "/org/freedesktop/Notifications",
                                                _FREEDESKTOP_SERVICE, "Notify")
        hints = {"urgency": 2 if urgency is Urgency.ATTENTION else 1}
        message.setArguments(["reconui", 0, "reconui", title, text, [], hints, NOTIFICATION_MS])
        bus.asyncCall(message)
        return True

    def show_popup(self, title: str, text: str) -> NotificationPopup:
        """Our own popup in the bottom-right corner of the screen, gone after a few seconds."""
        if self._popup is not None:
            self._popup.close()
        popup = NotificationPopup(title, text, self._window)  # owned by the window, gone with it
        popup.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint
                             | Qt.WindowType.WindowStaysOnTopHint)
        popup.setWindowIcon(QIcon(app_icon()))
        popup.adjustSize()
        screen = self._window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            popup.move(area.right() - popup.width() - 16, area.bottom() - popup.height() - 16)
        popup.show()
        QTimer.singleShot(NOTIFICATION_MS, popup, popup.close)
        self._popup = popup
        return popup

