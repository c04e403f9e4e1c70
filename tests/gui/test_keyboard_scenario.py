"""The 'done when' scenario by keyboard only: find the day-one roundtable photos, rate and
pick five, tag two people, put them in a collection, undo a mistake."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _answer_modal(qtbot: Any, text: str) -> None:
    """Type ``text`` + Enter into the next modal input dialog (the 'B' picker)."""

    def answer() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        combo = dlg.findChild(QComboBox)
        assert combo is not None and combo.isEditable()
        qtbot.keyClicks(combo.lineEdit(), text)
        # The editable combo keeps Return for itself offscreen; Enter on the dialog is
        # what reaches its default button (as it does on a desktop).
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
        if dlg.isVisible():
            qtbot.keyClick(dlg, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)

    QTimer.singleShot(0, answer)


def test_done_when_scenario_by_keyboard(window: Any, qtbot: Any) -> None:
    cat = window.catalog
    cat.apply_assignments(cat.propose_assignments(None))  # photos into their sessions
    roundtable = cat.test_sessions["roundtable"]
    expected = [
        r.id for r in cat.items(cat.query_ids()) if r.session_id == roundtable and r.kind == "photo"
    ]
    assert len(expected) >= 5
    window.refresh_sidebar()
    window.actions_by_name["auto_advance"].setChecked(False)
    window.activateWindow()
    qtbot.waitActive(window)

    # 1. Ctrl+F, a query, Enter: the results take the focus
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    assert window.search.edit.hasFocus()
    qtbot.keyClicks(window.search.edit, 'day:1 session:"EMN roundtable" kind:photo')
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert sorted(window.store.ids) == sorted(expected)
    grid = window.view
    assert grid.hasFocus()
    window.select_ids(window.store.ids[:1], current_row=0)

    # 2. rate four stars and pick five photos, moving with the arrow key
    five = window.store.ids[:5]
    for n in range(5):
        qtbot.keyClick(grid, Qt.Key.Key_4)
        qtbot.keyClick(grid, Qt.Key.Key_P)
        if n < 4:
            qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert [(r.rating, r.flag) for r in cat.items(five)] == [(4, 1)] * 5
    assert all(r.flag == 0 for r in cat.items(window.store.ids[5:]))

    # select the five: Home, then Shift+Right four times
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Right, SHIFT)
    assert sorted(window.selected_ids()) == sorted(five)
    window._selection_changed()

    # 3. Shift+T: two people, typed into the inspector; Escape goes back to the grid
    qtbot.keyClick(grid, Qt.Key.Key_T, SHIFT)
    people = window.inspector.people_entry
    assert people.hasFocus()
    for name in ("Ana Lopez", "Jan Peeters"):
        qtbot.keyClicks(people, name)
        qtbot.keyClick(people, Qt.Key.Key_Return)
    qtbot.keyClick(people, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    for rec in cat.items(five):
        names = {t.path for t in rec.tags if t.kind == "person"}
        assert names == {"Ana Lopez", "Jan Peeters"}, rec.tags

    # 4. B: into a new collection, named by typing
    _answer_modal(qtbot, "Roundtable picks")
    qtbot.keyClick(window.view, Qt.Key.Key_B)
    (coll,) = [c for c in cat.collections() if c.name == "Roundtable picks"]
    assert sorted(cat.collection_item_ids(coll.id)) == sorted(five)
    window.activateWindow()  # the picker closed (offscreen does not hand activation back)
    qtbot.waitActive(window)
    qtbot.waitUntil(window.view.hasFocus, timeout=2000)

    # 5. a mistake: 1 star on all five; Ctrl+Z puts the four stars back
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert {r.rating for r in cat.items(five)} == {1}
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert {r.rating for r in cat.items(five)} == {4}
    assert sorted(cat.collection_item_ids(coll.id)) == sorted(five)  # the rest stays
