"""The catalogue's total size kept with the facet counts

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-06

``info`` read the counts by kind and status from ``facet_cells`` (a few thousand rows) but
the total size with ``sum(size)`` over ``ix_items_size``: ~100 ms of CPU at a million items,
half of the command. ``facet_cells`` now also keeps ``bytes``, the sum of the sizes of the
items of each combination, written by the same triggers in the same transaction as every
edit: insert and delete add and subtract the item's size, an update that moves an item to
another combination moves its size, and an update of the size alone adds the difference.
The total is ``sum(bytes)`` over those rows.

- SQLite: the row triggers' upserts (0011's, with 0031's and 0035's columns and keys)
  carry the size; ``facet_cells_items_au`` also fires when the size alone changed (the
  item's row then takes its old size out and puts the new one in; its person rows, which
  keep no sizes, are left alone). The same nine triggers: earlier migrations that drop
  them by name (a revision set back by hand) drop these.
- PostgreSQL: the statement triggers append ``sum(size)`` with ``count(*)`` (an update:
  old rows subtracted, new rows added, a combination whose count or bytes changed kept) and
  ``facet_cells_compact()`` folds both.

The column is added (no table rewrite) and filled from one read of the items grouped by
combination (n and bytes: a kept count is set to the recount, which it equals; SQLite keeps
its rows and ids, PostgreSQL's appended rows are counted again as 0031 did); on PostgreSQL
``items`` is locked against writers for that count, so no edit falls between the count and
the new triggers.

Measured at a million items: benchmarks/README.md, "`info`'s total size from the kept
counts (issue 19, migration 0037)".
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None

_TRIGGERS = ("items_ai", "items_bd", "items_ad", "items_au", "item_tags_ai", "item_tags_ad",
             "item_tags_au", "tags_bd", "tags_au")  # fmt: skip
_UPDATED = "CREATE TRIGGER IF NOT EXISTS facet_cells_items_au "


def facets_module(with_bytes: bool = True) -> ModuleType:
    """0035's trigger statements (0011's, with 0031's columns and 0035's person keys);
    ``with_bytes``: the upserts of facet_cells carry the item's size, and the update
    trigger also fires when the size alone changes."""
    spec = importlib.util.spec_from_file_location(
        "facet_people_0035_for_0037", Path(__file__).with_name("0035_facet_people_by_key.py")
    )
    assert spec is not None and spec.loader is not None
    m0035 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0035)
    m: ModuleType = m0035.facets_module(keyed=True)
    if not with_bytes:
        return m
    cols = m._COLS
    without_size = m.sqlite_triggers

    def add_cell(row: str, delta: int) -> str:
        # delta is +1 (the item counted in, its size added) or -1 (both taken out)
        size = f"{row}.size" if delta > 0 else f"-{row}.size"
        return (
            f"INSERT INTO facet_cells (key, {cols}, n, bytes) "
            f"VALUES ({m._key(row)}, {m._vals(row)}, {delta}, {size}) "
            f"ON CONFLICT (key) DO UPDATE SET n = n + {delta}, bytes = bytes + excluded.bytes;"
        )

    def sqlite_triggers() -> list[str]:
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in m.COLUMNS)

        def people(row: str, delta: int) -> str:
            # only when a facet value changed: a size changed alone (a rescan of an edited
            # file) leaves the person rows as they are
            source = f"FROM item_tags AS t WHERE t.item_id = {row}.id AND ({changed})"
            return str(m._add_people(row, "t.tag_id", source, delta))

        updated = (
            f"{_UPDATED}AFTER UPDATE OF {cols}, size ON items "
            f"WHEN {changed} OR OLD.size IS NOT NEW.size "
            f"BEGIN {add_cell('OLD', -1)} {add_cell('NEW', 1)} "
            f"{people('OLD', -1)} {people('NEW', 1)} END"
        )
        statements = without_size()
        assert sum(s.startswith(_UPDATED) for s in statements) == 1
        return [updated if s.startswith(_UPDATED) else s for s in statements]

    setattr(m, "_add_cell", add_cell)  # noqa: B010 (read by sqlite_triggers() when called)
    setattr(m, "sqlite_triggers", sqlite_triggers)  # noqa: B010
    return m


def _pg_bodies(cols: str, with_bytes: bool) -> dict[str, str]:
    """PostgreSQL: what each statement trigger appends to facet_cells."""
    if not with_bytes:
        return {
            "insert": f"SELECT {cols}, count(*) FROM new_items GROUP BY {cols}",
            "delete": f"SELECT {cols}, -count(*) FROM old_items GROUP BY {cols}",
            "update": (
                f"SELECT {cols}, sum(d) FROM (SELECT {cols}, -1 AS d FROM old_items "
                f"UNION ALL SELECT {cols}, 1 AS d FROM new_items) AS c "
                f"GROUP BY {cols} HAVING sum(d) <> 0"
            ),
        }
    return {
        "insert": f"SELECT {cols}, count(*), sum(size) FROM new_items GROUP BY {cols}",
        "delete": f"SELECT {cols}, -count(*), -sum(size) FROM old_items GROUP BY {cols}",
        # a rescan that changed sizes alone keeps every count: the bytes still moved
        "update": (
            f"SELECT {cols}, sum(d), sum(b) FROM (SELECT {cols}, -1 AS d, -size AS b "
            f"FROM old_items UNION ALL SELECT {cols}, 1 AS d, size AS b FROM new_items) AS c "
            f"GROUP BY {cols} HAVING sum(d) <> 0 OR sum(b) <> 0"
        ),
    }


def _pg_functions(m: ModuleType, with_bytes: bool) -> None:
    """PostgreSQL: the trigger functions and the fold made again (the triggers, which name
    the functions, stay)."""
    cols = m._COLS
    kept = f"{cols}, n, bytes" if with_bytes else f"{cols}, n"
    for event, body in _pg_bodies(cols, with_bytes).items():
        op.execute(
            f"CREATE OR REPLACE FUNCTION facet_cells_{event}() RETURNS trigger "
            f"{m._PG_DEFINER} AS $$ BEGIN INSERT INTO facet_cells ({kept}) {body}; "
            f"RETURN NULL; END $$"
        )
    summed = f"{cols}, sum(n), sum(bytes)" if with_bytes else f"{cols}, sum(n)"
    having = "sum(n) <> 0 OR sum(bytes) <> 0" if with_bytes else "sum(n) <> 0"
    op.execute(
        f"CREATE OR REPLACE FUNCTION facet_cells_compact() RETURNS void {m._PG_DEFINER} "
        f"AS $$ BEGIN WITH gone AS (DELETE FROM facet_cells RETURNING {kept}) "
        f"INSERT INTO facet_cells ({kept}) SELECT {summed} FROM gone "
        f"GROUP BY {cols} HAVING {having}; END $$"
    )


def _fill(m: ModuleType, sqlite: bool) -> None:
    """n and bytes of facet_cells from one read of the items grouped by combination."""
    cols = m._COLS
    if sqlite:
        # each combination's row found by its key (its id kept; a row no item has any
        # more keeps n = 0 and bytes 0); "WHERE true": SQLite's upsert after a SELECT
        op.execute(
            f"INSERT INTO facet_cells (key, {cols}, n, bytes) "
            f"SELECT {m._key('items')}, {cols}, count(*), sum(size) FROM items WHERE true "
            f"GROUP BY {cols} ON CONFLICT (key) DO UPDATE SET n = excluded.n, "
            f"bytes = excluded.bytes"
        )
        return
    # PostgreSQL: rows appended per statement, no key; counted again (as 0031 did)
    op.execute("DELETE FROM facet_cells")
    op.execute(
        f"INSERT INTO facet_cells ({cols}, n, bytes) "
        f"SELECT {cols}, count(*), sum(size) FROM items GROUP BY {cols}"
    )


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    m = facets_module()
    if not sqlite:
        # Writers wait until the count and the new functions are committed (an edit
        # in between would be counted without its size).
        op.execute("LOCK TABLE items IN SHARE MODE")
    else:
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
    # (there already when a test set the revision back by hand: counted again all the same)
    if "bytes" not in {c["name"] for c in sa.inspect(conn).get_columns("facet_cells")}:
        op.add_column(
            "facet_cells",
            sa.Column("bytes", sa.BigInteger(), nullable=False, server_default="0"),
        )
    _fill(m, sqlite)
    if sqlite:
        for statement in m.sqlite_triggers():
            op.execute(statement)
    else:
        _pg_functions(m, with_bytes=True)


def downgrade() -> None:
    """facet_cells without ``bytes``, its triggers as 0035 made them."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    m = facets_module(with_bytes=False)
    if sqlite:
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
        op.drop_column("facet_cells", "bytes")
        for statement in m.sqlite_triggers():
            op.execute(statement)
    else:
        _pg_functions(m, with_bytes=False)
        op.drop_column("facet_cells", "bytes")
