"""What the browser shows: sidebar scope + search query + facet chips -> ids, in the background."""

from __future__ import annotations

import logging
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QObject, Signal

from smparchive.core.catalog.catalog import Catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.ops_query import FacetCounts
from smparchive.gui.models.item_store import ItemStore
from smparchive.gui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

_DEFAULT = ItemFilter()


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
        elif f.name in ("tag_ids", "exclude"):
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
    """The query language (filter and any ``sort:``) when organise provides it, else words."""
    text = text.strip()
    if not text:
        return ItemFilter(), None
    try:
        from smparchive.core.organise import query as query_mod
    except ImportError:
        return ItemFilter(text=text), None
    if hasattr(query_mod, "parse_search"):
        search = query_mod.parse_search(text, catalog)
        asked = any(getattr(t, "key", None) == "sort" for t in search.tokens)
        return search.filter, search.sort if asked else None
    if hasattr(query_mod, "parse_query"):
        return query_mod.parse_query(text, catalog), None
    return ItemFilter(text=text), None


class BrowserController(QObject):
    """Holds the current scope, query, chips and sort; runs the query off the UI thread."""

    results = Signal(int)  # number of items shown
    facets_ready = Signal(object)  # FacetCounts of the current result
    query_error = Signal(str)  # the search text could not be understood ('' = fine)

    def __init__(self, catalog: Catalog, runner: TaskRunner, store: ItemStore) -> None:
        super().__init__()
        self.catalog = catalog
        self.runner = runner
        self.store = store
        self.scope = ItemFilter()
        self.scope_label = ""
        self.collection_id: int | None = None  # a plain collection: its own order
        self.query_text = ""
        self.chips = ItemFilter()
        self.sort = "time"
        self.descending = False
        self._generation = 0
        self.last_filter = ItemFilter()
        self.sort_in_use = "time"

    # -- inputs -----------------------------------------------------------------------------
    def set_scope(self, f: ItemFilter, label: str, collection_id: int | None = None) -> None:
        self.scope, self.scope_label, self.collection_id = f, label, collection_id
        self.chips = ItemFilter()
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
    def refresh(self, *, keep_facets: bool = False) -> None:
        """Re-run the query; stale answers (the user typed on) are dropped."""
        self._generation += 1
        gen = self._generation
        catalog = self.catalog
        scope, chips, text = self.scope, self.chips, self.query_text
        sort = self.sort
        if self.collection_id is not None and sort == "time" and not self.descending:
            sort = "collection"
        descending = self.descending

        def work(_ctx: TaskContext) -> tuple[ItemFilter, ItemFilter, list[int], str]:
            query, asked = parse_query(text, catalog)
            base = combine(scope, query)
            f = combine(base, chips)
            used = asked or sort
            ids = catalog.query_ids(f, sort=used)
            return base, f, ids[::-1] if descending else ids, used

        def done(value: tuple[ItemFilter, ItemFilter, list[int], str]) -> None:
            if gen != self._generation:
                return
            base, f, ids, used = value
            self.sort_in_use = used
            self.last_filter = f
            self.query_error.emit("")
            self.store.set_ids(ids)
            self.results.emit(len(ids))
            if not keep_facets:
                self._facets(gen, base)

        def failed(exc: BaseException) -> None:
            if gen == self._generation:
                self.query_error.emit(str(exc))

        self.runner.submit(work, label="search", interactive=True, on_done=done, on_error=failed)

    def _facets(self, gen: int, f: ItemFilter) -> None:
        catalog = self.catalog

        def work(_ctx: TaskContext) -> FacetCounts:
            return catalog.facets(f)

        def done(counts: FacetCounts) -> None:
            if gen == self._generation:
                self.facets_ready.emit(counts)

        self.runner.submit(work, label="facets", on_done=done, on_error=lambda _e: None)
