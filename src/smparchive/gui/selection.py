"""The selection of the results, as the controllers and dialogs see it (not the views)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView

from smparchive.core.catalog.records import ItemRecord
from smparchive.gui.models.item_store import ItemStore


class Selection(QObject):
    """Selected items of whichever results view is shown (grid or details), in display order.

    Controllers, dialogs, action ``enabled_when`` rules and the viewer modes use this instead
    of reaching into the window's views.
    """

    def __init__(self, store: ItemStore, view: Callable[[], QAbstractItemView]) -> None:
        super().__init__()
        self.store = store
        self._view = view

    def rows(self) -> list[int]:
        sel = self._view().selectionModel()
        return sorted({i.row() for i in sel.selectedIndexes()}) if sel else []

    def current_row(self) -> int:
        idx = self._view().currentIndex()
        return idx.row() if idx.isValid() else -1

    def ids(self) -> list[int]:
        """Selected ids in display order; the current item when nothing is selected."""
        rows = self.rows()
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return [self.store.ids[r] for r in rows if r < len(self.store)]

    def count(self) -> int:
        """How many items are selected (0 when only a current item is shown)."""
        return len(self.rows())

    def records(self) -> list[ItemRecord]:
        """Cached records of the selection (items whose page is not loaded are left out)."""
        return [r for i in self.ids() if (r := self.store.cached(i)) is not None]

    def current_id(self) -> int | None:
        row = self.current_row()
        return self.store.ids[row] if 0 <= row < len(self.store) else None

    def select_ids(self, ids: Sequence[int], current_row: int = -1) -> None:
        """Select exactly ``ids`` (those in the results); ``current_row`` becomes current."""
        view = self._view()
        model = view.model()
        sel = view.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for i in ids:
            row = self.store.row_of(i)
            if row is not None:
                sel.select(model.index(row, 0), flags)
        if current_row >= 0:
            sel.setCurrentIndex(
                model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            view.scrollTo(model.index(current_row, 0))

    def index(self, row: int) -> QModelIndex:
        return self._view().model().index(row, 0)
