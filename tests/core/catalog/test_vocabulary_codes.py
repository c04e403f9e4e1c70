"""Closed vocabularies stored as small integer codes (migration 0023, issue 19): an old
catalogue's kinds, consents, statuses, thumbnail states and time sources read back, search
and count as before; the codes are fixed; a code nobody knows is an error, not a guess."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import StatementError
from tests.conftest import sqlite_rows

from smparchive.core.catalog import codes
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.core.catalog.reader import open_reader
from smparchive.core.catalog.schema import head_revision
from smparchive.core.domain.query import parse_search
from smparchive.core.vocab import FILTER_STATUSES, Consent, ItemStatus, Kind, ThumbState, TimeSource

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
MIGRATION = Path(codes.__file__).parent / "migrations" / "versions" / "0023_vocabulary_codes.py"
COLUMNS = ("kind", "consent", "status", "thumb_state", "capture_source")


def _migration() -> Any:
    spec = importlib.util.spec_from_file_location("vocabulary_codes_0023", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_value_has_one_fixed_code_that_the_migration_agrees_with() -> None:
    """Each table names every member of its enum once, with distinct codes; the codes the
    migration wrote are still those of codes.py (renumbering one would change what every
    stored item means)."""
    for enum, table in codes.CODES.items():
        assert set(table) == {m.value for m in enum}, enum
        assert len(set(table.values())) == len(table), enum
        assert all(isinstance(c, int) and 0 <= c < 128 for c in table.values())  # one byte
    frozen = _migration()
    for column, (written, *_rest) in frozen.ITEM_COLUMNS.items():
        current = codes.CODES[codes.COLUMN_ENUMS[column]]
        assert {v: current[v] for v in written} == written, column


# Every value of every vocabulary at least once (the fixture's items 1-3 are ok photos).
_ROWS = [
    (4, Kind.VIDEO, Consent.CLEARED, ItemStatus.WARNING, ThumbState.OK, TimeSource.EXIF_OFFSET),
    (5, Kind.AUDIO, Consent.INTERNAL_ONLY, ItemStatus.ERROR, ThumbState.NONE, TimeSource.XMP),
    (6, Kind.SLIDES, Consent.DO_NOT_PUBLISH, ItemStatus.MISSING, ThumbState.PENDING,
     TimeSource.IPTC),
    (7, Kind.DOCUMENT, Consent.UNKNOWN, ItemStatus.OFFLINE, ThumbState.OK, TimeSource.QUICKTIME),
    (8, Kind.OTHER, Consent.CLEARED, ItemStatus.OK, ThumbState.NONE, TimeSource.CONTAINER_UTC),
    (9, Kind.PHOTO, Consent.CLEARED, ItemStatus.OK, ThumbState.OK, TimeSource.CONTAINER_LOCAL),
    (10, Kind.VIDEO, Consent.UNKNOWN, ItemStatus.OK, ThumbState.OK,
     TimeSource.CONTAINER_LEGACY),
    (11, Kind.DOCUMENT, Consent.UNKNOWN, ItemStatus.OK, ThumbState.OK, TimeSource.DOCUMENT),
    (12, Kind.PHOTO, Consent.UNKNOWN, ItemStatus.OK, ThumbState.OK, TimeSource.FILE_MTIME),
    (13, Kind.PHOTO, Consent.UNKNOWN, ItemStatus.OK, ThumbState.OK, None),
]  # fmt: skip


def _old_catalogue(tmp_path: Path) -> tuple[Path, dict[int, tuple[Any, ...]]]:
    """A copy of the 0022 fixture with items of every value, written as text as 0022 did,
    and a person (Ana) on some; returns it with each item's five values."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0022.smpcat", work)
    conn = sqlite3.connect(work)
    for item_id, *values in _ROWS:
        conn.execute(
            "INSERT INTO items (id, root_id, rel_path, name, kind, consent, status, thumb_state, "
            "capture_source, size, mtime_ns, clock_shift_s, rating, flag, has_embedded_thumb, "
            "capture_utc, first_seen_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 100, "
            "0, 0, ?, 0, 0, 1654069200000000, 1654250400000000, 1654250400000000)",
            (item_id, f"x/{item_id}.bin", f"{item_id}.bin", *map(_text, values), item_id % 6),
        )
    conn.executescript(
        "INSERT INTO tags (id, name, name_key, kind, restriction) VALUES "
        "(1, 'Ana', 'ana', 'person', 'none');"
        "INSERT INTO item_tags (item_id, tag_id) VALUES (1, 1), (4, 1), (6, 1), (9, 1);"
    )
    conn.commit()
    old = {
        int(r[0]): tuple(r[1:])
        for r in conn.execute(f"SELECT id, {', '.join(COLUMNS)} FROM items ORDER BY id")
    }
    conn.close()
    assert {type(v) for row in old.values() for v in row} <= {str, type(None)}
    return work, old


