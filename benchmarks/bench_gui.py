#!/usr/bin/env python3
"""GUI responsiveness on a synthetic 100,000-item catalogue; prints figures (no assertions).

    python benchmarks/bench_gui.py [--items 100000] [--photos 300]
    python benchmarks/bench_gui.py --catalogue PATH [--only typing]  (an existing catalogue)
    python benchmarks/bench_gui.py --startup --catalogue PATH [--rounds 3] [--other-src DIR]

1. time to first screenful after launch (window built -> visible rows' records painted,
   and their thumbnails when the catalogue has them: a built catalogue has the first 400,
   a catalogue given with --catalogue may have none); target 1 s
2. search typing -> grid updated (per keystroke, after the debounce); target 100 ms
3. event-loop latency while an ingest runs (a 10 ms QTimer probe); target 100 ms
4. mode switch: Grid -> Loupe first paint with the preview cached (target 100 ms) and
   Compare of 4 photos, every pane painted (target 200 ms)

--startup runs the app itself (``smparchive.gui.app.main``) as a fresh process on a copy of
the catalogue, as a user starts it (with byte-code caches), and prints the wall and CPU
time (the whole process, every thread, from its start) until its first window is shown (the
start window, shown before the catalogue is opened), until the main window is shown and
until the first screenful is painted with its records; interleaved over --rounds with the
tree --other-src (another checkout's ``src``, e.g. the code before a change), each tree on
its own copy. Targets: first window < 1 s at 100k, first screenful < 1 s at 1M.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"


def build_catalogue(path: Path, n: int) -> None:
    """Bulk-insert ``n`` items (direct SQL: the benchmark is about the GUI, not ingest)."""
    from sqlalchemy import insert

    from smparchive.core.catalog import fulltext
    from smparchive.core.catalog.cameras import name_cameras
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.folders import name_folders
    from smparchive.core.catalog.models import MediaItem, Root

    cat = open_catalog(path, create=True)
    now = datetime.now(UTC)
    base = datetime(2022, 6, 1, 6, 0, tzinfo=UTC)
    kinds = ["photo"] * 17 + ["video", "slides", "document"]
    with cat._sessions() as s, s.begin():
        rid = s.scalar(
            insert(Root)
            .values(
                path=str(path.parent / "media"),
                label="media",
                online=True,
                sidecar_policy="mirror",
                ignore_patterns=[],
                added_at=now,
            )
            .returning(Root.id)
        )
        rows = []
        for i in range(n):
            kind = kinds[i % len(kinds)]
            rows.append(
                {
                    "root_id": rid,
                    "rel_path": f"day{i % 3}/IMG_{i:06d}.JPG",
                    "name": f"IMG_{i:06d}.JPG",
                    "kind": kind,
                    "size": 4_600_000,
                    "mtime_ns": 0,
                    "sha256": f"{i:064x}",
                    "capture_utc": base + timedelta(seconds=2 * i),
                    "rating": i % 6,
                    "flag": (i % 3) - 1,
                    "consent": "unknown",
                    "status": "ok",
                    "thumb_state": "ok",
                    "clock_shift_s": 0,
                    "has_embedded_thumb": False,
                    "first_seen_at": now,
                    "updated_at": now,
                    "camera_make": "Canon",
                    "camera_model": ("EOS R6", "EOS R5", "EOS 5D")[i % 3],
                    "width": 6000,
                    "height": 4000,
                    "duration_s": 95.0 if kind == "video" else None,
                    "page_count": 14 if kind in ("slides", "document") else None,
                }
            )
        name_cameras(s, rows)  # make and model as the catalogue keeps them (0031)
        name_folders(s, rows)  # the path as its folder and name (0033)
        for start in range(0, n, 5000):
            s.execute(insert(MediaItem), rows[start : start + 5000])
        fulltext.reindex(s, list(range(1, n + 1)))
    cache = cat.thumbnails
    assert cache is not None
    from io import BytesIO

    from PIL import Image, ImageDraw

    for i in range(400):  # thumbnails for the first screens (rest show kind icons)
        img = Image.new("RGB", (256, 171), ((i * 37) % 255, (i * 91) % 255, 140))
        ImageDraw.Draw(img).ellipse((70, 30, 190, 150), fill=(240, 230, 200))
        buf = BytesIO()
        img.save(buf, "JPEG", quality=80)
        cache.put(f"{i:064x}", 256, buf.getvalue())
    cat.close()


def pump(app: Any, until: Any, timeout: float = 30.0) -> float:
    t0 = time.perf_counter()
    while not until():
        app.processEvents()
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError("condition not reached")
        time.sleep(0.0005)
    return time.perf_counter() - t0


def records_shown(w: Any) -> bool:
    """Every row on screen has its record (what the grid paints: name, rating, badges)."""
    if len(w.store) == 0:
        return False
    first, last = w.grid.visible_rows()
    if first < 0:
        return False
    shown = w.store.ids_between(first, last)
    return shown is not None and all(w.store.cached(i) is not None for i in shown)


def first_screenful(
    app: Any, catalog: Any, settings: Any, thumbnails: bool = True
) -> tuple[float, Any]:
    """Window built -> visible records painted (and, with ``thumbnails``, their pictures:
    only a catalogue that has thumbnails for its first rows can wait for them)."""
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    t0 = time.perf_counter()
    w = MainWindow(catalog, TaskRunner(), settings)
    w.resize(1600, 1000)
    w.show()

    def painted() -> bool:
        if not records_shown(w):
            w.grid.viewport().update()
            return False
        if not thumbnails:
            w.grid.viewport().repaint()  # painted with its records, synchronously
            return True
        return w.thumbs.decoded > 0 and w.thumbs.pending() == 0

    pump(app, painted, timeout=120)
    app.processEvents()
    return time.perf_counter() - t0, w


def _startup_child(catalogue: str) -> int:
    """Inside a fresh process: run the app on ``catalogue`` and print (JSON) when its first
    window shows (the start window, in a tree that has one), when its main window shows and
    when the first screenful is painted with records, then leave."""
    import json
    import resource

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)  # every thread of the process
        return r.ru_utime + r.ru_stime

    got: dict[str, Any] = {}
    if os.environ.get("SMP_BENCH_MARKS"):
        got["marks"] = _install_marks(cpu)
    # imported first, as the installed entry point does (smparchive.gui.app:main)
    import smparchive.gui.app as gui_app

    app_main, make_application = gui_app.main, gui_app.make_application
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = make_application()
    found: list[Any] = []

    def poll() -> None:
        if "first_wall" not in got:
            for x in QApplication.topLevelWidgets():
                if isinstance(x, QMainWindow) and x.isVisible() and x.windowHandle().isExposed():
                    # (the start window is painted as it is shown: StartWindow.show_painted)
                    got["first_wall"], got["first_cpu"] = time.time(), cpu()
                    break
        if not found:  # once: the window's menus are top-level widgets too
            found.extend(
                x for x in QApplication.topLevelWidgets() if type(x).__name__ == "MainWindow"
            )
        window = found[0] if found else None
        if window is None or not window.isVisible() or not window.windowHandle().isExposed():
            return
        if "window_wall" not in got:
            got["window_wall"], got["window_cpu"] = time.time(), cpu()
        if records_shown(window):
            window.grid.viewport().repaint()  # painted with its records, synchronously
            got["screen_wall"], got["screen_cpu"] = time.time(), cpu()
            got["items"] = len(window.store)
            print("STARTUP " + json.dumps(got), flush=True)
            os._exit(0)  # the figure is taken; closing is not measured

    timer = QTimer(app)
    timer.setInterval(5)
    timer.timeout.connect(poll)
    timer.start()
    return app_main([catalogue])


# --marks: where the start's time goes, per round (wall since the process started / its CPU)
MARKED_MODULES = ("sqlalchemy", "smparchive.core.catalog.catalog", "smparchive.gui.main_window")
PHASES = (
    ("to the first window", None, "first"),
    ("first window -> catalogue import starts", "first", "import smparchive.core.catalog.catalog"),
    ("importing the catalogue", "import smparchive.core.catalog.catalog", "imported"),
    ("opening it", "imported", "opened"),
    ("main window: its modules, then built", "opened", "built"),
    ("built -> shown", "built", "window"),
    ("shown -> first screenful painted", "window", "screen"),
)


def _install_marks(cpu: Any) -> dict[str, tuple[float, float]]:
    """Marks (wall, CPU) at the catalogue's import, its opening and the main window's
    build, for --marks; cheap enough not to move the figures (an import hook on three
    modules, two wrapped calls)."""
    import importlib.abc
    import importlib.util

    marks: dict[str, tuple[float, float]] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, (time.time(), cpu()))

    def after(name: str, module: Any) -> None:
        if name == "smparchive.core.catalog.catalog":
            mark("imported")
            opener = module.open_catalog

            def open_catalog(*a: Any, **k: Any) -> Any:
                try:
                    return opener(*a, **k)
                finally:
                    mark("opened")

            module.open_catalog = open_catalog
        elif name == "smparchive.gui.main_window":
            build = module.MainWindow.__init__

            def init(self: Any, *a: Any, **k: Any) -> None:
                build(self, *a, **k)
                mark("built")

            module.MainWindow.__init__ = init

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name not in MARKED_MODULES:
                return None
            sys.meta_path.remove(self)
            try:
                spec = importlib.util.find_spec(name)
            finally:
                sys.meta_path.insert(0, self)
            if spec is None or spec.loader is None:
                return None
            run = spec.loader.exec_module

            def exec_module(module: Any, run: Any = run, name: str = name) -> None:
                mark(f"import {name}")
                run(module)
                after(name, module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Finder())
    return marks


def _phases(got: dict[str, Any], t0: float) -> dict[str, tuple[float, float]]:
    """Each phase of PHASES as (wall, CPU) seconds, from one child's marks."""
    at = {k: tuple(v) for k, v in got.get("marks", {}).items()}
    at["first"] = (got.get("first_wall", got["window_wall"]), got.get("first_cpu", 0.0))
    at["window"] = (got["window_wall"], got["window_cpu"])
    at["screen"] = (got["screen_wall"], got["screen_cpu"])
    out = {}
    for label, start, end in PHASES:
        a = (t0, 0.0) if start is None else at.get(start)
        b = at.get(end)
        if a is not None and b is not None:
            out[label] = (b[0] - a[0], b[1] - a[1])
    return out


