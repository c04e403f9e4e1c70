"""Segments of a day recording: proposal (cut analysis) and keyframe-aligned clip export.

Usage: python benchmarks/bench_segments.py [--hours 8] [--height 1080] [--fps 25]
                                           [--sessions 8] [--clip-minutes 60] [--keep DIR]

Writes a synthetic H.264 + AAC day recording of ``--hours`` at ``--height`` (16:9), with
a change (black, silence, new scene) at every session boundary, each a little late against
the programme. Hours of video are written quickly: distinct groups of pictures are encoded
once and copied along the timeline (core/demo/dayrecording.py), so the file decodes like a
real stream but is nearly static within each session.

Then prints:
- the proposal for ``--sessions`` back-to-back sessions (analysis of +/- 2 min around each
  of the boundaries), its wall and CPU time, and how far each cut is from the real change;
- the stream-copy export of a ``--clip-minutes`` segment (MP4, faststart, chapters), wall
  and CPU time, and the same cut by ``ffmpeg -ss -to -c copy`` when ffmpeg is installed
  (otherwise says so). The load average is printed: on a shared machine wall times swell.

Targets (issue 17): proposal for 8 h of 1080p under 60 s; a 60-minute clip under 10 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from smparchive.core.catalog.records import SessionRecord
from smparchive.core.demo.dayrecording import Part, write_day_recording
from smparchive.core.media.clips import cut_clip
from smparchive.core.organise.segments import programme_cuts, refine_cuts

START = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
LATE_S = 48.0  # every session really starts this late against the programme


def _timed(fn: object, *args: object, **kw: object) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn(*args, **kw)  # type: ignore[operator]
    return value, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hours", type=float, default=8.0)
    ap.add_argument("--height", type=int, default=1080)
    ap.add_argument("--fps", type=int, default=25)
    ap.add_argument("--sessions", type=int, default=8)
    ap.add_argument("--clip-minutes", type=float, default=60.0)
    ap.add_argument("--keep", type=Path, help="write the recording here and keep it")
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
    refined, wall, cpu = _timed(refine_cuts, path, cuts, seconds)
    errors = [abs(c.start_s - real) for c, real in zip(refined[1:], changes, strict=True)]  # type: ignore[index, call-overload]
    print(
        f"proposal: {len(cuts)} segments, {len(changes)} boundaries analysed (+/- 2 min each) "
        f"in {wall:.1f} s wall, {cpu:.1f} s CPU (target < 60 s); "
        f"cut error max {max(errors):.2f} s, programme was {LATE_S:.0f} s off"
    )
    start = changes[0]
    end = min(seconds, start + a.clip_minutes * 60)
    out = folder / "clip.mp4"
    out.unlink(missing_ok=True)
    result, wall, cpu = _timed(
        cut_clip, path, out, start, end, title="Session 2",
        chapters=[(start, "First speaker"), (start + 600, "Second speaker")],
    )  # fmt: skip
    print(
        f"clip: {(end - start) / 60:.0f} min stream copy with faststart and chapters in "
        f"{wall:.2f} s wall, {cpu:.2f} s CPU (target < 10 s); {out.stat().st_size / 1e6:,.0f} MB, "
        f"starts at {result.start_s:.2f} s (asked {start:.2f} s)"  # type: ignore[attr-defined]
    )
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print("ffmpeg: not installed here; no peer figure (PyAV only)")
    else:
        peer = folder / "clip-ffmpeg.mp4"
        peer.unlink(missing_ok=True)
        cmd = [ffmpeg, "-v", "error", "-ss", f"{start}", "-to", f"{end}", "-i", str(path),
               "-c", "copy", "-movflags", "+faststart", str(peer)]  # fmt: skip
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True)
        peer_wall = time.perf_counter() - t0
        print(f"ffmpeg -ss -to -c copy: {peer_wall:.2f} s wall (ratio {wall / peer_wall:.2f})")
    if a.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
