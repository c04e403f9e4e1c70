"""The workspace shows where the person is: the inspector from the top for another item,
the mode buttons checked for the mode shown, one shortcut row per command, and a
selection that moves on when the current item leaves the view."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.gui.conftest import select_first_item

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
