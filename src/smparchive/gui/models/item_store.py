"""The rows shown in the browser: their ids and a cache of their records, fetched in pages.

Views never wait for the catalogue: a row whose record is not cached yet asks for its
page in the background and paints a placeholder until the page arrives.

A result of up to HOLD_ALL items is held whole (its id list, diffed in place when the
catalogue changes). A larger one is *windowed*: the store knows how many rows there are
and holds only the pages around what was shown lately (PAGES_KEPT); a page's ids and
records come from one background query by offset in the result's order (``Fetch``). So
nothing on the UI thread is proportional to the result: at a million items the grid holds
a few thousand ids, and actions that need every id (select all, export the result, the
loupe) ask for them with :meth:`ItemStore.fetch_rows`, answered off the UI thread.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from smparchive.core.catalog.records import ItemRecord
from smparchive.gui.i18n import translate
from smparchive.gui.tasks import TaskContext, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

PAGE = 200  # records per background fetch
INDEX_INLINE = 20_000  # id lists up to this long are indexed at once, longer in the background
MAX_RUNS = 200  # update_ids: beyond this many separate row runs, one reset is cheaper
HOLD_ALL = 20_000  # results up to this many items are held whole; larger ones in windows
PAGE_PRIORITY = 2  # a page to paint starts before a count in the search threads
PAGES_KEPT = 150  # pages of a windowed result kept (30,000 ids: several screens each way)

# (offset, limit, total or None) -> the ids of those rows, in the result's order; called
# on a worker thread (``total``: the row count when known, so the far end is read backwards)
Fetch = Callable[[int, int, int | None], list[int]]


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


Runs = list[tuple[int, int]]
RESET: Any = "reset"  # the shown list is replaced rather than edited in place
Diff = tuple[Runs, Runs] | Any  # (removals, insertions) or RESET


@dataclass(frozen=True)
class UpdatePlan:
    """What :meth:`ItemStore.update_ids` does, worked out off the UI thread."""

    version: int  # the store's version of the list it was compared against
    diff: Diff | None  # None: nothing changed


def diff_ids(old: list[int], new: list[int]) -> Diff | None:
    """Rows to remove from ``old`` and insert from ``new`` (None: equal; RESET: the order
    of the ids in both changed, or too many scattered runs). O(len) in Python: at a million
    items hundreds of milliseconds, so the browser works it out in the background."""
    if new == old:
        return None
    new_set, old_set = set(new), set(old)
    kept_old = [i for i in old if i in new_set]
    kept_new = [i for i in new if i in old_set]
    removals = _runs([n for n, i in enumerate(old) if i not in new_set])
    insertions = _runs([n for n, i in enumerate(new) if i not in old_set])
    if kept_old != kept_new or len(removals) + len(insertions) > MAX_RUNS:
        return RESET
    return removals, insertions


def plan_update(snapshot: tuple[int, list[int]], new: Sequence[int]) -> UpdatePlan:
    """The difference between a :meth:`ItemStore.snapshot` and ``new`` (any thread)."""
    version, old = snapshot
    return UpdatePlan(version, diff_ids(old, list(new)))


class ItemStore(QObject):
    """Row ids in display order (whole, or windows of a large result) plus an LRU cache of
    their :class:`ItemRecord`."""

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
        self._all: list[int] | None = []  # every id of the result, when held whole
        self._total = 0  # rows of a windowed result (its count, or the first page's length)
        self._counted = False  # _total is the result's count (not only its first page)
        self._pages: OrderedDict[int, list[int]] = OrderedDict()  # windowed: page -> ids
        self._stale: dict[int, list[int]] = {}  # pages from before a reload, until fresh
        self._fetch: Fetch | None = None
        self._row_of: dict[int, int] | None = {}  # None: being built in the background
        self._index_generation = 0
        self._records: OrderedDict[int, ItemRecord] = OrderedDict()
        self._pending: set[int] = set()  # page numbers being fetched
        self._loads: dict[int, TaskHandle] = {}  # their reads (cancelled when the rows change)
        self._generation = 0
        # Reads of records run on worker threads and may finish out of order: each read is
        # numbered when asked for, and a record is kept only if no later read stored it
        # (a re-read after an undo was overwritten by an earlier one finishing last).
        self._reads = 0
        self._read_of: dict[int, int] = {}  # cached record id -> the read that stored it
        self._version = 0  # changes whenever the id list does (plans made on a copy check it)

    # -- the id list ------------------------------------------------------------------------
    @property
    def complete(self) -> bool:
        """The whole id list is held (a result of up to HOLD_ALL items)."""
        return self._all is not None

    @property
    def ids(self) -> list[int]:
        """The whole id list, while it is held (see :attr:`complete`); a windowed result
        has none: use :meth:`id_at`, :meth:`ids_between` or :meth:`fetch_rows`."""
        if self._all is None:
            raise RuntimeError("a windowed result holds no whole id list")
        return self._all

    @property
    def version(self) -> int:
        """Changes whenever the rows do (answers about rows check it)."""
        return self._version

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these ids (records already cached are kept)."""
        self._generation += 1
        self._version += 1
        self._drop_loads()
        self._all = list(ids)
        self._drop_windows()
        self._row_of = {}
        self._index(0)
        self.reset.emit()

    def _drop_loads(self) -> None:
        """The rows changed: pages being read for the old ones are not wanted any more (a
        read by offset deep into a million items stops at once instead of holding a thread)."""
        for handle in self._loads.values():
            if handle.running:
                handle.cancel()
        self._loads.clear()
        self._pending.clear()

    def retain_loads(self, first: int, last: int) -> None:
        """Only rows ``first``..``last`` are wanted now (the grid scrolled on): pages still
        being read for rows outside them are cancelled, so a jump across a million items
        waits for its own page, not for the ones it passed (read again if scrolled back)."""
        keep = range(max(0, first) // PAGE, last // PAGE + 1)
        for page in [p for p in self._loads if p not in keep]:
            handle = self._loads.pop(page)
            if handle.running:
                handle.cancel()
            self._pending.discard(page)

    def _drop_windows(self) -> None:
        self._pages.clear()
        self._stale.clear()
        self._fetch = None
        self._total = 0
        self._counted = False

    def append_ids(self, ids: Sequence[int]) -> None:
        """Add ids at the end (the rest of a result whose first page is shown)."""
        if not ids:
            return
        if self._all is None:  # a window holding the first page: now the whole list
            head = self.ids_between(0, self._total - 1) if self._total else []
            if head is None:
                self.set_ids(list(ids))
                return
            self._drop_windows()
            self._all = head
            self._row_of = {}
            self._index(0)
        start = len(self._all)
        self.appending.emit(start, start + len(ids) - 1)
        self._version += 1
        self._all.extend(ids)
        self._index(start)
        self.appended.emit()

    def set_window(self, head: Sequence[int], fetch: Fetch, total: int | None = None) -> None:
        """Show a result too large to hold: ``head`` its first rows, ``fetch`` the rest on
        demand; ``total`` its row count (None: not counted yet, see :meth:`set_total`)."""
        self._generation += 1
        self._version += 1
        self._drop_loads()
        self._all = None
        self._drop_windows()
        self._fetch = fetch
        self._row_of = {}
        self._index_generation += 1
        self._total = len(head) if total is None else total
        self._counted = total is not None
        for start in range(0, len(head), PAGE):
            self._keep_page(start // PAGE, list(head[start : start + PAGE]))
        self.reset.emit()

    def set_total(self, total: int, fetch: Fetch | None = None) -> None:
        """The counted rows of a windowed result: rows are appended or removed at the end.
        ``fetch``: how pages are read from now on (e.g. slices of every id, read with the
        count); pages being read the old way still arrive."""
        if self._all is not None:
            return
        if fetch is not None:
            self._fetch = fetch
        old = self._total
        self._counted = True
        self._version += 1
        if total > old:
            self.appending.emit(old, total - 1)
            self._total = total
            self.appended.emit()
        elif total < old:
            self.removing.emit(total, old - 1)
            self._total = total
            for page in [p for p in self._pages if p * PAGE >= total]:
                self._forget_page(page)
            self.removed.emit()

    def reload(self, total: int, fetch: Fetch) -> None:
        """The windowed result changed (an edit, a background job): ``total`` rows now. The
        rows keep their places (selection and scroll stay); shown rows keep their old ids
        until their page is read again, so nothing blinks."""
        if self._all is not None:  # was held whole: the new result is too large to hold
            self._all = None
            self._drop_windows()
            self._row_of = {}
            self._index_generation += 1
            self._fetch = fetch
            self._counted = True
            self._total = total
            self._generation += 1
            self._version += 1
            self._drop_loads()
            self.reset.emit()
            return
        self._generation += 1
        self._version += 1  # the rows' ids may have changed (a selection's ids are re-read)
        self._drop_loads()
        self._stale = {**self._stale, **self._pages}
        self._pages.clear()
        self._row_of = {}
        self._fetch = fetch
        self.set_total(total)
        if total:
            self.rows_changed.emit(0, total - 1)

    def _keep_page(self, page: int, ids: list[int]) -> None:
        self._forget_page(page)
        self._pages[page] = ids
        assert self._row_of is not None
        self._row_of.update((i, n) for n, i in enumerate(ids, page * PAGE))
        while len(self._pages) > PAGES_KEPT:
            self._forget_page(next(iter(self._pages)))

    def _forget_page(self, page: int) -> None:
        ids = self._pages.pop(page, None)
        if ids and self._row_of is not None:
            for n, i in enumerate(ids, page * PAGE):
                if self._row_of.get(i) == n:
                    del self._row_of[i]

    def held(self) -> int:
        """How many ids the store holds (all of a held result, the pages of a window)."""
        if self._all is not None:
            return len(self._all)
        return sum(len(p) for p in self._pages.values())

    def _index(self, start: int) -> None:
        """Index rows from ``start`` on: at once when few, else in the background."""
        self._index_generation += 1
        assert self._all is not None
        if self._row_of is not None and len(self._all) - start <= INDEX_INLINE:
            self._row_of.update((i, n) for n, i in enumerate(self._all[start:], start))
            return
        self._row_of = None
        ids, end, gen = self._all, len(self._all), self._index_generation

        def work(_ctx: TaskContext) -> dict[int, int]:
            # The first ``end`` ids: the UI thread only ever appends to this list.
            return {i: n for n, i in enumerate(itertools.islice(ids, end))}

        def done(index: dict[int, int]) -> None:
            if gen == self._index_generation:
                self._row_of = index

        self.runner.submit(work, label=translate("Tasks", "Reading the items"), on_done=done)

    def update_ids(self, ids: Sequence[int], plan: UpdatePlan | None = None) -> bool:
        """Show ``ids`` by removing and inserting rows where they differ from the shown list.

        The rows that stay keep their selection and scroll position (a re-run query after an
        edit or a background job). When the order of the remaining ids changed, or the
        difference is scattered over very many runs, the list is replaced as by ``set_ids``.
        ``plan``: the difference worked out in the background by :func:`plan_update` from
        :meth:`snapshot` (used while the shown list is still that snapshot; otherwise it is
        worked out here). Returns False when nothing changed.
        """
        new = list(ids)
        if self._all is None:
            self.set_ids(new)
            return True
        if plan is not None and plan.version == self._version:
            found: Diff | None = plan.diff
        else:
            found = diff_ids(self._all, new)
        if found is None:
            return False
        if found is RESET:
            self.set_ids(new)
            return True
        removals, insertions = found
        self._generation += 1
        self._version += 1
        self._drop_loads()
        for first, last in reversed(removals):  # from the end: earlier rows keep their numbers
            self.removing.emit(first, last)
            del self._all[first : last + 1]
            self.removed.emit()
        for first, last in insertions:  # in order: each run lands where the new list has it
            self.inserting.emit(first, last)
            self._all[first:first] = new[first : last + 1]
            self.inserted.emit()
        self._row_of = {}
        self._index(0)
        return True

    def snapshot(self) -> tuple[int, list[int]]:
        """(version, a copy of the shown ids): what :func:`plan_update` compares against on
        a worker thread (the copy is one C-level copy; the comparison is the costly part).
        Only for a held result (:attr:`complete`)."""
        return self._version, list(self.ids)

    def __len__(self) -> int:
        return len(self._all) if self._all is not None else self._total

    def row_of(self, item_id: int) -> int | None:
        """The row showing ``item_id`` (None: not shown, or not in a page held now)."""
        if self._row_of is not None:
            return self._row_of.get(item_id)
        assert self._all is not None
        try:
            return self._all.index(item_id)  # index still being built: one scan in C
        except ValueError:
            return None

    def id_at(self, row: int, *, fetch: bool = True) -> int | None:
        """The id at ``row``; None while its page is being read (``fetch``: ask for it)."""
        if not 0 <= row < len(self):
            return None
        if self._all is not None:
            return self._all[row]
        page, k = divmod(row, PAGE)
        ids = self._pages.get(page)
        if ids is None or k >= len(ids):
            if not fetch:
                ids = self._stale.get(page)
                return ids[k] if ids is not None and k < len(ids) else None
            self._fetch_page(page)
            ids = self._pages.get(page)  # a synchronous runner answered already
            if ids is None or k >= len(ids):
                ids = self._stale.get(page)
                return ids[k] if ids is not None and k < len(ids) else None
        self._pages.move_to_end(page)
        return ids[k]

    def ids_between(self, first: int, last: int) -> list[int] | None:
        """The ids of rows ``first``..``last`` if all are held and current, else None."""
        last = min(last, len(self) - 1)
        if first > last:
            return []
        if self._all is not None:
            return self._all[first : last + 1]
        out: list[int] = []
        for page in range(first // PAGE, last // PAGE + 1):
            ids = self._pages.get(page)
            lo = max(first, page * PAGE) - page * PAGE
            hi = min(last, page * PAGE + PAGE - 1) - page * PAGE
            if ids is None or hi >= len(ids):
                return None
            out.extend(ids[lo : hi + 1])
        return out

    def known_ids(self, first: int, last: int) -> list[int]:
        """The ids of rows ``first``..``last`` that are known now (nothing is fetched)."""
        if self._all is not None:
            return self._all[max(0, first) : last + 1]
        return [i for r in range(max(0, first), min(last, len(self) - 1) + 1)
                if (i := self.id_at(r, fetch=False)) is not None]  # fmt: skip

    def fetch_rows(
        self, ranges: Sequence[tuple[int, int]], on_done: Callable[[list[int]], None]
    ) -> None:
        """``on_done(ids)`` with the ids of the rows in ``ranges`` ((first, last), in order):
        at once when they are held, else read in the background (select all of a million
        items, the export of the shown result). Not called if the rows change meanwhile."""
        out: list[int] = []
        for first, last in ranges:
            part = self.ids_between(first, last)
            if part is None:
                break
            out.extend(part)
        else:
            on_done(out)
            return
        fetch, total, version = self._fetch, self._total, self._version
        counted = self._counted
        assert fetch is not None
        wanted = [(a, min(b, total - 1)) for a, b in ranges if a < total]

        def work(_ctx: TaskContext) -> list[int]:
            ids: list[int] = []
            for first, last in wanted:
                ids.extend(fetch(first, last - first + 1, total if counted else None))
            return ids

        def done(ids: list[int]) -> None:
            if version == self._version:
                on_done(ids)

        self.runner.submit(work, label=translate("Tasks", "Reading the items"), on_done=done)

    def all_ids(self, on_done: Callable[[list[int]], None]) -> None:
        """``on_done(ids)`` with every id of the result (see :meth:`fetch_rows`)."""
        if not len(self):
            on_done([])
            return
        self.fetch_rows([(0, len(self) - 1)], on_done)

    # -- records ----------------------------------------------------------------------------
    def record(self, row: int, *, fetch: bool = True) -> ItemRecord | None:
        """The record at ``row`` if cached; otherwise request its page and return None."""
        item_id = self.id_at(row, fetch=fetch)
        if item_id is None:
            return None
        rec = self._records.get(item_id)
        if rec is not None:
            self._records.move_to_end(rec.id)
            return rec
        if fetch:
            self._fetch_page(row // PAGE)
            return self._records.get(item_id)  # a synchronous runner answered already
        return None

    def cached(self, item_id: int) -> ItemRecord | None:
        return self._records.get(item_id)

    def loading(self) -> bool:
        """A page of records is being read."""
        return bool(self._pending)

    def _fetch_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        gen = self._generation
        read = self._next_read()
        catalog = self.catalog
        # Ids already held (the whole list, or all of this page of a window, e.g. the first
        # page of a search before its count): only the records are read.
        known = self._pages.get(page) if self._all is None else None
        if known is not None and len(known) < min(PAGE, len(self) - page * PAGE):
            known = None  # part of the page: its ids are read too
        if self._all is not None or known is not None:
            if known is not None:
                held = list(known)
            else:
                assert self._all is not None
                held = self._all[page * PAGE : (page + 1) * PAGE]

            def work(ctx: TaskContext) -> tuple[list[int], list[ItemRecord]]:
                with catalog.interruptible(ctx.cancel_token):
                    return held, catalog.items(held)

        else:
            fetch, total = self._fetch, self._total if self._counted else None
            assert fetch is not None

            def work(ctx: TaskContext) -> tuple[list[int], list[ItemRecord]]:
                with catalog.interruptible(ctx.cancel_token):
                    ids = fetch(page * PAGE, PAGE, total)
                    return ids, catalog.items(ids)

        def arrived(got: tuple[list[int], list[ItemRecord]]) -> None:
            self._page_arrived(gen, page, *got, read=read)

        def failed(_exc: BaseException) -> None:
            self._page_failed(gen, page)

        handle = self.runner.submit(
            work,
            label=translate("Tasks", "Reading a page of items"),
            interactive=True,
            priority=PAGE_PRIORITY,
            on_done=arrived,
            on_error=failed,
        )
        if handle.running:  # a synchronous runner (tests) has answered already
            self._loads[page] = handle

    def _page_failed(self, gen: int, page: int) -> None:
        if gen == self._generation:
            self._pending.discard(page)
            self._loads.pop(page, None)

    def _page_arrived(
        self, gen: int, page: int, ids: list[int], records: list[ItemRecord], read: int
    ) -> None:
        if gen == self._generation:
            self._pending.discard(page)
            self._loads.pop(page, None)
            if self._all is None:
                self._stale.pop(page, None)
                self._keep_page(page, ids)
            if ids:  # the page's rows, known without the index
                last = min(len(self), (page + 1) * PAGE) - 1
                self._store(records, read, rows=(page * PAGE, last))
                return
        self._store(records, read)

    def _next_read(self) -> int:
        self._reads += 1
        return self._reads

    def _store(
        self, records: Iterable[ItemRecord], read: int, rows: tuple[int, int] | None = None
    ) -> None:
        got = [rec for rec in records if self._read_of.get(rec.id, 0) <= read]
        for rec in got:
            self._records[rec.id] = rec
            self._records.move_to_end(rec.id)
            self._read_of[rec.id] = read
        if rows is None and got:
            if self._row_of is None:  # index being built: say "some rows" (views repaint)
                rows = (0, len(self) - 1) if len(self) else None
            else:
                found = [r for rec in got if (r := self._row_of.get(rec.id)) is not None]
                rows = (min(found), max(found)) if found else None
        while len(self._records) > self.cache_limit:
            self._read_of.pop(self._records.popitem(last=False)[0], None)
        if got:
            self.records_loaded.emit(got)
        if rows is not None and rows[0] <= rows[1]:
            self.rows_changed.emit(*rows)

    def refresh(self, item_ids: Iterable[int], roots: Iterable[int] = ()) -> None:
        """Re-read the records of changed items that are cached or shown, and the cached
        records of the items of changed folders (``roots``: mapped to another path here,
        their paths changed; the inspector, loupe and player kept the old one)."""
        # Uncached rows are read fresh when painted; the index may still be being built.
        shown = self._row_of if self._row_of is not None else {}
        in_roots = frozenset(roots)
        wanted = {i for i in item_ids if i in self._records or i in shown}
        if in_roots:
            wanted |= {i for i, rec in self._records.items() if rec.root_id in in_roots}
        if not wanted:
            return
        catalog = self.catalog
        read = self._next_read()

        def work(_ctx: TaskContext) -> list[ItemRecord]:
            if in_roots:  # a folder reachable here now: its items are not offline any more
                catalog.roots_offline_here(fresh=True)
            return catalog.items(sorted(wanted))

        self.runner.submit(
            work,
            label=translate("Tasks", "Reading the items"),
            on_done=lambda got: self._store(got, read),
        )

    def load(self, item_ids: Sequence[int], on_done: object = None) -> None:
        """Fetch records for ids (cached or not); ``on_done(records)`` when they are in."""
        ids = list(item_ids)
        catalog = self.catalog
        read = self._next_read()

        def work(_ctx: TaskContext) -> list[ItemRecord]:
            return catalog.items(ids)

        def done(records: list[ItemRecord]) -> None:
            self._store(records, read)
            if callable(on_done):
                on_done(records)

        self.runner.submit(work, label=translate("Tasks", "Reading the items"), on_done=done)
