"""Grid, Loupe, Compare and Survey inside the main window, driven by key events only."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smparchive.gui.keynames import as_read

pytestmark = pytest.mark.gui

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _key(qtbot: Any, window: Any, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` where the keyboard is (the focus widget), as a user would."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, mods)


def _go_to_first_photo(qtbot: Any, window: Any) -> int:
    """Arrow keys to the first photo followed by five more photos; its row."""
    window.focus_results()
    _key(qtbot, window, K.Key_Home)
    kinds = [window.store.cached(i).kind for i in window.store.ids]
    row = next(r for r in range(len(kinds)) if set(kinds[r : r + 6]) == {"photo"})
    for _ in range(row):
        _key(qtbot, window, K.Key_Right)
    assert window.selected_ids() == [window.store.ids[row]]
    return row


def test_select_two_compare_rate_and_back_with_selection_kept(qtbot: Any, window: Any) -> None:
    _go_to_first_photo(qtbot, window)
    _key(qtbot, window, K.Key_Right, SHIFT)
    two = window.selected_ids()
    assert len(two) == 2
    window._selection_changed()

    _key(qtbot, window, K.Key_C)
    assert window.workspace.mode == "compare"
    compare = window.workspace.compare
    assert [r.id for r in compare.records] == two
    assert window.actions_by_name["mode_compare"].isChecked()
    assert as_read(window.workspace.pages["compare"].hints.text())  # key hints shown

    _key(qtbot, window, K.Key_Tab)  # the second photo
    _key(qtbot, window, K.Key_3)
    assert window.catalog.item(two[1]).rating == 3  # synchronous runner in tests
    feedback = window.workspace.pages["compare"].feedback
    assert feedback.isVisible() and "★★★☆☆" in feedback.text()
    _key(qtbot, window, K.Key_X)
    assert window.catalog.item(two[1]).flag == -1
    assert compare.panes[1].dimmed  # rejects recede in compare too

    _key(qtbot, window, K.Key_Escape)
    assert window.workspace.mode == "grid"
    assert window.selected_ids() == two
    assert window.view.hasFocus()


def test_space_on_one_photo_opens_the_loupe_and_space_returns(qtbot: Any, window: Any) -> None:
    row = _go_to_first_photo(qtbot, window)
    first = window.store.ids[row]
    _key(qtbot, window, K.Key_Space)
    ws = window.workspace
    assert ws.mode == "loupe" and ws.loupe.current_id() == first
    assert not ws.through_selection  # one selected: the loupe walks the view
    assert ws.isVisible() and ws.pages["loupe"].isVisible()
    assert "P" in as_read(ws.pages["loupe"].hints.text())  # key hints visible
    assert ws.pages["loupe"].filmstrip.isVisible()
    # the position is said once, on the photo ("1 / 14"), not again in the hints
    count = len(window.store.ids)
    assert f" of {count}" not in as_read(ws.pages["loupe"].hints.text())

    _key(qtbot, window, K.Key_P)
    assert window.catalog.item(first).flag == 1
    assert "✓" in ws.pages["loupe"].feedback.text()
    _key(qtbot, window, K.Key_Right)
    second = window.store.ids[row + 1]
    assert ws.loupe.current_id() == second
    assert window.selection.current_id() == second  # the grid follows the loupe

    _key(qtbot, window, K.Key_Space)
    assert ws.mode == "grid"
    assert window.selected_ids() == [second]


def test_loupe_steps_through_the_selection_when_several_are_selected(
    qtbot: Any, window: Any
) -> None:
    _go_to_first_photo(qtbot, window)
    for _ in range(2):
        _key(qtbot, window, K.Key_Right, SHIFT)
    three = window.selected_ids()
    window._selection_changed()
    _key(qtbot, window, K.Key_E)
    ws = window.workspace
    assert ws.mode == "loupe" and ws.through_selection and ws.loupe.ids == three
    assert "of 3 selected" in as_read(ws.pages["loupe"].hints.text())
    for _ in range(5):
        _key(qtbot, window, K.Key_Right)
    assert ws.loupe.current_id() == three[-1]  # stops at the end of the selection
    _key(qtbot, window, K.Key_Escape)
    assert window.selected_ids() == three


def test_survey_of_five_rates_the_active_tile(qtbot: Any, window: Any) -> None:
    _go_to_first_photo(qtbot, window)
    for _ in range(4):
        _key(qtbot, window, K.Key_Right, SHIFT)
    five = window.selected_ids()
    assert len(five) == 5
    window._selection_changed()

    _key(qtbot, window, K.Key_N)
    ws = window.workspace
    assert ws.mode == "survey"
    survey = ws.survey
    assert [t.record.id for t in survey.tiles] == five
    tile_widths = {t.width() for t in survey.tiles}
    assert all(w > 80 for w in tile_widths)  # side by side, not collapsed

    _key(qtbot, window, K.Key_Right)
    _key(qtbot, window, K.Key_5)
    assert window.catalog.item(five[1]).rating == 5
    _key(qtbot, window, K.Key_X)
    assert survey.tiles[1].dimmed
    _key(qtbot, window, K.Key_Escape)
    assert ws.mode == "grid" and window.selected_ids() == five


def test_compare_needs_two_photos_and_says_so(qtbot: Any, window: Any) -> None:
    _go_to_first_photo(qtbot, window)
    window._selection_changed()
    window.set_mode("compare")
    assert window.workspace.mode == "grid"
    assert "two" in window.statusBar().currentMessage()


def test_full_screen_and_escape(qtbot: Any, window: Any) -> None:
    """Full screen shows the photo alone: the menu bar ('Fichier Édition …') stayed across
    its top; its commands' keys still work there."""
    row = _go_to_first_photo(qtbot, window)
    _key(qtbot, window, K.Key_Space)
    window.toggle_full_screen()
    assert not window.sidebar.isVisible() and not window.inspector.isVisible()
    assert not window.menuBar().isVisible()
    before = window.catalog.item(window.store.ids[row]).rating
    _key(qtbot, window, K.Key_4)
    assert window.catalog.item(window.store.ids[row]).rating == 4
    _key(qtbot, window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    assert window.catalog.item(window.store.ids[row]).rating == before
    _key(qtbot, window, K.Key_Escape)  # leaves full screen first
    assert window.sidebar.isVisible() and window.workspace.mode == "loupe"
    assert window.menuBar().isVisible()
    _key(qtbot, window, K.Key_Escape)
    assert window.workspace.mode == "grid"


def test_enter_in_survey_opens_the_loupe_on_the_chosen_photo(qtbot: Any, window: Any) -> None:
    _go_to_first_photo(qtbot, window)
    for _ in range(2):
        _key(qtbot, window, K.Key_Right, SHIFT)
    three = window.selected_ids()
    window._selection_changed()
    _key(qtbot, window, K.Key_N)
    _key(qtbot, window, K.Key_Right)
    _key(qtbot, window, K.Key_Return)
    ws = window.workspace
    assert ws.mode == "loupe" and ws.loupe.current_id() == three[1]


def test_camera_named_once_in_the_info_overlay(gui_catalog: Any, qapp: Any) -> None:
    import dataclasses

    from smparchive.gui import formatting as fmt
    from smparchive.gui.viewers.info import info_html

    record = gui_catalog.item(gui_catalog.query_ids()[0])
    canon = dataclasses.replace(record, camera_make="Canon", camera_model="Canon EOS R6")
    assert "Canon EOS R6" in info_html(canon, gui_catalog)
    assert "Canon Canon" not in info_html(canon, gui_catalog)
    nikon = dataclasses.replace(record, camera_make="NIKON CORPORATION", camera_model="NIKON Z 6_2")
    assert fmt.camera(nikon) == "NIKON Z 6_2"
    sony = dataclasses.replace(record, camera_make="SONY", camera_model="ILCE-7M3")
    assert fmt.camera(sony) == "SONY ILCE-7M3"


def test_auto_advance_is_visible_and_moves_the_loupe(qtbot: Any, window: Any) -> None:
    row = _go_to_first_photo(qtbot, window)
    window.actions_by_name["auto_advance"].setChecked(True)
    _key(qtbot, window, K.Key_Space)
    ws = window.workspace
    assert "auto-advance on" in as_read(ws.pages["loupe"].hints.text())
    _key(qtbot, window, K.Key_2)
    assert window.catalog.item(window.store.ids[row]).rating == 2
    assert ws.loupe.current_id() == window.store.ids[row + 1]  # moved on by itself
    window.actions_by_name["auto_advance"].setChecked(False)
    assert "auto-advance on" not in as_read(ws.pages["loupe"].hints.text())


def test_compare_of_more_than_four_says_which_it_shows(qtbot: Any, window: Any) -> None:
    """Compare shows four photos; with more selected its hints say so (issue 19: nothing
    silently acts on or shows "the first N" of a selection)."""
    records = window.catalog.items(window.store.ids)
    six = [r.id for r in records if r.kind == "photo"][:6]
    window.select_ids(six, current_row=0)
    window.set_mode("compare")
    assert len(window.workspace.compare.records) == 4
    hints = as_read(window.workspace.pages["compare"].hints.text())
    assert "the first 4 photos of 6 selected" in hints
    window.set_mode("grid")
    window.select_ids(six[:3], current_row=0)
    window.set_mode("compare")
    assert len(window.workspace.compare.records) == 3
    assert "selected" not in as_read(window.workspace.pages["compare"].hints.text())


@pytest.mark.parametrize(
    "mode_key", [K.Key_N, K.Key_C, K.Key_Space], ids=["survey", "compare", "loupe"]
)
def test_after_add_to_collection_the_keys_still_reach_the_mode_shown(
    qtbot: Any, window: Any, monkeypatch: Any, mode_key: Qt.Key
) -> None:
    """Survey (N), Compare (C) or Loupe (Space), B, type a name, Enter: the keyboard comes
    back to what is shown, so Esc returns to the grid (it went to the hidden grid and Esc
    did nothing)."""
    from PySide6.QtWidgets import QInputDialog

    _go_to_first_photo(qtbot, window)
    _key(qtbot, window, K.Key_Right, SHIFT)
    two = window.selected_ids()
    window._selection_changed()
    _key(qtbot, window, mode_key)
    ws = window.workspace
    assert ws.mode in ("survey", "compare", "loupe")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("LinkedIn 3 June", True))
    _key(qtbot, window, K.Key_B)
    qtbot.waitUntil(lambda: any(c.name == "LinkedIn 3 June" for c in window.catalog.collections()))
    assert not window.view.hasFocus()  # not the grid hidden behind the mode
    _key(qtbot, window, K.Key_Escape)
    assert ws.mode == "grid" and window.selected_ids() == two


