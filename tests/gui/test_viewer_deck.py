"""Deck viewer: real PDF pages and find, encrypted PDF, decks with and without LibreOffice."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from PySide6.QtCore import Qt
from test_viewer_support import CORPUS, copy_into

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


def _fake_soffice(folder: Path, body: str) -> None:
    folder.mkdir(exist_ok=True)
    script = folder / "soffice"
    script.write_text(f"#!{sys.executable}\nimport sys, pathlib\nargs = sys.argv[1:]\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_deck_through_libreoffice_rendition_is_cached(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_soffice(
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
    _fake_soffice(tmp_path / "bin", "print('Error: source file could not be loaded');sys.exit(1)")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    _, viewer = deck_window(qtbot, catalog, add_items, tmp_path, "slides/pptx-test.pptx")
    assert "could not convert" in viewer.message.text()
    assert viewer.model.rowCount() == 1 and "Presentation Title Text" in viewer.notes.toPlainText()
    _, broken = deck_window(qtbot, catalog, add_items, tmp_path, "slides/ff-sample.pptx")
    assert broken.error is not None and "cannot be read" in broken.error
