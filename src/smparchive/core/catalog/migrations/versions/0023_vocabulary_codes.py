"""closed vocabularies as small integer codes

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03

An item's kind, consent, status, thumbnail state and capture time source were text
('photo', 'unknown', 'ok', 'pending', 'exif': ~25 bytes a row), and kind, consent and status
again in the indexes that hold them (ix_items_facets, ix_items_kind_time, ix_items_status,
ix_items_warned). They become small integer codes (``core/catalog/codes.py``; the tables are
copied below as they stand at this revision): SQLite keeps 0 and 1 in the record header
alone and the others in one byte. ``models.VocabCode`` converts, so Python sees the same
strings. facet_cells and facet_people copy kind, consent and status from the items: they
are made again with codes.

SQLite: the facet triggers and the indexes naming these columns are dropped; the columns
are declared SMALLINT in the table's CREATE statement, in place (see ``_declare``: SQLite
keeps text in a column declared VARCHAR, so the type must change, and the table cannot be
copied: its foreign keys cascade); one UPDATE writes the codes (CASE); the indexes are made
again as they were, facet_cells and facet_people made again with codes and counted again
from the items (0011's fill), and the triggers made again (0011's note: they name these
columns). PostgreSQL: ``ALTER COLUMN ... TYPE smallint USING CASE ...`` on items,
facet_cells and facet_people (one rewrite of each; its statement triggers and
``facet_cells_compact()`` name columns, not types). A stored value that is not in the tables
stops the upgrade with a sentence naming it (nothing is guessed or lost): the catalogue stays
as it was. The file is compacted after the upgrade (schema.REWRITING).

Measured at a million items (benchmarks/README.md, "The catalogue's size at 1M: closed
vocabularies as codes"): the compacted file 741.1 -> 689.9 MB (items 241.6 -> 216.1,
ix_items_facets 57.7 -> 43.4, ix_items_kind_time 30.8 -> 25.7, ix_items_status 11.1 -> 9.0,
facet_people and its key 7.3 -> 3.1); the upgrade from 0022 takes 18.4 s wall at load 0.7
(backup copy 2.5 s, this migration 10.1 s, compaction 6.5 s). Searches take what they took.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# Frozen copies of codes.py's tables as of this revision (stored codes: never renumbered).
KIND = {"photo": 0, "video": 1, "audio": 2, "slides": 3, "document": 4, "other": 5}
STATUS = {"ok": 0, "warning": 1, "error": 2, "missing": 3, "offline": 4}
CONSENT = {"unknown": 0, "cleared": 1, "internal_only": 2, "do_not_publish": 3}
THUMB = {"pending": 0, "ok": 1, "none": 2}
TIME_SOURCE = {
    "exif": 0, "exif+offset": 1, "xmp": 2, "iptc": 3, "quicktime": 4, "container-utc": 5,
    "container-local": 6, "container": 7, "document": 8, "mtime": 9,
}  # fmt: skip

# item column -> (codes, its text type before)
ITEM_COLUMNS: dict[str, tuple[dict[str, int], str]] = {
    "kind": (KIND, "VARCHAR(16)"),
    "capture_source": (TIME_SOURCE, "VARCHAR(16)"),
    "consent": (CONSENT, "VARCHAR(20)"),
    "status": (STATUS, "VARCHAR(10)"),
    "thumb_state": (THUMB, "VARCHAR(10)"),
}
FACET_COLUMNS = ("kind", "consent", "status")  # of facet_cells and facet_people: VARCHAR(16)
_TRIGGERS = ("items_ai", "items_bd", "items_ad", "items_au", "item_tags_ai", "item_tags_ad",
             "item_tags_au", "tags_bd", "tags_au")  # fmt: skip


def _m0011() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "facet_cells_0011", Path(__file__).with_name("0011_facet_cells.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _case(column: str, codes: dict[str, int], *, to_code: bool, sqlite: bool) -> str:
    """SQL: ``column`` as its code (or back to its text); NULL stays NULL. On SQLite a
    value already in the new form stays as it is (a column holds either: a catalogue whose
    revision was set back by hand, as a test of 0018 does)."""
    pairs = (
        (f"'{value}'", str(code)) if to_code else (str(code), f"'{value}'")
        for value, code in codes.items()
    )
    whens = " ".join(f"WHEN {a} THEN {b}" for a, b in pairs)
    return f"CASE {column} {whens}{f' ELSE {column}' if sqlite else ''} END"


def _known(codes: dict[str, int], *, to_code: bool, sqlite: bool) -> list[object]:
    """The values a column may hold before the change (and after, on SQLite)."""
    texts, numbers = list(codes), list(codes.values())
    before, after = (texts, numbers) if to_code else (numbers, texts)
    return [*before, *(after if sqlite else [])]


def _refuse_unknown(table: str, columns: dict[str, dict[str, int]], *, to_code: bool) -> None:
    """Stop (the transaction rolls back) if ``table`` holds a value the tables do not have:
    it would otherwise become NULL, or a code nothing reads. One read of the table."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    known = {c: _known(codes, to_code=to_code, sqlite=sqlite) for c, codes in columns.items()}

    def listed(values: list[object]) -> str:
        return ", ".join(f"'{v}'" if isinstance(v, str) else str(v) for v in values)

    where = " OR ".join(f"{c} NOT IN ({listed(values)})" for c, values in known.items())
    row = (
        op.get_bind()
        .exec_driver_sql(f"SELECT {', '.join(columns)} FROM {table} WHERE {where} LIMIT 1")
        .first()
    )
    if row is None:
        return
    for (column, values), value in zip(known.items(), row, strict=True):
        if value is not None and value not in values:
            raise RuntimeError(
                f"{table}.{column} holds {value!r}, which is not one of the values this "
                f"version knows ({listed(values)}); the catalogue was left as it was"
            )


