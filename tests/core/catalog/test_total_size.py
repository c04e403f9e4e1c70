"""The catalogue's total size, as `info` says it, kept with the facet counts (migration 0037,
issue 19): it is always the sum of the items' sizes, on both engines, after a scan, a
rescan of a file whose size changed, edits and their undo, a folder's removal; an old
catalogue's total is the same after the upgrade, a downgrade and the upgrade again."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from tests.conftest import sqlite_rows
from tests.core.catalog.test_assignment_codes import _alembic
from tests.core.ingest.conftest import jpeg_bytes

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.models import MediaItem
from smparchive.core.catalog.ops_ingest import IngestEntry
from smparchive.core.catalog.reader import open_reader
from smparchive.core.catalog.schema import head_revision
from smparchive.core.ingest import ScanOptions, scan

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
INLINE = ScanOptions(workers=0)
BIG = 5 * 2**30 + 7  # beyond 32 bits


def _summed(cat: Any) -> int:
    with cat._read() as s:
        return int(s.scalar(select(func.coalesce(func.sum(MediaItem.size), 0))) or 0)


def _check(cat: Any) -> int:
    """info's total (and the command line's, on SQLite) is the items' sizes summed."""
    total = cat.info().total_bytes
    assert total == _summed(cat)
    if cat.engine.dialect.name == "sqlite":
        reader = open_reader(Path(cat.location))
        assert reader is not None
        try:
            assert reader.info().total_bytes == total
        finally:
            reader.close()
    return int(total)


def _write(path: Path, pad: int = 0, **kw: Any) -> Path:
    """A small real JPEG; ``pad`` bytes after its end make the file that much larger."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(jpeg_bytes(**kw) + b"\0" * pad)
    return path


def _on_disk(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_total_size_follows_scans_edits_undo_and_removal(
    engine_catalog: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    root = tmp_path / "photos"
    for n in range(5):
        _write(root / "day1" / f"IMG_{n}.jpg", pad=1000 * n, color=(40 * n, 10, 200))
    _write(root / "day2" / "IMG_9.jpg", pad=50, model="EOS R5")
    cat.add_root(root)
    assert scan(cat, options=INLINE).new == 6
    assert _check(cat) == _on_disk(root) > 0

    # A rescan of a file rewritten larger, another smaller: the total is the files' again.
    for name, pad in (("IMG_1.jpg", 250_000), ("IMG_4.jpg", 0)):
        target = root / "day1" / name
        _write(target, pad=pad, color=(1, 2, 3))
        os.utime(target, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    assert scan(cat, options=INLINE).changed == 2
    assert _check(cat) == _on_disk(root)

    # Edits that move items between combinations of facet values move their sizes too.
    ids = cat.query_ids(ItemFilter())
    total = _check(cat)
    for edit in (
        lambda: cat.set_fields(ids[:3], rating=5, flag=1, color_label="red"),
        lambda: cat.set_fields(ids[2:5], consent="cleared"),
        lambda: cat.tag_items(ids[:2], ["Ana"], kind="person"),
    ):
        done = edit()
        assert _check(cat) == total
        cat.undo(done.undo)
        assert _check(cat) == total
        cat.redo_last()
        assert _check(cat) == total
    cat.ingest_outcomes([{"id": ids[0], "status": "error"}])
    assert _check(cat) == total

    # A file ingested by the catalogue's own entry (a size beyond 32 bits); a size written
    # alone to a stored item (as a rescan writes it), then its old value back.
    root_id = cat.roots()[0].id
    entry = IngestEntry("day2/big.mov", "big.mov", BIG, 0, None, {"kind": "video"})
    cat.ingest_batch(root_id, [entry])
    assert _check(cat) == total + BIG
    people = cat.facets().people
    with cat._sessions() as s, s.begin():  # an item with a person tag: the people stay
        s.execute(text("UPDATE items SET size = size + 11 WHERE id = :i"), {"i": ids[0]})
    assert _check(cat) == total + BIG + 11
    assert cat.facets().people == people == cat._count_facets(ItemFilter()).people
    with cat._sessions() as s, s.begin():
        s.execute(text("UPDATE items SET size = size - 11 WHERE id = :i"), {"i": ids[0]})
        s.execute(text("UPDATE items SET size = size + 11 WHERE id = :i"), {"i": ids[3]})
    assert _check(cat) == total + BIG + 11
    with cat._sessions() as s, s.begin():
        # with a facet value in the same statement: the item moves with its new size
        moved = "UPDATE items SET size = size - 11, rating = 3 WHERE id = :i"
        s.execute(text(moved), {"i": ids[3]})
    assert _check(cat) == total + BIG

    # A file gone: its item is missing and still counted; the folder removed: nothing left.
    (root / "day2" / "IMG_9.jpg").unlink()
    scan(cat, options=INLINE)
    assert _check(cat) == total + BIG
    cat.remove_root(root_id)
    assert _check(cat) == 0 and cat.info().items == 0


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_info_reads_no_item_rows(engine_catalog: Any, item_inserter: Any, tmp_path: Path) -> None:
    """`info` at a million items: the total was ``sum(size)`` over every item (~100 ms, half
    of the command); now it is summed from the kept counts, as the counts by kind are."""
    from tests.conftest import recorded_statements

    cat = engine_catalog
    item_inserter(cat, tmp_path / "m", [{"size": 10}, {"size": 32, "kind": "video"}])
    with recorded_statements(cat) as seen:
        assert cat.info().total_bytes == 42
    assert seen and not [sql for sql, _ in seen if "items" in sql.replace("facet_cells", "")]
    if cat.engine.dialect.name == "sqlite":  # the command line's reader
        reader = open_reader(Path(cat.location))
        assert reader is not None
        traced: list[str] = []
        try:
            reader._conn.set_trace_callback(traced.append)
            assert reader.info().total_bytes == 42
        finally:
            reader.close()
        assert traced and not [sql for sql in traced if " items" in sql]


@pytest.mark.postgres
def test_postgresql_total_size_survives_folding_and_concurrent_writers(
    pg_catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    """PostgreSQL appends the changes per statement and folds them now and then: the total
    is the same after the fold, and after edits from another connection."""
    from unittest import mock

    from tests.conftest import PG_URL

    from smparchive.core.catalog import ops_query

    sizes = [1000 * n + 1 for n in range(8)]
    ids = item_inserter(
        pg_catalog, tmp_path / "m", [{"size": z, "rating": i % 3} for i, z in enumerate(sizes)]
    )
    assert PG_URL is not None
    other = open_catalog(PG_URL)
    try:
        other.set_fields(ids[:3], rating=5, flag=1)
        with other._sessions() as s, s.begin():
            s.execute(text("UPDATE items SET size = size * 2 WHERE id = ANY(:i)"), {"i": ids[4:]})
        total = _check(pg_catalog)
        assert total == sum(sizes[:4]) + 2 * sum(sizes[4:])
        with pg_catalog.engine.connect() as conn:
            appended = conn.execute(text("SELECT count(*) FROM facet_cells")).scalar()
        with mock.patch.object(ops_query, "COMPACT_AT", 0):
            pg_catalog.facets(ItemFilter(rating_min=1))  # a new filter: read and fold
        with pg_catalog.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM facet_cells")).scalar() < appended
        assert _check(pg_catalog) == total
        other.remove_root(other.roots()[0].id)
        assert _check(pg_catalog) == 0
    finally:
        other.close()


def _old_catalogue(tmp_path: Path) -> Path:
    """The 0036 fixture with sizes of every magnitude (one beyond 32 bits, one empty)."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0036.smpcat", work)
    conn = sqlite3.connect(work)
    conn.executemany("UPDATE items SET size = ? WHERE id = ?", [(BIG, 1), (0, 2), (12345, 3)])
    conn.execute("UPDATE items SET rating = 1 WHERE id = 3")  # two items in one combination
    conn.commit()
    conn.close()
    return work


