"""A libvlc media player as a QObject: libvlc events become queued signals on the UI thread."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from smparchive.gui.player.vlcsupport import load_vlc, new_instance

log = logging.getLogger(__name__)

DEFAULT_ARGS = ("--quiet", "--no-video-title-show", "--no-snapshot-preview")
RATES = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
POLL_MS = 100


@dataclass(frozen=True)
class FrameHold:
    """The paused position after frame steps: ``steps`` frames of ``1/fps`` from ``anchor``.

    libvlc 3 cannot say which frame it shows: after '.' it keeps reporting the time it paused
    at, after ',' (a paused seek) 0.25 s whatever the target. So the engine counts whole
    frames from where stepping began; ten '.' then ten ',' is ``anchor`` again, exactly.
    Not snapped to multiples of ``1/fps``: a file's first frame need not be at 0 nor its rate
    constant, and steps from libvlc's own paused time stay on the file's frames.
    """

    anchor: float
    steps: int
    fps: float

    def at(self) -> float:
        return self.anchor + self.steps / self.fps

    def step(self, frames: int, length: float) -> FrameHold:
        """``frames`` on, or this one unchanged where that leaves the media."""
        moved = FrameHold(self.anchor, self.steps + frames, self.fps)
        inside = 0.0 <= moved.at() <= (length or float("inf"))
        return moved if inside else self


class VlcEngine(QObject):
    """Owns one ``vlc.Instance`` and media player. Never touches widgets.

    Signals (always delivered on the UI thread): ``stateChanged(str)`` with one of
    opening/playing/paused/stopped/ended/error, ``timeChanged(seconds)``,
    ``lengthChanged(seconds)``.
    """

    stateChanged = Signal(str)
    timeChanged = Signal(float)
    lengthChanged = Signal(float)
    _vlc_event = Signal(str, object)  # emitted on libvlc threads

    def __init__(self, args: Sequence[str] = DEFAULT_ARGS, parent: QObject | None = None):
        super().__init__(parent)
        vlc = load_vlc()
        self._vlc = vlc
        self.instance: Any = new_instance(args)
        self.player: Any = self.instance.media_player_new()
        self.state = "stopped"
        self._muted = False
        self._volume = 100
        # the position after frame steps, kept until playback resumes, a seek or a stop
        self._hold: FrameHold | None = None
        self._vlc_event.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        et = vlc.EventType
        self._events = {
            et.MediaPlayerOpening: "opening",
            et.MediaPlayerPlaying: "playing",
            et.MediaPlayerPaused: "paused",
            et.MediaPlayerStopped: "stopped",
            et.MediaPlayerEndReached: "ended",
            et.MediaPlayerEncounteredError: "error",
            et.MediaPlayerLengthChanged: "length",
        }
        manager = self.player.event_manager()
        for event_type in self._events:
            manager.event_attach(event_type, self._on_vlc_event)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._emit_time)

    # -- libvlc thread ----------------------------------------------------------------------
    def _on_vlc_event(self, event: Any) -> None:
        """Runs on a libvlc thread: only copy plain data and emit (queued)."""
        name = self._events.get(event.type)
        payload = event.u.new_length if name == "length" else None
        try:
            self._vlc_event.emit(name, payload)
        except RuntimeError:  # the engine is being destroyed
            pass

    # -- UI thread --------------------------------------------------------------------------
    @Slot(str, object)
    def _dispatch(self, name: str, payload: Any) -> None:
        if self.player is None:
            return
        if name == "length":
            self.lengthChanged.emit(max(0.0, (payload or 0) / 1000))
            return
        self.state = name
        if name != "paused" and (name != "playing" or self.player.is_playing()):
            self._hold = None  # (a 'playing' queued before a step that paused is stale)
        if name == "playing":
            self._poll.start()
            self.player.audio_set_mute(self._muted)  # the audio output is new per media
            self.player.audio_set_volume(self._volume)
        else:
            self._poll.stop()
        self._emit_time()
        self.stateChanged.emit(name)

    def _emit_time(self) -> None:
        if self.player is not None:
            self.timeChanged.emit(self.time())

    def set_window(self, win_id: int) -> None:
        """Render into the native window ``win_id`` (X11 window, HWND or NSView)."""
        if self.player is None:
            return
        if sys.platform.startswith("linux"):
            self.player.set_xwindow(win_id)
        elif sys.platform == "win32":
            self.player.set_hwnd(win_id)
        elif sys.platform == "darwin":
            self.player.set_nsobject(win_id)

    def load(self, path: str, start_s: float = 0.0) -> None:
        """Load ``path``; playback will begin ``start_s`` seconds in."""
        media = self.instance.media_new_path(path)
        if start_s > 0:
            media.add_option(f":start-time={start_s:.3f}")
        self.player.set_media(media)
        media.release()
        self.state = "stopped"
        self._hold = None

    def play(self) -> bool:
        self._hold = None
        return self.player is not None and self.player.play() == 0

    def pause(self) -> None:
        if self.player is not None and self.player.is_playing():
            self.player.set_pause(1)

    def toggle(self) -> None:
        if self.player is None:
            return
        vlc_state = self.player.get_state()
        idle = (
            self._vlc.State.NothingSpecial,
            self._vlc.State.Stopped,
            self._vlc.State.Ended,
            self._vlc.State.Error,
        )
        if vlc_state in idle:
            self._hold = None
            self.player.stop()
            self.player.play()
        elif self.player.is_playing():
            self.player.set_pause(1)
        else:
            self._hold = None
            self.player.set_pause(0)

    def stop(self) -> None:
        self._hold = None
        if self.player is not None:
            self.player.stop()
            self._poll.stop()

    def time(self) -> float:
        """Seconds into the media: where frame steps left it, else libvlc's time."""
        if self._hold is not None:
            return self._hold.at()
        value = self.player.get_time() if self.player is not None else -1
        return max(0.0, value / 1000)

    def length(self) -> float:
        value = self.player.get_length() if self.player is not None else -1
        return max(0.0, value / 1000)

    def seek(self, seconds: float) -> None:
        if self.player is None:
            return
        length = self.length()
        if length:
            seconds = min(seconds, max(0.0, length - 0.05))
        self._hold = None
        self.player.set_time(int(max(0.0, seconds) * 1000))
        self.timeChanged.emit(max(0.0, seconds))

    def jump(self, delta: float) -> None:
        self.seek(self.time() + delta)

    def next_frame(self, fps: float | None = None) -> None:
        """Pause and show the next frame; ``time()`` is one frame at ``fps`` (25 if unknown)
        on from the position before."""
        if self._step(1, fps):
            self.player.next_frame()  # pauses and shows the next frame
            # the engine as context: never run once the player (its parent) is gone
            QTimer.singleShot(60, self, self._emit_time)

    def previous_frame(self, fps: float | None) -> None:
        """libvlc cannot step back: pause and seek one frame earlier. The picture lands a few
        frames early (libvlc 3); ``time()`` is the frame asked for."""
        if self._step(-1, fps):
            self.pause()
            self.player.set_time(round(self.time() * 1000))
            self.timeChanged.emit(self.time())

    def _step(self, frames: int, fps: float | None) -> bool:
        """Move the held position ``frames`` on; False when there is no player or it would
        leave the media."""
        if self.player is None:
            return False
        hold = self._hold or FrameHold(self.time(), 0, fps or 25.0)
        moved = hold.step(frames, self.length())
        if moved is hold:
            return False
        self._hold = moved
        return True

    def rate(self) -> float:
        return float(self.player.get_rate()) if self.player is not None else 1.0

    def step_rate(self, direction: int) -> float:
        current = self.rate()
        index = min(range(len(RATES)), key=lambda i: abs(RATES[i] - current))
        rate = RATES[max(0, min(len(RATES) - 1, index + direction))]
        if self.player is not None:
            self.player.set_rate(rate)
        return rate

    def volume(self) -> int:
        return self._volume

    def set_volume(self, volume: int) -> None:
        """0-100; kept here because libvlc forgets it while no audio output exists."""
        self._volume = max(0, min(100, volume))
        if self.player is not None:
            self.player.audio_set_volume(self._volume)

    def is_muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self.player is not None:
            self.player.audio_set_mute(muted)

    def release(self) -> None:
        """Stop and free the player and the instance (safe to call twice)."""
        if self.player is None:
            return
        self._poll.stop()
        player, self.player = self.player, None
        try:
            manager = player.event_manager()
            for event_type in self._events:
                manager.event_detach(event_type)
            player.stop()
            player.release()
        finally:
            self.instance.release()
            self.instance = None