def _items_codes() -> dict[str, dict[str, int]]:
    return {c: spec[0] for c, spec in ITEM_COLUMNS.items()}


def _declare(to_code: bool) -> None:
    """SQLite: the five columns declared SMALLINT (or their text types again) in the
    table's own CREATE statement, in place (SQLite's documented procedure for a change that
    leaves the stored rows valid: a column may hold any value; its declared type decides
    what a write converts to). A copy of the table is no option: dropping ``items`` would
    delete the rows of every table whose foreign keys cascade from it, and
    ``ALTER TABLE ... DROP COLUMN`` (add, fill, drop, rename) rewrites every row with its
    REAL values in 8 bytes: at a million items the table came out 228 MB, not 216."""
    conn = op.get_bind()
    (sql,) = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'items'"
    ).one()
    for column, (_codes, text_type) in ITEM_COLUMNS.items():
        new = "SMALLINT" if to_code else text_type
        # Either type (a column already of the new one stays so: see _case).
        pattern = rf"(?m)^(\s*\"?{column}\"?\s+)(VARCHAR\(\d+\)|SMALLINT)(?=\s+NOT NULL|\s*,)"
        sql, found = re.subn(pattern, rf"\g<1>{new}", sql)
        if found != 1:
            raise RuntimeError(f"items.{column} is not declared as expected: {sql}")
    (version,) = conn.exec_driver_sql("PRAGMA schema_version").one()
    try:
        op.execute("PRAGMA writable_schema = ON")
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'items'", (sql,)
        )
        op.execute(f"PRAGMA schema_version = {int(version) + 1}")  # read the schema again
    except sa.exc.DBAPIError:
        # An SQLite that refuses the edit (a "defensive" build): the slower way, which
        # every SQLite since 3.35 allows. The upgrade goes on instead of failing.
        _declare_by_new_columns(to_code, sql)
    finally:
        try:
            op.execute("PRAGMA writable_schema = OFF")
        except sa.exc.DBAPIError:
            pass  # refused as the ON was: nothing to turn off


def _declare_by_new_columns(to_code: bool, wanted: str) -> None:
    """SQLite: each column made again with the new type (add, fill with the converted
    values, drop the old, rename): the same columns as the edit of the CREATE statement, at
    the cost of rewriting every row per column (at a million items the whole upgrade from
    0022 took 27.6 s instead of ~18, the compacted file 1.6 MB larger). NOT NULL columns
    stay NOT NULL, with a default (SQLite requires one of an added NOT NULL column)."""
    for column, (codes, text_type) in ITEM_COLUMNS.items():
        new = "SMALLINT" if to_code else text_type
        not_null = re.search(rf"(?m)^\s*\"?{column}\"?\s+\S+\s+NOT NULL", wanted) is not None
        default = (" NOT NULL DEFAULT " + ("0" if to_code else "''")) if not_null else ""
        swap = f"{column}__0023"
        op.execute(f"ALTER TABLE items ADD COLUMN {swap} {new}{default}")
        value = _case(column, codes, to_code=to_code, sqlite=True)
        op.execute(f"UPDATE items SET {swap} = {value}")
        op.execute(f"ALTER TABLE items DROP COLUMN {column}")
        op.execute(f"ALTER TABLE items RENAME COLUMN {swap} TO {column}")


