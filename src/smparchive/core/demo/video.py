"""Write short session recordings with PyAV: holding frames, then the stage.

Each file opens like a real stream capture: a second of black, two seconds of colour bars
with a 1 kHz tone, then the speaker on stage with a lower-third caption. The container's
``creation_time`` is the session start in UTC, as recorders write it.
"""

from __future__ import annotations

import math
import random
import struct
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Literal

import av
from PIL import Image, ImageDraw

from smparchive.core.demo.scene import SceneSpec, draw_scene, drawable, font

SIZE = (640, 360)
FPS = 25
SAMPLE_RATE = 48000
_BARS = (
    (192, 192, 192),
    (192, 192, 0),
    (0, 192, 192),
    (0, 192, 0),
    (192, 0, 192),
    (192, 0, 0),
    (0, 0, 192),
)


def video_codec() -> Literal["libx264", "mpeg4"]:
    """H.264 through libx264 when this PyAV build has it, else MPEG-4 part 2."""
    try:
        av.codec.Codec("libx264", "w")
        return "libx264"
    except (av.codec.codec.UnknownCodecError, ValueError):
        return "mpeg4"


def _bars(caption: str) -> Image.Image:
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    w, h = SIZE
    for i, colour in enumerate(_BARS):
        draw.rectangle((i * w // 7, 0, (i + 1) * w // 7, int(h * 0.7)), fill=colour)
    draw.rectangle((0, int(h * 0.7), w, h), fill=(16, 16, 16))
    draw.text((24, int(h * 0.78)), caption, font=font(20), fill=(235, 235, 235))
    return image


def _tone_block(frequency: float, samples: int) -> bytes:
    """Float32 samples of a quiet sine, a whole number of periods long."""
    period = int(SAMPLE_RATE / frequency)
    values = [0.15 * math.sin(2 * math.pi * k / period) for k in range(period)]
    repeated = (values * (samples // period + 2))[: samples + period]
    return struct.pack(f"<{len(repeated)}f", *repeated)


def write_recording(
    path: Path,
    *,
    title: str,
    speaker: str,
    room_colour: tuple[int, int, int],
    created_utc: datetime,
    seed: int,
    seconds: float = 10.0,
    holding_s: float = 3.0,
) -> str:
    """Encode the recording to ``path`` (MP4); returns the video codec name used."""
    rng = random.Random(f"smparchive-demo-video:{seed}:{path.name}")
    codec = video_codec()
    stage = draw_scene(
        SceneSpec("stage", title, "", room_colour, speakers=0, audience=12), SIZE, rng
    )
    bars = _bars("SMP 2022 - recording starts shortly")
    black = Image.new("RGB", SIZE, (4, 4, 6))
    container = av.open(str(path), "w", format="mp4")
    try:
        container.metadata["creation_time"] = created_utc.astimezone(UTC).strftime(
            "%Y-%m-%dT%H:%M:%S.000000Z"
        )
        container.metadata["title"] = title
        video = container.add_stream(codec, rate=FPS)
        video.width, video.height, video.pix_fmt = SIZE[0], SIZE[1], "yuv420p"
        video.codec_context.thread_count = 1  # reproducible and light on a shared machine
        if codec == "libx264":
            video.options = {"preset": "veryfast", "crf": "30"}
        audio = container.add_stream("aac", rate=SAMPLE_RATE)
        audio.layout = "mono"
        total = int(seconds * FPS)
        for index in range(total):
            t = index / FPS
            if t < 1:
                image = black
            elif t < holding_s:
                image = bars
            else:
                image = _stage_frame(stage, t, title, speaker)
            frame = av.VideoFrame.from_image(image)  # type: ignore[no-untyped-call]  # PyAV stub: untyped
            frame.pts = index
            frame.time_base = Fraction(1, FPS)
            container.mux(video.encode(frame))
        _write_audio(container, audio, seconds, holding_s)
        container.mux(video.encode(None))
    finally:
        container.close()
    return "h264" if codec == "libx264" else codec


def _stage_frame(stage: Image.Image, t: float, title: str, speaker: str) -> Image.Image:
    frame = stage.copy()
    draw = ImageDraw.Draw(frame)
    w, h = SIZE
    x = w * (0.22 + 0.06 * math.sin(t * 0.9))  # the speaker paces behind the lectern
    base = h * 0.57
    draw.rounded_rectangle((x - 16, base - 50, x + 16, base), radius=6, fill=(30, 34, 48))
    draw.ellipse((x - 9, base - 70, x + 9, base - 52), fill=(224, 172, 130))
    draw.rectangle((0, h - 62, w * 0.8, h - 14), fill=(22, 54, 104))
    draw.text((14, h - 58), drawable(speaker), font=font(18), fill=(255, 255, 255))
    draw.text((14, h - 34), drawable(title)[:70], font=font(13), fill=(236, 176, 36))
    return frame


def _write_audio(
    container: av.container.OutputContainer,
    stream: av.AudioStream,
    seconds: float,
    holding_s: float,
) -> None:
    """1 kHz tone under the bars, then a low hum standing in for room sound."""
    block = 1024
    tone = _tone_block(1000.0, block)
    hum = _tone_block(100.0, block)
    silence = bytes(4 * block)
    total = int(seconds * SAMPLE_RATE)
    for start in range(0, total, block):
        t = start / SAMPLE_RATE
        if t < 1:
            data = silence
        else:
            source, period = (tone, 48) if t < holding_s else (hum, 480)
            offset = (start % period) * 4
            data = source[offset : offset + 4 * block]
        frame = av.AudioFrame(format="fltp", layout="mono", samples=block)
        frame.planes[0].update(data)
        frame.sample_rate = SAMPLE_RATE
        frame.pts = start
        frame.time_base = Fraction(1, SAMPLE_RATE)
        container.mux(stream.encode(frame))
    container.mux(stream.encode(None))
