"""The common filters read their first page from an index in the browse order: no scan of
every item, no sort of the whole result (at a million items those took seconds). Checked
without ANALYZE statistics, as a user's catalogue has them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items, recorded_statements

from smparchive.core.catalog.filters import ItemFilter, ids_query
from smparchive.core.catalog.scanplan import NAME_INDEX, sorts_rows
from smparchive.core.domain.query import parse_search

# The statements that read a result's ids: a window, or every id at once (one group_concat)
ID_READS = ("SELECT items.id", "SELECT group_concat(")


def plan(cat: Any, text: str) -> str:
    f = parse_search(text, cat).filter
    with cat._read() as s:
        q = ids_query(s, f, "sqlite").limit(600)
        sql = str(q.compile(cat.engine, compile_kwargs={"literal_binds": True}))
        rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
    return " | ".join(str(r[-1]) for r in rows)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("flag:pick", "ix_items_flag_time"),
        ("flag:reject", "ix_items_flag_time"),
        ("day:1", "ix_items_day_time"),
        ("kind:video", "ix_items_kind_time"),
        ("", "ix_items_time"),
    ],
)
def test_first_page_of_a_common_filter_comes_from_an_index(
    catalog: Any, add_items: Any, text: str, index: str
) -> None:
    catalog.create_event("Summit", time_zone="UTC")
    ids = add_items([{"flag": n % 3 - 1, "kind": ("photo", "video")[n % 2]} for n in range(30)])
    catalog.add_day(date(2022, 6, 1))  # the items' capture day: they join it
    found = plan(catalog, text)
    assert index in found and "TEMP B-TREE" not in found, found
    expected = [
        i
        for n, i in enumerate(ids)
        if {"flag:pick": n % 3 == 2, "flag:reject": n % 3 == 0, "kind:video": n % 2}.get(text, True)
    ]
    assert catalog.query_ids(parse_search(text, catalog).filter) == expected


@pytest.mark.parametrize("text", ["kind:photo day:1", "kind:photo day:1 rating>=1"])
def test_a_kind_and_a_day_in_time_order_are_read_from_the_days_index(
    catalog: Any, add_items: Any, text: str
) -> None:
    """A day keeps a few items, a kind most (the photos: 80 % at 1M). Without statistics
    SQLite takes the kind's and the day's time indexes for equal since the kind is a small
    integer code (0023) and read every photo in time order for a day's first page (1 s at
    1M); the kind is said likely, so the day's index leads."""
    catalog.create_event("Summit", time_zone="UTC")
    ids = add_items([{"rating": n % 3, "kind": ("photo", "video")[n % 2]} for n in range(30)])
    catalog.add_day(date(2022, 6, 1))
    found = plan(catalog, text)
    assert "ix_items_day_time" in found and "TEMP B-TREE" not in found, found
    wanted = [i for n, i in enumerate(ids) if n % 2 == 0 and ("rating" not in text or n % 3)]
    assert catalog.query_ids(parse_search(text, catalog).filter) == wanted


def test_windows_read_from_either_end_are_slices_of_the_result(tmp_path: Path) -> None:
    """The grid's windows of a large result: descending is the reverse, and a window in
    the second half (read backwards from the end when the count is given) is the same
    slice as the one read forwards."""
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(tmp_path / "w.smpcat", create=True)
    base = datetime(2022, 6, 1, 7, 5, tzinfo=UTC)
    specs: list[dict[str, Any]] = [
        {"name": f"IMG_{n:04d}.JPG", "capture_utc": base + timedelta(minutes=n % 7)}
        for n in range(40)
    ]
    specs.append({"name": "deck.pptx", "kind": "slides", "capture_utc": None})
    insert_items(cat, tmp_path / "media", specs)
    try:
        for sort in ("time", "name", "size", "added", "rating"):
            everything = cat.query_ids(sort=sort)
            assert len(everything) == 41
            backwards = cat.query_ids(sort=sort, descending=True)
            assert backwards == everything[::-1]  # ties by id: an exact reverse
            assert sorted(backwards) == sorted(everything)
            for offset in (0, 7, 20, 21, 33, 39, 40):
                window = cat.query_ids(sort=sort, offset=offset, limit=6, total=41)
                assert window == everything[offset : offset + 6], (sort, offset)
            # read once whole (a result whose every window would sort all of it)
            assert list(cat.id_array(sort=sort)) == everything
            assert list(cat.id_array(sort=sort, descending=True)) == backwards
            img = ItemFilter(text="IMG")
            assert list(cat.id_array(img, sort=sort)) == cat.query_ids(img, sort=sort)
            assert cat.sorts_whole(img, sort=sort)  # the FTS matches are sorted
            assert cat.sorts_whole(sort=sort) == (sort not in ("time", "size", "name"))
    finally:
        cat.close()


@pytest.mark.parametrize("text", ["", "flag:pick", "day:1", "kind:video"])
def test_the_last_window_is_read_backwards_from_the_same_index(
    catalog: Any, add_items: Any, text: str
) -> None:
    """A window at the end of a large result (the grid scrolled to its end, or sorted
    newest first) walks the browse index backwards: no sort of the whole result."""
    catalog.create_event("Summit", time_zone="UTC")
    add_items([{"flag": n % 3 - 1, "kind": ("photo", "video")[n % 2]} for n in range(30)])
    catalog.add_day(date(2022, 6, 1))
    f = parse_search(text, catalog).filter
    with catalog._read() as s:
        q = ids_query(s, f, "sqlite", descending=True).limit(200)
        sql = str(q.compile(catalog.engine, compile_kwargs={"literal_binds": True}))
        rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
    found = " | ".join(str(r[-1]) for r in rows)
    assert "ix_items_" in found and "TEMP B-TREE" not in found, found