def test_adding_to_a_collection_says_so_in_the_status_bar(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    """B, a new name, Enter: nothing on screen said the five photos went into it (the
    grid shows nothing of a collection); adding to one that exists, or dropping on it in
    the sidebar, only changed a count there."""
    from PySide6.QtWidgets import QInputDialog

    _go_to_first_photo(qtbot, window)
    _key(qtbot, window, K.Key_Right, SHIFT)
    window._selection_changed()
    two = window.selected_ids()
    said = window.statusBar().currentMessage
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("LinkedIn 3 June", True))
    _key(qtbot, window, K.Key_B)
    qtbot.waitUntil(lambda: "LinkedIn 3 June" in said())
    assert "2" in said() and "made" in said()
    window.statusBar().clearMessage()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("linkedin 3 june", True))
    _key(qtbot, window, K.Key_B)  # the same collection, typed in lower case
    qtbot.waitUntil(lambda: "added" in said())
    assert "LinkedIn 3 June" in said()  # its own name
    window.statusBar().clearMessage()
    cid = next(c.id for c in window.catalog.collections() if c.name == "LinkedIn 3 June")
    window.drop_on_target(two[:1], "collection", cid)
    qtbot.waitUntil(lambda: "added" in said())
    assert "LinkedIn 3 June" in said() and window.catalog.collection(cid).item_count == 2


