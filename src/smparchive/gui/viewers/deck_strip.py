"""The deck viewer's page strip: a row per page, its picture rendered lazily by the viewer."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QImage, QPixmap

from smparchive.core.media.pages import SlideText

STRIP_SIZE = 192  # px: the long edge of the strip's pictures (rendered and cached so)
Index = QModelIndex | QPersistentModelIndex


class PageSource(Protocol):
    """What the strip asks of its viewer (``deck.DeckViewer``, not imported: no cycle)."""

    strip_edge: int

    def cached(self, index: int, size: int) -> QImage | None: ...

    def request(self, index: int, size: int) -> None: ...


class PageStripModel(QAbstractListModel):
    """Rows are pages; pictures come from the viewer's cache and are requested lazily."""

    def __init__(self, viewer: PageSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
        self.slides: list[SlideText] = []
        self.hits: set[int] = set()
        placeholder = QPixmap(STRIP_SIZE, STRIP_SIZE * 3 // 4)
        placeholder.fill(QColor(50, 50, 50))
        self.placeholder = placeholder

    def reset(self, slides: list[SlideText], count: int) -> None:
        self.beginResetModel()
        self.slides = slides + [SlideText("", "", "")] * max(0, count - len(slides))
        self.hits = set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.slides)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.slides):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.slides[row].title
            return f"{row + 1}. {title[:40]}" if title else str(row + 1)
        edge = self.viewer.strip_edge
        if role == Qt.ItemDataRole.DecorationRole:
            image = self.viewer.cached(row, STRIP_SIZE)
            if image is None:
                # never render inside data(): a synchronous runner would change the model
                # while the view paints (a segmentation fault in the test suite)
                QTimer.singleShot(0, self, lambda r=row: self.viewer.request(r, STRIP_SIZE))
                pixmap = self.placeholder
            else:
                pixmap = QPixmap.fromImage(image)
            # the cell shows a pixmap at its own size: within the cell's picture box (a
            # portrait page, or any page in a narrow strip, covered the label under it)
            box = QSize(edge, edge * 3 // 4)
            if pixmap.width() <= box.width() and pixmap.height() <= box.height():
                return pixmap
            return pixmap.scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        if role == Qt.ItemDataRole.SizeHintRole:
            # every cell as wide as the pictures: sized by its label (IconMode does), the
            # cells were narrower than the pages and cut them on both sides
            return QSize(edge, edge * 3 // 4 + 30)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.slides[row].title or None
        if role == Qt.ItemDataRole.BackgroundRole and row in self.hits:
            return QColor(120, 95, 20)
        return None

    def refresh(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)
