"""A grid page of item records, before/after: what reading each record's restrictions
(a session not for publication, restricted people shown: ``ItemRecord.restrictions``) adds.

Build once: ``bench_record_pages.py --build OUT.smpcat --items 100000`` (scale.py's event
through the ingest write path, sessions assigned, then 4 sessions marked not for
publication, 2 not to be recorded and 3 people restricted on 3,000 photos). Then
``bench_record_pages.py OUT.smpcat --src BEFORE/src [--rounds 5]``: each tree in a fresh
process, interleaved; figures only (ms per page of 200 records, load average at start).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import interleaved
import scale

PAGE = 200
PAGES = 60


def restrict(path: Path) -> None:
    """Sessions and people that hold items back, as on a real event."""
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(path)
    try:
        sessions = [s for s in cat.sessions() if s.item_count][:6]
        for s in sessions[:4]:
            cat.update_session(s.id, do_not_publish=True)
        for s in sessions[4:]:
            cat.update_session(s.id, do_not_record=True)
        ids = cat.query_ids()
        for n, name in enumerate(("Ana Lopez", "Bo Kim", "Cy Dee")):
            cat.tag_items(ids[n * 7919 % len(ids) :][:1000], [name], kind="person")
        cat.set_person_consent("Ana Lopez", "do_not_publish")
        cat.set_person_consent("Bo Kim", "internal_only")
    finally:
        cat.close()


def measure(catalogue: str) -> dict[str, float]:
    """Median and worst ms to read a page of records, over pages spread across the ids."""
    from smparchive.core.catalog.catalog import open_catalog

    load = os.getloadavg()[0]
    cat = open_catalog(catalogue)
    try:
        ids = cat.query_ids()
        step = max(1, (len(ids) - PAGE) // PAGES)
        cat.items(ids[:PAGE])  # the first page: warms the caches of roots and tag paths
        times = []
        for start in range(0, step * PAGES, step):
            t0 = time.perf_counter()
            cat.items(ids[start : start + PAGE])
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        cat.close()
    return {"load": load, "page_ms": statistics.median(times), "worst_ms": max(times)}


if __name__ == "__main__":
    if "--build" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--build") + 1])
        n = int(sys.argv[sys.argv.index("--items") + 1]) if "--items" in sys.argv else 100_000
        scale.build(out, n)
        from smparchive.core.catalog.catalog import open_catalog

        cat = open_catalog(out)
        try:
            scale.assign_sessions(cat)
        finally:
            cat.close()
        restrict(out)
    else:
        interleaved.main(__file__, __doc__ or "", measure)
