"""Stable layout: grid columns from the viewport only, scrolling to the end, a bounded inspector."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt


def _columns(grid: Any) -> int:
    model = grid.model()
    top = grid.visualRect(model.index(0, 0)).top()
    return sum(
        1
        for r in range(min(model.rowCount(), 50))
        if grid.visualRect(model.index(r, 0)).top() == top
    )


def _settle(qtbot: Any) -> None:
    qtbot.wait(150)  # delayed item layout and the debounced visible-rows timer


def test_grid_columns_do_not_change_with_search_or_scroll(qtbot: Any, window: Any) -> None:
    window.showNormal()
    window.resize(780, 560)
    grid = window.grid
    grid.set_thumb_size(64)
    _settle(qtbot)
    assert len(window.store) == 33
    before = _columns(grid)
    assert before >= 2
    width, cell = grid.viewport().width(), grid.gridSize()
    assert grid.verticalScrollBar().maximum() > 0  # 33 items need scrolling here
    # a search that fits in one screen (no scroll bar needed) keeps the columns
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.edit, "IMG_0001")
    qtbot.waitUntil(lambda: len(window.store) == 1, timeout=2000)
    _settle(qtbot)
    assert grid.verticalScrollBar().maximum() == 0  # one screenful: nothing to scroll
    assert grid.viewport().width() == width and grid.gridSize() == cell
    qtbot.keyClick(window.search.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(window.store) == 33, timeout=2000)
    _settle(qtbot)
    assert _columns(grid) == before
    # End reaches the last row, which is then fully on screen
    window.focus_results()
    qtbot.keyClick(grid, Qt.Key.Key_End)
    _settle(qtbot)
    last = grid.model().index(32, 0)
    assert grid.currentIndex() == last
    assert grid.viewport().rect().contains(grid.visualRect(last))
    assert _columns(grid) == before
    # the wheel scrolls back up
    value = grid.verticalScrollBar().value()
    assert value > 0
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    _settle(qtbot)
    assert grid.verticalScrollBar().value() == 0
    assert _columns(grid) == before


def test_inspector_never_wider_than_its_panel(qtbot: Any, window: Any, tmp_path: Any) -> None:
    from tests.conftest import insert_items

    long_name = "Conference_" + "x" * 180 + "_final.JPG"
    assert len(long_name) >= 200
    (item_id,) = insert_items(
        window.catalog,
        tmp_path / "media",
        [{"name": long_name, "lens": "L" * 120, "camera_model": "M" * 90}],
    )
    window.resize(1366, 768)
    window.search.set_text(long_name[:30])
    qtbot.waitUntil(lambda: window.store.ids == [item_id], timeout=2000)
    window.focus_results()
    qtbot.waitUntil(lambda: window.inspector.ids() == [item_id], timeout=2000)
    _settle(qtbot)
    insp = window.inspector
    body = insp.widget()
    assert body.width() <= insp.viewport().width()
    right = insp.mapTo(window, QPoint(insp.width(), 0)).x()
    assert right <= window.width()
    # the long name is elided, the full name in the tooltip
    assert insp.title_label.toolTip() == long_name
    assert insp.title_label.text() != long_name
    assert "…" in insp.title_label.text()
    path = insp.file_labels["path"]
    assert path.toolTip().endswith(long_name) and "…" in path.text()
    # every field of the culling group stays inside the panel
    for name in ("flag", "session_id", "color_label", "consent"):
        field = insp.editor(name)
        x = field.mapTo(insp.viewport(), QPoint(field.width(), 0)).x()
        assert x <= insp.viewport().width()
    # and the panel scrolls vertically to reach the rest
    assert insp.verticalScrollBar().maximum() > 0


def test_panel_widths_and_geometry_come_back(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    from smparchive.gui.main_window import MainWindow

    first = MainWindow(gui_catalog, sync_runner, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    sidebar, _results, inspector = first.splitter.sizes()
    assert 220 <= sidebar <= 380 and 300 <= inspector <= 440  # a first layout for the screen
    first.showNormal()
    first.resize(760, 560)  # within the offscreen screen (800 x 600)
    first.splitter.setSizes([230, 200, 310])
    qtbot.wait(50)
    wanted = first.splitter.sizes()
    layout_state_save(first)
    second = MainWindow(gui_catalog, sync_runner, settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.splitter.sizes() == wanted
    # growing the window gives the sidebar a share of the new width, not nothing
    second.resize(second.width() + 700, second.height())
    qtbot.wait(50)
    grown = second.splitter.sizes()
    assert grown[0] > wanted[0] and grown[1] > wanted[1]
    assert grown[1] == max(grown)  # the results stay the widest panel


def layout_state_save(window: Any) -> None:
    from smparchive.gui import layout_state

    layout_state.save(window, window.splitter, window.settings)


def test_first_window_takes_the_screen(qapp: Any) -> None:
    """A first window of 1440x900 left a third of a 1920x1080 screen unused; it now takes
    laptop and desktop screens whole and most of a bigger one."""
    from PySide6.QtCore import QSize

    from smparchive.gui.layout_state import first_size

    for w, h in ((1366, 768), (1920, 1080)):
        normal, maximised = first_size(QSize(w, h - 40))
        assert maximised
        assert normal.width() < w and normal.height() < h - 40  # un-maximising shows a window
    normal, maximised = first_size(QSize(2560, 1400))
    assert not maximised
    assert normal.width() >= 2560 * 0.8 and normal.height() >= 1400 * 0.8


def test_sidebar_fits_a_session_row_on_a_desktop_screen(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    """A first window maximised on a 1920 px screen shows a session's clock time and a
    typical title whole in the sidebar (it cut them with '…'), and the results stay the
    widest panel; once the user drags a panel's edge, growing shares out the new width."""
    from smparchive.gui.main_window import MainWindow

    window = MainWindow(gui_catalog, sync_runner, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.showNormal()
    window.resize(1920, 1040)  # as maximising on a 1920x1080 screen does
    qtbot.wait(50)
    tree = window.sidebar
    row = "09:30  EPRS presentation on EU economic migration policy"
    # two levels of indentation, the icon, the count and some air
    needed = tree.fontMetrics().horizontalAdvance(row) + 2 * tree.indentation() + 20 + 40
    sidebar, results, inspector = window.splitter.sizes()
    assert sidebar >= needed
    assert results > sidebar and results > inspector
    # the inspector hidden: its width goes to the results, not to a wider sidebar
    window.show_panel("inspector", False)
    window.resize(1900, 1040)
    qtbot.wait(50)
    narrower, wider, _hidden = window.splitter.sizes()
    assert narrower <= sidebar and wider >= results + inspector - 40
    window.show_panel("inspector", True)
    # the user's own widths are theirs: moved, then grown, the sidebar keeps its width
    window.splitter.moveSplitter(300, 1)
    qtbot.wait(20)
    moved = window.splitter.sizes()
    window.resize(1700, 1040)
    qtbot.wait(50)
    shrunk = window.splitter.sizes()
    assert shrunk[0] <= moved[0] and shrunk[0] >= moved[0] - 40


def _inside(widget: Any, page: Any) -> bool:
    from PySide6.QtCore import QRect

    top_left = widget.mapTo(page, QPoint(0, 0))
    return page.rect().contains(QRect(top_left, widget.size()))


def test_opening_a_viewer_never_resizes_the_window(qtbot: Any, window: Any, french: None) -> None:
    """A video opened in a 960 px window made it 1101 px wide in French (the player's
    controls on one line); at the window's smallest, the photo loupe, a deck and Compare
    made it wider or taller too. Now the window keeps its size and the player's controls
    wrap inside its page."""
    window.showNormal()
    window.resize(960, 640)
    qtbot.wait(50)
    window.focus_results()
    ids = window.store.ids
    ws = window.workspace
    video = next(i for i in ids if window.store.cached(i).kind == "video")
    ws.show_loupe(ids, ids.index(video), through_selection=False)
    qtbot.wait(100)
    assert window.size().width() == 960 and window.height() == 640
    player, page = ws.loupe.viewer, ws.pages["loupe"]
    player.confirm_button.show()  # a segment with draft chapters: every tool is out
    qtbot.wait(50)
    assert window.width() == 960
    tools = (player.play_button, player.time_label, player.volume, player.poster_button)
    for w in (*tools, player.full_button, player.cut_button, player.confirm_button):
        assert _inside(w, page), w
    # Compare's caption of a photo whose file is gone says so whole (it was cut at the edge)
    photos = [i for i in ids if window.store.cached(i).kind == "photo"]
    assert ws.show_compare(photos[:2], 2)
    qtbot.waitUntil(lambda: any("introuvable" in p.caption.text() for p in ws.compare.panes))
    qtbot.wait(50)
    for caption in (p.caption for p in ws.compare.panes if "introuvable" in p.caption.text()):
        fits = caption.fontMetrics().horizontalAdvance(caption.text()) <= caption.width()
        wraps = caption.wordWrap() and caption.height() >= caption.heightForWidth(caption.width())
        assert fits or wraps
    ws.show_grid()
    # at the smallest the window can be, every viewer fits what it has
    window.resize(200, 200)
    qtbot.wait(50)
    smallest = window.size()
    kinds = {window.store.cached(i).kind: i for i in ids}
    for kind in ("photo", "slides", "video"):
        ws.show_loupe(ids, ids.index(kinds[kind]), through_selection=False)
        qtbot.wait(50)
        assert window.size() == smallest, kind
    assert ws.show_compare(photos[:2], 2) and ws.show_survey(photos[:6])
    qtbot.wait(50)
    assert window.size() == smallest
