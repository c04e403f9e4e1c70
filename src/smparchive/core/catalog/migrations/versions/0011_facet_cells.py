"""facet cells: facet counts kept up to date by the edits themselves

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

Facet counts at a million items cost a full count after every edit (0010 kept the whole
catalogue's counts only until the next change: ~0.6 s CPU to count again), and the facets
of a day or of ``camera:X flag:pick`` read a large part of ``ix_items_facets`` (0.3-1 s).
Now the catalogue keeps how many items there are of every combination of facet values
(``facet_cells``: a few hundred to a few thousand rows at a million items) and, on SQLite,
how many person links (``facet_people``: person tag x combination). The triggers below add
and subtract in the same transaction as each edit, so the whole catalogue's counts and
those of any filter on facet columns alone are a GROUP BY over those rows.

- SQLite: row triggers add +-1 to the row of the combination (``key``: the values quoted
  and joined, unique). An item's tag links are removed before the item (and a tag's links
  before the tag), so the links' triggers still see the item's values.
- PostgreSQL: statement triggers with transition tables append one row per combination a
  statement changed (``key`` NULL: no row is updated in place, so writers never wait for
  each other); readers sum them, and ``facet_cells_compact()`` folds the rows (a deleted
  row is put back summed in the same statement, so concurrent writers lose nothing).
  Person counts are counted from the tag links there (``facet_people`` stays empty).

Replaces 0010's ``facet_totals`` (table, triggers, sequence). Note for later migrations: a
batch (copy-and-move) rebuild of ``items``, ``item_tags`` or ``tags`` on SQLite drops
their triggers; create them again (``sqlite_triggers()``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = (
    "kind",
    "day_id",
    "session_id",
    "rating",
    "flag",
    "color_label",
    "consent",
    "status",
    "camera_make",
    "camera_model",
)
_COLS = ", ".join(COLUMNS)
_PERSON = "'person'"  # TagKind.PERSON


def _key(row: str) -> str:
    """SQLite: the combination of ``row``'s values as one text (NULL and '' differ)."""
    return " || '|' || ".join(f"quote({row}.{c})" for c in COLUMNS)


def _vals(row: str) -> str:
    return ", ".join(f"{row}.{c}" for c in COLUMNS)


def _add_cell(row: str, delta: int) -> str:
    return (
        f"INSERT INTO facet_cells (key, {_COLS}, n) VALUES ({_key(row)}, {_vals(row)}, {delta}) "
        f"ON CONFLICT (key) DO UPDATE SET n = n + {delta};"
    )


def _add_people(item: str, tag: str, source: str, delta: int) -> str:
    """+-1 on the person rows of tag ``tag`` (an expression) for the values of ``item``
    (a row alias, or items AS i in ``source``: FROM ... WHERE ...). The tag's kind is
    looked up by its id: ``IN (SELECT id FROM tags WHERE kind = 'person')`` listed every
    person for every row (a bulk edit of 100,000 items: 8 -> 40 s CPU; now 0012)."""
    return (
        f"INSERT INTO facet_people (key, tag_id, {_COLS}, n) "
        f"SELECT {tag} || '|' || {_key(item)}, {tag}, {_vals(item)}, {delta} "
        f"{source} AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = {tag} "
        f"AND g.kind = {_PERSON}) ON CONFLICT (key) DO UPDATE SET n = n + {delta};"
    )


def _link(row: str, delta: int) -> str:
    """+-1 for the tag link ``row`` (NEW or OLD of item_tags)."""
    return _add_people("i", f"{row}.tag_id", f"FROM items AS i WHERE i.id = {row}.item_id", delta)


def sqlite_triggers() -> list[str]:
    """CREATE TRIGGER statements of the SQLite side (also for later batch migrations)."""
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COLUMNS)
    return [
        f"CREATE TRIGGER IF NOT EXISTS facet_cells_items_ai AFTER INSERT ON items "
        f"BEGIN {_add_cell('NEW', 1)} END",
        # Links first, while the item is there to say which row they count in.
        "CREATE TRIGGER IF NOT EXISTS facet_cells_items_bd BEFORE DELETE ON items "
        "BEGIN DELETE FROM item_tags WHERE item_id = OLD.id; END",
        f"CREATE TRIGGER IF NOT EXISTS facet_cells_items_ad AFTER DELETE ON items "
        f"BEGIN {_add_cell('OLD', -1)} END",
        f"CREATE TRIGGER IF NOT EXISTS facet_cells_items_au AFTER UPDATE OF {_COLS} ON items "
        f"WHEN {changed} BEGIN {_add_cell('OLD', -1)} {_add_cell('NEW', 1)} "
        + _add_people("OLD", "t.tag_id", "FROM item_tags AS t WHERE t.item_id = OLD.id", -1)
        + _add_people("NEW", "t.tag_id", "FROM item_tags AS t WHERE t.item_id = NEW.id", 1)
        + " END",
        "CREATE TRIGGER IF NOT EXISTS facet_cells_item_tags_ai AFTER INSERT ON item_tags "
        f"BEGIN {_link('NEW', 1)} END",
        "CREATE TRIGGER IF NOT EXISTS facet_cells_item_tags_ad AFTER DELETE ON item_tags "
        f"BEGIN {_link('OLD', -1)} END",
        "CREATE TRIGGER IF NOT EXISTS facet_cells_item_tags_au AFTER UPDATE ON item_tags "
        f"BEGIN {_link('OLD', -1)} {_link('NEW', 1)} END",
        "CREATE TRIGGER IF NOT EXISTS facet_cells_tags_bd BEFORE DELETE ON tags "
        "BEGIN DELETE FROM item_tags WHERE tag_id = OLD.id; "
        "DELETE FROM facet_people WHERE tag_id = OLD.id; END",
        f"CREATE TRIGGER IF NOT EXISTS facet_cells_tags_au AFTER UPDATE OF kind ON tags "
        f"WHEN OLD.kind IS NOT NEW.kind BEGIN DELETE FROM facet_people WHERE tag_id = OLD.id; "
        f"{_fill_people('AND t.tag_id = NEW.id')} END",
    ]


