"""A result larger than the grid's window: the store holds only pages around what is shown,
yet scrolling, keys, select all, export, compare, the loupe and the counts see all of it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def windowed(window: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window over its 33 items with pages of 4 ids, at most 2 pages held, and results
    above 10 items windowed (as a million items are with the real sizes)."""
    from smparchive.gui.controllers import browser as browser_mod
    from smparchive.gui.models import item_store

    monkeypatch.setattr(item_store, "PAGE", 4)
    monkeypatch.setattr(item_store, "PAGES_KEPT", 2)
    monkeypatch.setattr(item_store, "HOLD_ALL", 10)
    monkeypatch.setattr(browser_mod, "FIRST_PAGE", 8)
    window.browser.refresh()
    assert len(window.store) == 33 and not window.store.complete
    return window


def _all_ids(window: Any) -> list[int]:
    return list(window.catalog.query_ids(window.browser.last_filter))


def _select_all(window: Any) -> None:
    window.focus_results()
    window.select_all()


def test_the_grid_holds_a_window_yet_shows_the_last_item(windowed: Any, qtbot: Any) -> None:
    store, grid = windowed.store, windowed.grid
    assert store.held() <= 8 < len(store)
    everything = _all_ids(windowed)
    grid.scrollToBottom()
    model = windowed.grid_model
    last = model.index(len(store) - 1, 0)
    from smparchive.gui.models.roles import ID_ROLE, RECORD_ROLE

    assert model.data(last, ID_ROLE) == everything[-1]
    assert model.data(last, RECORD_ROLE).id == everything[-1]
    assert model.data(model.index(13, 0), ID_ROLE) == everything[13]
    assert store.held() <= 8  # pages read on the way were let go
    assert store.row_of(everything[-1]) == 32 and store.row_of(everything[0]) is None


