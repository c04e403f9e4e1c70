"""Cut a clip out of a recording: MP4 with faststart, chapters and title; WebVTT chapters
and a poster. The source is only read.

Three ways to cut (:class:`CutMode`):

* ``smart`` (the default): a start on a keyframe is cut by stream copy alone. A start
  between keyframes re-encodes only the pictures from the cut to the next keyframe (H.264,
  same size and pixel format, encoded by libx264) and copies the rest, so the clip opens
  on the asked picture at the cost of re-encoding one group of pictures (a few seconds of
  video). The re-encoded head carries its own parameter sets in-band and the first copied
  keyframe gets the recording's back, so decoders switch cleanly. Only H.264 recordings
  whose keyframes are IDR pictures can be spliced; others, and a clip shorter than a
  group of pictures, are cut precisely instead (said in the result's ``method``). A splice
  is checked by decoding it; one that does not decode cleanly is redone precisely.
* ``precise``: the whole clip is decoded and re-encoded (H.264 + AAC); exact to the
  picture and the audio sample, but it costs a full encode (measured 0.6-0.7 s of CPU per second of
  1080p: tens of minutes for an hour on two cores, where the copy takes seconds).
* ``keyframe``: stream copy only; the clip starts on the keyframe at or before the asked
  start, so up to one group of pictures early (the fastest; the result says where it
  really starts).

Audio is copied from the first audio packet at or after the cut (within one packet, about
21 ms at 48 kHz) except in ``precise``, where it is cut to the sample.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol

import av
import numpy as np

from smparchive.core.media.cutmode import CutMode

__all__ = [
    "ClipError",
    "ClipResult",
    "CutMode",
    "cut_clip",
    "keyframe_before",
    "poster_jpeg",
    "webvtt_chapters",
]

_COPY_KINDS = ("video", "audio")
_EPS = 1e-6
PRECISE_CRF = "20"  # the full re-encode: visually close to a broadcast-quality source
HEAD_CRF = "16"  # the re-encoded head of a smart cut: a few seconds, kept close to the source


@functools.cache
def _x264_formats() -> frozenset[str]:
    """The pixel formats the wheel's libx264 encodes (empty without libx264)."""
    try:
        return frozenset(f.name for f in av.codec.Codec("libx264", "w").video_formats or ())
    except (av.error.FFmpegError, ValueError):
        return frozenset()


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
    start_s: float  # the first picture of the clip (a keyframe's in ``keyframe`` mode)
    end_s: float
    chapters: int  # chapters written into the MP4
    method: str = "copy"  # "copy", "smart" or "precise": how it was really cut
    reencoded_s: float = 0.0  # seconds of video re-encoded
    note: str = ""  # why a smart cut was done precisely, if it was

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


Progress = Callable[[float], None]


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


@dataclass(frozen=True, slots=True)
class _Gop:
    """The group of pictures a cut falls in (timestamps in the video stream's time base)."""

    key_pts: int  # the keyframe at or before the cut
    cut_pts: int  # the picture on screen at the cut
    next_pts: int | None  # the next keyframe (None: the recording ends first)
    next_dts: int | None
    next_idr: bool  # the next keyframe is an IDR picture (a clean splice point)


def _scan_gop(container: Any, stream: Any, start_s: float) -> _Gop:
    tb = stream.time_base
    if start_s > 0:
        container.seek(int(start_s / tb), stream=stream, backward=True, any_frame=False)
    key: int | None = None
    pictures: list[int] = []
    nal_size = _nal_length_size(stream)
    for packet in container.demux(stream):
        if packet.pts is None:
            continue
        t = float(packet.pts * tb)
        if packet.is_keyframe and (key is None or t <= start_s + _EPS):
            key, pictures = packet.pts, [packet.pts]
        elif key is None:
            continue
        elif packet.is_keyframe:
            on_screen = [p for p in pictures if float(p * tb) <= start_s + _EPS]
            cut = max(on_screen) if on_screen else key
            idr = nal_size is not None and 5 in _nal_types(bytes(packet), nal_size)
            return _Gop(key, cut, packet.pts, packet.dts, idr)
        elif packet.pts >= key:
            pictures.append(packet.pts)
    if key is None:
        raise ClipError(f"No picture of the recording lies at or after {start_s:.2f} s.")
    on_screen = [p for p in pictures if float(p * tb) <= start_s + _EPS]
    return _Gop(key, max(on_screen) if on_screen else key, None, None, False)


