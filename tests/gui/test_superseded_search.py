"""Typing on while an earlier search is still being read (issue 19: a million items).

The reads of a search the user has typed past are cancelled: a statement under way is
interrupted (its thread is free for the newest search at once) and its answer, if one
comes anyway, never replaces the newer result."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from smparchive.core.catalog.filters import ItemFilter

pytestmark = pytest.mark.gui

# Minutes of work for SQLite unless interrupted.
LONG = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
    "SELECT count(*) FROM c"
)


@pytest.fixture
def browser(qapp: Any, gui_catalog: Any) -> Iterator[Any]:
    """A browser over ``gui_catalog`` with the app's threaded runner."""
    from smparchive.gui.controllers.browser import BrowserController
    from smparchive.gui.models.item_store import ItemStore
    from smparchive.gui.tasks import TaskRunner

    runner = TaskRunner()
    store = ItemStore(gui_catalog, runner)
    b = BrowserController(gui_catalog, runner, store)
    yield b
    runner.shutdown()


def browser_module() -> Any:
    from smparchive.gui.controllers import browser

    return browser


def _before_counts(monkeypatch: pytest.MonkeyPatch, catalog: Any, hook: Any) -> None:
    """``hook(filter)`` runs before each count and each read of a whole result's ids; the
    results of these tests then hold more matches than a first page."""
    real_count, real_array = catalog.count, catalog.id_array

    def count(f: ItemFilter | None = None) -> int:
        hook(f)
        return int(real_count(f))

    def id_array(f: ItemFilter | None = None, **kw: Any) -> Any:
        hook(f)
        return real_array(f, **kw)

    monkeypatch.setattr(catalog, "count", count)
    monkeypatch.setattr(catalog, "id_array", id_array)
    monkeypatch.setattr(browser_module(), "FIRST_PAGE", 4)


def _ids_of(catalog: Any, text_: str) -> list[int]:
    return list(catalog.query_ids(ItemFilter(text=text_)))


def test_typing_while_a_slow_count_runs_keeps_the_newest_results(
    browser: Any, gui_catalog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count of the first search would take minutes: typing on interrupts it, and the
    grid shows the newest search's items. (A free-text search is counted by reading its
    ids, see ``Catalog.sorts_whole``: either read is the slow one here.)"""
    started, interrupted = threading.Event(), threading.Event()

    def slow() -> int:
        started.set()
        try:
            with gui_catalog._read() as s:
                return int(s.execute(text(LONG)).scalar() or 0)
        except Exception:  # interrupted in the middle of the statement
            interrupted.set()
            raise

    def counting(f: ItemFilter | None) -> None:
        if f is not None and f.text == "IMG":  # the broad search: a count that takes long
            slow()

    _before_counts(monkeypatch, gui_catalog, counting)
    results: list[int] = []
    browser.results.connect(results.append)
    browser.set_query("IMG")
    qtbot.waitUntil(started.is_set, timeout=10000)  # its count is under way (after its first page)
    browser.set_query("talk")
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert interrupted.wait(10), "the superseded count was not interrupted"
    assert results == [1]  # the newest search's count, never the old one's
    assert browser.store.ids == _ids_of(gui_catalog, "talk")


def test_a_superseded_answer_never_replaces_the_newer_result(
    browser: Any, gui_catalog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first search's first page comes back after the newer search is shown (a read
    that could not be interrupted): it is dropped."""
    real_ids = gui_catalog.query_ids
    release, held = threading.Event(), threading.Event()
    late: list[list[int]] = []

    def query_ids(f: ItemFilter | None = None, **kw: Any) -> list[int]:
        out = list(real_ids(f, **kw))
        first_page = kw.get("limit") is not None
        if f is not None and f.text == "IMG" and first_page and not release.is_set():
            held.set()
            release.wait(10)  # Python work, no statement: nothing to interrupt
            late.append(out)
        return out

    monkeypatch.setattr(gui_catalog, "query_ids", query_ids)
    monkeypatch.setattr(gui_catalog, "interruptible", lambda _t: _NoInterrupt())
    shown: list[int] = []
    browser.results.connect(shown.append)
    browser.first_page.connect(shown.append)
    browser.set_query("IMG")
    assert held.wait(10)
    browser.set_query("panel")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert browser.store.ids == _ids_of(gui_catalog, "panel")
    release.set()
    qtbot.waitUntil(lambda: bool(late), timeout=10000)
    browser.runner.wait_idle()
    qapp_events(qtbot)
    assert browser.store.ids == _ids_of(gui_catalog, "panel")  # still the newer result
    assert shown == [1] and browser.query_text == "panel"