def test_keys_walk_the_whole_result(windowed: Any, qtbot: Any) -> None:
    everything = _all_ids(windowed)
    windowed.focus_results()
    windowed.grid.select_row(0)
    qtbot.keyClick(windowed.grid, Qt.Key.Key_End)
    assert windowed.selection.current_row() == 32
    assert windowed.selection.current_id() == everything[-1]
    qtbot.keyClick(windowed.grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert windowed.selection.count() == 33
    assert windowed.selection.ids() == everything  # the rows not held were read
    qtbot.waitUntil(lambda: "33 selected" in windowed.count_label.text(), timeout=3000)


def test_select_all_then_export_and_compare_act_on_the_whole_result(
    windowed: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui.controllers import exporting
    from smparchive.gui.dialogs import export_dialog

    everything = _all_ids(windowed)
    _select_all(windowed)
    assert windowed.selection.count() == 33
    assert windowed.selected_ids() == everything
    # the inspector edits every selected item
    qtbot.waitUntil(lambda: windowed.inspector.ids() == everything, timeout=3000)
    assert windowed.actions_by_name["mode_survey"].isEnabled()
    opened: list[Any] = []
    monkeypatch.setattr(export_dialog, "open_export_dialog", lambda *a: opened.append(a[3]))
    windowed.search.set_text("IMG")  # a search with chips: the export is the id list
    windowed.browser.set_chips(windowed.browser.chips.with_(rating_max=5))
    assert not windowed.store.complete
    exporting.export_view(windowed.deps, None)
    assert len(opened) == 1 and opened[0].kind == "items"
    assert list(opened[0].ids) == _all_ids(windowed)
    _select_all(windowed)
    windowed.set_mode("compare")
    assert windowed.workspace.mode == "compare"
    assert [r.id for r in windowed.workspace.compare.records] == _all_ids(windowed)[:4]


def test_the_loupe_walks_the_whole_windowed_result(
    windowed: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At once, page by page: never every id of the result first (4-5 s at a million)."""
    everything = _all_ids(windowed)
    asked: list[Any] = []
    monkeypatch.setattr(windowed.store, "all_ids", lambda on_done: asked.append(on_done))
    windowed.focus_results()
    flags = QItemSelectionModel.SelectionFlag
    index = windowed.grid_model.index(30, 0)
    windowed.grid.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    windowed.set_mode("loupe")
    assert windowed.workspace.mode == "loupe"
    loupe = windowed.workspace.loupe
    assert len(loupe.ids) == 33 and loupe.current_id() == everything[30]
    assert loupe.viewer.record.id == everything[30]
    assert loupe.windowTitle().endswith("31 / 33")
    loupe.step(2)
    assert loupe.current_id() == everything[32] and loupe.viewer.record.id == everything[32]
    qtbot.keyClick(loupe, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert loupe.viewer.record.id == everything[0]  # a page the grid did not hold
    assert loupe.windowTitle().endswith("1 / 33")
    for n in range(1, 12):  # over page boundaries, the pages read as it goes
        loupe.step(1)
        assert loupe.viewer.record.id == everything[n]
    assert windowed.selection.current_row() == 11  # the grid follows
    assert asked == [] and windowed.store.held() <= 8


def test_counts_follow_edits_and_searches(windowed: Any, qtbot: Any) -> None:
    windowed.search.set_text("IMG")
    qtbot.waitUntil(lambda: len(windowed.store) == 30, timeout=3000)
    assert not windowed.store.complete and "30 items" in windowed.count_label.text()
    windowed.browser.set_chips(windowed.browser.chips.with_(rating_max=0))
    assert len(windowed.store) == 30
    first = windowed.store.id_at(0)
    windowed.ops.set_fields([first], "Rate", rating=3)  # it leaves the result by itself
    qtbot.waitUntil(lambda: len(windowed.store) == 29, timeout=3000)
    assert windowed.store.id_at(0) != first
    assert "29 items" in windowed.count_label.text()
    windowed.search.set_text("")
    qtbot.waitUntil(lambda: len(windowed.store) == 32, timeout=3000)


def test_switching_views_keeps_a_large_selection(windowed: Any) -> None:
    _select_all(windowed)
    windowed.set_view_mode("details")
    assert windowed.selection.count() == 33
    windowed.set_view_mode("grid")
    sel = windowed.grid.selectionModel()
    sel.select(windowed.grid_model.index(5, 0), QItemSelectionModel.SelectionFlag.Deselect)
    assert windowed.selection.count() == 32
    assert len(windowed.selected_ids()) == 32


def test_a_windowed_store_reads_pages_and_rows_off_the_ui_thread(
    gui_catalog: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing is read on the UI thread: a row not held paints empty until its page comes,
    ids of a range not held come in the background, and answers about rows that changed
    meanwhile are dropped."""
    from tests.gui.test_item_store_index import DeferredRunner

    from smparchive.gui.models import item_store
    from smparchive.gui.models.item_store import ItemStore

    monkeypatch.setattr(item_store, "PAGE", 4)
    monkeypatch.setattr(item_store, "PAGES_KEPT", 2)
    result = list(gui_catalog.query_ids())
    asked: list[tuple[int, int, int | None]] = []

    def fetch(offset: int, limit: int, total: int | None) -> list[int]:
        asked.append((offset, limit, total))
        return result[offset : offset + limit]

    runner = DeferredRunner()
    store = ItemStore(gui_catalog, runner)  # type: ignore[arg-type]
    store.set_window(result[:8], fetch)
    store.set_total(len(result))
    assert store.id_at(5) == result[5] and not runner.waiting  # the first pages are held
    assert store.id_at(30) is None and store.record(30) is None  # asked for, not read here
    assert not asked
    runner.run_all()
    assert asked == [(28, 4, len(result))]  # one page, read knowing the total
    assert store.id_at(30) == result[30] and store.record(30) is not None
    assert store.held() <= 8
    got: list[list[int]] = []
    store.fetch_rows([(0, 9), (20, 22)], got.append)
    assert got == []  # rows not held: read in the background
    runner.run_all()
    assert got == [result[:10] + result[20:23]]
    store.all_ids(got.append)
    store.reload(len(result) - 1, fetch)  # the result changed before the answer came
    runner.run_all()
    assert len(got) == 1
    assert store.id_at(30, fetch=False) == result[30]  # shown until its page is read again


def test_the_inspector_waits_while_a_large_selection_is_read(
    windowed: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Select all of a windowed result: until its ids are in, the inspector is greyed (it
    must not edit the item it showed before) and the selection's actions are off."""
    from tests.gui.test_item_store_index import DeferredRunner

    everything = _all_ids(windowed)
    runner = DeferredRunner()
    monkeypatch.setattr(windowed.store, "runner", runner)
    _select_all(windowed)
    windowed._selection_changed()
    assert windowed.selection.pending() and windowed.selection.count() == 33
    assert not windowed.inspector.isEnabled()
    # it says what is selected, not the item it showed before
    assert windowed.inspector.title_label.text() == "33 items selected"
    assert windowed.inspector.summary.text() == "Adding up the selection…"
    assert not windowed.actions_by_name["mode_survey"].isEnabled()
    assert windowed.selected_ids() == []
    while runner.waiting:
        runner.run_all()  # the ids arrive, then the records the inspector shows
    assert windowed.inspector.isEnabled() and windowed.inspector.ids() == everything
    assert windowed.actions_by_name["mode_survey"].isEnabled()


def test_the_loupe_shows_an_item_when_its_page_is_in(
    windowed: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = _all_ids(windowed)
    windowed.focus_results()
    flags = QItemSelectionModel.SelectionFlag
    index = windowed.grid_model.index(30, 0)
    windowed.grid.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    windowed.set_mode("loupe")
    loupe = windowed.workspace.loupe
    assert loupe.viewer.record.id == everything[30]
    runner = windowed.store.runner
    real_submit = runner.submit
    held: list[Any] = []

    def submit(work: Any, **kw: Any) -> Any:
        if kw.get("label") == "Reading a page of items":
            held.append(lambda: real_submit(work, **kw))
            return SimpleNamespace(running=False)  # the store keeps no handle of it
        return real_submit(work, **kw)

    monkeypatch.setattr(runner, "submit", submit)
    store = windowed.store
    store._forget_page(0)  # as if the grid had let the first page go
    store._stale.pop(0, None)
    assert store.id_at(0, fetch=False) is None
    qtbot.keyClick(loupe, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert held  # its page is being read: the loupe waits on the item it shows
    assert loupe.viewer.record.id == everything[30]
    assert loupe.windowTitle() == "1 / 33"
    for run in held:
        run()
    assert loupe.viewer.record.id == everything[0]
    assert loupe.windowTitle().endswith("— 1 / 33")


def test_select_all_again_after_one_click_reads_the_ids_again(
    windowed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Select all, one item, select all again (the same rows as the first time): the ids
    are read again and the inspector gets them (it said "Adding up…" for ever)."""
    from tests.gui.test_item_store_index import DeferredRunner

    everything = _all_ids(windowed)
    runner = DeferredRunner()
    monkeypatch.setattr(windowed.store, "runner", runner)
    _select_all(windowed)
    windowed._selection_changed()
    while runner.waiting:
        runner.run_all()
    assert windowed.selected_ids() == everything
    windowed.select_ids([everything[1]], current_row=1)
    windowed._selection_changed()
    assert windowed.selected_ids() == [everything[1]]
    _select_all(windowed)
    windowed._selection_changed()
    assert windowed.selection.pending()
    while runner.waiting:
        runner.run_all()
    assert not windowed.selection.pending()
    assert windowed.selected_ids() == everything
    assert windowed.inspector.isEnabled()


@pytest.mark.parametrize(
    ("text", "sort", "descending"),
    [
        ("IMG", "time", False),
        ("IMG", "time", True),
        ("IMG", "name", False),
        ("IMG", "size", True),
        ("IMG", "added", False),
        ("IMG", "rating", False),
        # no text, in orders no index gives (800,000 photos newest added first: ~3 s a
        # deep page); the whole catalogue by size and by name have their indexes since
        # 0020 and 0025: read by windows
        ("", "added", False),
        ("", "rating", False),
        ("", "rating", True),
    ],
)
def test_a_jump_deep_into_a_search_shows_its_rows_in_order_without_searching_again(
    windowed: Any, monkeypatch: pytest.MonkeyPatch, text: str, sort: str, descending: bool
) -> None:
    """A large free-text result in any order, or any large result in an order no index
    gives: the jump's page holds the rows the grid shows in that order, and neither it nor
    any other page searches the catalogue again once the result is counted (at a million
    items each such read sorted all of them: 1-3 s)."""
    windowed.search.set_text(text)
    windowed.browser.set_sort(sort, descending)
    store = windowed.store
    assert not store.complete
    everything = list(
        windowed.catalog.query_ids(windowed.browser.last_filter, sort=sort, descending=descending)
    )
    assert len(store) == len(everything)
    searched: list[dict[str, Any]] = []
    real = windowed.catalog.query_ids

    def query_ids(f: Any = None, **kw: Any) -> list[int]:
        searched.append(kw)
        return list(real(f, **kw))

    monkeypatch.setattr(windowed.catalog, "query_ids", query_ids)
    for row in (len(everything) - 1, len(everything) // 2, 9, 0):  # End, a drag, back up
        windowed.grid.scrollTo(windowed.grid_model.index(row, 0))
        record = store.record(row)
        assert record is not None and record.id == everything[row]
    assert [store.id_at(r) for r in range(len(everything))] == everything
    assert searched == []


def test_rows_whose_ids_are_held_read_only_their_records(
    gui_catalog: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page of a large search, shown before its count: painting its rows reads
    their records, not the ids again (by offset: at a million matches each such read
    sorted all of them while the count was being read)."""
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
    store.set_window(result[:10], fetch)  # the first page, shown before the count
    assert store.record(5) is None
    runner.run_all()
    assert store.record(5).id == result[5]  # type: ignore[union-attr]
    assert asked == []  # its records only
    store.set_total(len(result))  # counted: rows 8-11 are one page, 10 and 11 not held
    assert store.record(6) is not None and store.record(9) is None
    runner.run_all()
    assert asked == [8]  # only the page held in part was read again
    assert store.record(9).id == result[9]  # type: ignore[union-attr]
    assert store.record(11).id == result[11]  # type: ignore[union-attr]
