"""The video player on real libvlc (dummy outputs) and its fallback without libvlc."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from PySide6.QtCore import Qt
from test_viewer_support import CORPUS, copy_into
from tests.conftest import write_clip

from smparchive.gui.player import vlcsupport
from smparchive.gui.player.vlcsupport import PlayerUnavailable, vlc_version
from smparchive.gui.tasks import SyncTaskRunner
from smparchive.gui.viewers import open_viewer

pytestmark = pytest.mark.gui

TEST_ARGS = ["--vout=dummy", "--aout=dummy", "--no-xlib", "--quiet"]
needs_vlc = pytest.mark.skipif(vlc_version() is None, reason="libvlc is not loadable here")


def player_window(qtbot: Any, catalog: Any, ids: list[int], **player: Any) -> Any:
    options = {"player": {"vlc_args": TEST_ARGS, "autoplay": False, **player}}
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner(), options=options)
    qtbot.addWidget(window)
    window.resize(640, 400)
    window.show()
    return window


def in_main_window_room(qtbot: Any, window: Any) -> Any:
    """``window`` in the viewer page of the main window, with its style, in the room a
    1366 px window with both panels leaves it; the page."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from smparchive.gui.workspace import DARK_STYLE

    page = QWidget()
    qtbot.addWidget(page)
    page.setObjectName("loupePage")
    page.setStyleSheet(DARK_STYLE)
    QVBoxLayout(page).addWidget(window)
    page.resize(780, 500)
    page.show()
    qtbot.wait(50)
    return page


