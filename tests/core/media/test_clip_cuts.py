"""Clips whose start falls between keyframes: a smart cut re-encodes only the pictures up to
the next keyframe and copies the rest; a precise cut re-encodes the whole clip; both open on
the picture at the cut. The test recording numbers its pictures (ten bits drawn as blocks),
so the first picture of a clip says exactly where it starts."""

from __future__ import annotations

import hashlib
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import av.logging
import numpy as np
import pytest

from smparchive.core.media.clips import ClipError, CutMode, cut_clip

W, H, BITS = 160, 96, 10
FPS, GOP, SECONDS = 25, 25, 12  # a keyframe every second


def _picture(n: int) -> np.ndarray:
    img = np.full((H, W, 3), 40, np.uint8)
    for b in range(BITS):
        if n >> b & 1:
            img[8:40, b * 16 : (b + 1) * 16] = 235
    img[48:, :, 0] = (n * 29) % 256
    return img


def _number(frame: Any) -> int:
    a = frame.to_ndarray(format="rgb24")
    return sum(1 << b for b in range(BITS) if a[12:36, b * 16 + 3 : (b + 1) * 16 - 3].mean() > 128)


def _write(path: Path, codec: str = "libx264", bframes: int = 2, pix_fmt: str = "yuv420p") -> Path:
    c = av.open(str(path), "w", format="mp4")
    v = c.add_stream(codec, rate=FPS)
    v.width, v.height, v.pix_fmt = W, H, pix_fmt
    v.codec_context.gop_size = GOP
    if codec == "libx264":
        v.options = {
            "preset": "fast",
            "x264-params": f"keyint={GOP}:min-keyint={GOP}:scenecut=0:bframes={bframes}",
        }
    else:
        v.bit_rate = 2_000_000
    a = c.add_stream("aac", rate=48000)
    a.layout = "stereo"
    for n in range(SECONDS * FPS):
        f = av.VideoFrame.from_ndarray(_picture(n), format="rgb24").reformat(format=pix_fmt)
        f.pts, f.time_base = n, Fraction(1, FPS)
        c.mux(v.encode(f))
    c.mux(v.encode(None))
    for k in range(SECONDS * 48000 // 1024):
        t = (k * 1024 + np.arange(1024)) / 48000
        s = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
        f = av.AudioFrame.from_ndarray(np.stack([s, s]), format="fltp", layout="stereo")
        f.sample_rate, f.pts, f.time_base = 48000, k * 1024, Fraction(1, 48000)
        c.mux(a.encode(f))
    c.mux(a.encode(None))
    c.close()
    return path


@pytest.fixture(scope="module")
def h264(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("cut") / "room.mp4")


def _state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _decode(path: Path) -> dict[str, Any]:
    """Every picture's number and time, audio's first and last time, and what the decoder
    complained about (errors and warnings), from a decode of the whole clip."""
    av.logging.set_level(av.logging.WARNING)
    try:
        with av.logging.Capture() as logs, av.open(str(path)) as c:
            numbers, times = [], []
            for frame in c.decode(video=0):
                numbers.append(_number(frame))
                times.append(frame.time)
            duration = float(c.duration) / 1e6
            chapters = [ch["metadata"].get("title") for ch in c.chapters()]
        with av.open(str(path)) as c:
            audio = [f.time for f in c.decode(audio=0)]
    finally:
        av.logging.set_level(None)
    complaints = [m for level, _, m in logs if level <= av.logging.WARNING]
    return {
        "numbers": numbers,
        "times": times,
        "duration": duration,
        "audio": audio,
        "complaints": complaints,
        "chapters": chapters,
    }


def _video_packets(path: Path) -> list[bytes]:
    with av.open(str(path)) as c:
        return [bytes(p) for p in c.demux(video=0) if p.size]


def test_smart_cut_opens_on_the_picture_at_the_cut_and_copies_the_rest(
    h264: Path, tmp_path: Path
) -> None:
    before = _state(h264)
    out = tmp_path / "smart.mp4"
    # 3.50 s is half-way through picture 87 (3.48 s); keyframes at 3 s and 4 s
    result = cut_clip(h264, out, 3.50, 9.0, title="Roundtable", chapters=[(5.0, "Ann")])
    assert result.method == "smart"
    assert result.start_s == pytest.approx(3.48, abs=1e-3)
    assert result.reencoded_s == pytest.approx(0.52, abs=1e-3)  # pictures 87..99 only
    got = _decode(out)
    # the clip opens on picture 87 (not on the keyframe, picture 75) and every picture up
    # to the end follows in order: nothing lost or doubled at the splice
    assert got["numbers"] == list(range(87, 225))
    assert got["times"] == sorted(got["times"]) and got["times"][0] == 0.0
    assert got["complaints"] == []
    assert got["duration"] == pytest.approx(9.0 - 3.48, abs=0.05)
    assert 0.0 <= got["audio"][0] < 1024 / 48000  # audio from the cut, within one packet
    assert got["audio"][-1] == pytest.approx(9.0 - 3.48, abs=0.05)
    assert got["chapters"] == ["Ann"]
    # past the re-encoded head the pictures are the recording's own, bit for bit
    source = set(_video_packets(h264))
    copied = _video_packets(out)[13:]
    assert copied and all(p in source for p in copied[1:])
    assert copied[0].endswith(_video_packets(h264)[100])  # the keyframe, parameter sets ahead
    assert _state(h264) == before  # the recording is only read


def test_precise_cut_is_exact_for_pictures_and_sound(h264: Path, tmp_path: Path) -> None:
    before = _state(h264)
    out = tmp_path / "precise.mp4"
    ticks: list[float] = []
    result = cut_clip(h264, out, 3.50, 9.0, mode=CutMode.PRECISE, progress=ticks.append)
    assert result.method == "precise" and result.note == ""
    got = _decode(out)
    assert got["numbers"] == list(range(87, 225))
    assert got["complaints"] == []
    assert got["audio"][0] == 0.0  # cut to the sample
    assert got["duration"] == pytest.approx(9.0 - 3.48, abs=0.03)
    assert ticks and ticks == sorted(ticks) and 0 < ticks[-1] <= 1
    assert _state(h264) == before


def test_keyframe_mode_and_a_cut_on_a_keyframe_copy_only(h264: Path, tmp_path: Path) -> None:
    ticks: list[float] = []
    early = cut_clip(
        h264, tmp_path / "k.mp4", 3.50, 6.0, mode=CutMode.KEYFRAME, progress=ticks.append
    )
    assert ticks and all(0 <= t <= 1 for t in ticks)  # long copies report progress too
    assert (early.method, early.start_s) == ("copy", 3.0)  # says it opens half a second early
    assert _decode(tmp_path / "k.mp4")["numbers"][0] == 75
    on_key = cut_clip(h264, tmp_path / "o.mp4", 4.0, 6.0)
    assert (on_key.method, on_key.reencoded_s) == ("copy", 0.0)
    assert _decode(tmp_path / "o.mp4")["numbers"] == list(range(100, 150))


def test_a_clip_inside_one_group_of_pictures_is_cut_precisely(h264: Path, tmp_path: Path) -> None:
    result = cut_clip(h264, tmp_path / "short.mp4", 5.2, 5.8)
    assert result.method == "precise" and "shorter" in result.note
    assert _decode(tmp_path / "short.mp4")["numbers"] == list(range(130, 145))


def test_a_recording_that_cannot_be_spliced_is_cut_precisely(tmp_path: Path) -> None:
    source = _write(tmp_path / "mpeg4.mp4", codec="mpeg4")
    before = _state(source)
    result = cut_clip(source, tmp_path / "c.mp4", 3.50, 6.0)
    # honest: not a clip opening early, but a full re-encode, and the reason
    assert result.method == "precise" and "H.264" in result.note
    got = _decode(tmp_path / "c.mp4")
    assert got["numbers"] == list(range(87, 150))
    assert _state(source) == before


def test_a_10_bit_recording_is_spliced_in_10_bit(tmp_path: Path) -> None:
    source = _write(tmp_path / "ten.mp4", pix_fmt="yuv420p10le")
    result = cut_clip(source, tmp_path / "c.mp4", 3.50, 6.0)
    assert result.method == "smart"
    got = _decode(tmp_path / "c.mp4")
    assert got["numbers"] == list(range(87, 150)) and got["complaints"] == []
    with av.open(str(tmp_path / "c.mp4")) as c:
        assert c.streams.video[0].codec_context.pix_fmt == "yuv420p10le"


class _StopAfter:
    def __init__(self, calls: int) -> None:
        self.calls = calls

    def raise_if_cancelled(self) -> None:
        self.calls -= 1
        if self.calls < 0:
            raise KeyboardInterrupt("cancelled")


def test_a_cancelled_cut_leaves_no_file(h264: Path, tmp_path: Path) -> None:
    out = tmp_path / "gone.mp4"
    with pytest.raises(KeyboardInterrupt):
        cut_clip(h264, out, 3.5, 11.0, mode=CutMode.PRECISE, cancel=_StopAfter(5))
    assert not out.exists()
    with pytest.raises(ClipError):
        cut_clip(h264, out, 6.0, 5.0)
