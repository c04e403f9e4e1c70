"""The id -> row index of a long result is built off the UI thread; lookups work meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.gui.conftest import run_as_worker

from smparchive.core.progress import Cancelled, CancelToken

pytestmark = pytest.mark.gui


class Deferred:
    """A task of :class:`DeferredRunner`: its handle (cancel) and its context."""

    def __init__(self) -> None:
        self.cancel_token = CancelToken()
        self.running = True

    def cancel(self) -> None:
        self.cancel_token.cancel()


class DeferredRunner:
    """Holds submitted work until ``run_all`` (a background thread that has not run yet);
    work cancelled meanwhile never runs, as with the app's runner."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Callable[..., Any], Callable[[Any], None] | None]] = []

    def submit(self, work: Callable[..., Any], **kw: Any) -> Deferred:
        handle = Deferred()

        def run(_ctx: Any = None) -> Any:
            handle.running = False
            handle.cancel_token.raise_if_cancelled()
            return work(handle)

        self.waiting.append((run, kw.get("on_done")))
        return handle

    def run_all(self) -> None:
        waiting, self.waiting = self.waiting, []
        for work, done in waiting:
            try:
                result = run_as_worker(work, None)
            except Cancelled:
                continue
            if done is not None:
                done(result)


def test_long_results_are_indexed_in_the_background(
    gui_catalog: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui.models import item_store
    from smparchive.gui.models.item_store import ItemStore

    monkeypatch.setattr(item_store, "INDEX_INLINE", 50)
    runner = DeferredRunner()
    store = ItemStore(gui_catalog, runner)  # type: ignore[arg-type]
    store.set_ids(range(1000, 1030))  # short: indexed at once
    assert not runner.waiting and store.row_of(1029) == 29
    store.append_ids(list(range(5000, 5200)))  # long: indexed in the background
    assert [w for w in runner.waiting if w[1] is not None]
    assert store.row_of(5199) == 229 and store.row_of(1003) == 3  # answered meanwhile
    assert store.row_of(42) is None
    runner.run_all()
    assert store._row_of is not None and store.row_of(5100) == 130
    store.set_ids(range(10, 300))
    stale = list(runner.waiting)
    store.set_ids(range(7, 9))  # replaced before the long one was indexed
    for work, done in stale:
        assert done is not None
        done(work(None))  # the stale index arrives late and is ignored
    assert store.row_of(8) == 1 and store.row_of(200) is None


def test_rows_of_an_arriving_page_are_repainted(
    gui_catalog: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui.models import item_store
    from smparchive.gui.models.item_store import PAGE, ItemStore

    monkeypatch.setattr(item_store, "INDEX_INLINE", 5)
    runner = DeferredRunner()
    store = ItemStore(gui_catalog, runner)  # type: ignore[arg-type]
    ids = gui_catalog.query_ids()
    store.set_ids(ids)
    changed: list[tuple[int, int]] = []
    store.rows_changed.connect(lambda a, b: changed.append((a, b)))
    assert store.record(len(ids) - 1) is None  # asks for its page
    runner.run_all()  # page (and index) arrive
    assert store.record(len(ids) - 1) is not None
    page = (len(ids) - 1) // PAGE
    assert (page * PAGE, len(ids) - 1) in changed


def test_a_read_that_finishes_last_does_not_undo_a_later_one(gui_catalog: Any, qapp: Any) -> None:
    """Reads of records finish out of order (page loads and refreshes run on different
    threads): a read asked for before an edit that lands after the edit's re-read must not
    put the old value back (the grid showed the rating from before an undo)."""
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.gui.models.item_store import ItemStore

    runner = DeferredRunner()
    store = ItemStore(gui_catalog, runner)  # type: ignore[arg-type]
    store.set_ids(gui_catalog.query_ids(ItemFilter()))
    runner.run_all()
    first = store.id_at(0)
    assert first is not None
    store.refresh([first])  # asked for before the edit ...
    early = runner.waiting.pop()
    before = early[0](None)  # ... and it read the old rating
    assert before[0].rating != 2
    gui_catalog.set_fields([first], rating=2)
    store.refresh([first])  # the edit's re-read
    runner.run_all()
    assert store.cached(first).rating == 2
    assert early[1] is not None
    early[1](before)  # the early read lands last
    assert store.cached(first).rating == 2
