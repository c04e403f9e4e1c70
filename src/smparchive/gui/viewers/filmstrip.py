"""A strip of thumbnails under the loupe and compare: the view, the shown item current."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from smparchive.gui.views.delegate import ThumbnailDelegate

STRIP_THUMB = 104  # room for the stars and the time under each cell


class Filmstrip(QListView):
    """One row of small cells over the results model; clicking a cell emits ``chosen(row)``."""

    chosen = Signal(int)

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmstrip")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        # Batched: showing the strip lays out the first cells at once and the rest of a
        # 100,000-item view in slices between events (a full layout took 170 ms at 20,000)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the photo
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = ThumbnailDelegate(STRIP_THUMB, self)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.delegate.cell_size().height() + bar + 6)
        self.clicked.connect(lambda index: self.chosen.emit(index.row()))

    def show_row(self, row: int) -> None:
        """Mark ``row`` as the shown item and scroll it into view."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