def test_a_new_camera_is_found_although_the_cameras_are_kept(catalog: Any, add_items: Any) -> None:
    """The distinct cameras are read once per catalogue version, not per query: a camera
    that arrives later is searchable at once."""
    add_items([{"camera_make": "Canon", "camera_model": "EOS R5"}])
    search = parse_search("camera:x-t4", catalog).filter
    assert catalog.query_ids(search) == [] and catalog.count(search) == 0
    [fuji] = add_items(
        [{"name": "DSCF0001.JPG", "camera_make": "Fujifilm", "camera_model": "X-T4"}]
    )
    assert catalog.query_ids(search) == [fuji] and catalog.count(search) == 1


def test_facets_of_a_day_are_counted_from_the_covering_index(catalog: Any, add_items: Any) -> None:
    """The facets of a day read that day's entries of ix_items_facets (one range per kind
    present), not every item of the day from the table; the counts stay a plain recount."""
    from collections import Counter

    from sqlalchemy import func, select

    from smparchive.core.catalog.filters import where_clauses
    from smparchive.core.catalog.ops_query import FACET_COLUMNS

    catalog.create_event("Summit", time_zone="UTC")
    add_items([{"kind": ("photo", "video", "slides")[n % 3], "rating": n % 4} for n in range(30)])
    catalog.add_day(date(2022, 6, 1))
    f = parse_search("day:1", catalog).filter
    with catalog._read() as s:
        where = where_clauses(s, f, "sqlite") + catalog._facet_hints(s, f)
        q = select(*FACET_COLUMNS, func.count()).where(*where).group_by(*FACET_COLUMNS)
        sql = str(q.compile(catalog.engine, compile_kwargs={"literal_binds": True}))
        found = " | ".join(
            str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
        )
    assert "COVERING INDEX ix_items_facets (kind=? AND day_id=?)" in found, found
    got = catalog.facets(f)
    recs = catalog.items(catalog.query_ids(f))
    assert got.total == len(recs) == 30
    assert got.kind == dict(Counter(r.kind for r in recs))
    assert got.rating == dict(Counter(r.rating for r in recs))