def startup_rounds(args: Any) -> int:
    """The app as a process, from its start: window shown and first screenful painted,
    interleaved between this tree and ``--other-src`` (each on its own catalogue copy)."""
    import json
    import subprocess

    trees = {"this tree": REPO / "src"}
    if args.other_src:
        trees = {"other": Path(args.other_src).resolve(), **trees}
    tmp = Path(tempfile.mkdtemp(prefix="smp-startup-", dir=args.out))
    copies = {}
    for n, name in enumerate(trees):
        copies[name] = tmp / f"copy{n}.smpcat"
        shutil.copyfile(args.catalogue, copies[name])
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    loads = []
    for rnd in range(args.rounds + 1):  # round 0 writes the byte-code caches, not counted
        for name, src in trees.items():
            home = tmp / f"home-{name.replace(' ', '-')}"
            env = dict(os.environ, PYTHONPATH=str(src), QT_QPA_PLATFORM="offscreen")
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: with byte-code caches
            if args.marks:
                env["SMP_BENCH_MARKS"] = "1"
            for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
                env[var] = str(home / var)  # the user's settings, recent list and log apart
            loads.append(os.getloadavg()[0])
            t0 = time.time()
            proc = subprocess.run(
                [sys.executable, __file__, "--startup-child", str(copies[name])],
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
            )
            line = next((x for x in proc.stdout.splitlines() if x.startswith("STARTUP ")), None)
            if line is None:
                print(f"{name}: no figure (exit {proc.returncode})\n{proc.stderr[-2000:]}")
                return 1
            got = json.loads(line[len("STARTUP ") :])
            row: dict[str, Any] = {
                "first_wall": got.get("first_wall", got["window_wall"]) - t0,
                "first_cpu": got.get("first_cpu", got["window_cpu"]),
                "window_wall": got["window_wall"] - t0,
                "window_cpu": got["window_cpu"],
                "screen_wall": got["screen_wall"] - t0,
                "screen_cpu": got["screen_cpu"],
                "items": got["items"],
                "load": os.getloadavg()[0],
            }
            print(
                f"   round {rnd}{' (writes caches)' if rnd == 0 else ''} {name:10}: first "
                f"window {row['first_wall'] * 1000:6.0f} ms wall / {row['first_cpu'] * 1000:5.0f}"
                f" ms CPU; main window "
                f"{row['window_wall'] * 1000:6.0f} ms wall / {row['window_cpu'] * 1000:5.0f} "
                f"ms CPU; first screenful {row['screen_wall'] * 1000:6.0f} ms wall / "
                f"{row['screen_cpu'] * 1000:5.0f} ms CPU; {row['items']:,.0f} rows; "
                f"load {row['load']:.2f}",
                flush=True,
            )
            if args.marks:
                phases = _phases(got, t0)
                row["phases"] = phases
                told = (f"{k} {w * 1000:.0f} / {c * 1000:.0f}" for k, (w, c) in phases.items())
                print("      " + "; ".join(told) + " (ms wall / CPU)", flush=True)
            if rnd:
                runs[name].append(row)
    print(
        f"\nthe app as a process, from its start (with byte-code caches; {args.rounds} "
        f"interleaved rounds, load {min(loads):.2f}-{max(loads):.2f}), median:"
    )
    for name, rows in runs.items():

        def med(key: str, rows: list[dict[str, Any]] = rows) -> float:
            return statistics.median(r[key] for r in rows) * 1000

        print(
            f"   {name:10}: first window shown {med('first_wall'):6.0f} ms wall / "
            f"{med('first_cpu'):5.0f} ms CPU (target 1,000 ms at 100k); main window shown "
            f"{med('window_wall'):6.0f} ms wall / "
            f"{med('window_cpu'):5.0f} ms CPU; first screenful painted with records "
            f"{med('screen_wall'):6.0f} ms wall / {med('screen_cpu'):5.0f} ms CPU "
            f"(target 1,000 ms at 1M)"
        )
        if args.marks:
            for label, _a, _b in PHASES:
                got_phase = [r["phases"][label] for r in rows if label in r.get("phases", {})]
                if got_phase:
                    print(
                        f"      {label:42}: "
                        f"{statistics.median(w for w, _c in got_phase) * 1000:6.0f} ms wall / "
                        f"{statistics.median(c for _w, c in got_phase) * 1000:5.0f} ms CPU"
                    )
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _search(app: Any, w: Any, text: str, typed: bool) -> tuple[float, float, float, int]:
    """(keystroke->debounce, ->grid shows the first page, ->whole result in, count)."""
    shown: list[float] = []
    whole: list[float] = []
    fired: list[float] = []

    def grid_updated(_n: int) -> None:
        if not shown:
            w.grid.viewport().repaint()  # what the user sees, painted
            shown.append(time.perf_counter())

    def complete(n: int) -> None:
        grid_updated(n)
        whole.append(time.perf_counter())

    hooks = [
        (w.browser.first_page, grid_updated),
        (w.browser.results, complete),
        (w.search.query_changed, lambda _t: fired.append(time.perf_counter())),
    ]
    for signal, slot in hooks:
        signal.connect(slot)
    t0 = time.perf_counter()
    if typed:
        w.search.edit.setText(text)
    else:
        w.search.set_text(text)
    pump(app, lambda: bool(whole))
    for signal, slot in hooks:
        signal.disconnect(slot)
    start = fired[0] if fired else t0
    return start - t0, shown[0] - t0, whole[0] - t0, len(w.store)


