"""Segments in the app: bands on the player's seek bar, I/O moving the current segment's
cuts (undoable), and the inspector listing a recording's segments."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).parent))
from test_player import needs_vlc, player_window, write_clip
from tests.core.export.test_segment_export import day_file  # noqa: F401

from smparchive.core.catalog.records import Chapter

pytestmark = pytest.mark.gui


def _day_clip(tmp_path: Path, add_items: Any) -> int:
    """A 4 s day recording in the catalogue (a real file VLC plays): its item id."""
    (tmp_path / "media").mkdir()
    clip = write_clip(tmp_path / "media" / "day.mp4", seconds=4.0)
    (video,) = add_items([{"name": clip.name, "kind": "video", "duration_s": 4.0,
                           "frame_rate": 25.0, "width": 320, "height": 240}])  # fmt: skip
    return int(video)


@needs_vlc
def test_player_shows_segments_and_i_o_move_the_current_one(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    video = _day_clip(tmp_path, add_items)
    first = catalog.add_segment(video, 0.0, 2.0, "Keynote").value
    second = catalog.add_segment(video, 2.0, 4.0, "Roundtable").value
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    engine = view.engine
    assert engine is not None
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 2, timeout=5000)
    assert view.seekbar.bands == [(0.0, 2.0), (2.0, 4.0)]

    view.play()
    qtbot.waitUntil(lambda: engine.state == "playing", timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: engine.state == "paused", timeout=5000)
    view.seek(2.5)
    qtbot.waitUntil(lambda: abs(engine.time() - 2.5) < 0.3, timeout=5000)
    assert view.current_segment() is not None and view.current_segment().id == second
    assert "Roundtable" in view.status.text()
    qtbot.keyClick(view, Qt.Key.Key_I)  # the roundtable now starts here
    moved = catalog.segment(second)
    assert moved.start_s == pytest.approx(2.5, abs=0.3) and moved.origin == "manual"
    assert catalog.segment(first).end_s == 2.0  # the keynote is left alone
    assert catalog.item(video).in_point_s is None  # segments, not the item's in point
    assert view.seekbar.bands[1][0] == pytest.approx(moved.start_s)
    qtbot.keyClick(view, Qt.Key.Key_C)  # a chapter of the roundtable starts here
    chapters = catalog.segment(second).chapters
    assert [c.title for c in chapters] == ["Chapter 1"]
    assert chapters[0].start_s == pytest.approx(moved.start_s, abs=0.3)
    catalog.undo_last()
    assert catalog.segment(second).chapters == ()
    catalog.undo_last()  # the move is one journalled, undoable step
    assert catalog.segment(second).start_s == 2.0
    engine.stop()
    window.close()


@needs_vlc
def test_captions_added_from_the_player(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The player's Captions… adds a WebVTT file to the segment being played (undoable);
    a file that is not WebVTT is refused with the reason, and nothing is stored."""
    video = _day_clip(tmp_path, add_items)
    catalog.add_segment(video, 0.0, 2.0, "Keynote")
    second = catalog.add_segment(video, 2.0, 4.0, "Roundtable").value
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 2, timeout=5000)
    assert view.captions_button.isEnabled()
    engine = view.engine
    assert engine is not None
    view.play()
    qtbot.waitUntil(lambda: engine.state == "playing", timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: engine.state == "paused", timeout=5000)
    view.seek(2.5)
    qtbot.waitUntil(lambda: abs(engine.time() - 2.5) < 0.3, timeout=5000)
    assert view.current_segment() is not None and view.current_segment().id == second

    srt = tmp_path / "talk.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n", encoding="utf-8")
    view.add_captions(str(srt), "en")
    qtbot.waitUntil(lambda: "Captions not added" in view.notice.text(), timeout=5000)
    assert "SubRip" in view.notice.text() and catalog.segment(second).captions == ()

    vtt = tmp_path / "talk.fr.vtt"
    vtt.write_text("WEBVTT\n\n00:00:00.500 --> 00:00:01.500\nBonjour.\n", encoding="utf-8")
    view.add_captions(str(vtt), "fr")
    qtbot.waitUntil(lambda: catalog.segment(second).captions != (), timeout=5000)
    (track,) = catalog.segment(second).captions
    assert (track.language, track.cues, track.name) == ("fr", 1, "talk.fr.vtt")
    qtbot.waitUntil(lambda: "added to “Roundtable”" in view.notice.text(), timeout=5000)
    catalog.undo_last()
    assert catalog.segment(second).captions == ()

    # captions running past the segment's end: asked whether they count from the
    # recording's start (the whole day's captions); yes stores them so
    asked: list[str] = []

    def yes(*args: Any) -> Any:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    day = tmp_path / "day.vtt"
    day.write_text("WEBVTT\n\n00:00:02.500 --> 00:00:03.600\nHello.\n", encoding="utf-8")
    view.add_captions(str(day), "en")
    qtbot.waitUntil(lambda: catalog.segment(second).captions != (), timeout=5000)
    assert catalog.segment(second).captions[0].timing == "recording"
    assert asked and "whole recording" in asked[0]
    engine.stop()  # the window is closed by qtbot


