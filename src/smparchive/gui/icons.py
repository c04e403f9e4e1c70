"""Icons: small SVGs shipped in ``smparchive/resources/icons`` and Qt standard icons."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """An icon from the package's SVGs (an empty icon if the file is absent)."""
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def app_icon() -> QIcon:
    """The application icon: the rendered PNG sizes (crisp when small), the SVG beyond."""
    folder = ICON_DIR / "app"
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = folder / f"smparchive-{size}.png"
        if png.exists():
            result.addFile(str(png), QSize(size, size))
    svg = folder / "smparchive.svg"
    if svg.exists():
        result.addFile(str(svg))
    return result if not result.isNull() else icon("app")


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    """A Qt standard icon from the current style."""
    return QApplication.style().standardIcon(pixmap)


@cache
def kind_icon(kind: str) -> QIcon:
    """The icon of an item kind (asked for by every cell painted: no file test each time)."""
    return icon(kind if (ICON_DIR / f"{kind}.svg").exists() else "other")


@cache
def tinted(name: str, colour: str) -> QIcon:
    """A line icon of ``resources/icons/<name>.svg`` drawn in ``colour`` (its strokes are
    ``currentColor``, which Qt would draw black: invisible on a dark toolbar)."""
    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        return QIcon()
    data = path.read_text(encoding="utf-8").replace("currentColor", colour).encode()
    result = QIcon()
    for size in (16, 24, 32, 48):
        pix = QPixmap(size, size)
        if pix.loadFromData(data, "SVG"):
            result.addPixmap(pix)
    return result if not result.isNull() else icon(name)
