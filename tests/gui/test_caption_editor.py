"""Captioning from the keyboard: shortcut, language tabs, counter, Ctrl+Enter back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus() -> Any:
    return QApplication.focusWidget()


def test_caption_and_alt_text_in_french_by_keyboard(qtbot: Any, window: Any) -> None:
    window.settings.caption_languages = ["en", "fr", "nl"]
    window.activateWindow()
    qtbot.waitActive(window)
    window.focus_results()
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    item = window.selected_ids()[0]
    window._selection_changed()
    editor = window.inspector.texts
    assert editor.languages[:2] == ["en", "fr"]

    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption
    assert _focus() is editor.caption
    qtbot.keyClick(_focus(), Qt.Key.Key_PageDown, CTRL)  # the French tab
    assert editor.lang() == "fr" and _focus() is editor.caption
    qtbot.keyClicks(_focus(), "Table ronde du REM")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is editor.alt
    qtbot.keyClicks(_focus(), "Six personnes assises")
    assert editor.counter.isVisible()
    assert editor.counter.text().startswith("21 / 250")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, CTRL)  # apply, back to the grid
    assert window.view.hasFocus()

    record = window.catalog.item(item)
    assert record.captions.get("fr") == "Table ronde du REM"
    assert record.alt_texts.get("fr") == "Six personnes assises"
    assert not record.captions.get("en")
    assert "●" in editor.tabs.tabText(1) and "●" not in editor.tabs.tabText(0)


def test_alt_text_counter_warns_past_the_soft_limit(qtbot: Any, window: Any) -> None:
    from smparchive.gui.widgets.caption_editor import ALT_SOFT_LIMIT

    window.activateWindow()
    qtbot.waitActive(window)
    window.focus_results()
    window._selection_changed()
    qtbot.keyClick(window.view, Qt.Key.Key_X, CTRL_SHIFT)  # Edit Alt Text
    editor = window.inspector.texts
    assert _focus() is editor.alt
    editor.alt.setPlainText("x" * (ALT_SOFT_LIMIT + 5))
    assert f"{ALT_SOFT_LIMIT + 5} / {ALT_SOFT_LIMIT}" in editor.counter.text()
    assert "shorten" in editor.counter.text()


def test_caption_fields_are_larger_than_one_line(window: Any) -> None:
    editor = window.inspector.texts
    line = editor.fontMetrics().height()
    assert editor.caption.height() >= 4 * line and editor.alt.height() >= 3 * line


def test_a_caption_in_the_first_language_replaces_the_file_x_default(window: Any) -> None:
    from smparchive.core.domain.sidecars_xmp import SidecarMetadata

    cat = window.catalog
    item = cat.query_ids()[0]
    # As read from a file: a caption whose language the file did not say.
    cat.apply_sidecar_metadata([(item, SidecarMetadata(captions={"x-default": "Old text"}))])
    assert cat.item(item).captions == {"x-default": "Old text"}
    window.inspector.languages = ["fr", "en"]  # French first: the default language
    window.inspector.records = cat.items([item])
    window.inspector._texts_committed("caption", "en", "English only")
    assert cat.item(item).captions == {"x-default": "Old text", "en": "English only"}
    window.inspector._texts_committed("caption", "fr", "Nouveau texte")
    assert cat.item(item).captions == {"en": "English only", "fr": "Nouveau texte"}


def test_suggest_fills_a_draft_alt_text_to_finish(qtbot: Any, window: Any) -> None:
    """Suggest writes who and where as a marked draft; the person finishes and applies it."""
    window.settings.caption_languages = ["en", "fr", "nl"]
    cat = window.catalog
    window.activateWindow()
    qtbot.waitActive(window)
    window.focus_results()
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    item = window.selected_ids()[0]
    cat.assign_items([item], cat.test_sessions["opening"])
    cat.tag_items([item], ["Ana Lopez"], kind="person")
    window._selection_changed()
    editor = window.inspector.texts
    editor.show_records([cat.item(item)])
    editor.tabs.setCurrentIndex(1)  # French
    assert editor.suggest.isEnabled()
    qtbot.mouseClick(editor.suggest, Qt.MouseButton.LeftButton)
    from smparchive.gui.widgets.fields import plain_text

    draft = plain_text(editor.alt)  # as stored: with its no-break spaces
    assert draft.startswith(
        "[Brouillon] Ana Lopez au micro pendant la séance «\u202fOpening\u202f»"
    )
    assert "salle Hall A" in draft and "1er juin 2022" in draft
    assert _focus() is editor.alt
    assert not cat.item(item).alt_texts.get("fr")  # nothing stored until applied
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, CTRL)
    assert cat.item(item).alt_texts.get("fr") == draft  # stored as a draft, marker and all
    editor.show_records([cat.item(i) for i in cat.query_ids()[:2]])
    assert not editor.suggest.isEnabled()  # one photo at a time


def test_a_french_caption_keeps_its_no_break_spaces(qtbot: Any) -> None:
    """Qt's plain text turns no-break spaces into spaces: a French caption ('séance
    « … »', imported from Lightroom or written by the suggestion) was rewritten by merely
    tabbing through its field, and an edit lost every one of them."""
    from smparchive.gui.widgets.fields import NoteField

    caption = "Pause pendant la séance\u00a0«\u00a0EMN roundtable\u00a0», 10\u00a0h\u00a030."
    field = NoteField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.show_value(caption)
    saved: list[str] = []
    field.committed.connect(saved.append)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.clearFocus()  # tabbed through: nothing to save
    assert saved == []
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, " Photo")
    field.clearFocus()
    assert saved == [caption + " Photo"]  # the no-break spaces kept
