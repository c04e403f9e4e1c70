"""Opening catalogues: migrations, backups, and clear refusals that never damage a file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.models import Base
from smparchive.core.catalog.scanplan import sorts_rows
from smparchive.core.catalog.schema import CatalogError, head_revision

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrations_produce_exactly_the_models_schema(catalog) -> None:
    def include(obj, name, type_, reflected, compare_to):
        # The FTS5 index, its shadow tables and the list of its rowids no longer current
        # (search_stale, migration 0032) are SQLite-only and outside the ORM.
        return not (type_ == "table" and (name.startswith("search_fts") or name == "search_stale"))

    with catalog.engine.connect() as conn:
        mc = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include}
        )
        assert compare_metadata(mc, Base.metadata) == []


def test_connection_pragmas(catalog) -> None:
    with catalog.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_missing_catalogue_is_not_created_without_asking(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="No catalogue"):
        open_catalog(tmp_path / "nope.smpcat")
    assert not (tmp_path / "nope.smpcat").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"hello, I am a text file\n" * 10, "not an smparchive catalogue"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "damaged|not an smparchive|Cannot open"),
    ],
)
def test_bad_files_are_refused_and_left_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.smpcat"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(CatalogError, match=message):
        open_catalog(path)
    assert _digest(path) == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(CatalogError, match="not an smparchive catalogue"):
        open_catalog(path)
    assert _digest(path) == before


def test_newer_schema_is_refused(catalog_path: Path) -> None:
    open_catalog(catalog_path, create=True).close()
    conn = sqlite3.connect(catalog_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _digest(catalog_path)
    with pytest.raises(CatalogError, match="newer smparchive"):
        open_catalog(catalog_path)
    assert _digest(catalog_path) == before


def test_read_only_location_is_refused(catalog_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_catalog(catalog_path, create=True).close()
    before = _digest(catalog_path)
    import os

    real_access = os.access
    # Tests run as root, for whom chmod 444 changes nothing: simulate a read-only share.
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(CatalogError, match="read-only"):
        open_catalog(catalog_path)
    with pytest.raises(CatalogError, match="read-only"):
        open_catalog(catalog_path.parent / "new.smpcat", create=True)
    assert _digest(catalog_path) == before


def test_locked_catalogue_gives_one_clear_sentence(catalog_path: Path) -> None:
    open_catalog(catalog_path, create=True).close()
    holder = sqlite3.connect(catalog_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CatalogError, match="locked"):
            open_catalog(catalog_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="folder"):
        open_catalog(tmp_path)


def test_committed_fixture_catalogues_upgrade(tmp_path: Path) -> None:
    fixtures = sorted(FIXTURES.glob("schema-*.smpcat"))
    from smparchive.core.catalog.schema import known_revisions

    # One committed fixture per schema revision the code knows.
    assert {f.stem.removeprefix("schema-") for f in fixtures} == known_revisions()
    for fixture in fixtures:
        work = tmp_path / fixture.name
        shutil.copy(fixture, work)
        stored = sqlite3.connect(work).execute("SELECT version_num FROM alembic_version")
        revision = stored.fetchone()[0]
        cat = open_catalog(work)
        try:
            info = cat.info()
            assert info.schema_revision == head_revision()
            backups = list((tmp_path / (fixture.name + ".backups")).glob("*"))
            # An upgrade first copies the catalogue aside; an up-to-date one is left alone.
            assert len(backups) == (0 if revision == head_revision() else 1)
            assert info.items >= 3  # the fixture's rows survived the upgrade
            ids = cat.query_ids()
            assert [r.name for r in cat.items(ids)]
            assert cat.query_ids(cat_filter(text="roundtable"))
        finally:
            cat.close()


def cat_filter(**kw):
    from smparchive.core.catalog.filters import ItemFilter

    return ItemFilter(**kw)


def test_upgrade_makes_a_rotating_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smparchive.core.catalog import schema

    path = tmp_path / "cat.smpcat"
    open_catalog(path, create=True).close()
    for n in range(7):
        schema.backup_sqlite(path, f"r{n}", keep=5)
    backups = sorted((tmp_path / "cat.smpcat.backups").iterdir())
    assert len(backups) == 5
    copy = sqlite3.connect(backups[-1])
    assert copy.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    copy.close()


_TIME_INDEXES = {
    "ix_items_time": "((capture_utc IS NULL), capture_utc, id, rating, flag)",
    "ix_items_kind_time": "(kind, (capture_utc IS NULL), capture_utc, id, rating, flag)",
    "ix_items_flag_time": "(flag, (capture_utc IS NULL), capture_utc) WHERE flag != 0",
    "ix_items_day_time": "(day_id, (capture_utc IS NULL), capture_utc, id, rating, flag)",
    "ix_items_session_capture": "(session_id, (capture_utc IS NULL), capture_utc)",
}


def _time_indexes(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        marks = ", ".join("?" * len(_TIME_INDEXES))
        sql = f"SELECT name, sql FROM sqlite_master WHERE name IN ({marks})"
        found = dict(conn.execute(sql, tuple(_TIME_INDEXES)).fetchall())
    finally:
        conn.close()
    return {name: " ".join(text.split()).split(" ON items ")[1] for name, text in found.items()}


@pytest.mark.parametrize("start", ["new", "0018", "0019"])
def test_expression_indexes_exist(tmp_path: Path, start: str) -> None:
    """The time indexes, made new or by the upgrade (0019: the id, rating and flag in the
    time indexes; the undated-last term in the session's). Alembic cannot compare
    expression indexes on SQLite, so they are checked by hand."""
    path = tmp_path / "t.smpcat"
    if start != "new":
        shutil.copy(FIXTURES / f"schema-{start}.smpcat", path)
    open_catalog(path, create=start == "new").close()
    assert _time_indexes(path) == _TIME_INDEXES


def _old_catalogue_with_people(tmp_path: Path, revision: str) -> Path:
    """A copy of the fixture catalogue at REVISION whose items 1-3 carry a person tag (Ana,
    on 1 and 2) and a keyword (Stage, on 2 and 3), written as that schema's SQL would."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / f"schema-{revision}.smpcat", work)
    conn = sqlite3.connect(work)
    conn.executescript(
        "INSERT INTO tags (id, name, name_key, kind, restriction) VALUES "
        "(1, 'Ana', 'ana', 'person', 'none'), (2, 'Stage', 'stage', 'keyword', 'none');"
        "INSERT INTO item_tags (item_id, tag_id) VALUES (1, 1), (2, 1), (2, 2), (3, 2);"
    )
    conn.commit()
    conn.close()
    return work


def test_upgrade_counts_the_facets_of_what_is_there(tmp_path: Path) -> None:
    """A catalogue of before the kept facet counts (0010, with person and keyword tags)
    upgrades with counts equal to counting its items, and they follow edits from then on."""
    from smparchive.core.catalog.filters import ItemFilter

    work = _old_catalogue_with_people(tmp_path, "0010")
    cat = open_catalog(work)
    try:
        day = cat_filter(day_ids=(1,), rating_min=2)
        for f in (cat_filter(), day):
            assert cat.facets(f) == cat._count_facets(f)
        assert cat.facets().people == {1: 2}
        assert cat.facets(day).people == {1: 1}
        cat.set_fields([2], rating=0)
        cat.remove_tags([1], [1])
        assert cat.facets().people == {1: 1} and cat.facets(day).people == {}
        assert cat.facets(ItemFilter(rating_min=2)) == cat._count_facets(ItemFilter(rating_min=2))
    finally:
        cat.close()


def test_upgrade_from_0011_replaces_its_facet_triggers(tmp_path: Path) -> None:
    """0011's triggers listed every person tag for every row an edit touched (a bulk edit
    of 100,000 items at 1M: 40 s CPU instead of 8); upgrading replaces them all."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0011.smpcat", work)

    def triggers() -> dict[str, str]:
        conn = sqlite3.connect(work)
        try:
            rows = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'facet_cells_%'"
            ).fetchall()
        finally:
            conn.close()
        return dict(rows)

    slow = "IN (SELECT id FROM tags WHERE kind = 'person')"
    per_row = ("facet_cells_items_au", "facet_cells_item_tags_ai", "facet_cells_item_tags_ad")
    assert all(slow in triggers()[name] for name in per_row)
    open_catalog(work).close()
    after = triggers()
    assert len(after) == 9 and not any(slow in after[name] for name in per_row)


def test_upgrade_to_0013_keeps_every_item_time_to_the_microsecond(tmp_path: Path) -> None:
    """0013 stores item times as integers (microseconds since 1970): every time reads back
    as it was (fractions, before 1970, NULLs), sorts and filters as before, and the file is
    compacted after the upgrade (no free pages left in it)."""
    from datetime import UTC, datetime

    from smparchive.core.catalog.filters import ItemFilter

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0012.smpcat", work)
    times = {
        1: ("2022-06-01 07:41:00.000000", "2022-06-01 09:41:00.250000", "2022-06-03 10:00:00"),
        2: ("1969-12-31 23:59:59.500000", None, "2022-06-03 10:00:00.000001"),
        3: (None, None, "2026-12-03 02:30:00.999999"),
    }
    conn = sqlite3.connect(work)
    for item_id, (utc, local, seen) in times.items():
        conn.execute(
            "UPDATE items SET capture_utc = ?, capture_local = ?, first_seen_at = ?, "
            "updated_at = ?, last_verified_at = ? WHERE id = ?",
            (utc, local, seen, seen, seen if item_id == 3 else None, item_id),
        )
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        records = {r.id: r for r in cat.items([1, 2, 3])}

        def parsed(text: str | None) -> datetime | None:
            return None if text is None else datetime.fromisoformat(text)

        for item_id, (utc, local, seen) in times.items():
            r = records[item_id]
            assert r.capture_utc == (None if utc is None else parsed(utc).replace(tzinfo=UTC))
            assert r.capture_local == parsed(local)
            assert r.first_seen_at == r.updated_at == parsed(seen).replace(tzinfo=UTC)
        assert records[3].last_verified_at == parsed(times[3][2]).replace(tzinfo=UTC)
        assert cat.query_ids(ItemFilter()) == [2, 1, 3]  # by capture time, undated last
        assert cat.query_ids(ItemFilter(), sort="added", descending=False) == [3, 2, 1]
        since = ItemFilter(date_from=datetime(2022, 6, 1, 7, 41, tzinfo=UTC))
        assert cat.query_ids(since) == [1]
        cat.set_fields([1], rating=4)  # an edit writes updated_at as an integer too
        assert cat.items([1])[0].updated_at > records[1].updated_at
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        kinds = conn.execute(
            "SELECT DISTINCT typeof(capture_utc), typeof(first_seen_at) FROM items "
            "WHERE capture_utc IS NOT NULL"
        ).fetchall()
        assert kinds == [("integer", "integer")]
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_upgrade_to_0014_keeps_content_hashes_and_duplicates(tmp_path: Path) -> None:
    """0014 stores a SHA-256 as its 32 bytes: every hash reads back as the same hexadecimal
    text, duplicates are still found by it, and a value that is not a lowercase SHA-256
    stays as it was."""
    from smparchive.core.catalog.filters import ItemFilter

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0013.smpcat", work)
    same = "ab" * 32
    conn = sqlite3.connect(work)
    conn.executemany(
        "UPDATE items SET sha256 = ? WHERE id = ?", [(same, 1), (same, 2), ("ABC-not-a-hash", 3)]
    )
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        assert [r.sha256 for r in cat.items([1, 2, 3])] == [same, same, "ABC-not-a-hash"]
        assert cat.query_ids(ItemFilter(duplicates=True)) == [1, 2]
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        stored = conn.execute(
            "SELECT typeof(sha256), length(sha256) FROM items ORDER BY id"
        ).fetchall()
        assert stored == [("blob", 32), ("blob", 32), ("text", 14)]
    finally:
        conn.close()


def test_upgrade_to_0015_keeps_links_texts_and_their_counts(tmp_path: Path) -> None:
    """0015 makes item_tags, item_texts and audit_items WITHOUT ROWID tables: their rows
    survive, the facet triggers are made again (person counts follow edits, equal to
    counting the items), and texts and history still read and write."""
    work = _old_catalogue_with_people(tmp_path, "0014")
    cat = open_catalog(work)
    try:
        assert [len(r.tags) for r in cat.items([1, 2, 3])] == [1, 2, 1]
        assert cat.items([2])[0].captions == {"en": "Roundtable photo 2"}
        assert cat.facets().people == {1: 2}
        cat.remove_tags([1], [1])
        cat.set_fields([3], rating=5)
        assert cat.facets().people == {1: 1}
        assert cat.facets() == cat._count_facets(cat_filter())
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        plain = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
            "('item_tags', 'item_texts', 'audit_items') AND sql NOT LIKE '%WITHOUT ROWID'"
        ).fetchall()
        assert plain == []
        triggers = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'facet_%'"
        ).fetchone()
        assert triggers == (9,)
        assert conn.execute("SELECT count(*) FROM audit_items").fetchone()[0] >= 1
    finally:
        conn.close()


def test_upgrade_to_0016_puts_the_capture_time_in_the_facets_index(tmp_path: Path) -> None:
    """0016 rebuilds ix_items_facets with the capture time last: the facets of a date range
    are then counted from it, and they count what is there."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0015.smpcat", work)
    cat = open_catalog(work)
    try:
        from smparchive.core.domain.query import parse_search

        got = cat.facets(parse_search("date:2022-06-01", cat).filter)
        assert got.total == 3 and got.kind == {"photo": 3}
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        columns = [r[2] for r in conn.execute("PRAGMA index_info('ix_items_facets')")]
        # 11 columns at 0016; the camera's make and model one camera_id since 0031
        assert columns[0] == "kind" and columns[-1] == "capture_utc" and len(columns) == 10
    finally:
        conn.close()