def typing_latency(app: Any, w: Any) -> list[tuple[str, float, float, float, int]]:
    """For each prefix typed, then broad queries: (text, debounce, first page, whole, count)."""
    out = []
    word = "IMG_00012"
    w.search.set_text("")
    pump(app, lambda: True)
    for n in range(4, len(word) + 1):
        out.append((word[:n], *_search(app, w, word[:n], True)))
    for text in ("kind:photo", "rating>=3", "camera:R5 flag:pick"):
        out.append((text, *_search(app, w, text, False)))
    w.search.set_text("")
    return out


def facets_and_select_all(app: Any, w: Any) -> None:
    """Search + facet counts in, and select all of the whole catalogue (its ids read in the
    background when the grid holds only a window of them)."""
    # 'IMG_0': free text matching every item (its facets are tallied from its ids)
    for text in ("kind:photo rating>=3", "camera:R5 flag:pick", "", "IMG_0", "IMG_0 kind:photo"):
        got: list[float] = []
        w.browser.facets_ready.connect(lambda _c, got=got: got.append(time.perf_counter()))
        t0 = time.perf_counter()
        w.search.set_text(text)
        pump(app, lambda got=got: bool(got))
        delay = w.browser._facet_timer.interval()
        print(
            f"   search + facets {text!r:24}: {(got[0] - t0) * 1000:6.1f} ms "
            f"(incl. the {delay} ms wait before counting), {len(w.store):,} items"
        )
    w.focus_results()
    app.processEvents()
    resolved: list[float] = []
    w.selection.resolved.connect(lambda: resolved.append(time.perf_counter()))
    t0 = time.perf_counter()
    w.select_all()
    ui = time.perf_counter() - t0
    if not w.selection.pending():
        resolved.append(time.perf_counter())
    pump(app, lambda: bool(resolved))
    summed = _inspector_summed(app, w)
    print(
        f"   select all of {len(w.store):,} items: UI thread {ui * 1000:.1f} ms, "
        f"every id in {(resolved[0] - t0) * 1000:.0f} ms (in the background), "
        f"{w.selected_count():,} selected; {summed}"
    )
    # select all of a filtered result (a large part of the catalogue: summed through the
    # filter, one scan, rather than its ids)
    shown: list[float] = []
    w.browser.results.connect(lambda _n: shown.append(time.perf_counter()))
    w.search.set_text("kind:photo")
    pump(app, lambda: bool(shown), timeout=120)
    w.focus_results()
    app.processEvents()
    resolved.clear()
    t0 = time.perf_counter()
    w.select_all()
    ui = time.perf_counter() - t0
    if not w.selection.pending():
        resolved.append(time.perf_counter())
    pump(app, lambda: bool(resolved), timeout=300)
    summed = _inspector_summed(app, w, t0)
    print(
        f"   select all of 'kind:photo', {len(w.store):,} items: UI thread {ui * 1000:.1f} ms, "
        f"every id in {(resolved[0] - t0) * 1000:.0f} ms; {summed}"
    )
    w.search.set_text("")


def _inspector_summed(app: Any, w: Any, t0: float | None = None) -> str:
    """Wait for the inspector's sums of a large selection (added up in the background)."""
    import resource

    from smparchive.gui.main_window import INSPECTOR_RECORDS

    if w.selected_count() <= INSPECTOR_RECORDS:
        return "the inspector shows the records (no sums needed)"
    start = time.perf_counter() if t0 is None else t0
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    pump(app, lambda: w.inspector.summary_data is not None, timeout=600)
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    return (
        f"inspector's sums in {(time.perf_counter() - start) * 1000:,.0f} ms "
        f"(process CPU meanwhile {cpu * 1000:,.0f} ms)"
    )


