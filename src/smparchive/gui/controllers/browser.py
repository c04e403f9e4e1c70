"""What the browser shows: sidebar scope + search query + facet chips -> ids, in the background."""

from __future__ import annotations

import logging
import threading
from array import array
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QObject, QTimer, Signal

from smparchive.core.catalog.counts import FacetCounts
from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.gui import problem_texts
from smparchive.gui.i18n import translate
from smparchive.gui.models import item_store
from smparchive.gui.models.item_store import Fetch, ItemStore, UpdatePlan, plan_update
from smparchive.gui.tasks import TaskContext, TaskHandle, TaskRunner

log = logging.getLogger(__name__)

_DEFAULT = ItemFilter()
# Facet counts walk the whole result in Python (~0.5 s at 100,000 items) and would compete
# with the grid for the interpreter: they start once the results have settled, never per
# keystroke, and the counts of recent filters are kept until the catalogue changes.
FACETS_DELAY_MS = 300
FIRST_PAGE = 600  # ids shown before the whole result is in (a few screenfuls)
FIRST_WAIT_S = 0.02  # how often a count waiting for its first page checks for a cancel
FACETS_AFTER_EDIT_MS = 1000
FACETS_CACHE = 8
LIVE_DELAY_MS = 120
# Within the search thread pool: a first page (what the user waits for) starts before a
# count or the whole id list of a result (see TaskRunner.submit ``priority``).
FIRST_PRIORITY = 2
# Every id of a large result in its order, 8 bytes an id (see _fetcher).
if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

    Ids: TypeAlias = array[int]
else:
    Ids = array


class WholeIds:
    """Every id of a windowed result, once read in the background (see ``_read_whole``):
    until then (None) its windows are read by offset. Set on the UI thread, read by the
    page threads (one attribute: no lock)."""

    __slots__ = ("ids",)

    def __init__(self, ids: Ids | None = None) -> None:
        self.ids = ids


def combine(a: ItemFilter, b: ItemFilter) -> ItemFilter:
    """Both filters at once (AND). OR-lists intersect, AND-lists and texts join."""
    out: dict[str, Any] = {}
    empty = False  # the two filters contradict each other: nothing matches
    for f in fields(ItemFilter):
        x, y = getattr(a, f.name), getattr(b, f.name)
        default = getattr(_DEFAULT, f.name)
        if x in (default, y):
            out[f.name] = y
        elif y == default:
            out[f.name] = x
        elif f.name == "text":
            out[f.name] = f"{x} {y}"
        elif f.name in ("tag_ids", "exclude", "field_values"):
            out[f.name] = tuple(dict.fromkeys((*x, *y)))
        elif f.name in ("rating_min", "date_from"):
            out[f.name] = max(x, y)
        elif f.name in ("rating_max", "date_to"):
            out[f.name] = min(x, y)
        elif isinstance(x, bool):
            out[f.name] = x or y
        elif isinstance(x, tuple):
            out[f.name] = tuple(v for v in x if v in set(y))
            empty = empty or not out[f.name]
        else:  # two different collections, roots or orientations
            out[f.name] = y
            empty = True
    result = ItemFilter(**out)
    return result.with_(item_ids=()) if empty else result


def parse_query(text: str, catalog: Catalog) -> tuple[ItemFilter, str | None]:
    """The query language: the filter and the ``sort:`` the text asks for, if any."""
    text = text.strip()
    if not text:
        return ItemFilter(), None
    from smparchive.core.domain.query import parse_search
    from smparchive.gui.query_values import value_names

    search = parse_search(text, catalog, names=value_names())
    asked = any(t.key == "sort" for t in search.tokens)
    return search.filter, search.sort if asked else None


