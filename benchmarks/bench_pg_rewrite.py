"""Writes of many item rows on PostgreSQL: the scan's (new rows, fingerprints, thumbnail
outcomes) and a journalled rewrite (a clock correction of every item, its undo and redo).

    python benchmarks/bench_pg_rewrite.py URL --src OTHER_SRC [--rounds 3]
    (BENCH_ITEMS=N: items, 20,000 by default)

URL: a PostgreSQL catalogue (``postgresql+psycopg://...``) whose public schema each run
empties (or a SQLite file's path, deleted first, to compare). Each round, in a fresh process
per tree (this one's ``src`` and ``--src``, in alternating order), N items of one camera,
with device times and their offset, go in through the ingest write path (``ingest_batch``,
batches of 2,000, then the days: ``build_wall``); each item's fingerprint
(``ingest_hashes``: ``hash_wall``) and thumbnail outcome (``ingest_outcomes``, one in ten a
warning: ``thumbs_wall``); then a clock correction of that camera (every item's capture
time rewritten, some items' day: ``clock_wall``/``clock_cpu``), its undo
(``undo_wall``/``undo_cpu``) and its redo (``redo_wall``). ``*_stmts``: the statements each
sent that write ``items`` (an executemany counts one per row, as psycopg sends it: the
statement triggers ``facet_cells`` and ``time_cells`` fire once per statement). Figures
only: nothing is asserted.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import interleaved  # beside this script

ITEMS = int(os.environ.get("BENCH_ITEMS", "20000"))
BATCH = 2000


def _fresh(url: str) -> None:
    """An empty catalogue at ``url``: the server's public schema emptied, or no file."""
    from sqlalchemy import create_engine, text

    if not url.startswith("postgresql"):  # a SQLite file, for comparison
        Path(url).unlink(missing_ok=True)
        return
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _timed(fn: Any) -> tuple[float, float, Any]:
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000, out


def _build(cat: Any, media: Path) -> None:
    """N items of one camera through ``ingest_batch``, days as a scan leaves them."""
    from datetime import date

    from smparchive.core.catalog.ops_ingest import IngestEntry

    cat.create_event("Bench", time_zone="Europe/Brussels")
    for d in range(4):
        cat.add_day(date(2022, 6, 1 + d))
    root_id = cat.add_root(media).value
    first = datetime(2022, 6, 1, 8, 0)
    for start in range(0, ITEMS, BATCH):
        entries = [
            IngestEntry(
                rel_path=f"DCIM/{i // 1000:03d}/IMG_{i:05d}.JPG",
                name=f"IMG_{i:05d}.JPG",
                size=3_000_000 + i,
                mtime_ns=1_654_000_000_000_000_000 + i,
                sha256=f"{i:064x}",
                technical={
                    "kind": "photo",
                    "mime": "image/jpeg",
                    "format": "JPEG",
                    "camera_make": "Canon",
                    "camera_model": "EOS R5",
                    "status": "ok",
                    "thumb_state": "pending",
                },
                capture_local=first + timedelta(days=i % 4, seconds=(i * 7919) % (16 * 3600)),
                capture_offset_min=120,
                capture_source="exif",
            )
            for i in range(start, min(ITEMS, start + BATCH))
        ]
        cat.ingest_batch(root_id, entries)
    cat.rederive_capture_times()  # the days, as the scan's assignment sets them


def measure(url: str) -> dict[str, float]:
    from sqlalchemy import event

    from smparchive.core.catalog.catalog import open_catalog

    out: dict[str, float] = {"load": os.getloadavg()[0]}
    _fresh(url)
    sent = [0]

    def count(conn: Any, cur: Any, sql: str, params: Any, ctx: Any, many: bool) -> None:
        if sql.startswith(("UPDATE items", "INSERT INTO items")):
            sent[0] += len(params) if isinstance(params, list | tuple) else 1

    def step(name: str, fn: Any) -> Any:
        sent[0] = 0
        out[f"{name}_wall"], cpu, result = _timed(fn)
        if name in ("clock", "undo"):
            out[f"{name}_cpu"] = cpu
        out[f"{name}_stmts"] = sent[0]
        return result

    with tempfile.TemporaryDirectory() as tmp:
        cat = open_catalog(url, create=True)
        event.listen(cat.engine, "before_cursor_execute", count)
        try:
            step("build", lambda: _build(cat, Path(tmp)))
            with cat.engine.connect() as c:
                c.exec_driver_sql("ANALYZE")
            ids = cat.query_ids()
            step("hash", lambda: cat.ingest_hashes([(i, f"{i * 7919:064x}") for i in ids]))
            outcomes = [
                {"id": i, "thumb_state": "none", "status": "warning", "warnings": "odd"}
                if i % 10 == 0
                else {"id": i, "thumb_state": "ok"}
                for i in ids
            ]
            step("thumbs", lambda: cat.ingest_outcomes(outcomes))
            done = step("clock", lambda: cat.set_clock_offset("Canon|EOS R5|", 3600 + 7))
            out["clock_items"] = done.value
            undone = step("undo", lambda: cat.undo(done.undo))
            step("redo", lambda: cat.undo(undone.undo))
        finally:
            cat.close()
    return out


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    interleaved.main(__file__, __doc__ or "", measure)


if __name__ == "__main__":
    main()
