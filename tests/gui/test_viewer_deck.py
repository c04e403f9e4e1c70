"""Deck viewer: real PDF pages and find, encrypted PDF, decks with and without LibreOffice."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from PySide6.QtCore import Qt
from test_viewer_support import CORPUS, copy_into
from tests.core.media.test_pages import text_pdf
from tests.stand_ins import soffice

from smparchive.core.media.pages import PageStore
from smparchive.gui.tasks import SyncTaskRunner
from smparchive.gui.viewers import open_viewer
from smparchive.gui.viewers.deck import PAGE_SIZE, STRIP_SIZE, DeckViewer

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="real-world corpus not present"),
]
PLUGFEST = "odf-2014 - ODF Plugfest - Collaborated Editing on ODF"


def deck_window(qtbot: Any, catalog: Any, add_items: Any, tmp: Path, rel: str, **spec: Any) -> Any:
    specs = copy_into(tmp / "media", rel)
    specs[0].update({"kind": "slides", "format": Path(rel).suffix[1:].upper(), **spec})
    window = open_viewer(None, catalog, add_items(specs), 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    viewer = window.viewer
    assert isinstance(viewer, DeckViewer)
    return window, viewer


def test_pdf_pages_strip_find_and_disk_cache(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    _, viewer = deck_window(qtbot, catalog, add_items, tmp_path, f"pdf/{PLUGFEST}.pdf")
    assert viewer.error is None and viewer.content is not None
    assert viewer.model.rowCount() == 112
    assert viewer.view.image_width() == PAGE_SIZE
    sha = viewer.record.sha256
    assert PageStore(catalog.cache_dir).get_page(sha, 0, PAGE_SIZE) is not None
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.page == 1 and "Who am I" in viewer.notes.toPlainText()
    qtbot.keyClick(viewer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_bar.isVisible()
    viewer.find_edit.setText("Schübert")  # accent-insensitive (QTest types ASCII only)
    assert viewer.hits and 1 in viewer.hits
    assert len(viewer.view.mark_items) == 2  # twice on this page, both marked on it
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)  # its second match, then the next page
    assert viewer.page == 1 and viewer.match == 1
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)
    assert viewer.page == min(h for h in viewer.hits if h > 1)
    assert "pages" in viewer.find_label.text()
    # the word is marked in the page's text, where the panel scrolls to it
    shown = viewer.notes.toHtml()
    assert "background-color:#ffd43b" in shown and "Schubert" in viewer.notes.toPlainText()
    # the strip's cells stay as wide as its pictures when the window is resized (laid out
    # again by their labels, narrower, they cut every page on both sides)
    strip = viewer.strip
    viewer.window().resize(1366, 700)
    qtbot.wait(50)  # laid out again
    assert {strip.visualRect(viewer.model.index(n)).width() >= STRIP_SIZE for n in range(6)} == {
        True
    }
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Escape)
    assert not viewer.find_bar.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_End)
    assert viewer.page == 111
    qtbot.keyClick(viewer, Qt.Key.Key_2)
    assert catalog.item(viewer.record.id).rating == 2


def _marks(viewer: DeckViewer) -> list[tuple[float, float, float, float, bool]]:
    """The boxes drawn over the page as fractions of it, and whether each is the current."""
    view = viewer.view
    scene = view.sceneRect()
    current = view.mark_items[-1].brush().color() if view.mark_items else None
    return [
        (
            (r := item.sceneBoundingRect()).left() / scene.width(),
            r.top() / scene.height(),
            r.right() / scene.width(),
            r.bottom() / scene.height(),
            item.brush().color() == current,
        )
        for item in view.mark_items
    ]


def _ink_under(viewer: DeckViewer, box: tuple[float, ...]) -> int:
    """Dark pixels of the shown page under ``box``."""
    image = viewer.view._item.pixmap().toImage()
    w, h = image.width(), image.height()
    return sum(
        1
        for x in range(int(box[0] * w), int(box[2] * w))
        for y in range(int(box[1] * h), int(box[3] * h))
        if image.pixelColor(x, y).lightness() < 100
    )


def test_found_words_are_marked_on_the_page_and_enter_walks_them(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """As in any PDF reader, the found word is highlighted on the page picture itself, the
    current match stands out, Enter walks the matches and then the pages, zoom follows."""
    (tmp_path / "media").mkdir()
    text_pdf(tmp_path / "media" / "handout.pdf")
    ids = add_items([{"name": "handout.pdf", "kind": "document", "format": "PDF"}])
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    viewer = window.viewer
    assert isinstance(viewer, DeckViewer) and viewer.error is None
    qtbot.keyClick(viewer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    viewer.find_edit.setText("THE")
    assert viewer.hits == [0, 1] and viewer.page == 0
    ((left, top, right, bottom, current),) = _marks(viewer)
    # "Day one: the programme" at x=50 pt, 20 pt high, on a 400x300 pt page: "the" after
    # "Day one: ", at its top
    assert current and 0.2 < left < right < 0.45 and 0.1 < top < bottom < 0.2
    assert _ink_under(viewer, (left, top, right, bottom)) > 30
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)  # no more on page 1: on to page 2
    marks = _marks(viewer)
    assert viewer.page == 1 and len(marks) == 3
    in_reading_order = sorted(marks, key=lambda m: (round(m[1], 2), m[0]))
    assert [m[4] for m in in_reading_order] == [True, False, False]  # "then" is the current
    assert all(_ink_under(viewer, m) > 10 for m in marks)
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)  # the next match on the same page
    assert viewer.page == 1 and viewer.match == 1
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return, shift)
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return, shift)  # back to page 1's (last) match
    assert viewer.page == 0 and len(_marks(viewer)) == 1
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return, shift)  # round to page 2's last
    assert viewer.page == 1 and viewer.match == 2
    on_screen = viewer.view.mapFromScene(viewer.view.mark_items[-1].sceneBoundingRect())
    width = on_screen.boundingRect().width()
    viewer.view.zoom_by(2.0)
    on_screen = viewer.view.mapFromScene(viewer.view.mark_items[-1].sceneBoundingRect())
    assert on_screen.boundingRect().width() > 1.8 * width  # the box grows with the page
    viewer.find_edit.setText("")
    assert viewer.view.mark_items == []


def test_encrypted_pdf_says_so(qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path) -> None:
    _, viewer = deck_window(
        qtbot, catalog, add_items, tmp_path, "pdf/pypdf-r6-user-password.pdf", kind="document"
    )
    assert viewer.error is not None and "encrypted" in viewer.error
    assert viewer.message.isVisible()


def test_odp_without_libreoffice_shows_titles_and_notes(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("smparchive.gui.viewers.deck_source.find_soffice", lambda: None)
    _, viewer = deck_window(qtbot, catalog, add_items, tmp_path, f"slides/{PLUGFEST}.odp")
    assert viewer.error is None
    assert "LibreOffice is not installed" in viewer.message.text()
    assert viewer.model.rowCount() == 56
    qtbot.keyClick(viewer, Qt.Key.Key_Down)
    text = viewer.notes.toPlainText()
    assert "Who am I" in text and "Speaker notes" in text and "OASIS" in text
    assert viewer.view.has_image()  # a title card stands in for the slide
    viewer.find_edit.setText("oasis")  # no rendered pages: the text panel alone marks it
    assert viewer.page in viewer.hits and "background-color:#ffd43b" in viewer.notes.toHtml()
    assert viewer.view.mark_items == []


def test_deck_through_libreoffice_rendition_is_cached(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    soffice(
        tmp_path / "bin",
        "from PIL import Image\n"
        "out = pathlib.Path(args[args.index('--outdir') + 1]); out.mkdir(parents=True)\n"
        "pages = [Image.new('RGB', (400, 300), (40 * i, 90, 90)) for i in range(3)]\n"
        "pages[0].save(out / (pathlib.Path(args[-1]).stem + '.pdf'), 'PDF', save_all=True,"
        " append_images=pages[1:])",
    )
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    _, viewer = deck_window(qtbot, catalog, add_items, tmp_path, "slides/pptx-test.pptx")
    assert viewer.error is None and viewer.message.isHidden()
    assert viewer.model.rowCount() == 3  # the rendition's pages
    assert PageStore(catalog.cache_dir).rendition_path(viewer.record.sha256).is_file()


def test_conversion_failure_and_unreadable_deck(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    soffice(tmp_path / "bin", "print('Error: source file could not be loaded');sys.exit(1)")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    _, viewer = deck_window(qtbot, catalog, add_items, tmp_path, "slides/pptx-test.pptx")
    assert "could not convert" in viewer.message.text()
    assert viewer.model.rowCount() == 1 and "Presentation Title Text" in viewer.notes.toPlainText()
    _, broken = deck_window(qtbot, catalog, add_items, tmp_path, "slides/ff-sample.pptx")
    assert broken.error is not None and "cannot be read" in broken.error


def _current_in_panel(viewer: DeckViewer) -> tuple[str, int] | None:
    """The match the text panel shows as the current one (orange): its text and where it
    is in the panel's text; None when none stands out."""
    found: tuple[str, int] | None = None
    block = viewer.notes.document().begin()
    while block.isValid():
        for part in block:  # the anchor splits the mark in two fragments
            fragment = part.fragment()
            if fragment.charFormat().background().color().name() == "#ff7800":
                at = found[1] if found else fragment.position()
                found = ((found[0] if found else "") + fragment.text(), at)
        block = block.next()
    return found


