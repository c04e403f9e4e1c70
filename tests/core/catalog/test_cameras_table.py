"""Cameras in their own table (migration 0031): what a user sees of cameras is unchanged.

The items name their device by id; every reader (records, the camera facet, ``camera:``,
Camera Clocks, the command line's light reader) shows the make, model and serial as before,
and every writer names a device once.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.reader import open_reader
from smparchive.core.domain.query import parse_search

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
# (make, model, serial) of the fixture's items 1-3 before the upgrade
DEVICES = {1: ("Canon", "EOS R5", "A1"), 2: ("Canon", "EOS R5", "B2"), 3: (None, "HC-X1", None)}


def _old_catalogue(tmp_path: Path) -> Path:
    """A 0029 catalogue whose three photos came from three devices (two serials of one
    model, one camcorder that wrote only its model); the 0029 triggers keep the counts."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0029.smpcat", work)
    conn = sqlite3.connect(work)
    for item_id, (make, model, serial) in DEVICES.items():
        conn.execute(
            "UPDATE items SET camera_make = ?, camera_model = ?, camera_serial = ? WHERE id = ?",
            (make, model, serial, item_id),
        )
    conn.execute(
        "INSERT INTO clock_offsets (camera_key, offset_s, note) VALUES ('Canon|EOS R5|B2', 3600, "
        "'an hour behind')"
    )
    conn.commit()
    conn.close()
    return work