@pytest.mark.parametrize(
    "text",
    [
        "date:2022-06-02",
        "date>=2022-06-02 kind:photo",
        "date:2022-06-01..2022-06-02 rating>=2",
        "date<2022-06-03 camera:R5",
        'date:2022-06-02 -person:"Ana"',
        '-tag:"Stage"',
    ],
)
def test_facets_of_a_date_range_read_the_facets_index_alone(
    catalog: Any, add_items: Any, text: str
) -> None:
    """The facets of a date range (with facet columns or a negation) are counted in one
    read of ix_items_facets in the GROUP BY's order: no look-up of every matching item in
    the table and no sort of them (1.2-2.8 s at a million items); the counts, people
    included, are those of the items found."""
    from collections import Counter

    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    ids = add_items(
        [
            {
                "kind": ("photo", "video", "slides")[n // 3 % 3],
                "rating": n % 4,
                "capture_utc": base + timedelta(days=n % 3, minutes=n),
                "camera_make": ("Canon", "SONY")[n % 2],
                "camera_model": ("EOS R5", "A7")[n % 2],
            }
            for n in range(36)
        ]
    )
    catalog.tag_items(ids[::2], ["Ana"], kind="person")
    catalog.tag_items(ids[::3], ["Bo"], kind="person")
    # half the items: a negation leaving out a quarter or less is counted as a difference
    # (tests/core/catalog/test_facets.py::test_a_negation_is_counted_as_what_it_leaves_out)
    catalog.tag_items(ids[::2], ["Stage"])
    f = parse_search(text, catalog).filter
    with recorded_statements(catalog) as statements:
        got = catalog.facets(f)
    [(sql, params)] = [st for st in statements if "GROUP BY items.kind" in st[0]]
    with catalog._read() as s:
        rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
    found = " | ".join(str(r[-1]) for r in rows if "SUBQUERY" not in str(r[-1]))
    outer = found.split(" | ")[0]
    assert "COVERING INDEX ix_items_facets" in outer and "TEMP B-TREE" not in found, found
    recs = catalog.items(catalog.query_ids(f))
    assert 0 < got.total == len(recs) < 36
    assert got.kind == dict(Counter(r.kind for r in recs))
    assert got.rating == dict(Counter(r.rating for r in recs))
    assert got.camera == dict(Counter(f"{r.camera_make} {r.camera_model}" for r in recs))
    people = Counter(t.id for r in recs for t in r.tags if t.kind == "person")
    assert got.people == dict(people)


def test_the_warnings_view_reads_only_the_items_with_warnings(catalog: Any, add_items: Any) -> None:
    """status:warning is the items with status 'warning' and those with a warning noted
    that are neither in error nor missing nor offline, found through ix_items_status and
    the partial ix_items_warned: no read of every item row (~2.2 s for its facets at a
    million items)."""
    specs: list[dict[str, Any]] = [{} for _ in range(20)]
    specs[3] = {"status": "warning"}
    specs[5] = {"warnings": '["odd EXIF"]'}
    specs[7] = {"warnings": '["odd EXIF"]', "status": "error"}
    specs[9] = {"warnings": '["odd EXIF"]', "status": "missing"}
    specs[11] = {"status": "warning", "warnings": '["truncated"]'}
    ids = add_items(specs)
    f = parse_search("status:warning", catalog).filter
    expected = [ids[3], ids[5], ids[11]]
    assert catalog.query_ids(f) == expected
    assert catalog.count(f) == 3 and catalog.facets(f).total == 3
    assert catalog.query_ids(f, limit=2, offset=2, total=3) == [ids[11]]
    left = catalog.query_ids(parse_search("-status:warning", catalog).filter)
    assert sorted(left) == sorted(set(ids) - set(expected))
    found = plan(catalog, "status:warning")
    assert "ix_items_warned" in found and "ix_items_status" in found, found
    assert "SCAN items USING INDEX ix_items_time" not in found, found


def test_a_window_far_into_a_result_reads_the_facets_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window far into the result of a filter the browse index cannot answer (the grid
    scrolled half-way into 'consent:cleared') is read from ix_items_facets and sorted,
    instead of stepping over the time index reading every row (~1.1 s at a million items);
    the windows are the same slices of the result, undated items last, in either order.
    (A rating is read from the time index itself since migration 0019.)"""
    from sqlalchemy import event

    from smparchive.core.catalog import ops_query
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(tmp_path / "w.smpcat", create=True)
    base = datetime(2022, 6, 1, 7, 5, tzinfo=UTC)
    specs: list[dict[str, Any]] = [
        {
            "consent": ("unknown", "unknown", "cleared", "cleared")[n % 4],
            "capture_utc": base + timedelta(minutes=n * 7 % 30),
        }
        for n in range(40)
    ]
    specs += [{"consent": "cleared", "capture_utc": None, "name": f"d{n}.pptx"} for n in range(3)]
    insert_items(cat, tmp_path / "media", specs)
    try:
        f = parse_search("consent:cleared", cat).filter
        for sort, desc in (("time", False), ("time", True)):
            everything = cat.query_ids(f, sort=sort, descending=desc)
            assert len(everything) == 23
            monkeypatch.setattr(ops_query, "FAR_WINDOW", 4)
            statements: list[str] = []

            def seen(conn: Any, cursor: Any, sql: str, *rest: Any, out: Any = statements) -> None:
                out.append(sql)

            event.listen(cat.engine, "before_cursor_execute", seen)
            try:
                for offset in (4, 9, 11):
                    window = cat.query_ids(
                        f, sort=sort, descending=desc, limit=5, offset=offset, total=23
                    )
                    assert window == everything[offset : offset + 5], (sort, desc, offset)
            finally:
                event.remove(cat.engine, "before_cursor_execute", seen)
                monkeypatch.undo()
            assert any("INDEXED BY ix_items_facets" in sql for sql in statements), sort
    finally:
        cat.close()


@pytest.mark.parametrize("sort", ["name", "size", "added"])
def test_a_broad_filter_in_an_order_no_index_gives_scans_the_items(
    catalog: Any, add_items: Any, sort: str
) -> None:
    """Most of the catalogue (the photos) in an order no index gives is read by scanning
    the items, not by looking each photo up through the kind's index (at a million items:
    1.5 s for the first page, 4 s for a window in the middle, instead of 0.1-0.2 s); a
    rare kind keeps its index; a filter whose plan reads a whole index to look up every
    row (the consent) always scans. By name, such a filter's windows walk the name index
    instead (a window in the middle of 800,000 photos: 0.74 -> 0.17 s) and every id is
    scanned. Same ids either way."""
    from sqlalchemy import event

    from smparchive.core.catalog import ops_query
    from smparchive.core.catalog import reader as reader_mod
    from smparchive.core.catalog.reader import open_reader

    assert reader_mod.SCAN_SHARE == ops_query.SCAN_SHARE
    specs = [
        {"kind": "video" if n % 8 == 7 else "photo", "consent": ("unknown", "cleared")[n % 5 == 0]}
        for n in range(40)
    ]
    ids = add_items(specs)
    statements: list[str] = []
    plans: list[str] = []

    def seen(conn: Any, cursor: Any, sql: str, params: Any, *rest: Any) -> None:
        statements.append(sql)
        if sql.startswith(ID_READS):
            steps = cursor.connection.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            plans.append(" | ".join(str(r[-1]) for r in steps))

    cases = [
        (ItemFilter(kinds=("photo",)), "kind", "photo", True),
        (ItemFilter(kinds=("video",)), "kind", "video", False),
        (ItemFilter(consents=("cleared",)), "consent", "cleared", True),
        # a day (every item here): no index serves a date range alone in this order
        # (ix_items_capture went in 0021): SQLite scans the items without being told
        (
            ItemFilter(
                date_from=datetime(2022, 6, 1, tzinfo=UTC), date_to=datetime(2022, 6, 2, tzinfo=UTC)
            ),
            "consent",
            None,
            True,
        ),
    ]
    for f, column, value, scans in cases:
        want = catalog.query_ids(f, sort=sort)
        assert sorted(want) == [
            i for spec, i in zip(specs, ids, strict=True) if value in (None, spec[column])
        ]
        statements.clear()
        plans.clear()
        event.listen(catalog.engine, "before_cursor_execute", seen)
        try:
            assert catalog.query_ids(f, sort=sort, limit=3) == want[:3]
            assert (
                catalog.query_ids(f, sort=sort, limit=3, offset=4, total=len(want)) == (want[4:7])
            )
            assert list(catalog.id_array(f, sort=sort)) == want
        finally:
            event.remove(catalog.engine, "before_cursor_execute", seen)
        reads = [sql for sql in statements if sql.startswith(ID_READS)]
        # scanned: told to (NOT INDEXED), or no index looked up item by item at all
        scanned = [
            "NOT INDEXED" in sql or not re.search(r"(SEARCH|SCAN) items USING INDEX", plan)
            for sql, plan in zip(reads, plans, strict=True)
        ]
        if sort == "name" and scans:  # its windows walk the name index (told to or not)
            assert len(reads) == 3 and all(NAME_INDEX in plan for plan in plans[:2]), plans
            # (only the ties of a name sorted again: the index is (name, folder), 0033)
            assert not any(sorts_rows(plan.split(" | ")) for plan in plans[:2]), plans
        else:
            assert len(reads) == 3 and scanned == [scans] * 3, (f, reads, plans)
        # the command line's reader: the same rule, the same ids
        reader = open_reader(catalog.location)
        assert reader is not None
        try:
            seen_sql: list[str] = []
            reader._conn.set_trace_callback(seen_sql.append)
            assert reader.query_ids(f, sort=sort, limit=3, offset=4) == want[4:7]
            if reader._where(f) is not None:  # a date range goes to the full catalogue
                [read] = [sql for sql in seen_sql if sql.startswith("SELECT items.id")]
                if sort == "name":  # a window: never a scan sorting every match
                    assert "NOT INDEXED" not in read, read
                else:
                    assert ("NOT INDEXED" in read) == scans, read  # the reader: no dates
        finally:
            reader.close()


def _plan_of(cat: Any, f: ItemFilter, *, descending: bool = False) -> str:
    with cat._read() as s:
        q = ids_query(s, f, "sqlite", descending=descending).limit(600)
        sql = str(q.compile(cat.engine, compile_kwargs={"literal_binds": True}))
        rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
    return " | ".join(str(r[-1]) for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "date:2022-06-01",
        "date:2022-06-01 rating>=3",
        "date:2022-06-01 -kind:photo",
        "date:2022-06-01 kind:video",
        "date>=2022-06-01 flag:pick",
        "date<2022-06-02 rating>=3",
    ],
)
def test_a_date_range_is_read_in_time_order_from_an_index(
    catalog: Any, add_items: Any, text: str
) -> None:
    """A date range with other conditions (a day's 3 stars and up) read its first page by
    sorting every match of the range (0.7-0.9 s for a day of 250,000 items): the
    undated-last term of the order hid the time indexes. Now an index gives the order,
    and the pages are still the total order: by time, ties by id, either way round."""
    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    specs: list[dict[str, Any]] = [
        {
            "capture_utc": base + timedelta(minutes=n % 9),  # ties, broken by the id
            "rating": n % 6,
            "flag": n % 3 - 1,
            "kind": ("photo", "video")[n % 2],
        }
        for n in range(40)
    ]
    specs += [{"capture_utc": None, "rating": 5}, {"capture_utc": base - timedelta(days=2)}]
    add_items(specs)
    f = parse_search(text, catalog).filter
    for descending in (False, True):
        found = _plan_of(catalog, f, descending=descending)
        assert "ix_items_" in found and "TEMP B-TREE" not in found, (descending, found)
    with catalog._read() as s:
        rows = s.connection().exec_driver_sql("SELECT id, capture_utc FROM items").all()
    when = dict(rows)
    matching = set(catalog.query_ids(f, sort="name"))
    assert matching and None not in {when[i] for i in matching}
    expected = sorted(matching, key=lambda i: (when[i], i))
    assert catalog.query_ids(f) == expected
    assert catalog.query_ids(f, descending=True) == expected[::-1]
    assert catalog.query_ids(f, offset=5, limit=4, total=len(expected)) == expected[5:9]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("kind:photo rating>=4", "COVERING INDEX ix_items_kind_time"),
        ("kind:photo -flag:reject", "COVERING INDEX ix_items_kind_time"),
        ("rating>=3", "COVERING INDEX ix_items_time"),
        ("-rating:0", "COVERING INDEX ix_items_time"),
        ("day:1 rating>=3", "COVERING INDEX ix_items_day_time"),
    ],
)
def test_a_rating_or_flag_in_time_order_is_read_from_the_time_index_alone(
    catalog: Any, add_items: Any, text: str, index: str
) -> None:
    """`kind:photo rating>=4` in the grid's order walked the kind's time index and looked
    up each item it stepped over in the table: a window in the middle took 1.1-1.4 s at a
    million items. The time indexes hold the rating and the flag (migration 0019)."""
    catalog.create_event("Summit", time_zone="UTC")
    ids = add_items(
        [{"rating": n % 6, "flag": n % 3 - 1, "kind": ("photo", "video")[n % 2]} for n in range(30)]
    )
    catalog.add_day(date(2022, 6, 1))
    f = parse_search(text, catalog).filter
    found = _plan_of(catalog, f)
    assert index in found and "TEMP B-TREE" not in found, found
    keep = {
        "kind:photo rating>=4": lambda n: n % 2 == 0 and n % 6 >= 4,
        "kind:photo -flag:reject": lambda n: n % 2 == 0 and n % 3 != 0,
        "rating>=3": lambda n: n % 6 >= 3,
        "-rating:0": lambda n: n % 6 != 0,
        "day:1 rating>=3": lambda n: n % 6 >= 3,
    }[text]
    assert catalog.query_ids(f) == [i for n, i in enumerate(ids) if keep(n)]


def test_a_session_is_read_in_time_order_from_its_index(catalog: Any, add_items: Any) -> None:
    """`day:2 session:3` walked the whole day's time index looking for the session's items
    (0.5-0.8 s at a million items); the session's index gives the time order itself."""
    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    sid = catalog.add_session("Roundtable", base, base + timedelta(hours=1)).value
    with catalog._read() as s:
        sql = f"SELECT day_id FROM sessions WHERE id = {sid}"
        day = s.connection().exec_driver_sql(sql).scalar_one()
    specs: list[dict[str, Any]] = [
        {"session_id": sid if n % 3 else None, "capture_utc": base + timedelta(minutes=30 - n)}
        for n in range(20)
    ]
    specs.append({"session_id": sid, "capture_utc": None})
    ids = add_items([{**spec, "day_id": day} for spec in specs])
    f = ItemFilter(day_ids=(day,), session_ids=(sid,))
    found = _plan_of(catalog, f)
    assert "ix_items_session_capture" in found and "TEMP B-TREE" not in found, found
    in_session = [i for n, i in enumerate(ids[:20]) if n % 3]
    assert catalog.query_ids(f) == [*in_session[::-1], ids[20]]  # undated last


def test_by_name_comes_from_the_name_index(catalog: Any, add_items: Any) -> None:
    """Cameras' names repeat (IMG_0001 on every card after the counter rolls over), so a
    name order is not the order files came in: every window of the whole catalogue sorted
    all names (~1 s in the middle of a million items). They come from ix_items_name (0025),
    ties by id either way round, also for the command line's reader."""
    from smparchive.core.catalog.reader import open_reader

    names = ["IMG_0002.JPG", "IMG_0001.JPG", "DSC_0001.JPG", "IMG_0001.JPG", "_MG_0001.JPG"]
    ids = add_items([{"name": n, "rel_path": f"card{k}/{n}"} for k, n in enumerate(names)])
    expected = [i for _, i in sorted(zip(names, ids, strict=True))]
    with catalog._read() as s:
        q = ids_query(s, ItemFilter(), "sqlite", "name").limit(600).offset(2)
        sql = str(q.compile(catalog.engine, compile_kwargs={"literal_binds": True}))
        steps = [str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert any(NAME_INDEX in step for step in steps), steps
    assert not sorts_rows(steps), steps  # the ties of a name only (by (name, folder), 0033)
    assert not catalog.sorts_whole(sort="name")  # windows by offset, no id array needed
    assert catalog.query_ids(sort="name") == expected
    assert catalog.query_ids(sort="name", descending=True) == expected[::-1]
    assert catalog.query_ids(sort="name", offset=2, limit=2, total=5) == expected[2:4]
    reader = open_reader(catalog.location)
    assert reader is not None
    try:
        assert reader.query_ids(sort="name") == expected
    finally:
        reader.close()


def test_largest_first_and_the_total_size_come_from_the_size_index(
    catalog: Any, add_items: Any
) -> None:
    """Largest first had no index: a window in the middle of a million items sorted every
    size (0.8-1.0 s), and `info` read every row for the total size. Both read ix_items_size
    (0020); ties of equal size still come by id, either way round."""
    sizes = [500, 900, 900, 100, 700, 900, 300]
    ids = add_items([{"size": n} for n in sizes])
    order = sorted(range(len(ids)), key=lambda n: (-sizes[n], ids[n]))
    expected = [ids[n] for n in order]
    with catalog._read() as s:
        q = ids_query(s, ItemFilter(), "sqlite", "size").limit(600).offset(3)
        sql = str(q.compile(catalog.engine, compile_kwargs={"literal_binds": True}))
        steps = [str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
        total_plan = [
            str(r[-1])
            for r in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT coalesce(sum(items.size), 0) FROM items"
            )
        ]
    assert any("ix_items_size" in step for step in steps), steps
    assert not any("TEMP B-TREE" in st and "RIGHT PART" not in st for st in steps), steps
    assert any("COVERING INDEX ix_items_size" in step for step in total_plan), total_plan
    assert not catalog.sorts_whole(sort="size")  # windows by offset, no id array needed
    assert catalog.query_ids(sort="size") == expected
    assert catalog.query_ids(sort="size", descending=True) == expected[::-1]
    assert catalog.query_ids(sort="size", offset=2, limit=3, total=7) == expected[2:5]
    assert catalog.info().total_bytes == sum(sizes)


@pytest.mark.parametrize(
    "text",
    ['kind:photo tag:"Stage"', 'person:"Ana" kind:photo rating>=1', 'kind:photo -tag:"Stage"'],
)
def test_counts_of_tagged_items_start_from_the_tag(catalog: Any, add_items: Any, text: str) -> None:
    """The count and the facets of tagged items with facet-column conditions look up the
    tagged items: they do not read the entries of every photo testing each against the
    tag (235 ms at a million items, 800,000 photos, 40,000 tagged; now 70 ms). First
    pages keep their walk of the browse index in time order."""
    from collections import Counter

    ids = add_items([{"kind": ("photo", "video")[n % 4 == 3], "rating": n % 4} for n in range(40)])
    catalog.tag_items(ids[::5], ["Stage"])
    catalog.tag_items(ids[::3], ["Ana"], kind="person")
    f = parse_search(text, catalog).filter
    with recorded_statements(catalog) as statements:
        n, got = catalog.count(f), catalog.facets(f)
    reading = [st for st in statements if "FROM items" in st[0] and "item_tags" in st[0]]
    assert reading
    with catalog._read() as s:
        for sql, params in reading:
            rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
            outer = str(rows[0][-1])
            assert "items USING INTEGER PRIMARY KEY" in outer, (sql, outer)
    recs = catalog.items(catalog.query_ids(f))
    assert 0 < n == got.total == len(recs)
    assert got.rating == dict(Counter(r.rating for r in recs))
    assert "ix_items_kind_time" in plan(catalog, text)  # the first page's walk


@pytest.mark.parametrize(
    "text",
    [
        "date:2022-06-02 rating>=2",
        "date:2022-06-01..2022-06-02 -kind:photo",
        "date>=2022-06-02 camera:R5",
    ],
)
def test_the_count_of_a_date_range_and_more_reads_the_facets_index(
    catalog: Any, add_items: Any, text: str
) -> None:
    """A date range with other conditions is counted with its facets, in one read of
    ix_items_facets, not by looking up every item of the range in the table (577 ms at a
    million items for a day with a rating; the chips ask for the facets next, and get the
    same read); the count is the number of items found."""

    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    add_items(
        [
            {
                "kind": ("photo", "video")[n % 3 == 0],
                "rating": n % 4,
                "capture_utc": base + timedelta(days=n % 3, minutes=n),
                "camera_make": "Canon",
                "camera_model": ("EOS R5", "EOS R6")[n % 2],
            }
            for n in range(30)
        ]
    )
    f = parse_search(text, catalog).filter
    with recorded_statements(catalog) as seen:
        n = catalog.count(f)
    statements = [sql for sql, _ in seen]
    assert 0 < n == len(catalog.query_ids(f)) < 30
    assert any("INDEXED BY ix_items_facets" in q for q in statements), statements
    assert not any("count(items.id)" in q for q in statements), statements
    assert catalog.facets(f).total == n


def test_a_deep_window_of_a_filter_keeping_every_item_is_the_catalogues(
    catalog: Any, add_items: Any, monkeypatch: Any
) -> None:
    """``consent:unknown`` or Unflagged before anyone has set them match every item: a
    window deep into them is read as the whole catalogue's, from its browse index (at 1M,
    the middle of consent:unknown 589-707 ms -> 5-6 ms), the same ids; once an item is
    set apart, the filter is read as before."""
    from smparchive.core.catalog import ops_query

    monkeypatch.setattr(ops_query, "FAR_WINDOW", 4)
    ids = add_items([{"rating": n % 3} for n in range(30)])
    f = parse_search("consent:unknown", catalog).filter
    for desc in (False, True):
        everything = catalog.query_ids(f, descending=desc)
        with recorded_statements(catalog) as seen:
            window = catalog.query_ids(f, limit=5, offset=12, descending=desc, total=30)
        assert window == everything[12:17]
        reads = [sql for sql, _ in seen if sql.lstrip().startswith("SELECT items.id")]
        assert reads and not any("consent" in sql for sql in reads), reads
    catalog.set_fields(ids[:1], consent="cleared")
    everything = catalog.query_ids(f)
    with recorded_statements(catalog) as seen:
        assert catalog.query_ids(f, limit=5, offset=12, total=29) == everything[12:17]
    assert any("consent" in sql for sql, _ in seen if "SELECT items.id" in sql)


def test_a_deep_window_of_a_camera_reads_the_facets_index(
    catalog: Any, add_items: Any, monkeypatch: Any
) -> None:
    """A window deep into a camera's items is read from ix_items_facets (the camera and
    the time are in it): through ix_items_camera every item was looked up and all sorted
    (camera:Canon at 1M, 400,000 items: 438-457 ms -> 206-256 ms). The same ids."""
    from smparchive.core.catalog import ops_query

    monkeypatch.setattr(ops_query, "FAR_WINDOW", 4)
    cams = [("Canon", "EOS R5"), ("Canon", "EOS R6"), ("SONY", "A7")]
    add_items([{"camera_make": cams[n % 3][0], "camera_model": cams[n % 3][1]} for n in range(36)])
    f = parse_search("camera:Canon", catalog).filter
    for desc in (False, True):
        everything = catalog.query_ids(f, descending=desc)
        assert len(everything) == 24
        with recorded_statements(catalog) as seen:
            window = catalog.query_ids(f, limit=5, offset=8, descending=desc, total=24)
        assert window == everything[8:13]
        assert any("INDEXED BY ix_items_facets" in sql for sql, _ in seen), seen


@pytest.mark.parametrize("sort", ["time", "rating"])
def test_the_first_page_of_a_broad_camera_reads_the_facets_index(
    catalog: Any, add_items: Any, sort: str
) -> None:
    """A camera holding most items is read broadly (not through ix_items_camera, each item
    looked up and all sorted); since 0031 its id is the rows' last column, so scanning the
    rows decoded each up to it (camera:Canon's first page at 1M 115 -> 165 ms); it is read
    from ix_items_facets, which holds the camera and the order's columns (53 ms). The
    same ids."""
    cams = [("Canon", "EOS R5"), ("Canon", "EOS R6"), ("SONY", "A7")]
    add_items(
        [
            {"camera_make": cams[n % 3][0], "camera_model": cams[n % 3][1], "rating": n % 4}
            for n in range(36)
        ]
    )
    f = parse_search("camera:Canon", catalog).filter
    everything = catalog.query_ids(f, sort=sort)
    assert len(everything) == 24
    with recorded_statements(catalog) as seen:
        page = catalog.query_ids(f, sort=sort, limit=5)
    assert page == everything[:5]
    reads = [sql for sql, _ in seen if sql.lstrip().startswith("SELECT items.id")]
    assert reads and all("INDEXED BY ix_items_facets" in sql for sql in reads), reads


@pytest.mark.parametrize(
    "text",
    ["IMG kind:photo", "img rating>=3 flag:pick", "IMG kind:photo label:red", "dsc kind:video"],
)
def test_a_count_of_free_text_and_facet_conditions_starts_from_the_text_index(
    catalog: Any, add_items: Any, monkeypatch: Any, text: str
) -> None:
    """SQLite walked the facet condition's index (800,000 photos of a million items for
    'IMG_0 kind:photo') probing the list of the text's matches: 1.2 s, 0.25 s for
    'reunion kind:photo'. Counted from the text index, each match looked up by its id:
    0.5 s and 0.06 s. The catalogue and the command line's reader; the count is the items
    found."""
    from smparchive.core.catalog import ops_query
    from smparchive.core.catalog.reader import open_reader

    monkeypatch.setattr(ops_query, "MATCHED_MAX", 2)  # these matches count as many
    specs = [
        {
            "name": f"{('IMG', 'DSC')[n % 5 == 0]}_{n:04d}.JPG",
            "kind": ("photo", "photo", "video")[n % 3],
            "rating": n % 6,
            "flag": (n % 3) - 1,
            "color_label": (None, "red")[n % 2],
        }
        for n in range(60)
    ]
    add_items(specs)
    f = parse_search(text, catalog).filter
    plans: list[str] = []

    def seen(conn: Any, cursor: Any, sql: str, params: Any, *rest: Any) -> None:
        if sql.startswith("SELECT count("):
            steps = cursor.connection.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            plans.append(" | ".join(str(r[-1]) for r in steps))

    from sqlalchemy import event

    event.listen(catalog.engine, "before_cursor_execute", seen)
    try:
        n = catalog.count(f)
    finally:
        event.remove(catalog.engine, "before_cursor_execute", seen)
    assert n == len(catalog.query_ids(f)) > 0
    assert len(plans) == 1 and "items USING INTEGER PRIMARY KEY" in plans[0], plans
    reader = open_reader(Path(catalog.location))
    assert reader is not None
    traced: list[str] = []
    try:
        reader._conn.set_trace_callback(traced.append)  # the SQL with its values
        assert reader.count(f) == n
        reader._conn.set_trace_callback(None)
        counts = [sql for sql in traced if sql.startswith("SELECT count(")]
        assert len(counts) == 1, traced
        steps = reader._conn.execute("EXPLAIN QUERY PLAN " + counts[0]).fetchall()
        assert "items USING INTEGER PRIMARY KEY" in " | ".join(str(r[-1]) for r in steps)
    finally:
        reader.close()


def test_the_errors_view_reads_only_the_items_with_a_reason(catalog: Any, add_items: Any) -> None:
    """status:error is the items in error and the offline items that kept a read error's
    reason (an unplugged card's unreadable file). Both parts come from the partial
    ix_items_reasoned: a whole drive offline is not a read of every offline row."""
    specs: list[dict[str, Any]] = [{"status": "offline"} for _ in range(20)]
    specs[2] = {"status": "error", "status_reason": "The file cannot be read."}
    specs[4] = {"status": "offline", "status_reason": "The file cannot be read."}
    specs[6] = {"status": "ok"}
    ids = add_items(specs)
    f = parse_search("status:error", catalog).filter
    assert sorted(catalog.query_ids(f)) == sorted([ids[2], ids[4]])
    assert catalog.count(f) == 2
    found = plan(catalog, "status:error")
    assert "ix_items_reasoned" in found, found
    assert "USING INDEX ix_items_status (status=?)" not in found, found  # read every offline row


def _first_page_plan(cat: Any, f: ItemFilter, sort: str) -> tuple[list[int], str]:
    """The first page of ``f`` as the grid reads it, and SQLite's plan for the statement
    that read it."""
    with recorded_statements(cat) as statements:
        got = cat.query_ids(f, sort=sort, limit=600)
    [(sql, params)] = [st for st in statements if st[0].startswith("SELECT items.id")]
    with cat._read() as s:
        rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
    return got, " | ".join(str(r[-1]) for r in rows)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("camera:mini kind:photo", "ix_items_camera"),
        ("camera:mini day:1", "ix_items_camera"),
        ("camera:mini flag:pick", "ix_items_camera"),
        ("camera:mini status:warning", "ix_items_camera"),
        ("camera:mini date:2022-06-01", "ix_items_camera"),
        ("camera:mini date:2022-06-01 kind:photo", "ix_items_camera"),
        ("camera:R5 kind:video", "ix_items_kind_time"),
        ("session:Roundtable kind:photo", "ix_items_session_capture"),
    ],
)
@pytest.mark.parametrize("sort", ["time", "name"])
def test_a_rare_value_with_a_common_facet_is_found_through_its_own_index(
    catalog: Any, add_items: Any, text: str, index: str, sort: str
) -> None:
    """`camera:<a camera of 300 items> kind:photo` walked every photo in time order, reading
    each row for its camera (1.1 s at a million items; with a day's date 0.3 s): without
    statistics SQLite takes any equality for ~10 rows and prefers the index that gives the
    order. The kept counts per facet value say which condition keeps the fewest items;
    that one's index leads."""
    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    sid = catalog.add_session("Roundtable", base, base + timedelta(hours=1)).value
    with catalog._read() as s:
        sql = f"SELECT day_id FROM sessions WHERE id = {sid}"
        day = s.connection().exec_driver_sql(sql).scalar_one()
    specs: list[dict[str, Any]] = [
        {
            "name": f"IMG_{(n * 7) % 40:04d}.JPG",
            "day_id": day,
            "capture_utc": base + timedelta(minutes=40 - n),
            "kind": "video" if n % 13 == 5 else "photo",
            "flag": 1 if n % 2 else 0,
            "status": "warning" if n % 4 == 1 else "ok",
            "session_id": sid if n % 10 == 3 else None,
            "camera_make": "Apple" if n % 9 == 4 else "Canon",
            "camera_model": "iPhone 13 mini" if n % 9 == 4 else "EOS R5",
        }
        for n in range(40)
    ]
    ids = add_items(specs)
    f = parse_search(text, catalog).filter
    got, found = _first_page_plan(catalog, f, sort)
    if sort == "name" and index == "ix_items_kind_time":
        # by name either index led by the kind reads the same rows (since 0033 SQLite
        # takes ix_items_facets): the kind's items, looked up and sorted
        assert "(kind=?)" in found, found
    else:
        assert index in found, found
    keep = {
        "kind:photo": lambda sp: sp["kind"] == "photo",
        "kind:video": lambda sp: sp["kind"] == "video",
        "day:1": lambda sp: True,
        "date:2022-06-01": lambda sp: True,
        "flag:pick": lambda sp: sp["flag"] == 1,
        "status:warning": lambda sp: sp["status"] == "warning",
        "camera:mini": lambda sp: sp["camera_model"] == "iPhone 13 mini",
        "camera:R5": lambda sp: sp["camera_model"] == "EOS R5",
        "session:Roundtable": lambda sp: sp["session_id"] == sid,
    }
    matching = [
        (sp, i) for sp, i in zip(specs, ids, strict=True) if all(keep[w](sp) for w in text.split())
    ]
    key = (lambda m: m[0]["capture_utc"]) if sort == "time" else (lambda m: (m[0]["name"], m[1]))
    assert 0 < len(got) < 10
    assert got == [i for _, i in sorted(matching, key=key)]