def _sqlite(to_code: bool) -> None:
    conn = op.get_bind()
    _refuse_unknown("items", _items_codes(), to_code=to_code)
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
    # The indexes naming these columns: dropped before and made again, as they were, after
    # (quicker than updating their entries row by row).
    names = re.compile(r"\b(" + "|".join(ITEM_COLUMNS) + r")\b")
    indexes = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' "
            "AND sql IS NOT NULL"
        ).all()
        if names.search(str(sql).split(" ON ", 1)[1])
    ]
    for name, _sql in indexes:
        op.execute(f"DROP INDEX {name}")
    _declare(to_code)
    sets = (f"{c} = {_case(c, spec[0], to_code=to_code, sqlite=True)}" for c, spec in
            ITEM_COLUMNS.items())  # fmt: skip
    op.execute(f"UPDATE items SET {', '.join(sets)}")
    for _name, sql in indexes:
        op.execute(sql)
    _remake_facets(to_code)


def _remake_facets(to_code: bool) -> None:
    """SQLite: facet_cells and facet_people made again with the new column types and
    counted again from the items (their keys quote the values); then the triggers."""
    m0011 = _m0011()
    # (none over a 0035 schema run again from an older revision set back by hand)
    op.drop_index("ix_facet_people_tag_id", table_name="facet_people", if_exists=True)
    op.drop_table("facet_people")
    op.drop_table("facet_cells")

    def value_columns() -> list[sa.Column[object]]:
        vocab = sa.SmallInteger() if to_code else sa.String(16)
        return [
            sa.Column("kind", vocab, nullable=True),
            sa.Column("day_id", sa.Integer(), nullable=True),
            sa.Column("session_id", sa.Integer(), nullable=True),
            sa.Column("rating", sa.Integer(), nullable=True),
            sa.Column("flag", sa.Integer(), nullable=True),
            sa.Column("color_label", sa.String(16), nullable=True),
            sa.Column("consent", vocab, nullable=True),
            sa.Column("status", vocab, nullable=True),
            sa.Column("camera_make", sa.String(200), nullable=True),
            sa.Column("camera_model", sa.String(200), nullable=True),
        ]

    op.create_table(
        "facet_cells",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.Text(), nullable=True),
        *value_columns(),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("key", name="uq_facet_cells_key"),
    )
    op.create_table(
        "facet_people",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.Text(), nullable=True),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        *value_columns(),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("key", name="uq_facet_people_key"),
    )
    op.create_index("ix_facet_people_tag_id", "facet_people", ["tag_id"])
    items = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("items")}
    if "camera_make" not in items:
        return  # a revision set back by hand on a 0031+ schema: 0031 counts them again
    cols = m0011._COLS
    op.execute(
        f"INSERT INTO facet_cells (key, {cols}, n) "
        f"SELECT {m0011._key('items')}, {cols}, count(*) FROM items GROUP BY {cols}"
    )
    op.execute(m0011._fill_people())
    for statement in m0011.sqlite_triggers():
        op.execute(statement)


def _postgresql(to_code: bool) -> None:
    """One ALTER TABLE per table (each rewritten once); the facet functions name columns."""
    _refuse_unknown("items", _items_codes(), to_code=to_code)
    for table, columns in (("items", tuple(ITEM_COLUMNS)), ("facet_cells", FACET_COLUMNS),
                           ("facet_people", FACET_COLUMNS)):  # fmt: skip
        facet = table != "items"
        if facet:
            _refuse_unknown(table, {c: ITEM_COLUMNS[c][0] for c in columns}, to_code=to_code)
        alters = []
        for column in columns:
            codes, text_type = ITEM_COLUMNS[column]
            new_type = "smallint" if to_code else ("varchar(16)" if facet else text_type)
            alters.append(
                f"ALTER COLUMN {column} TYPE {new_type} "
                f"USING {_case(column, codes, to_code=to_code, sqlite=False)}"
            )
        op.execute(f"ALTER TABLE {table} {', '.join(alters)}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql(to_code=True)
    else:
        _sqlite(to_code=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql(to_code=False)
    else:
        _sqlite(to_code=False)