class _NoInterrupt:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> None:
        return None


def qapp_events(qtbot: Any) -> None:
    """Let queued answers from the worker threads arrive."""
    qtbot.wait(50)


def test_pages_of_rows_scrolled_past_are_not_read(
    gui_catalog: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A jump across a windowed result: the page being read for the rows it left is
    cancelled, the page now on screen is read."""
    from tests.gui.test_item_store_index import DeferredRunner

    from smparchive.gui.models import item_store
    from smparchive.gui.models.item_store import ItemStore

    monkeypatch.setattr(item_store, "PAGE", 4)
    result = list(gui_catalog.query_ids())
    asked: list[int] = []

    def fetch(offset: int, limit: int, total: int | None) -> list[int]:
        asked.append(offset)
        return result[offset : offset + limit]

    runner = DeferredRunner()
    store = ItemStore(gui_catalog, runner)  # type: ignore[arg-type]
    store.set_window(result[:4], fetch, len(result))
    assert store.record(9) is None  # rows 8-11 asked for
    assert store.record(25) is None  # the grid jumped: rows 24-27
    store.retain_loads(20, 31)  # what is on screen now
    runner.run_all()
    assert asked == [24]  # the page scrolled past was never read
    assert store.record(25) is not None and store.record(9) is None
    runner.run_all()
    assert asked == [24, 8] and store.record(9) is not None  # asked again when back


def test_the_count_starts_after_the_first_page_is_read(
    browser: Any, gui_catalog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page the user waits for is read alone: the search's count (or its whole id list)
    starts once the first page is in, never beside it on the same cores."""
    import time

    real_ids = gui_catalog.query_ids
    first_read: list[float] = []
    counting: list[float] = []

    def query_ids(f: ItemFilter | None = None, **kw: Any) -> list[int]:
        if f is not None and f.text == "IMG" and kw.get("limit") is not None and not first_read:
            time.sleep(0.3)  # a first page that takes its time
            out = list(real_ids(f, **kw))
            first_read.append(time.monotonic())
            return out
        return list(real_ids(f, **kw))

    monkeypatch.setattr(gui_catalog, "query_ids", query_ids)
    _before_counts(monkeypatch, gui_catalog, lambda _f: counting.append(time.monotonic()))
    results: list[int] = []
    browser.results.connect(results.append)
    browser.set_query("IMG")
    qtbot.waitUntil(lambda: bool(results) and bool(first_read), timeout=10000)
    assert counting
    assert min(counting) >= first_read[0], "the count ran beside the first page"
    assert results == [len(_ids_of(gui_catalog, "IMG"))]


def test_a_search_replaced_before_its_first_page_started_leaves_no_thread_waiting(
    browser: Any, gui_catalog: Any, qtbot: Any
) -> None:
    """Searches replaced at once (keys typed fast): a count waiting for a first page that
    was cancelled before it started gives up; the newest result comes and the threads go
    idle."""
    results: list[int] = []
    browser.results.connect(results.append)
    for text_ in ("I", "IM", "IMG", "IMG_", "talk"):
        browser.set_query(text_)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert browser.runner.wait_idle(3000)
    assert browser.store.ids == _ids_of(gui_catalog, "talk")
