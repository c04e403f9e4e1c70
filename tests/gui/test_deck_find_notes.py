"""Find in a deck counts and walks the words in its speaker notes too: they were marked in the
text panel but the count ("Match 1 of 1 on this page") and Enter knew only the page's text
(on its rendered picture), and without LibreOffice no count was shown at all."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.stand_ins import copies, soffice

from smparchive.core.demo.content import Deck, Slide
from smparchive.core.demo.documents import write_deck_pdf, write_pptx
from smparchive.gui.tasks import SyncTaskRunner
from smparchive.gui.viewers import open_viewer
from smparchive.gui.viewers.deck import DeckViewer

CURRENT = "background-color:#ff7800"  # the current match in the text panel
DECK = Deck(
    "talk",
    "s1",
    "Belgium",
    "Ann Lee",
    (
        Slide("Who does what", ("One single permit procedure",), "Stress the single desk."),
        Slide("Lessons", ("A single lesson",), "Close."),
    ),
)


def _deck(qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path) -> tuple[Any, DeckViewer]:
    media = tmp_path / "media"
    media.mkdir()
    when = datetime(2022, 6, 2, 9, 0, tzinfo=UTC)
    write_pptx(DECK, media / "talk.pptx", when)
    ids = add_items([{"name": "talk.pptx", "kind": "slides", "format": "PPTX"}])
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1200, 600)
    window.show()
    viewer = window.viewer
    assert isinstance(viewer, DeckViewer)
    return window, viewer


def _walk(viewer: DeckViewer, qtbot: Any) -> None:
    qtbot.keyClick(viewer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    viewer.find_edit.setText("single")
    assert viewer.hits == [0, 1] and viewer.page == 0
    assert "Match 1 of 2 on this page" in viewer.find_label.text()
    pane = viewer.notes.toHtml()
    # the text first, then its notes, as Enter walks them (the notes stood above the text,
    # so Enter jumped up from the text's match to the notes')
    assert pane.index(">Text<") < pane.index(CURRENT) < pane.index("Speaker notes")
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)  # the notes' "single", same page
    assert viewer.page == 0 and "Match 2 of 2 on this page" in viewer.find_label.text()
    notes = viewer.notes.toHtml()
    assert notes.index(">Text<") < notes.index("Speaker notes") < notes.index(CURRENT)
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)  # then the next page
    assert viewer.page == 1 and "Match 1 of 1 on this page" in viewer.find_label.text()
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.page == 0 and "Match 2 of 2 on this page" in viewer.find_label.text()


def test_find_walks_the_speaker_notes_of_a_rendered_deck(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendition = tmp_path / "rendition.pdf"
    write_deck_pdf(DECK, rendition, datetime(2022, 6, 2, tzinfo=UTC))
    bin_dir = tmp_path / "bin"
    soffice(bin_dir, copies(rendition))  # a LibreOffice that hands back the deck's pages
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    _window, viewer = _deck(qtbot, catalog, add_items, tmp_path)
    assert viewer.content is not None and viewer.content.pdf is not None
    _walk(viewer, qtbot)
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.match == 0 and len(viewer.view.mark_items) == 1  # on the picture again


def test_find_counts_a_decks_words_without_libreoffice(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("smparchive.gui.viewers.deck_source.find_soffice", lambda: None)
    _window, viewer = _deck(qtbot, catalog, add_items, tmp_path)
    assert viewer.content is not None and viewer.content.pdf is None
    _walk(viewer, qtbot)