def test_upgrade_to_0017_finds_the_items_with_warnings_through_their_index(
    tmp_path: Path,
) -> None:
    """0017 adds ix_items_warned (the items with a warning noted, and only them): the
    Warnings view of an upgraded catalogue lists them."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0016.smpcat", work)
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET warnings = '[\"odd EXIF\"]' WHERE id = 2")
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        from smparchive.core.domain.query import parse_search

        assert cat.query_ids(parse_search("status:warning", cat).filter) == [2]
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_items_warned'"
        ).fetchone()[0]
        assert "WHERE warnings IS NOT NULL" in sql
    finally:
        conn.close()


def test_upgrade_to_0021_keeps_every_search_with_a_smaller_file(tmp_path: Path) -> None:
    """0021 drops ix_items_capture (a date range is read through the time indexes) and makes
    the text index again without its column sizes (nothing ranks by them): the words still
    find their items, a caption edited afterwards is found and the old one no longer, a date
    range counts what it did, and the file is compacted."""
    from datetime import UTC, datetime

    from smparchive.core.domain.query import parse_search

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0020.smpcat", work)
    cat = open_catalog(work)
    try:
        assert sorted(cat.query_ids(cat_filter(text="roundtable"))) == [1, 2, 3]
        day = cat_filter(date_from=datetime(2022, 6, 1, tzinfo=UTC))
        assert cat.count(day) == 3 and len(cat.query_ids(day)) == 3

        def found(words: str) -> list[int]:
            return cat.query_ids(parse_search(words, cat).filter)

        cat.set_text([2], "caption", "en", "Opening keynote")
        assert found("keynote") == [2]
        cat.set_text([2], "caption", "en", "Closing plenary")
        assert found("plenary") == [2] and found("keynote") == []
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "ix_items_capture" not in names and "search_fts_docsize" not in names
        # 0032 replaced the triggers that kept the index in step with the stored texts
        assert {"search_fts", "search_docs_stale_ad", "search_docs_stale_au"} <= names
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_upgrade_to_0022_keeps_flags_and_days_found_with_fewer_index_entries(
    tmp_path: Path,
) -> None:
    """0022 drops ix_items_day_rating_kind_session and keeps only the flagged items in
    ix_items_flag_time: picks, rejects and a day's rated photos are found as before, and the
    file is compacted."""
    from smparchive.core.domain.query import parse_search

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0021.smpcat", work)
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET flag = CASE id WHEN 1 THEN 1 WHEN 2 THEN -1 ELSE 0 END")
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:

        def found(words: str) -> list[int]:
            return sorted(cat.query_ids(parse_search(words, cat).filter))

        assert found("flag:pick") == [1] and found("flag:reject") == [2]
        assert found("-flag:pick") == [2, 3] and found("flag:none") == [3]
        assert found("day:1 rating>=2 kind:photo") == [2, 3]
        cat.set_fields([3], flag=1)
        assert found("flag:pick") == [1, 3]
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "ix_items_day_rating_kind_session" not in names
        flagged = conn.execute(
            "SELECT count(*) FROM items INDEXED BY ix_items_flag_time WHERE flag != 0"
        ).fetchone()
        assert flagged == (3,)
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_upgrade_to_0024_packs_the_journal_written_as_json_text(tmp_path: Path) -> None:
    """0024 packs the undo journal's entries written as JSON text before the journal was
    packed: the file holds them compressed, and the last edit still undoes and redoes."""
    import json
    import zlib

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0023.smpcat", work)
    cat = open_catalog(work)
    try:
        done = cat.set_fields([1, 2, 3], rating=5)
        entry = done.undo.entry_id
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    packed = conn.execute("SELECT payload FROM undo_journal WHERE id = ?", (entry,)).fetchone()[0]
    as_text = json.dumps(json.loads(zlib.decompress(packed)))  # as 0023's builds wrote it
    conn.execute("UPDATE undo_journal SET payload = ? WHERE id = ?", (as_text, entry))
    conn.execute("UPDATE alembic_version SET version_num = '0023'")
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        assert cat.info().schema_revision == head_revision()
        with cat.engine.connect() as c:
            stored = c.exec_driver_sql(
                f"SELECT typeof(payload), length(payload) FROM undo_journal WHERE id = {entry}"
            ).one()
        assert stored[0] == "blob" and stored[1] < len(as_text)
        assert cat.undo_last() is not None
        assert [r.rating for r in cat.items([1, 2, 3])] == [1, 2, 3]
        assert cat.redo_last() is not None
        assert {r.rating for r in cat.items([1, 2, 3])} == {5}
    finally:
        cat.close()


def test_upgrade_to_0025_orders_names_from_an_index(tmp_path: Path) -> None:
    """A catalogue from before 0025 gets the name index on upgrade: sorting by name then
    reads it instead of sorting every item (a window in the middle of a million: ~1 s)."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0024.smpcat", work)
    cat = open_catalog(work)
    try:
        names = [r.name for r in cat.items(cat.query_ids(sort="name"))]
        assert names == sorted(names) and len(names) >= 3
        assert not cat.sorts_whole(sort="name")
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM items ORDER BY name, id").fetchall()
        # (from 0033 the index is (name, folder): the ties of a name are sorted again)
        assert "ix_items_name" in str(plan) and not sorts_rows([str(r[-1]) for r in plan]), plan
    finally:
        conn.close()


