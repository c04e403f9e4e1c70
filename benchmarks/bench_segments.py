"""Segments of a day recording: proposal (cut analysis) and clip export, against ffmpeg.

Usage: python benchmarks/bench_segments.py [--hours 8] [--height 1080] [--fps 25]
                                           [--sessions 8] [--clip-minutes 60] [--keep DIR]
                                           [--rounds 3] [--no-proposal] [--precise-seconds 60]

Writes a synthetic H.264 + AAC day recording of ``--hours`` at ``--height`` (16:9), with
a change (black, silence, new scene) at every session boundary, each a little late against
the programme. Hours of video are written quickly: distinct groups of pictures are encoded
once and copied along the timeline (core/demo/dayrecording.py), so the file decodes like a
real stream but is nearly static within each session.

Then prints:
- the proposal for ``--sessions`` back-to-back sessions (analysis of +/- 2 min around each
  of the boundaries), its wall and CPU time, and how far each cut is from the real change;
- the keyframe-aligned export of a ``--clip-minutes`` segment (stream copy, MP4, faststart,
  chapters) and the same cut by ``ffmpeg -ss -to -c copy -movflags +faststart`` (the peer;
  ``apt-get install ffmpeg``), interleaved for ``--rounds`` rounds, each output's duration
  and first picture read back by PyAV, and the medians;
- the same clip from a start between keyframes (smart cut: the head re-encoded), and the
  cost of a precise full re-encode per second of clip (``--precise-seconds`` of it).
The load average is printed before and after: on a shared machine wall times swell.

Targets (issue 17): proposal for 8 h of 1080p under 60 s; a 60-minute clip under 10 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import av

from smparchive.core.catalog.records import SessionRecord
from smparchive.core.demo.dayrecording import Part, write_day_recording
from smparchive.core.media.clips import CutMode, cut_clip
from smparchive.core.organise.segments import programme_cuts, refine_cuts

START = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
LATE_S = 48.0  # every session really starts this late against the programme


def _timed(fn: object, *args: object, **kw: object) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn(*args, **kw)  # type: ignore[operator]
    return value, time.perf_counter() - wall, time.process_time() - cpu


def _proposal(path: Path, cuts: list[object], seconds: float, changes: list[float]) -> None:
    refined, wall, cpu = _timed(refine_cuts, path, cuts, seconds)
    errors = [abs(c.start_s - real) for c, real in zip(refined[1:], changes, strict=True)]  # type: ignore[index, call-overload]
    print(
        f"proposal: {len(cuts)} segments, {len(changes)} boundaries analysed (+/- 2 min each) "
        f"in {wall:.1f} s wall, {cpu:.1f} s CPU (target < 60 s); "
        f"cut error max {max(errors):.2f} s, programme was {LATE_S:.0f} s off"
    )


def _probe(path: Path) -> str:
    """What a player sees: the duration and the first picture's time, by PyAV."""
    with av.open(str(path)) as c:
        first = next(c.decode(video=0)).time
        return f"{float(c.duration or 0) / 1e6:.2f} s long, first picture at {first:.2f} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hours", type=float, default=8.0)
    ap.add_argument("--height", type=int, default=1080)
    ap.add_argument("--fps", type=int, default=25)
    ap.add_argument("--sessions", type=int, default=8)
    ap.add_argument("--clip-minutes", type=float, default=60.0)
    ap.add_argument("--keep", type=Path, help="write the recording here and keep it")
    ap.add_argument("--rounds", type=int, default=3, help="clip exports, each tool in turn")
    ap.add_argument("--no-proposal", action="store_true", help="only the clip figures")
    ap.add_argument(
        "--precise-seconds", type=float, default=60.0, help="length of the precise-cut sample"
    )
    a = ap.parse_args()
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    folder = a.keep or Path(tempfile.mkdtemp(prefix="smparchive-bench-seg-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"day-{a.height}p.mp4"
    seconds = a.hours * 3600
    length = seconds / a.sessions
    gop_s = 2.0
    # real changes: LATE_S after each programme boundary, on a keyframe
    changes = [round((k * length + LATE_S) / gop_s) * gop_s for k in range(1, a.sessions)]
    colours = [
        ((37 * k) % 200 + 40, (91 * k) % 200 + 40, (53 * k) % 200 + 40) for k in range(a.sessions)
    ]
    parts = [Part(0.0, colours[0])] + [Part(c, colours[k + 1]) for k, c in enumerate(changes)]
    size = (a.height * 16 // 9 // 2 * 2, a.height)
    if not path.exists():
        _, wall, cpu = _timed(
            write_day_recording, path, parts=parts, seconds=seconds, created_utc=START,
            size=size, fps=a.fps, gop_s=gop_s, sample_rate=48000,
        )  # fmt: skip
        mb = path.stat().st_size / 1e6
        print(
            f"wrote {path} ({mb:,.0f} MB, {a.hours:g} h {size[0]}x{size[1]} {a.fps} fps) "
            f"in {wall:.1f} s wall, {cpu:.1f} s CPU"
        )
    sessions = [
        SessionRecord(
            id=k + 1,
            event_id=1,
            day_id=1,
            title=f"Session {k + 1}",
            room="Main",
            start=START + timedelta(seconds=k * length),
            end=START + timedelta(seconds=(k + 1) * length),
            track=None,
            abstract=None,
            speakers=(),
            external_id=None,
            do_not_record=False,
            do_not_publish=False,
        )
        for k in range(a.sessions)
    ]
    cuts, _ = programme_cuts(START, seconds, sessions)
    if not a.no_proposal:
        _proposal(path, cuts, seconds, changes)
    start = changes[0]
    end = min(seconds, start + a.clip_minutes * 60)
    chapters = [(start, "First speaker"), (start + 600, "Second speaker")]
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print("ffmpeg: not installed here, no peer figure (apt-get install ffmpeg)")
    print(
        f"clip: {(end - start) / 60:.0f} min from {start:.0f} s (a keyframe), {a.rounds} "
        f"rounds, smparchive and ffmpeg interleaved (target < 10 s)"
    )
    ours: list[float] = []
    peers: list[float] = []
    for k in range(a.rounds):
        out = folder / "clip.mp4"
        out.unlink(missing_ok=True)
        result, wall, cpu = _timed(
            cut_clip, path, out, start, end, title="Session 2", chapters=chapters
        )
        ours.append(wall)
        print(
            f"  round {k + 1} smparchive: {wall:.2f} s wall, {cpu:.2f} s CPU, "
            f"{out.stat().st_size / 1e6:,.0f} MB, {result.method}, "  # type: ignore[attr-defined]
            f"starts at {result.start_s:.2f} s, {_probe(out)}"  # type: ignore[attr-defined]
        )
        if ffmpeg is not None:
            peer = folder / "clip-ffmpeg.mp4"
            peer.unlink(missing_ok=True)
            cmd = [ffmpeg, "-v", "error", "-ss", f"{start}", "-to", f"{end}", "-i", str(path),
                   "-c", "copy", "-movflags", "+faststart", str(peer)]  # fmt: skip
            t0 = time.perf_counter()
            c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(cmd, check=True)
            peer_wall = time.perf_counter() - t0
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            peer_cpu = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
            peers.append(peer_wall)
            print(
                f"  round {k + 1} ffmpeg -ss -to -c copy: {peer_wall:.2f} s wall, "
                f"{peer_cpu:.2f} s CPU, "
                f"{peer.stat().st_size / 1e6:,.0f} MB, {_probe(peer)}"
            )
    line = f"clip median: smparchive {statistics.median(ours):.2f} s"
    if peers:
        ratio = statistics.median(ours) / statistics.median(peers)
        line += f", ffmpeg {statistics.median(peers):.2f} s (ratio {ratio:.2f})"
    print(line)
    # a start between keyframes: the smart cut re-encodes the pictures up to the next one
    mid = start + 0.96
    out = folder / "clip-smart.mp4"
    result, wall, cpu = _timed(cut_clip, path, out, mid, end, title="Session 2")
    print(
        f"clip from {mid:.2f} s (mid-GOP), smart: {wall:.2f} s wall, {cpu:.2f} s CPU, "
        f"{result.reencoded_s:.2f} s re-encoded, starts at {result.start_s:.2f} s, "  # type: ignore[attr-defined]
        f"{_probe(out)}"
    )
    # the precise cut re-encodes everything: its cost per minute of clip
    precise_s = min(a.precise_seconds, end - mid)
    out = folder / "clip-precise.mp4"
    result, wall, cpu = _timed(
        cut_clip, path, out, mid, mid + precise_s, mode=CutMode.PRECISE, title="Session 2"
    )
    print(
        f"clip of {precise_s:.0f} s, precise (full re-encode): {wall:.2f} s wall, "
        f"{cpu:.2f} s CPU = {wall / precise_s:.2f} s per second of clip "
        f"({wall / precise_s * (end - mid) / 60:.1f} min for the {(end - mid) / 60:.0f}-min clip)"
    )
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if a.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