# -- H.264 bitstream: parameter sets from the MP4's avcC, Annex B to length-prefixed NALs


def _nal_length_size(stream: Any) -> int | None:
    """Bytes of each NAL's length in an MP4/MKV H.264 stream (None: not avcC H.264)."""
    extra = stream.codec_context.extradata
    if stream.codec_context.name != "h264" or not extra or extra[0] != 1 or len(extra) < 7:
        return None
    return int((extra[4] & 3) + 1)


def _avcc_parameter_sets(extradata: bytes, size: int) -> bytes:
    """The SPS and PPS of an avcC record, as length-prefixed NAL units."""
    out = bytearray()
    pos = 5
    for count_mask in (0x1F, 0xFF):
        count = extradata[pos] & count_mask
        pos += 1
        for _ in range(count):
            length = int.from_bytes(extradata[pos : pos + 2], "big")
            pos += 2
            out += length.to_bytes(size, "big") + extradata[pos : pos + length]
            pos += length
    return bytes(out)


def _nal_types(data: bytes, size: int) -> list[int]:
    types: list[int] = []
    pos = 0
    while pos + size <= len(data):
        length = int.from_bytes(data[pos : pos + size], "big")
        if length <= 0 or pos + size + length > len(data):
            break
        types.append(data[pos + size] & 0x1F)
        pos += size + length
    return types


_START_CODE = re.compile(b"\x00\x00\x01")


def _annexb_to_lengths(data: bytes, size: int) -> bytes:
    """Annex B (start codes, as libx264 writes) to length-prefixed NAL units."""
    starts = [m.end() for m in _START_CODE.finditer(data)]
    if not starts:
        return len(data).to_bytes(size, "big") + data
    out = bytearray()
    for k, begin in enumerate(starts):
        end = starts[k + 1] - 3 if k + 1 < len(starts) else len(data)
        nal = data[begin:end].rstrip(b"\x00")
        if nal:
            out += len(nal).to_bytes(size, "big") + nal
    return bytes(out)


# -- the output file


def _open_output(
    target: Path,
    title: str,
    metadata: dict[str, str],
    chapters: Sequence[tuple[float, str]],
    begin: float,
    end_s: float,
) -> tuple[Any, int]:
    # bitexact: no "Lavf..." encoder stamp (a published whole recording has none either)
    out = av.open(
        str(target), "w", format="mp4", options={"movflags": "+faststart", "fflags": "+bitexact"}
    )
    if title:
        out.metadata["title"] = title
    for key, value in metadata.items():
        out.metadata[key] = value
    inside = [(at, name) for at, name in sorted(chapters) if begin - 1e-6 <= at < end_s and name]
    marks = [max(at, begin) for at, _ in inside]
    if inside:
        out.set_chapters(
            [
                {
                    "id": n + 1,
                    "start": round((marks[n] - begin) * 1000),
                    "end": round(((marks[n + 1] if n + 1 < len(marks) else end_s) - begin) * 1000),
                    "time_base": Fraction(1, 1000),
                    "metadata": {"title": name},
                }
                for n, (_, name) in enumerate(inside)
            ]
        )
    return out, len(inside)


