"""A selection larger than one statement's bound-parameter limit edits, assigns and collects.

Stock SQLite allows 32,766 bound parameters per statement (999 before 3.32; some Linux
distributions raise it): an IN list over 40,000 item ids that is not split
(core/catalog/chunks.py) fails with "too many SQL variables". The catalogue keeps under the
smallest limit, MAX_BOUND_PARAMS, so the connections here are given that one.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, insert, select

from smparchive.core.catalog.chunks import MAX_BOUND_PARAMS
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.folders import name_folders
from smparchive.core.catalog.models import MediaItem, Root
from smparchive.core.vocab import Assignment, TextField

N = 40_000


@pytest.fixture
def many(catalog: Any, tmp_path: Path) -> list[int]:
    """40,000 item rows written by one bulk INSERT (no ingest, no search documents), in a
    catalogue whose connections allow only MAX_BOUND_PARAMS bound parameters."""

    def stock_limit(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, MAX_BOUND_PARAMS)

    event.listen(catalog.engine, "connect", stock_limit)
    catalog.engine.dispose()  # connections made from here on have the limit
    now = datetime.now(UTC)
    base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    with catalog._sessions() as s, s.begin():
        rid = s.execute(
            insert(Root).values(
                path=str(tmp_path), label="media", online=True, sidecar_policy="mirror",
                ignore_patterns=[], added_at=now,
            )
        ).inserted_primary_key[0]  # fmt: skip
        rows = [
            {"root_id": rid, "rel_path": f"IMG_{n:05d}.JPG", "name": f"IMG_{n:05d}.JPG",
             "kind": "photo", "size": 1000 + n, "mtime_ns": 0, "sha256": f"{n:064x}",
             "capture_utc": base + timedelta(seconds=n), "rating": 0, "flag": 0,
             "consent": "unknown", "status": "ok", "thumb_state": "pending",
             "clock_shift_s": 0, "has_embedded_thumb": False, "first_seen_at": now,
             "updated_at": now}
            for n in range(N)
        ]  # fmt: skip
        name_folders(s, rows)  # the path as its folder and name (0033)
        s.execute(insert(MediaItem), rows)
        ids = list(s.scalars(select(MediaItem.id).order_by(MediaItem.id)))
    assert len(ids) == N
    return ids


def test_editing_a_very_large_selection(catalog: Any, many: list[int]) -> None:
    assert catalog.query_ids(ItemFilter(item_ids=tuple(many))) == many

    catalog.set_fields(many, rating=4)
    catalog.set_text(many, TextField.TITLE, "en", "Plenary")
    catalog.tag_items(many, ["Crowd"])
    first, last = catalog.items([many[0], many[-1]])
    assert (first.rating, last.rating) == (4, 4)
    assert first.titles == last.titles == {"en": "Plenary"}
    assert [t.path for t in last.tags] == ["Crowd"]

    crowd = catalog.find_tag("Crowd").id
    res = catalog.remove_tags(many, [crowd])
    assert catalog.items([many[-1]])[0].tags == ()
    catalog.undo(res.undo)
    assert [t.path for t in catalog.items([many[-1]])[0].tags] == ["Crowd"]

    res = catalog.set_text(many, TextField.TITLE, "en", None)  # cleared everywhere
    assert catalog.items([many[-1]])[0].titles == {}
    catalog.undo(res.undo)
    assert catalog.items([many[-1]])[0].titles == last.titles


def test_assigning_a_very_large_selection(catalog: Any, many: list[int]) -> None:
    catalog.create_event("SMP", time_zone="UTC")
    start = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    sid = catalog.add_session("All day", start, start + timedelta(hours=12)).value

    res = catalog.assign_items(many, sid)
    assert res.changes.items == frozenset(many)
    ends = catalog.items([many[0], many[-1]])
    assert [(r.session_id, r.assignment) for r in ends] == [(sid, Assignment.MANUAL)] * 2

    catalog.release_items(many)
    assert {r.assignment for r in catalog.items([many[0], many[-1]])} == {Assignment.AUTO}

    res = catalog.assign_items(many, None)  # taken out of every session
    assert catalog.items([many[-1]])[0].session_id is None
    catalog.undo(res.undo)
    assert catalog.items([many[-1]])[0].session_id == sid


def test_collecting_a_very_large_selection(catalog: Any, many: list[int]) -> None:
    cid = catalog.create_collection("Everything").value
    catalog.add_to_collection(cid, many)
    assert catalog.query_ids(ItemFilter(collection_id=cid)) == many

    catalog.remove_from_collection(cid, many[1:])
    assert catalog.query_ids(ItemFilter(collection_id=cid)) == many[:1]

    catalog.add_to_collection(cid, many[1:], position=0)  # before the one left
    catalog.move_in_collection(cid, many[:1], 0)
    assert catalog.query_ids(ItemFilter(collection_id=cid)) == many


def test_faces_of_a_very_large_selection(catalog: Any, many: list[int]) -> None:
    """The People window and `faces list` ask for the faces of a whole view's items."""
    from smparchive.core.catalog.models import Face

    with catalog._sessions() as s, s.begin():
        s.execute(
            insert(Face),
            [
                {"item_id": iid, "x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2, "embedding": b"",
                 "state": "suggested", "confidence": 0.0}
                for iid in (many[0], many[-1])
            ],
        )  # fmt: skip
    faces = catalog.faces(item_ids=many)
    assert sorted(f.item_id for f in faces) == [many[0], many[-1]]
    assert len(catalog.faces(face_ids=[f.id for f in faces] + list(range(10**6, 10**6 + N)))) == 2
    catalog.reject_faces([f.id for f in faces] + list(range(10**6, 10**6 + N)))
    assert {f.state for f in catalog.faces(item_ids=many)} == {"rejected"}