def test_unflagged_items_never_lead_as_they_are_in_no_index(catalog: Any, add_items: Any) -> None:
    """A few unflagged items among flagged ones keep the fewest, but the flags' index holds
    only flagged items (partial): leading with them left no index to read, and the whole
    capture index was walked; the kind's time index leads."""
    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    specs = [
        {
            "capture_utc": base + timedelta(minutes=30 - n),
            "flag": 0 if n % 5 == 2 else 1,
            "kind": "video" if n % 7 == 3 else "photo",
        }
        for n in range(30)
    ]
    ids = add_items(specs)
    f = parse_search("flag:none kind:photo", catalog).filter
    got, found = _first_page_plan(catalog, f, "time")
    assert "ix_items_kind_time" in found, found
    wanted = [
        i for sp, i in zip(specs, ids, strict=True) if sp["flag"] == 0 and sp["kind"] == "photo"
    ]
    assert got == wanted[::-1]


@pytest.mark.parametrize("descending", [False, True])
def test_a_text_search_in_a_session_walks_the_session_not_every_photo(
    catalog: Any, add_items: Any, descending: bool
) -> None:
    """`session:X reunion kind:photo`: the first page of a text search is read by walking
    the browse order and testing each item's text; the walk took the photos' time index
    and read every photo's row for its session (364 ms CPU at a million items for a
    session of 5,000). The session's index leads, as it does without the text, and the
    page is the one FTS5 gives."""
    from unittest import mock

    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    sid = catalog.add_session("Roundtable", base, base + timedelta(hours=1)).value
    specs: list[dict[str, Any]] = [
        {
            "capture_utc": base + timedelta(minutes=50 - n),
            "kind": "video" if n % 7 == 5 else "photo",
            "session_id": sid if n % 6 == 1 else None,
        }
        for n in range(50)
    ]
    ids = add_items(specs)
    for n, item in enumerate(ids):
        catalog.set_text([item], "caption", "en", "panel debate" if n % 4 else "coffee")
    f = parse_search("session:Roundtable panel kind:photo", catalog).filter
    with recorded_statements(catalog) as statements:
        got = catalog.query_ids(f, limit=600, descending=descending)
    walks = [st for st in statements if st[0].startswith("SELECT items.id, (SELECT search_docs")]
    assert walks, statements  # the page came from the walk, not from FTS5
    with catalog._read() as s:
        sql, params = walks[0]
        rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
    found = " | ".join(str(r[-1]) for r in rows)
    assert "ix_items_session_capture" in found, found
    assert "TEMP B-TREE" not in found, found
    with (
        mock.patch.object(type(catalog), "_walk_first_page", return_value=None),
        mock.patch.object(type(catalog), "_probe_first_page", return_value=None),
    ):
        fts = catalog.query_ids(f, limit=600, descending=descending)
    wanted = [
        i
        for n, (sp, i) in enumerate(zip(specs, ids, strict=True))
        if sp["session_id"] == sid and sp["kind"] == "photo" and n % 4
    ]
    wanted = sorted(wanted, key=lambda i: specs[ids.index(i)]["capture_utc"])
    assert got == fts == (wanted[::-1] if descending else wanted)
    assert 0 < len(got) < 10