def test_inspector_lists_a_recording_s_segments(qtbot: Any, window: Any, gui_catalog: Any) -> None:
    cat = gui_catalog
    panel = next(i for i in cat.query_ids() if cat.item(i).name == "panel.mp4")
    chapters = [Chapter(start_s=0, title="A"), Chapter(start_s=900, title="B")]
    cat.add_segment(panel, 0, 1800, "Opening keynote", chapters=chapters)
    rt = cat.add_segment(panel, 1800, 3600, "EMN roundtable").value
    from smparchive.core.catalog.records import CaptionTrack

    track = CaptionTrack(language="fr", name="rt.vtt", timing="segment", text="WEBVTT\n")
    cat.edit_segment(rt, captions=[track])
    window.select_ids([panel])
    window._selection_changed()
    inspector = window.inspector
    qtbot.waitUntil(lambda: inspector.segments_box.isVisible(), timeout=3000)
    text = inspector.segments_label.text()
    # in an hour-long recording every time has its hours: '2:40' read as two hours forty
    assert "0:00:00–0:30:00" in text and "Opening keynote" in text and "2 chapter" in text
    assert "0:30:00–1:00:00" in text and "EMN roundtable" in text and "captions: fr" in text
    assert inspector.segments_box.title() == "Segments (2)"
    photo = next(i for i in cat.query_ids() if cat.item(i).kind == "photo")
    window.select_ids([photo])
    window._selection_changed()
    assert not inspector.segments_box.isVisible()


def test_cut_into_sessions_from_the_player(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QMessageBox

    from smparchive.gui.player.vlcsupport import PlayerUnavailable

    def unavailable() -> Any:
        raise PlayerUnavailable("no VLC in this test")

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    start = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    (tmp_path / "media").mkdir()
    # the file is not there: the programme's times are proposed, said so
    (video,) = add_items([{"name": "day.mp4", "kind": "video", "duration_s": 3600.0,
                           "capture_utc": start}])  # fmt: skip
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    catalog.add_session("Keynote", start, start + timedelta(minutes=30))
    catalog.add_session("Panel", start + timedelta(minutes=30), start + timedelta(minutes=60))
    shown: list[str] = []

    def agree(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", agree)
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    assert view.cut_button.isEnabled()
    view.cut_into_sessions()
    qtbot.waitUntil(lambda: len(catalog.segments(video)) == 2, timeout=10_000)
    assert "0:00:00 – 0:30:00  Keynote" in shown[0] and "Panel" in shown[0]
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 2, timeout=5000)
    window.close()


def _day_in_two_sessions(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, int]:
    """The player (no VLC) on an hour's recording of day 1 whose file is not there, the
    programme's Keynote and Panel over it; message boxes answered OK."""
    from datetime import UTC, datetime, timedelta

    from smparchive.gui.player.vlcsupport import PlayerUnavailable

    def unavailable() -> Any:
        raise PlayerUnavailable("no VLC in this test")

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Ok))
    start = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    (tmp_path / "media").mkdir()
    (video,) = add_items([{"name": "day.mp4", "kind": "video", "duration_s": 3600.0,
                           "capture_utc": start}])  # fmt: skip
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    end = start + timedelta(minutes=30)
    catalog.add_session("Keynote", start, end, speakers=["Ann Lee", "Bo Kim"])
    catalog.add_session("Panel", end, start + timedelta(minutes=60))
    window = player_window(qtbot, catalog, [video])
    return window, video


