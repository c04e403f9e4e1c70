"""Catalogue figures at 100,000 items: search + facets, batch tagging, auto-assignment.

Run: .venv/bin/python benchmarks/bench_catalogue.py [--items N] [--keep PATH] [--template PATH]
     .venv/bin/python benchmarks/bench_catalogue.py --items 1000000 --scale  (issue-19 figures)
(--template builds the synthetic catalogue once at PATH and measures a fresh copy of it on
every run, so repeated runs start from the same state without the build.)
Prints timings (targets: search+facets < 50 ms, tag 10k < 1 s, assign 10k < 2 s,
edit a field of 10k < 1 s).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from smparchive.core.catalog.cameras import name_cameras
from smparchive.core.catalog.catalog import Catalog, open_catalog
from smparchive.core.catalog.folders import name_folders
from smparchive.core.catalog.fulltext import fold
from smparchive.core.catalog.models import ItemTag, MediaItem, Root, SearchDoc, Tag
from smparchive.core.domain.query import parse_search

BXL = ZoneInfo("Europe/Brussels")
WORDS = ("reunion", "réunion", "policy", "skills", "mobility", "partnership", "debate",
         "opening", "panel", "audience", "speaker", "coffee", "networking", "brussels")  # fmt: skip
KINDS = ("photo",) * 8 + ("video", "slides")
ROOMS = ("Auditorium", "Roundtable Room", "Room B", "Room C")


def build(cat: Catalog, n: int, rng: random.Random) -> None:
    """A 4-day event with 4 parallel rooms and n items inserted in bulk."""
    cat.create_event("Bench", time_zone="Europe/Brussels")
    for d in range(4):
        for slot in range(8):
            for room in ROOMS:
                start = datetime(2022, 6, 1 + d, 9, 0, tzinfo=BXL) + timedelta(minutes=75 * slot)
                cat.add_session(f"{room} session {d}-{slot}", start, start + timedelta(hours=1),
                                room=room)  # fmt: skip
    days = [d.id for d in cat.days()]
    sessions = cat.sessions()
    now = datetime.now(UTC)
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
        tag_ids = [
            s.execute(
                insert(Tag).values(name=f"keyword {i}", kind="keyword", restriction="none")
            ).inserted_primary_key[0]
            for i in range(200)
        ]
        people = [
            s.execute(
                insert(Tag).values(name=f"Person {i}", kind="person", restriction="none")
            ).inserted_primary_key[0]
            for i in range(100)
        ]
        rows, docs, links = [], [], []
        for i in range(1, n + 1):
            sess = rng.choice(sessions)
            capture = sess.start + timedelta(seconds=rng.randint(0, 3600))
            words = " ".join(rng.sample(WORDS, 3))
            rows.append({
                "id": i, "root_id": rid, "rel_path": f"day/{i:06d}.jpg", "name": f"{i:06d}.jpg",
                "kind": rng.choice(KINDS), "size": rng.randint(1, 10**7),
                "mtime_ns": 0, "sha256": hashlib.sha256(i.to_bytes(8, "big")).hexdigest(),
                "capture_utc": capture,
                "capture_local": capture.astimezone(BXL).replace(tzinfo=None),
                "rating": rng.randint(0, 5), "flag": rng.choice((-1, 0, 0, 1)),
                "consent": rng.choice(("cleared", "unknown")), "status": "ok",
                "thumb_state": "ok", "clock_shift_s": 0, "has_embedded_thumb": False,
                "camera_make": rng.choice(("NIKON", "Canon", "SONY")), "camera_model": "X",
                "day_id": sess.day_id if rng.random() < 0.5 else rng.choice(days),
                "session_id": sess.id if rng.random() < 0.5 else None,
                "first_seen_at": now, "updated_at": now,
            })  # fmt: skip
            docs.append({"item_id": i, "doc": fold(f"{i:06d} jpg {words} {sess.title}")})
            for t in [*rng.sample(tag_ids, 2), rng.choice(people)]:
                links.append({"item_id": i, "tag_id": t})
        name_cameras(s, rows)  # make and model as the catalogue keeps them (0031)
        name_folders(s, rows)  # the path as its folder and name (0033)
        s.execute(insert(MediaItem), rows)
        if s.connection().dialect.name == "sqlite":  # the words in the index alone (0032)
            from smparchive.core.catalog import searchtext
            from smparchive.core.catalog.chunks import MAX_BOUND_PARAMS

            def execute(sql: str, params: Any) -> Any:
                result = s.connection().exec_driver_sql(sql, tuple(params))
                return result.fetchall() if result.returns_rows else []

            written = [(d["item_id"], 0, searchtext.doc_hash(d["doc"]), d["doc"]) for d in docs]
            searchtext.write(execute, (), written, MAX_BOUND_PARAMS)
        else:
            s.execute(insert(SearchDoc), docs)
        s.execute(insert(ItemTag), links)
    with cat.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")


def timed(label: str, fn, repeat: int = 5) -> object:  # type: ignore[no-untyped-def]
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<58} {best * 1000:8.1f} ms")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--keep", type=Path)
    ap.add_argument(
        "--template",
        type=Path,
        help="build the catalogue once at this path (if missing) and measure a copy of it",
    )
    ap.add_argument("--explain", action="store_true", help="print query plans")
    ap.add_argument(
        "--scale",
        action="store_true",
        help="the issue-19 figures on benchmarks/out/scale-N.smpcat, built through the "
        "ingest write path when missing (open, first screenful, search + facets, typing, "
        "unfiltered facets, slowest queries, query plans, size per index)",
    )
    ap.add_argument("--rounds", type=int, default=3, help="rounds of --scale figures")
    a = ap.parse_args()
    if a.scale:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import scale

        target = Path(__file__).resolve().parent / "out" / f"scale-{a.items}.smpcat"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            scale.build(target, a.items)
        scale.report(target, rounds=a.rounds)
        return
    path = a.keep or Path(tempfile.mkdtemp()) / "bench.smpcat"
    if a.template is not None:
        if not a.template.exists():
            t0 = time.perf_counter()
            tcat = open_catalog(a.template, create=True)
            build(tcat, a.items, random.Random(7))
            tcat.close()  # the last connection checkpoints the WAL into the file
            print(f"built {a.items} items in {time.perf_counter() - t0:.1f} s at {a.template}")
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        shutil.copyfile(a.template, path)
    fresh = not path.exists()
    cat = open_catalog(path, create=True)
    rng = random.Random(7)
    if fresh:
        t0 = time.perf_counter()
        build(cat, a.items, rng)
        print(f"built {a.items} items in {time.perf_counter() - t0:.1f} s at {path}")
    text = 'reunion kind:photo day:2 rating>=3 tag:"keyword 7"'
    search = parse_search(text, cat)
    ids = timed(f"search '{text}' first 200", lambda: cat.query_ids(search.filter, limit=200))
    timed("facet counts of that result", lambda: cat.facets(search.filter))
    timed("search + facets together (the target)",
          lambda: (cat.query_ids(search.filter, limit=200), cat.facets(search.filter)))  # fmt: skip
    timed("parse the query", lambda: parse_search(text, cat))
    print(f"  -> {len(ids)} ids (of {cat.count(search.filter)})")  # type: ignore[arg-type]
    if a.explain:
        from smparchive.core.catalog.filters import ids_query

        with cat._read() as s:
            q = ids_query(s, search.filter, "sqlite").limit(200)
            sql = str(q.compile(cat.engine, compile_kwargs={"literal_binds": True}))
            for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql):
                print("   ", row[-1])

    with cat._read() as s:
        sample = list(s.scalars(select(MediaItem.id).order_by(MediaItem.id).limit(10_000)))
    r = timed("tag 10,000 items", lambda: cat.tag_items(sample, [f"bench {time.time_ns()}"]),
              repeat=1)  # fmt: skip
    del r
    props = timed("propose assignments for 10,000 items (dry run)",
                  lambda: cat.propose_assignments(sample), repeat=1)  # fmt: skip
    timed("apply those proposals", lambda: cat.apply_assignments(props), repeat=1)  # type: ignore[arg-type]
    with cat._read() as s:
        sample2 = list(s.scalars(select(MediaItem.id).order_by(MediaItem.id.desc()).limit(10_000)))
    timed("auto-assign 10,000 items (propose + apply)", lambda: cat.auto_assign(sample2), repeat=1)
    # Field edits on 10,000 items other than those tagged above: plain fields (search text
    # unchanged) and a caption (search text rewritten), each with its undo and redo.
    sample3 = sample2[: len(sample2) // 2] + sample[len(sample) // 2 :]
    for label, edit in (
        ("set consent=do_not_publish", lambda: cat.set_fields(sample3, consent="do_not_publish")),
        ("set a credit line", lambda: cat.set_fields(sample3, credit_line="Photo: Bench")),
        ("set an English caption", lambda: cat.set_text(sample3, "caption", "en", "Opening")),
    ):
        res = timed(f"{label} on 10,000 items", edit, repeat=1)
        redo = timed("  undo it", lambda r=res: cat.undo(r.undo), repeat=1)  # type: ignore[attr-defined]
        timed("  redo it", lambda r=redo: cat.undo(r.undo), repeat=1)  # type: ignore[attr-defined]
    cam = cat.cameras()[0]
    res = timed(f"clock correction of one camera ({cam.count} items)",
                lambda: cat.set_clock_offset(cam.key, 3600), repeat=1)  # fmt: skip
    timed("  undo it", lambda: cat.undo(res.undo), repeat=1)  # type: ignore[attr-defined]
    cat.close()


if __name__ == "__main__":
    main()
