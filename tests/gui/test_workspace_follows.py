"""The workspace shows where the person is: the inspector from the top for another item,
the mode buttons checked for the mode shown, one shortcut row per command, and a
selection that moves on when the current item leaves the view."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.gui.conftest import select_first_item

from smparchive.gui.i18n import translate

pytestmark = pytest.mark.gui


def _scrolled_down(qtbot: Any, window: Any) -> Any:
    """The inspector in a short window, scrolled to its bottom."""
    window.resize(1000, 500)
    bar = window.inspector.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    return bar


def test_the_next_item_shows_the_inspector_from_the_top(qtbot: Any, window: Any) -> None:
    """Walked in the demo: scrolled down to the rights of one photo, the arrow to the next
    showed the next one's inspector scrolled as far down, its picture cut off."""
    select_first_item(qtbot, window)
    bar = _scrolled_down(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    window._selection_changed()
    assert bar.value() == 0
    assert window.inspector.preview.visibleRegion().boundingRect().top() == 0


def test_a_field_being_typed_in_stays_in_view_when_the_item_changes(
    qtbot: Any, window: Any
) -> None:
    """Typing in a field low in the inspector while the item changes under it (a click in
    the filmstrip, a teammate's change re-sorting the grid): the field stays where it was,
    not scrolled away from under the cursor."""
    first = select_first_item(qtbot, window)
    bar = _scrolled_down(qtbot, window)
    field = window.inspector.people_entry
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    at = bar.value()
    second = window.store.id_at(1)
    assert second != first
    window.select_ids([second], current_row=1)
    window._selection_changed()
    assert window.inspector.ids() == [second]
    assert bar.value() == at and field.hasFocus()


def _checked_modes(window: Any) -> list[str]:
    """The mode actions (toolbar buttons, View menu) shown checked."""
    from smparchive.gui.actions import MODE_ACTIONS

    return [a for a in MODE_ACTIONS if window.actions_by_name[a].isChecked()]


def _toolbar_checked(window: Any) -> list[str]:
    return [
        a.objectName().removeprefix("action_")
        for a in window.toolbar.actions()
        if a.isCheckable() and a.isChecked()
    ]


def test_the_mode_buttons_show_the_mode_however_it_was_reached(qtbot: Any, window: Any) -> None:
    """Walked in the demo: Ctrl+2 showed the details table with Grid still checked in the
    toolbar. Grid, Details, Loupe, Compare and Survey are one exclusive group: exactly the
    one shown is checked, by key, menu or button, and after the loupe and back."""
    select_first_item(qtbot, window)
    photos = [i for i in window.store.ids if window.store.cached(i).kind == "photo"]
    acts = window.actions_by_name
    assert _checked_modes(window) == ["mode_grid"]
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.view is window.table
    assert _checked_modes(window) == ["mode_details"]
    assert _toolbar_checked(window) == ["mode_details"]
    qtbot.keyClick(window.view, Qt.Key.Key_E)  # the loupe, from the table
    assert window.workspace.mode == "loupe"
    assert _checked_modes(window) == ["mode_loupe"]
    qtbot.keyClick(window.workspace.focusWidget() or window.workspace, Qt.Key.Key_Escape)
    assert window.workspace.mode == "grid" and window.view is window.table  # back as it was
    assert _checked_modes(window) == ["mode_details"]
    window.select_ids(photos[:2])
    window._selection_changed()
    acts["mode_compare"].trigger()  # the button
    assert _checked_modes(window) == ["mode_compare"]
    acts["mode_grid"].trigger()  # from compare straight to the thumbnails
    assert window.workspace.mode == "grid" and window.view is window.grid
    assert _checked_modes(window) == ["mode_grid"]
    acts["mode_details"].trigger()  # the menu
    assert _checked_modes(window) == ["mode_details"]
    window.select_ids(photos[:1])
    window._selection_changed()
    acts["mode_survey"].setEnabled(True)  # refused with one item: the check stays put
    acts["mode_survey"].trigger()
    assert window.workspace.mode == "grid"
    assert _checked_modes(window) == ["mode_details"]


def test_the_shortcut_sheet_has_one_row_per_command_with_all_its_keys(window: Any) -> None:
    """Walked in the demo: F1 listed Loupe twice (Space, and E), and put Larger
    Thumbnails, Show Sidebar, Camera Clocks… and Quit under "Catalogue and export"."""
    from PySide6.QtGui import QKeySequence

    from smparchive.gui.action_table import ACTIONS
    from smparchive.gui.menus import shortcut_rows
    from smparchive.gui.viewers.keys import GROUPS as VIEWER_GROUPS

    groups = dict(shortcut_rows(window.actions_by_name))
    for group in groups.values():  # "Next item" is in each viewer's group, once
        names = [what for _keys, what in group]
        assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    viewers = {title for _group, title in VIEWER_GROUPS}
    commands = [(t, rows) for t, rows in groups.items() if t not in viewers]
    names = [what for _t, rows in commands for _keys, what in rows]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    rows = dict((what, keys) for _t, keys_what in commands for keys, what in keys_what)
    assert rows["Loupe"] == "E, Space, Enter"
    assert rows["Grid"] == "G, Ctrl+1"
    window_group = dict((w, k) for k, w in groups["Window and panels"])
    assert {"Larger Thumbnails", "Show Sidebar", "Show Inspector"} <= set(window_group)
    assert "Camera Clocks…" in dict((w, k) for k, w in groups["Captions, keywords and sessions"])
    # every key of every action is on the sheet, on its action's row
    for spec in ACTIONS:
        act = window.actions_by_name[spec.id]
        for k in act.shortcuts():
            named = k.toString(QKeySequence.SequenceFormat.NativeText)
            name = translate("Menus", spec.text).replace("&", "")
            assert named in rows[name].split(", "), (spec.id, named)


def test_the_shortcut_sheet_names_undo_and_redo_not_the_last_step(qtbot: Any, window: Any) -> None:
    """Walked in French: after a photo was added to a new collection, F1 listed Ctrl+Z as
    'Annuler Nouvelle collection', the step then on the undo stack, not the command."""
    from smparchive.gui.menus import shortcut_rows

    select_first_item(qtbot, window)
    for k in (Qt.Key.Key_4, Qt.Key.Key_3):
        qtbot.keyClick(window.view, k)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    acts = window.actions_by_name
    # the menu names the steps ('Undo Rating'), as it should
    assert acts["undo"].text().startswith("&Undo ") and acts["redo"].text().startswith("&Redo ")
    rows = {what: keys for _g, group in shortcut_rows(acts) for keys, what in group}
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert not [what for what in rows if what.startswith(("Undo ", "Redo "))]


def test_space_and_e_go_into_the_loupe_and_back(qtbot: Any, window: Any) -> None:
    """One Loupe command, its keys alike: in, and out again to the view it left."""
    select_first_item(qtbot, window)
    for k in (Qt.Key.Key_Space, Qt.Key.Key_E):
        qtbot.keyClick(window.view, k)
        assert window.workspace.mode == "loupe"
        assert _checked_modes(window) == ["mode_loupe"]
        qtbot.keyClick(window.workspace.focusWidget(), k)
        assert window.workspace.mode == "grid"
        assert _checked_modes(window) == ["mode_grid"]


def _unassigned_view(qtbot: Any, window: Any, n: int) -> list[int]:
    """The "No session" view holding the first ``n`` items, the keyboard in the grid."""
    cat = window.catalog
    ids = cat.query_ids()
    cat.assign_items(ids[n:], cat.test_sessions["opening"])
    cat.assign_items(ids[:n], None)
    window.refresh_sidebar()
    qtbot.waitUntil(lambda: "unassigned" in window.sidebar_model.by_key)
    window.sidebar.select_key("unassigned")
    qtbot.waitUntil(lambda: list(window.store.ids) == ids[:n])
    window.focus_results()
    return ids[:n]


def _loupe_on_the_second_pick(qtbot: Any, window: Any, ids: list[int]) -> Any:
    """``ids`` picked and shown under "flag:pick", the second one in the loupe (Space)."""
    window.ops.set_fields(ids, "pick", flag=1)
    window.search.set_text("flag:pick")
    qtbot.waitUntil(lambda: list(window.store.ids) == ids)
    window.focus_results()
    window.select_ids([ids[1]], current_row=1)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    return window.workspace.loupe


def _moved_on_to(qtbot: Any, window: Any, item_id: int) -> None:
    """The selection, the current item and the inspector are on ``item_id``."""
    qtbot.waitUntil(lambda: window.selected_ids() == [item_id])
    assert window.selection.count() == 1  # selected, not only current
    assert window.selection.current_id() == item_id
    window._selection_changed()
    assert window.inspector.ids() == [item_id]


def test_an_item_assigned_out_of_the_view_hands_on_to_the_next(qtbot: Any, window: Any) -> None:
    """Walked in the demo: assigning the selected photo of "No session" took it out of the
    view, and then nothing was selected while the inspector still showed it (its session
    field offered to assign it again). The next item is selected now, as Lightroom does
    when a photo leaves a filtered view; the last one hands on to the one before."""
    a, b, c = _unassigned_view(qtbot, window, 3)
    window.select_ids([b], current_row=1)
    window.assign_session([b], window.catalog.test_sessions["roundtable"])
    qtbot.waitUntil(lambda: list(window.store.ids) == [a, c])
    _moved_on_to(qtbot, window, c)
    window.assign_session([c], window.catalog.test_sessions["roundtable"])  # the last
    qtbot.waitUntil(lambda: list(window.store.ids) == [a])
    _moved_on_to(qtbot, window, a)


def test_an_item_rated_out_of_a_filtered_view_hands_on_to_the_next(qtbot: Any, window: Any) -> None:
    """The same for any edit under a filter: rated below the search's "rating>=3", the
    item leaves and the next one is selected, the inspector on it."""
    ids = window.catalog.query_ids()[:4]
    window.ops.set_fields(ids, "rate", rating=4)
    window.search.set_text("rating>=3")
    qtbot.waitUntil(lambda: list(window.store.ids) == ids)
    window.focus_results()
    window.select_ids([ids[1]], current_row=1)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: list(window.store.ids) == [ids[0], *ids[2:]])
    _moved_on_to(qtbot, window, ids[2])


