"""Item > Show in the File Manager (and the grid's right-click): comms staff attaching a
photo to an email, or opening it in another program, had to find its folder by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.gui.conftest import noise_jpeg, window_over_folders

pytestmark = pytest.mark.gui


@pytest.fixture
def photo_window(qtbot: Any, tmp_path: Path, settings: Any) -> Iterator[tuple[Any, Path]]:
    photo = noise_jpeg(tmp_path / "card" / "DCIM" / "IMG_0001.JPG", 3)
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [tmp_path / "card"]) as (
        w,
        _roots,
    ):
        qtbot.waitUntil(lambda: len(w.store) == 1, timeout=5000)
        w.selection.select_ids(list(w.store.ids))
        yield w, photo


def test_the_item_is_shown_selected_in_its_folder(
    photo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, ui_files: Any
) -> None:
    from smparchive.gui.actions import RESULTS_MENU
    from smparchive.gui.controllers import reveal

    w, photo = photo_window
    shown: list[Path] = []
    monkeypatch.setattr(reveal, "_freedesktop_show", lambda p: shown.append(p) or True)
    before = photo.read_bytes(), photo.stat().st_mtime_ns
    assert "reveal" in RESULTS_MENU  # on the grid's right-click too
    action = w.actions_by_name["reveal"]
    assert action.isEnabled() and action.text() == "Show in the &File Manager"
    ui_files.seen.clear()
    action.trigger()
    qtbot.waitUntil(lambda: shown == [photo], timeout=5000)
    assert ui_files.seen == []  # the file looked for on a worker (a share may hang)
    assert (photo.read_bytes(), photo.stat().st_mtime_ns) == before


def test_without_a_file_manager_service_its_folder_opens(
    photo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from smparchive.gui.controllers import reveal

    w, photo = photo_window
    opened: list[str] = []
    monkeypatch.setattr(reveal, "_freedesktop_show", lambda _p: False)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    w.actions_by_name["reveal"].trigger()
    qtbot.waitUntil(lambda: opened == [str(photo.parent)], timeout=5000)


def test_an_unreachable_file_is_said_so(
    photo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, ui_files: Any
) -> None:
    from smparchive.gui.controllers import reveal

    w, photo = photo_window
    photo.parent.parent.rename(photo.parent.parent.with_name("card-elsewhere"))
    from PySide6.QtWidgets import QMessageBox

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: errors.append(text))
    monkeypatch.setattr(reveal, "reveal", lambda p: pytest.fail(f"revealed {p}"))
    ui_files.seen.clear()
    w.actions_by_name["reveal"].trigger()
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == [f"The file is not reachable from this computer: {photo}"]
    assert ui_files.seen == []