def cut_clip(
    source: Path | str,
    target: Path,
    start_s: float,
    end_s: float,
    *,
    mode: CutMode = CutMode.SMART,
    title: str = "",
    chapters: Sequence[tuple[float, str]] = (),
    metadata: dict[str, str] | None = None,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> ClipResult:
    """Write ``target`` (MP4) holding ``start_s``..``end_s`` of ``source``, cut as ``mode``
    says (see the module's text).

    ``chapters`` are (seconds of the source, title); those inside the clip are written as
    MP4 chapters, shifted to the clip's time. ``progress`` gets the fraction done of long
    (re-encoding) cuts. Raises :class:`ClipError`.
    """
    if end_s <= start_s:
        raise ClipError(f"A clip must end after it starts ({start_s:.2f} s to {end_s:.2f} s).")
    meta = metadata or {}
    try:
        with av.open(str(source)) as probe:
            video = probe.streams.video[0] if probe.streams.video else None
            if video is None or video.time_base is None:
                with av.open(str(source)) as inp:
                    return _copy(
                        inp,
                        target,
                        max(0.0, start_s),
                        end_s,
                        title,
                        chapters,
                        meta,
                        cancel,
                        progress,
                    )
            gop = _scan_gop(probe, video, start_s)
            tb = video.time_base
            nal_size = _nal_length_size(video)
            pix_fmt = video.codec_context.pix_fmt
        key_s = float(gop.key_pts * tb)
        if mode is CutMode.KEYFRAME or (mode is CutMode.SMART and gop.cut_pts == gop.key_pts):
            with av.open(str(source)) as inp:
                return _copy(inp, target, key_s, end_s, title, chapters, meta, cancel, progress)
        note = ""
        if mode is CutMode.SMART:
            if gop.next_pts is None or float(gop.next_pts * tb) >= end_s:
                note = "the clip is shorter than the group of pictures it starts in"
            elif nal_size is None:
                note = "only H.264 in MP4/MKV can be spliced"
            elif not gop.next_idr:
                note = "the next keyframe is not an IDR picture (open GOP)"
            elif not _x264_formats():
                note = "this PyAV has no H.264 encoder"
            elif pix_fmt not in _x264_formats():
                note = f"its pixel format {pix_fmt} cannot be encoded to splice"
            else:
                try:
                    with av.open(str(source)) as inp:
                        result = _smart(
                            inp, target, gop, end_s, title, chapters, meta, cancel, progress
                        )
                    why = _splice_problem(target, result)
                except av.error.FFmpegError as exc:  # the head could not be encoded
                    why = str(exc)
                if not why:
                    return result
                note = f"the splice did not decode cleanly ({why})"
        with av.open(str(source)) as inp:
            return _precise(inp, target, gop, end_s, title, chapters, meta, cancel, progress, note)
    except av.error.FFmpegError as exc:
        target.unlink(missing_ok=True)
        raise ClipError(f"The clip could not be cut from {Path(source).name}: {exc}") from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _copy(
    inp: Any,
    target: Path,
    begin: float,
    end_s: float,
    title: str,
    chapters: Sequence[tuple[float, str]],
    metadata: dict[str, str],
    cancel: CancelToken | None,
    progress: Progress | None = None,
) -> ClipResult:
    streams = [s for s in inp.streams if s.type in _COPY_KINDS]
    if not streams:
        raise ClipError("The recording has neither video nor audio.")
    video = next((s for s in streams if s.type == "video"), None)
    out, n_chapters = _open_output(target, title, metadata, chapters, begin, end_s)
    written = 0
    last_end = begin
    try:
        mapping = {s.index: out.add_stream_from_template(s) for s in streams}
        anchor = video if video is not None else streams[0]
        if begin > 0 and anchor.time_base is not None:
            inp.seek(int(begin / anchor.time_base), stream=anchor, backward=True, any_frame=False)
        # per stream, in its own ticks (Fraction arithmetic per packet cost more than the
        # copy itself): first and past-the-end timestamps, the shift to the clip's zero
        ticks = {s.index: _Ticks(s, begin, end_s, mapping[s.index]) for s in streams}
        video_index = video.index if video is not None else -1
        started_video = video is None
        done: set[int] = set()
        report_at = 0
        for n, packet in enumerate(inp.demux(*streams)):
            if cancel is not None and n % 500 == 0:
                cancel.raise_if_cancelled()
            index = packet.stream_index
            pts = packet.pts
            if pts is None or packet.dts is None or index in done or index not in ticks:
                continue
            k = ticks[index]
            if index == video_index:
                if not started_video:
                    if not packet.is_keyframe or pts < k.first:
                        continue
                    started_video = True
                if pts < k.first:  # leading pictures of an open GOP: not decodable
                    continue
            elif not started_video or pts < k.first:
                continue
            if pts >= k.past:
                # later pictures in decode order may still show earlier, but they lean on
                # this one, which is not written: the video stops here
                done.add(index)
                if len(done) == len(mapping):
                    break
                continue
            k.last = max(k.last, pts + (packet.duration or 0))
            if progress is not None and n >= report_at:
                report_at = n + 2000
                k.report(progress, pts)
            packet.pts = pts - k.shift
            packet.dts -= k.shift
            packet.stream = k.out
            out.mux(packet)
            written += 1
        last_end = max([last_end, *(k.end_s() for k in ticks.values() if k.last)])
    finally:
        out.close()
    if written == 0:
        target.unlink(missing_ok=True)
        raise ClipError(f"Nothing of the recording lies between {begin:.2f} s and {end_s:.2f} s.")
    return ClipResult(target, round(begin, 3), round(min(last_end, end_s), 3), n_chapters)


class _Ticks:
    """A copied stream's bounds in its own time base (integers compare fast): packets
    from ``begin`` (less a millisecond) up to ``end_s``, shifted so ``begin`` is zero."""

    __slots__ = ("first", "last", "out", "past", "shift", "tb")

    def __init__(self, stream: Any, begin: float, end_s: float, out: Any) -> None:
        self.tb = stream.time_base
        unit = float(self.tb)
        self.first = (begin - 1e-3) / unit  # pts below: before the clip
        self.past = (end_s - 1e-6) / unit  # pts from: after it
        self.shift = round(begin / unit)
        self.out = out
        self.last = 0  # the end of the last packet written (pts + duration)

    def end_s(self) -> float:
        return float(self.last * self.tb)

    def report(self, progress: Progress, pts: int) -> None:
        """The fraction of the clip copied, by this packet's time."""
        span = (self.past - self.shift) or 1
        progress(min(1.0, max(0.0, (pts - self.shift) / span)))


def _head_encoder(stream: Any, frame: Any, crf: str) -> Any:
    """A libx264 encoder matching the recording's pictures, in its time base."""
    ctx = av.CodecContext.create("libx264", "w")
    ctx.width, ctx.height = frame.width, frame.height
    ctx.pix_fmt = frame.format.name
    ctx.time_base = stream.time_base
    rate = stream.average_rate or stream.guessed_rate
    if rate:
        ctx.framerate = rate
    ctx.thread_count = 0
    ctx.options = {
        "preset": "veryfast",
        "crf": crf,
        "x264-params": "bframes=0:scenecut=0:keyint=100000:min-keyint=100000",
    }
    if stream.codec_context.sample_aspect_ratio:
        ctx.sample_aspect_ratio = stream.codec_context.sample_aspect_ratio
    return ctx


def _smart(
    inp: Any,
    target: Path,
    gop: _Gop,
    end_s: float,
    title: str,
    chapters: Sequence[tuple[float, str]],
    metadata: dict[str, str],
    cancel: CancelToken | None,
    progress: Progress | None = None,
) -> ClipResult:
    """Re-encode the cut picture up to the next keyframe, then copy from that keyframe."""
    video = inp.streams.video[0]
    audios = list(inp.streams.audio)
    tb = video.time_base
    assert gop.next_pts is not None and gop.next_dts is not None
    size = _nal_length_size(video)
    assert size is not None
    cut_s = float(gop.cut_pts * tb)
    # 1. the head: decode from the keyframe before the cut, encode from the cut on
    inp.seek(gop.key_pts, stream=video, backward=True, any_frame=False)
    encoder: Any = None
    head: list[Any] = []
    for frame in inp.decode(video):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if frame.pts is None or frame.pts < gop.cut_pts:
            continue
        if frame.pts >= gop.next_pts:
            break
        if encoder is None:
            encoder = _head_encoder(video, frame, HEAD_CRF)
        frame.pict_type = av.video.frame.PictureType.NONE
        head += encoder.encode(frame)
    if encoder is None:
        raise ClipError(f"No picture could be decoded at {cut_s:.2f} s.")
    head += encoder.encode(None)
    # decode times ahead of presentation in the copied part (B-frames): the head's follow
    lead = max(0, gop.next_pts - gop.next_dts)
    out, n_chapters = _open_output(target, title, metadata, chapters, cut_s, end_s)
    last_end = cut_s
    try:
        ov = out.add_stream_from_template(video)
        oa = {a.index: out.add_stream_from_template(a) for a in audios}
        for p in head:
            packet = av.Packet(_annexb_to_lengths(bytes(p), size))
            packet.pts = p.pts - gop.cut_pts
            packet.dts = (p.dts if p.dts is not None else p.pts) - gop.cut_pts - lead
            packet.duration = p.duration
            packet.is_keyframe = p.is_keyframe
            packet.time_base = tb
            packet.stream = ov
            out.mux(packet)
        # 2. the rest, copied from the next keyframe (the audio from the cut)
        back = _seconds(gop.key_pts, tb) or 0.0
        inp.seek(int(back / tb), stream=video, backward=True, any_frame=False)
        params = _avcc_parameter_sets(bytes(video.codec_context.extradata), size)
        spliced = False
        done: set[int] = set()
        ticks = {a.index: _Ticks(a, cut_s, end_s, oa[a.index]) for a in audios}
        for k in ticks.values():
            k.first = (cut_s - _EPS) / float(k.tb)  # audio from the first packet at the cut
        vt = _Ticks(video, cut_s, end_s, ov)
        vt.first, vt.shift = gop.next_pts, gop.cut_pts  # copied from the next keyframe on
        ticks[video.index] = vt
        report_at = 0
        for n, packet in enumerate(inp.demux(video, *audios)):
            if cancel is not None and n % 500 == 0:
                cancel.raise_if_cancelled()
            index = packet.stream_index
            pts = packet.pts
            if pts is None or packet.dts is None or index in done or index not in ticks:
                continue
            k = ticks[index]
            if pts < k.first:  # the head (re-encoded) and leading pictures; audio before
                continue
            if pts >= k.past:
                done.add(index)
                if len(done) == len(ticks):
                    break
                continue
            if index == video.index and not spliced:
                # the keyframe brings the recording's parameter sets back in-band
                first: Any = av.Packet(params + bytes(packet))
                first.pts, first.dts = packet.pts, packet.dts
                first.duration = packet.duration
                first.is_keyframe = True
                first.time_base = k.tb
                packet = first
                spliced = True
            k.last = max(k.last, pts + (packet.duration or 0))
            if progress is not None and n >= report_at:
                report_at = n + 2000
                k.report(progress, pts)
            packet.pts = pts - k.shift
            packet.dts -= k.shift
            packet.stream = k.out
            out.mux(packet)
        last_end = max([last_end, *(k.end_s() for k in ticks.values() if k.last)])
    finally:
        out.close()
    head_s = float((gop.next_pts - gop.cut_pts) * tb)
    if not spliced:  # nothing after the head: the next keyframe lies past the end
        last_end = max(last_end, cut_s + head_s)
    return ClipResult(
        target, round(cut_s, 3), round(min(last_end, end_s), 3), n_chapters, "smart", head_s
    )


def _splice_problem(target: Path, result: ClipResult) -> str:
    """Why the spliced clip does not decode cleanly around the splice ('' when it does):
    pictures decode from the start through a second past the splice, in order."""
    until = result.reencoded_s + 1.0
    last: int | None = None
    count = 0
    try:
        with av.open(str(target)) as c:
            stream = c.streams.video[0]
            for frame in c.decode(stream):
                if frame.pts is None:
                    return "a picture without time"
                if last is not None and frame.pts <= last:
                    return "pictures out of order"
                last = frame.pts
                count += 1
                if frame.time is not None and frame.time >= until:
                    break
            first_ok = count > 0
    except av.error.FFmpegError as exc:
        return str(exc)
    if not first_ok:
        return "no picture decodes"
    return ""


def _precise(
    inp: Any,
    target: Path,
    gop: _Gop,
    end_s: float,
    title: str,
    chapters: Sequence[tuple[float, str]],
    metadata: dict[str, str],
    cancel: CancelToken | None,
    progress: Progress | None,
    note: str,
) -> ClipResult:
    """Decode and re-encode the clip: video from the picture at the cut, audio to the sample."""
    video = inp.streams.video[0]
    audio = inp.streams.audio[0] if inp.streams.audio else None
    tb = video.time_base
    cut_s = float(gop.cut_pts * tb)
    span = max(end_s - cut_s, 1e-3)
    out, n_chapters = _open_output(target, title, metadata, chapters, cut_s, end_s)
    oa: Any = None
    last_end = cut_s
    frames = 0
    try:
        ctx = video.codec_context
        encoder = out.add_stream("libx264", rate=video.average_rate or video.guessed_rate or 25)
        encoder.width, encoder.height = ctx.width, ctx.height
        pix_fmt = ctx.pix_fmt if ctx.pix_fmt in _x264_formats() else "yuv420p"
        encoder.pix_fmt = pix_fmt
        encoder.time_base = tb
        encoder.codec_context.time_base = tb
        encoder.options = {"preset": "veryfast", "crf": PRECISE_CRF}
        if audio is not None:
            oa = out.add_stream("aac", rate=audio.sample_rate)
            oa.layout = audio.layout.name
            oa.bit_rate = max(audio.bit_rate or 0, 96_000 if audio.channels < 2 else 128_000)
        inp.seek(gop.key_pts, stream=video, backward=True, any_frame=False)
        video_done = False
        audio_done = audio is None
        streams = [video] + ([audio] if audio is not None else [])
        for packet in inp.demux(*streams):
            if cancel is not None:
                cancel.raise_if_cancelled()
            is_video = packet.stream.index == video.index
            if (is_video and video_done) or (not is_video and audio_done):
                continue
            for frame in packet.decode():
                if is_video:
                    if frame.pts is None or frame.pts < gop.cut_pts:
                        continue
                    t = float(frame.pts * tb)
                    if t >= end_s - _EPS:
                        video_done = True
                        break
                    if (frame.width, frame.height, frame.format.name) != (
                        ctx.width,
                        ctx.height,
                        pix_fmt,
                    ):
                        pts = frame.pts
                        frame = frame.reformat(ctx.width, ctx.height, pix_fmt)
                        frame.pts, frame.time_base = pts, tb
                    frame.pts -= gop.cut_pts
                    frame.pict_type = av.video.frame.PictureType.NONE
                    out.mux(encoder.encode(frame))
                    frames += 1
                    rate = video.average_rate or 25
                    last_end = max(last_end, t + 1 / float(rate))
                    if progress is not None and frames % 25 == 0:
                        progress(min(1.0, (t - cut_s) / span))
                else:
                    trimmed = _trim_audio(frame, cut_s, end_s)
                    if trimmed is None:
                        if frame.time is not None and frame.time >= end_s:
                            audio_done = True
                        continue
                    out.mux(oa.encode(trimmed))
            if video_done and audio_done:
                break
        out.mux(encoder.encode(None))
        if oa is not None:
            out.mux(oa.encode(None))
    finally:
        out.close()
    if frames == 0:
        target.unlink(missing_ok=True)
        raise ClipError(f"Nothing of the recording lies between {cut_s:.2f} s and {end_s:.2f} s.")
    return ClipResult(
        target,
        round(cut_s, 3),
        round(min(last_end, end_s), 3),
        n_chapters,
        "precise",
        round(min(last_end, end_s) - cut_s, 3),
        note,
    )


def _trim_audio(frame: Any, cut_s: float, end_s: float) -> Any:
    """The samples of ``frame`` between the cut and the end, timed from the cut (None: none)."""
    if frame.time is None or not frame.samples:
        return None
    rate = frame.sample_rate
    t0 = float(frame.time)
    first = max(0, round((cut_s - t0) * rate))
    last = min(frame.samples, round((end_s - t0) * rate))
    if last <= first:
        return None
    data = frame.to_ndarray()
    if frame.format.is_planar:
        part = data[:, first:last]
    else:
        channels = len(frame.layout.channels)
        part = data[:, first * channels : last * channels]
    trimmed = av.AudioFrame.from_ndarray(
        np.ascontiguousarray(part), format=frame.format.name, layout=frame.layout.name
    )
    trimmed.sample_rate = rate
    trimmed.pts = round((t0 - cut_s) * rate) + first
    trimmed.time_base = Fraction(1, rate)
    return trimmed


def _vtt_time(seconds: float) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _vtt_text(name: str) -> str:
    """A title as cue text: one line, '&', '<' and '>' escaped (a WebVTT reader would take
    'Q<A' for a tag), no '-->'."""
    one = " ".join(name.replace("-->", "->").split())
    return one.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
            _vtt_text(name),
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