def test_a_selection_that_left_the_view_hands_on_to_the_item_after_it(
    qtbot: Any, window: Any
) -> None:
    """Several selected items leave at once (assigned together): the item after the
    last of them is selected."""
    a, b, c, d = _unassigned_view(qtbot, window, 4)
    window.select_ids([a, b], current_row=1)
    window.assign_session([a, b], window.catalog.test_sessions["roundtable"])
    qtbot.waitUntil(lambda: list(window.store.ids) == [c, d])
    _moved_on_to(qtbot, window, c)


def test_the_loupe_moves_on_when_its_item_leaves_the_view(qtbot: Any, window: Any) -> None:
    """Walked in the demo: under the Picks chip, U in the loupe unpicked the photo; the
    grid and the inspector moved on to the next pick, the loupe went on showing the
    photo gone ("2 / 4" of a view of three). It shows the next one now, in the view as
    it is."""
    ids = window.catalog.query_ids()[:4]
    loupe = _loupe_on_the_second_pick(qtbot, window, ids)
    assert window.workspace.mode == "loupe" and loupe.current_id() == ids[1]
    qtbot.keyClick(window.workspace.focusWidget(), Qt.Key.Key_U)
    qtbot.waitUntil(lambda: list(window.store.ids) == [ids[0], *ids[2:]])
    _moved_on_to(qtbot, window, ids[2])
    qtbot.waitUntil(lambda: loupe.current_id() == ids[2])
    assert len(loupe.ids) == 3 and window.workspace.mode == "loupe"


