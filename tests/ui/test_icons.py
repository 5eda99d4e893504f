"""Icons are rendered once per size, mode and colour, not on every repaint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from reconui.ui.icons import icon


def test_repeated_requests_reuse_the_rendered_pixmap(qtbot: Any) -> None:
    start = icon("start")
    first = start.pixmap(QSize(16, 16))
    again = icon("start").pixmap(QSize(16, 16))
    assert first.cacheKey() == again.cacheKey()
    assert not first.isNull()
    disabled = start.pixmap(QSize(16, 16), QIcon.Mode.Disabled)
    bigger = start.pixmap(QSize(32, 32))
    assert len({first.cacheKey(), disabled.cacheKey(), bigger.cacheKey()}) == 3