def test_the_loupe_photo_takes_the_height_at_1366x768(qtbot: Any, window: Any) -> None:
    """At 1366x768 beside the filmstrip the loupe's photo had a third of the window's
    height: the grid's search and filter chips stayed above it and the filmstrip's cells
    carried names. The loupe gives that height to the photo; the grid gets its bars back,
    and Ctrl+F from the loupe goes back to the grid's search."""
    window.showNormal()
    window.resize(1366, 768)
    _go_to_first_photo(qtbot, window)
    assert window.search.isVisible() and window.scope_bar.isVisible()
    _key(qtbot, window, K.Key_Space)
    ws = window.workspace
    assert ws.mode == "loupe"
    qtbot.wait(50)  # layouts settle
    photo = ws.loupe.viewer
    assert not window.search.isVisible() and not window.scope_bar.isVisible()
    assert ws.pages["loupe"].filmstrip.isVisible()
    assert photo.height() >= 0.55 * window.height(), (photo.height(), window.height())
    # full screen and back keeps the bars where they belong
    window.toggle_full_screen()
    _key(qtbot, window, K.Key_Escape)
    assert ws.mode == "loupe" and not window.search.isVisible()
    _key(qtbot, window, K.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.mode == "grid"
    assert window.search.isVisible() and window.scope_bar.isVisible()
    assert window.search.edit.hasFocus()


def test_the_filmstrip_marks_both_compared_photos_and_frames_the_active_one(
    qtbot: Any, window: Any
) -> None:
    """In compare the filmstrip highlighted only the active photo: both compared photos
    are marked now, the active one framed; Tab and a click on the other follow; a click on
    a third photo swaps it into the active pane and both stay marked."""
    from PySide6.QtGui import QColor, QPalette

    row = _go_to_first_photo(qtbot, window)
    _key(qtbot, window, K.Key_Right, SHIFT)
    window._selection_changed()
    _key(qtbot, window, K.Key_C)
    ws = window.workspace
    strip = ws.pages["compare"].filmstrip
    qtbot.waitExposed(strip)

    def marked() -> tuple[list[int], int]:
        rows = sorted(i.row() for i in strip.selectionModel().selectedIndexes())
        return rows, strip.currentIndex().row()

    def frame_colour(r: int) -> QColor:
        image = strip.viewport().grab().toImage()
        rect = strip.visualRect(strip.model().index(r, 0))
        return image.pixelColor(rect.left() + 5, rect.center().y())  # the card's left edge

    assert marked() == ([row, row + 1], row)
    highlight = strip.palette().color(QPalette.ColorRole.Highlight)
    assert frame_colour(row) == highlight and frame_colour(row + 1) != highlight
    _key(qtbot, window, K.Key_Tab)  # the second photo becomes the active one
    assert marked() == ([row, row + 1], row + 1)
    assert frame_colour(row + 1) == highlight and frame_colour(row) != highlight
    ws.filmstrip_chosen.emit(row)  # a click on the other compared photo: it is active
    assert marked() == ([row, row + 1], row)
    ws.filmstrip_chosen.emit(row + 3)  # a third photo replaces the active one
    assert [r.id for r in ws.compare.records] == [
        window.store.ids[row + 3],
        window.store.ids[row + 1],
    ]
    assert marked() == ([row + 1, row + 3], row + 3)


def test_a_video_in_the_loupe_hints_its_own_keys_not_the_photos(qtbot: Any, window: Any) -> None:
    window.focus_results()
    ids = window.store.ids
    video = next(i for i in ids if window.store.cached(i).kind == "video")
    window.workspace.show_loupe(ids, ids.index(video), through_selection=False)
    hints = as_read(window.workspace.pages["loupe"].hints.text())
    # Space plays, I marks the in point, the arrows seek: the photo's hints were wrong here
    assert "I info" not in hints and "Space or Esc" not in hints
    assert "PgUp/PgDown previous/next" in hints and "Esc back to the grid" in hints
    player = window.workspace.loupe.viewer
    assert player.status.wordWrap()  # its own keys (I/O in/out ...) are never cut off

    photo = next(i for i in ids if window.store.cached(i).kind == "photo")
    window.workspace.loupe.go_to(ids.index(photo))
    assert "Space or Esc back to the grid" in as_read(window.workspace.pages["loupe"].hints.text())


def test_ctrl_f_on_a_deck_in_the_loupe_finds_in_its_pages(qtbot: Any, window: Any) -> None:
    """Ctrl+F left the loupe for the grid's search: a PDF's words could not be found."""
    window.focus_results()
    ids = window.store.ids
    deck = next(i for i in ids if window.store.cached(i).kind == "slides")
    window.workspace.show_loupe(ids, ids.index(deck), through_selection=False)
    viewer = window.workspace.loupe.viewer
    _key(qtbot, window, K.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.mode == "loupe"
    assert viewer.find_bar.isVisible()
    photo = next(i for i in ids if window.store.cached(i).kind == "photo")
    window.workspace.loupe.go_to(ids.index(photo))
    _key(qtbot, window, K.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.mode == "grid" and window.search.isVisible()  # a photo: as before


def test_home_and_end_in_the_loupe_go_to_the_first_and_last_item(qtbot: Any, window: Any) -> None:
    """Home and End did nothing on a photo in the loupe (only Ctrl+Home/End did), where the
    grid and the filmstrip go to the first and last item with them."""
    row = _go_to_first_photo(qtbot, window)
    ids = window.store.ids
    _key(qtbot, window, K.Key_Space)
    ws = window.workspace
    _key(qtbot, window, K.Key_Right)
    assert ws.loupe.current_id() == ids[row + 1]
    _key(qtbot, window, K.Key_Home)
    assert ws.loupe.current_id() == ids[0]
    assert window.selection.current_id() == ids[0]  # the grid follows
    ws.loupe.go_to(row + 2)  # a photo again
    _key(qtbot, window, K.Key_End)
    assert ws.loupe.current_id() == ids[len(ids) - 1]


def test_enter_or_space_on_a_sidebar_row_goes_on_to_its_results(qtbot: Any, window: Any) -> None:
    """Day 1 > a session chosen in the sidebar with the keyboard, then Space: nothing
    happened (the rating and loupe keys work where the results are), nor with Enter; the
    keyboard had to be tabbed past the search field and the chips to reach the photos."""
    window.sidebar.setFocus()
    window.sidebar.select_key("kind:photo")
    assert window.sidebar.hasFocus()
    _key(qtbot, window, K.Key_Return)
    assert window.view.hasFocus() and window.workspace.mode == "grid"
    first = window.store.ids[0]
    assert window.selection.current_id() == first

    window.sidebar.setFocus()
    _key(qtbot, window, K.Key_Space)
    assert window.workspace.mode == "loupe"
    assert window.workspace.loupe.current_id() == first
    _key(qtbot, window, K.Key_Space)  # and back, as from the grid
    assert window.workspace.mode == "grid"


def test_the_loupe_overlay_says_why_a_photo_is_a_problem(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """I on a truncated JPEG: its grey lower part is explained as in the inspector (the
    overlay listed its time, camera and size only); a sound photo's overlay says nothing
    of problems."""
    from PIL import Image

    from smparchive.gui.tasks import SyncTaskRunner
    from smparchive.gui.viewers import open_viewer

    media = tmp_path / "media"
    media.mkdir()
    for name in ("cut.jpg", "fine.jpg"):
        Image.new("RGB", (64, 48), (90, 40, 40)).save(media / name)
    said = "The image data is truncated: about 39% of the picture could be decoded."
    ids = add_items([
        {"name": "cut.jpg", "status": "warning", "warnings": said, "width": 64, "height": 48},
        {"name": "fine.jpg", "width": 64, "height": 48},
    ])  # fmt: skip
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    loupe = window.viewer
    qtbot.keyClick(loupe, Qt.Key.Key_I)
    assert loupe.overlay.isVisible() and said in loupe.overlay.text()
    qtbot.keyClick(loupe, Qt.Key.Key_Right)
    assert "fine.jpg" in loupe.overlay.text()
    assert "truncated" not in loupe.overlay.text()


def test_the_loupe_overlays_problem_wraps_inside_a_narrow_window(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    from PIL import Image

    from smparchive.gui.tasks import SyncTaskRunner
    from smparchive.gui.viewers import open_viewer

    (tmp_path / "media").mkdir()
    Image.new("RGB", (64, 48)).save(tmp_path / "media" / "cut.jpg")
    said = "The image data is truncated: about 39% of the picture could be decoded."
    ids = add_items([{"name": "cut.jpg", "status": "warning", "warnings": said}])
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(360, 400)
    window.show()
    qtbot.waitExposed(window)
    loupe = window.viewer
    qtbot.keyClick(loupe, Qt.Key.Key_I)
    overlay = loupe.overlay
    assert overlay.geometry().right() <= loupe.view.width()  # whole, wrapped
    assert overlay.height() >= overlay.heightForWidth(overlay.width())  # nothing cut below


def test_a_narrow_survey_tile_cuts_the_name_never_the_rating_or_flag(
    qtbot: Any, window: Any
) -> None:
    """Fourteen photos surveyed at 1366 px: tiles ~150 px wide. The caption used to elide
    'IMG_0007.JPG · ★★★★☆ · Rejected' as a whole, leaving 'IMG_0007…jected': the rating,
    which a survey is for, was cut. Now the name gives way first."""
    from PySide6.QtGui import QFontMetrics

    from smparchive.gui.viewers.survey import SurveyTile

    row = _go_to_first_photo(qtbot, window)
    record = window.catalog.item(window.store.ids[row])
    record = dataclasses.replace(record, name="IMG_20220601_093012_long_name.JPG", rating=4)
    metrics = QFontMetrics(window.font())
    for flag, word in ((0, ""), (1, "Pick"), (-1, "Rejected")):
        tile = SurveyTile(dataclasses.replace(record, flag=flag))
        qtbot.addWidget(tile)
        for width in (140, 200, 400):
            name, status = tile.caption_texts(metrics, width)
            assert status.startswith("★★★★☆"), (width, status)
            if flag:
                assert status.endswith(word) or status.endswith(("✓", "✕")), status
            used = metrics.horizontalAdvance(name) + metrics.horizontalAdvance(status)
            assert used <= width, (width, name, status)
            full = name == record.name
            assert full or (name.startswith("IM") and not name.endswith("PG")), name
        wide_name, wide_status = tile.caption_texts(metrics, 600)
        assert wide_name == "IMG_20220601_093012_long_name.JPG"
        assert wide_status == ("★★★★☆  " + word).strip()
        assert word in tile.toolTip() and "IMG_20220601" in tile.toolTip()


def test_shift_s_swaps_the_compared_photos_and_the_keyboard_stays(qtbot: Any, window: Any) -> None:
    """Compare's left and right photos changed places only by mouse (a pane, then the
    filmstrip); Shift+S swaps the chosen photo with the next, which stays chosen, the
    keys still work there, and F1 and the hint line name it."""
    from smparchive.gui.menus import shortcut_rows

    _go_to_first_photo(qtbot, window)
    _key(qtbot, window, K.Key_Right, SHIFT)
    window._selection_changed()
    left, right = window.selected_ids()
    _key(qtbot, window, K.Key_C)
    compare = window.workspace.compare
    qtbot.waitUntil(lambda: len(compare.panes) == 2)
    focused = QApplication.focusWidget()
    assert focused is compare or (focused is not None and compare.isAncestorOf(focused))

    def sides() -> list[int]:
        """The photos left to right, as the panes lie on screen."""
        by_x = sorted(range(2), key=lambda n: compare.panes[n].geometry().x())
        return [compare.records[n].id for n in by_x]

    assert sides() == [left, right] and compare.active_record().id == left
    _key(qtbot, window, K.Key_S, SHIFT)
    qtbot.waitUntil(lambda: sides() == [right, left])
    assert compare.active_record().id == left  # the chosen photo, on the right now
    assert QApplication.focusWidget() is focused  # the keyboard stayed
    _key(qtbot, window, K.Key_4)  # rates the chosen photo
    assert window.catalog.item(left).rating == 4
    _key(qtbot, window, K.Key_S, SHIFT)  # and back
    qtbot.waitUntil(lambda: sides() == [left, right])
    assert window.workspace.mode == "compare"
    assert "Shift+S swap it with the next" in as_read(
        window.workspace.pages["compare"].hints.text()
    )
    rows = dict(
        (what, keys) for _group, r in shortcut_rows(window.actions_by_name) for keys, what in r
    )
    assert rows["Swap the chosen photo with the next (left and right)"] == "Shift+S"