def test_upgrade_to_0037_keeps_the_total_size_and_every_count(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    # the columns the catalogue had (0040 adds reader_version, 1 for every record before it)
    columns = ", ".join(r[1] for r in sqlite_rows(work, "PRAGMA table_info(items)"))
    items_before = sqlite_rows(work, f"SELECT {columns} FROM items ORDER BY id")
    cells = "SELECT key, n FROM facet_cells WHERE n <> 0 ORDER BY key"
    cells_before = sqlite_rows(work, cells)
    [(summed,)] = sqlite_rows(work, "SELECT sum(size) FROM items")
    assert summed == BIG + 12345
    cat = open_catalog(work)  # upgrades
    try:
        assert _check(cat) == summed
        counted = (cat.info().by_kind, cat.info().by_status, cat.info().items)
    finally:
        cat.close()
    assert sqlite_rows(work, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert sqlite_rows(work, f"SELECT {columns} FROM items ORDER BY id") == items_before
    assert sqlite_rows(work, cells) == cells_before  # the counts as they were kept
    assert sqlite_rows(work, "SELECT sum(bytes) FROM facet_cells") == [(summed,)]
    cat = open_catalog(work)
    try:
        cat.set_fields([1], rating=4)
        with cat._sessions() as s, s.begin():
            s.execute(text("UPDATE items SET size = 99 WHERE id = 2"))
        assert _check(cat) == summed + 99
    finally:
        cat.close()
    # Down to 0036 (no bytes kept; sizes changed meanwhile) and up again: counted again.
    _alembic(f"sqlite:///{work}", "downgrade", "0036")
    assert "bytes" not in {r[1] for r in sqlite_rows(work, "PRAGMA table_info(facet_cells)")}
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET size = 7 WHERE id = 3")
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        assert _check(cat) == BIG + 99 + 7
        assert (cat.info().by_kind, cat.info().by_status, cat.info().items) == counted
    finally:
        cat.close()


@pytest.mark.postgres
def test_postgresql_upgrade_to_0037_keeps_the_total_size(
    tmp_path: Path, item_inserter: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import empty_pg_url

    url = empty_pg_url()
    monkeypatch.setenv("SMPARCHIVE_SKIP_PG_BACKUP", "1")
    cat = open_catalog(url)
    try:
        ids = item_inserter(cat, tmp_path / "m", [{"size": BIG}, {"size": 0}, {"size": 12345}])
        cat.set_fields(ids[:1], rating=2)
        first = (_check(cat), cat.info().by_kind, cat.info().items)
    finally:
        cat.close()
    _alembic(url, "downgrade", "0036")
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.begin() as conn:  # written at 0036: its triggers keep no sizes
            assert "bytes" not in {
                r[0]
                for r in conn.execute(
                    text(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = 'facet_cells'"
                    )
                )
            }
            conn.execute(text("UPDATE items SET size = 5 WHERE id = :i"), {"i": ids[1]})
    finally:
        engine.dispose()
    cat = open_catalog(url)  # upgrades
    try:
        assert _check(cat) == first[0] + 5
        assert (cat.info().by_kind, cat.info().items) == first[1:]
        cat.set_fields(ids[1:], rating=4)
        assert _check(cat) == first[0] + 5
    finally:
        cat.close()
