"""Folders dropped on the window (issue 19, "no freeze, ever"): a drag is answered from the
URLs alone; which of the dropped paths are folders is looked at on a worker (a share that
stopped answering blocked every look for its timeout, on the UI thread while the user
dragged). The folders are added and scanned; a file dropped is named in a message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.gui.conftest import noise_jpeg, window_over_folders

pytestmark = pytest.mark.gui


@pytest.fixture
def card_window(qtbot: Any, tmp_path: Path, settings: Any) -> Iterator[Any]:
    """The main window over a catalogue of one card of one photo (the app's threads)."""
    noise_jpeg(tmp_path / "card" / "IMG_0001.JPG", 1)
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [tmp_path / "card"]) as (
        w,
        _roots,
    ):
        qtbot.waitUntil(lambda: len(w.store) == 1, timeout=5000)
        yield w


def _mime(*urls: str | Path) -> Any:
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl(u) if isinstance(u, str) else QUrl.fromLocalFile(str(u)) for u in urls])
    return mime


def _taken(w: Any, kind: Any, point: Any, mime: Any) -> bool:
    """Whether the window accepts a drag event of ``kind`` carrying ``mime`` at ``point``."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    event = kind(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    QApplication.sendEvent(w, event)
    return bool(event.isAccepted())


def _drag_enter(w: Any, mime: Any) -> bool:
    """Whether the window takes a drag carrying ``mime`` as it enters."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent

    return _taken(w, QDragEnterEvent, QPoint(10, 10), mime)


def _drop(w: Any, mime: Any) -> bool:
    """Whether the window takes the drop of ``mime`` (its drag entered first)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    _drag_enter(w, mime)
    return _taken(w, QDropEvent, QPointF(10, 10), mime)


def test_dropped_folders_are_scanned_and_a_file_is_named_without_a_look_on_the_ui_thread(
    card_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ui_files: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = card_window
    second = tmp_path / "card2"
    noise_jpeg(second / "IMG_0002.JPG", 2)
    noise_jpeg(second / "IMG_0003.JPG", 3)
    loose = noise_jpeg(tmp_path / "loose" / "IMG_0004.JPG", 4)
    errors: list[str] = []
    said: list[str] = []  # the message, then the scan (whose window hid the message)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: errors.append(text) or said.append("?")
    )
    start = w.ingest.start
    monkeypatch.setattr(w.ingest, "start", lambda f: said.append("scan") or start(f))
    mime = _mime(second, loose)
    ui_files.seen.clear()

    assert _drag_enter(w, mime)  # a file among the folders is taken too: it gets a message
    assert _drop(w, mime)
    assert ui_files.seen == []  # nothing looked at while dragging or dropping
    qtbot.waitUntil(lambda: len(w.store) == 3, timeout=20000)  # the folder's two photos
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == [f"Only folders can be added to the catalogue. This is not a folder:\n{loose}"]
    assert said == ["?", "scan"]  # said before the scan's window opens over it
    assert sorted(r.path for r in w.catalog.roots()) == sorted(
        [str((tmp_path / "card").resolve()), str(second.resolve())]
    )
    assert ui_files.seen == []


def test_only_files_dropped_are_named_and_nothing_is_added(
    card_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ui_files: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = card_window
    photos = [noise_jpeg(tmp_path / "loose" / f"IMG_{n:04d}.JPG", n) for n in range(12)]
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: errors.append(text))
    ui_files.seen.clear()

    assert _drop(w, _mime(*photos))
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert ui_files.seen == []
    (text,) = errors
    lines = text.split("\n")
    assert lines[0] == "Only folders can be added to the catalogue. These are not folders:"
    assert lines[1:] == [str(p) for p in photos[:10]] + ["…"]  # a card's 400 would not fit
    assert len(w.catalog.roots()) == 1


def test_a_dropped_path_gone_since_the_drag_is_named_with_why(
    card_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path that cannot be looked at is not called 'not a folder': it is named with why
    (here gone since the drag began), beside the file dropped with it; the folder is added.
    What is gone is "it" (a folder or a file, which cannot be known any more): this folder
    was said to be "the file"."""
    from PySide6.QtWidgets import QMessageBox

    w = card_window
    second = tmp_path / "card2"
    noise_jpeg(second / "IMG_0002.JPG", 2)
    loose = noise_jpeg(tmp_path / "loose" / "IMG_0004.JPG", 4)
    gone = tmp_path / "unplugged card" / "DCIM"
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: errors.append(text))

    assert _drop(w, _mime(second, loose, gone))
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == [
        f"Only folders can be added to the catalogue. This is not a folder:\n{loose}\n\n"
        f"This cannot be reached, so it was not added:\n{gone} (it is no longer there)"
    ]
    qtbot.waitUntil(lambda: len(w.store) == 2, timeout=20000)
    assert sorted(r.path for r in w.catalog.roots()) == sorted(
        [str((tmp_path / "card").resolve()), str(second.resolve())]
    )


def test_a_drag_of_web_links_is_refused(card_window: Any, ui_files: Any) -> None:
    ui_files.seen.clear()
    assert not _drag_enter(card_window, _mime("https://example.org/photo.jpg"))
    assert not _drop(card_window, _mime("https://example.org/photo.jpg"))
    assert ui_files.seen == []


def test_a_dropped_file_is_named_in_french(
    french: None, card_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    loose = noise_jpeg(tmp_path / "loose" / "IMG_0004.JPG", 4)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: errors.append(text))
    assert _drop(card_window, _mime(loose))
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == [
        "Seuls des dossiers peuvent être ajoutés au catalogue. Ceci n’est pas un dossier\u00a0:\n"
        f"{loose}"
    ]


def test_a_dropped_path_gone_is_named_in_french(
    french: None, card_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    gone = tmp_path / "carte retirée"
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: errors.append(text))
    assert _drop(card_window, _mime(gone))
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == [
        f"Ceci est inaccessible et n’a pas été ajouté\u00a0:\n{gone} (il n’est plus là)"
    ]
    assert len(card_window.catalog.roots()) == 1
