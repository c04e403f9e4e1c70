"""Cut a clip out of a recording without re-encoding: PyAV stream copy from the keyframe at
or before the start, MP4 with faststart, chapters and title; WebVTT chapters and a poster.

The source is only read. A clip starts on a keyframe, so it may begin up to one group of
pictures before the asked start; the result says where it really starts and ends.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol

import av

__all__ = ["ClipError", "ClipResult", "cut_clip", "poster_jpeg", "webvtt_chapters"]

_COPY_KINDS = ("video", "audio")


class CancelToken(Protocol):
    """What a cut checks between packets (core.progress.CancelToken fits; media imports
    nothing else of smparchive)."""

    def raise_if_cancelled(self) -> None: ...


class ClipError(Exception):
    """The clip cannot be cut (the message says why)."""


@dataclass(frozen=True, slots=True)
class ClipResult:
    """Where the written clip really starts and ends, in seconds of the source."""

    path: Path
    start_s: float  # the keyframe the clip starts on (at or before the asked start)
    end_s: float
    chapters: int  # chapters written into the MP4

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


def _seconds(value: int | None, time_base: Fraction | None) -> float | None:
    if value is None or time_base is None:
        return None
    return float(value * time_base)


def keyframe_before(source: Path | str, at_s: float) -> float:
    """The time of the last video keyframe at or before ``at_s`` (0 without video)."""
    with av.open(str(source)) as container:
        if not container.streams.video:
            return max(0.0, at_s)
        stream = container.streams.video[0]
        return _keyframe(container, stream, at_s)


def _keyframe(container: Any, stream: Any, at_s: float) -> float:
    tb = stream.time_base
    if at_s <= 0 or tb is None:
        return 0.0
    container.seek(int(at_s / tb), stream=stream, backward=True, any_frame=False)
    best = 0.0
    for packet in container.demux(stream):
        t = _seconds(packet.pts, tb)
        if t is None:
            continue
        if t > at_s + 1e-6:
            break
        if packet.is_keyframe:
            best = t
    return best


def cut_clip(
    source: Path | str,
    target: Path,
    start_s: float,
    end_s: float,
    *,
    title: str = "",
    chapters: Sequence[tuple[float, str]] = (),
    metadata: dict[str, str] | None = None,
    cancel: CancelToken | None = None,
) -> ClipResult:
    """Write ``target`` (MP4) holding ``start_s``..``end_s`` of ``source`` by stream copy.

    ``chapters`` are (seconds of the source, title); those inside the clip are written as
    MP4 chapters, shifted to the clip's time. Raises :class:`ClipError`.
    """
    if end_s <= start_s:
        raise ClipError(f"A clip must end after it starts ({start_s:.2f} s to {end_s:.2f} s).")
    try:
        with av.open(str(source)) as probe:
            video = probe.streams.video[0] if probe.streams.video else None
            begin = _keyframe(probe, video, start_s) if video is not None else max(0.0, start_s)
        with av.open(str(source)) as inp:
            return _copy(inp, target, begin, end_s, title, chapters, metadata or {}, cancel)
    except av.error.FFmpegError as exc:
        target.unlink(missing_ok=True)
        raise ClipError(f"The clip could not be cut from {Path(source).name}: {exc}") from exc


def _copy(
    inp: Any,
    target: Path,
    begin: float,
    end_s: float,
    title: str,
    chapters: Sequence[tuple[float, str]],
    metadata: dict[str, str],
    cancel: CancelToken | None,
) -> ClipResult:
    streams = [s for s in inp.streams if s.type in _COPY_KINDS]
    if not streams:
        raise ClipError("The recording has neither video nor audio.")
    video = next((s for s in streams if s.type == "video"), None)
    out = av.open(str(target), "w", format="mp4", options={"movflags": "+faststart"})
    written = 0
    last_end = begin
    try:
        if title:
            out.metadata["title"] = title
        for key, value in metadata.items():
            out.metadata[key] = value
        mapping = {s.index: out.add_stream_from_template(s) for s in streams}
        inside = [
            (at, name) for at, name in sorted(chapters) if begin - 1e-6 <= at < end_s and name
        ]
        marks = [max(at, begin) for at, _ in inside]
        if inside:
            out.set_chapters(
                [
                    {
                        "id": n + 1,
                        "start": round((marks[n] - begin) * 1000),
                        "end": round(
                            ((marks[n + 1] if n + 1 < len(marks) else end_s) - begin) * 1000
                        ),
                        "time_base": Fraction(1, 1000),
                        "metadata": {"title": name},
                    }
                    for n, (_, name) in enumerate(inside)
                ]
            )
        anchor = video if video is not None else streams[0]
        if begin > 0 and anchor.time_base is not None:
            inp.seek(int(begin / anchor.time_base), stream=anchor, backward=True, any_frame=False)
        shift: dict[int, int] = {}
        started_video = video is None
        done: set[int] = set()
        for n, packet in enumerate(inp.demux(*streams)):
            if cancel is not None and n % 500 == 0:
                cancel.raise_if_cancelled()
            if packet.dts is None or packet.pts is None or packet.stream.index not in mapping:
                continue
            tb = packet.stream.time_base
            t = float(packet.pts * tb)
            index = packet.stream.index
            if packet.stream.type == "video":
                if not started_video:
                    if not packet.is_keyframe or t < begin - 1e-3:
                        continue
                    started_video = True
                if t < begin - 1e-3:  # leading pictures of an open GOP: not decodable
                    continue
            elif not started_video or t < begin - 1e-3:
                continue
            if t >= end_s - 1e-6:
                done.add(index)
                if len(done) == len(mapping):
                    break
                continue
            if index not in shift:
                shift[index] = round(begin / tb)
            packet.pts -= shift[index]
            packet.dts -= shift[index]
            if packet.dts < 0 and packet.stream.type == "video":
                # B-frame reordering: decode times may precede the keyframe's time
                pass
            last_end = max(last_end, t + float((packet.duration or 0) * tb))
            packet.stream = mapping[index]
            out.mux(packet)
            written += 1
    finally:
        out.close()
    if written == 0:
        target.unlink(missing_ok=True)
        raise ClipError(f"Nothing of the recording lies between {begin:.2f} s and {end_s:.2f} s.")
    return ClipResult(target, round(begin, 3), round(min(last_end, end_s), 3), len(inside))


def _vtt_time(seconds: float) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def webvtt_chapters(
    chapters: Sequence[tuple[float, str]], clip_start: float, clip_end: float, title: str = ""
) -> str:
    """A WebVTT chapter track (HTML5 ``<track kind="chapters">``) in the clip's time; a
    clip without chapters gets one cue, its title, spanning the clip."""
    inside = [(at, n) for at, n in sorted(chapters) if clip_start - 1e-6 <= at < clip_end and n]
    if not inside:
        inside = [(clip_start, title or "Recording")]
    lines = ["WEBVTT", ""]
    for k, (at, name) in enumerate(inside):
        until = inside[k + 1][0] if k + 1 < len(inside) else clip_end
        start = max(at, clip_start) - clip_start
        lines += [
            f"chapter-{k + 1}",
            f"{_vtt_time(start)} --> {_vtt_time(until - clip_start)}",
            " ".join(name.replace("-->", "->").split()),
            "",
        ]
    return "\n".join(lines)


def poster_jpeg(source: Path | str, at_s: float, max_edge: int = 1280) -> bytes | None:
    """A JPEG of the first picture at or after ``at_s`` (None without video)."""
    with av.open(str(source)) as container:
        if not container.streams.video:
            return None
        stream = container.streams.video[0]
        if at_s > 0 and stream.time_base is not None:
            container.seek(int(at_s / stream.time_base), stream=stream, backward=True)
        for frame in container.decode(stream):
            if frame.time is not None and frame.time < at_s - 1e-3:
                continue
            image = frame.to_image()  # type: ignore[no-untyped-call]  # PyAV stub: untyped
            scale = max_edge / max(image.size)
            if scale < 1:
                size = (
                    max(1, math.floor(image.width * scale)),
                    max(1, math.floor(image.height * scale)),
                )
                image = image.resize(size)
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, "JPEG", quality=85)
            return buffer.getvalue()
    return None
