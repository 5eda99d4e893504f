"""Render the application icon (resources/icons/app.svg) for the installers, with Qt itself.

One source, every format the platforms want, made at build time (never committed):

    build/icons/hicolor/<N>x<N>/apps/<APP_ID>.png   16 ... 512, for the .deb (freedesktop icon theme)
    build/icons/hicolor/scalable/apps/<APP_ID>.svg  the SVG itself
    build/icons/reconui.ico                          Windows (EXE icon, NSIS installer)
    build/icons/reconui.icns                         macOS (app bundle, DMG)

Usage: python packaging/make_icons.py [OUTDIR]   (QT_QPA_PLATFORM=offscreen is set when unset)
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app.svg"
APP_ID = "io.github.reconui.reconui"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    app = QGuiApplication([])
    assert app is not None
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    formats = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}
    # Qt's ICO writer stores one image per file write; a multi-size .ico is assembled by hand below.
    write_ico(out / "reconui.ico")
    if "icns" in formats:
        render(512).save(str(out / "reconui.icns"), "ICNS")
    print(f"icons written to {out}")
    return 0


def write_ico(target: Path) -> None:
    """A multi-resolution .ico: PNG-compressed entries (valid since Windows Vista)."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for size in ICO_SIZES:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(size).save(buffer, "PNG")
        buffer.close()
        blobs.append((size, bytes(data.data())))
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries, payload = b"", b""
    for size, blob in blobs:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(payload))
        payload += blob
    target.write_bytes(header + entries + payload)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