def _text(value: object) -> object:
    return None if value is None else str(value)


def _expected_ids(old: dict[int, tuple[Any, ...]], column: str, value: str) -> list[int]:
    at = COLUMNS.index(column)
    return sorted(i for i, row in old.items() if row[at] == value)


def _legacy_xmp(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row's values after 0030: an 'xmp' time is 'xmp-legacy' until a scan reads it."""
    return tuple("xmp-legacy" if v == "xmp" else v for v in row)


def test_upgrade_to_0023_keeps_every_value_search_and_count(tmp_path: Path) -> None:
    """Every item reads back the kind, consent, status, thumbnail state and time source it
    had (through the catalogue and the quick reader); searches by them find the same items;
    the kept counts (facets, info, people) equal counting the items; the values are stored
    as integers, the indexes are back, and the counts follow edits afterwards."""
    work, old = _old_catalogue(tmp_path)
    cat = open_catalog(work)
    try:
        assert cat.info().schema_revision == head_revision()
        records = {r.id: r for r in cat.items(sorted(old))}
        # 0030 marks every 'xmp' time to be read again by the next scan ('xmp-legacy')
        kept = {i: _legacy_xmp(row) for i, row in old.items()}
        assert {i: tuple(getattr(r, c) for c in COLUMNS) for i, r in records.items()} == kept
        # Plain strings, as before the codes (not enum members).
        assert {type(getattr(r, c)) for r in records.values() for c in COLUMNS} == {
            str,
            type(None),
        }

        def found(query: str) -> list[int]:
            return sorted(cat.query_ids(parse_search(query, cat).filter))

        for kind in Kind:
            assert found(f"kind:{kind}") == _expected_ids(old, "kind", kind), kind
        for status in FILTER_STATUSES:
            assert found(f"status:{status}") == _expected_ids(old, "status", status), status
            assert found(f"is:{status}") == _expected_ids(old, "status", status), status
        for consent in Consent:
            assert found(f"consent:{consent}") == _expected_ids(old, "consent", consent)
        assert found("is:warning") == [4]  # status warning (no item has warnings text)
        assert found("kind:photo -consent:unknown") == [9]
        assert found("kind:photo rating>=3") == [3, 9]  # ratings: 1-3 their ids, 9: 3

        every = ItemFilter()
        facets = cat.facets(every)
        assert facets == cat._count_facets(every)
        assert facets.kind == Counter(row[0] for row in old.values())
        assert facets.consent == Counter(row[1] for row in old.values())
        assert facets.status == Counter(row[2] for row in old.values())
        assert facets.people == {1: 4}
        photos = ItemFilter(kinds=("photo",))
        assert cat.facets(photos) == cat._count_facets(photos)
        assert cat.facets(photos).people == {1: 2}
        info = cat.info()
        assert info.by_kind == dict(Counter(row[0] for row in old.values()))
        assert info.by_status == dict(Counter(row[2] for row in old.values()))

        # The triggers were made again: the counts follow an edit.
        cat.set_fields([9], consent="do_not_publish")
        assert cat.facets(every) == cat._count_facets(every)
        assert cat.facets(every).consent[Consent.DO_NOT_PUBLISH] == 2
    finally:
        cat.close()

    reader = open_reader(str(work))
    assert reader is not None
    try:
        assert {r.id: r.kind for r in reader.items(sorted(old))} == {
            i: row[0] for i, row in old.items()
        }
        assert reader.items([13])[0].capture_source is None
        assert reader.items([10])[0].capture_source == TimeSource.CONTAINER_LEGACY
        for status in FILTER_STATUSES:
            wanted = _expected_ids(old, "status", status)
            assert sorted(reader.query_ids(ItemFilter(statuses=(status,)))) == wanted
        assert reader.count(ItemFilter(kinds=("photo", "video"), consents=("unknown",))) == len(
            [r for r in old.values() if r[0] in ("photo", "video") and r[1] == "unknown"]
        )
        assert reader.info().by_kind == dict(Counter(row[0] for row in old.values()))
    finally:
        reader.close()

    types = ", ".join(f"typeof({c})" for c in COLUMNS)
    assert set(
        sqlite_rows(work, f"SELECT {types} FROM items WHERE capture_source IS NOT NULL")
    ) == {("integer",) * 5}
    for table in ("facet_cells", "facet_people"):
        got = sqlite_rows(work, f"SELECT DISTINCT typeof(kind), typeof(consent), typeof(status) "
                            f"FROM {table}")  # fmt: skip
        assert got == [("integer",) * 3], table
    names = {r[0] for r in sqlite_rows(work, "SELECT name FROM sqlite_master")}
    assert {"ix_items_facets", "ix_items_kind_time", "ix_items_status",
            "ix_items_warned"} <= names  # fmt: skip
    assert len([n for n in names if n.startswith("facet_cells_")]) == 9  # the triggers
    assert sqlite_rows(work, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(work, "PRAGMA freelist_count") == [(0,)]  # compacted (schema.REWRITING)


def test_an_unknown_stored_code_is_an_error_not_a_wrong_value(tmp_path: Path) -> None:
    """A code this version does not know (written by a newer one, or by hand) stops the
    read with a sentence naming the column and the code, in the catalogue and the reader."""
    work = tmp_path / "cat.smpcat"
    shutil.copy(FIXTURES / "schema-0023.smpcat", work)
    open_catalog(work).close()  # to head, if there is more
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET kind = 42 WHERE id = 2")
    conn.execute("UPDATE items SET thumb_state = 'ok' WHERE id = 3")  # text: not a code
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        assert cat.items([1])[0].kind == "photo"
        with pytest.raises(codes.UnknownCode, match=r"42 as an item's kind.*does not know"):
            cat.items([2])
        with pytest.raises(codes.UnknownCode, match=r"'ok' as an item's thumb_state"):
            cat.items([3])
        with pytest.raises(StatementError, match=r"UnknownCode.*'picture' is not a kind"):
            cat.count(ItemFilter(kinds=("picture",)))
    finally:
        cat.close()
    reader = open_reader(str(work))
    assert reader is not None
    try:
        with pytest.raises(codes.UnknownCode, match="42 as an item's kind"):
            reader.items([2])
    finally:
        reader.close()


def test_upgrade_refuses_a_value_it_does_not_know_and_leaves_the_file(tmp_path: Path) -> None:
    """A stored text outside the vocabulary would become NULL (or no value at all): the
    upgrade stops, says which, and the catalogue stays as it was (0022, its text)."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0022.smpcat", work)
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET capture_source = 'sundial' WHERE id = 2")
    conn.commit()
    conn.close()
    with pytest.raises(CatalogError, match=r"items.capture_source holds 'sundial'"):
        open_catalog(work)
    assert sqlite_rows(work, "SELECT version_num FROM alembic_version") == [("0022",)]
    assert sqlite_rows(work, "SELECT kind, capture_source FROM items WHERE id = 2") == [
        ("photo", "sundial")
    ]


def test_downgrade_to_0022_gives_the_text_back(tmp_path: Path) -> None:
    """0023's downgrade writes the text again (and 0023 then upgrades it again)."""
    from alembic import command

    from smparchive.core.catalog.engine import make_engine, sqlite_url
    from smparchive.core.catalog.schema import alembic_config, migrating

    work, old = _old_catalogue(tmp_path)
    open_catalog(work).close()
    engine = make_engine(sqlite_url(work))
    try:
        cfg = alembic_config()
        with migrating(engine) as conn:  # (foreign keys off, 0033)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0022")
    finally:
        engine.dispose()
    rows = sqlite_rows(work, f"SELECT id, {', '.join(COLUMNS)} FROM items ORDER BY id")
    assert {int(r[0]): tuple(r[1:]) for r in rows} == old
    assert sqlite_rows(work, "SELECT DISTINCT typeof(kind) FROM facet_cells") == [("text",)]
    cat = open_catalog(work)
    try:
        assert {r.id: r.status for r in cat.items(sorted(old))} == {
            i: row[2] for i, row in old.items()
        }
        assert cat.facets() == cat._count_facets(ItemFilter())
    finally:
        cat.close()


@pytest.mark.postgres
def test_team_catalogue_upgrades_to_smallint_codes(tmp_path: Path) -> None:
    """PostgreSQL: a 0022 team catalogue's text values become smallint codes (items and
    facet_cells); the items read back, search and count as before. (Their folder is one
    this computer reaches: the items of one it cannot reach read as offline here.)"""
    from alembic import command
    from sqlalchemy import create_engine, text
    from tests.conftest import empty_pg_url

    from smparchive.core.catalog.schema import alembic_config

    url = empty_pg_url()
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0022")
            conn.execute(text("INSERT INTO roots (id, path, online, sidecar_policy, "
                              "ignore_patterns, added_at) VALUES (1, :share, true, 'mirror', "
                              "'[]', now())"), {"share": str(tmp_path)})  # fmt: skip
            for item_id, *values in _ROWS:
                conn.execute(
                    text(
                        "INSERT INTO items (id, root_id, rel_path, name, kind, consent, status, "
                        "thumb_state, capture_source, size, mtime_ns, clock_shift_s, rating, "
                        "flag, has_embedded_thumb, first_seen_at, updated_at) VALUES (:i, 1, "
                        ":p, :p, :k, :c, :s, :t, :src, 1, 0, 0, 0, 0, false, now(), now())"
                    ),
                    dict(zip(("k", "c", "s", "t", "src"), map(_text, values), strict=True))
                    | {"i": item_id, "p": f"{item_id}.bin"},
                )
        cat = open_catalog(url)
        try:
            old = {r[0]: tuple(map(_text, r[1:])) for r in _ROWS}
            got = {r.id: tuple(getattr(r, c) for c in COLUMNS) for r in cat.items(sorted(old))}
            # 0030 marks every 'xmp' time to be read again by the next scan
            assert got == {i: _legacy_xmp(row) for i, row in old.items()}
            assert sorted(cat.query_ids(ItemFilter(statuses=("missing",)))) == [6]
            assert sorted(cat.query_ids(ItemFilter(kinds=("video",)))) == [4, 10]
            assert cat.facets() == cat._count_facets(ItemFilter())
            cat.set_fields([4], consent="do_not_publish")
            assert cat.facets() == cat._count_facets(ItemFilter())
        finally:
            cat.close()
        with engine.connect() as conn:
            types = conn.execute(
                text(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns "
                    "WHERE table_name IN ('items', 'facet_cells', 'facet_people') AND "
                    "column_name IN ('kind', 'consent', 'status', 'thumb_state', "
                    "'capture_source')"
                )
            ).all()
        assert {t for _table, _column, t in types} == {"smallint"} and len(types) == 11
    finally:
        engine.dispose()


def test_an_sqlite_that_refuses_schema_edits_still_upgrades(tmp_path: Path) -> None:
    """An SQLite that refuses ``PRAGMA writable_schema`` (a "defensive" build; here an
    authorizer refuses it) still upgrades a 0022 catalogue: each column is made again
    instead, with the same type, NOT NULL where it was, and every value as its code."""
    from sqlalchemy import Engine, event

    refused: list[str] = []

    def refuse_schema_edits(action: int, arg1: Any, *_rest: Any) -> int:
        if action == sqlite3.SQLITE_PRAGMA and arg1 == "writable_schema":
            refused.append(arg1)
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_authorizer(refuse_schema_edits)

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0022.smpcat", work)
    event.listen(Engine, "connect", on_connect)
    try:
        cat = open_catalog(work)
    finally:
        event.remove(Engine, "connect", on_connect)
    try:
        assert refused  # the edit was asked for and refused: the other way was taken
        assert cat.info().schema_revision == head_revision()
        assert cat.query_ids(parse_search("kind:photo status:ok", cat).filter) == [1, 2, 3]
        assert {r.kind for r in cat.items([1, 2, 3])} == {"photo"}
    finally:
        cat.close()
    conn = sqlite3.connect(work)
    try:
        declared = {r[1]: (r[2], r[3]) for r in conn.execute("PRAGMA table_info(items)")}
        assert declared["kind"] == ("SMALLINT", 1) and declared["status"] == ("SMALLINT", 1)
        assert declared["capture_source"] == ("SMALLINT", 0)
        types = conn.execute("SELECT DISTINCT typeof(kind), typeof(status) FROM items").fetchall()
        assert types == [("integer", "integer")]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
