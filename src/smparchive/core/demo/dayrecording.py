"""A day-long room recording in miniature: several sessions in one file (PyAV, H.264 + AAC).

Each session is a scene of its own colour with a moving speaker and room sound; between
sessions the stream goes black and silent for a moment, as a livestream capture does during
a changeover. The changes fall at known seconds, so the demo and the tests can check that
segment proposals find them. Small pictures and a low frame rate keep it quick to write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from smparchive.core.demo.video import video_codec

BLACK_S = 1.0  # black pictures before each change
SILENCE_S = 2.0  # silence before each change
SAMPLE_RATE = 16000


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
) -> str:
    """Encode the recording; changes (black + silence, then a new scene) at each part's
    start except the first. Returns the video codec used."""
    codec = video_codec()
    w, h = size
    changes = [p.start_s for p in parts[1:]]
    starts = [p.start_s for p in parts]
    container = av.open(str(path), "w", format="mp4")
    try:
        container.metadata["creation_time"] = created_utc.astimezone(UTC).strftime(
            "%Y-%m-%dT%H:%M:%S.000000Z"
        )
        if title:
            container.metadata["title"] = title
        video = container.add_stream(codec, rate=fps)
        video.width, video.height, video.pix_fmt = w, h, "yuv420p"
        video.codec_context.thread_count = 1
        video.codec_context.gop_size = max(1, int(gop_s * fps))
        if codec == "libx264":
            video.options = {"preset": "ultrafast", "crf": "32", "sc_threshold": "0"}
        audio = container.add_stream("aac", rate=SAMPLE_RATE)
        audio.layout = "mono"
        ys, xs = np.mgrid[0:h, 0:w]
        total = int(seconds * fps)
        for index in range(total):
            t = index / fps
            black = any(c - BLACK_S <= t < c for c in changes)
            if black:
                picture = np.full((h, w, 3), 4, dtype=np.uint8)
            else:
                n = max(i for i, s in enumerate(starts) if s <= t + 1e-9) if t >= starts[0] else 0
                picture = _stage(parts[n].colour, t, xs, ys, w, h)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
        _audio(container, audio, seconds, changes)
    finally:
        container.close()
    return "h264" if codec == "libx264" else codec


def _stage(
    colour: tuple[int, int, int], t: float, xs: np.ndarray, ys: np.ndarray, w: int, h: int
) -> np.ndarray:
    picture = np.empty((h, w, 3), dtype=np.uint8)
    shade = (ys * 40 // max(1, h)).astype(np.int32)
    for c in range(3):
        picture[:, :, c] = np.clip(colour[c] - shade, 0, 255)
    # the speaker: a pale block pacing behind the lectern
    x = int(w * (0.3 + 0.1 * np.sin(t * 0.8)))
    picture[h // 3 : h * 2 // 3, max(0, x - 4) : x + 4] = (230, 190, 150)
    return picture


def _audio(
    container: av.container.OutputContainer,
    stream: av.AudioStream,
    seconds: float,
    changes: Sequence[float],
) -> None:
    """Room sound with speech-like level changes, silent before each change."""
    block = 1024
    total = int(seconds * SAMPLE_RATE)
    rng = np.random.default_rng(7)
    for start in range(0, total, block):
        n = min(block, total - start)
        t = (start + np.arange(block)) / SAMPLE_RATE
        voice = 0.08 * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
        noise = 0.01 * rng.standard_normal(block)
        samples = (voice + noise).astype(np.float32)
        for c in changes:
            samples[(t >= c - SILENCE_S) & (t < c)] = 0.0
        if n < block:
            samples[n:] = 0.0
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = start
        frame.time_base = Fraction(1, SAMPLE_RATE)
        container.mux(stream.encode(frame))
    container.mux(stream.encode(None))
