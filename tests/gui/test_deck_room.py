"""The deck viewer gives the page the room: in the loupe on a 1366 px laptop the page was
squeezed to ~240 px between the page strip and the text pane (only the page gave way)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smparchive.gui.tasks import SyncTaskRunner
from smparchive.gui.viewers import open_viewer
from smparchive.gui.viewers.deck import STRIP_SIZE, DeckViewer

pytestmark = pytest.mark.gui


def _deck_in_loupe(qtbot: Any, window: Any) -> DeckViewer:
    window.resize(1366, 768)
    window.focus_results()
    ids = window.store.ids
    deck = next(i for i in ids if window.store.cached(i).kind == "slides")
    window.workspace.show_loupe(ids, ids.index(deck), through_selection=False)
    viewer = window.workspace.loupe.viewer
    assert isinstance(viewer, DeckViewer)
    qtbot.waitUntil(lambda: viewer.isVisible() and viewer.view.width() > 1)
    return viewer


def test_the_page_has_the_room_in_a_laptops_loupe(qtbot: Any, window: Any) -> None:
    viewer = _deck_in_loupe(qtbot, window)
    assert viewer.width() < 900  # beside the sidebar and the inspector
    # the page takes most of the width: the text pane closed, the strip narrower
    assert viewer.view.width() >= 0.7 * viewer.width()
    assert not viewer.notes.isVisible() and not viewer.text_button.isChecked()
    assert viewer.strip.width() < STRIP_SIZE
    # Ctrl+F opens it while finding (the words are marked there), Esc closes it again
    qtbot.keyClick(viewer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.notes.isVisible() and viewer.notes.width() >= 220
    assert viewer.view.width() > max(viewer.notes.width(), viewer.strip.width())
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Escape)
    assert not viewer.notes.isVisible()
    # I opens it for good: the user's choice, kept for the next deck shown
    qtbot.keyClick(viewer, Qt.Key.Key_I)
    assert viewer.notes.isVisible() and viewer.text_button.isChecked()
    other = open_viewer(None, window.catalog, [viewer.record.id], 0, runner=SyncTaskRunner())
    qtbot.addWidget(other)
    other.resize(900, 600)
    other.show()
    qtbot.waitExposed(other)
    assert other.viewer.notes.isVisible()
    qtbot.keyClick(other.viewer, Qt.Key.Key_I)  # closed for good, even where there is room
    assert not other.viewer.notes.isVisible()
    other.resize(1500, 900)
    qtbot.waitUntil(lambda: other.viewer.width() >= 1400)
    assert not other.viewer.notes.isVisible()
    assert other.viewer.strip.width() >= STRIP_SIZE


def test_a_wide_viewer_shows_strip_page_and_text(qtbot: Any, gui_catalog: Any) -> None:
    deck = next(r.id for r in gui_catalog.items(gui_catalog.query_ids()) if r.kind == "slides")
    window = open_viewer(None, gui_catalog, [deck], 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    viewer = window.viewer
    assert viewer.notes.isVisible() and viewer.text_button.isChecked()
    assert viewer.strip.width() >= STRIP_SIZE and viewer.view.width() >= 0.5 * viewer.width()


def test_portrait_pages_leave_their_number_in_sight_in_the_strip(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """A portrait page (an A4 concept note) was drawn taller than its cell in the page
    strip, over its number and title; narrowed, the strip cut every page the same way."""
    from smparchive.core.demo.pdf import PdfDocument

    (tmp_path / "media").mkdir()
    doc = PdfDocument()
    for n in range(3):
        doc.add_page(595, 842).text(60, 780, f"Concept note, page {n + 1}", 14)
    doc.save(tmp_path / "media" / "note.pdf")
    ids = add_items([{"name": "note.pdf", "kind": "document", "format": "PDF"}])
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    viewer = window.viewer
    assert isinstance(viewer, DeckViewer)
    for width in (1400, 800):
        window.resize(width, 700)
        window.show()
        qtbot.waitUntil(lambda w=width: abs(viewer.width() - w) < 50)
        qtbot.waitUntil(lambda: viewer.cached(0, STRIP_SIZE) is not None)
        picture = viewer.model.data(viewer.model.index(0), Qt.ItemDataRole.DecorationRole)
        box = viewer.strip.iconSize()
        assert picture.height() <= box.height() and picture.width() <= box.width(), width
