"""Route Qt's own messages into :mod:`logging` (installed only by the app, after QApplication exists).

Not installed in tests: pytest-qt installs its own handler there so Qt warnings fail the test.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

logger = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logger.log(_LEVELS.get(msg_type, logging.WARNING), "%s (%s)", message, context.category or "qt")


def install() -> None:
    qInstallMessageHandler(_handler)