@needs_vlc
def test_play_pause_seek_marks_poster_release(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    (tmp_path / "media").mkdir()
    clip = write_clip(tmp_path / "media" / "talk.mp4")
    ids = add_items(
        [
            {
                "name": clip.name,
                "kind": "video",
                "duration_s": 3.0,
                "frame_rate": 25.0,
                "width": 320,
                "height": 240,
                "video_codec": "h264",
            }
        ]
    )
    window = player_window(qtbot, catalog, ids)
    view = window.viewer
    engine = view.engine
    assert engine is not None and view.error is None

    view.play()
    qtbot.waitUntil(lambda: engine.state == "playing", timeout=5000)
    qtbot.waitUntil(lambda: engine.time() > 0.3, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: engine.state == "paused", timeout=5000)
    paused_at = engine.time()
    qtbot.wait(300)
    assert engine.time() == pytest.approx(paused_at, abs=0.05)

    view.seek(2.0)
    qtbot.waitUntil(lambda: abs(engine.time() - 2.0) < 0.3, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_O)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # back 5 s: clamps to the start
    qtbot.waitUntil(lambda: engine.time() < 0.5, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_I)
    record = catalog.item(ids[0])
    assert record.out_point_s == pytest.approx(2.0, abs=0.3)
    assert record.in_point_s is not None and record.in_point_s < record.out_point_s

    view.seek(1.0)
    qtbot.waitUntil(lambda: abs(engine.time() - 1.0) < 0.3, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    # (the main window makes the picture again: tests/gui/test_picture_renewed.py)
    assert catalog.item(ids[0]).poster_time_s == pytest.approx(1.0, abs=0.3)

    qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    assert engine.rate() == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert engine.is_muted()

    engine.stop()
    qtbot.waitUntil(lambda: engine.state in ("stopped", "ended"), timeout=5000)
    window.close()
    assert view.engine is None and engine.player is None and engine.instance is None


@needs_vlc
def test_truncated_video_says_so(qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path) -> None:
    specs = copy_into(tmp_path / "media", "video/mp4ff-init_truncated.mp4")
    specs[0]["kind"] = "video"
    window = player_window(qtbot, catalog, add_items(specs))
    view = window.viewer
    view.play()
    qtbot.waitUntil(lambda: view.error is not None, timeout=10_000)
    assert "truncated" in view.error or "cannot play" in view.error
    assert view.message.isVisible()
    window.close()


def test_without_libvlc_shows_poster_metadata_and_install_hint(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable() -> Any:
        raise PlayerUnavailable("VLC (libvlc) is not available. " + vlcsupport.install_hint())

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    (tmp_path / "media").mkdir()
    ids = add_items(
        [
            {
                "name": "room.mp4",
                "kind": "video",
                "duration_s": 3600.0,
                "video_codec": "h264",
                "camera_model": "HC-X1",
            }
        ]
    )
    window = player_window(qtbot, catalog, ids)
    view = window.viewer
    assert view.engine is None
    assert "apt install vlc" in view.error
    assert view.message.isVisible() and not view.play_button.isEnabled()
    assert "1:00:00" in view.details.text() and "HC-X1" in view.details.text()
    qtbot.keyClick(view, Qt.Key.Key_Space)  # nothing to play: no crash
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert catalog.item(ids[0]).rating == 3
    window.close()


def test_vlc_instance_none_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeVlc:
        @staticmethod
        def Instance(_args: Any) -> None:
            return None

    monkeypatch.setattr(vlcsupport, "load_vlc", lambda: FakeVlc)
    with pytest.raises(PlayerUnavailable, match="could not start"):
        vlcsupport.new_instance(TEST_ARGS)


def test_corpus_present() -> None:
    assert CORPUS.is_dir() or pytest.skip("corpus missing")


def test_the_controls_row_keeps_a_volume_slider_and_a_visible_full_screen_button(
    qtbot: Any, catalog: Any, add_items: Any, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In French, in the room a 1366 px window leaves the player, the tools beside the
    volume squeezed it to its handle (it read as an unlabelled checkbox), and the full
    screen button's icon was drawn dark on the dark bar."""
    from PySide6.QtGui import QColor

    def unavailable() -> Any:
        raise PlayerUnavailable("no VLC in this test")

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    (video,) = add_items([{"name": "day.mp4", "kind": "video", "duration_s": 7500.0}])
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    page = in_main_window_room(qtbot, window)
    assert view.volume.width() >= 48, view.volume.width()
    view.confirm_button.show()  # a segment with draft chapters: every tool is out
    qtbot.wait(50)
    # the whole player fits the room (it pushed the inspector off the screen)
    assert page.minimumSizeHint().width() <= 780, page.minimumSizeHint().width()
    assert view.volume.width() >= 48, view.volume.width()
    icon = view.full_button.icon().pixmap(16, 16).toImage()
    lightest = max(
        QColor(icon.pixel(x, y)).lightness()
        for x in range(16)
        for y in range(16)
        if QColor.fromRgba(icon.pixel(x, y)).alpha() > 128
    )
    assert lightest > 180  # a light glyph on the dark bar
    window.close()


def test_in_and_out_points_show_what_is_stored_and_undo_names_the_one_set(
    qtbot: Any, catalog: Any, add_items: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The buttons read 'In 0:07 / Out 0:09' for 7.15 s and 9.9 s (whole seconds, cut),
    and the first Ctrl+Z after I then O said 'Undo Set in/out points' but undid only O."""

    def unavailable() -> Any:
        raise PlayerUnavailable("no VLC in this test")

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    (video,) = add_items([{"name": "talk.mp4", "kind": "video", "duration_s": 60.0}])
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    stack = window.ops.stack
    monkeypatch.setattr(view, "current_time", lambda: 7.15)
    view.mark_in()
    assert stack.undoText() == "Set in point"
    monkeypatch.setattr(view, "current_time", lambda: 9.9)
    view.mark_out()
    qtbot.waitUntil(lambda: catalog.item(video).out_point_s == pytest.approx(9.9))
    assert view.in_button.text() == "In 0:07.150"
    assert view.out_button.text() == "Out 0:09.900"
    assert stack.undoText() == "Set out point"
    stack.undo()
    qtbot.waitUntil(lambda: catalog.item(video).out_point_s is None)
    assert catalog.item(video).in_point_s == pytest.approx(7.15)
    assert stack.undoText() == "Set in point"
    window.close()


def test_setting_in_and_out_points_moves_neither_the_picture_nor_the_controls(
    qtbot: Any, catalog: Any, add_items: Any, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In French at 1366 px, I (in point) widened "Entrée" to "Entrée 0:05.650": the tools
    no longer fitted their line, wrapped onto a second one, and the picture shrank and
    jumped up as the point was set (O did it again)."""

    def unavailable() -> Any:
        raise PlayerUnavailable("no VLC in this test")

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    (video,) = add_items([{"name": "talk.mp4", "kind": "video", "duration_s": 10.0}])
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    page = in_main_window_room(qtbot, window)  # (held: the page owns the window now)

    def places() -> list[Any]:
        return [w.geometry() for w in (view.stack, view.in_button, view.out_button, view.status)]

    before = places()
    for at, mark in ((5.65, view.mark_in), (7.4, view.mark_out)):
        monkeypatch.setattr(view, "current_time", lambda at=at: at)
        mark()
    qtbot.waitUntil(lambda: catalog.item(video).out_point_s == pytest.approx(7.4))
    qtbot.wait(50)
    assert view.in_button.text() == "Entrée 0:05.650"
    assert view.out_button.text() == "Sortie 0:07.400"
    assert places() == before
    page.close()


def paused_after_playing(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, name: str
) -> tuple[Any, list[int]]:
    """A player on a 3 s, 25 fps clip, played past 0.3 s and paused with Space."""
    (tmp_path / "media").mkdir()
    clip = write_clip(tmp_path / "media" / name)
    ids = add_items([{"name": clip.name, "kind": "video", "duration_s": 3.0, "frame_rate": 25.0}])
    window = player_window(qtbot, catalog, ids)
    view = window.viewer
    engine = view.engine
    assert engine is not None
    view.play()
    qtbot.waitUntil(lambda: engine.state == "playing" and engine.time() > 0.3, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: engine.state == "paused", timeout=5000)
    qtbot.wait(200)
    return window, ids


@needs_vlc
def test_frame_steps_move_the_shown_time_and_the_marks(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """libvlc 3 keeps reporting the paused time while '.' steps on: the position shown and
    the in point set there must follow the frames shown, not stay where playback paused."""
    window, ids = paused_after_playing(qtbot, catalog, add_items, tmp_path, "steps.mp4")
    view = window.viewer
    engine = view.engine
    paused_at = engine.time()
    for _ in range(10):  # ten frames at 25 fps: 0.4 s on
        qtbot.keyClick(view, Qt.Key.Key_Period)
        qtbot.wait(50)
    stepped = paused_at + 0.4
    assert engine.time() == pytest.approx(stepped, abs=0.02)
    # the position beside the seek bar says so (to the tenth: the frame's exact start varies)
    qtbot.waitUntil(
        lambda: view.time_label.text().startswith(view._clock(stepped, millis=True)[:6]),
        timeout=2000,
    )
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert catalog.item(ids[0]).in_point_s == pytest.approx(stepped, abs=0.02)
    # (',' one frame back: test_frame_back_shows_and_marks_the_frame_asked_for)
    engine.stop()
    window.close()


@needs_vlc
def test_frame_back_shows_and_marks_the_frame_asked_for(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """After ',' libvlc 3 shows a picture a few frames early and then reports 0.25 s whatever
    the target: the position, the seek bar and an in point read 0.25 s for 0.72 s. The player
    holds the position it stepped to; '.' and ',' undo each other exactly."""
    from smparchive.cli.commands.segments import parse_time

    window, ids = paused_after_playing(qtbot, catalog, add_items, tmp_path, "back.mp4")
    view = window.viewer
    engine = view.engine
    start = engine.time()

    def shown() -> tuple[float, float]:
        """The position beside the seek bar and the seek bar's, in seconds."""
        return parse_time(view.time_label.text().split(" / ")[0]), view.seekbar.value() / 1000

    half_frame = 0.5 / 25
    for key in (Qt.Key.Key_Period,) * 3 + (Qt.Key.Key_Comma,):
        qtbot.keyClick(view, key)
        qtbot.wait(50)
    target = start + 2 / 25
    qtbot.wait(500)  # libvlc's own report (0.25 s) has come by now
    label, slider = shown()
    assert label == pytest.approx(target, abs=half_frame)
    assert slider == pytest.approx(target, abs=half_frame)
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert catalog.item(ids[0]).in_point_s == pytest.approx(target, abs=half_frame)

    for key in (Qt.Key.Key_Period,) * 10 + (Qt.Key.Key_Comma,) * 10:
        qtbot.keyClick(view, key)
        qtbot.wait(30)
    qtbot.wait(500)
    assert engine.time() == pytest.approx(target, abs=1e-6)
    assert shown()[0] == pytest.approx(target, abs=0.0015)  # to the millisecond shown
    engine.stop()
    window.close()
