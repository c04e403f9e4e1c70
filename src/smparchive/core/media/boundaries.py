"""Where a recording most likely changes: scene cuts, black frames and silences near a time.

Only a window around each programme boundary is decoded (PyAV, video scaled to a tiny grey
picture a few times a second, audio as RMS levels), so a day-long recording costs a few
seconds per boundary. Pure: path in, facts out; no catalogue, no network, no model.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np

SAMPLE_HZ = 5.0  # video pictures compared per second
THUMB = (64, 36)  # grey picture compared (width, height)
SCENE_DIFF = 28.0  # mean absolute difference (0-255) between two pictures: a cut
BLACK_LUMA = 22.0  # mean luma below this: a black picture
SILENCE_DBFS = -45.0  # audio RMS below this: silence
AUDIO_STEP_S = 0.1  # RMS measured over this many seconds
MIN_SILENCE_S = 0.6  # shorter pauses are speech, not a break
COINCIDE_S = 1.2  # signals closer than this mark the same change


@dataclass(frozen=True, slots=True)
class WindowFacts:
    """What the analysis saw between ``start_s`` and ``end_s`` of the recording."""

    start_s: float
    end_s: float
    scene_cuts: tuple[float, ...] = ()
    black: tuple[tuple[float, float], ...] = ()  # (from, to) runs of black pictures
    silences: tuple[tuple[float, float], ...] = ()  # (from, to) runs of silence
    has_video: bool = False
    has_audio: bool = False
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A likely cut near a programme time, and what points to it."""

    time_s: float
    signals: tuple[str, ...] = field(default_factory=tuple)  # 'scene cut', 'end of silence'...

    def describe(self) -> str:
        return " + ".join(self.signals)


def _runs(
    flags: Sequence[tuple[float, bool]], step: float, minimum: float
) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    start: float | None = None
    last = 0.0
    for t, on in flags:
        if on and start is None:
            start = t
        elif not on and start is not None:
            if t - start >= minimum:
                out.append((start, t))
            start = None
        last = t
    if start is not None and last + step - start >= minimum:
        out.append((start, last + step))
    return out


def analyse_window(path: Path | str, start_s: float, end_s: float) -> WindowFacts:
    """Scene cuts, black runs and silences of the recording between two times (seconds)."""
    start_s = max(0.0, start_s)
    problems: list[str] = []
    cuts: list[float] = []
    pictures: list[tuple[float, bool]] = []
    levels: list[tuple[float, bool]] = []
    has_video = has_audio = False
    try:
        with av.open(str(path)) as container:
            if container.streams.video:
                has_video = True
                cuts, pictures = _video(container, start_s, end_s, path)
        with av.open(str(path)) as container:
            if container.streams.audio:
                has_audio = True
                levels = _audio(container, start_s, end_s)
    except (av.error.FFmpegError, OSError) as exc:  # a damaged file: say so, suggest nothing
        problems.append(f"The recording could not be analysed near {start_s:.0f} s: {exc}")
    return WindowFacts(
        start_s=start_s,
        end_s=end_s,
        scene_cuts=tuple(cuts),
        black=tuple(_runs(pictures, 1 / SAMPLE_HZ, 0.3)),
        silences=tuple(_runs(levels, AUDIO_STEP_S, MIN_SILENCE_S)),
        has_video=has_video,
        has_audio=has_audio,
        problems=tuple(problems),
    )


def _seek(container: Any, stream: Any, start_s: float) -> None:
    if start_s > 0 and stream.time_base is not None:
        container.seek(int(start_s / stream.time_base), stream=stream, backward=True)


def _video(
    container: Any, start_s: float, end_s: float, path: Path | str
) -> tuple[list[float], list[tuple[float, bool]]]:
    """Scene cuts and black samples: keyframes first (cheap: most pictures are never
    decoded), then every picture only between the keyframes where something changed."""
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    coarse = _pictures(container, stream, start_s, end_s, keyframes_only=True)
    if len(coarse) < 4:  # keyframes too far apart to narrow anything down: decode it all
        with av.open(str(path)) as full:
            full_stream = full.streams.video[0]
            full_stream.thread_type = "AUTO"
            return _compare(_pictures(full, full_stream, start_s, end_s, keyframes_only=False))
    spans: list[tuple[float, float]] = []
    for (ta, pa), (tb, pb) in itertools.pairwise(coarse):
        changed = float(np.abs(pb - pa).mean()) > SCENE_DIFF / 2
        black_edge = (float(pa.mean()) < BLACK_LUMA) != (float(pb.mean()) < BLACK_LUMA)
        if changed or black_edge:
            if spans and spans[-1][1] >= ta:
                spans[-1] = (spans[-1][0], tb)
            else:
                spans.append((ta, tb))
    samples = dict(coarse)
    for a, b in spans:
        with av.open(str(path)) as fine:
            fine_stream = fine.streams.video[0]
            fine_stream.thread_type = "AUTO"
            samples.update(_pictures(fine, fine_stream, a, b, keyframes_only=False))
    return _compare(sorted(samples.items()))


