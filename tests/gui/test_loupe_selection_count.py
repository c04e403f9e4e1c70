"""The loupe walking a selection follows it: its "x of N selected" and the items it steps
through are the selection as it is now (it kept the count and the items it opened on after
an item left the view or the selection changed)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smparchive.gui.keynames import as_read

pytestmark = pytest.mark.gui


def _hints(window: Any) -> str:
    return as_read(window.workspace.pages["loupe"].hints.text())


def _loupe_on_picks(qtbot: Any, window: Any, n: int, selected: int) -> list[int]:
    """``n`` photos picked and shown under "flag:pick", the first ``selected`` of them
    selected and the loupe on the second (E)."""
    photos = [i for i in window.store.ids if window.store.cached(i).kind == "photo"]
    ids = [i for i in window.catalog.query_ids() if i in photos][:n]
    window.ops.set_fields(ids, "pick", flag=1)
    window.search.set_text("flag:pick")
    qtbot.waitUntil(lambda: list(window.store.ids) == ids)
    window.focus_results()
    window.select_ids(ids[:selected], current_row=1)
    window._selection_changed()
    qtbot.keyClick(window.view, Qt.Key.Key_E)
    ws = window.workspace
    assert ws.mode == "loupe" and ws.through_selection
    assert ws.loupe.current_id() == ids[1]
    assert f"2 of {selected} selected" in _hints(window)
    return ids


def test_the_selected_count_follows_an_item_leaving_the_view(qtbot: Any, window: Any) -> None:
    """Three of four picks selected, the loupe on the second: the first one unpicked (in
    the inspector, by a teammate) leaves the view and the selection; the loupe said "2 of
    3 selected" and its arrows went back to the photo gone."""
    ids = _loupe_on_picks(qtbot, window, 4, 3)
    loupe = window.workspace.loupe
    window.ops.set_fields([ids[0]], "unpick", flag=0)
    qtbot.waitUntil(lambda: list(window.store.ids) == ids[1:])
    qtbot.waitUntil(lambda: "1 of 2 selected" in _hints(window))
    assert loupe.current_id() == ids[1] and list(loupe.ids) == ids[1:3]
    qtbot.keyClick(window.workspace.focusWidget(), Qt.Key.Key_Left)
    assert loupe.current_id() == ids[1]  # the first of the selection: nothing before it


def test_the_selected_count_follows_the_selection(qtbot: Any, window: Any) -> None:
    """Another item selected while the loupe walks the selection (a click in the sidebar's
    collection, the grid's Select All from the menu): the count and the walk follow, the
    photo shown stays."""
    ids = _loupe_on_picks(qtbot, window, 4, 2)
    loupe = window.workspace.loupe
    window.select_ids(ids, current_row=1)
    window._selection_changed()
    assert "2 of 4 selected" in _hints(window)
    assert loupe.current_id() == ids[1] and list(loupe.ids) == ids
    for _ in range(3):
        qtbot.keyClick(window.workspace.focusWidget(), Qt.Key.Key_Right)
    assert loupe.current_id() == ids[3]  # walked to the item selected since


def test_the_shown_item_leaving_the_selection_hands_on_to_the_next(qtbot: Any, window: Any) -> None:
    ids = _loupe_on_picks(qtbot, window, 4, 3)
    loupe = window.workspace.loupe
    window.select_ids([ids[0], ids[2]], current_row=0)
    window._selection_changed()
    assert loupe.current_id() == ids[2] and "2 of 2 selected" in _hints(window)