def test_upgrade_to_0031_shows_every_camera_as_before(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    cat = open_catalog(work)
    try:
        records = {r.id: r for r in cat.items([1, 2, 3])}
        assert {
            i: (r.camera_make, r.camera_model, r.camera_serial) for i, r in records.items()
        } == (DEVICES)
        assert records[2].camera_key == "Canon|EOS R5|B2"
        # the camera facet, by make and model (both serials of the R5 in one chip)
        assert cat.facets().camera == {"Canon EOS R5": 2, "HC-X1": 1}
        assert cat.query_ids(parse_search("camera:R5", cat).filter) == [1, 2]
        assert cat.query_ids(parse_search("camera:hc-x", cat).filter) == [3]
        assert cat.query_ids(parse_search("camera:nikon", cat).filter) == []
        # Camera Clocks: one group per device, the correction kept with its camera
        groups = {g.key: (g.count, g.offset_s) for g in cat.cameras()}
        assert groups == {
            "Canon|EOS R5|A1": (1, 0),
            "Canon|EOS R5|B2": (1, 3600),
            "|HC-X1|": (1, 0),
        }
        assert cat.find_camera("HC-X1").key == "|HC-X1|"
        assert cat.camera_of_items([2, 3]) in {"Canon|EOS R5|B2", "|HC-X1|"}
        # free text finds the camera model (search_docs kept as it was)
        assert cat.query_ids(ItemFilter(text="roundtable")) == [1, 2, 3]
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(items)")}
        assert "camera_id" in columns and not columns & {"camera_make", "camera_model"}
        assert conn.execute("SELECT count(*) FROM cameras").fetchone()[0] == 3
        index = [r[2] for r in conn.execute("PRAGMA index_info('ix_items_camera')")]
        assert index == ["camera_id"]
    finally:
        conn.close()
    # the command line's light reader shows the same
    reader = open_reader(str(work))
    assert reader is not None
    try:
        light = {
            r.id: (r.camera_make, r.camera_model, r.camera_serial) for r in reader.items([1, 2, 3])
        }
        assert light == DEVICES
    finally:
        reader.close()


def test_counts_follow_edits_and_a_re_read_camera_after_0031(tmp_path: Path) -> None:
    """The kept counts (triggers on camera_id) follow an edit, and a file read again with
    another camera (a re-read through ingest) is that camera's everywhere."""
    from smparchive.core.catalog.ops_ingest import IngestEntry

    work = _old_catalogue(tmp_path)
    cat = open_catalog(work)
    try:
        cat.set_fields([1], rating=4)
        assert cat.facets(parse_search("camera:R5 rating>=4", cat).filter).camera == {
            "Canon EOS R5": 1
        }
        rec = cat.item(3)
        technical = {"kind": "photo", "status": "ok", "thumb_state": "ok",
                     "has_embedded_thumb": False, "camera_make": "NIKON",
                     "camera_model": "Z 6", "camera_serial": "7"}  # fmt: skip
        entry = IngestEntry(rel_path=rec.rel_path, name=rec.name, size=rec.size, mtime_ns=1,
                            sha256=rec.sha256, technical=technical, item_id=3)  # fmt: skip
        cat.ingest_batch(rec.root_id, [entry])
        assert cat.facets().camera == {"Canon EOS R5": 2, "NIKON Z 6": 1}
        assert cat.query_ids(parse_search("camera:nikon", cat).filter) == [3]
        assert cat.query_ids(parse_search("camera:hc-x", cat).filter) == []
        assert "NIKON|Z 6|7" in {g.key for g in cat.cameras()}
        assert (cat.item(3).camera_make, cat.item(3).camera_serial) == ("NIKON", "7")
    finally:
        cat.close()


def test_one_camera_row_per_device_whatever_writes_it(catalog, add_items) -> None:
    """Items written in several batches by the same device share one camera row; a new
    device gets its own; items with nothing written name no camera."""
    from sqlalchemy import func, select

    from smparchive.core.catalog.models import Camera, MediaItem

    r5 = {"camera_make": "Canon", "camera_model": "EOS R5", "camera_serial": "A1"}
    add_items([r5, r5, {}])
    b2 = {"camera_make": "Canon", "camera_model": "EOS R5", "camera_serial": "B2"}
    add_items([{**r5, "name": "B_0001.JPG"}, {**b2, "name": "B_0002.JPG"}])
    with catalog._sessions() as s:
        assert s.execute(select(func.count()).select_from(Camera)).scalar() == 2
        assert s.execute(select(func.count()).where(MediaItem.camera_id.is_(None))).scalar() == 1
    assert catalog.facets().camera == {"Canon EOS R5": 4}
    groups = sorted((g.key, g.count) for g in catalog.cameras())
    assert groups == [("Canon|EOS R5|A1", 3), ("Canon|EOS R5|B2", 1), ("||", 1)]


def test_downgrade_to_0030_gives_the_cameras_back(tmp_path: Path) -> None:
    """0031's downgrade writes each item's make, model and serial in its row again (and
    0031 then moves them again)."""
    from alembic import command

    from smparchive.core.catalog.engine import make_engine, sqlite_url
    from smparchive.core.catalog.schema import alembic_config, migrating

    work = _old_catalogue(tmp_path)
    open_catalog(work).close()
    engine = make_engine(sqlite_url(work))
    try:
        cfg = alembic_config()
        with migrating(engine) as conn:  # (foreign keys off, 0033)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0030")
    finally:
        engine.dispose()
    conn = sqlite3.connect(work)
    try:
        rows = conn.execute("SELECT id, camera_make, camera_model, camera_serial FROM items")
        assert {r[0]: tuple(r[1:]) for r in rows} == DEVICES
        cells = conn.execute(
            "SELECT camera_make, camera_model, sum(n) FROM facet_cells GROUP BY 1, 2 ORDER BY 2"
        ).fetchall()
        assert cells == [("Canon", "EOS R5", 2), (None, "HC-X1", 1)]
    finally:
        conn.close()
    cat = open_catalog(work)
    try:
        assert cat.facets().camera == {"Canon EOS R5": 2, "HC-X1": 1}
        assert cat.item(3).camera_model == "HC-X1"
    finally:
        cat.close()


def test_postgresql_down_to_0030_and_up_again_shows_every_camera(
    tmp_path: Path, item_inserter, monkeypatch
) -> None:
    """A team catalogue: 0031's downgrade and upgrade keep each item's camera, the facet
    counts (statement triggers naming camera_id) and Camera Clocks' groups."""
    from alembic import command
    from sqlalchemy import create_engine
    from tests.conftest import empty_pg_url

    from smparchive.core.catalog.schema import alembic_config, migrating

    url = empty_pg_url()
    monkeypatch.setenv("SMPARCHIVE_SKIP_PG_BACKUP", "1")
    cat = open_catalog(url)
    try:
        specs = [dict(zip(("camera_make", "camera_model", "camera_serial"), d, strict=True))
                 for d in DEVICES.values()]  # fmt: skip
        ids = item_inserter(cat, tmp_path / "media", specs)
    finally:
        cat.close()
    engine = create_engine(url)
    try:
        cfg = alembic_config()
        with migrating(engine) as conn:  # (foreign keys off, 0033)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0030")
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, camera_make, camera_model, camera_serial FROM items ORDER BY id"
            ).all()
        assert [tuple(r[1:]) for r in rows] == list(DEVICES.values())
    finally:
        engine.dispose()
    cat = open_catalog(url)
    try:
        got = [(r.camera_make, r.camera_model, r.camera_serial) for r in cat.items(ids)]
        assert got == list(DEVICES.values())
        assert cat.facets().camera == {"Canon EOS R5": 2, "HC-X1": 1}
        assert cat.query_ids(parse_search("camera:R5", cat).filter) == ids[:2]
        assert sorted(g.key for g in cat.cameras()) == [
            "Canon|EOS R5|A1",
            "Canon|EOS R5|B2",
            "|HC-X1|",
        ]
        cat.set_fields(ids[:1], rating=5)  # the statement triggers count by camera_id
        assert cat.facets(parse_search("camera:R5 rating:5", cat).filter).camera == {
            "Canon EOS R5": 1
        }
    finally:
        cat.close()


