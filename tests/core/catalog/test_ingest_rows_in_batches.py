"""The scan's writes of many items (new rows, known rows re-read, fingerprints, thumbnail
outcomes, files missing, back and verified) set every item as given on SQLite and
PostgreSQL, where they go as a few statements rather than one per item (items' statement
triggers fire once per statement), and the kept counts stay those counted from the items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.conftest import recorded_statements
from tests.core.catalog.test_clock_rewrite import _check_counts

from smparchive.core.catalog.models import MediaItem
from smparchive.core.catalog.ops_ingest import IngestEntry


def _entry(i: int, *, item_id: int | None = None, size: int = 0) -> IngestEntry:
    cams = [("Canon", "EOS R5"), ("Sony", "A7"), (None, None)]
    make, model = cams[i % 3]
    return IngestEntry(
        rel_path=f"d{i % 4}/IMG_{i:03d}.JPG",
        name=f"IMG_{i:03d}.JPG",
        size=size or 1000 + i,
        mtime_ns=i,
        sha256=None,
        technical={
            "kind": ("photo", "video", "audio")[i % 3],
            "mime": "image/jpeg",
            "camera_make": make,
            "camera_model": model,
            "duration_s": (None, 30.0, 900.0)[i % 3],
            "status": "ok",
            "thumb_state": "pending",
            "has_embedded_thumb": False,
        },
        capture_local=None if i % 7 == 3 else datetime(2022, 6, 1, 8) + timedelta(minutes=37 * i),
        capture_offset_min=(120, None)[i % 2],
        capture_source="exif",
        item_id=item_id,
    )


def _written(cat: Any, sql: list[tuple[str, Any]], prefix: str) -> list[Any]:
    return [p for s, p in sql if s.startswith(prefix) and isinstance(p, list) and len(p) > 1]


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_scan_writes_set_every_item(engine_catalog: Any, tmp_path: Path) -> None:
    cat = engine_catalog
    cat.create_event("Summit", time_zone="Europe/Brussels")
    root = cat.add_root(tmp_path).value
    pg = cat.engine.dialect.name == "postgresql"
    with recorded_statements(cat) as seen:
        cat.ingest_batch(root, [_entry(i) for i in range(40)])
    ids = sorted(cat.query_ids())
    assert len(ids) == 40
    if pg:  # the new rows in one statement, not one per item
        assert not _written(cat, seen, "INSERT INTO items")
    _check_counts(cat)

    # known items re-read: their new size and time
    by_name = {r.name: r.id for r in cat.items(ids)}
    again = [_entry(i, item_id=by_name[f"IMG_{i:03d}.JPG"], size=5000 + i) for i in range(0, 40, 3)]
    again = [replace_time(e, n) for n, e in enumerate(again)]
    with recorded_statements(cat) as seen:
        cat.ingest_batch(root, again)
    for e in again:
        (r,) = cat.items([e.item_id])
        assert r.size == e.size and (r.capture_utc is None) == (e.capture_local is None)
    # fingerprints: each item its own hash, the pictured ones' thumbnails ok
    hashes = [(iid, f"{iid * 7919:064x}") for iid in ids]
    pictured = set(ids[::4])
    with recorded_statements(cat) as more:
        cat.ingest_hashes(hashes, pictured=pictured)
    # thumbnail outcomes: ok, warnings, errors; one item given twice (the last counts)
    outcomes: list[dict[str, Any]] = []
    for n, iid in enumerate(ids):
        if n % 3 == 0:
            outcomes.append({"id": iid, "thumb_state": "ok"})
        elif n % 3 == 1:
            outcomes.append(
                {"id": iid, "status": "warning", "warnings": f"w {n}'s", "thumb_state": "none"}
            )
        else:
            outcomes.append(
                {"id": iid, "status": "error", "status_reason": None, "thumb_state": "none"}
            )
    # items given again: what comes last counts, column by column
    outcomes.insert(0, {"id": ids[1], "status": "error", "status_reason": "gone"})
    outcomes.append({"id": ids[1], "thumb_state": "ok"})
    outcomes.append({"id": ids[4], "thumb_state": "ok"})
    outcomes.append({"id": ids[4], "status": "ok", "warnings": None, "thumb_state": "none"})
    with recorded_statements(cat) as last:
        cat.ingest_outcomes(outcomes)
    if pg:
        for sql in (seen, more, last):
            assert not _written(cat, sql, "UPDATE items")
    want: dict[int, dict[str, Any]] = {}
    for o in outcomes:
        want.setdefault(o["id"], {}).update(o)
    with cat._sessions() as s:
        got = {
            r.id: r
            for r in s.execute(
                select(
                    MediaItem.id,
                    MediaItem.sha256,
                    MediaItem.thumb_state,
                    MediaItem.status,
                    MediaItem.warnings,
                    MediaItem.status_reason,
                )
            )
        }
    for iid, sha in hashes:
        r, o = got[iid], want[iid]
        assert r.sha256 == sha, iid
        assert r.thumb_state == o["thumb_state"], iid
        assert r.status == o.get("status", "ok"), iid
        assert r.warnings == o.get("warnings"), iid
        assert r.status_reason == o.get("status_reason"), iid
    assert (got[ids[1]].status, got[ids[1]].thumb_state) == ("warning", "ok")
    assert got[ids[1]].status_reason == "gone"
    _check_counts(cat)

    # files gone, some back, the others verified (one damaged)
    cat.ingest_mark_missing(ids[:12])
    assert {r.status for r in cat.items(ids[:12])} == {"missing"}
    cat.ingest_restore(ids[:6])
    back = cat.items(ids[:6])  # an error with a reason stays one (restored_status_sql)
    assert [r.status == "error" for r in back] == [r.status_reason is not None for r in back]
    assert "missing" not in {r.status for r in back}
    assert {r.status for r in cat.items(ids[6:12])} == {"missing"}
    when = datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=UTC)
    cat.record_verified(ids[12:], [(ids[13], "damaged")], when)
    with cat._sessions() as s:
        verified = dict(s.execute(select(MediaItem.id, MediaItem.last_verified_at)).all())
    assert [i for i in ids if verified[i] == when] == ids[12:]
    (damaged,) = cat.items([ids[13]])
    assert (damaged.status, damaged.status_reason) == ("error", "damaged")
    _check_counts(cat)


def replace_time(e: IngestEntry, n: int) -> IngestEntry:
    """``e`` with another device time (none for every fifth)."""
    from dataclasses import replace

    local = None if n % 5 == 4 else datetime(2022, 6, 2, 9) + timedelta(seconds=611 * n)
    return replace(e, capture_local=local)


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_rows_inserted_together_are_those_inserted_one_by_one(
    engine_catalog: Any, tmp_path: Path
) -> None:
    """``insert_all`` (one statement on PostgreSQL) stores every value as an executemany
    does: the scan's rows read back, inserted again both ways under other names."""
    from sqlalchemy import insert

    from smparchive.core.catalog.keyed_update import insert_all
    from smparchive.core.catalog.models import table_of

    cat = engine_catalog
    cat.create_event("Summit", time_zone="Europe/Brussels")
    cat.ingest_batch(cat.add_root(tmp_path).value, [_entry(i) for i in range(30)])
    table = table_of(MediaItem)
    cols = [c for c in table.c if c.name not in ("id", "sha_key")]
    with cat._sessions() as s, s.begin():
        rows = [dict(r._mapping) for r in s.execute(select(*cols).order_by(MediaItem.id))]
        rows[0] |= {"duration_s": 3, "gps_lat": -0.0, "lens": "50mm f/1.8 'x'", "rating": 4}
        rows[1] |= {"capture_utc": datetime(2022, 6, 1, 23, 59, 59, 999_999, tzinfo=UTC)}
        conn = s.connection()
        conn.execute(insert(table), [r | {"name": f"one-{r['name']}"} for r in rows])
        with recorded_statements(cat) as seen:
            insert_all(conn, table, [r | {"name": f"all-{r['name']}"} for r in rows])
    with cat._sessions() as s:
        stored = [dict(r._mapping) for r in s.execute(select(*cols).order_by(MediaItem.id))]
    one = {r["name"][4:]: r | {"name": None} for r in stored if r["name"].startswith("one-")}
    together = {r["name"][4:]: r | {"name": None} for r in stored if r["name"].startswith("all-")}
    assert len(one) == 30 and together == one
    if cat.engine.dialect.name == "postgresql":  # one statement, not one per row
        assert [sql.split(" (")[0] for sql, _p in seen] == ["INSERT INTO items"]
    _check_counts(cat)