def ingest_latency(app: Any, w: Any, photos: int, folder: Path) -> tuple[list[float], float, int]:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(photos):
        Image.new("RGB", (1600, 1067), (i % 255, 90, 160)).save(
            folder / f"P{i:05d}.jpg", quality=85
        )
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    lateness: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def probe() -> None:
        now = clock.elapsed()
        lateness.append(max(0.0, now - last[0] - 10))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(probe)
    timer.start()
    t0 = time.perf_counter()
    jobs: list[Any] = []  # the scan starts once the folder is added (an undoable step)
    w.runner.job_started.connect(jobs.append)
    w.ingest.start([folder])  # what Add Folder does
    pump(app, lambda: bool(jobs), timeout=60)
    pump(app, lambda: not jobs[0].running, timeout=600)
    took = time.perf_counter() - t0
    timer.stop()
    for dlg in QApplication.topLevelWidgets():
        if dlg is not w and dlg.isVisible():
            dlg.close()
    return lateness, took, photos


_Split = list[tuple[float, float, float, float]]  # (wall, running, waiting for a core, blocked)


def _timed_pass(run: Any, frames: list[float], cpu: list[float], split: _Split | None) -> None:
    """One event-loop pass, its wall and UI-thread CPU time, and (with ``split``) its wall
    time split by the kernel's schedstat: running, waiting for a core, blocked (GIL, locks)."""
    r0, q0 = _sched()
    f0, c0 = time.perf_counter(), time.thread_time()
    run()
    wall = time.perf_counter() - f0
    frames.append(wall)
    cpu.append(time.thread_time() - c0)
    if split is not None:
        r1, q1 = _sched()
        split.append((wall, r1 - r0, q1 - q0, max(0.0, wall - (r1 - r0) - (q1 - q0))))


def _frame(
    app: Any, w: Any, frames: list[float], cpu: list[float], split: _Split | None = None
) -> None:
    def run() -> None:
        w.grid.viewport().repaint()
        app.processEvents()

    _timed_pass(run, frames, cpu, split)


def _settle(
    app: Any, frames: list[float], cpu: list[float], seconds: float, split: _Split | None = None
) -> None:
    """Let timers and background answers arrive, timing each pass of the event loop."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        _timed_pass(app.processEvents, frames, cpu, split)
        time.sleep(0.004)


def scroll_test(app: Any, w: Any, catalog: Any) -> None:
    """Scroll a grid whose thumbnails are missing (only the first 400 exist): every shown
    row reports its missing picture and the repair job is fed what is on screen."""
    import logging
    from collections import Counter

    from smparchive.core.watchdog import StallWatchdog

    logging.getLogger("smparchive.stall").setLevel(logging.ERROR)  # summarised below instead
    media = Path(catalog.roots()[0].path)
    media.mkdir(parents=True, exist_ok=True)  # the drive is there: repairs are attempted
    dog = StallWatchdog(threshold_s=0.1).start()
    beat = _Beat(app, dog)
    slow = StallWatchdog(threshold_s=0.045).start()  # where passes over the 50 ms target go
    slow_beat = _Beat(app, slow)
    passes = _CollectorPasses()
    jobs: list[str] = []  # background jobs started while scrolling (the repair's, mostly)
    w.runner.job_started.connect(lambda h: jobs.append(h.label))
    sb = w.grid.verticalScrollBar()
    frames: list[float] = []
    cpu: list[float] = []  # the UI thread's own CPU time per pass (what load does not inflate)
    split: _Split = []
    threads0 = _threads_sched()
    t = time.perf_counter()
    for step in range(60):  # jumps across the whole grid
        sb.setValue(int(sb.maximum() * step / 60))
        _frame(app, w, frames, cpu, split)
        _settle(app, frames, cpu, 0.08, split)
    jumps = time.perf_counter() - t
    t = time.perf_counter()
    sb.setValue(sb.maximum() // 3)
    for _ in range(400):  # steady scrolling, a third of a screen at a time
        sb.setValue(sb.value() + sb.pageStep() // 3)
        _frame(app, w, frames, cpu, split)
        _settle(app, frames, cpu, 0.02, split)
    steady = time.perf_counter() - t
    _settle(app, frames, cpu, 2.0, split)  # repair refreshes, late answers
    beat.stop()
    dog.stop()
    slow_beat.stop()
    slow.stop()
    passes.stop()
    frames.sort()
    cpu.sort()
    p99 = frames[int(len(frames) * 0.99)]
    queued = len(w.thumb_repair.queued())
    print(
        f"   scrolling with thumbnails missing (60 jumps in {jumps:.1f} s, 400 steps in "
        f"{steady:.1f} s): {len(frames)} event-loop passes, median "
        f"{statistics.median(frames) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
        f"worst frame {frames[-1] * 1000:.1f} ms (target < 50, never > 100); "
        f"{queued:,} items queued for repair, {len(jobs)} jobs started"
    )
    print(
        f"   UI-thread CPU per pass: p99 {cpu[int(len(cpu) * 0.99)] * 1000:.1f} ms, "
        f"worst {cpu[-1] * 1000:.1f} ms (wall time above includes waiting for a core)"
    )
    print(
        f"   all passes: running {sum(x[1] for x in split) * 1000:,.0f} ms, waiting for a core "
        f"{sum(x[2] for x in split) * 1000:,.0f} ms, blocked (GIL, locks) "
        f"{sum(x[3] for x in split) * 1000:,.0f} ms; passes over 33 ms: "
        f"{sum(1 for x in split if x[0] > 0.033)}"
    )
    print(f"   threads on a core / waiting for one, ms: {_threads_report(threads0)}")
    print("   the slowest passes, ms: wall = running + waiting for a core + blocked (GIL, locks)")
    for wall, run, queue, blocked in sorted(split, reverse=True)[:5]:
        print(
            f"      {wall * 1000:6.1f} = {run * 1000:5.1f} + {queue * 1000:5.1f} + "
            f"{blocked * 1000:5.1f}"
        )
    near: Counter[str] = Counter()
    for stall in slow.stalls:
        near.update(stall.samples)
    print(f"   {len(slow.stalls)} beats late > 45 ms; where the UI thread was (every 11 ms):")
    for place, n in near.most_common(6):
        print(f"   {n:5d}  {place}")
    print(f"   cycle collector: {passes.summary()}")
    worst = max(dog.stalls, key=lambda s: s.seconds, default=None)
    print(
        f"   watchdog: {len(dog.stalls)} stalls > 100 ms"
        + (f", worst {worst.seconds * 1000:.0f} ms in:" if worst else "")
    )
    if worst is not None:
        print("      " + "      ".join(worst.stack.splitlines(True)[-6:]))
        where: Counter[str] = Counter()
        for stall in dog.stalls:
            where.update(stall.samples)
        print("   where the stalls spent their time (samples every 25 ms):")
        for place, n in where.most_common(8):
            print(f"   {n:5d}  {place}")


class _CollectorPasses:
    """The cycle collector's passes while it runs: generation, duration, on which thread."""

    def __init__(self) -> None:
        import gc
        import threading

        from smparchive.core import heap

        settled = getattr(heap, "settled", lambda: False)  # (older trees: never)
        self.ui = threading.get_ident()
        self.seen: list[tuple[int, float, bool]] = []
        self.slow: list[str] = []  # passes over 10 ms: when, and whether the app had frozen
        self._start = 0.0
        t0 = time.perf_counter()

        def note(phase: str, info: dict[str, Any]) -> None:
            if phase == "start":
                self._start = time.perf_counter()
            else:
                took = time.perf_counter() - self._start
                self.seen.append((info["generation"], took, threading.get_ident() == self.ui))
                if took > 0.01:
                    self.slow.append(
                        f"gen {info['generation']} {took * 1000:.0f} ms at "
                        f"{self._start - t0:.1f} s{' (frozen)' if settled() else ''}"
                    )

        self._note = note
        gc.callbacks.append(note)

    def stop(self) -> None:
        import gc

        gc.callbacks.remove(self._note)

    def summary(self) -> str:
        """Per generation: passes (on the UI thread) and the slowest, in ms."""
        parts = []
        for gen in (0, 1, 2):
            mine = [(t, ui) for g, t, ui in self.seen if g == gen]
            if mine:
                worst = max(t for t, _ in mine) * 1000
                on_ui = sum(1 for _, ui in mine if ui)
                parts.append(f"gen {gen}: {len(mine)} passes ({on_ui} on the UI thread), "
                             f"slowest {worst:.1f} ms")  # fmt: skip
        slow = f"\n      over 10 ms: {', '.join(self.slow)}" if self.slow else ""
        return ("; ".join(parts) or "no pass") + slow


