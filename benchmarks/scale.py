"""A large synthetic catalogue built through ingest's write path, and its figures at scale.

Used by ``bench_catalogue.py --scale`` (and ``bench_gui.py``): items go in through
``Catalog.ingest_batch`` (the path a scan takes: bulk rows, texts, tags, search text), then
days and sessions through ``auto_assign`` with the cameras placed in rooms
(:func:`assign_sessions`), as after a real scan of a 4-day event. ``python
benchmarks/scale.py --assign COPY.smpcat`` assigns the sessions of a catalogue built before
(they were left empty: four rooms in parallel and no camera placed).
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

BXL = ZoneInfo("Europe/Brussels")
WORDS = ("reunion", "policy", "skills", "mobility", "partnership", "debate", "opening",
         "panel", "audience", "speaker", "coffee", "networking", "brussels", "migration",
         "integration", "youth", "climate", "budget", "research", "innovation")  # fmt: skip
KINDS = ("photo",) * 16 + ("video", "video", "slides", "document")
CAMERAS = (("Canon", "EOS R5"), ("Canon", "EOS R6"), ("NIKON CORPORATION", "NIKON Z 6"),
           ("SONY", "ILCE-7M3"), ("Apple", "iPhone 13"))  # fmt: skip
# Each camera's file names (DCF): a prefix, a counter that rolls over after 9999 into the
# next numbered folder. Names repeat across folders and cameras, so a name order is not
# the order files were ingested in (as on real cards; names in id order hid the cost of
# sorting by name).
DCF = (("IMG_", "CANON"), ("_MG_", "EOSR6"), ("DSC_", "NCZ_6"), ("DSC", "MSDCF"), ("IMG_", "APPLE"))
# Where each camera stood (the room its photos are filed in); the phone is not placed.
CAMERA_ROOMS = ((CAMERAS[0], "Auditorium"), (CAMERAS[1], "Roundtable Room"),
                (CAMERAS[2], "Room B"), (CAMERAS[3], "Room C"))  # fmt: skip
CARD = 400  # files copied from one camera in a row, as a card is ingested folder by folder
ROOMS = ("Auditorium", "Roundtable Room", "Room B", "Room C")
BATCH = 5000


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def content_hash(i: int) -> str:
    """The ``i``-th item's SHA-256, as random as a real file's: the catalogue indexes its
    first bytes (0029), which counting numbers would make all alike."""
    return hashlib.sha256(i.to_bytes(8, "big")).hexdigest()


def dcf_path(cam: int, i: int) -> str:
    """The ``i``-th item's path as camera ``cam`` names it: ``cam2/101NCZ_6/DSC_0042.JPG``."""
    shot = (i // (CARD * len(CAMERAS))) * CARD + i % CARD  # this camera's count so far
    prefix, folder = DCF[cam]
    number = shot % 9999 + 1
    name = f"{prefix}{number:05d}.JPG" if len(prefix) == 3 else f"{prefix}{number:04d}.JPG"
    return f"cam{cam}/{100 + shot // 9999:03d}{folder}/{name}"


def build(path: Path, n: int, *, seed: int = 7, log: Callable[[str], None] = print) -> None:
    """``n`` items of a 4-day, 4-room event through the ingest write path."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.ops_ingest import IngestEntry

    rng = random.Random(seed)
    t0 = time.perf_counter()
    cat = open_catalog(path, create=True)
    cat.create_event("Bench", time_zone="Europe/Brussels")
    for d in range(4):
        for slot in range(8):
            for room in ROOMS:
                start = datetime(2022, 6, 1 + d, 9, 0, tzinfo=BXL) + timedelta(minutes=75 * slot)
                cat.add_session(f"{room} session {d}-{slot}", start, start + timedelta(hours=1),
                                room=room)  # fmt: skip
    media = path.parent / f"{path.stem}-media"
    media.mkdir(exist_ok=True)
    root_id = cat.add_root(media).value
    people = [f"Person {i}" for i in range(300)]
    keywords = [f"Topic {i // 20}|keyword {i}" for i in range(400)]
    first = datetime(2022, 6, 1, 8, 0)
    done = 0
    while done < n:
        entries = []
        for i in range(done, min(n, done + BATCH)):
            kind = KINDS[i % len(KINDS)]
            cam = (i // CARD) % len(CAMERAS)
            make, model = CAMERAS[cam]
            local = first + timedelta(days=i % 4, seconds=rng.randint(0, 11 * 3600))
            words = " ".join(rng.sample(WORDS, 3))
            technical = {
                "kind": kind,
                "mime": "image/jpeg",
                "format": "JPEG",
                "width": 6000,
                "height": 4000,
                "orientation": 1,
                "camera_make": make,
                "camera_model": model,
                "status": "ok" if i % 97 else "warning",
                "thumb_state": "pending",
                "has_embedded_thumb": True,
                "duration_s": 95.0 if kind == "video" else None,
                "page_count": 14 if kind in ("slides", "document") else None,
            }
            entries.append(
                IngestEntry(
                    rel_path=dcf_path(cam, i),
                    name=dcf_path(cam, i).rsplit("/", 1)[1],
                    size=rng.randint(2_000_000, 9_000_000),
                    mtime_ns=1_654_000_000_000_000_000 + i,
                    sha256=content_hash(i),
                    technical=technical,
                    user={"rating": rng.choice((0, 0, 0, 1, 2, 3, 4, 5))},
                    capture_local=local,
                    capture_offset_min=120,
                    capture_source="exif",
                    texts=[("title", "en", f"{words} {i}")] if i % 3 == 0 else [],
                    tags=[("keyword", rng.choice(keywords)), ("person", rng.choice(people))]
                    if i % 2 == 0
                    else [("keyword", rng.choice(keywords))],
                )
            )
        cat.ingest_batch(root_id, entries)
        done += len(entries)
        if done % 100_000 == 0 or done == n:
            log(f"  {done:,} items ingested ({time.perf_counter() - t0:.0f} s)")
    assign_sessions(cat, log=log)
    with cat.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
    cat.close()
    log(f"built {n:,} items through ingest_batch in {time.perf_counter() - t0:.0f} s")


def assign_sessions(cat: Any, *, log: Callable[[str], None] = print) -> None:
    """Days and sessions as after a scan: ``auto_assign`` (what ``smparchive assign --room
    CAMERA=ROOM --apply`` runs) with each of the first four cameras placed in a room
    (:data:`CAMERA_ROOMS`); the phone goes from room to room, so its photos fall in four
    parallel sessions and stay out of them, as do photos taken before the first session
    (08:00-08:45) and the decks (their titles name no session). Without a room per camera
    every item would stay out: the four rooms run in parallel."""
    t1 = time.perf_counter()
    keys = {(g.make, g.model): g.key for g in cat.cameras()}
    rooms = {keys[c]: room for c, room in CAMERA_ROOMS if c in keys}
    ids = cat.query_ids()
    for start in range(0, len(ids), 50_000):
        cat.auto_assign(ids[start : start + 50_000], camera_rooms=rooms)
    log(f"  days and sessions assigned ({time.perf_counter() - t1:.0f} s)")


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def size_breakdown(path: Path) -> list[tuple[str, int]]:
    """Bytes per table and index (SQLite's dbstat), largest first."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    except sqlite3.OperationalError:  # SQLite built without dbstat
        rows = []
    finally:
        conn.close()
    return [(str(n), int(b)) for n, b in rows]


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def _plan(cat: Any, sql_of: Callable[[Any], Any]) -> list[str]:
    with cat._read() as s:
        q = sql_of(s)
        sql = str(q.compile(cat.engine, compile_kwargs={"literal_binds": True}))
        return [str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]


def report(path: Path, rounds: int = 3, log: Callable[[str], None] = print) -> None:
    """The figures of issue 19 for the catalogue at ``path`` (read-only work)."""
    from sqlalchemy import func, select

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter, ids_query, where_clauses
    from smparchive.core.catalog.models import MediaItem
    from smparchive.core.domain.query import parse_search

    log(f"load average {loadavg()}; {path} ({path.stat().st_size / 1e6:.0f} MB)")
    search = "reunion kind:photo day:2 rating>=3"
    typed = ["reu", "reun", "reuni", "reunio", "reunion", "reunion pan", "reunion panel"]
    others = ["camera:R5 flag:pick", "rating>=3", "kind:video", "policy", "day:3",
              'tag:"Topic 1"', "flag:pick", "panel -policy", "status:error"]  # fmt: skip
    figures: dict[str, list[float]] = {}

    def note(name: str, seconds: float) -> None:
        figures.setdefault(name, []).append(seconds)

    worst: dict[str, float] = {}
    for _ in range(rounds):  # every figure once per round, interleaved
        t0 = time.perf_counter()
        cat = open_catalog(path)
        note("open", time.perf_counter() - t0)
        try:
            t0 = time.perf_counter()
            first = cat.query_ids(ItemFilter(), limit=600)
            cat.items(first[:200])
            note("first screenful (600 ids + 200 records)", time.perf_counter() - t0)
            cat.__dict__.pop("_facets_cache", None)
            t0 = time.perf_counter()
            f = parse_search(search, cat).filter
            cat.query_ids(f, limit=200)
            cat.facets(f)
            note("search + facets", time.perf_counter() - t0)
            for text in typed:
                t0 = time.perf_counter()
                cat.query_ids(parse_search(text, cat).filter, limit=600)
                note("typing-to-grid (600 ids per keystroke)", time.perf_counter() - t0)
            cat.__dict__.pop("_facets_cache", None)
            t0 = time.perf_counter()
            cat.facets()
            note("unfiltered facets, first count (facet_cells)", time.perf_counter() - t0)
            t0 = time.perf_counter()
            cat._count_facets(ItemFilter())
            note(
                "unfiltered facets counted from every item (a filter beyond facet columns)",
                time.perf_counter() - t0,
            )
            t0 = time.perf_counter()
            cat.facets()
            note("unfiltered facets, unchanged catalogue", time.perf_counter() - t0)
            t0 = time.perf_counter()
            n = len(cat.query_ids())
            note(
                f"whole id list of the catalogue ({n:,} ids, background)", time.perf_counter() - t0
            )
            for text in [search, *typed, *others]:
                f = parse_search(text, cat).filter
                cat.__dict__.pop("_facets_cache", None)
                for label, fn in (
                    ("ids", lambda f=f, c=cat: c.query_ids(f, limit=600)),
                    ("count", lambda f=f, c=cat: c.count(f)),
                    ("facets", lambda f=f, c=cat: c.facets(f)),
                ):
                    t0 = time.perf_counter()
                    fn()
                    took = time.perf_counter() - t0
                    key = f"{label} {text!r}"
                    worst[key] = min(worst.get(key, float("inf")), took)
        finally:
            cat.close()
    log(f"{'figure (median of ' + str(rounds) + ' rounds)':<62} {'ms':>9}")
    for name, values in figures.items():
        log(f"{name:<62} {median_ms(values):9.1f}")
    slowest = sorted(worst.items(), key=lambda kv: -kv[1])[:6]
    log("slowest queries (best of the rounds):")
    for key, took in slowest:
        log(f"  {key:<60} {took * 1000:9.1f}")
    cat = open_catalog(path)
    try:
        f = parse_search(search, cat).filter
        cols = (MediaItem.kind, MediaItem.day_id, MediaItem.session_id, MediaItem.rating,
                MediaItem.flag, MediaItem.color_label, MediaItem.consent, MediaItem.status,
                MediaItem.camera_id)  # fmt: skip
        plans = {
            "facets, unfiltered": lambda s: select(*cols, func.count()).group_by(*cols),
            "facets of the search": lambda s: (
                select(*cols, func.count()).where(*where_clauses(s, f, "sqlite")).group_by(*cols)
            ),
            "first page, unfiltered": lambda s: ids_query(s, ItemFilter(), "sqlite").limit(600),
            "first page of the search": lambda s: ids_query(s, f, "sqlite").limit(200),
            "prefix 'reun'": lambda s: ids_query(
                s, parse_search("reun", cat).filter, "sqlite"
            ).limit(600),
        }
        log("query plans (EXPLAIN QUERY PLAN):")
        for name, q in plans.items():
            steps = _plan(cat, q)
            full = [p for p in steps if p.startswith("SCAN items") and "INDEX" not in p]
            log(f"  {name}: {'; '.join(steps)}" + ("  <- FULL TABLE SCAN" if full else ""))
    finally:
        cat.close()
    parts = size_breakdown(path)
    total = sum(b for _n, b in parts) or path.stat().st_size
    fts = sum(b for n, b in parts if n.startswith("search_fts"))
    log(f"catalogue size {path.stat().st_size / 1e6:.0f} MB; full-text index {fts / 1e6:.0f} MB")
    for name, size in parts[:14]:
        log(f"  {name:<40} {size / 1e6:8.1f} MB  {100 * size / total:5.1f} %")


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--assign"] and len(sys.argv) == 3:
        from smparchive.core.catalog.catalog import open_catalog

        t0, c0 = time.perf_counter(), time.process_time()
        cat = open_catalog(Path(sys.argv[2]))
        assign_sessions(cat)
        cat.close()
        print(f"{time.perf_counter() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU")
    else:
        sys.exit("usage: scale.py --assign COPY.smpcat")
