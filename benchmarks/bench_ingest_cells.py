"""What keeping counts by triggers costs the write path (migration 0038's ``time_cells``).

    python benchmarks/bench_ingest_cells.py WORKDIR --src OTHER_SRC [--rounds 3] [--items N]

Each round, in a fresh process per tree (this one's ``src`` and ``--src``, in alternating
order), builds a catalogue of N items (100,000 by default) in WORKDIR through the ingest
write path (``scale.build``: ``ingest_batch`` in batches, then the sessions' automatic
assignment) and times it (``build_wall``, ``build_cpu``); then a clock correction of the
busiest camera (every one of its items' capture time rewritten: ``clock_wall``/``cpu``) and
its undo (``undo_wall``/``cpu``); ``size_mb``: the file's size, ``cells_kb``: what
``time_cells`` takes in it (0 before). Figures only: nothing is asserted.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import interleaved  # beside this script

ITEMS = int(os.environ.get("BENCH_ITEMS", "100000"))


def _timed(fn: Any) -> tuple[float, float, Any]:
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000, out


def measure(workdir: str) -> dict[str, float]:
    import scale

    from smparchive.core.catalog.catalog import open_catalog

    out: dict[str, float] = {"load": os.getloadavg()[0]}
    folder = Path(workdir) / f"run-{os.getpid()}"
    folder.mkdir(parents=True)
    path = folder / "cat.smpcat"
    try:
        wall, cpu, _ = _timed(lambda: scale.build(path, ITEMS, log=lambda _m: None))
        out["build_wall"], out["build_cpu"] = wall, cpu
        cat = open_catalog(path)
        camera = max((g for g in cat.cameras() if g.make), key=lambda g: g.count)
        wall, cpu, done = _timed(lambda: cat.set_clock_offset(camera.key, 3600 + 7))
        out["clock_wall"], out["clock_cpu"], out["clock_items"] = wall, cpu, done.value
        wall, cpu, _ = _timed(lambda: cat.undo(done.undo))
        out["undo_wall"], out["undo_cpu"] = wall, cpu
        with cat.engine.connect() as c:
            has = c.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'time_cells'"
            ).scalar()
            cells = (
                c.exec_driver_sql(
                    "SELECT sum(pgsize) FROM dbstat WHERE name = 'time_cells'"
                ).scalar()
                if has
                else 0
            )
        cat.close()
        out["cells_kb"] = (cells or 0) / 1024
        out["size_mb"] = path.stat().st_size / 1e6
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    interleaved.main(__file__, __doc__ or "", measure)


if __name__ == "__main__":
    main()