@pytest.mark.parametrize(
    "text", ["session:Roundtable kind:photo", "is:unassigned kind:photo", "camera:R5 kind:photo"]
)
def test_a_deep_window_of_a_kind_with_sessions_reads_the_facets_index(
    catalog: Any, add_items: Any, monkeypatch: Any, text: str
) -> None:
    """A window deep into a room's sessions' photos (or the photos in no session, or a
    camera's) stepped over the photos' time index reading each row for its session (at
    1M, 32 sessions of 166,000 items: 515 ms CPU in the middle); it is read from
    ix_items_facets (67 ms), as the rating order already was. The same ids, in both
    directions and orders."""
    from smparchive.core.catalog import ops_query

    catalog.create_event("Summit", time_zone="UTC")
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    rooms = [
        catalog.add_session(
            f"Roundtable {n}", base + timedelta(hours=n), base + timedelta(hours=n, minutes=50)
        ).value
        for n in range(2)
    ]
    other = catalog.add_session("Plenary", base, base + timedelta(minutes=50), room="B").value
    sessions = [rooms[0], rooms[1], other, None]
    specs: list[dict[str, Any]] = [
        {
            "capture_utc": base + timedelta(minutes=(n * 17) % 100),
            "kind": "video" if n % 5 == 2 else "photo",
            "session_id": sessions[n % 4],
            "rating": n % 6,
            "camera_make": "Canon",
            "camera_model": "EOS R5" if n % 3 else "EOS R6",
        }
        for n in range(80)
    ]
    add_items(specs)
    # the sessions hold more items than the bound under which their own index leads
    monkeypatch.setattr(ops_query, "LED_BY_FEWEST", 0)
    f = parse_search(text, catalog).filter
    for sort in ("time", "rating"):
        for desc in (False, True):
            everything = catalog.query_ids(f, sort=sort, descending=desc)
            n = len(everything)
            assert 15 < n < 50
            monkeypatch.setattr(ops_query, "FAR_WINDOW", 4)
            with recorded_statements(catalog) as seen:
                window = catalog.query_ids(
                    f, sort=sort, descending=desc, limit=5, offset=n // 2 - 3, total=n
                )
            monkeypatch.setattr(ops_query, "FAR_WINDOW", 50_000)
            assert window == everything[n // 2 - 3 : n // 2 + 2], (sort, desc)
            [(sql, params)] = [st for st in seen if st[0].lstrip().startswith("SELECT items.id")]
            with catalog._read() as s:
                rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                found = " | ".join(str(r[-1]) for r in rows)
            assert "COVERING INDEX ix_items_facets" in found, (sort, desc, found)