class _Beat:
    """Feeds a watchdog from the event loop (as the app does)."""

    def __init__(self, app: Any, dog: Any) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(dog.beat)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def _previews(catalog: Any, ids: list[int]) -> None:
    """Cache a 1600 px preview for ``ids`` (what the scan's preview job leaves)."""
    from io import BytesIO

    from PIL import Image

    from smparchive.core.thumbcache import PREVIEW

    for rec in catalog.items(ids):
        img = Image.new("RGB", (1600, 1067), ((rec.id * 37) % 255, 90, 140))
        buf = BytesIO()
        img.save(buf, "JPEG", quality=85)
        catalog.thumbnails.put(rec.sha256, PREVIEW, buf.getvalue())


def mode_latency(app: Any, w: Any, catalog: Any, runs: int = 5) -> tuple[list[float], list[float]]:
    """(Grid->Loupe first paint, Compare of 4 painted) in seconds, ``runs`` times each."""
    w.set_mode("grid")
    records = [w.store.cached(i) for i in w.store.ids_between(0, 199) or []]
    photos = [r.id for r in records if r is not None and r.kind == "photo"]
    _previews(catalog, photos[: runs + 4 * runs])
    loupe_times: list[float] = []
    for n in range(runs):
        item = photos[n]
        w.select_ids([item], current_row=w.store.row_of(item))
        w._selection_changed()
        app.processEvents()
        t0 = time.perf_counter()
        w.set_mode("loupe")
        viewer = w.workspace.loupe.viewer
        pump(app, lambda v=viewer, i=item: v.record is not None and v.record.id == i
             and v.view.has_image())  # fmt: skip
        w.workspace.repaint()  # the first paint of the page, synchronously
        loupe_times.append(time.perf_counter() - t0)
        w.set_mode("grid")
        app.processEvents()
    compare_times: list[float] = []
    for n in range(runs):
        four = photos[runs + 4 * n : runs + 4 * n + 4]
        w.select_ids(four, current_row=w.store.row_of(four[0]))
        w._selection_changed()
        app.processEvents()
        t0 = time.perf_counter()
        w.set_mode("compare")
        panes = w.workspace.compare.panes
        pump(app, lambda p=panes: len(p) == 4 and all(x.view.has_image() for x in p))
        w.workspace.repaint()
        compare_times.append(time.perf_counter() - t0)
        w.set_mode("grid")
        app.processEvents()
    return loupe_times, compare_times


# -- interactive: what a user does at the keyboard and mouse, at a realistic pace ------------


