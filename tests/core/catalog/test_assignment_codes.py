"""How an item got its session, stored as a small code (migration 0034, issue 19): 'auto' and
'manual' read, propose, preview and undo as before on both engines; an old catalogue's
values survive the upgrade, a downgrade and the upgrade again."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.reader import open_reader
from smparchive.core.domain.assign import Reason
from smparchive.core.vocab import Assignment

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
BXL = ZoneInfo("Europe/Brussels")
CAM = {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "B2"}
# the fixture's items 1-3 (all in session 1) as this test sets them before the upgrade
OLD = {1: "auto", 2: "manual", 3: None}


def _alembic(url: str, action: str, revision: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from smparchive.core.catalog.schema import alembic_config

    engine = create_engine(url)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            getattr(command, action)(cfg, revision)
    finally:
        engine.dispose()


def _records(cat: Any, ids: list[int]) -> list[dict[str, Any]]:
    return [asdict(r) for r in cat.items(ids)]


def _old_catalogue(tmp_path: Path) -> Path:
    """A 0033 catalogue whose three items hold each form an assignment can take."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0033.smpcat", work)
    conn = sqlite3.connect(work)
    for item_id, how in OLD.items():
        session = "NULL" if how is None else "1"
        conn.execute(
            f"UPDATE items SET assignment = ?, session_id = {session} WHERE id = ?",
            (how, item_id),
        )
    conn.commit()
    conn.close()
    return work


