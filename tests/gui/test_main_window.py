"""Main window smoke tests over a temporary catalogue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_window_shows_catalogue(window: Any) -> None:
    assert len(window.store) == 33
    assert window.grid_model.rowCount() == 33
    assert "33 items" in window.count_label.text()
    keys = set(window.sidebar_model.by_key)
    assert {"all", "kind:photo", "kind:video", "status:missing", "dups"} <= keys
    assert window.sidebar_model.by_key["kind:photo"].count == 30
    assert any(k.startswith("session:") for k in keys)


def test_sidebar_scope_filters_grid(window: Any, qtbot: Any) -> None:
    window.sidebar.select_key("kind:video")
    assert len(window.store) == 2
    window.sidebar.select_key("all")
    assert len(window.store) == 33


def test_search_filters_grid(window: Any) -> None:
    window.search.set_text("talk")
    assert [r.name for r in window.store.catalog.items(window.store.ids)] == ["talk.mp4"]
    window.search.set_text("")
    assert len(window.store) == 33


def test_details_view_keeps_selection(window: Any, qtbot: Any) -> None:
    window.select_ids(window.store.ids[3:6], current_row=4)
    ids = window.selected_ids()
    window.set_view_mode("details")
    assert window.view is window.table
    assert window.selected_ids() == ids
    window.set_view_mode("grid")
    assert window.selected_ids() == ids


def test_details_sort_requeries(window: Any) -> None:
    window.set_view_mode("details")
    col = [f.name for f in window.table_model.columns].index("name")
    window.table_model.sort(col, Qt.SortOrder.DescendingOrder)
    names = [r.name for r in window.catalog.items(window.store.ids)]
    assert names == sorted(names, reverse=True)


def test_the_details_header_shows_the_order_the_rows_are_in(window: Any) -> None:
    """The arrow sat on "Name" while the rows were in capture-time order (the catalogue's
    default): it marks the column of the order in use, or none."""
    window.set_view_mode("details")
    header = window.table.horizontalHeader()
    columns = [f.name for f in window.table_model.columns]
    assert window.browser.sort_in_use == "time"
    assert header.sortIndicatorSection() == columns.index("capture_utc")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    window.table_model.sort(columns.index("name"), Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == columns.index("name")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # a curated collection in its own order: no column shows that order, no arrow
    window.browser.set_sort("time")
    cid = window.catalog.create_collection("Post").value
    window.catalog.add_to_collection(cid, window.store.ids[:3])
    window.refresh_sidebar()
    window.sidebar.select_key(f"coll:{cid}")
    assert window.browser.sort_in_use == "collection"
    assert header.sortIndicatorSection() == -1


def test_a_click_on_a_column_that_cannot_sort_leaves_the_arrow_where_the_order_is(
    window: Any, qtbot: Any
) -> None:
    """Clicking "Consent" moved the header's arrow onto it while the rows stayed in
    capture-time order: the header claimed a sort that did not happen."""
    from PySide6.QtCore import QPoint

    window.set_view_mode("details")
    header = window.table.horizontalHeader()
    columns = [f.name for f in window.table_model.columns]
    consent = columns.index("consent")
    assert not window.table_model.sortable(consent)
    before = window.store.ids[:]
    x = header.sectionViewportPosition(consent) + header.sectionSize(consent) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == columns.index("capture_utc")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert window.store.ids == before


def test_inspector_shows_selection(window: Any) -> None:
    window.select_ids(window.store.ids[:1], current_row=0)
    window._selection_changed()
    rec = window.catalog.item(window.store.ids[0])
    assert window.inspector.title_label.text() == rec.name
    window.select_ids(window.store.ids[:3], current_row=0)
    window._selection_changed()
    assert "3 items selected" in window.inspector.title_label.text()


def test_a_late_answer_after_the_window_is_gone_reaches_nobody(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    """The browser, the runner and the undo path outlive a closed window: a search answer or
    a failure arriving after the window was destroyed is dropped, not raised into the event
    loop ("Internal C++ object already deleted", which broke the next window's start)."""
    from shiboken6 import delete

    from smparchive.gui.main_window import MainWindow

    w = MainWindow(gui_catalog, sync_runner, settings)
    w.show()
    qtbot.waitExposed(w)
    browser, runner = w.browser, w.runner
    delete(w)
    browser.results.emit(3)
    browser.first_page.emit(3)
    runner.job_finished.emit(None)
    runner.task_failed.emit("Search", RuntimeError("late"), False)
    qtbot.wait(10)  # pytest-qt fails the test on any exception raised in a slot


def test_a_failed_steps_message_puts_the_colon_as_the_language_does(
    qtbot: Any, window: Any, french: None, monkeypatch: Any
) -> None:
    """A refused undo said "Étiqueter mobilite: Rien n'a été annulé…" in the French app: the
    step's name and the reason are joined as French joins them ("… : …")."""
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, _title=None: shown.append(text))
    window.runner.task_failed.emit("Étiqueter mobilite", RuntimeError("Rien n'a été annulé."), True)
    assert shown == ["Étiqueter mobilite\u00a0: Rien n'a été annulé."]  # no break before ":"
