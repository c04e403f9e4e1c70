"""A day-long room recording in miniature: several sessions in one file (PyAV, H.264 + AAC).

Each session is a scene of its own colour with a moving speaker and room sound; before
each change the stream goes black (one group of pictures) and silent for a moment, as a
livestream capture does during a changeover. The changes fall at known seconds, so the demo
and the tests can check that segment proposals find them.

Hours of video are written in seconds: each distinct stretch (a scene's group of pictures,
the black one, a block of room sound, a block of silence) is encoded once, and the file is
assembled by copying those packets along the timeline with new timestamps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

from smparchive.core.demo.video import video_codec

BLACK_S = 1.0  # at least this much black before each change (one whole group of pictures)
SILENCE_S = 2.0  # silence before each change
SAMPLE_RATE = 16000
AUDIO_BLOCK = 1024  # samples per AAC packet
AUDIO_UNIT = 32  # packets encoded once per kind of sound, then repeated


@dataclass(frozen=True, slots=True)
class Part:
    """One stretch of the recording: a session on stage from ``start_s`` on."""

    start_s: float
    colour: tuple[int, int, int]


def write_day_recording(
    path: Path,
    *,
    parts: Sequence[Part],
    seconds: float,
    created_utc: datetime,
    size: tuple[int, int] = (160, 90),
    fps: int = 10,
    gop_s: float = 2.0,
    title: str = "",
    sample_rate: int = SAMPLE_RATE,
) -> str:
    """Encode the recording; a change (black + silence, then a new scene) at each part's
    start except the first. Parts should start on whole groups of pictures (multiples of
    ``gop_s``): a scene is copied one group at a time. Returns the video codec used."""
    codec = video_codec()
    changes = [p.start_s for p in parts[1:]]
    gop = max(1, round(gop_s * fps))
    container = av.open(str(path), "w", format="mp4")
    try:
        container.metadata["creation_time"] = created_utc.astimezone(UTC).strftime(
            "%Y-%m-%dT%H:%M:%S.000000Z"
        )
        if title:
            container.metadata["title"] = title
        video = container.add_stream(codec, rate=fps)
        video.width, video.height, video.pix_fmt = size[0], size[1], "yuv420p"
        video.codec_context.thread_count = 1
        video.codec_context.gop_size = gop
        video.codec_context.max_b_frames = 0
        if codec == "libx264":
            video.options = {
                "preset": "ultrafast",
                "crf": "32",
                "x264-params": f"keyint={gop}:min-keyint={gop}:scenecut=0:bframes=0",
            }
        audio = container.add_stream("aac", rate=sample_rate)
        audio.layout = "mono"
        audio.bit_rate = 8000 if sample_rate <= 8000 else 16000 if sample_rate <= 16000 else 32000
        colours = list(dict.fromkeys(p.colour for p in parts))
        units = _video_units(video, colours, size, fps, gop)
        sounds = _audio_units(audio, sample_rate)
        _mux_video(container, video, units, parts, changes, seconds, fps, gop)
        _mux_audio(container, audio, sounds, changes, seconds, sample_rate)
    finally:
        container.close()
    return "h264" if codec == "libx264" else codec


def _stage(colour: tuple[int, int, int], k: int, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    ys = np.arange(h).reshape(-1, 1)
    picture = np.empty((h, w, 3), dtype=np.uint8)
    shade = ys * 40 // max(1, h)
    for c in range(3):
        picture[:, :, c] = np.clip(colour[c] - shade, 0, 255)
    # the speaker: a pale block pacing behind the lectern
    x = int(w * (0.3 + 0.05 * np.sin(k * 0.8)))
    picture[h // 3 : h * 2 // 3, max(0, x - 4) : x + 4] = (230, 190, 150)
    return picture


def _video_units(
    stream: Any, colours: Sequence[tuple[int, int, int]], size: tuple[int, int], fps: int, gop: int
) -> dict[tuple[int, int, int] | None, list[Any]]:
    """One group of pictures per scene colour, and one black (key None), encoded once."""
    keys: list[tuple[int, int, int] | None] = [*colours, None]
    black = np.full((size[1], size[0], 3), 4, dtype=np.uint8)
    packets: list[Any] = []
    for u, key in enumerate(keys):
        for k in range(gop):
            picture = black if key is None else _stage(key, k, size)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = u * gop + k
            frame.time_base = Fraction(1, fps)
            packets += stream.encode(frame)
    packets += stream.encode(None)
    out: dict[tuple[int, int, int] | None, list[Any]] = {k: [] for k in keys}
    for p in packets:
        out[keys[int(p.pts) // gop]].append(p)
    return out


def _audio_units(stream: Any, rate: int) -> dict[bool, list[bytes]]:
    """AAC packets of room sound (False) and of silence (True), encoded once."""
    rng = np.random.default_rng(7)
    packets: list[Any] = []
    total = 2 * (AUDIO_UNIT + 2)  # each kind plus a lead-in, so every kept packet is settled
    for n in range(total):
        silent = n >= AUDIO_UNIT + 2
        t = (n * AUDIO_BLOCK + np.arange(AUDIO_BLOCK)) / rate
        if silent:
            samples = np.zeros(AUDIO_BLOCK, dtype=np.float32)
        else:
            voice = 0.08 * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
            samples = (voice + 0.01 * rng.standard_normal(AUDIO_BLOCK)).astype(np.float32)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = rate
        frame.pts = n * AUDIO_BLOCK
        frame.time_base = Fraction(1, rate)
        packets += stream.encode(frame)
    packets += stream.encode(None)
    by_start = {int(p.pts) // AUDIO_BLOCK: bytes(p) for p in packets if p.pts is not None}
    lead = 2
    sound = [by_start[n] for n in range(lead, lead + AUDIO_UNIT) if n in by_start]
    quiet_from = AUDIO_UNIT + 2 + lead
    silence = [by_start[n] for n in range(quiet_from, quiet_from + AUDIO_UNIT) if n in by_start]
    return {False: sound, True: silence}


def _mux_video(
    container: Any,
    stream: Any,
    units: dict[tuple[int, int, int] | None, list[Any]],
    parts: Sequence[Part],
    changes: Sequence[float],
    seconds: float,
    fps: int,
    gop: int,
) -> None:
    unit_s = gop / fps
    count = int(seconds / unit_s + 0.5)
    for u in range(count):
        at = u * unit_s
        black = any(c - max(BLACK_S, unit_s) - 1e-6 <= at < c - 1e-6 for c in changes)
        current = max((p for p in parts if p.start_s <= at + 1e-6), key=lambda p: p.start_s)
        key = None if black else current.colour
        for source in units[key]:
            packet = av.Packet(bytes(source))
            offset = int(source.pts) % gop
            packet.pts = packet.dts = u * gop + offset
            packet.duration = 1
            packet.time_base = Fraction(1, fps)
            packet.is_keyframe = source.is_keyframe
            packet.stream = stream
            container.mux(packet)


def _mux_audio(
    container: Any,
    stream: Any,
    sounds: dict[bool, list[bytes]],
    changes: Sequence[float],
    seconds: float,
    rate: int,
) -> None:
    count = int(seconds * rate / AUDIO_BLOCK)
    for k in range(count):
        a, b = k * AUDIO_BLOCK / rate, (k + 1) * AUDIO_BLOCK / rate
        silent = any(a < c and b > c - SILENCE_S for c in changes)
        pattern = sounds[silent]
        packet = av.Packet(pattern[k % len(pattern)])
        packet.pts = packet.dts = k * AUDIO_BLOCK
        packet.duration = AUDIO_BLOCK
        packet.time_base = Fraction(1, rate)
        packet.stream = stream
        container.mux(packet)
