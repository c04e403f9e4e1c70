"""A strip of thumbnails under the loupe and compare: the view, the shown item current."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from smparchive.gui.views.delegate import ThumbnailDelegate
from smparchive.gui.views.uniform_grid import UniformGrid

STRIP_THUMB = 90  # small: the photo above keeps the height; stars and time under each


class Filmstrip(UniformGrid):
    """One row of small cells over the results model; clicking a cell emits ``chosen(row)``.

    Laid out by arithmetic (``uniform_grid.py``): a million-item view shows its strip and
    scrolls it to the shown item at once."""

    chosen = Signal(int)

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, wrapping=False)
        self.setObjectName("filmstrip")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the photo
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = ThumbnailDelegate(STRIP_THUMB, self, names=False)
        self.setItemDelegate(self.delegate)
        self.setGridSize(self.delegate.cell_size())
        self.mark_current = True  # the shown (or active compared) item framed, unfocused
        self.setModel(model)
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.delegate.cell_size().height() + bar + 6)
        self.clicked.connect(lambda index: self.chosen.emit(index.row()))

    def mark_rows(self, rows: list[int | None], active: int | None) -> None:
        """Compare: every compared photo selected, the active one current (framed, though
        the strip never has the keyboard focus) and scrolled into view."""
        model, sel = self.model(), self.selectionModel()
        if model is None or sel is None:
            return
        count = model.rowCount()
        flags = QItemSelectionModel.SelectionFlag
        marked = QItemSelection()
        for row in rows:
            if row is not None and 0 <= row < count:
                marked.select(model.index(row, 0), model.index(row, 0))
        sel.select(marked, flags.ClearAndSelect)
        if active is not None and 0 <= active < count:
            index = model.index(active, 0)
            sel.setCurrentIndex(index, flags.NoUpdate)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.viewport().update()

    def show_row(self, row: int) -> None:
        """Mark ``row`` as the shown item and scroll it into view."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
