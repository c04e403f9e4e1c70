"""``spans_days`` at scale: whether a result lies on several programme days (the grid then
dates its captions), asked in the background once per result the grid shows.

Run: .venv/bin/python benchmarks/bench_spans_days.py [--items 1000000] [--catalogue PATH]
         [--rounds 3] [--plans]
The catalogue is ``scale.build``'s (4 days, 32 sessions a day), built at ``--catalogue``
when missing (1M: 21 min at load 6-10, 2026-12-08: build it once, outside
the work tree). For every search shape of ``scale_queries`` (the sweep and a session's),
the answer and the wall and CPU time of ``Catalog.spans_days`` and of the reader's (the
app's first screenful), median of the rounds, interleaved, with the load average; the
slowest first. ``--plans``: the SQL and ``EXPLAIN QUERY PLAN`` of the five slowest.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scale import build, loadavg
from scale_queries import SWEEP, session_shapes

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.reader import open_reader
from smparchive.core.domain.query import parse_search


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall and CPU ms of ``fn()`` (CPU is steadier on a loaded machine), and its answer."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000, out


def _plan(cat: Any, f: Any) -> list[str]:
    """The statement ``Catalog.spans_days`` runs for ``f`` and SQLite's plan of it."""
    from sqlalchemy import select

    from smparchive.core.catalog.filters import where_clauses
    from smparchive.core.catalog.models import MediaItem

    with cat._read() as s:
        where = where_clauses(s, f, cat._dialect, cameras=cat._camera_pairs)
        q = select(MediaItem.day_id + 0).where(*where).distinct().limit(2)
        sql = str(q.compile(cat.engine, compile_kwargs={"literal_binds": True}))
        plan = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
        return [" ".join(sql.split()), *(f"  {r[-1]}" for r in plan)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--catalogue", type=Path, help="default: /tmp/bench-scale/scale-N.smpcat")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--plans", action="store_true")
    a = ap.parse_args()
    path = a.catalogue or Path("/tmp/bench-scale") / f"scale-{a.items}.smpcat"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build(path, a.items)
    cat = open_catalog(path)
    reader = open_reader(str(path))
    assert reader is not None, "the reader needs a SQLite catalogue at the head schema"
    shapes = [*SWEEP, *session_shapes(cat)]
    filters = {text: parse_search(text, cat).filter for text in shapes}
    print(f"load average {loadavg()}; {path} ({path.stat().st_size / 1e6:.0f} MB)")
    # per shape: Catalog wall, Catalog CPU, reader wall, reader CPU
    times: dict[str, tuple[list[float], ...]] = {t: ([], [], [], []) for t in shapes}
    answers: dict[str, bool] = {}
    loads = []
    try:
        for _ in range(a.rounds):
            loads.append(loadavg())
            for text, f in filters.items():
                wall, cpu, answers[text] = _timed(lambda f=f: cat.spans_days(f))
                times[text][0].append(wall)
                times[text][1].append(cpu)
                wall, cpu, again = _timed(lambda f=f: reader.spans_days(f))
                times[text][2].append(wall)
                times[text][3].append(cpu)
                assert again == answers[text], text  # both say the same
        median = {t: [statistics.median(x) for x in m] for t, m in times.items()}
        slowest = sorted(shapes, key=lambda t: -max(median[t]))
        print(f"load average per round: {' | '.join(loads)}; now {loadavg()}")
        print(f"{'search shape':<46} {'spans':>5}  Catalog wall/CPU ms  reader wall/CPU ms")
        for text in slowest:
            cw, cc, rw, rc = median[text]
            print(
                f"{text or '(everything)':<46} {answers[text]!s:>5} "
                f"{cw:>10.1f} {cc:>8.1f} {rw:>10.1f} {rc:>8.1f}"
            )
        for label, col in (("Catalog", 0), ("reader", 2)):
            walls = [m[col] for m in median.values()]
            cpus = [m[col + 1] for m in median.values()]
            print(
                f"{label}: worst {max(walls):.1f} ms wall / {max(cpus):.1f} ms CPU; "
                f"all {len(shapes)} shapes {sum(walls):.0f} ms wall / {sum(cpus):.0f} ms CPU; "
                f"over 50 ms: {sum(w > 50 for w in walls)}"
            )
        if a.plans:
            for text in slowest[:5]:
                print(f"\n{text or '(everything)'}:")
                print("\n".join(_plan(cat, filters[text])))
    finally:
        reader.close()
        cat.close()


if __name__ == "__main__":
    main()
