#!/usr/bin/env python3
"""The read that follows a cancelled one on a team catalogue (PostgreSQL); prints figures.

    python benchmarks/bench_pg_cancel.py PG_URL --src OTHER_TREE/src [--rounds 3]

A user typing on in the search field cancels the read of the text before (a server cancel
request, sent from a thread) and starts the next one at once. Since a cancel names a
connection, not a statement, the pool no longer lends a connection whose cancel has not
arrived (``core.catalog.interrupt``): this measures what that costs the next read, from the
cancel to its answer, per tree (the tree given with --src, e.g. the code before the change,
and this checkout's), interleaved, one process per round, on the same server. It also
counts next reads that failed (the late cancel stopped them). Figures only.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import interleaved

REPS = 40


def measure(url: str) -> dict[str, float]:
    from sqlalchemy import text

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.progress import CancelToken

    load = os.getloadavg()[0]
    cat = open_catalog(url)
    waits: list[float] = []
    failed = 0
    try:
        for _ in range(REPS):
            token = CancelToken()
            started = threading.Event()

            def superseded(token: CancelToken = token, started: threading.Event = started) -> None:
                try:
                    with cat.interruptible(token), cat._read() as s:
                        started.set()
                        s.execute(text("SELECT pg_sleep(5)")).scalar()
                except Exception:  # cancelled: what the user wanted
                    pass
                finally:
                    started.set()

            t = threading.Thread(target=superseded, daemon=True)
            t.start()
            started.wait(10)
            time.sleep(0.05)  # the superseded read is under way
            t0 = time.perf_counter()
            token.cancel()  # the user typed on
            try:
                with cat._read() as s:  # the next read, at once
                    s.execute(text("SELECT count(*) FROM items")).scalar()
                waits.append(time.perf_counter() - t0)
            except Exception:
                failed += 1
            t.join(10)
            time.sleep(0.05)
    finally:
        cat.close()
    waits.sort()
    return {
        "load": load,
        "next_read_median_ms": statistics.median(waits) * 1000 if waits else -1,
        "next_read_p90_ms": waits[int(len(waits) * 0.9)] * 1000 if waits else -1,
        "next_read_max_ms": waits[-1] * 1000 if waits else -1,
        "next_read_failed": float(failed),
    }


if __name__ == "__main__":
    interleaved.main(__file__, __doc__ or "", measure)