class _Scenario:
    """Drives the event loop as the app's would (a pass, a short sleep), sends the inputs at
    their times, and records per pass the wall and UI-thread CPU time, the watchdog's stalls
    (> 100 ms with their stacks) and when the grid showed the newest input's result."""

    def __init__(self, app: Any, w: Any) -> None:
        from smparchive.core.watchdog import StallWatchdog

        self.app, self.w = app, w
        self.frames: list[float] = []
        self.cpu: list[float] = []
        self.inputs: list[float] = []  # UI-thread time each input's own handler took
        self.shown: list[float] = []  # first page / result of the newest input painted
        self.whole: list[float] = []
        self.dog = StallWatchdog(threshold_s=0.1).start()
        self.beat = _Beat(app, self.dog)
        self.fresh = False  # an input is waiting for its result
        self.cpu0 = _process_cpu()
        self.split: list[tuple[float, float, float, float]] = []
        w.browser.first_page.connect(self._shown)
        w.browser.results.connect(self._complete)

    def _shown(self, _n: int) -> None:
        if self.fresh and not self.pending_query():
            self.w.grid.viewport().repaint()
            self.shown.append(time.perf_counter())
            self.fresh = False

    def _complete(self, n: int) -> None:
        self._shown(n)
        if not self.pending_query():
            self.whole.append(time.perf_counter())

    def pending_query(self) -> bool:
        """The search field's text has not reached the browser yet (debounce)."""
        return self.w.search._timer.isActive() or (
            self.w.browser.query_text != self.w.search.text()
        )

    def run_for(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.one_pass()

    def one_pass(self) -> None:
        (r0, q0), f0, c0 = _sched(), time.perf_counter(), time.thread_time()
        self.app.processEvents()
        wall = time.perf_counter() - f0
        self.frames.append(wall)
        self.cpu.append(time.thread_time() - c0)
        r1, q1 = _sched()
        # the pass's wall time split: running, waiting for a core (the kernel's run queue),
        # and the rest: blocked (the GIL held by a background thread, a lock, the disk)
        self.split.append((wall, r1 - r0, q1 - q0, max(0.0, wall - (r1 - r0) - (q1 - q0))))
        time.sleep(0.002)

    def act(self, do: Any) -> float:
        """An input (a key, a click), timed on the UI thread; returns when it was sent."""
        self.fresh = True
        self.shown.clear()
        self.whole.clear()
        t0, c0 = time.perf_counter(), time.thread_time()
        do()
        self.inputs.append(time.thread_time() - c0)
        self.frames.append(time.perf_counter() - t0)
        self.cpu.append(self.inputs[-1])
        return t0

    def wait_shown(self, timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while (not self.shown or self.pending_query()) and time.perf_counter() < end:
            self.one_pass()

    def wait_whole(self, timeout: float = 120.0) -> None:
        end = time.perf_counter() + timeout
        while (not self.whole or self.pending_query()) and time.perf_counter() < end:
            self.one_pass()

    def close(self) -> tuple[float, float, float, int, Any]:
        """(worst pass wall, worst pass UI CPU, worst input handler CPU, stalls, worst stall)"""
        self.beat.stop()
        self.dog.stop()
        self.w.browser.first_page.disconnect(self._shown)
        self.w.browser.results.disconnect(self._complete)
        worst = max(self.dog.stalls, key=lambda s: s.seconds, default=None)
        return (
            max(self.frames, default=0.0),
            max(self.cpu, default=0.0),
            max(self.inputs, default=0.0),
            len(self.dog.stalls),
            worst,
        )


def _settle_all(app: Any, w: Any) -> None:
    """Nothing running in the background: the next scenario starts from rest."""
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    w.runner.wait_idle(120_000)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)


def _sched() -> tuple[float, float]:
    """This thread's time on a core and waiting for one (s), from the kernel's schedstat."""
    try:
        with open("/proc/thread-self/schedstat") as fh:
            run, wait, _slices = fh.read().split()
        return int(run) / 1e9, int(wait) / 1e9
    except OSError:
        return 0.0, 0.0


def _threads_sched() -> dict[tuple[int, str], tuple[float, float]]:
    """Each thread of this process: (tid, name) -> (s on a core, s waiting for one)."""
    out: dict[tuple[int, str], tuple[float, float]] = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/comm") as fh:
                name = fh.read().strip()
            with open(f"/proc/self/task/{tid}/schedstat") as fh:
                run, wait, _slices = fh.read().split()
        except OSError:
            continue
        out[(int(tid), name)] = (int(run) / 1e9, int(wait) / 1e9)
    return out


def _threads_report(before: dict[tuple[int, str], tuple[float, float]]) -> str:
    """The threads that ran since ``before``: on a core / waiting for one, ms."""
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    rows = []
    for key, (run, wait) in _threads_sched().items():
        r0, w0 = before.get(key, (0.0, 0.0))
        if run - r0 > 0.005:
            who = names.get(key[0]) or key[1]
            rows.append((run - r0, wait - w0, who))
    rows.sort(reverse=True)
    return ", ".join(f"{who} {r * 1000:,.0f}/{w * 1000:,.0f}" for r, w, who in rows[:8])


def _process_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _report(name: str, sc: _Scenario, last: float, stalls_out: list[Any]) -> None:
    wall, cpu, handler, stalls, worst = sc.close()
    shown = f"{(sc.shown[0] - last) * 1000:7.1f} ms" if sc.shown else "      -   "
    whole = f"{(sc.whole[0] - last) * 1000:7.1f} ms" if sc.whole else "      -   "
    print(
        f"   {name:44} grid {shown}, whole {whole} after the last input; "
        f"UI thread: input handlers worst {handler * 1000:5.1f} ms CPU, passes worst "
        f"{cpu * 1000:5.1f} ms CPU / {wall * 1000:6.1f} ms wall; {stalls} stalls > 100 ms"
        + (f" (worst {worst.seconds * 1000:.0f} ms)" if worst else "")
        + f"; process CPU {(_process_cpu() - sc.cpu0) * 1000:,.0f} ms, UI thread "
        f"{sum(sc.cpu) * 1000:,.0f} ms"
    )
    if sc.split:
        w_wall, w_run, w_queue, w_blocked = max(sc.split)
        blocked = sum(x[3] for x in sc.split)
        queued = sum(x[2] for x in sc.split)
        print(
            f"      worst pass {w_wall * 1000:.0f} ms = running {w_run * 1000:.0f} + waiting for "
            f"a core {w_queue * 1000:.0f} + blocked (GIL, locks) {w_blocked * 1000:.0f} ms; "
            f"all passes: waiting for a core {queued * 1000:.0f} ms, blocked "
            f"{blocked * 1000:.0f} ms"
        )
    if worst is not None:
        stalls_out.append((name, worst))


def interactive(app: Any, w: Any) -> None:
    """Typing at 8 keys a second, chips and sidebar rows clicked, scrolling while a broad
    search counts: from each last input to the grid painted with its result, and what the
    UI thread spent meanwhile (its CPU per event-loop pass; wall includes waiting for a core)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    print(f"\n5. interactive at {len(w.store):,} items (load {_load()}; src {sys.path[0]}):")
    stalls: list[Any] = []
    edit = w.search.edit

    def typing(name: str, parts: list[tuple[str, float]]) -> None:
        w.search.set_text("")
        _settle_all(app, w)
        edit.setFocus()
        sc = _Scenario(app, w)
        last = 0.0
        for chunk, pause in parts:
            for ch in chunk:
                if ch == "\b":
                    last = sc.act(lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace))
                else:
                    last = sc.act(lambda ch=ch: QTest.keyClick(edit, ch))
                sc.run_for(0.125)  # 8 keys a second
            sc.run_for(pause)
        sc.wait_shown()
        sc.wait_whole()
        assert w.browser.query_text == edit.text(), "the grid shows an older search"
        _report(name, sc, last, stalls)

    typing("type 'IMG_00012' (8 keys/s)", [("IMG_00012", 0)])
    typing("type 'IMG_0', pause 0.5 s, type '0012'", [("IMG_0", 0.5), ("0012", 0)])
    typing("type 'reunion', erase 3, type 'ion'", [("reunion", 0.3), ("\b\b\b", 0.2), ("ion", 0)])

    def clicks(name: str, steps: list[Any], gap: float = 0.8) -> None:
        _settle_all(app, w)
        sc = _Scenario(app, w)
        last = 0.0
        for n, step in enumerate(steps):
            last = sc.act(step)
            if n < len(steps) - 1:
                sc.run_for(gap)
        sc.wait_shown()
        sc.wait_whole()
        _report(name, sc, last, stalls)

    w.search.set_text("")
    chip = {label.split()[0]: b for b, _k, label, _f in w.search.chips}
    stars = [b for b, _k, label, _f in w.search.chips if label.startswith("★")]
    clicks("chip Photos", [chip["Photos"].click])
    clicks("chip ★ 3+ (Photos on)", [stars[0].click])
    clicks("chips off, Videos, ★ 5 (0.15 s apart)",
           [stars[0].click, chip["Photos"].click, chip["Videos"].click, stars[1].click],
           gap=0.15)  # fmt: skip
    clicks("chips off", [lambda: w.search.clear_chips(emit=True)])

    keys = [n.key for n in _sidebar_nodes(w)]
    picks = [k for k in ("kind:video", "unassigned") if k in keys]
    picks += [k for k in keys if k.startswith("day:")][:1]
    picks += [k for k in keys if k.startswith("session:")][:1]
    picks += [k for k in keys if k.startswith("tag:")][:1]
    for key in picks:
        clicks(f"sidebar {key}", [lambda key=key: w.sidebar.select_key(key)])
    rows = [k for k in keys if k.startswith(("session:", "day:"))][:6]
    clicks("sidebar: 6 rows, 0.15 s apart (arrow keys)",
           [lambda key=key: w.sidebar.select_key(key) for key in rows], gap=0.15)  # fmt: skip
    clicks("sidebar All items", [lambda: w.sidebar.select_key("all")])

    # scrolling while a broad search still counts in the background: each jump's rows
    # painted with their records (their page read by offset deep into the result)
    _settle_all(app, w)
    sc = _Scenario(app, w)
    last = sc.act(lambda: w.search.set_text("IMG_0"))
    sc.wait_shown()
    sb = w.grid.verticalScrollBar()
    painted: list[float] = []
    for step in range(1, 16):
        t0 = sc.act(lambda step=step: sb.setValue(int(sb.maximum() * step / 16)))
        end = t0 + 30
        while not records_shown(w) and time.perf_counter() < end:
            sc.one_pass()
        painted.append(time.perf_counter() - t0)
    sc.wait_whole()
    _report("'IMG_0', 15 jumps while it counts", sc, last, stalls)
    print(
        f"      a jump's rows painted with their records: median "
        f"{statistics.median(painted) * 1000:.0f} ms, worst {max(painted) * 1000:.0f} ms"
    )
    w.search.set_text("")
    _settle_all(app, w)

    # jumps deep into the counted result (the scroll bar dragged far down, then End): each
    # jump's rows painted with their records (until 2026-12-03 each such page was read by
    # offset, sorting every match of the search again)
    sc = _Scenario(app, w)
    t0 = sc.act(lambda: w.search.set_text("IMG_0"))
    counted: list[float] = []
    w.browser.results.connect(lambda _n: counted.append(time.perf_counter()))
    sc.wait_shown()
    end = time.perf_counter() + 120
    while not counted and time.perf_counter() < end:
        sc.one_pass()
    counted_after = (counted[0] - t0) if counted else float("nan")
    deep: list[float] = []
    for step in (31, 15, 25, 7, 29, 19, 3, 23, 11, 27, 1, 21, 13, 17):  # odd 32nds: rows
        t1 = sc.act(lambda step=step: sb.setValue(int(sb.maximum() * step / 32)))
        end = t1 + 30
        while not records_shown(w) and time.perf_counter() < end:
            sc.one_pass()
        deep.append(time.perf_counter() - t1)
    w.grid.setFocus()
    t1 = sc.act(lambda: QTest.keyClick(w.grid, Qt.Key.Key_End))
    end = t1 + 30
    while not records_shown(w) and time.perf_counter() < end:
        sc.one_pass()
    deep.append(time.perf_counter() - t1)
    _report("'IMG_0' counted, 14 jumps deep + End", sc, t0, stalls)
    print(
        f"      counted {counted_after * 1000:.0f} ms after the input; a deep jump's rows "
        f"painted with their records: median {statistics.median(deep) * 1000:.0f} ms, worst "
        f"{max(deep) * 1000:.0f} ms, End {deep[-1] * 1000:.0f} ms "
        f"({len(w.store):,} rows)"
    )
    w.search.set_text("")
    _settle_all(app, w)

    for name, stall in stalls[:4]:
        print(f"   stall in {name!r}: {stall.seconds * 1000:.0f} ms; top samples:")
        for place, n in stall.samples.most_common(4):
            print(f"      {n:4d}  {place}")
        print("      " + "      ".join(stall.stack.splitlines(True)[-6:]))


def _sidebar_nodes(w: Any) -> list[Any]:
    out: list[Any] = []
    todo = list(w.sidebar_model.sections)
    while todo:
        n = todo.pop(0)
        out.append(n)
        todo[:0] = n.children
    return out


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--items", type=int, default=100_000)
    p.add_argument("--photos", type=int, default=300, help="photos ingested during the probe")
    p.add_argument(
        "--keep",
        action="store_true",
        help="reuse the pristine catalogue built by an earlier run (built when missing)",
    )
    p.add_argument(
        "--only",
        choices=("all", "scroll", "modes", "typing", "interactive"),
        default="all",
        help="scroll: only the first screenful and the scroll test; modes: only the mode "
        "switch; typing: only the first screenful, typing, facets and select all; "
        "interactive: only the first screenful and typing, chips, sidebar and scrolling "
        "at a user's pace",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=OUT,
        help="where the catalogues are built and copied (a million items: about 1 GB)",
    )
    p.add_argument(
        "--catalogue",
        type=Path,
        help="an existing catalogue (e.g. a 1M one built by scale.py), used on a copy in "
        "--out; the first screenful then waits for records only (it may have no thumbnails)",
    )
    p.add_argument(
        "--startup",
        action="store_true",
        help="only the app's start as a process (window shown, first screenful); needs --catalogue",
    )
    p.add_argument("--rounds", type=int, default=3, help="--startup: interleaved rounds")
    p.add_argument("--other-src", help="--startup: another tree's src to compare with")
    p.add_argument(
        "--marks",
        action="store_true",
        help="--startup: also where the time goes (the catalogue's import, its opening, the "
        "main window's build, its first screenful), per round and as medians",
    )
    p.add_argument("--startup-child", help=argparse.SUPPRESS)
    p.add_argument("--src", help="the tree's src to measure (default: this checkout's)")
    p.add_argument(
        "--switch-interval", type=float, help="sys.setswitchinterval after the app's own (s)"
    )
    args = p.parse_args()
    if args.startup_child:  # the tree under test comes from PYTHONPATH
        return _startup_child(args.startup_child)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.startup:
        if args.catalogue is None:
            p.error("--startup needs --catalogue")
        return startup_rounds(args)
    sys.path.insert(0, args.src or str(REPO / "src"))
    if args.catalogue is not None:
        pristine = args.catalogue
        path = out / "bench-given.smpcat"
        for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            old.unlink(missing_ok=True)
        shutil.rmtree(out / "bench-given.cache", ignore_errors=True)
        shutil.copyfile(pristine, path)
        if Path(f"{pristine}-wal").exists():
            shutil.copyfile(f"{pristine}-wal", f"{path}-wal")
        if (pristine.parent / f"{pristine.stem}.cache").is_dir():
            shutil.copytree(pristine.parent / f"{pristine.stem}.cache", out / "bench-given.cache")
        return run_all(args, path, thumbnails=False)
    pristine = out / f"pristine-{args.items}.smpcat"
    if not (args.keep and pristine.exists()):
        for old in (pristine, out / f"pristine-{args.items}.cache"):
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        t = time.perf_counter()
        build_catalogue(pristine, args.items)
        print(f"built {args.items:,} items in {time.perf_counter() - t:.1f} s ({pristine})")
    # The ingest probe adds photos: every run works on a fresh copy of the pristine one.
    path = out / f"bench-{args.items}.smpcat"
    for old in (path, out / f"bench-{args.items}.cache"):
        shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):  # a stale WAL would be replayed into the fresh copy
        Path(f"{path}{suffix}").unlink(missing_ok=True)
        if Path(f"{pristine}{suffix}").exists():
            shutil.copyfile(f"{pristine}{suffix}", f"{path}{suffix}")
    shutil.copyfile(pristine, path)
    shutil.copytree(out / f"pristine-{args.items}.cache", out / f"bench-{args.items}.cache")
    return run_all(args, path, thumbnails=True)


def _open_as_the_app(app: Any, path: Path) -> Any:
    """The catalogue as the app opens it, with the app's collector pacing (``gui.app._run``):
    the tree's own way where it has one (``--src`` may be an older tree)."""
    try:
        from smparchive.gui.collector import UiThreadCollector
    except ImportError:
        print("collector: automatic (this tree has no UI-thread collector)")
    else:
        app._bench_collector = UiThreadCollector(app)  # kept for the run, as the app keeps it
        print("collector: the app's (passes on the UI thread, between events)")
    try:
        from smparchive.core.catalog.reader import open_lazily
    except ImportError:
        from smparchive.core.catalog.catalog import open_catalog

        return open_catalog(path)
    return open_lazily(path)


def run_all(args: Any, path: Path, thumbnails: bool) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smparchive.gui.app import make_application
    from smparchive.gui.settings import Settings

    app = make_application()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    print(f"interpreter switch interval {sys.getswitchinterval() * 1000:.1f} ms")
    tmp = Path(tempfile.mkdtemp(prefix="smp-bench-"))
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    catalog = _open_as_the_app(app, path)
    first, w = first_screenful(app, catalog, settings, thumbnails)
    print(
        f"\n1. first screenful of {len(w.store):,} items: {first * 1000:.0f} ms (target 1000 ms); "
        + (
            f"{w.thumbs.decoded} thumbnails decoded (only the visible ones)"
            if thumbnails
            else "records painted (thumbnails not waited for)"
        )
    )

    if args.only in ("all", "modes"):
        loupe, compare = mode_latency(app, w, catalog)
        print(
            f"\n4. mode switch: Grid -> Loupe first paint median "
            f"{statistics.median(loupe) * 1000:.1f} ms, worst {max(loupe) * 1000:.1f} ms "
            f"(target 100 ms, preview cached); Compare of 4 photos median "
            f"{statistics.median(compare) * 1000:.1f} ms, worst {max(compare) * 1000:.1f} ms "
            f"(target 200 ms)"
        )
        if args.only == "modes":
            w.close()
            QApplication.processEvents()
            return 0

    if args.only in ("all", "scroll"):
        scroll_test(app, w, catalog)
        if args.only == "scroll":
            w.close()
            QApplication.processEvents()
            return 0
    if args.only == "interactive":
        interactive(app, w)
        w.close()
        QApplication.processEvents()
        return 0
    sb = w.grid.verticalScrollBar()
    sb.setValue(0)

    rows = typing_latency(app, w)
    print("\n2. search -> grid updated (first page painted) / whole result in:")
    for text, debounce, shown, whole, count in rows:
        print(
            f"   {text!r:24} grid {shown * 1000:6.1f} ms, whole result {whole * 1000:6.1f} ms "
            f"from the keystroke (debounce {debounce * 1000:.0f} ms), {count:,} items"
        )
    typed = [r[2] for r in rows[:-3]]
    broad = [r[2] for r in rows[-3:]]
    print(
        f"   typing: median {statistics.median(typed) * 1000:.1f} ms, "
        f"worst {max(typed) * 1000:.1f} ms (incl. {w.search._timer.interval()} ms debounce); "
        f"broad queries worst {max(broad) * 1000:.1f} ms (target 100 ms)"
    )
    facets_and_select_all(app, w)
    if args.only == "typing":
        w.close()
        QApplication.processEvents()
        return 0

    lateness, took, photos = ingest_latency(app, w, args.photos, tmp / "incoming")
    lateness.sort()
    p95 = lateness[int(len(lateness) * 0.95)] if lateness else 0.0
    print(
        f"\n3. event loop during an ingest of {photos} photos "
        f"({took:.1f} s, {photos / took:.1f} files/s): "
        f"timer lateness median {statistics.median(lateness):.1f} ms, p95 {p95:.1f} ms, "
        f"worst {max(lateness):.1f} ms over {len(lateness)} ticks (target 100 ms)"
    )
    w.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