def _fill_people(where: str = "") -> str:
    """SQLite: the person rows counted from the links (all, or those ``where`` says)."""
    return (
        f"INSERT INTO facet_people (key, tag_id, {_COLS}, n) "
        f"SELECT t.tag_id || '|' || {_key('i')}, t.tag_id, {_vals('i')}, count(*) "
        f"FROM item_tags AS t JOIN items AS i ON i.id = t.item_id "
        f"WHERE t.tag_id IN (SELECT id FROM tags WHERE kind = {_PERSON}) {where} "
        f"GROUP BY t.tag_id, {_vals('i')};"
    )


# PostgreSQL: one function per event (a trigger with transition tables has one event).
_PG_FUNCTIONS = {
    "insert": f"SELECT {_COLS}, count(*) FROM new_items GROUP BY {_COLS}",
    "delete": f"SELECT {_COLS}, -count(*) FROM old_items GROUP BY {_COLS}",
    "update": (
        f"SELECT {_COLS}, sum(d) FROM (SELECT {_COLS}, -1 AS d FROM old_items "
        f"UNION ALL SELECT {_COLS}, 1 AS d FROM new_items) AS c "
        f"GROUP BY {_COLS} HAVING sum(d) <> 0"
    ),
}
_PG_REFERENCING = {
    "insert": "NEW TABLE AS new_items",
    "delete": "OLD TABLE AS old_items",
    "update": "OLD TABLE AS old_items NEW TABLE AS new_items",
}
# SECURITY DEFINER: a teammate's role may write items without any right on the
# bookkeeping table (as 0010's function).
_PG_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT"


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    if pg:
        for table in ("items", "item_tags", "tags"):
            op.execute(f"DROP TRIGGER IF EXISTS facet_totals_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS facet_totals_changed()")
        op.execute("DROP SEQUENCE IF EXISTS facet_generation")
    else:
        for name in ("items_ai", "items_ad", "items_au", "item_tags_ai", "item_tags_ad",
                     "item_tags_au", "tags_ad", "tags_au"):  # fmt: skip
            op.execute(f"DROP TRIGGER IF EXISTS facet_totals_{name}")
    op.drop_table("facet_totals")

    def value_columns() -> list[sa.Column[Any]]:
        return [
            sa.Column("kind", sa.String(16), nullable=True),
            sa.Column("day_id", sa.Integer(), nullable=True),
            sa.Column("session_id", sa.Integer(), nullable=True),
            sa.Column("rating", sa.Integer(), nullable=True),
            sa.Column("flag", sa.Integer(), nullable=True),
            sa.Column("color_label", sa.String(16), nullable=True),
            sa.Column("consent", sa.String(16), nullable=True),
            sa.Column("status", sa.String(16), nullable=True),
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
    if pg:
        op.execute(
            f"INSERT INTO facet_cells ({_COLS}, n) SELECT {_COLS}, count(*) FROM items "
            f"GROUP BY {_COLS}"
        )
        for event, body in _PG_FUNCTIONS.items():
            op.execute(
                f"CREATE FUNCTION facet_cells_{event}() RETURNS trigger {_PG_DEFINER} AS $$ "
                f"BEGIN INSERT INTO facet_cells ({_COLS}, n) {body}; RETURN NULL; END $$"
            )
            op.execute(
                f"CREATE TRIGGER facet_cells_{event} AFTER {event.upper()} ON items "
                f"REFERENCING {_PG_REFERENCING[event]} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION facet_cells_{event}()"
            )
        # Fold the appended rows into one per combination (readers call it now and then).
        op.execute(
            f"CREATE FUNCTION facet_cells_compact() RETURNS void {_PG_DEFINER} AS $$ "
            f"BEGIN WITH gone AS (DELETE FROM facet_cells RETURNING {_COLS}, n) "
            f"INSERT INTO facet_cells ({_COLS}, n) SELECT {_COLS}, sum(n) FROM gone "
            f"GROUP BY {_COLS} HAVING sum(n) <> 0; END $$"
        )
    else:
        op.execute(
            f"INSERT INTO facet_cells (key, {_COLS}, n) "
            f"SELECT {_key('items')}, {_COLS}, count(*) FROM items GROUP BY {_COLS}"
        )
        op.execute(_fill_people())
        for statement in sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for event in _PG_FUNCTIONS:
            op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{event} ON items")
            op.execute(f"DROP FUNCTION IF EXISTS facet_cells_{event}()")
        op.execute("DROP FUNCTION IF EXISTS facet_cells_compact()")
    else:
        for name in ("items_ai", "items_bd", "items_ad", "items_au", "item_tags_ai",
                     "item_tags_ad", "item_tags_au", "tags_bd", "tags_au"):  # fmt: skip
            op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
    op.drop_index("ix_facet_people_tag_id", table_name="facet_people")
    op.drop_table("facet_people")
    op.drop_table("facet_cells")
    # 0010's table, triggers (and sequence) come back as 0010 made them.
    spec = importlib.util.spec_from_file_location(
        "facet_totals_0010", Path(__file__).with_name("0010_facet_totals.py")
    )
    assert spec is not None and spec.loader is not None
    m0010 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0010)
    m0010.upgrade()
