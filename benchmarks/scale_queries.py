"""Issue-19 query figures of one catalogue, one round, in-process through ``Catalog``.

Run: env -u PYTHONDONTWRITEBYTECODE [PYTHONPATH=<other src>] .venv/bin/python \\
         benchmarks/scale_queries.py COPY.smpcat LABEL
Prints one JSON line: the label, the load average and per figure (wall ms, CPU ms). For a
before/after comparison run it alternately with two source trees (``PYTHONPATH``), each on
its own copy of the same catalogue (a newer schema migrates its copy), in fresh processes.

``--sweep`` (after the path and label): every query the GUI and the CLI run for the search
shapes users type (:data:`SWEEP`: dates and date ranges, date + kind, camera, tag, person,
rating ranges, negations, text + date, each sort order, newest first): the first page, a
window in the middle of the result (the grid's scroll; for three shapes in every order also
one three quarters in), the count and the facets, then the sidebar's counts; prints the
slowest with the SQL statement that took longest in each and its EXPLAIN QUERY PLAN, then
the JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.domain.query import parse_search

# The search shapes users type (the 1M catalogue of ``scale.build``: 4 days from
# 2022-06-01, 32 sessions a day, 300 people, 400 keywords under 20 topics; file names as
# five cameras write them: 'IMG_0' matches Canon's and the iPhone's first 999 of every
# 9,999, 'jpg' every item).
SWEEP = (
    "", "date:2022-06-02", "date:2022-06-02..2022-06-03", "date>=2022-06-02",
    "date<2022-06-03", "date:2022-06-02 kind:photo", "date:2022-06-01..2022-06-02 kind:photo",
    "date:2022-06-02 kind:video", "date:2022-06-03 rating>=3", "date:2022-06-02 -kind:photo",
    "camera:R5", "camera:Canon", "camera:R5 date:2022-06-02", "tag:\"Topic 1\"",
    "tag:\"Topic 3\"", "tag:\"Topic 1\" date:2022-06-02", "person:\"Person 7\"",
    "person:\"Person 7\" kind:photo", "rating>=3", "rating>=4 kind:photo", "rating>=1 rating<=3",
    "rating<=2 -kind:photo", "-kind:photo", "-tag:\"Topic 1\"", "-rating:0",
    "-tag:\"Topic 1\" -tag:\"Topic 3\"", "-tag:\"Topic 1\" -policy", "-policy -reunion",
    "flag:pick", "flag:reject date:2022-06-02", "status:warning", "status:error",
    "reunion date:2022-06-02", "policy date:2022-06-02..2022-06-03 kind:photo",
    "reunion -policy", "panel kind:photo day:3", "day:2 session:3", "day:3",
    "reunion kind:photo day:2 rating>=3", "is:duplicate", "consent:unknown",
    "IMG_0", "IMG_0 kind:photo", "img day:2 rating>=2", "reunion kind:photo", "jpg",
    "kind:photo",
)  # fmt: skip
SORTS = (("time", False), ("time", True), ("name", False), ("size", True),
         ("added", True), ("rating", False), ("rating", True))  # fmt: skip


def session_shapes(cat: Any) -> list[str]:
    """The search shapes of a session users type or click (the sidebar's session and "Not
    in a session" give the same filters), on the catalogue's busiest session: the session
    alone (every order), with a kind, a rating, a flag, a camera, a tag, a text, a day; the
    sessions of a room (a part of their titles); the items in no session, alone and with a
    kind, a day or a date."""
    busiest = max(cat.sessions(), key=lambda r: r.item_count, default=None)
    if busiest is None or not busiest.item_count:
        print("  no item in a session: the session shapes are left out")
        return []
    sid = busiest.id
    room = busiest.room.split()[0] if busiest.room else busiest.title.split()[0]
    return [
        f"session:{sid}", f"session:{sid} kind:photo", f"session:{sid} rating>=3",
        f"session:{sid} flag:pick", f"session:{sid} camera:R5", f"session:{sid} camera:Canon",
        f'session:{sid} tag:"Topic 1"', f"session:{sid} reunion", f"session:{sid} policy panel",
        f"session:{sid} reunion kind:photo rating>=2", f"session:{sid} -kind:photo",
        f"session:{room}", f"session:{room} kind:photo", f"session:{room} date:2022-06-02",
        "is:unassigned", "is:unassigned kind:photo", "is:unassigned day:2",
        "is:unassigned date:2022-06-02", "is:unassigned rating>=3", "-is:unassigned",
    ]  # fmt: skip


def session_work(cat: Any, timed: Callable[[str, Callable[[], Any]], Any]) -> None:
    """What else the app does by session and day: the session and day lists with their
    counts (the CLI's ``sessions``/``days``, the programme editor, the timeline's bands), a
    day's timeline (the clock dialog's ``load_day``: every item of the date), the assignment
    preview of a session's items and of a day's items in no session, and the export's
    preflight of a session."""
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.core.export.catalog_export import ExportSource, preflight
    from smparchive.core.export.presets import ExportSettings

    sessions = timed("sessions() with counts", lambda: cat.sessions())
    timed("days() with counts", lambda: cat.days())
    busiest = max(sessions, key=lambda r: r.item_count, default=None)
    if busiest is None or not busiest.item_count:
        return
    timed("sessions(day_id=...) with counts", lambda: cat.sessions(day_id=busiest.day_id))
    timed("find_sessions('Auditorium')", lambda: cat.find_sessions("Auditorium"))
    try:
        from smparchive.gui.dialogs.clocks import load_day

        timed("timeline of a day (clock dialog load_day)", lambda: load_day(cat, busiest.day_id))
    except ImportError:  # no Qt
        pass
    ids = cat.query_ids(ItemFilter(session_ids=(busiest.id,)))
    timed(
        f"assignment preview of a session's items ({len(ids):,})",
        lambda: cat.propose_assignments(ids),
    )
    out = cat.query_ids(ItemFilter(unassigned=True, day_ids=(busiest.day_id,)))
    timed(
        f"assignment preview of a day's items in no session ({len(out):,})",
        lambda: cat.propose_assignments(out),
    )
    timed(
        "export preflight of a session",
        lambda: preflight(
            cat, ExportSource.session(str(busiest.id)), ExportSettings(Path("/tmp/x"), "")
        ),
    )


def sweep(path: Path) -> dict[str, tuple[float, float]]:
    """Time every query of :data:`SWEEP` (see the module's doc); print the slowest."""
    from sqlalchemy import event

    cat = open_catalog(path)
    statements: list[tuple[float, str, Any]] = []

    def before(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        conn.info["t0"] = time.perf_counter()

    def after(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        statements.append((time.perf_counter() - conn.info.pop("t0", 0.0), sql, params))

    event.listen(cat.engine, "before_cursor_execute", before)
    event.listen(cat.engine, "after_cursor_execute", after)
    out: dict[str, tuple[float, float]] = {}
    slowest_sql: dict[str, tuple[float, str, Any]] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        statements.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        out[name] = ((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000)
        if statements:
            slowest_sql[name] = max(statements, key=lambda st: st[0])
        return result

    shapes = session_shapes(cat)
    every_order_texts = {"", "date:2022-06-02", 'tag:"Topic 1"', "kind:photo", *shapes[:1]}
    for text in (*SWEEP, *shapes):
        try:
            f = parse_search(text, cat).filter
        except Exception as exc:  # a name this catalogue lacks
            print(f"  skipped {text!r}: {exc}")
            continue
        n = timed(f"count {text!r}", lambda f=f: cat.count(f))
        timed(f"facets {text!r}", lambda f=f: cat.facets(f))
        every_order = text in every_order_texts
        for sort, desc in SORTS if every_order else SORTS[:2]:
            order = f"{sort}{' desc' if desc else ''}"

            def page(f: Any = f, s: str = sort, d: bool = desc, at: int = 0, n: int = n) -> Any:
                return cat.query_ids(f, sort=s, descending=d, limit=600, offset=at, total=n)

            timed(f"first page {order} {text!r}", page)
            timed(f"middle window {order} {text!r}", lambda page=page, n=n: page(at=n // 2))
            if every_order:  # past the middle: read from the end where the order allows
                timed(f"late window {order} {text!r}", lambda page=page, n=n: page(at=n * 3 // 4))
    try:
        from smparchive.gui.models.sidebar_model import SLOW_COUNTS, build_sidebar

        for key, f in SLOW_COUNTS.items():
            timed(f"sidebar count {key}", lambda f=f: cat.count(f))
        cat.__dict__.pop("_facets_cache", None)
        timed("sidebar (every section, every count)", lambda: build_sidebar(cat))
    except ImportError:  # no Qt
        pass
    timed("tags with counts", lambda: cat.tags())
    session_work(cat, timed)
    worst = sorted(out.items(), key=lambda kv: -kv[1][1])
    print(f"load {os.getloadavg()}; {len(out)} queries; slowest by CPU (wall / CPU ms):")
    with cat.engine.connect() as conn:
        for name, (wall, cpu) in worst[:12]:
            print(f"  {wall:8.0f} {cpu:8.0f}  {name}")
            if name in slowest_sql and cpu > 200:
                took, sql, params = slowest_sql[name]
                flat = " ".join(sql.split())[:300]
                print(f"      slowest statement {took * 1000:.0f} ms: {flat}")
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all():
                    print(f"        {row[-1]}")
    cat.close()
    return out


def main() -> None:
    path, label = Path(sys.argv[1]), sys.argv[2]
    if "--sweep" in sys.argv[3:]:
        found = sweep(path)
        print(json.dumps({"label": label, "load": os.getloadavg(), "figures": found}))
        return
    out: dict[str, tuple[float, float]] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        out[name] = ((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000)
        return result

    cat = timed("open", lambda: open_catalog(path))
    timed(
        "first screenful (600 ids + 200 records)",
        lambda: cat.items(cat.query_ids(ItemFilter(), limit=600)[:200]),
    )

    def search_and_facets() -> Any:
        f = parse_search("reunion kind:photo day:2 rating>=3", cat).filter
        cat.query_ids(f, limit=200)
        return cat.facets(f)

    timed("search + facets 'reunion kind:photo day:2 rating>=3'", search_and_facets)
    timed("unfiltered facets, first count after open", lambda: cat.facets())
    first = cat.query_ids(ItemFilter(), limit=1)
    rating = cat.items(first)[0].rating
    cat.set_fields(first, rating=(rating + 1) % 6)  # an edit (not timed): the counts change
    timed("unfiltered facets after an edit", lambda: cat.facets())
    for q in ("IMG_0", "IMG_00", "IMG_000", "reu", "reunion", "reunion pan"):
        timed(
            f"typing {q!r}: first 600 ids",
            lambda q=q: cat.query_ids(parse_search(q, cat).filter, limit=600),
        )

    def camera() -> Any:
        f = parse_search("camera:R5 flag:pick", cat).filter
        return cat.query_ids(f, limit=600), cat.count(f), cat.facets(f)

    timed("'camera:R5 flag:pick' ids + count + facets", camera)
    timed("facets of 'day:3'", lambda: cat.facets(parse_search("day:3", cat).filter))
    cat.close()
    print(json.dumps({"label": label, "load": os.getloadavg(), "figures": out}))


if __name__ == "__main__":
    main()
