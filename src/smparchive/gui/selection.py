"""The selection of the results, as the controllers and dialogs see it (not the views)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView

from smparchive.core.catalog.records import ItemRecord
from smparchive.gui.models.item_store import ItemStore

Ranges = tuple[tuple[int, int], ...]


class Selection(QObject):
    """Selected items of whichever results view is shown (grid or details), in display order.

    Controllers, dialogs, action ``enabled_when`` rules and the viewer modes use this instead
    of reaching into the window's views.

    The selection is read as row ranges (select all of a million rows is one range, not a
    million indexes). Its ids are known at once when the store holds those rows; otherwise
    (select all, a shift-click across a windowed result) they are read in the background:
    :meth:`ids` says [] meanwhile (actions wait, nothing acts on part of a selection) and
    ``resolved`` is emitted when they are in.
    """

    resolved = Signal()  # the ids of the selection arrived from the catalogue

    def __init__(self, store: ItemStore, view: Callable[[], QAbstractItemView]) -> None:
        super().__init__()
        self.store = store
        self._view = view
        self._asked: tuple[int, Ranges] | None = None
        self._resolved: tuple[tuple[int, Ranges], list[int]] | None = None
        self._asking = False

    def ranges(self) -> list[tuple[int, int]]:
        """Selected rows as sorted, merged (first, last) ranges."""
        sel = self._view().selectionModel()
        if sel is None:
            return []
        found = sel.selection()
        spans = sorted((r.top(), r.bottom()) for r in map(found.at, range(found.count())))
        merged: list[tuple[int, int]] = []
        for first, last in spans:
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        return merged

    def rows(self) -> list[int]:
        """Selected rows (one entry per row: prefer :meth:`ranges` or :meth:`count`)."""
        return [r for first, last in self.ranges() for r in range(first, last + 1)]

    def current_row(self) -> int:
        idx = self._view().currentIndex()
        return idx.row() if idx.isValid() else -1

    def ids(self) -> list[int]:
        """Selected ids in display order; the current item when nothing is selected.
        [] while the ids of a large selection are being read (see ``resolved``)."""
        found = self._ids()
        return [] if found is None else list(found)

    def _ids(self) -> list[int] | None:
        """The selected ids (not a copy), None while they are read in the background."""
        ranges = self.ranges()
        if not ranges:
            item = self.current_id()
            return [item] if item is not None else []
        key = (self.store.version, tuple(ranges))
        if self._resolved is not None and self._resolved[0] == key:
            return self._resolved[1]  # every action rule asks: worked out once
        out: list[int] = []
        for first, last in ranges:
            part = self.store.ids_between(first, last)
            if part is None:
                break
            out.extend(part)
        else:
            self._resolved = (key, out)
            return out
        if self._asked != key:
            self._asked = key
            self._asking = True
            try:
                self.store.fetch_rows(ranges, partial(self._arrived, key))
            finally:
                self._asking = False
        if self._resolved is not None and self._resolved[0] == key:
            return self._resolved[1]
        return None

    def _arrived(self, key: tuple[int, Ranges], ids: list[int]) -> None:
        if self._asked == key:
            # answered: the same rows chosen again later are asked for again (select all,
            # one click, select all: the second one waited for ever)
            self._asked = None
        if key != (self.store.version, tuple(self.ranges())):
            return  # the selection moved on meanwhile
        self._resolved = (key, ids)
        if not self._asking:
            self.resolved.emit()

    def pending(self) -> bool:
        """The ids of the selection are still being read."""
        return self._ids() is None

    def id_count(self) -> int:
        """How many ids :meth:`ids` gives (0 while pending), without copying them."""
        found = self._ids()
        return 0 if found is None else len(found)

    def count(self) -> int:
        """How many items are selected (0 when only a current item is shown)."""
        return sum(last - first + 1 for first, last in self.ranges())

    def records(self, limit: int | None = None) -> list[ItemRecord]:
        """Cached records of the selection (items whose page is not loaded are left out);
        ``limit``: of its first ids only."""
        ids = self._ids() or []
        return [r for i in ids[:limit] if (r := self.store.cached(i)) is not None]

    def current_id(self) -> int | None:
        row = self.current_row()
        return self.store.id_at(row) if 0 <= row < len(self.store) else None

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

    def select_ranges(self, ranges: Sequence[tuple[int, int]], current_row: int = -1) -> None:
        """Select these row ranges (another view's selection, in one step per range)."""
        view = self._view()
        model = view.model()
        sel = view.selectionModel()
        found = QItemSelection()
        for first, last in ranges:
            found.select(model.index(first, 0), model.index(last, 0))
        flags = QItemSelectionModel.SelectionFlag
        sel.select(found, flags.ClearAndSelect | flags.Rows)
        if current_row >= 0:
            sel.setCurrentIndex(
                model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            view.scrollTo(model.index(current_row, 0))

    def index(self, row: int) -> QModelIndex:
        return self._view().model().index(row, 0)
