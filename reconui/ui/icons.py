"""Monochrome SVG icons, tinted with the palette's text colour so they follow light and dark schemes.

The SVG sources live in ``resources/icons`` and are compiled into ``resources_rc.py`` with
``bash packaging/dev.sh resources``; code refers to ``:/icons/...``
so the same path works from a checkout, a wheel or a frozen build (docs/architecture.md GUI-5).

Icons are painted by a small :class:`QIconEngine` at the exact device-pixel size Qt asks for, so they
stay crisp at 200 % scale, and the black stroke is replaced by the current palette colour (the
disabled colour for disabled icons) instead of shipping a light and a dark set.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QFile, QIODevice, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reconui.ui import resources_rc

#: Keep the compiled resource module referenced: importing it registers ``:/icons``.
RESOURCES_MODULE = resources_rc

_PLACEHOLDER = b"#000000"


@cache
def _svg_source(name: str) -> bytes:
    file = QFile(f":/icons/{name}.svg")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def icon_available(name: str) -> bool:
    """Whether the compiled resources hold ``name`` (used by ``--self-check``)."""
    return bool(_svg_source(name))


class _TintedSvgEngine(QIconEngine):
    """Paints one SVG at any size, in the palette's text colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _data(self, mode: QIcon.Mode) -> QByteArray:
        source = _svg_source(self._name)
        app = QGuiApplication.instance()
        palette = QGuiApplication.palette() if app is not None else QPalette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        colour = palette.color(group, QPalette.ColorRole.WindowText).name().encode("ascii")
        return QByteArray(source.replace(_PLACEHOLDER, colour))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(self._data(mode))
        renderer.render(painter, QRectF(rect))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        device_size = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(device_size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), device_size), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name)


def icon(name: str) -> QIcon:
    """The palette-tinted icon ``name`` (file stem under ``resources/icons``)."""
    return QIcon(_TintedSvgEngine(name))


def app_icon() -> QIcon:
    """The full-colour application icon (not tinted)."""
    return QIcon(":/icons/app.svg")