def test_the_loupes_count_follows_the_view_when_another_item_leaves_or_comes(
    qtbot: Any, window: Any
) -> None:
    """Under the Picks chip, a photo other than the one in the loupe was unpicked (in the
    inspector, by a teammate): the loupe still said "2 / 4" of a view of three, and its
    arrows walked the photo gone. It says where the photo is in the view as it is."""
    photos = [i for i in window.store.ids if window.store.cached(i).kind == "photo"]
    ids = [i for i in window.catalog.query_ids() if i in photos][:4]
    loupe = _loupe_on_the_second_pick(qtbot, window, ids)
    assert loupe.current_id() == ids[1] and loupe.viewer.position == (1, 4)
    window.ops.set_fields([ids[0]], "unpick", flag=0)
    qtbot.waitUntil(lambda: list(window.store.ids) == ids[1:])
    qtbot.waitUntil(lambda: loupe.viewer.position == (0, 3))
    assert loupe.current_id() == ids[1] and window.workspace.mode == "loupe"
    assert "1 / 3" in loupe.windowTitle()
    qtbot.keyClick(window.workspace.focusWidget(), Qt.Key.Key_Right)
    assert loupe.current_id() == ids[2]  # the next one in the view, not the photo gone
    window.ops.set_fields([ids[0]], "pick", flag=1)  # and back: the count grows again
    qtbot.waitUntil(lambda: list(window.store.ids) == ids)
    qtbot.waitUntil(lambda: loupe.viewer.position == (2, 4))
    assert loupe.current_id() == ids[2]
