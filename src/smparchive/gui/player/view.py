"""Video and audio player on libvlc with poster, in/out markers and a no-VLC fallback."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.catalog.records import (
    Chapter,
    ItemRecord,
    SegmentRecord,
    confirmed_chapters,
)
from smparchive.core.vocab import ItemStatus, Kind
from smparchive.gui import edit_names, filedialogs, problem_texts, session_names
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled, translate
from smparchive.gui.icons import tinted
from smparchive.gui.keynames import hint_line, with_keys
from smparchive.gui.player.engine import DEFAULT_ARGS, VlcEngine
from smparchive.gui.player.seekbar import SeekBar
from smparchive.gui.player.surface import VideoSurface
from smparchive.gui.player.vlcsupport import PlayerUnavailable
from smparchive.gui.viewers import keys as viewer_keys
from smparchive.gui.viewers.base import ItemViewer
from smparchive.gui.viewers.imaging import read_preview
from smparchive.gui.viewers.info import format_time, info_html, status_line
from smparchive.gui.viewers.keys import commands
from smparchive.gui.widgets.flow import FlowLayout

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.tasks import TaskScope

log = logging.getLogger(__name__)
NOTICE_MS = 10_000  # long enough to read the longest notice twice, in French too
MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}
SEEK_INSIDE_S = 0.05  # where a segment opened from its session starts, past its cut

EMBEDDING_PLATFORMS = {"xcb", "windows", "cocoa"}
# the keys' line: %1, %2, %3 are the names of KEY_HELP_KEYS in the interface's language
KEY_HELP = QT_TRANSLATE_NOOP(
    "viewers",
    "%1 play/pause · ←/→ 5 s · %2 30 s · ,/. frame · [/] speed · ↑/↓ volume · "
    "M mute · I/O in/out · %3 poster · %4 cut into sessions · F full screen",
)
SEGMENT_KEY_HELP = QT_TRANSLATE_NOOP(
    "viewers",
    "%1 play/pause · ←/→ 5 s · %2 30 s · ,/. frame · [/] speed · ↑/↓ volume · "
    "M mute · J/K/L back/pause/faster · I/O start/end of the segment · C chapter here · "
    "%3 poster · %4 cut into sessions · %5 captions · F full screen",
)
KEY_HELP_KEYS = ("Space", "Shift+←/→", "Shift+P", "Shift+S", "Shift+V")
# The segment tools' keys: their buttons take no focus (the keys are the player's), so
# without these a keyboard user could not cut, caption or confirm at all
CUT_KEY, CAPTIONS_KEY, CONFIRM_KEY = "Shift+S", "Shift+V", "Shift+C"


class _MarkButton(QToolButton):
    """The In or Out button, as wide as with any time of its recording (``room_for``):
    "Entrée" widening to "Entrée 0:05.650" as I was pressed moved the tools beside it,
    wrapped them onto a second line and shrank the picture (the time label keeps its room
    the same way)."""

    room_for = ""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        fm, flag = self.fontMetrics(), Qt.TextFlag.TextShowMnemonic  # as Qt measures it
        extra = fm.size(flag, self.room_for).width() - fm.size(flag, self.text()).width()
        return QSize(hint.width() + max(0, extra), hint.height())


class PlayerView(ItemViewer):
    """Plays the item with libvlc in a native child window; without libvlc shows the poster,
    the metadata and how to install VLC. ``vlc_args`` configure libvlc (tests pass
    ``--vout=dummy --aout=dummy``); ``autoplay`` starts playback when an item is shown."""

    # Space plays; C adds a chapter here (the window's Compare key, which took it whenever
    # the loupe walked a selection, as F1's player rows did not say)
    own_keys = frozenset({Qt.Key.Key_Space, Qt.Key.Key_C})

    def __init__(
        self,
        catalog: Catalog,
        tasks: TaskScope,
        ops: OpRunner,
        parent: QWidget | None = None,
        *,
        vlc_args: Sequence[str] = DEFAULT_ARGS,
        autoplay: bool = True,
        focus_session: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(catalog, tasks, ops, parent)
        self.autoplay = autoplay
        # the session the grid shows: a day recording opened there starts at that session's
        # segment, not at the morning's first minute
        self.focus_session = focus_session or (lambda: None)
        self._focus_pending = False
        self._seek_when_playing: float | None = None
        self.position = (0, 1)
        self.engine: VlcEngine | None = None
        self.unavailable: str | None = None
        self.error: str | None = None
        try:
            self.engine = VlcEngine(vlc_args, self)
        except PlayerUnavailable as exc:
            self.unavailable = str(exc)
        self._build()
        if self.engine is not None:
            self.engine.stateChanged.connect(self._on_state)
            self.engine.timeChanged.connect(self._on_time)
            self.engine.lengthChanged.connect(self._on_length)
            self.surface.winIdChanged.connect(self._attach)
        self._max_time = 0.0
        self.segments: list[SegmentRecord] = []
        # an undo or redo is said over the notice of the step it took back ("Poster frame
        # saved at …" stood after Ctrl+Z, as if the frame were still the one chosen)
        ops.stepped.connect(self._stepped)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.surface = VideoSurface(self)
        self.poster = QLabel(self)
        self.poster.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.poster.setWordWrap(True)
        self.poster.setStyleSheet("background:#181818;color:#ddd;padding:16px")
        self.poster.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setStyleSheet("background:#181818;color:#eee;padding:16px")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        fallback = QWidget(self)
        row = QHBoxLayout(fallback)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.poster, 3)
        row.addWidget(self.details, 2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.surface)
        self.stack.addWidget(fallback)
        self.message = QLabel(self)
        self.message.setObjectName("playerMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background:#5a1d1d;color:#fff;padding:6px 10px")
        self.message.hide()

        self.play_button = self._button(
            "", with_keys(translate("viewers", "Play/pause (%1)"), "Space"), self.toggle
        )
        self.play_button.setIcon(self._icon("SP_MediaPlay"))
        self.seekbar = SeekBar(self)
        self.time_label = QLabel("0:00 / --:--", self)
        # room for the longest position ('0:33:16.651 / 2:05:00'): it never pushes or
        # overlaps the controls beside it as it changes
        self.time_label.setMinimumWidth(
            self.time_label.fontMetrics().horizontalAdvance("0:00:00.000 / 0:00:00") + 8
        )
        self.rate_label = QLabel("1×", self)
        self.mute_button = self._button("", translate("viewers", "Mute (M)"), self.toggle_mute)
        self.mute_button.setIcon(self._icon("SP_MediaVolume"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(100)
        self.volume.setMaximumWidth(90)
        # a slider, not a handle: at 1366 px in French the tools beside it squeezed it to an
        # unlabelled square that read as a checkbox
        self.volume.setMinimumWidth(56)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.valueChanged.connect(self._set_volume)
        self.in_button, self.out_button = _MarkButton(self), _MarkButton(self)
        self._button(
            translate("viewers", "In"),
            translate("viewers", "Set the in point here (I)"),
            self.mark_in,
            self.in_button,
        )
        self._button(
            translate("viewers", "Out"),
            translate("viewers", "Set the out point here (O)"),
            self.mark_out,
            self.out_button,
        )
        self.poster_button = self._button(
            translate("viewers", "Poster"),
            with_keys(translate("viewers", "Use this frame as poster frame (%1)"), "Shift+P"),
            self.use_as_poster,
        )
        self.cut_button = self._button(
            translate("viewers", "Cut into sessions…"),
            with_keys(
                translate(
                    "viewers",
                    "Cut the recording into one segment per session of the programme (%1)",
                ),
                CUT_KEY,
            ),
            self.cut_into_sessions,
        )
        self.captions_button = self._button(
            translate("viewers", "Captions…"),
            with_keys(
                translate(
                    "viewers",
                    "Add a WebVTT caption file to the segment being played: it is published "
                    "with the segment's clip (%1)",
                ),
                CAPTIONS_KEY,
            ),
            lambda: self.add_captions(),
        )
        self.captions_button.setEnabled(False)  # with segments only
        self.confirm_button = self._button(
            translate("viewers", "Confirm chapters"),
            with_keys(
                translate(
                    "viewers",
                    "The segment's chapters are a draft, spread evenly over its speakers: "
                    "accept them as they are (%1), and exports publish them (C places one at "
                    "the playhead instead)",
                ),
                CONFIRM_KEY,
            ),
            self.confirm_chapters,
        )
        self.confirm_button.hide()  # while the segment played has draft chapters only
        self.full_button = self._button(
            "", translate("viewers", "Full screen (F)"), self._full_screen
        )
        # the style's title-bar icon is drawn dark: barely seen on the player's dark bar
        self.full_button.setIcon(tinted("ui/fullscreen", "#e2e2e2"))
        # the seek bar (with its segment bands) has a row of its own: beside the buttons it
        # was squeezed to a few pixels in a 1366-wide window with the side panels open
        seek_row = QHBoxLayout()
        seek_row.setContentsMargins(8, 4, 8, 0)
        seek_row.addWidget(self.seekbar, 1)
        # the controls wrap rather than widen: on one line (a box layout), in French, they
        # made a 960 px main window 1101 px wide as a video opened
        controls = FlowLayout(spacing=4, right_from=3)  # the time on the left, tools right
        controls.setContentsMargins(8, 2, 8, 2)
        for w in (
            self.play_button,
            self.time_label,
            self.rate_label,
            self.mute_button,
            self.volume,
            self.in_button,
            self.out_button,
            self.poster_button,
            self.full_button,
        ):
            controls.addWidget(w)
        # the recording's segment tools have a line of their own: on one line with the rest,
        # in French with draft chapters to confirm, they pushed the inspector off a 1366 px
        # screen
        segment_tools = FlowLayout(spacing=4, right_from=0)
        segment_tools.setContentsMargins(8, 0, 8, 4)
        for w in (self.cut_button, self.captions_button, self.confirm_button):
            segment_tools.addWidget(w)
        self.seekbar.seekRequested.connect(self.seek)
        # what the last action did ('Cut into 3 segments…', an error): a line of its own
        # (in the status line, the next refresh replaced it), gone after a few seconds, at
        # the next key or the next item (it stayed under the picture until the next item)
        self.notice = QLabel(self)
        self.notice.setObjectName("playerNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#1d3a5a;color:#fff;padding:4px 10px")
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(lambda: self.show_notice(""))
        self._notice_lasts = False
        self.status = QLabel(self)
        self.status.setStyleSheet("color:#bbb;background:#202020;padding:3px 8px")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setWordWrap(True)  # its keys whole on a laptop, in French too
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(seek_row)
        layout.addLayout(controls)
        layout.addLayout(segment_tools)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        playing_controls = (
            self.play_button,
            self.seekbar,
            self.mute_button,
            self.volume,
            self.in_button,
            self.out_button,
            self.poster_button,
        )
        for control in playing_controls:
            control.setEnabled(self.engine is not None)

    def _icon(self, name: str) -> QIcon:
        return self.style().standardIcon(getattr(QStyle.StandardPixmap, name))

    def _button(
        self, text: str, tip: str, slot: Any, button: QToolButton | None = None
    ) -> QToolButton:
        button = button or QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    # -- items ------------------------------------------------------------------------------
    def set_position(self, index: int, count: int) -> None:
        self.position = (index, count)

    def show_item(self, record: ItemRecord, neighbours: list[ItemRecord] | None = None) -> None:
        self.record = record
        self.error = None
        self._max_time = 0.0
        self.message.hide()
        self.show_notice("")  # about the item shown before
        self.seekbar.set_length(record.duration_s or 0.0)
        self.seekbar.set_time(0.0)
        if self.segments and self.segments[0].item_id != record.id:
            self.segments = []
        self._show_marks()
        self._focus_pending = True
        self._seek_when_playing = None
        self._show_fallback_panel(record)
        audio_only = record.kind == Kind.AUDIO or (
            record.width is None and record.video_codec is None and record.audio_codec is not None
        )
        if self.engine is None:
            self.stack.setCurrentIndex(1)
            self._show_message(self.unavailable or "")
        else:
            self.stack.setCurrentIndex(1 if audio_only else 0)
            if record.status == ItemStatus.ERROR and record.status_reason:
                self._show_message(problem_texts.sentences(record.status_reason))
            self.engine.load(record.path)
            if self.autoplay and self.isVisible():
                self.play()
        self.poster_button.setEnabled(self.engine is not None and not audio_only)
        self.cut_button.setEnabled(record.capture_utc is not None and bool(record.duration_s))
        self.load_segments()  # after the media is loaded: it may start at a segment
        self._update_status()

    def _show_fallback_panel(self, record: ItemRecord) -> None:
        self.poster.setPixmap(QPixmap())
        self.poster.setText("")
        self._read_poster(record)
        extra = {}
        if record.video_codec or record.audio_codec:
            extra[translate("viewers", "Codecs")] = " / ".join(
                c for c in (record.video_codec, record.audio_codec) if c
            )

        def details() -> None:
            titles = self.session_titles(record, title_in)
            self.details.setText(info_html(record, self.catalog, extra, titles=titles))

        def title_in() -> None:  # its session's title came: shown if the item still is
            if self.record is not None and self.record.id == record.id:
                details()

        details()

    def _read_poster(self, record: ItemRecord) -> None:
        """The item's poster picture, read on a worker (a share's cache), shown if the item
        still is when it comes."""

        def arrived(image: QImage | None) -> None:
            if self.record is None or self.record.id != record.id:
                return
            if image is not None:
                self.poster.setPixmap(
                    QPixmap.fromImage(image).scaled(
                        640,
                        480,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                self.poster.setText(
                    "♪"
                    if record.kind == Kind.AUDIO
                    else translate("viewers", "No poster frame yet")
                )

        read_preview(self.tasks, self.catalog.thumbnails, record.picture_key, arrived)

    def pictures_renewed(self, keys: Collection[str]) -> None:
        """A poster frame chosen here or elsewhere, or undone: the new picture once made
        (the old one stays shown until then)."""
        if self.record is not None and self.record.picture_key in keys:
            self._read_poster(self.record)

    # -- playback ---------------------------------------------------------------------------
    def play(self) -> None:
        if self.engine is not None and self.record is not None:
            self._attach()
            if not self.engine.play():
                self._show_message(translate("viewers", "VLC cannot open this file."))

    def toggle(self) -> None:
        if self.engine is not None:
            self._attach()
            self.engine.toggle()

    def seek(self, seconds: float) -> None:
        if self.engine is not None:
            self.engine.seek(seconds)

    def toggle_mute(self) -> None:
        if self.engine is not None:
            self.engine.set_muted(not self.engine.is_muted())
            muted = self.engine.is_muted()
            self.mute_button.setIcon(
                self._icon("SP_MediaVolumeMuted" if muted else "SP_MediaVolume")
            )

    def _set_volume(self, value: int) -> None:
        if self.engine is not None:
            self.engine.set_volume(value)

    def _attach(self, *_args: Any) -> None:
        """Hand the native window to libvlc (only where Qt's windows are native ones)."""
        if self.engine is None or not self.surface.isVisible():
            return
        if QGuiApplication.platformName() in EMBEDDING_PLATFORMS:
            self.engine.set_window(int(self.surface.winId()))

    def _on_state(self, state: str) -> None:
        if state == "playing" and self._seek_when_playing is not None:
            at, self._seek_when_playing = self._seek_when_playing, None
            if self.current_time() < at - 0.5:
                self.seek(at)
        self.play_button.setIcon(
            self._icon("SP_MediaPause" if state == "playing" else "SP_MediaPlay")
        )
        if state == "error":
            self._show_message(
                translate(
                    "viewers",
                    "VLC cannot play this file: it may be damaged, truncated or use a codec VLC "
                    "lacks.",
                )
            )
        elif (
            state == "ended" and self._max_time == 0 and not (self.engine and self.engine.length())
        ):
            self._show_message(
                translate(
                    "viewers",
                    "The file ended before anything could be played: it is probably truncated.",
                )
            )
        self._update_status()

    def _on_time(self, seconds: float) -> None:
        self._max_time = max(self._max_time, seconds)
        self.seekbar.set_time(seconds)
        if self.segments:
            current = self._segment_index(seconds)
            if current != self.seekbar.current_band:
                self._show_segments(seconds)
        shown = self._clock(seconds, millis=True)
        self.time_label.setText(f"{shown} / {format_time(self._length())}")

    def _length(self) -> float | None:
        length = self.engine.length() if self.engine else 0.0
        return length or (self.record.duration_s if self.record else None)

    def _clock(self, seconds: float | None, *, millis: bool = False) -> str:
        """A time in the recording as its length reads: '0:33:16.651 / 2:05:00' (a segment
        '0:02:40–0:33:16', the In button), not '33:16.651' beside it."""
        return format_time(seconds, millis=millis, hours=(self._length() or 0) >= 3600)

    def _on_length(self, seconds: float) -> None:
        if seconds > 0:
            self.seekbar.set_length(seconds)

    def _show_message(self, text: str) -> None:
        self.error = text or None
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_notice(self, text: str, *, lasting: bool = False) -> None:
        """Say what the last action did, on the notice line ('' hides it), for
        ``NOTICE_MS`` or until the next key; ``lasting``: work under way ('Analysing…'),
        kept until its result replaces it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._notice_lasts = lasting and bool(text)
        self._notice_timer.stop()
        if text and not lasting:
            self._notice_timer.start(NOTICE_MS)

    def _step_rate(self, step: int) -> None:
        if self.engine is not None:
            self.engine.step_rate(step)
        self._update_status()

    def _update_status(self) -> None:
        if self.record is None:
            return
        parts = [status_line(self.record, *self.position)]
        if self.engine is not None:
            parts.append(f"{self.engine.rate():g}×")
        current = self.current_segment()
        if current is not None:
            n = self.segments.index(current) + 1
            parts.append(
                filled(
                    translate("viewers", "Segment %1/%2: %3 (%4–%5)"),
                    str(n),
                    str(len(self.segments)),
                    current.title,
                    self._clock(current.start_s),
                    self._clock(current.end_s),
                )
            )
            drafts = sum(1 for ch in current.chapters if ch.draft)
            if drafts:
                parts.append(
                    self.tr(
                        "%n draft chapters, spread evenly: not published until placed (C) "
                        "or confirmed",
                        None,
                        drafts,
                    )
                )
        self.confirm_button.setVisible(
            current is not None and any(ch.draft for ch in current.chapters)
        )
        help_text = translate("viewers", SEGMENT_KEY_HELP if self.segments else KEY_HELP)
        parts.append(hint_line(with_keys(help_text, *KEY_HELP_KEYS)))
        self.status.setText("  ·  ".join(parts))

    def update_record(self, record: ItemRecord) -> None:
        super().update_record(record)
        self._update_status()
        self._show_marks()

    # -- marks and poster -------------------------------------------------------------------
    def current_time(self) -> float:
        return self.engine.time() if self.engine is not None else 0.0

    # -- segments ---------------------------------------------------------------------------
    def load_segments(self) -> None:
        """Read the shown recording's segments (off the UI thread), then show them."""
        if self.record is None:
            return
        catalog, item_id = self.catalog, self.record.id

        def done(segments: list[SegmentRecord]) -> None:
            if self.record is not None and self.record.id == item_id:
                self.segments = segments
                self._show_segments()
                self._go_to_focus_segment()
                self._update_status()

        self.tasks.submit(
            lambda: session_names.shown(catalog, catalog.segments(item_id)),
            done,
            lambda e: log.warning("%s", e),
        )

    def _go_to_focus_segment(self) -> None:
        """Once per item shown: start at the segment of the session the grid shows."""
        if not self._focus_pending or self.record is None:
            return
        self._focus_pending = False
        session = self.focus_session()
        chosen = next((s for s in self.segments if session and s.session_id == session), None)
        if chosen is None or self.engine is None or self.current_time() > 0.5:
            return
        # a hair inside the segment: VLC lands a few milliseconds either side of a seek, and
        # 0:33:15.990 would show (and I/O would move) the segment before
        start = chosen.start_s + SEEK_INSIDE_S
        if self.engine.state in ("playing", "paused"):
            self.seek(start)
        else:  # VLC ignores a seek until it plays: begin there, and check once it plays
            if self.engine.state == "stopped":
                self.engine.load(self.record.path, start_s=start)
            self._seek_when_playing = start
        self.seekbar.set_time(start)
        self._show_segments(start)

    def _segment_index(self, seconds: float) -> int | None:
        for n, seg in enumerate(self.segments):
            if seg.start_s <= seconds < seg.end_s:
                return n
        return None

    def current_segment(self) -> SegmentRecord | None:
        """The segment the playhead is in (None between segments or without any)."""
        n = self._segment_index(self.current_time())
        return self.segments[n] if n is not None else None

    def _show_segments(self, seconds: float | None = None) -> None:
        self.captions_button.setEnabled(bool(self.segments))
        at = self.current_time() if seconds is None else seconds
        self.seekbar.set_segments(
            [(s.start_s, s.end_s) for s in self.segments], self._segment_index(at)
        )
        self._update_status()

    def _move_segment(self, *, start: bool) -> bool:
        """I/O on a recording cut into segments: the current segment's start (I) or end (O)
        moves to the playhead; between segments, I moves the next one's start and O the
        previous one's end. True when a segment was there to move."""
        if not self.segments:
            return False
        t = round(self.current_time(), 3)
        n = self._segment_index(t)
        if n is None:
            later = [k for k, s in enumerate(self.segments) if s.start_s > t]
            earlier = [k for k, s in enumerate(self.segments) if s.end_s <= t]
            n = (later[0] if later else None) if start else (earlier[-1] if earlier else None)
        if n is None:
            return True
        seg = self.segments[n]
        if (start and t >= seg.end_s) or (not start and t <= seg.start_s):
            return True
        moved = dataclasses.replace(seg, start_s=t) if start else dataclasses.replace(seg, end_s=t)
        self.segments[n] = moved
        self._show_segments()
        label = edit_names.named(
            edit_names.Step.MOVE_START if start else edit_names.Step.MOVE_END, seg.title
        )
        fields = {"start_s": t} if start else {"end_s": t}

        def failed(exc: BaseException) -> None:
            if n < len(self.segments) and self.segments[n].id == seg.id:
                self.segments[n] = seg
                self._show_segments()
            why = problem_texts.error_text(exc)  # in the interface's language
            self.show_notice(problem_texts.composed(translate("viewers", "Not saved: %1"), why))

        self.ops.run(label, lambda c: c.edit_segment(seg.id, **fields), on_error=failed)
        return True

    def add_captions(self, path: str | None = None, language: str | None = None) -> None:
        """Attach a WebVTT file to the segment being played (the first one when the playhead
        is between segments): asks for the file and its language when not given, checks the
        file off the UI thread, then stores it as one undoable step."""
        from smparchive.core.media.webvtt import guess_language, parse_webvtt
        from smparchive.core.organise.captions import attach_captions, read_captions
        from smparchive.core.organise.segments import clock

        if not self.segments:
            return
        seg = self.current_segment() or self.segments[0]
        if path is None:
            path = filedialogs.open_file_name(
                self.window(),  # not the dark viewer page: its style sheet would colour it
                translate("viewers", "Captions for “%1”").replace("%1", seg.title),
                "",
                translate("viewers", "WebVTT captions (*.vtt);;All files (*)"),
            )
            if not path:
                return
        if language is None:
            guess = guess_language(path, "")
            choices = [c for c in dict.fromkeys([guess, "en", "fr", "nl", "de", "es", "it"]) if c]
            language, ok = QInputDialog.getItem(
                self.window(),
                translate("viewers", "Captions for “%1”").replace("%1", seg.title),
                translate("viewers", "Language of the captions (such as en, fr, pt-BR):"),
                choices,
                0,
                True,
            )
            if not ok:
                return
        lang = language.strip()

        def read() -> tuple[Any, float]:
            track = read_captions(path, lang)
            return track, parse_webvtt(track.text.encode("utf-8"), track.name).last_end_s

        def checked(found: tuple[Any, float]) -> None:
            track, last = found
            length = self.record.duration_s if self.record is not None else None
            if last > seg.duration_s + 1 and (length is None or last <= length + 1):
                # captions running past the segment: likely made for the whole recording
                answer = QMessageBox.question(
                    self.window(),
                    translate("viewers", "Captions for “%1”").replace("%1", seg.title),
                    filled(translate("viewers", "The captions run to %1, past the end of the "
                                     "segment (%2 long). Are they timed from the start of the "
                                     "whole recording?"), clock(last), clock(seg.duration_s)),
                )  # fmt: skip
                if answer == QMessageBox.StandardButton.Yes:
                    track = dataclasses.replace(track, timing="recording")

            def stored(_result: Any) -> None:
                self.load_segments()
                self.show_notice(
                    # no %2: the count is %Ln, filled by tr
                    filled(self.tr("Captions (%1, %Ln cues) added to “%3”: they are published "
                                   "with its clip.", None, track.cues),
                           track.language, "", seg.title)
                )  # fmt: skip

            self.ops.run(
                edit_names.named(edit_names.Step.ADD_CAPTIONS, seg.title),
                lambda c: attach_captions(c, seg.id, track),
                stored,
            )

        def refused(exc: BaseException) -> None:
            text = problem_texts.sentence(str(exc))
            said = translate("viewers", "Captions not added: %1")
            self.show_notice(problem_texts.composed(said, text))

        self.tasks.submit(read, checked, refused)

    def cut_into_sessions(self) -> None:
        """Propose one segment per session (analysis off the UI thread), show the cuts with
        their reasons, and write them as one undoable step when the user agrees."""
        if self.record is None:
            return
        from smparchive.core.organise.segments import clock

        catalog, item_id = self.catalog, self.record.id
        self.show_notice(
            translate("viewers", "Analysing the recording near each cut…"), lasting=True
        )

        def done(read: tuple[Any, list[Any]]) -> None:
            # the cuts as shown (their sessions' titles in the interface's language); the
            # proposal's own are written, as the programme has them
            proposal, cuts = read
            if self.record is None or self.record.id != item_id:
                return
            self.show_notice("")  # analysed
            if not proposal.cuts:
                if self.record.session_id is not None:  # a short recording of one session
                    why = translate(
                        "viewers",
                        "This recording belongs to one session as a whole: nothing to cut.",
                    )
                else:
                    why = translate(
                        "viewers", "No session of the programme falls within this recording."
                    )
                QMessageBox.information(
                    self.window(), translate("viewers", "Cut into sessions"), why
                )
                return
            n = len(proposal.cuts)
            lines = [self.tr("%n segments from the programme:", None, n)]
            for c in cuts:
                lines.append(f"{clock(c.start_s)} – {clock(c.end_s)}  {c.title}")
            # parented to the window, not to this view: the dark viewer page's style sheet
            # ('#loupePage QWidget { color: ... }') coloured the box's text pale grey on grey
            box = QMessageBox(self.window())
            box.setWindowTitle(translate("viewers", "Cut into sessions"))
            box.setText("\n".join(lines))
            box.setInformativeText(
                translate(
                    "viewers",
                    "Cut the recording into these segments? Segments you moved by hand stay "
                    "as they are.",
                )
            )
            # the reasons (programme times, scene cuts, silences) for whoever wants them
            box.setDetailedText(
                "\n\n".join(
                    f"{c.title}\n" + "\n".join(f"  {problem_texts.sentence(r)}" for r in c.reasons)
                    for c in cuts
                )
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
            )
            box.button(QMessageBox.StandardButton.Ok).setText(translate("viewers", "Cut"))
            if box.exec() != QMessageBox.StandardButton.Ok:
                return
            specs = proposal.specs()

            def cut(result: Any) -> None:
                self.load_segments()
                made = len(result.value or ())
                self.show_notice(
                    with_keys(
                        self.tr(
                            "Cut into %n segments, one per session: exports publish each "
                            "as a clip of its own. %1 undoes the cut.",
                            None,
                            made,
                        ),
                        "Ctrl+Z",
                    )
                    if made
                    else translate(
                        "viewers",
                        "Nothing new to cut: each session already has a segment placed by hand.",
                    )
                )

            self.ops.run(
                edit_names.named(edit_names.Step.CUT_INTO_SESSIONS),
                lambda c: c.apply_segments(item_id, specs),
                cut,
            )

        self.tasks.submit(
            lambda: _proposed(catalog, item_id),
            done,
            lambda e: self.show_notice(problem_texts.sentence(str(e))),
            long=True,
        )

    def shuttle_back(self) -> None:
        """J: libvlc cannot play backwards, so back 5 s and on at normal speed."""
        if self.engine is None:
            return
        self.engine.jump(-5)
        if self.engine.rate() != 1.0:
            while self.engine.rate() > 1.0 and self.engine.step_rate(-1) > 1.0:
                pass
            while self.engine.rate() < 1.0 and self.engine.step_rate(1) < 1.0:
                pass
        self._update_status()

    def shuttle_forward(self) -> None:
        """L: play; pressed again while playing, faster."""
        if self.engine is None:
            return
        if self.engine.state == "playing":
            self.engine.step_rate(1)
        else:
            self.engine.toggle()
        self._update_status()

    def add_chapter(self) -> None:
        """C: a chapter of the current segment starts at the playhead, named after the next
        speaker of its session not yet given a chapter (else 'Chapter N')."""
        seg = self.current_segment()
        if seg is None:
            return
        t = round(self.current_time(), 3)
        fallback = translate("viewers", "Chapter %1").replace("%1", str(len(seg.chapters) + 1))

        def op(c: Catalog) -> Any:
            now = c.segment(seg.id)
            speakers = c.session(now.session_id).speakers if now.session_id is not None else ()
            # a draft (evenly spaced guess) names a speaker nobody has placed yet: the chapter
            # placed here replaces that speaker's draft, and is a real one
            used = {ch.title for ch in now.chapters if not ch.draft}
            title = next((name for name in speakers if name not in used), fallback)
            kept = [
                ch
                for ch in now.chapters
                if abs(ch.start_s - t) > 0.5 and not (ch.draft and ch.title == title)
            ]
            return c.edit_segment(seg.id, chapters=[*kept, Chapter(start_s=t, title=title)])

        self.ops.run(
            edit_names.named(edit_names.Step.ADD_CHAPTER, seg.title),
            op,
            lambda _r: self.load_segments(),
            on_error=lambda e: self.show_notice(str(e)),
        )

    def confirm_chapters(self) -> None:
        """Accept the current segment's draft chapters (speakers spread evenly) as they are:
        they become real chapters, which exports publish. Undoable."""
        seg = self.current_segment()
        if seg is None or not any(ch.draft for ch in seg.chapters):
            return

        def op(c: Catalog) -> Any:
            return c.edit_segment(seg.id, chapters=confirmed_chapters(c.segment(seg.id).chapters))

        def confirmed(_result: Any) -> None:
            self.load_segments()
            self.show_notice(
                self.tr(
                    "%n chapters of “%1” confirmed: they are published with its clip.",
                    None,
                    len(seg.chapters),
                ).replace("%1", seg.title)
            )

        self.ops.run(
            edit_names.named(edit_names.Step.CONFIRM_CHAPTERS, seg.title),
            op,
            confirmed,
            on_error=lambda e: self.show_notice(str(e)),
        )

    def mark_in(self) -> None:
        if self.record is None or self._move_segment(start=True):
            return
        t = self.current_time()
        out = self.record.out_point_s
        values: dict[str, Any] = {"in_point_s": t}
        if out is not None and out <= t:
            values["out_point_s"] = None  # an out point before the in point means nothing
        self.set_fields(**values)
        self._show_marks()

    def mark_out(self) -> None:
        if self.record is None or self._move_segment(start=False):
            return
        t = self.current_time()
        values: dict[str, Any] = {"out_point_s": t}
        if self.record.in_point_s is not None and self.record.in_point_s >= t:
            values["in_point_s"] = None
        self.set_fields(**values)
        self._show_marks()

    def _show_marks(self) -> None:
        if self.record is None:
            return
        self.seekbar.set_marks(self.record.in_point_s, self.record.out_point_s)
        in_s, out_s = self.record.in_point_s, self.record.out_point_s
        longest = f" {self._clock(self._length() or 0.0, millis=True)}"
        # to the millisecond, as the position beside them: what is stored, not 0:07 for 7.15 s
        for button, text, at in (
            (self.in_button, translate("viewers", "In"), in_s),
            (self.out_button, translate("viewers", "Out"), out_s),
        ):
            button.room_for = text + longest
            button.setText(text + (f" {self._clock(at, millis=True)}" if at is not None else ""))

    def use_as_poster(self) -> None:
        """Store the current time as poster time; the change says the item's picture
        changed, and the main window makes it again (as after an undo or a teammate's)."""
        if self.record is None or self.engine is None:
            return
        t = round(self.current_time(), 3)
        if self.set_fields(poster_time_s=t):
            self.show_notice(
                translate("viewers", "Poster frame saved at %1.").replace(
                    "%1", self._clock(t, millis=True)
                )
            )

    # -- keys and lifetime ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if not self._notice_lasts and key not in MODIFIER_KEYS and not event.isAutoRepeat():
            self.show_notice("")  # the next action: what the last one did is read
        engine = self.engine
        tools = {
            "poster": self.poster_button,
            "cut": self.cut_button,
            "captions": self.captions_button,
            "confirm": self.confirm_button,
        }
        for command in commands(viewer_keys.PLAYER, event):
            tool = tools.get(command)
            if tool is not None:  # as its button; they work without VLC too (cutting
                if tool.isEnabled() and not tool.isHidden():  # needs only the programme)
                    tool.click()
                    return
            elif command in ("next", "previous"):
                self.navigate.emit(1 if command == "next" else -1)
                return
            elif engine is not None:
                self._engine_key(command, engine)
                return
        if not self.handle_rating_key(event):
            super().keyPressEvent(event)

    def _engine_key(self, command: str, engine: VlcEngine) -> None:
        """Run the player row ``command`` (see ``viewers/keys.py``) on ``engine``."""
        fps = self.record.frame_rate if self.record else None
        actions: dict[str, Callable[[], object]] = {
            "play": self.toggle,
            "forward_5": lambda: engine.jump(5),
            "back_5": lambda: engine.jump(-5),
            "forward_30": lambda: engine.jump(30),
            "back_30": lambda: engine.jump(-30),
            "frame_forward": lambda: engine.next_frame(fps),
            "frame_back": lambda: engine.previous_frame(fps),
            "faster": lambda: self._step_rate(1),
            "slower": lambda: self._step_rate(-1),
            "louder": lambda: self.volume.setValue(self.volume.value() + 10),
            "quieter": lambda: self.volume.setValue(self.volume.value() - 10),
            "mute": self.toggle_mute,
            "mark_in": self.mark_in,
            "mark_out": self.mark_out,
            "shuttle_back": self.shuttle_back,
            "shuttle_forward": self.shuttle_forward,
            "chapter": self.add_chapter,
            "start": lambda: engine.seek(0),
        }
        actions[command]()

    def _full_screen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.engine is not None and self.record is not None:
            QTimer.singleShot(0, self, self._start_when_shown)  # not once the view is gone

    def _start_when_shown(self) -> None:
        self._attach()
        if self.autoplay and self.engine is not None and self.engine.state in ("stopped",):
            self.play()

    def leave(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def _stepped(self, text: str) -> None:
        if self.isVisible():
            self.show_notice(text)

    def release(self) -> None:
        self.ops.stepped.disconnect(self._stepped)  # the op runner outlives this player
        if self.engine is not None:
            self.engine.release()
            self.engine = None
        super().release()


def _proposed(catalog: Any, item_id: int) -> tuple[Any, list[Any]]:
    """A recording's proposed cuts, and the same as shown (worker thread)."""
    from smparchive.core.organise.segments import propose_segments

    proposal = propose_segments(catalog, item_id)
    return proposal, session_names.shown(catalog, proposal.cuts)