def test_the_player_says_what_cut_and_confirm_did(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After "Cut into sessions" and "Confirm chapters" only the status line changed (and a
    notice written there was replaced at its next refresh): the player now says what was
    done, on a line that stays."""

    window, video = _day_in_two_sessions(qtbot, catalog, add_items, tmp_path, monkeypatch)
    view = window.viewer
    assert not view.notice.isVisible()
    view.cut_into_sessions()
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 2, timeout=10_000)
    assert view.notice.isVisible()
    said = view.notice.text()  # (the English plural forms come with the translations)
    assert said.startswith("Cut into 2 segment") and said.endswith("Ctrl+Z undoes the cut.")
    qtbot.waitUntil(lambda: view.confirm_button.isVisible(), timeout=5000)  # drafts
    view.confirm_button.click()
    qtbot.waitUntil(lambda: not view.confirm_button.isVisible(), timeout=5000)
    assert not any(ch.draft for ch in catalog.segments(video)[0].chapters)
    said = view.notice.text()
    assert said.startswith("2 chapter") and "of “Keynote” confirmed" in said
    view.update_record(catalog.item(video))  # the status line refreshed: the notice stays
    assert view.notice.isVisible() and "confirmed" in view.notice.text()
    window.close()


def test_the_players_notice_goes_after_a_few_seconds_or_at_the_next_key(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the last action did is read, then goes: it stayed under the picture until the
    next item, over everything done since (seen in the archivist's walk)."""

    from smparchive.gui.player import view as player_view

    monkeypatch.setattr(player_view, "NOTICE_MS", 300, raising=False)  # a few seconds
    window, video = _day_in_two_sessions(qtbot, catalog, add_items, tmp_path, monkeypatch)
    view = window.viewer
    view.cut_into_sessions()
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 2, timeout=10_000)
    assert view.notice.isVisible() and view.notice.text().startswith("Cut into 2 segment")
    qtbot.waitUntil(lambda: not view.notice.isVisible(), timeout=3000)  # read, gone
    qtbot.waitUntil(lambda: view.confirm_button.isVisible(), timeout=5000)  # drafts
    monkeypatch.setattr(player_view, "NOTICE_MS", 60_000, raising=False)  # the key now
    view.confirm_button.click()
    qtbot.waitUntil(lambda: "confirmed" in view.notice.text(), timeout=5000)
    assert view.notice.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Shift)  # a modifier alone is no action
    assert view.notice.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_3)  # the next action (a rating)
    assert not view.notice.isVisible()
    qtbot.waitUntil(lambda: catalog.item(video).rating == 3, timeout=3000)
    window.close()


