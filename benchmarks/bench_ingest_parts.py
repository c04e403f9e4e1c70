"""Where a first scan's CPU goes beyond the careful pipeline's (issue 19), part by part.

``bench_ingest.py`` gives the process tree's CPU until every 256 px thumbnail exists, and
per process; this script splits what is left over, on the same corpus (``--keep`` folder of
``bench_ingest.py``, made if missing), in fresh processes, 3 rounds, the load printed:

1. per photo, in one process, interleaved: the worker's task (``tasks.head_hash``: one
   read, SHA-256, the 1/8 decode, 256 px thumbnail, orientation from the head pass) against
   ``careful_one`` (the same plus Pillow's EXIF, and the file written);
2. the other files (videos, decks): the worker's full look (facts + picture) against
   ``careful_one`` (picture only), in a fresh process each (the first file of a kind pays
   its library's import);
3. the scanning process of a first scan with 2 workers (as ``bench_ingest.py --measure``):
   its CPU, the main thread's by part (head pass, catalogue writes, cache files);
4. the careful pipeline's parent process against its workers.

    .venv/bin/python benchmarks/bench_ingest_parts.py [--keep /tmp/smp-ingest] [--rounds 3]
"""

from __future__ import annotations

import argparse
import functools
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_ingest as bench

SRC = Path(__file__).resolve().parents[1] / "src"


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def per_photo(corpus: Path, rounds: int) -> dict[str, list[float]]:
    """ms of CPU per photo: the worker's head_hash against careful_one, interleaved."""
    from smparchive.core.ingest import tasks

    photos = sorted(glob.glob(str(corpus / "DCIM" / "*.JPG")))
    with tempfile.TemporaryDirectory() as warm:  # first imports out of the figures
        st = os.stat(photos[0])
        tasks.head_hash(photos[0], st.st_size, st.st_mtime_ns, None, warm, 1)
        bench.careful_one(photos[0], warm)
    got: dict[str, list[float]] = {"worker": [], "careful": []}
    for rnd in range(rounds):
        for name in ("worker", "careful") if rnd % 2 == 0 else ("careful", "worker"):
            with tempfile.TemporaryDirectory() as out:
                t0 = time.process_time()
                for path in photos:
                    if name == "worker":
                        st = os.stat(path)
                        tasks.head_hash(path, st.st_size, st.st_mtime_ns, None, out, 1)
                    else:
                        bench.careful_one(path, out)
                got[name].append((time.process_time() - t0) / len(photos) * 1000)
    return got


def others(corpus: Path, who: str) -> float:
    """Seconds of CPU for the videos and decks in this fresh process (imports included)."""
    from smparchive.core.ingest import tasks
    from smparchive.core.processes import PRELOAD

    for name in PRELOAD:  # what a worker has from its fork server
        __import__(name)
    files = sorted(glob.glob(str(corpus / "Video" / "*")) + glob.glob(str(corpus / "Slides" / "*")))
    with tempfile.TemporaryDirectory() as out:
        t0 = time.process_time()
        for path in files:
            if who == "worker":
                tasks.first_look(path, None, out)
            else:
                bench.careful_one(path, out)
        return time.process_time() - t0


def scanning_parts(corpus: Path) -> dict[str, float]:
    """A first scan with 2 workers: the scanning process's CPU, its main thread's by part."""
    from smparchive.core import thumbcache
    from smparchive.core.catalog.catalog import Catalog, open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, pipeline, scan, tasks
    from smparchive.core.ingest.workers import WorkerPool

    parts: dict[str, float] = {}
    main = threading.main_thread()

    def timed(owner: Any, attr: str, label: str) -> None:
        fn = getattr(owner, attr)

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is not main:
                return fn(*args, **kwargs)
            t0 = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                parts[label] = parts.get(label, 0.0) + time.thread_time() - t0

        setattr(owner, attr, wrapper)

    timed(tasks, "head_look", "head pass (parse)")
    timed(Catalog, "ingest_batch", "rows written")
    timed(Catalog, "ingest_hashes", "hashes written")
    timed(thumbcache.ThumbnailCache, "put", "cache files written")
    timed(pipeline, "_audit_scan", "history")
    with tempfile.TemporaryDirectory() as work:
        cat = open_catalog(Path(work) / "c.smpcat", create=True)
        cat.add_root(corpus)
        c0, m0 = _cpu(), time.thread_time()
        options = ScanOptions(workers=2)
        with WorkerPool.for_options(options) as pool:
            scan(cat, options=options, pool=pool)
            build_thumbnails(cat, options=options, previews=False, pool=pool)
            parts["main thread"] = time.thread_time() - m0
            parts["process"] = _cpu() - c0
        cat.close()
    return parts


def careful_parent(corpus: Path) -> dict[str, float]:
    """The careful pipeline (as in bench_ingest): its parent's CPU and its workers'."""
    files = [str(p) for p in sorted(corpus.rglob("*")) if p.is_file()]
    s0, c0 = _cpu(), _cpu(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as out:
        bench.careful(files, out)
    return {"parent": _cpu() - s0, "workers": _cpu(resource.RUSAGE_CHILDREN) - c0}


def _fresh(keep: Path, *argv: str) -> Any:
    path = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env = {**os.environ, "PYTHONPATH": path}
    out = subprocess.run(
        [sys.executable, __file__, "--keep", str(keep), *argv],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        sys.exit(f"{argv} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "smp-ingest")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus = args.keep / "corpus-80-3-4"
    if args.child:
        what = args.child[0]
        result: Any = {
            "photo": lambda: per_photo(corpus, args.rounds),
            "others": lambda: others(corpus, args.child[1]),
            "scan": lambda: scanning_parts(corpus),
            "careful": lambda: careful_parent(corpus),
        }[what]()
        print(json.dumps(result))
        return
    bench.make_corpus(corpus, 80, 3, 4)
    print(f"corpus {corpus}; load {bench.loadavg()}")
    got = _fresh(args.keep, "--child", "photo")
    for name, values in got.items():
        print(f"  per photo, {name:8} " + " / ".join(f"{v:.1f}" for v in values) + " ms of CPU")
    for rnd in range(args.rounds):
        print(f"round {rnd + 1} (load {bench.loadavg()}):")
        for who in ("worker", "careful") if rnd % 2 == 0 else ("careful", "worker"):
            spent = _fresh(args.keep, "--child", "others", who)
            print(f"  videos + decks, {who:8} {spent:.3f} s of CPU")
        parts = _fresh(args.keep, "--child", "scan")
        print(
            f"  scanning process {parts.pop('process'):.3f} s, main thread "
            f"{parts.pop('main thread'):.3f} s: "
            + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in parts.items())
        )
        c = _fresh(args.keep, "--child", "careful")
        print(f"  careful pipeline: parent {c['parent']:.3f} s, workers {c['workers']:.3f} s")
    print(f"load at the end {bench.loadavg()}")


if __name__ == "__main__":
    main()