def _stored_rows(path: Path) -> dict[int, dict[str, Any]]:
    """Every column of every item as stored (the generated hash key left out)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        rows = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM items")}
    finally:
        conn.close()
    for row in rows.values():  # a column of 0040, 1 for every record made before it
        assert row.pop("reader_version", 1) == 1
    return rows


def test_upgrade_to_0034_stores_codes_and_every_value_reads_as_before(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    before = _stored_rows(work)
    cat = open_catalog(work)
    try:
        first = _records(cat, [1, 2, 3])
        assert {r["id"]: r["assignment"] for r in first} == OLD
        # the preview reads the rows as stored: the item filed by hand stays where it is
        reasons = {p.item_id: p.reason for p in cat.propose_assignments([1, 2, 3])}
        assert reasons[2] == Reason.MANUAL and reasons[1] != Reason.MANUAL
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        stored = dict(conn.execute("SELECT id, assignment FROM items").fetchall())
        assert stored == {1: 0, 2: 1, 3: None}  # codes, no longer 'auto' and 'manual'
        declared = {r[1]: r[2] for r in conn.execute("PRAGMA table_info(items)")}
        assert declared["assignment"] == "SMALLINT"
    finally:
        conn.close()
    # every other column of every item stored as it was
    after = _stored_rows(work)
    for rows in (before, after):
        for row in rows.values():
            row.pop("assignment")
    assert after == before
    # the command line's light reader shows the same records
    reader = open_reader(work)
    assert reader is not None
    try:
        assert [asdict(r) for r in reader.items([1, 2, 3])] == first
    finally:
        reader.close()
    # down to 0033: the texts again; up again: every value of every item as it was
    _alembic(f"sqlite:///{work}", "downgrade", "0033")
    conn = sqlite3.connect(work)
    try:
        rows = conn.execute("SELECT id, assignment, typeof(assignment) FROM items").fetchall()
        assert {r[0]: r[1] for r in rows} == OLD
        assert {r[2] for r in rows} == {"text", "null"}
    finally:
        conn.close()
    assert {i: {k: v for k, v in r.items() if k != "assignment"} for i, r in
            _stored_rows(work).items()} == before  # fmt: skip
    cat = open_catalog(work)
    try:
        assert _records(cat, [1, 2, 3]) == first
    finally:
        cat.close()


def test_upgrade_refuses_an_assignment_it_does_not_know(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET assignment = 'rules' WHERE id = 1")
    conn.commit()
    conn.close()
    with pytest.raises(CatalogError):
        open_catalog(work)
    conn = sqlite3.connect(work)
    try:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == "0033"
        assert conn.execute("SELECT assignment FROM items WHERE id = 1").fetchone()[0] == "rules"
    finally:
        conn.close()


def _programme(cat: Any) -> dict[str, int]:
    cat.create_event("SMP", time_zone="Europe/Brussels")
    out = {}
    for key, (start, end) in {"emn": ((9, 30), (11, 0)), "eprs": ((11, 30), (12, 30))}.items():
        out[key] = cat.add_session(
            key,
            datetime(2022, 6, 1, *start, tzinfo=BXL),
            datetime(2022, 6, 1, *end, tzinfo=BXL),
        ).value
    return out


def _photo(h: int, m: int) -> dict[str, Any]:
    when = datetime(2022, 6, 1, h, m, tzinfo=BXL)
    return {"capture_local": when.replace(tzinfo=None), "capture_utc": when.astimezone(UTC),
            "capture_offset_min": 120, **CAM}  # fmt: skip


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_assignments_are_codes_that_read_propose_preview_and_undo_as_before(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    s = _programme(cat)
    ids = item_inserter(cat, tmp_path / "media", [_photo(10, 45), _photo(10, 5), _photo(12, 0)])
    cat.auto_assign(ids)
    manual = cat.assign_items([ids[1]], s["eprs"])
    recs = cat.items(ids)
    assert [r.assignment for r in recs] == [Assignment.AUTO, Assignment.MANUAL, Assignment.AUTO]
    assert [r.session_id for r in recs] == [s["emn"], s["eprs"], s["eprs"]]
    with cat.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT id, assignment FROM items")).all())
    assert stored == {ids[0]: 0, ids[1]: 1, ids[2]: 0}
    # the assignment preview and Camera Clocks' preview read the codes as stored
    reasons = {p.item_id: p.reason for p in cat.propose_assignments(ids)}
    assert reasons == {ids[0]: Reason.INSIDE, ids[1]: Reason.MANUAL, ids[2]: Reason.INSIDE}
    preview = cat.preview_clock("Canon|EOS R6|B2", 3600)
    by_item = {r.item_id: r for r in preview.rows}
    assert by_item[ids[1]].reason == Reason.MANUAL
    assert by_item[ids[1]].new_session_id == s["eprs"]  # filed by hand: stays
    assert by_item[ids[0]].new_session_id == s["eprs"]  # an hour later: the next session
    cat.undo(manual.undo)
    assert [r.assignment for r in cat.items(ids)] == ["auto", "auto", "auto"]
    assert cat.item(ids[1]).session_id == s["emn"]
    redo = cat.assign_items([ids[1]], s["eprs"])
    released = cat.release_items([ids[1]])  # back to the rules: its session stays
    assert (cat.item(ids[1]).assignment, cat.item(ids[1]).session_id) == ("auto", s["eprs"])
    cat.undo(released.undo)
    assert cat.item(ids[1]).assignment == "manual"
    cat.undo(redo.undo)
    assert cat.item(ids[1]).assignment == "auto"


@pytest.mark.postgres
def test_postgresql_down_to_0033_and_up_again_keeps_every_assignment(
    tmp_path: Path, item_inserter: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import empty_pg_url

    url = empty_pg_url()
    monkeypatch.setenv("SMPARCHIVE_SKIP_PG_BACKUP", "1")
    cat = open_catalog(url)
    try:
        s = _programme(cat)
        ids = item_inserter(cat, tmp_path / "media", [_photo(10, 0), _photo(10, 5), _photo(13, 0)])
        cat.auto_assign(ids[:1])
        cat.assign_items(ids[1:2], s["eprs"])
        first = _records(cat, ids)
    finally:
        cat.close()
    assert [r["assignment"] for r in first] == ["auto", "manual", None]
    _alembic(url, "downgrade", "0033")
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, assignment FROM items ORDER BY id")).all()
            kind = conn.execute(
                text(
                    "SELECT data_type FROM information_schema.columns "
                    "WHERE table_name = 'items' AND column_name = 'assignment'"
                )
            ).scalar()
    finally:
        engine.dispose()
    assert [r[1] for r in rows] == ["auto", "manual", None]
    assert kind == "character varying"
    cat = open_catalog(url)
    try:
        assert _records(cat, ids) == first
    finally:
        cat.close()
