"""Stepping through 50 photos in the loupe: previews, full photos, and a slow cache share.

    python benchmarks/bench_loupe_stepping.py WORKDIR --src OTHER_SRC [--rounds 3] [--offline]

WORKDIR holds a catalogue of 50 local 3000x2000 JPEGs with 1600-px previews in its cache
(made by the first run). Each round, in a fresh process per tree (this one's ``src`` and
``--src``, alternating), a viewer window on the app's runner (``TaskRunner()``: two read
threads) steps through them:

- ``preview_ms``: step to the next photo, 0.15 s of looking between steps: the median time
  from the step to something on screen (its preview, or the full photo already decoded);
- ``full_ms``: the same walk, each step waiting for the full photo: its median time;
- ``fast_walk_s``: a step every 40 ms (the key held) through all 50, then the full last
  photo: the time from the first step until it is shown;
- ``share_full_ms``: every cache read takes 1.5 s (a slow share), the photos local: the
  median time from a step to the full photo shown, over 6 steps 0.3 s apart.

With ``--offline`` the 50 photos' originals are gone (their folder moved away and the
catalogue rescanned: offline), so only their cached previews can show them
(``WORKDIR/offline``). Their figures are means over the steps, not medians: with reads
in parallel, long waits alternate with steps whose preview was already read (a median of
0 hid a wait of 0.65 s every third step):

- ``offline_ms``: a step, 0.15 s of looking between steps: the mean time from the step
  to the cached preview on screen;
- ``offline_next_ms``: a step as soon as the photo before is shown (its neighbours'
  prefetches just started): the mean time to the cached preview;
- ``offline_walk_s``: a step every 40 ms through all 50: the time from the first step until
  the last photo's preview is shown;
- ``offline_share_ms``: every cache read takes 0.3 s (the cache on a slow share): a step
  as soon as the photo before is shown, the mean time to the preview, over 8 steps;
- ``offline_share_look_ms``: the same share, 0.15 s of looking between steps, 12 steps;
- ``offline_share_jump_ms``: the same share, 0.15 s of looking, then a jump of 7 photos
  (a filmstrip click: the neighbours' reads are of other photos), 6 jumps.

Figures only: nothing is asserted. Load average at each run's start (``load``).
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import interleaved  # beside this script

COUNT = 50
WIDTH = 3000
SHARE_S = 1.5
OFFLINE_SHARE_S = 0.3
OFFLINE_ENV = "SMPARCHIVE_BENCH_LOUPE_OFFLINE"


def _catalogue(workdir: Path) -> Path:
    from PIL import Image, ImageDraw

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest.pipeline import ScanOptions, scan
    from smparchive.core.media.thumbnails import encode_jpeg
    from smparchive.core.thumbcache import PREVIEW

    path = workdir / "loupe.smpcat"
    if path.exists():
        return path
    folder = workdir / "photos"
    folder.mkdir(parents=True)
    for n in range(COUNT):
        im = Image.new("RGB", (WIDTH, 2000), (40 + n, 60, 90))
        ImageDraw.Draw(im).ellipse([500 + 20 * n, 400, 2500, 1600], fill=(220, 180, 60))
        im.save(folder / f"IMG_{n:04d}.jpg", "JPEG", quality=85)
    cat = open_catalog(path, create=True)
    cat.add_root(folder)
    scan(cat, options=ScanOptions(workers=0))
    for rec in cat.items(cat.query_ids(sort="name")):
        preview = Image.open(rec.path).resize((1600, 1067))
        cat.thumbnails.put(rec.sha256, PREVIEW, encode_jpeg(preview))
    cat.close()
    return path


def _offline_catalogue(workdir: Path) -> Path:
    """The catalogue of ``_catalogue``, its originals moved away and rescanned: offline."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest.pipeline import ScanOptions, scan

    path = _catalogue(workdir)
    gone = workdir / "photos.gone"
    if not gone.exists():
        (workdir / "photos").rename(gone)
        cat = open_catalog(path)
        scan(cat, options=ScanOptions(workers=0))
        cat.close()
    return path


def _wait(app: Any, until: Any, limit_s: float = 30.0) -> float:
    """Process events until ``until()``; the seconds it took."""
    started = time.perf_counter()
    while not until():
        app.processEvents()
        if time.perf_counter() - started > limit_s:
            raise TimeoutError
        time.sleep(0.001)
    return time.perf_counter() - started


