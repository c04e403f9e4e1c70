"""The facet chips never show the last result's counts beside a new result for long: when
the new counts take a moment (a broad search of a million items), the chips say they are
counting; quick counts replace the old ones without that flicker."""

from __future__ import annotations

import time
from typing import Any

import pytest


def _photos_chip(window: Any) -> str:
    return str(window.search.chips[0][0].text())  # "Photos  30"


def test_slow_counts_show_as_counting_then_the_new_numbers(
    qtbot: Any, threaded_window: Any, gui_catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = threaded_window
    shown: list[str] = []
    w.search._pending.timeout.connect(lambda: shown.append(_photos_chip(w)))
    w.search.set_text("IMG")
    qtbot.waitUntil(lambda: _photos_chip(w).endswith(" 30"), timeout=20000)
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
    qtbot.waitUntil(lambda: _photos_chip(w).endswith(" 30"), timeout=20000)
    counts = gui_catalog.facets
    monkeypatch.setattr(gui_catalog, "facets", lambda f: (time.sleep(2.0), counts(f))[1])
    w.search.set_text("tag:nosuchkeyword")
    qtbot.waitUntil(lambda: w.search.error.isVisible(), timeout=20000)
    qtbot.wait(1500)
    assert _photos_chip(w).endswith(" 30") and len(w.store) == 30