def _in_sight(viewer: DeckViewer, position: int) -> bool:
    cursor = viewer.notes.textCursor()
    cursor.setPosition(position)
    return viewer.notes.viewport().rect().contains(viewer.notes.cursorRect(cursor).center())


def test_the_text_panel_follows_the_current_match(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """Enter walked the matches on the page picture (the current one orange) while the text
    panel stayed on the first occurrence of the word, far above the one shown current."""
    from smparchive.core.demo.pdf import PdfDocument

    (tmp_path / "media").mkdir()
    doc = PdfDocument()
    page = doc.add_page(600, 900)
    # numbered items: each keeps its line in the panel (plain lines of one length would
    # be joined into a paragraph there, both matches in sight at once)
    lines = [f"{n}. Line of the minutes" for n in range(60)]
    lines[2], lines[55] = "2. The budget for 2023", "55. A second budget line"
    for n, line in enumerate(lines):
        page.text(40, 870 - 14 * n, line, 10)
    doc.save(tmp_path / "media" / "minutes.pdf")
    ids = add_items([{"name": "minutes.pdf", "kind": "document", "format": "PDF"}])
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(1200, 600)
    window.show()
    qtbot.waitExposed(window)
    viewer = window.viewer
    assert isinstance(viewer, DeckViewer) and viewer.notes.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    viewer.find_edit.setText("BUDGET")
    assert viewer.match == 0 and len(viewer.view.mark_items) == 2
    first = _current_in_panel(viewer)
    assert first is not None and first[0] == "budget" and _in_sight(viewer, first[1])
    assert "1 of 2 on this page" in viewer.find_label.text()
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)  # the second match, far below
    assert viewer.page == 0 and viewer.match == 1
    second = _current_in_panel(viewer)
    assert second is not None and second[0] == "budget" and second[1] > first[1]
    assert _in_sight(viewer, second[1]) and not _in_sight(viewer, first[1])
    assert "2 of 2 on this page" in viewer.find_label.text()
    plain = viewer.notes.toPlainText()
    assert plain[second[1] - 9 : second[1]] == "A second "  # the occurrence on line 56


def test_a_pdfs_text_panel_reads_in_paragraphs_and_finds_across_a_joined_line(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """The panel kept the PDF's own line breaks ("and then the résumé" / "of the day"), so
    paragraphs read ragged in a narrow pane; its lines are joined now, the stored text is
    as it was, and Ctrl+F marks "résumé of" across the joined line."""
    media = tmp_path / "media"
    media.mkdir(exist_ok=True)
    text_pdf(media / "notes.pdf")
    spec = {"name": "notes.pdf", "kind": "document", "format": "PDF", "sha256": "c" * 64}
    window = open_viewer(None, catalog, add_items([spec]), 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    viewer = window.viewer
    assert isinstance(viewer, DeckViewer)
    viewer.go_to_page(1)
    assert "and then the résumé\nof the day" in viewer.model.slides[1].text  # stored
    assert "and then the résumé of the day" in viewer.notes.toPlainText()
    qtbot.keyClick(viewer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    viewer.find_edit.setText("resume of")
    assert viewer.hits == [1] and viewer.page == 1
    qtbot.waitUntil(lambda: "résumé of" in _marked(viewer.notes.document()))


def _marked(document: Any) -> str:
    """The text of the text panel drawn on a marked background, its runs joined."""
    runs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return "".join(runs)
