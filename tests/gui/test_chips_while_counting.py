"""The facet chips never show the last result's counts beside a new result for long: when
the new counts take a moment (a broad search of a million items), the chips say they are
counting; quick counts replace the old ones without that flicker."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import pytest


def _search_bar_clock(monkeypatch: pytest.MonkeyPatch, clock: list[float]) -> None:
    """The search bar's clock is the test's; the window's threads keep real time (a frozen
    ``time.monotonic`` for the whole process held its thumbnail job's worker start-up, and
    the window's close waited 22 s for it)."""
    from smparchive.gui.widgets import search_bar

    monkeypatch.setattr(search_bar, "time", SimpleNamespace(monotonic=lambda: clock[0]))


def _photos_chip(window: Any) -> str:
    return str(window.search.chips[0][0].text())  # "Photos  30"


def test_slow_counts_show_as_counting_then_the_new_numbers(
    qtbot: Any, threaded_window: Any, gui_catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = threaded_window
    shown: list[str] = []
    w.search._pending.timeout.connect(lambda: shown.append(_photos_chip(w)))
    w.search.set_text("IMG")
    # (the whole catalogue has 30 photos too: its chip alone says nothing of the search)
    qtbot.waitUntil(lambda: len(w.store) == 30 and _photos_chip(w).endswith(" 30"), timeout=20000)
    qtbot.wait(1000)
    assert shown == []  # quick counts: no "…" flashed in between

    counts = gui_catalog.facets

    def slow(f: Any) -> Any:
        time.sleep(2.0)  # a broad search of a very large catalogue
        return counts(f)

    monkeypatch.setattr(gui_catalog, "facets", slow)
    w.search.set_text("IMG_000")
    qtbot.waitUntil(lambda: len(w.store) == 10, timeout=20000)
    qtbot.waitUntil(lambda: _photos_chip(w).endswith("…"), timeout=20000)
    assert "30" not in _photos_chip(w)  # not the last result's count beside this one
    assert w.search.chips[0][0].toolTip() == "Counting…"
    qtbot.waitUntil(lambda: _photos_chip(w).endswith(" 10"), timeout=20000)
    assert w.search.chips[0][0].toolTip() != "Counting…"


def test_a_search_that_fails_leaves_the_counts_of_the_result_shown(
    qtbot: Any, threaded_window: Any, gui_catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query that cannot be understood brings no new result and no new counts: the chips
    go on counting the result still shown, they do not wait for counts that never come."""
    w = threaded_window
    w.search.set_text("IMG")
    # (the whole catalogue has 30 photos too: its chip alone says nothing of the search)
    qtbot.waitUntil(lambda: len(w.store) == 30 and _photos_chip(w).endswith(" 30"), timeout=20000)
    counts = gui_catalog.facets
    monkeypatch.setattr(gui_catalog, "facets", lambda f: (time.sleep(2.0), counts(f))[1])
    w.search.set_text("tag:nosuchkeyword")
    qtbot.waitUntil(lambda: w.search.error.isVisible(), timeout=20000)
    qtbot.wait(1500)
    assert _photos_chip(w).endswith(" 30") and len(w.store) == 30


def test_after_slow_counts_the_chips_say_counting_at_once(
    qtbot: Any, threaded_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a catalogue whose counts are slow (a million items: 1-3 s), the next result's
    chips show "…" as soon as it is asked for, instead of the last result's numbers beside
    its first page for COUNTING_SHOWN_AFTER_MS; quick counts keep the flicker-free wait."""
    bar = threaded_window.search
    qtbot.waitUntil(lambda: bar._counts is not None, timeout=20000)  # the catalogue's
    counts = bar._counts
    assert counts is not None
    clock = [1000.0]
    _search_bar_clock(monkeypatch, clock)  # (no event loop runs below)
    # from here the clock is the test's: the window's own first counts, timed on a busy
    # machine (CI), may have taken longer than the wait
    bar._slow = False

    def one_result(took: float) -> str:
        bar.facets_pending()
        shown = _photos_chip(threaded_window)  # straight after the result was asked for
        clock[0] += took
        bar.set_facets(counts)
        return shown

    assert not one_result(0.2).endswith("…")
    assert not one_result(2.5).endswith("…")  # the first slow one waits as before
    assert one_result(2.5).endswith("…")  # then at once
    assert one_result(0.1).endswith("…")  # (this one was quick:)
    assert not one_result(0.1).endswith("…")  # the wait again


def test_on_a_large_catalogue_the_first_search_says_counting_at_once(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The catalogue's own counts come from its summary at any size, so they said nothing
    about the first search's: at a million items its chips showed the whole catalogue's
    numbers beside its first page for COUNTING_SHOWN_AFTER_MS. The size says it now; a
    small catalogue keeps the flicker-free wait."""
    from smparchive.core.catalog.ops_query import FacetCounts
    from smparchive.gui.widgets.search_bar import LARGE_CATALOGUE, SearchBar

    clock = [1000.0]
    _search_bar_clock(monkeypatch, clock)
    for total, at_once in ((LARGE_CATALOGUE * 2, True), (5_000, False)):
        bar = SearchBar()
        qtbot.addWidget(bar)
        bar.facets_pending()  # the catalogue's own result: counted in 0.1 s
        clock[0] += 0.1
        empty: dict[Any, int] = {}
        bar.set_facets(FacetCounts(total, {"photo": total}, *(empty,) * 8, people={}))
        bar.facets_pending()  # the first search
        assert bar.chips[0][0].text().endswith("…") == at_once, (total, bar.chips[0][0].text())