def test_cut_into_sessions_asks_in_readable_colours_inside_the_dark_viewer(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the app the player sits in the dark viewer page, whose style sheet colours every
    widget inside it: the confirmation came out pale grey on light grey, with dark buttons
    saying OK. It now has the window's colours and a button that says what it does."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from smparchive.gui.player.vlcsupport import PlayerUnavailable
    from smparchive.gui.workspace import DARK_STYLE

    def unavailable() -> Any:
        raise PlayerUnavailable("no VLC in this test")

    monkeypatch.setattr("smparchive.gui.player.engine.load_vlc", unavailable)
    start = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    (video,) = add_items([{"name": "day.mp4", "kind": "video", "duration_s": 3600.0,
                           "capture_utc": start}])  # fmt: skip
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    catalog.add_session("Keynote", start, start + timedelta(minutes=30))
    catalog.add_session("Panel", start + timedelta(minutes=30), start + timedelta(minutes=60))
    seen: list[tuple[int, int, str]] = []

    def look(box: QMessageBox) -> int:
        box.show()
        label = next(w for w in box.findChildren(QLabel) if "Keynote" in w.text())
        text = label.palette().color(QPalette.ColorRole.WindowText).lightness()
        ground = box.palette().color(QPalette.ColorRole.Window).lightness()
        seen.append((text, ground, box.button(QMessageBox.StandardButton.Ok).text()))
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", look)
    main = QWidget()  # the main window, holding the viewer page as the app does
    qtbot.addWidget(main)
    page = QWidget(main)
    page.setObjectName("loupePage")
    page.setStyleSheet(DARK_STYLE)
    QVBoxLayout(main).addWidget(page)
    viewer = player_window(qtbot, catalog, [video])
    QVBoxLayout(page).addWidget(viewer)
    main.show()
    viewer.viewer.cut_into_sessions()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    text, ground, button = seen[0]
    assert abs(text - ground) > 100, seen  # dark text on a light box (or the reverse)
    assert button == "Cut"


def test_export_dialog_counts_a_session_s_clips(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, tmp_path: Path
) -> None:
    """A session whose recording is cut into segments exports its clips: the dialog says so
    (it read "0 items" for a session that only had a clip)."""
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    cat = gui_catalog
    panel = next(i for i in cat.query_ids() if cat.item(i).name == "panel.mp4")
    cat.add_segment(panel, 0, 600, "Closing", session_id=cat.test_sessions["closing"])
    dlg = ExportDialog(cat, sync_runner, ExportSource.session("Closing"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "clip" in dlg.source_label.text(), timeout=5000)
    assert "“Closing”" in dlg.source_label.text()
    assert "(0 items) + 1 clip" in dlg.source_label.text()  # English plurals come from the .qm
    # clips go out: the dialog offers precise cutting, off by default (seconds, not minutes)
    assert not dlg.precise.isHidden() and not dlg.precise.isChecked()
    dlg.folder.setText(str(tmp_path))
    assert dlg.settings().clip_cut.value == "smart"
    dlg.precise.setChecked(True)
    assert dlg.settings().clip_cut.value == "precise"


def test_export_dialog_offers_precise_cuts_only_with_clips(
    qtbot: Any, gui_catalog: Any, sync_runner: Any
) -> None:
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(gui_catalog, sync_runner, ExportSource.session("Closing"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "Closing" in dlg.source_label.text(), timeout=5000)
    assert dlg.precise.isHidden()


def test_publish_anyway_on_a_held_back_clip_names_the_clip(
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    tmp_path: Path,
    day_file: Path,  # noqa: F811
) -> None:
    """Ticking "Publish anyway" on a held-back clip overrides that clip (segment-N): it
    named the recording before, which released nothing and was recorded on the wrong item."""
    from tests.core.export.test_segment_export import archive as make_archive

    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    made = make_archive.__wrapped__(catalog, day_file, tmp_path)  # type: ignore[attr-defined]
    closed = next(s for s in made["segments"] if s.title == "Closed meeting")
    dlg = ExportDialog(catalog, sync_runner, ExportSource.day("2022-06-02"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "clip" in dlg.source_label.text(), timeout=5000)
    dlg.folder.setText(str(tmp_path))
    dlg.run_preflight()
    qtbot.waitUntil(lambda: bool(dlg.held.rows), timeout=10000)
    assert [(r[0], r[1]) for r in dlg.held.rows] == [(f"segment-{closed.id}", "Closed meeting")]
    dlg.held.setData(dlg.held.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dlg.decided_by.setText("Ann Lee")
    dlg.reason.setText("The board agreed")
    (override,) = dlg.overrides()
    assert override.item_ids == frozenset({f"segment-{closed.id}"})


def test_consent_withdrawal_names_the_published_clips(qtbot: Any, window: Any) -> None:
    from smparchive.core.catalog.ops_faces import ConsentImpact
    from smparchive.gui.dialogs.people import PeopleWindow

    win = PeopleWindow(window.deps)
    qtbot.addWidget(win)
    impact = ConsentImpact(
        person_id=1,
        person="Ann Lee",
        item_ids=(5,),
        exports=((3, "/srv/www/smp", "public", (5,)),),
        clips=((3, ("EMN roundtable",)),),
    )
    text = win.withdrawal_text("Ann Lee", impact)
    assert "/srv/www/smp (1)" in text
    assert "Clips cut from their recordings were published too: “EMN roundtable”." in text


@needs_vlc
def test_the_seek_bar_keeps_the_player_s_width_in_a_narrow_window(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    # at 1366x768 with the sidebar and inspector open the player is ~760 px wide; beside the
    # buttons ("Cut into sessions…" in French is long) the seek bar was a few pixels wide
    (tmp_path / "media").mkdir()
    clip = write_clip(tmp_path / "media" / "day.mp4", seconds=2.0)
    (video,) = add_items([{"name": clip.name, "kind": "video", "duration_s": 2.0,
                           "frame_rate": 25.0, "width": 320, "height": 240}])  # fmt: skip
    window = player_window(qtbot, catalog, [video])
    window.resize(760, 500)
    view = window.viewer
    qtbot.waitUntil(lambda: view.width() >= 700, timeout=3000)
    assert view.seekbar.width() >= 0.9 * view.width()
    assert view.seekbar.isVisible() and view.cut_button.isVisible()
    if view.engine is not None:
        view.engine.stop()
    window.close()


@needs_vlc
def test_a_day_recording_opened_from_a_session_starts_at_its_segment(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    # the roundtable's page in the grid lists the day's livestream (its segment is there);
    # opening it there starts at the roundtable, not at the morning's first minute
    from datetime import UTC, datetime

    video = _day_clip(tmp_path, add_items)
    catalog.create_event("SMP")
    start = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    roundtable = catalog.add_session("Roundtable", start, start.replace(hour=10)).value
    catalog.add_segment(video, 0.0, 2.0, "Keynote")
    catalog.add_segment(video, 2.0, 4.0, "Roundtable", session_id=roundtable)
    window = player_window(qtbot, catalog, [video], focus_session=lambda: roundtable)
    view = window.viewer
    engine = view.engine
    assert engine is not None
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 2, timeout=5000)
    view.play()
    qtbot.waitUntil(lambda: engine.state == "playing", timeout=5000)
    qtbot.waitUntil(lambda: engine.time() > 0.05, timeout=5000)
    assert engine.time() >= 1.9  # from its first reported moment: no minute of the keynote
    assert view.current_segment() is not None and view.current_segment().title == "Roundtable"
    engine.stop()
    window.close()
    # with autoplay the segments arrive while VLC is still opening the file
    window = player_window(qtbot, catalog, [video], focus_session=lambda: roundtable,
                           autoplay=True)  # fmt: skip
    view = window.viewer
    qtbot.waitUntil(lambda: view.engine.state == "playing", timeout=5000)
    qtbot.waitUntil(lambda: view.engine.time() >= 1.9, timeout=5000)
    assert view.current_segment() is not None and view.current_segment().title == "Roundtable"
    assert view.engine.time() < 3.5  # it started there, it did not play through the keynote
    view.engine.stop()
    window.close()
    # from anywhere else (no session in view) it starts at the beginning
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 2, timeout=5000)
    view.play()
    qtbot.waitUntil(lambda: view.engine.state == "playing", timeout=5000)
    assert view.engine.time() < 1.5
    view.engine.stop()
    window.close()


def test_the_position_in_a_long_recording_reads_like_its_length() -> None:
    # beside '2:05:00' the position read '33:16.651': hours shown on both sides
    from smparchive.gui.viewers.info import format_time

    assert format_time(1996.651, millis=True, hours=True) == "0:33:16.651"
    assert format_time(1996.651, millis=True) == "33:16.651"  # a short clip keeps m:ss
    assert format_time(7500) == "2:05:00"


@needs_vlc
def test_draft_chapters_say_so_in_the_player_and_are_placed_or_confirmed_there(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    # "Cut into sessions" spread the roundtable's two speakers evenly: the player says the
    # chapters are a draft, C at a speaker's real start replaces that speaker's draft, and
    # "Confirm chapters" accepts the rest as they are (what an export then publishes)
    from datetime import UTC, datetime

    video = _day_clip(tmp_path, add_items)
    catalog.create_event("SMP")
    start = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    rt = catalog.add_session(
        "Roundtable", start, start.replace(hour=10), speakers=["Ann Lee", "Bo Kim"]
    ).value
    drafts = [
        Chapter(start_s=0.0, title="Ann Lee", draft=True),
        Chapter(start_s=2.0, title="Bo Kim", draft=True),
    ]
    seg = catalog.add_segment(video, 0.0, 4.0, "Roundtable", session_id=rt, chapters=drafts)
    window = player_window(qtbot, catalog, [video])
    view = window.viewer
    engine = view.engine
    assert engine is not None
    qtbot.waitUntil(lambda: len(view.seekbar.bands) == 1, timeout=5000)
    view.play()
    qtbot.waitUntil(lambda: engine.state == "playing", timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: engine.state == "paused", timeout=5000)
    view.seek(0.8)
    qtbot.waitUntil(lambda: abs(engine.time() - 0.8) < 0.3, timeout=5000)
    qtbot.waitUntil(lambda: "2 draft chapter" in view.status.text(), timeout=3000)
    assert view.confirm_button.isVisible()

    qtbot.keyClick(view, Qt.Key.Key_C)  # Ann Lee really starts here
    chapters = catalog.segment(seg.value).chapters
    assert [(c.title, c.draft) for c in chapters] == [("Ann Lee", False), ("Bo Kim", True)]
    assert chapters[0].start_s == pytest.approx(0.8, abs=0.3)
    qtbot.waitUntil(lambda: "1 draft chapter" in view.status.text(), timeout=3000)

    view.confirm_button.click()  # Bo Kim's evenly spaced start is accepted as it is
    chapters = catalog.segment(seg.value).chapters
    assert [(c.title, c.draft) for c in chapters] == [("Ann Lee", False), ("Bo Kim", False)]
    assert chapters[1].start_s == 2.0
    qtbot.waitUntil(lambda: not view.confirm_button.isVisible(), timeout=3000)
    assert "draft" not in view.status.text()
    catalog.undo_last()  # one undoable step
    assert catalog.segment(seg.value).chapters[1].draft
    engine.stop()
    window.close()


@needs_vlc
def test_inspector_marks_draft_chapters(qtbot: Any, window: Any, gui_catalog: Any) -> None:
    cat = gui_catalog
    panel = next(i for i in cat.query_ids() if cat.item(i).name == "panel.mp4")
    drafts = [Chapter(start_s=s, title=t, draft=True) for s, t in ((0, "A"), (900, "B"))]
    cat.add_segment(panel, 0, 1800, "EMN roundtable", chapters=drafts)
    window.select_ids([panel])
    window._selection_changed()
    inspector = window.inspector
    qtbot.waitUntil(lambda: inspector.segments_box.isVisible(), timeout=3000)
    text = inspector.segments_label.text()
    assert "2 draft chapter" in text and "spread evenly" in text
    assert "2 chapter" not in text  # not counted as real chapters


def test_a_position_is_rounded_to_what_it_shows() -> None:
    """9.9 s read '0:09.899' (the thousandths cut from a float) and 7.6 s '0:07'."""
    from smparchive.gui.viewers.info import format_time

    assert format_time(9.9, millis=True) == "0:09.900"
    assert format_time(7.15, millis=True) == "0:07.150"
    assert format_time(7.6) == "0:08"
    assert format_time(59.9996, millis=True) == "1:00.000"


def test_a_recordings_segments_are_read_off_the_ui_thread(
    qtbot: Any, threaded_window: Any, gui_catalog: Any
) -> None:
    """Selecting a recording read its segments on the UI thread: on a team catalogue each
    selection waited for the server, for its timeout when it was away. They are read on a
    worker and shown when they arrive; a selection moved on meanwhile does not get them."""
    import threading

    cat, window = gui_catalog, threaded_window
    panel = next(i for i in cat.query_ids() if cat.item(i).name == "panel.mp4")
    cat.add_segment(panel, 0, 1800, "Opening keynote")
    read_on: list[str] = []
    segments = cat.segments

    def noted(item_id: int) -> Any:
        read_on.append(threading.current_thread().name)
        return segments(item_id)

    cat.segments = noted
    inspector = window.inspector
    window.select_ids([panel])
    window._selection_changed()
    qtbot.waitUntil(lambda: inspector.segments_box.isVisible())
    assert "Opening keynote" in inspector.segments_label.text()
    assert read_on and threading.main_thread().name not in read_on
    photo = next(i for i in cat.query_ids() if cat.item(i).kind == "photo")
    window.select_ids([photo])
    window._selection_changed()
    assert not inspector.segments_box.isVisible()


def test_the_segment_tools_have_keys_as_their_buttons_take_no_focus(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Cut into sessions…", "Captions…" and "Confirm chapters" could only be clicked: their
    buttons take no focus (the player keeps the keys), and they had none. Shift+S cuts,
    Shift+C confirms the draft chapters, Shift+V asks for a caption file; each key is said
    in its button's tooltip and in the player's key line."""

    window, video = _day_in_two_sessions(qtbot, catalog, add_items, tmp_path, monkeypatch)
    view = window.viewer
    assert "Shift+S" in view.status.text() and "Shift+S" in view.cut_button.toolTip()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(catalog.segments(video)) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: view.confirm_button.isVisible(), timeout=5000)  # drafts
    assert "Shift+C" in view.confirm_button.toolTip()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not view.confirm_button.isVisible(), timeout=5000)
    assert not any(ch.draft for ch in catalog.segments(video)[0].chapters)
    asked: list[str] = []
    monkeypatch.setattr(view, "add_captions", lambda *a: asked.append("captions"))
    assert "Shift+V" in view.captions_button.toolTip() and "Shift+V" in view.status.text()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["captions"]
    window.close()
