"""The browser shows the first page of a large result at once and appends the rest."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_first_page_then_the_rest(window: Any, monkeypatch: Any, qtmodeltester: Any) -> None:
    from smparchive.gui.controllers import browser as browser_mod

    monkeypatch.setattr(browser_mod, "FIRST_PAGE", 10)
    pages: list[int] = []
    inserted: list[tuple[int, int]] = []
    window.browser.first_page.connect(pages.append)
    window.grid_model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    resets: list[int] = []
    window.grid_model.modelReset.connect(lambda: resets.append(1))
    window.search.set_text("IMG")
    assert pages == [10]  # the first page was shown on its own
    assert inserted == [(10, 29)]  # the rest was appended, not a second reset
    assert len(resets) == 1
    assert len(window.store) == 30 and not window.browser.partial
    assert window.store.row_of(window.store.ids[25]) == 25
    assert "30 items" in window.count_label.text()
    qtmodeltester.check(window.grid_model)
    qtmodeltester.check(window.table_model)


def test_facets_wait_for_the_results_and_are_cached(window: Any, qtbot: Any) -> None:
    counts: list[Any] = []
    window.browser.facets_ready.connect(counts.append)
    window.search.set_text("IMG")
    assert counts == []  # not while the results are being shown
    qtbot.waitUntil(lambda: len(counts) == 1, timeout=3000)
    assert counts[0].kind.get("photo") == 30
    window.search.set_text("talk")
    window.search.set_text("IMG")
    assert len(counts) == 2  # the cached counts, at once
    window.ops.set_fields(window.store.ids[:1], "Pick", flag=1)
    qtbot.waitUntil(lambda: len(counts) == 3, timeout=3000)  # recounted after the edit
    assert counts[-1].flag.get(1) == 1