def _spin(app: Any, seconds: float) -> None:
    """Let the event loop run for ``seconds`` (the person looks at the photo)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def _window(app: Any, cat: Any, ids: list[int], *, offline: bool = False) -> tuple[Any, Any, Any]:
    from smparchive.gui.tasks import TaskRunner
    from smparchive.gui.viewers import open_viewer

    runner = TaskRunner()
    window = open_viewer(None, cat, ids, 0, runner=runner)
    window.resize(1600, 1000)
    window.show()
    _wait(app, lambda: getattr(window.viewer, "view", None) is not None)
    loupe = window.viewer
    if offline:  # its cached preview, the full photo being gone
        _wait(app, lambda: loupe.view.has_image())
    else:
        _wait(app, lambda: loupe.view.image_width() == WIDTH)
    return window, loupe, runner


def _full_of(loupe: Any, item_id: int) -> bool:
    """The full photo of ``item_id`` is on screen (its preview is 1600 px wide)."""
    return bool(loupe.record.id == item_id and loupe.view.image_width() == WIDTH)


def _close(window: Any, runner: Any) -> None:
    window.close()
    runner.shutdown()


def _shown(loupe: Any, item_id: int) -> bool:
    """``item_id`` is the photo shown, with a picture (an offline one: its preview)."""
    return bool(loupe.record.id == item_id and loupe.view.has_image())


def measure_offline(workdir: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.thumbcache import ThumbnailCache

    out: dict[str, float] = {"load": os.getloadavg()[0]}
    app = QApplication.instance() or QApplication([])
    cat = open_catalog(_offline_catalogue(Path(workdir) / "offline"))
    ids = cat.query_ids(sort="name")

    window, loupe, runner = _window(app, cat, ids, offline=True)
    shown = []
    for n in range(1, COUNT):
        _spin(app, 0.15)
        started = time.perf_counter()
        window.step(1)
        _wait(app, lambda n=n: _shown(loupe, ids[n]))
        shown.append(time.perf_counter() - started)
    out["offline_ms"] = statistics.mean(shown) * 1000
    _close(window, runner)

    window, loupe, runner = _window(app, cat, ids, offline=True)
    nxt = []
    for n in range(1, COUNT):
        window.step(1)
        nxt.append(_wait(app, lambda n=n: _shown(loupe, ids[n])))
    out["offline_next_ms"] = statistics.mean(nxt) * 1000
    _close(window, runner)

    window, loupe, runner = _window(app, cat, ids, offline=True)
    started = time.perf_counter()
    for _ in range(COUNT - 1):
        window.step(1)
        _spin(app, 0.04)
    _wait(app, lambda: _shown(loupe, ids[-1]), 120)
    out["offline_walk_s"] = time.perf_counter() - started
    _close(window, runner)

    real = ThumbnailCache.get

    def slow(cache: Any, sha256: Any, size: int) -> Any:
        if threading.current_thread() is not threading.main_thread():
            time.sleep(OFFLINE_SHARE_S)
        return real(cache, sha256, size)

    ThumbnailCache.get = slow  # type: ignore[method-assign]
    try:
        for name, look, jump, steps in (
            ("offline_share_ms", 0.0, 1, 8),
            ("offline_share_look_ms", 0.15, 1, 12),
            ("offline_share_jump_ms", 0.15, 7, 6),
        ):
            window, loupe, runner = _window(app, cat, ids, offline=True)
            waits = []
            for n in range(1, steps + 1):
                _spin(app, look)
                window.step(jump)
                target = ids[n * jump]
                waits.append(_wait(app, lambda lo=loupe, t=target: _shown(lo, t), 120))
            out[name] = statistics.mean(waits) * 1000
            _close(window, runner)
    finally:
        ThumbnailCache.get = real  # type: ignore[method-assign]
    cat.close()
    return out


def measure(workdir: str) -> dict[str, float]:
    if os.environ.get(OFFLINE_ENV):
        return measure_offline(workdir)
    from PySide6.QtWidgets import QApplication

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.thumbcache import ThumbnailCache

    out: dict[str, float] = {"load": os.getloadavg()[0]}
    app = QApplication.instance() or QApplication([])
    cat = open_catalog(_catalogue(Path(workdir)))
    ids = cat.query_ids(sort="name")

    window, loupe, runner = _window(app, cat, ids)
    shown = []
    for n in range(1, COUNT):
        _spin(app, 0.15)  # the person looks at the photo; prefetch and decode meanwhile
        started = time.perf_counter()
        window.step(1)
        _wait(app, lambda n=n: loupe.record.id == ids[n] and loupe.view.has_image())
        shown.append(time.perf_counter() - started)
    out["preview_ms"] = statistics.median(shown) * 1000
    _close(window, runner)

    window, loupe, runner = _window(app, cat, ids)
    full = []
    for n in range(1, COUNT):
        window.step(1)
        full.append(_wait(app, lambda n=n: _full_of(loupe, ids[n])))
    out["full_ms"] = statistics.median(full) * 1000
    _close(window, runner)

    window, loupe, runner = _window(app, cat, ids)
    started = time.perf_counter()
    for _ in range(COUNT - 1):
        window.step(1)
        _spin(app, 0.04)
    _wait(app, lambda: _full_of(loupe, ids[-1]), 120)
    out["fast_walk_s"] = time.perf_counter() - started
    _close(window, runner)

    real = ThumbnailCache.get

    def slow(cache: Any, sha256: Any, size: int) -> Any:
        if threading.current_thread() is not threading.main_thread():
            time.sleep(SHARE_S)
        return real(cache, sha256, size)

    ThumbnailCache.get = slow  # type: ignore[method-assign]
    try:
        window, loupe, runner = _window(app, cat, ids)
        waits = []
        for n in range(1, 7):
            _spin(app, 0.3)
            window.step(1)
            waits.append(_wait(app, lambda n=n: _full_of(loupe, ids[n]), 120))
        out["share_full_ms"] = statistics.median(waits) * 1000
        _close(window, runner)
    finally:
        ThumbnailCache.get = real  # type: ignore[method-assign]
    cat.close()
    return out


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    env = None
    if "--offline" in sys.argv:  # each round's process is told by its environment
        sys.argv.remove("--offline")
        env = {OFFLINE_ENV: "1"}
        os.environ[OFFLINE_ENV] = "1"  # (--one: this process measures)
    interleaved.main(__file__, __doc__ or "", measure, env)


if __name__ == "__main__":
    main()