def test_compacting_merges_the_text_index_and_keeps_every_match(
    catalog: Any, add_items: Any, catalog_path: Path
) -> None:
    """Assigning a day's items to sessions re-indexes each one's search text: at a million
    items the text index was left in many segments (69.9 MB where one merged segment holds
    the same in 49.9). `smparchive check --compact` only ran VACUUM, which moves pages, not
    segments; it now merges the text index first. Every search finds what it found."""

    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.core.catalog.schema import compact

    ids = add_items([{"rel_path": f"DCIM/IMG_{n:04d}.JPG"} for n in range(300)])
    for n, chunk in enumerate(range(0, 300, 10)):  # 30 writes, each its own text segments
        catalog.tag_items(ids[chunk : chunk + 10], [f"keynote speaker {n}", "plenary"])

    def text_index_pages() -> int:
        with sqlite3.connect(catalog_path) as conn:
            return int(
                conn.execute(
                    "SELECT count(*) FROM dbstat WHERE name = 'search_fts_data'"
                ).fetchone()[0]
            )

    queries = ["plenary", "keynote", "img_0042", "speaker 7", "nothing-here"]
    found = {q: catalog.query_ids(ItemFilter(text=q)) for q in queries}
    before = text_index_pages()
    compact(catalog.engine)
    after = text_index_pages()
    assert after < before, (before, after)
    assert {q: catalog.query_ids(ItemFilter(text=q)) for q in queries} == found
    assert len(found["plenary"]) == 300 and len(found["speaker 7"]) == 10
