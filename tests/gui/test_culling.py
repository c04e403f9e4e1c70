"""Keyboard culling, undo/redo through the QUndoStack, multi-selection editing, drops."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def grid(window: Any, qtbot: Any) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    window.focus_results()
    window.select_ids(window.store.ids[:1], current_row=0)
    return window.grid


def first(window: Any, n: int = 0) -> Any:
    return window.catalog.item(window.store.ids[n])


def test_rating_keys_change_the_catalogue(window: Any, grid: Any, qtbot: Any) -> None:
    for key, want in ((Qt.Key.Key_3, 3), (Qt.Key.Key_5, 5), (Qt.Key.Key_0, 0), (Qt.Key.Key_1, 1)):
        qtbot.keyClick(grid, key)
        assert first(window).rating == want


def test_flag_and_label_keys(window: Any, grid: Any, qtbot: Any) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert first(window).flag == 1
    qtbot.keyClick(grid, Qt.Key.Key_X)
    assert first(window).flag == -1
    qtbot.keyClick(grid, Qt.Key.Key_U)
    assert first(window).flag == 0
    for key, colour in (
        (Qt.Key.Key_6, "red"),
        (Qt.Key.Key_7, "yellow"),
        (Qt.Key.Key_8, "green"),
        (Qt.Key.Key_9, "blue"),
    ):
        qtbot.keyClick(grid, key)
        assert first(window).color_label == colour


def test_digits_typed_in_a_text_field_do_not_rate(window: Any, grid: Any, qtbot: Any) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search.edit, "3")
    assert first(window).rating == 0
    assert window.search.text() == "3"


def test_undo_redo_with_keys(window: Any, grid: Any, qtbot: Any) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_4)
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert (first(window).rating, first(window).flag) == (4, 1)
    assert window.undo_stack.count() == 2
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (first(window).rating, first(window).flag) == (4, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (first(window).rating, first(window).flag) == (0, 0)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(grid, Qt.Key.Key_Z, shift_ctrl)
    assert (first(window).rating, first(window).flag) == (4, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Z, shift_ctrl)
    assert (first(window).rating, first(window).flag) == (4, 1)
    # and back again: each record is replaced by the one that reverses it
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert (first(window).rating, first(window).flag) == (0, 0)


def test_new_edit_after_undo_drops_redo(window: Any, grid: Any, qtbot: Any) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_2)
    window.undo_stack.undo()
    qtbot.keyClick(grid, Qt.Key.Key_5)
    assert not window.undo_stack.canRedo()
    window.undo_stack.undo()
    assert first(window).rating == 0


def test_auto_advance(window: Any, grid: Any, qtbot: Any) -> None:
    window.actions_by_name["auto_advance"].setChecked(True)
    qtbot.keyClick(grid, Qt.Key.Key_5)
    qtbot.keyClick(grid, Qt.Key.Key_4)
    assert [first(window, n).rating for n in range(3)] == [5, 4, 0]
    assert window.current_row() == 2


def test_arrow_keys_and_selection_extend(window: Any, grid: Any, qtbot: Any) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert window.current_row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    assert [first(window, n).rating for n in range(4)] == [0, 3, 3, 0]
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert window.current_row() == len(window.store) - 1
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert window.current_row() == 0


def test_multi_selection_editing(window: Any, qtbot: Any) -> None:
    ids = window.store.ids[2:5]
    window.select_ids(ids, current_row=2)
    window._selection_changed()
    insp = window.inspector
    assert insp.ids() == ids
    insp.editor("creator").setText("Jane Photographer")
    insp.editor("creator").setModified(True)
    insp.editor("creator").editingFinished.emit()
    insp.editor("rating").buttons[3].click()
    insp.editor("consent").committed.emit("do_not_publish")
    insp.lang_tabs.setCurrentIndex(1)  # FR
    insp.title_edit.setText("Table ronde")
    insp.title_edit.setModified(True)
    insp.title_edit.editingFinished.emit()
    insp.people_entry.setText("Ana Lopez")
    qtbot.keyClick(insp.people_entry, Qt.Key.Key_Return)
    for rec in window.catalog.items(ids):
        assert rec.creator == "Jane Photographer"
        assert rec.rating == 4
        assert rec.consent == "do_not_publish"
        assert rec.titles.get("fr") == "Table ronde"
        assert [t.name for t in rec.tags if t.kind == "person"] == ["Ana Lopez"]
    untouched = window.catalog.item(window.store.ids[5])
    assert untouched.creator is None and untouched.rating == 0
    # mixed values show as such; one undo reverts the tag on all three
    window.select_ids(window.store.ids[4:6], current_row=4)
    window._selection_changed()
    assert insp.editor("creator").placeholderText() == "Mixed"
    window.undo_stack.undo()
    assert all(not r.tags for r in window.catalog.items(ids))


def test_tag_entry_via_keyboard(window: Any, grid: Any, qtbot: Any) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_T)
    assert window.inspector.keyword_entry.hasFocus()
    qtbot.keyClicks(window.inspector.keyword_entry, "Panel|Audience")
    qtbot.keyClick(window.inspector.keyword_entry, Qt.Key.Key_Return)
    assert [t.path for t in first(window).tags] == ["Panel|Audience"]
    qtbot.keyClick(window.inspector.keyword_entry, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    qtbot.keyClick(grid, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert window.inspector.people_entry.hasFocus()


def test_drop_items_on_tag_and_collection(window: Any) -> None:
    from smparchive.gui.models.item_model import ids_to_mime

    cat = window.catalog
    ids = window.store.ids[:2]
    tag_id = cat.tag_items([window.store.ids[9]], ["Stage"]).changes.tags
    window.refresh_sidebar()
    (tid,) = tuple(tag_id)
    model = window.sidebar_model
    ok = model.dropMimeData(
        ids_to_mime(ids), Qt.DropAction.CopyAction, -1, -1, model.index_of(f"tag:{tid}")
    )
    assert ok
    assert all(any(t.id == tid for t in r.tags) for r in cat.items(ids))
    cid = cat.create_collection("Best of").value
    window.refresh_sidebar()
    model.dropMimeData(
        ids_to_mime(ids), Qt.DropAction.CopyAction, -1, -1, model.index_of(f"coll:{cid}")
    )
    assert cat.collection_item_ids(cid) == ids
    # sections and plain scopes accept nothing
    assert not model.canDropMimeData(
        ids_to_mime(ids), Qt.DropAction.CopyAction, -1, -1, model.index_of("all")
    )


def test_reorder_inside_collection(window: Any) -> None:
    from smparchive.gui.models.item_model import ids_to_mime

    cat = window.catalog
    ids = window.store.ids[:4]
    cid = cat.create_collection("Order", item_ids=ids).value
    window.refresh_sidebar()
    window.sidebar.select_key(f"coll:{cid}")
    assert window.store.ids == ids and window.grid_model.reorderable
    # drag the last item before the first
    window.grid_model.dropMimeData(
        ids_to_mime([ids[3]]),
        Qt.DropAction.MoveAction,
        0,
        0,
        window.grid_model.index(0, 0).parent(),
    )
    assert cat.collection_item_ids(cid) == [ids[3], *ids[:3]]
    assert window.store.ids == [ids[3], *ids[:3]]
