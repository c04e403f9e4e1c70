"""A picture made again (a new poster frame) shows in every view of the item at once."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap

sys.path.insert(0, str(Path(__file__).parent))
from test_player import TEST_ARGS, needs_vlc, write_clip
from tests.gui.conftest import window_over_folders

pytestmark = pytest.mark.gui


def _centre(picture: QPixmap | QImage | None) -> QColor:
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    assert image is not None and not image.isNull()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def _near(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _shown(window: Any, row: int) -> dict[str, QColor]:
    """The centre colour of the item's picture in the grid, the filmstrip and the inspector."""
    from smparchive.gui.models.roles import THUMBNAIL_ROLE

    strip = window.workspace.pages["loupe"].filmstrip
    return {
        "grid": _centre(window.grid_model.index(row, 0).data(THUMBNAIL_ROLE)),
        "filmstrip": _centre(strip.model().index(row, 0).data(THUMBNAIL_ROLE)),
        "inspector": _centre(window.inspector.preview.pixmap()),
    }


def _painted(window: Any) -> bool:
    try:
        _shown(window, 0)
    except AssertionError:
        return False
    return True


@needs_vlc
def test_a_new_poster_frame_shows_in_the_grid_filmstrip_and_inspector(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Shift+P in the main window's player made the cached pictures again, but the grid,
    the filmstrip under the player and the inspector kept showing the old frame until the
    app was restarted (only the separate viewer window's owner was told)."""
    from smparchive.core.thumbcache import THUMB
    from smparchive.gui.models.thumbnails import decode
    from smparchive.gui.player import view
    from smparchive.gui.player.engine import VlcEngine

    # the loupe's player with no video window (offscreen): libvlc's own outputs crash
    monkeypatch.setattr(view, "VlcEngine", lambda _args, parent: VlcEngine(TEST_ARGS, parent))
    folder = tmp_path / "archive"
    folder.mkdir()
    write_clip(folder / "talk.mp4", seconds=6.0)  # red brightens as it goes
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [folder]) as (w, _):
        qtbot.waitUntil(lambda: len(w.store) == 1, timeout=20_000)
        rec = w.store.record(0)
        cache = w.catalog.thumbnails
        qtbot.waitUntil(lambda: cache.has(rec.sha256, THUMB), timeout=20_000)
        w.inspector.show_records([rec])
        w.workspace.show_loupe(w.store.ids, 0, through_selection=False)
        player = w.workspace.loupe.viewer
        qtbot.waitUntil(lambda: _painted(w), timeout=20_000)
        before = _shown(w, 0)

        engine = player.engine
        qtbot.waitUntil(lambda: engine.state == "playing", timeout=10_000)  # it plays at once
        engine.pause()
        qtbot.waitUntil(lambda: engine.state == "paused", timeout=10_000)
        player.seek(2.8)
        qtbot.waitUntil(lambda: abs(player.current_time() - 2.8) < 0.3, timeout=10_000)
        qtbot.keyClick(player, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
        assert player.notice.text().startswith("Poster frame saved at")
        qtbot.waitUntil(lambda: w.catalog.item(rec.id).poster_time_s is not None, timeout=10_000)
        key = w.catalog.item(rec.id).picture_key  # the content's hash and the chosen time
        qtbot.waitUntil(lambda: cache.has(key, THUMB), timeout=20_000)
        made = _centre(decode(cache.path_for(key, THUMB)))
        assert not _near(made, before["grid"])  # the new frame is another picture

        qtbot.waitUntil(lambda: all(_near(c, made) for c in _shown(w, 0).values()), timeout=20_000)

        # Ctrl+Z: the poster time goes, and so does its picture, in every view (undo left
        # the new frame cached and shown); redo brings the chosen frame back. The notice
        # and the status line say the step was undone: "Poster frame saved at 0:02.800"
        # stood over the player after Ctrl+Z, as if the chosen frame were still in force.
        qtbot.keyClick(player, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: w.catalog.item(rec.id).poster_time_s is None, timeout=10_000)
        qtbot.waitUntil(lambda: player.notice.text() == "Undone: Set poster frame", timeout=10_000)
        assert w.statusBar().currentMessage() == "Undone: Set poster frame"
        qtbot.waitUntil(
            lambda: all(_near(c, before["grid"]) for c in _shown(w, 0).values()), timeout=20_000
        )
        w.undo_stack.redo()
        qtbot.waitUntil(lambda: all(_near(c, made) for c in _shown(w, 0).values()), timeout=20_000)
        assert player.notice.text() == "Redone: Set poster frame"


def test_a_picture_made_again_replaces_the_old_one_without_a_gap(
    qtbot: Any, tmp_path: Path
) -> None:
    """Every view repaints on ``loaded``: a picture made again is decoded and announced at
    once, and the old one is still given meanwhile (not a grey camera in between)."""
    import io

    from PIL import Image

    from smparchive.core.thumbcache import THUMB, ThumbnailCache
    from smparchive.gui.models.thumbnails import ThumbnailLoader

    def put(colour: tuple[int, int, int]) -> None:
        buf = io.BytesIO()
        Image.new("RGB", (256, 170), colour).save(buf, "JPEG")
        cache.put(key, THUMB, buf.getvalue())

    cache, key = ThumbnailCache(tmp_path / "cache"), "cd" * 32
    loader = ThumbnailLoader(cache)
    put((200, 30, 30))
    loader.pixmap(key)
    qtbot.waitUntil(lambda: loader.pixmap(key) is not None, timeout=20_000)
    put((30, 30, 200))  # a new poster frame
    with qtbot.waitSignal(loader.loaded, timeout=20_000) as told:
        loader.renew({key})
        assert _near(_centre(loader.pixmap(key)), QColor(200, 30, 30))
    assert told.args == [key]
    assert _near(_centre(loader.pixmap(key)), QColor(30, 30, 200))
    loader.shutdown()


def test_a_picture_that_cannot_be_made_again_is_said_and_the_old_one_kept(
    qtbot: Any, settings: Any, tmp_path: Path
) -> None:
    """A poster frame chosen (or undone) while the file cannot be read: the failed remake
    was only logged, and the person saw nothing. The status line says so, in a sentence,
    and the grid keeps the picture it showed."""
    from smparchive.core.thumbcache import THUMB

    folder = tmp_path / "archive"
    folder.mkdir()
    write_clip(folder / "talk.mp4", seconds=6.0)
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [folder]) as (w, _):
        qtbot.waitUntil(lambda: len(w.store) == 1, timeout=20_000)
        rec = w.store.record(0)
        qtbot.waitUntil(lambda: w.catalog.thumbnails.has(rec.sha256, THUMB), timeout=20_000)
        qtbot.waitUntil(lambda: _painted(w), timeout=20_000)
        before = _centre(w.grid_model.index(0, 0).data(_thumbnail_role()))
        (folder / "talk.mp4").rename(tmp_path / "talk.mp4")  # the drive went away

        w.ops.set_fields([rec.id], "Set poster frame", poster_time_s=2.8)

        expected = "The picture of “talk.mp4” stays as it was: the file is no longer there"
        qtbot.waitUntil(lambda: w.statusBar().currentMessage() == expected, timeout=20_000)
        qtbot.waitUntil(lambda: w.store.record(0).poster_time_s is not None, timeout=10_000)
        qtbot.wait(200)
        assert _near(_centre(w.grid_model.index(0, 0).data(_thumbnail_role())), before)


def _thumbnail_role() -> int:
    from smparchive.gui.models.roles import THUMBNAIL_ROLE

    return int(THUMBNAIL_ROLE)


def test_the_loupes_poster_follows_a_poster_frame_chosen_and_undone(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The loupe's player (here without VLC: its poster shown) kept the frame it opened
    with after a poster frame was chosen or undone, until it was opened again."""
    from smparchive.core.thumbcache import THUMB
    from smparchive.gui.models.thumbnails import decode
    from smparchive.gui.player.vlcsupport import PlayerUnavailable

    def unavailable() -> Any:
        raise PlayerUnavailable("no VLC here")

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    folder = tmp_path / "archive"
    folder.mkdir()
    write_clip(folder / "talk.mp4", seconds=6.0)  # red brightens as it goes
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [folder]) as (w, _):
        qtbot.waitUntil(lambda: len(w.store) == 1, timeout=20_000)
        rec = w.store.record(0)
        cache = w.catalog.thumbnails
        qtbot.waitUntil(lambda: cache.has(rec.sha256, THUMB), timeout=20_000)
        w.workspace.show_loupe(w.store.ids, 0, through_selection=False)
        poster = w.workspace.loupe.viewer.poster

        def shown() -> QColor | None:
            pix = poster.pixmap()
            return None if pix is None or pix.isNull() else _centre(pix)

        qtbot.waitUntil(lambda: shown() is not None, timeout=20_000)
        automatic = shown()
        assert automatic is not None

        w.ops.set_fields([rec.id], "Set poster frame", poster_time_s=5.5)
        key = f"{rec.sha256}@5500"
        qtbot.waitUntil(lambda: cache.has(key, THUMB), timeout=20_000)
        chosen = _centre(decode(cache.path_for(key, THUMB)))
        assert not _near(chosen, automatic)  # the chosen frame is another picture
        qtbot.waitUntil(lambda: _near(shown() or QColor(), chosen), timeout=20_000)

        w.undo_stack.undo()
        qtbot.waitUntil(lambda: _near(shown() or QColor(), automatic), timeout=20_000)
