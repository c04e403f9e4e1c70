"""Icons: small SVGs shipped in ``smparchive/resources/icons`` and Qt standard icons."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """An icon from the package's SVGs (an empty icon if the file is absent)."""
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    """A Qt standard icon from the current style."""
    return QApplication.style().standardIcon(pixmap)


def kind_icon(kind: str) -> QIcon:
    return icon(kind if (ICON_DIR / f"{kind}.svg").exists() else "other")