def _pictures(
    container: Any, stream: Any, start_s: float, end_s: float, *, keyframes_only: bool
) -> list[tuple[float, Any]]:
    """(time, small grey picture) of the video between two times, a few per second."""
    stream.codec_context.skip_frame = "NONKEY" if keyframes_only else "DEFAULT"
    _seek(container, stream, start_s)
    out: list[tuple[float, Any]] = []
    next_t = start_s
    for frame in container.decode(stream):
        if frame.time is None:
            continue
        t = float(frame.time)
        if t < next_t - 1e-6:
            continue
        if t > end_s:
            break
        next_t = t + 1 / SAMPLE_HZ
        grey = frame.reformat(width=THUMB[0], height=THUMB[1], format="gray").to_ndarray()
        out.append((t, grey.astype(np.float32)))
    return out


def _compare(pictures: Sequence[tuple[float, Any]]) -> tuple[list[float], list[tuple[float, bool]]]:
    cuts: list[float] = []
    flags: list[tuple[float, bool]] = []
    previous: Any = None
    for t, picture in pictures:
        flags.append((t, float(picture.mean()) < BLACK_LUMA))
        if previous is not None and float(np.abs(picture - previous).mean()) > SCENE_DIFF:
            cuts.append(t)
        previous = picture
    return cuts, flags


def _audio(container: Any, start_s: float, end_s: float) -> list[tuple[float, bool]]:
    stream = container.streams.audio[0]
    _seek(container, stream, start_s)
    rate = stream.rate or stream.codec_context.sample_rate or 48000
    step = max(1, int(rate * AUDIO_STEP_S))
    pending = np.zeros(0, dtype=np.float32)
    pending_t: float | None = None
    levels: list[tuple[float, bool]] = []
    for frame in container.decode(stream):
        if frame.time is None:
            continue
        t = float(frame.time)
        if t + frame.samples / rate < start_s:
            continue
        if t > end_s:
            break
        data = frame.to_ndarray().astype(np.float32)
        if data.ndim > 1:
            mono = (
                data.mean(axis=0)
                if frame.format.is_planar
                else data.reshape(-1, len(frame.layout.channels)).mean(axis=1)
            )
        else:
            mono = data
        if frame.format.name.startswith(("s16",)):
            mono = mono / 32768.0
        elif frame.format.name.startswith(("s32",)):
            mono = mono / 2147483648.0
        if pending_t is None:
            pending_t = t
        pending = np.concatenate([pending, mono])
        while len(pending) >= step:
            block, pending = pending[:step], pending[step:]
            rms = float(np.sqrt(np.mean(block * block)))
            dbfs = 20 * math.log10(rms) if rms > 0 else -120.0
            if pending_t >= start_s:
                levels.append((pending_t, dbfs < SILENCE_DBFS))
            pending_t += step / rate
    return levels


def suggest(facts: WindowFacts, programme_s: float, *, starting: bool) -> Suggestion | None:
    """The likeliest cut near ``programme_s``: where a session starts (``starting``: a scene
    cut, the end of a silence or of black) or ends (a cut, the start of a silence or black).

    Signals that coincide (within a second or so) outweigh a lone one; among equals the
    nearest to the programme's time wins. None when nothing was seen.
    """
    marks: list[tuple[float, str]] = [(t, "scene cut") for t in facts.scene_cuts]
    for a, b in facts.silences:
        if starting and b < facts.end_s - 0.05:
            marks.append((b, "end of silence"))
        if not starting and a > facts.start_s + 0.05:
            marks.append((a, "start of silence"))
    for a, b in facts.black:
        if starting and b < facts.end_s - 0.05:
            marks.append((b, "end of black"))
        if not starting and a > facts.start_s + 0.05:
            marks.append((a, "start of black"))
    if not marks:
        return None
    best: tuple[int, float, float, tuple[str, ...]] | None = None
    for t, _ in marks:
        near = [(u, what) for u, what in marks if abs(u - t) <= COINCIDE_S]
        kinds = tuple(dict.fromkeys(what for _, what in sorted(near)))
        # a session starts when the last of its signals has passed (black over, first
        # word, new picture) and ends when the first of them comes (silence falls)
        # (a scene cut, when there is one, is exact to the frame: it wins over sound levels)
        scenes = [u for u, what in near if what == "scene cut"]
        if starting:
            cut = max(scenes) if scenes else max(u for u, _ in near)
        else:
            cut = min(u for u, _ in near)
        score = (len(kinds), -abs(cut - programme_s), cut, kinds)
        if best is None or score[:2] > best[:2]:
            best = score
    assert best is not None
    return Suggestion(time_s=round(best[2], 3), signals=best[3])
