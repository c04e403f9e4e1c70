"""The sidebar from the keyboard: typing a row's name finds it, spaces and all."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_typing_a_rows_name_with_a_space_finds_it_and_opens_no_loupe(
    qtbot: Any, window: Any
) -> None:
    """'No s' typed in the sidebar: the space opened the loupe on the row found so far
    ('No session' was never reached, the next letter went to the loupe)."""
    sidebar = window.sidebar
    window.focus_sidebar()
    qtbot.waitUntil(sidebar.hasFocus)
    sidebar.setCurrentIndex(sidebar.model().index(0, 0))
    for key in ("N", "o", " "):
        qtbot.keyClick(sidebar, key)  # one typist's pace: well within Qt's pause
    assert window.workspace.mode == "grid"  # (S in the loupe assigns a session)
    qtbot.keyClick(sidebar, "s")
    node = sidebar.sidebar.node(sidebar.currentIndex())
    assert node is not None and node.label == "No session", node
    assert window.workspace.mode == "grid"
    assert sidebar.hasFocus()
    # Space alone, with nothing being typed, still shows the row's items in the loupe
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClick(sidebar, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.workspace.mode == "loupe")


@pytest.mark.parametrize(("key", "view"), [(Qt.Key.Key_1, "grid"), (Qt.Key.Key_2, "table")])
def test_ctrl_1_and_2_from_the_sidebar_take_the_keyboard_to_that_view(
    qtbot: Any, window: Any, key: Qt.Key, view: str
) -> None:
    """Ctrl+1 (Grid) pressed in the sidebar did nothing one could see: the grid was already
    shown and the keys stayed in the sidebar (Ctrl+2 showed the table, the keys still in
    the sidebar); an arrow then moved the sidebar's row, not the item."""
    sidebar = window.sidebar
    window.focus_sidebar()
    qtbot.waitUntil(sidebar.hasFocus)
    qtbot.keyClick(sidebar, key, Qt.KeyboardModifier.ControlModifier)
    target = getattr(window, view)
    qtbot.waitUntil(target.hasFocus)
    before = window.current_row()
    qtbot.keyClick(target, Qt.Key.Key_Down if view == "table" else Qt.Key.Key_Right)
    assert window.current_row() == before + 1


def test_ctrl_l_over_a_scans_items_shows_where_the_keys_are(qtbot: Any, window: Any) -> None:
    """After a scan summary's "Review New Items" (a view that is no sidebar row) Ctrl+L
    gave the sidebar the keys with no row marked: nothing on screen said where they were.
    The row last chosen is marked, and the view stays the scan's until a row is chosen."""
    sidebar = window.sidebar
    window.sidebar.select_key("kind:video")
    ids = window.store.ids[:1]
    window.scope.next_step("review:new", ids)
    label = window.scope_bar.source.label
    assert not sidebar.currentIndex().isValid()
    window.focus_sidebar()
    qtbot.waitUntil(sidebar.hasFocus)
    node = sidebar.sidebar.node(sidebar.currentIndex())
    assert node is not None and node.key == "kind:video"
    assert window.scope_bar.source.label == label  # still the scan's items
    assert list(window.store.ids) == ids
    qtbot.keyClick(sidebar, Qt.Key.Key_Up)  # an arrow goes on from the row marked
    assert sidebar.sidebar.node(sidebar.currentIndex()).key == "kind:photo"
    qtbot.waitUntil(lambda: window.scope_bar.source.label != label)


def test_the_arrows_pass_over_an_empty_sections_header(qtbot: Any, window: Any) -> None:
    """Down onto an empty section's header (Smart collections with none) left the grid on
    the row before with no row marked: the keys went nowhere one could see. The arrows
    pass over it; on any header the row the grid shows stays marked."""
    sidebar = window.sidebar
    model = sidebar.sidebar
    empty = {s.key for s in model.sections if not s.children}
    assert empty, [s.key for s in model.sections]  # the catalogue has no smart collection

    def check() -> None:
        node = model.node(sidebar.currentIndex())
        assert node is not None and node.key not in empty, node
        shown = model.index_of(sidebar.current_key())
        assert sidebar.selectionModel().selectedIndexes() == [shown], sidebar.current_key()

    sidebar.setCurrentIndex(model.index(1, 0))
    window.focus_sidebar()
    qtbot.waitUntil(sidebar.hasFocus)
    for key in [Qt.Key.Key_Down] * 40 + [Qt.Key.Key_End]:
        qtbot.keyClick(sidebar, key)
        check()
    for key in [Qt.Key.Key_Up] * 40 + [Qt.Key.Key_Home]:
        qtbot.keyClick(sidebar, key)
        check()
