"""The id list shown in the browser and a cache of its records, fetched in pages.

Views never wait for the catalogue: a row whose record is not cached yet asks for its
page in the background and paints a placeholder until the page arrives. Nothing here is
proportional to the result on the UI thread: the id -> row index of a large result is built
in the background (until it is in, a lookup scans the id list in C).
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from smparchive.core.catalog.catalog import Catalog
from smparchive.core.catalog.records import ItemRecord
from smparchive.gui.tasks import TaskContext, TaskRunner

PAGE = 200  # records per background fetch
INDEX_INLINE = 20_000  # id lists up to this long are indexed at once, longer in the background
MAX_RUNS = 200  # update_ids: beyond this many separate row runs, one reset is cheaper


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


class ItemStore(QObject):
    """Ids in display order plus an LRU cache of their :class:`ItemRecord`."""

    reset = Signal()  # the id list was replaced
    appending = Signal(int, int)  # rows about to be appended (first, last)
    appended = Signal()  # ... and now they are
    inserting = Signal(int, int)  # rows about to be inserted (first, last) by update_ids
    inserted = Signal()
    removing = Signal(int, int)  # rows about to be removed (first, last) by update_ids
    removed = Signal()
    rows_changed = Signal(int, int)  # first and last row whose record arrived or changed
    records_loaded = Signal(object)  # list[ItemRecord] just fetched

    def __init__(self, catalog: Catalog, runner: TaskRunner, *, cache_limit: int = 20000) -> None:
        super().__init__()
        self.catalog = catalog
        self.runner = runner
        self.cache_limit = cache_limit
        self.ids: list[int] = []
        self._row_of: dict[int, int] | None = {}  # None: being built in the background
        self._index_generation = 0
        self._records: OrderedDict[int, ItemRecord] = OrderedDict()
        self._pending: set[int] = set()  # page numbers being fetched
        self._generation = 0

    # -- the id list ------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these ids (records already cached are kept)."""
        self._generation += 1
        self._pending.clear()
        self.ids = list(ids)
        self._row_of = {}
        self._index(0)
        self.reset.emit()

    def append_ids(self, ids: Sequence[int]) -> None:
        """Add ids at the end (the rest of a result whose first page is shown)."""
        if not ids:
            return
        start = len(self.ids)
        self.appending.emit(start, start + len(ids) - 1)
        self.ids.extend(ids)
        self._index(start)
        self.appended.emit()

    def _index(self, start: int) -> None:
        """Index rows from ``start`` on: at once when few, else in the background."""
        self._index_generation += 1
        if self._row_of is not None and len(self.ids) - start <= INDEX_INLINE:
            self._row_of.update((i, n) for n, i in enumerate(self.ids[start:], start))
            return
        self._row_of = None
        ids, end, gen = self.ids, len(self.ids), self._index_generation

        def work(_ctx: TaskContext) -> dict[int, int]:
            # The first ``end`` ids: the UI thread only ever appends to this list.
            return {i: n for n, i in enumerate(itertools.islice(ids, end))}

        def done(index: dict[int, int]) -> None:
            if gen == self._index_generation:
                self._row_of = index

        self.runner.submit(work, label="index rows", on_done=done)

    def update_ids(self, ids: Sequence[int]) -> bool:
        """Show ``ids`` by removing and inserting rows where they differ from the shown list.

        The rows that stay keep their selection and scroll position (a re-run query after an
        edit or a background job). When the order of the remaining ids changed, or the
        difference is scattered over very many runs, the list is replaced as by ``set_ids``.
        Returns False when nothing changed.
        """
        new = list(ids)
        if new == self.ids:
            return False
        new_set, old_set = set(new), set(self.ids)
        kept_old = [i for i in self.ids if i in new_set]
        kept_new = [i for i in new if i in old_set]
        removals = _runs([n for n, i in enumerate(self.ids) if i not in new_set])
        insertions = _runs([n for n, i in enumerate(new) if i not in old_set])
        if kept_old != kept_new or len(removals) + len(insertions) > MAX_RUNS:
            self.set_ids(new)
            return True
        self._generation += 1
        self._pending.clear()
        for first, last in reversed(removals):  # from the end: earlier rows keep their numbers
            self.removing.emit(first, last)
            del self.ids[first : last + 1]
            self.removed.emit()
        for first, last in insertions:  # in order: each run lands where the new list has it
            self.inserting.emit(first, last)
            self.ids[first:first] = new[first : last + 1]
            self.inserted.emit()
        self._row_of = {}
        self._index(0)
        return True

    def __len__(self) -> int:
        return len(self.ids)

    def row_of(self, item_id: int) -> int | None:
        """The row showing ``item_id`` (None: not shown)."""
        if self._row_of is not None:
            return self._row_of.get(item_id)
        try:
            return self.ids.index(item_id)  # index still being built: one scan in C
        except ValueError:
            return None

    # -- records ----------------------------------------------------------------------------
    def record(self, row: int, *, fetch: bool = True) -> ItemRecord | None:
        """The record at ``row`` if cached; otherwise request its page and return None."""
        if not 0 <= row < len(self.ids):
            return None
        rec = self._records.get(self.ids[row])
        if rec is not None:
            self._records.move_to_end(rec.id)
            return rec
        if fetch:
            self._fetch_page(row // PAGE)
            return self._records.get(self.ids[row])  # a synchronous runner answered already
        return None

    def cached(self, item_id: int) -> ItemRecord | None:
        return self._records.get(item_id)

    def _fetch_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        size = PAGE
        ids = self.ids[page * size : (page + 1) * size]
        gen = self._generation
        catalog = self.catalog

        def work(_ctx: TaskContext) -> list[ItemRecord]:
            return catalog.items(ids)

        def arrived(records: list[ItemRecord]) -> None:
            self._page_arrived(gen, page, records)

        def failed(_exc: BaseException) -> None:
            self._page_failed(gen, page)

        self.runner.submit(
            work, label="load page", interactive=True, on_done=arrived, on_error=failed
        )

    def _page_failed(self, gen: int, page: int) -> None:
        if gen == self._generation:
            self._pending.discard(page)

    def _page_arrived(self, gen: int, page: int, records: list[ItemRecord]) -> None:
        if gen == self._generation:
            self._pending.discard(page)
            if records:  # the page's rows, known without the index
                last = min(len(self.ids), (page + 1) * PAGE) - 1
                self._store(records, rows=(page * PAGE, last))
                return
        self._store(records)

    def _store(self, records: Iterable[ItemRecord], rows: tuple[int, int] | None = None) -> None:
        got = list(records)
        for rec in got:
            self._records[rec.id] = rec
            self._records.move_to_end(rec.id)
        if rows is None and got:
            if self._row_of is None:  # index being built: say "some rows" (views repaint)
                rows = (0, len(self.ids) - 1) if self.ids else None
            else:
                found = [r for rec in got if (r := self._row_of.get(rec.id)) is not None]
                rows = (min(found), max(found)) if found else None
        while len(self._records) > self.cache_limit:
            self._records.popitem(last=False)
        if got:
            self.records_loaded.emit(got)
        if rows is not None and rows[0] <= rows[1]:
            self.rows_changed.emit(*rows)

    def refresh(self, item_ids: Iterable[int]) -> None:
        """Re-read the records of changed items that are cached or shown."""
        # Uncached rows are read fresh when painted; the index may still be being built.
        shown = self._row_of if self._row_of is not None else {}
        wanted = [i for i in set(item_ids) if i in self._records or i in shown]
        if not wanted:
            return
        catalog = self.catalog

        def work(_ctx: TaskContext) -> list[ItemRecord]:
            return catalog.items(sorted(wanted))

        self.runner.submit(work, label="refresh items", on_done=self._store)

    def load(self, item_ids: Sequence[int], on_done: object = None) -> None:
        """Fetch records for ids (cached or not); ``on_done(records)`` when they are in."""
        ids = list(item_ids)
        catalog = self.catalog

        def work(_ctx: TaskContext) -> list[ItemRecord]:
            return catalog.items(ids)

        def done(records: list[ItemRecord]) -> None:
            self._store(records)
            if callable(on_done):
                on_done(records)

        self.runner.submit(work, label="load items", on_done=done)
