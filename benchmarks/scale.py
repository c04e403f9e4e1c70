"""A large synthetic catalogue built through ingest's write path, and its figures at scale.

Used by ``bench_catalogue.py --scale`` (and ``bench_gui.py``): items go in through
``Catalog.ingest_batch`` (the path a scan takes: bulk rows, texts, tags, search text), then
days and sessions through ``auto_assign``, as after a real scan of a 4-day event.
"""

from __future__ import annotations

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
ROOMS = ("Auditorium", "Roundtable Room", "Room B", "Room C")
BATCH = 5000


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


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
            make, model = CAMERAS[i % len(CAMERAS)]
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
                    rel_path=f"day{i % 4}/{i // 1000:04d}/IMG_{i:07d}.JPG",
                    name=f"IMG_{i:07d}.JPG",
                    size=rng.randint(2_000_000, 9_000_000),
                    mtime_ns=1_654_000_000_000_000_000 + i,
                    sha256=f"{i:064x}",
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
    t1 = time.perf_counter()
    ids = cat.query_ids()
    for start in range(0, len(ids), 50_000):  # days and sessions, as after a scan
        cat.auto_assign(ids[start : start + 50_000])
    log(f"  days and sessions assigned ({time.perf_counter() - t1:.0f} s)")
    with cat.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
    cat.close()
    log(f"built {n:,} items through ingest_batch in {time.perf_counter() - t0:.0f} s")


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
