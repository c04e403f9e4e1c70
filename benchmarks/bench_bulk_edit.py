"""Bulk edits on SQLite and on PostgreSQL: the same operations on the same items,
interleaved, so a team catalogue's cost can be compared (issue 16: within 2x of SQLite).

Run: .venv/bin/python benchmarks/bench_bulk_edit.py [--items 10000] [--rounds 3]
     [--pg URL]   (default $SMPARCHIVE_BENCH_PG_URL; its public schema is dropped and rebuilt:
                   give it a database of its own, never one tests use)
Each round runs every operation once per backend, alternating which backend goes first;
prints per operation the median wall time and the client's CPU time per backend, the
ratio PostgreSQL / SQLite, and the load average before and after (a loaded machine
inflates wall times, and the ratio is what to read).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from smparchive.core.catalog import fulltext
from smparchive.core.catalog.catalog import Catalog, open_catalog
from smparchive.core.catalog.folders import name_folders
from smparchive.core.catalog.models import MediaItem, Root


def _fresh_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def fill(cat: Catalog, n: int) -> list[int]:
    """``n`` items in bulk (no files needed: these operations never read them)."""
    now = datetime.now(UTC)
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    with cat._sessions() as s, s.begin():
        rid = s.execute(
            insert(Root).values(
                path="/bench",
                label="bench",
                online=True,
                sidecar_policy="mirror",
                ignore_patterns=[],
                added_at=now,
            )
        ).inserted_primary_key[0]
        rows = [
            {
                "id": i, "root_id": rid, "rel_path": f"day/{i:06d}.jpg", "name": f"{i:06d}.jpg",
                "kind": "photo", "size": 1000 + i, "mtime_ns": 0, "sha256": f"{i:064x}",
                "capture_utc": base + timedelta(seconds=i), "rating": 0, "flag": 0,
                "consent": "unknown", "status": "ok", "thumb_state": "ok", "clock_shift_s": 0,
                "has_embedded_thumb": False, "first_seen_at": now, "updated_at": now,
            }
            for i in range(1, n + 1)
        ]  # fmt: skip
        name_folders(s, rows)  # the path as its folder and name (0033)
        s.execute(insert(MediaItem), rows)
        ids = list(range(1, n + 1))
        fulltext.reindex(s, ids)
    if cat.engine.dialect.name == "postgresql":
        with cat.engine.connect() as c:
            c.exec_driver_sql("SELECT setval('items_id_seq', (SELECT max(id) FROM items))")
            c.commit()
    with cat.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
        c.commit()
    return ids


def operations(cat: Catalog, ids: list[int], r: int) -> list[tuple[str, Callable[[], Any]]]:
    """The bulk edits of one round (round ``r`` makes every value new)."""
    state: dict[str, Any] = {}
    coll = cat.create_collection(f"Bench {r}").value

    def tag() -> None:
        state["tag"] = cat.tag_items(ids, [f"Bench|Round {r}"])

    def untag() -> None:
        found = cat.find_tag(f"Bench|Round {r}")
        assert found is not None
        tag_id = found.id
        cat.remove_tags(ids, [tag_id])

    def caption() -> None:
        state["caption"] = cat.set_text(ids, "caption", "en", f"Panel on mobility, round {r}")

    colour = "red" if r % 2 else "blue"
    return [
        ("set rating", lambda: cat.set_fields(ids, rating=1 + r % 5)),
        ("set flag + label", lambda: cat.set_fields(ids, flag=1, color_label=colour)),
        ("set caption", caption),
        ("tag (new keyword)", tag),
        ("add to collection", lambda: cat.add_to_collection(coll, ids)),
        ("undo caption", lambda: cat.undo(state["caption"].undo)),
        ("remove tag", untag),
    ]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pg", default=os.environ.get("SMPARCHIVE_BENCH_PG_URL"))
    args = ap.parse_args()
    if not args.pg:
        ap.error("give --pg URL (or SMPARCHIVE_BENCH_PG_URL): a database of its own")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        _fresh_pg(args.pg)
        cats = {
            "sqlite": open_catalog(Path(tmp) / "bench.smpcat", create=True),
            "postgresql": open_catalog(args.pg),
        }
        ids = {}
        for name, cat in cats.items():
            start = time.perf_counter()
            ids[name] = fill(cat, args.items)
            print(f"{name}: {args.items} items inserted in {time.perf_counter() - start:.1f} s")
        wall: dict[tuple[str, str], list[float]] = {}
        cpu: dict[tuple[str, str], list[float]] = {}
        order: list[str] = []
        for r in range(args.rounds):
            names = list(cats) if r % 2 == 0 else list(reversed(cats))
            plans = {n: operations(cats[n], ids[n], r) for n in names}
            for step in range(len(plans[names[0]])):
                for name in names:
                    label, fn = plans[name][step]
                    if label not in order:
                        order.append(label)
                    w, c = time.perf_counter(), time.process_time()
                    fn()
                    wall.setdefault((label, name), []).append(time.perf_counter() - w)
                    cpu.setdefault((label, name), []).append(time.process_time() - c)
        for cat in cats.values():
            cat.close()
    print(f"\n{args.items} items, {args.rounds} rounds, median seconds (client CPU in brackets)")
    print(f"{'operation':<20} {'SQLite':>16} {'PostgreSQL':>16} {'PG/SQLite':>10}")
    ratios = []
    for label in order:
        sw, pw = (statistics.median(wall[(label, n)]) for n in ("sqlite", "postgresql"))
        sc, pc = (statistics.median(cpu[(label, n)]) for n in ("sqlite", "postgresql"))
        ratios.append(pw / sw)
        print(f"{label:<20} {sw:7.2f} ({sc:5.2f}) {pw:7.2f} ({pc:5.2f}) {pw / sw:9.1f}x")
    print(
        f"{'all (geometric mean)':<20} {'':>16} {'':>16} {statistics.geometric_mean(ratios):9.1f}x"
    )
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
