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
#: Rendered icons by (name, device size, disabled, colour, scale); a handful of icons, sizes and modes.
_PIXMAP_CACHE_SIZE = 256
_PIXMAPS: dict[tuple[object, ...], QPixmap] = {}


@cache
def _svg_source(name: str) -> bytes:
    file = QFile(f":/icons/{name}.svg")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


class _TintedSvgEngine(QIconEngine):
    """Paints one SVG at any size, in the palette's text colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    @staticmethod
    def _colour(mode: QIcon.Mode) -> bytes:
        app = QGuiApplication.instance()
        palette = QGuiApplication.palette() if app is not None else QPalette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        return palette.color(group, QPalette.ColorRole.WindowText).name().encode("ascii")

    def _data(self, mode: QIcon.Mode) -> QByteArray:
        return QByteArray(_svg_source(self._name).replace(_PLACEHOLDER, self._colour(mode)))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(self._data(mode))
        renderer.render(painter, QRectF(rect))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Qt asks again on every repaint of a button; rendering the SVG each time cost ~1 ms per icon
        # on the GUI thread while a job updates the window. The cache key includes the colour, so a
        # scheme change renders afresh.
        device_size = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        key = (self._name, device_size.width(), device_size.height(), mode == QIcon.Mode.Disabled,
               self._colour(mode), scale)
        cached = _PIXMAPS.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(device_size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), device_size), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(_PIXMAPS) >= _PIXMAP_CACHE_SIZE:
            _PIXMAPS.pop(next(iter(_PIXMAPS)))
        _PIXMAPS[key] = pixmap
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
