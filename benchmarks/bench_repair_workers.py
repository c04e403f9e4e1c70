"""Grid thumbnails made again screenful after screenful, as a scroll through a cleared cache.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_repair_workers.py [--rounds 3]
        [--photos 60] [--before OTHER_SRC]

Builds a catalogue of real JPEGs (3000 x 2000, made here) with its grid thumbnails deleted,
then, in a fresh process per tree and round (interleaved), runs the app's ThumbnailRepair
with real worker processes: a screenful of 12 items is asked for, the time until all 12
thumbnails are in the cache is taken, the "user" looks for 0.3 s, and the next screenful
is asked for (whether the job of the last one still runs or not). Prints, per screenful,
the wall time until its thumbnails are there, the repair jobs started and the app
process's own CPU (not its workers'); the
first screenful includes the workers' fork server. ``--before`` is another checkout's
``src`` (e.g. ``git archive REV src``), run in the same rounds. Figures only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
SCREENFUL = 12
LOOK_S = 0.3


def build(folder: Path, photos: int) -> Path:
    """A catalogue of ``photos`` JPEGs, scanned, with their grid thumbnails deleted."""
    sys.path.insert(0, str(SRC))
    from PIL import Image, ImageDraw

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.thumbcache import THUMB

    media = folder / "media"
    media.mkdir(parents=True)
    noise = Image.effect_noise((3000, 2000), 40).convert("RGB")
    for n in range(photos):
        im = noise.copy()
        ImageDraw.Draw(im).rectangle((50 * n % 2500, 300, 50 * n % 2500 + 400, 900), fill=n)
        im.save(media / f"IMG_{n:04d}.jpg", quality=88)
    path = folder / "repair.smpcat"
    cat = open_catalog(path, create=True)
    cat.add_root(media)
    inline = ScanOptions(workers=0)
    scan(cat, options=inline)
    build_thumbnails(cat, options=inline, previews=False)
    for item in cat.items(cat.query_ids()):
        cat.thumbnails.path_for(item.sha256, THUMB).unlink()
    cat.close()
    return path


def child(path: str) -> None:
    """One run of the repair over the screenfuls; prints one line of milliseconds."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions
    from smparchive.core.thumbcache import THUMB
    from smparchive.gui.controllers.thumbnails import ThumbnailRepair
    from smparchive.gui.tasks import TaskRunner

    app = QApplication([])
    cat = open_catalog(path)
    runner = TaskRunner()
    repair = ThumbnailRepair(cat, runner, options=ScanOptions())
    starts: list[object] = []
    runner.job_started.connect(starts.append)
    records = cat.items(cat.query_ids())
    screens = [records[i : i + SCREENFUL] for i in range(0, len(records), SCREENFUL)]
    waits: list[float] = []

    def until(done: object, timeout_s: float = 60.0) -> None:
        end = time.monotonic() + timeout_s
        while not done() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.002)

    for screen in screens:
        asked = time.perf_counter()
        QTimer.singleShot(0, lambda screen=screen: repair.request(screen))
        until(lambda screen=screen: all(cat.thumbnails.has(r.sha256, THUMB) for r in screen))
        waits.append((time.perf_counter() - asked) * 1000)
        # then the user looks, and scrolls on: whether the job is still running or not
        look = time.monotonic() + LOOK_S
        until(lambda look=look: time.monotonic() >= look)
    repair.stop()
    runner.shutdown()
    cat.close()
    print("WAITS " + " ".join(f"{w:.0f}" for w in waits))
    print(f"JOBS {len(starts)} {time.process_time() * 1000:.0f}")


def run_tree(src: str, pristine: Path) -> tuple[list[float], int, float]:
    """The waits per screenful, the repair jobs started, the app process's CPU (ms; its
    worker processes not counted)."""
    work = Path(tempfile.mkdtemp(prefix="repair-run-"))
    try:
        shutil.copytree(pristine.parent, work / "c")
        env = dict(os.environ, PYTHONPATH=src, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(work / "c" / pristine.name)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("WAITS "))
        jobs, cpu = next(x for x in out.splitlines() if x.startswith("JOBS ")).split()[1:]
        return [float(v) for v in line.split()[1:]], int(jobs), float(cpu)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--photos", type=int, default=60)
    ap.add_argument("--before", help="another tree's src, run in the same rounds")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    folder = Path(tempfile.mkdtemp(prefix="repair-bench-"))
    try:
        pristine = build(folder / "pristine", args.photos)
        trees = [("this tree", str(SRC))]
        if args.before:
            trees.insert(0, ("before", args.before))
        results: dict[str, list[list[float]]] = {name: [] for name, _src in trees}
        for rnd in range(1, args.rounds + 1):
            for name, src in trees[rnd % 2 :] + trees[: rnd % 2]:  # order alternates
                load = " ".join(f"{x:.2f}" for x in os.getloadavg())
                waits, jobs, cpu = run_tree(src, pristine)
                results[name].append(waits)
                shown = " / ".join(f"{w:.0f}" for w in waits)
                print(
                    f"round {rnd} {name:9s} (load {load}): ms per screenful {shown}; "
                    f"{jobs} repair jobs started; app process CPU {cpu:.0f} ms"
                )
        print(f"\n{args.photos} photos, screenfuls of {SCREENFUL}, {LOOK_S} s between them")
        for name, runs in results.items():
            first = [r[0] for r in runs]
            later = [w for r in runs for w in r[1:]]
            print(
                f"{name:9s}: first screenful median {statistics.median(first):.0f} ms; "
                f"later screenfuls median {statistics.median(later):.0f} ms "
                f"(range {min(later):.0f}-{max(later):.0f})"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
