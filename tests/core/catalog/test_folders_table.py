"""Folders in their own table (migration 0033): every item's path reads as before.

The items name their folder by id and keep their name; every reader (records, the command
line's light reader, search by a folder's or a file's name, the rescan's lookups by path)
sees the same path, every writer names a folder once, and the upgrade and its downgrade
keep every item and every row that names one.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.reader import open_reader

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
# Paths given to the fixture's items 1-3 and to the items added to it (4-7), with a second
# root (8): two files of one name in two folders, a file at the root, a deep folder.
PATHS = {
    1: (1, "Photos/IMG_1.JPG"),
    2: (1, "Photos/IMG_2.JPG"),
    3: (1, "Photos/IMG_3.JPG"),
    4: (1, "cam2/100NCZ_6/IMG_1.JPG"),
    5: (1, "cam2/100NCZ_6/DSC_1000.JPG"),
    6: (1, "a/b/c/d/Talk one.mp4"),
    7: (1, "cam2/IMG_1.JPG"),
    8: (2, "Photos/IMG_1.JPG"),
    9: (1, "IMG_3.JPG"),
}


def _old_catalogue(tmp_path: Path) -> Path:
    """The 0032 fixture with items 4-9 added at the paths of PATHS (captions, tags, a
    collection and their search texts), as 0032 stores them."""
    from smparchive.core.catalog import searchtext

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0032.smpcat", work)
    conn = sqlite3.connect(work)
    conn.execute(
        "INSERT INTO roots (id, path, label, online, sidecar_policy, ignore_patterns, added_at) "
        "VALUES (2, '/media/archive/other', 'other', 1, 'mirror', '[]', '2022-06-03 10:00:00')"
    )
    columns = [
        r[1]
        for r in conn.execute("PRAGMA table_info(items)")
        if r[1] not in ("id", "root_id", "rel_path", "name")
    ]
    names = ", ".join(columns)
    added = [i for i in PATHS if i > 3]
    for item_id in added:
        root_id, rel = PATHS[item_id]
        conn.execute(
            f"INSERT INTO items (id, root_id, rel_path, name, {names}) "
            f"SELECT ?, ?, ?, '', {names} FROM items WHERE id = 1",
            (item_id, root_id, rel),
        )
        conn.execute(
            "UPDATE items SET root_id = ?, rel_path = ?, name = ?, sha256 = ?, rating = ? "
            "WHERE id = ?",
            (root_id, rel, rel.rsplit("/", 1)[-1], bytes([item_id]) * 32, item_id % 6, item_id),
        )
        conn.execute(
            "INSERT INTO item_texts (item_id, field, lang, value) VALUES (?, 'caption', 'en', ?)",
            (item_id, f"Caption {item_id}"),
        )
    conn.execute(
        "INSERT INTO tags (id, name, kind, restriction, name_key) "
        "VALUES (1, 'keynote', 'keyword', 'none', 'keynote')"
    )
    conn.executemany(
        "INSERT INTO item_tags (item_id, tag_id) VALUES (?, 1)", [(i,) for i in (2, 5, 8)]
    )
    conn.execute(
        "INSERT INTO collections (id, name, created_at) VALUES (1, 'Best of', "
        "'2022-06-03 10:00:00')"
    )
    conn.executemany(
        "INSERT INTO collection_items (collection_id, item_id, position) VALUES (1, ?, ?)",
        [(i, n) for n, i in enumerate((7, 4, 1))],
    )

    def execute(sql: str, params: Any) -> list[Any]:
        return conn.execute(sql, tuple(params)).fetchall()

    for item_id, doc in searchtext.docs_of(execute, added, "items.rel_path").items():
        conn.execute(
            "INSERT INTO search_docs (item_id, doc, gen, hash) VALUES (?, '', 0, ?)",
            (item_id, searchtext.doc_hash(doc)),
        )
        conn.execute("INSERT INTO search_fts (rowid, doc) VALUES (?, ?)", (item_id, doc))
    conn.commit()
    conn.close()
    return work


def _rows(work: Path) -> tuple[dict[int, dict[str, Any]], dict[str, int]]:
    """Every item's stored values (the path as its folder and name compose it), and how
    many rows each table naming items holds."""
    conn = sqlite3.connect(work)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(items)")}
        path = (
            "items.rel_path"
            if "rel_path" in columns
            else "(SELECT CASE WHEN f.path = '' THEN items.name ELSE f.path || '/' || items.name "
            "END FROM folders AS f WHERE f.id = items.folder_id)"
        )
        items = {}
        cursor = conn.execute(f"SELECT items.*, {path} AS the_path FROM items")
        names = [d[0] for d in cursor.description]
        for r in cursor:
            values = dict(zip(names, r, strict=True))
            if isinstance(values.get("assignment"), int):  # a code since 0034: as read
                values["assignment"] = {0: "auto", 1: "manual"}[values["assignment"]]
            # (reader_version: a column of 0040, 1 for every record made before it)
            items[int(values["id"])] = {
                k: v
                for k, v in values.items()
                if k not in ("rel_path", "folder_id", "reader_version")
            }
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("item_texts", "item_tags", "collection_items", "search_docs")
        }
        return items, counts
    finally:
        conn.close()


def _migrate(work: Path, revision: str, down: bool) -> None:
    from alembic import command

    from smparchive.core.catalog.engine import make_engine, sqlite_url
    from smparchive.core.catalog.schema import alembic_config, migrating

    engine = make_engine(sqlite_url(work))
    try:
        cfg = alembic_config()
        with migrating(engine) as conn:  # (foreign keys off, as when a catalogue opens)
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)
    finally:
        engine.dispose()


def test_upgrade_to_0033_keeps_every_item_and_its_path(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    before, counts = _rows(work)
    assert {i: v["the_path"] for i, v in before.items()} == {i: p for i, (_r, p) in PATHS.items()}
    cat = open_catalog(work)  # upgrades (backup copy, 0033, compaction)
    try:
        records = {r.id: r for r in cat.items(list(PATHS))}
        assert {i: (r.root_id, r.rel_path) for i, r in records.items()} == PATHS
        assert records[5].name == "DSC_1000.JPG"
        assert records[6].path.endswith("/a/b/c/d/Talk one.mp4")
        # search by a folder's name and by a file's name, as before
        assert cat.query_ids(ItemFilter(text="100NCZ")) == [4, 5]
        assert sorted(cat.query_ids(ItemFilter(text="IMG_1"))) == [1, 4, 7, 8]
        assert cat.query_ids(ItemFilter(text="talk")) == [6]
        # by name, ties by id (the unique (name, folder) index gives the order)
        by_name = [i for _n, i in sorted((p.rsplit("/", 1)[-1], i) for i, (_r, p) in PATHS.items())]
        assert cat.query_ids(sort="name") == by_name == [5, 1, 4, 7, 8, 2, 3, 9, 6]
        assert cat.query_ids(sort="name", descending=True) == by_name[::-1]
        assert cat.query_ids(sort="name", offset=2, limit=3, total=9) == by_name[2:5]
        # the lookup of files by path (the CLI's item arguments)
        root = Path("/media/archive/SMP2022")
        assert cat.ids_for_paths([str(root / "cam2" / "IMG_1.JPG"), str(root / "x.jpg")]) == [7]
    finally:
        cat.close()
    after, after_counts = _rows(work)
    assert after == before  # every value of every item, the path included
    assert after_counts == counts  # nothing naming an item was lost with the old table
    conn = sqlite3.connect(work)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        folders = conn.execute("SELECT root_id, path FROM folders ORDER BY 1, 2").fetchall()
        assert folders == [
            (1, ""), (1, "Photos"), (1, "a/b/c/d"), (1, "cam2"), (1, "cam2/100NCZ_6"),
            (2, "Photos"),
        ]  # fmt: skip
        index = [r[2] for r in conn.execute("PRAGMA index_info('ix_items_name')")]
        assert index == ["name", "folder_id"]
    finally:
        conn.close()
    reader = open_reader(str(work))  # the command line's light reader
    assert reader is not None
    try:
        assert {r.id: r.rel_path for r in reader.items(list(PATHS))} == {
            i: p for i, (_r, p) in PATHS.items()
        }
    finally:
        reader.close()


def test_downgrade_to_0032_and_up_again_keeps_every_item(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    before, counts = _rows(work)
    open_catalog(work).close()
    _migrate(work, "0032", down=True)
    down, down_counts = _rows(work)
    assert down == before and down_counts == counts
    conn = sqlite3.connect(work)
    try:
        stored = dict(conn.execute("SELECT id, rel_path FROM items").fetchall())
        assert stored == {i: p for i, (_r, p) in PATHS.items()}
        assert (
            conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'folders'").fetchone()[0]
            == 0
        )
        unique = conn.execute(
            "SELECT count(*) FROM items GROUP BY root_id, rel_path HAVING count(*) > 1"
        ).fetchall()
        assert unique == []
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    _migrate(work, "head", down=False)
    again, again_counts = _rows(work)
    assert again == before and again_counts == counts
    cat = open_catalog(work)
    try:
        assert cat.query_ids(ItemFilter(text="100NCZ")) == [4, 5]
        assert [r.rel_path for r in cat.items([8, 9])] == ["Photos/IMG_1.JPG", "IMG_3.JPG"]
    finally:
        cat.close()


def test_one_folder_row_per_folder_whatever_writes_it(engine_catalog: Any, tmp_path: Path) -> None:
    """Items ingested in several batches into one folder share its row; the same name in
    two folders is two items; a file read again keeps its item; the path reads back."""
    from sqlalchemy import func, select

    from smparchive.core.catalog.models import Folder
    from smparchive.core.catalog.ops_ingest import IngestEntry

    cat = engine_catalog
    media = tmp_path / "media"
    media.mkdir()
    root_id = cat.add_root(media).value
    technical = {"kind": "photo", "status": "ok", "thumb_state": "ok",
                 "has_embedded_thumb": False}  # fmt: skip

    def entry(rel: str, size: int = 10) -> IngestEntry:
        return IngestEntry(rel_path=rel, name=rel.rsplit("/", 1)[-1], size=size, mtime_ns=1,
                           sha256=None, technical=technical)  # fmt: skip

    cat.ingest_batch(root_id, [entry("day1/A.JPG"), entry("day1/B.JPG"), entry("C.JPG")])
    cat.ingest_batch(root_id, [entry("day1/C.JPG"), entry("day2/A.JPG")])
    index = cat.ingest_index(root_id)
    assert sorted(index) == ["C.JPG", "day1/A.JPG", "day1/B.JPG", "day1/C.JPG", "day2/A.JPG"]
    known = index["day1/B.JPG"]
    again = entry("day1/B.JPG", size=99)
    again.item_id = known.id
    cat.ingest_batch(root_id, [again])
    assert cat.item(known.id).size == 99 and cat.item(known.id).rel_path == "day1/B.JPG"
    records = {r.rel_path: r for r in cat.items(sorted(r.id for r in index.values()))}
    assert sorted(records) == sorted(index)
    assert records["day2/A.JPG"].name == "A.JPG"
    assert records["C.JPG"].path == str(media.resolve() / "C.JPG")
    with cat._sessions() as s:
        paths = sorted(s.scalars(select(Folder.path)))
        assert paths == ["", "day1", "day2"]
        assert s.execute(select(func.count()).select_from(Folder)).scalar() == 3
    assert sorted(cat.query_ids(ItemFilter(text="day1"))) == sorted(
        index[p].id for p in ("day1/A.JPG", "day1/B.JPG", "day1/C.JPG")
    )


def test_postgresql_down_to_0032_and_up_again_keeps_every_path(
    tmp_path: Path, item_inserter: Any, monkeypatch: Any
) -> None:
    """A team catalogue: 0033's downgrade writes each path in its row again (unique per
    root), and its upgrade names the folders again; records, search and the sort by name
    read as before."""
    from alembic import command
    from sqlalchemy import create_engine
    from tests.conftest import empty_pg_url

    from smparchive.core.catalog.schema import alembic_config

    url = empty_pg_url()
    monkeypatch.setenv("SMPARCHIVE_SKIP_PG_BACKUP", "1")
    paths = [p for _i, (r, p) in sorted(PATHS.items()) if r == 1]
    cat = open_catalog(url)
    try:
        specs = [{"rel_path": p, "name": p.rsplit("/", 1)[-1]} for p in paths]
        ids = item_inserter(cat, tmp_path / "media", specs)
        by_name = cat.query_ids(sort="name")
    finally:
        cat.close()
    engine = create_engine(url)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0032")
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT rel_path FROM items ORDER BY id").all()
        assert [r[0] for r in rows] == paths
    finally:
        engine.dispose()
    cat = open_catalog(url)
    try:
        assert [r.rel_path for r in cat.items(ids)] == paths
        assert cat.query_ids(sort="name") == by_name
        assert cat.query_ids(ItemFilter(text="100NCZ")) == ids[3:5]
    finally:
        cat.close()


def test_the_sidebar_folder_counts_read_no_item_rows(
    catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    """Since 0033 nothing indexes ``root_id``, so counting each folder's items reads every
    row (120 ms at a million items against 30 through the old (root, path) key). With one
    catalogued folder its count is the number of items (SQLite counts an index's entries
    without reading rows: 1 ms); with several the counts are grouped as before."""
    from tests.conftest import recorded_statements

    add_items([{"name": f"A_{n}.JPG", "rel_path": f"d{n % 3}/A_{n}.JPG"} for n in range(7)])
    with recorded_statements(catalog) as seen:
        [only] = catalog.roots(counts=True)
    assert only.item_count == 7
    assert not any("GROUP BY" in sql for sql, _p in seen), seen
    add_items([{"name": "B.JPG"}, {"name": "C.JPG"}], root=tmp_path / "other")
    counts = {Path(r.path).name: r.item_count for r in catalog.roots(counts=True)}
    assert counts == {"media": 7, "other": 2}
    assert {Path(r.path).name: r.item_count for r in catalog.roots(counts=False)} == {
        "media": 0,
        "other": 0,
    }


def test_a_failed_upgrade_leaves_the_catalogue_and_its_connection_as_they_were(
    tmp_path: Path,
) -> None:
    """Migrations run with foreign keys off (0033 makes the items table again): when one
    fails the whole upgrade is rolled back and the connection (back in the pool) has its
    foreign keys on again, or later deletes would leave texts and tags behind."""
    import pytest
    from alembic import command

    from smparchive.core.catalog.engine import make_engine, sqlite_url
    from smparchive.core.catalog.schema import alembic_config, migrating

    work = _old_catalogue(tmp_path)
    before, counts = _rows(work)
    raw = sqlite3.connect(work)  # a view that cannot stand without rel_path
    raw.execute("CREATE VIEW by_hand AS SELECT rel_path FROM items")
    raw.commit()
    raw.close()
    engine = make_engine(sqlite_url(work))
    try:
        cfg = alembic_config()
        with pytest.raises(Exception, match="by_hand"), migrating(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                "0032"
            )
    finally:
        engine.dispose()
    assert _rows(work) == (before, counts)


def test_0033_refuses_to_drop_the_items_with_foreign_keys_on(tmp_path: Path) -> None:
    """Run by hand in a transaction with foreign keys on, 0033 would delete every text,
    tag and collection entry with the old items table: it refuses, and nothing changes."""
    import pytest
    from alembic import command

    from smparchive.core.catalog.engine import make_engine, sqlite_url
    from smparchive.core.catalog.schema import alembic_config

    work = _old_catalogue(tmp_path)
    before, counts = _rows(work)
    engine = make_engine(sqlite_url(work))
    try:
        cfg = alembic_config()
        with pytest.raises(RuntimeError, match="foreign keys off"), engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    assert _rows(work) == (before, counts)