class BrowserController(QObject):
    """Holds the current scope, query, chips and sort; runs the query off the UI thread."""

    results = Signal(int)  # number of items of the result (counted: all rows are there)
    first_page = Signal(int)  # the first page of a larger result is shown; the rest follows
    facets_ready = Signal(object)  # FacetCounts of the current result
    facets_pending = Signal()  # a new result: its counts follow once it is counted
    query_error = Signal(str)  # the search text could not be understood ('' = fine)
    sort_shown = Signal(str, bool)  # the order the result is in: core sort name, descending
    days_spanned = Signal(bool)  # the result's items lie on several days (captions dated)
    # a change re-read the same view: its rows are about to be / have been updated (the
    # window keeps the selected items selected when their rows moved)
    rows_updating = Signal()
    rows_updated = Signal()

    def __init__(self, catalog: Catalog, runner: TaskRunner, store: ItemStore) -> None:
        super().__init__()
        self.catalog = catalog
        self.runner = runner
        self.store = store
        self.scope = ItemFilter()
        self.scope_label = ""
        self.collection_id: int | None = None  # a plain collection: its own order
        self.query_text = ""
        self.shown_query = ""  # the search text of the result on screen (a failed one keeps it)
        self._failed_query: str | None = None  # the last search text the catalogue refused
        self.chips = ItemFilter()
        self.sort = "time"
        self.descending = False
        self._generation = 0
        self._running: list[TaskHandle] = []  # the current query's reads (cancelled when
        # superseded: a count of a million matches stops at once, see Catalog.interruptible)
        self.last_filter = ItemFilter()
        self.sort_in_use = "time"
        self.partial = False  # only the first page of the current result is shown (uncounted)
        self._complete = 0  # generation whose whole result is shown
        self._facets_for: tuple[int, ItemFilter] | None = None  # what the timer will count
        self._facet_cache: dict[ItemFilter, FacetCounts] = {}
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(FACETS_DELAY_MS)
        self._facet_timer.timeout.connect(self._run_facets)
        self._live_timer = QTimer(self)  # edits in a row (rating with the keys) re-query once
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_DELAY_MS)
        self._live_again = False
        self._live_timer.timeout.connect(self._live_cooldown_over)

    # -- inputs -----------------------------------------------------------------------------
    def set_scope(self, f: ItemFilter, label: str, collection_id: int | None = None) -> None:
        """A new source; the search text and chips stay (the filter bar shows them)."""
        self.scope, self.scope_label, self.collection_id = f, label, collection_id
        self.refresh()

    def set_query(self, text: str) -> None:
        self.query_text = text
        self.refresh()

    def set_chips(self, f: ItemFilter) -> None:
        self.chips = f
        self.refresh()

    def set_sort(self, sort: str, descending: bool = False) -> None:
        self.sort, self.descending = sort, descending
        self.refresh()

    @property
    def in_collection_order(self) -> bool:
        """Showing a curated collection in its own order (drag to reorder)."""
        return self.collection_id is not None and self.sort_in_use == "collection"

    # -- running ----------------------------------------------------------------------------
    def follow_changes(self) -> None:
        """The catalogue changed (an edit, an undo, a background job): re-run the query and
        update the shown rows in place (see :meth:`refresh` ``live``). At once for the first
        change, then at most once per LIVE_DELAY_MS (ratings typed in a row)."""
        if self._live_timer.isActive():
            self._live_again = True
            return
        self._live_again = False
        self._live_timer.start()
        self.refresh(live=True)

    def _live_cooldown_over(self) -> None:
        if self._live_again:
            self._live_again = False
            self._live_timer.start()
            self.refresh(live=True)

    @property
    def query_failed(self) -> bool:
        """Whether the search text as it stands was refused (the result shown is an older
        search's); False while a new text is still being searched."""
        return self._failed_query is not None and self._failed_query == self.query_text

    def refresh(self, *, keep_facets: bool = False, live: bool = False) -> None:
        """Re-run the query; stale answers (the user typed on) are dropped.

        The first page of ids comes first (a LIMIT query: milliseconds even when a million
        items match) so the grid fills at once; then the result is counted. A result of up
        to HOLD_ALL items is then fetched whole and appended; a larger one stays windowed:
        the grid gets its row count and reads the pages it shows (``ItemStore.set_window``).
        A free-text search whose pages would each sort all of its matches
        (``Catalog.sorts_whole``) is counted by reading its ids once, in order, into an
        array; its pages are then slices of it (a jump deep into a million matches waits
        for its records only).
        ``live``: the same view after a change; rows that left or joined a held result are
        removed or inserted (the rest keep selection and scroll), a windowed one is re-read
        in place.
        """
        self._generation += 1
        gen = self._generation
        self._cancel_running()
        if not keep_facets and not live:
            self.facets_pending.emit()  # counted after the result (see _done)
        catalog = self.catalog
        scope, chips, text = self.scope, self.chips, self.query_text
        sort = self.sort
        if self.collection_id is not None and sort == "time" and not self.descending:
            sort = "collection"
        descending = self.descending
        Head = tuple[ItemFilter, ItemFilter, str, list[int]]
        Rest = tuple[
            ItemFilter, ItemFilter, str, int, list[int] | None, UpdatePlan | None, Ids | None
        ]
        # A live update compares the new list with the shown one on the worker thread (at
        # 20,000 items the comparison would cost the UI thread a frame).
        before = self.store.snapshot() if live and self.store.complete else None

        def query() -> tuple[ItemFilter, ItemFilter, str]:
            parsed, asked = parse_query(text, catalog)
            base = combine(scope, parsed)
            return base, combine(base, chips), asked or sort

        # The count (or the whole id list) starts once the first page is shown: run side by
        # side they share this machine's cores and the interpreter (reading a million ids
        # is a Python loop), and the page the user waits for, then its painting, took
        # several times their own time at a million matches.
        first_shown = threading.Event()
        if live:
            first_shown.set()  # a live update reads no first page

        def first(ctx: TaskContext) -> Head | None:
            if gen != self._generation:
                return None
            with catalog.interruptible(ctx.cancel_token):
                base, f, used = query()
                ids = catalog.query_ids(f, sort=used, limit=FIRST_PAGE, descending=descending)
            return base, f, used, ids

        def rest(ctx: TaskContext) -> Rest | None:
            while not first_shown.wait(FIRST_WAIT_S):
                ctx.raise_if_cancelled()  # a first page cancelled before it started: never shown
            if gen != self._generation or self._complete == gen:
                return None  # stale, or the first page was everything
            with catalog.interruptible(ctx.cancel_token):
                base, f, used = query()
                whole: Ids | None = None
                if f.text.strip() and catalog.sorts_whole(f, sort=used, descending=descending):
                    # Each page read by offset would sort every match of the search: its
                    # ids are read once instead (the count costs most of that anyway, the
                    # lookup of every match), and their number is the count (see _fetcher).
                    whole = catalog.id_array(f, sort=used, descending=descending)
                    total = len(whole)
                else:
                    total = catalog.count(f)
                ids: list[int] | None = None
                plan = None
                if total <= item_store.HOLD_ALL:
                    if whole is not None:
                        ids = whole.tolist()
                    else:
                        ids = catalog.query_ids(f, sort=used, descending=descending)
                    plan = plan_update(before, ids) if before is not None else None
            return base, f, used, total, ids, plan, whole

        def settle(base: ItemFilter, f: ItemFilter, used: str) -> None:
            self.sort_in_use = used
            self.sort_shown.emit(used, descending)
            self.last_filter = f
            # as the filter bar names it: a search of spaces alone is no search (the
            # status line said « »)
            self.shown_query = text.strip()
            self._failed_query = None
            self.query_error.emit("")

        def head_shown(value: Head | None) -> None:
            if value is None or gen != self._generation or self._complete == gen:
                return
            base, f, used, ids = value
            settle(base, f, used)
            if len(ids) < FIRST_PAGE:  # the first page was everything
                self.store.set_ids(ids)
                self.partial = False
                self._done(gen, len(ids), base, keep_facets)
                return
            self.store.set_window(ids, self._fetcher(f, used, descending))
            self.partial = True
            self.first_page.emit(len(ids))

        def rest_shown(value: Rest | None) -> None:
            if value is None or gen != self._generation or self._complete == gen:
                return
            base, f, used, total, ids, plan, whole = value
            settle(base, f, used)
            held = WholeIds(whole)
            fetch = self._fetcher(f, used, descending, held)
            if ids is None and whole is None:
                self._read_whole(gen, f, used, descending, total, held)
            if ids is not None:
                if live and self.store.complete and not self.partial:
                    self.rows_updating.emit()
                    self.store.update_ids(ids, plan)
                    self.rows_updated.emit()
                elif (
                    self.partial
                    and self.store.ids_between(0, len(self.store) - 1) == ids[: len(self.store)]
                ):
                    self.store.append_ids(ids[len(self.store) :])
                else:
                    self.store.set_ids(ids)
            elif live and not self.partial:
                self.store.reload(total, fetch)
            elif self.partial and not self.store.complete:
                self.store.set_total(total, fetch)
            else:
                self.store.set_window([], fetch, total)
            self.partial = False
            self._done(gen, total, base, keep_facets)

        def failed(exc: BaseException) -> None:
            if gen == self._generation:
                self._failed_query = text
                self.query_error.emit(problem_texts.sentence(str(exc)))  # in the UI language

        def first_done(value: Head | None) -> None:
            try:
                head_shown(value)
            finally:
                first_shown.set()

        def first_failed(exc: BaseException) -> None:
            try:
                failed(exc)
            finally:
                first_shown.set()

        if not live:
            self._running.append(
                self.runner.submit(
                    first,
                    label=translate("Tasks", "Searching"),
                    interactive=True,
                    priority=FIRST_PRIORITY,
                    on_done=first_done,
                    on_error=first_failed,
                )
            )
        self._running.append(
            self.runner.submit(
                rest,
                label=translate("Tasks", "Searching"),
                interactive=True,
                on_done=rest_shown,
                on_error=failed,
            )
        )

    def _cancel_running(self) -> None:
        """Stop the reads of a query the user has gone past (their answers would be dropped
        anyway): a statement under way is interrupted, one still queued never starts."""
        for handle in self._running:
            if handle.running:
                handle.cancel()
        self._running.clear()

    def _done(self, gen: int, total: int, base: ItemFilter, keep_facets: bool) -> None:
        self._complete = gen
        self.results.emit(total)
        self._check_days(gen, self.last_filter)  # after a live update too: items move days
        if not keep_facets:
            self._schedule_facets(gen, base)

    def _check_days(self, gen: int, f: ItemFilter) -> None:
        """Whether the result lies on several days, read once it is shown (a read that
        stops at the second day found); announced by ``days_spanned``."""
        catalog = self.catalog

        def work(ctx: TaskContext) -> bool | None:
            if gen != self._generation:
                return None
            with catalog.interruptible(ctx.cancel_token):
                return catalog.spans_days(f)

        def done(many: bool | None) -> None:
            if many is not None and gen == self._generation:
                self.days_spanned.emit(many)

        # named for what it does: a failed check said "Searching failed." after the results
        # were in
        label = translate("Tasks", "Checking which days the results are on")
        self._running.append(self.runner.submit(work, label=label, on_done=done))

    def _fetcher(
        self, f: ItemFilter, sort: str, descending: bool, whole: WholeIds | None = None
    ) -> Fetch:
        """How the grid reads a window of this result (on a worker thread): a slice of
        ``whole`` once it holds every id of the result (read once), else by offset in the
        catalogue (the same rows: every order is total, see ``filters.SORTS``)."""
        catalog = self.catalog

        def fetch(offset: int, limit: int, total: int | None) -> list[int]:
            ids = whole.ids if whole is not None else None
            if ids is not None:
                return ids[offset : offset + limit].tolist()
            return catalog.query_ids(
                f, sort=sort, limit=limit, offset=offset, descending=descending, total=total
            )

        return fetch

    def _read_whole(
        self, gen: int, f: ItemFilter, sort: str, descending: bool, total: int, held: WholeIds
    ) -> None:
        """A windowed result whose every window read by offset sorts all of it (an order no
        index gives: every item largest first, 0.2-1.2 s a deep page at a million items):
        read its ids once in the background (0.3-1.4 s), after its first page and count;
        the windows are then slices (a free-text search does this instead of counting, see
        ``refresh``)."""
        catalog = self.catalog

        def work(ctx: TaskContext) -> Ids | None:
            if gen != self._generation:
                return None
            with catalog.interruptible(ctx.cancel_token):
                if not catalog.sorts_whole(f, sort=sort, descending=descending):
                    return None
                return catalog.id_array(f, sort=sort, descending=descending)

        def done(ids: Ids | None) -> None:
            # A result that changed meanwhile is re-read by the live update that follows.
            if ids is not None and gen == self._generation and len(ids) == total:
                held.ids = ids

        self._running.append(
            self.runner.submit(
                work, label=translate("Tasks", "Finding every item of the search"), on_done=done
            )
        )

    def _schedule_facets(self, gen: int, f: ItemFilter) -> None:
        self._facets_for = (gen, f)
        cached = self._facet_cache.get(f)
        if cached is not None:
            self._facet_timer.stop()
            self.facets_ready.emit(cached)
            return
        self._facet_timer.start(FACETS_DELAY_MS)

    def invalidate_facets(self) -> None:
        """Items changed: forget cached counts and recount the current result soon."""
        self._facet_cache.clear()
        if self._facets_for is not None:
            self._facets_for = (self._generation, self._facets_for[1])
            self._facet_timer.start(FACETS_AFTER_EDIT_MS)

    def _run_facets(self) -> None:
        if self._facets_for is None:
            return
        gen, f = self._facets_for
        if gen != self._generation:
            return
        catalog = self.catalog

        def work(ctx: TaskContext) -> FacetCounts | None:
            if gen != self._generation:  # the user searched on while this waited
                return None
            with catalog.interruptible(ctx.cancel_token):
                return catalog.facets(f)

        def done(counts: FacetCounts | None) -> None:
            if counts is None:
                return
            self._facet_cache[f] = counts
            while len(self._facet_cache) > FACETS_CACHE:
                self._facet_cache.pop(next(iter(self._facet_cache)))
            if gen == self._generation:
                self.facets_ready.emit(counts)

        self._running.append(
            self.runner.submit(
                work,
                label=translate("Tasks", "Counting the quick filters"),
                on_done=done,
                on_error=lambda _e: None,
            )
        )