def test_postgresql_teammates_adding_one_camera_at_once_get_one_row(pg_catalog) -> None:
    """Two writers naming the same new camera in overlapping transactions: the second
    waits at uq_cameras_identity, then takes the first one's row (ON CONFLICT)."""
    import threading

    from sqlalchemy import func, select

    from smparchive.core.catalog.cameras import camera_ids
    from smparchive.core.catalog.models import Camera

    device = ("FUJIFILM", "X-T4", "C9012")
    got: list[int] = []
    with pg_catalog.engine.connect() as first:
        first.begin()
        got.append(camera_ids(first, [device])[device])

        def second() -> None:
            with pg_catalog.engine.begin() as conn:
                got.append(camera_ids(conn, [device])[device])

        waiter = threading.Thread(target=second)
        waiter.start()
        waiter.join(0.5)
        assert waiter.is_alive()  # waiting for the first writer's row
        first.commit()
    waiter.join(10)
    assert len(got) == 2 and got[0] == got[1]
    with pg_catalog.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Camera)).scalar() == 1


def test_a_revision_set_back_by_hand_below_0023_keeps_the_camera_counts(
    catalog_path: Path, item_inserter
) -> None:
    """Migrations run again on a 0031 schema (a revision set back by hand, as tests of
    older migrations do): 0023 remakes the kept counts, 0031 makes them by camera again."""
    cat = open_catalog(catalog_path, create=True)
    try:
        specs = [dict(zip(("camera_make", "camera_model", "camera_serial"), d, strict=True))
                 for d in DEVICES.values()]  # fmt: skip
        ids = item_inserter(cat, catalog_path.parent / "media", specs)
    finally:
        cat.close()
    conn = sqlite3.connect(catalog_path)
    conn.execute("UPDATE alembic_version SET version_num = '0017'")
    conn.commit()
    conn.close()
    cat = open_catalog(catalog_path)
    try:
        assert cat.facets().camera == {"Canon EOS R5": 2, "HC-X1": 1}
        cat.set_fields(ids[2:], rating=3)  # the triggers remade count by camera_id
        assert cat.facets(parse_search("rating:3", cat).filter).camera == {"HC-X1": 1}
    finally:
        cat.close()
