"""Escape in any of the inspector's text fields goes back to the grid with what was typed
saved, as leaving the field does: the title (one line) dropped it from the catalogue yet
left it on screen, while the caption and alt text kept theirs (h50's walk)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.gui.conftest import select_first_item

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("field", ["title", "caption", "alt"])
def test_escape_in_a_text_field_keeps_and_saves_the_text(
    qtbot: Any, window: Any, field: str
) -> None:
    item = select_first_item(qtbot, window)
    editor = window.inspector.texts
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption: the first tab
    widget = getattr(editor, field)
    widget.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Policy roundtable")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.view.hasFocus()  # back to the grid
    stored = {"title": "titles", "caption": "captions", "alt": "alt_texts"}[field]
    assert getattr(window.catalog.item(item), stored).get("en") == "Policy roundtable"
    shown = widget.text() if field == "title" else widget.toPlainText()
    assert shown == "Policy roundtable"
