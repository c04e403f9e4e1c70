"""Cameras in their own table: items name their device by id

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-05

Every item row held its camera's make, model and serial as text, ``ix_items_camera`` held
the three again, and ``ix_items_facets`` (and ``facet_cells``/``facet_people``) the make
and model: ~47 MB at a million items for a few dozen devices. A device is now one row of
``cameras`` (make, model, serial; '' for a part not written; unique), the items hold its
``camera_id`` (NULL: nothing written), ``ix_items_camera`` is on ``camera_id`` and
``ix_items_facets`` and the kept facet counts have ``camera_id`` where they had make and
model. Readers see the same values (``models._camera_part``); writers go through
``cameras.name_cameras``.

SQLite: the facet triggers and the two indexes go, the columns are dropped (each drop
rewrites the table; the file is compacted after, see schema.REWRITING), facet_cells and
facet_people are made again and counted from the items, then the triggers (0011's, with
``camera_id`` for make and model). PostgreSQL: the same tables and columns; facet_cells
counted again, its statement-trigger functions made again naming ``camera_id``.

Measured at a million items: benchmarks/README.md, "Cameras in their own table (0031)".
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

_TRIGGERS = ("items_ai", "items_bd", "items_ad", "items_au", "item_tags_ai", "item_tags_ad",
             "item_tags_au", "tags_bd", "tags_au")  # fmt: skip
_PARTS = ("camera_make", "camera_model", "camera_serial")
_FACETS = ("kind", "day_id", "session_id", "rating", "flag", "color_label", "consent",
           "status")  # fmt: skip
_INDEX_FACETS = (*_FACETS, "camera_id", "capture_utc")


def facets_module(camera_id: bool = True) -> ModuleType:
    """0011's trigger and fill statements, for the facet columns with ``camera_id`` (or,
    ``camera_id=False``, with make and model as before)."""
    spec = importlib.util.spec_from_file_location(
        "facet_cells_0011_for_0031", Path(__file__).with_name("0011_facet_cells.py")
    )
    assert spec is not None and spec.loader is not None
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    cams = ("camera_id",) if camera_id else ("camera_make", "camera_model")
    columns = (*_FACETS, *cams)
    setattr(m, "COLUMNS", columns)  # noqa: B010 (read by its functions when called)
    setattr(m, "_COLS", ", ".join(columns))  # noqa: B010
    return m


def _fill_cameras() -> None:
    """One camera row per distinct device of the items, and each item's id of it."""
    parts = [f"coalesce({c}, '')" for c in _PARTS]
    written = f"({' || '.join(parts)}) <> ''"
    op.execute(
        f"INSERT INTO cameras (make, model, serial) SELECT DISTINCT {', '.join(parts)} "
        f"FROM items WHERE {written}"
    )
    same = " AND ".join(
        f"c.{p} = {part}" for p, part in zip(("make", "model", "serial"), parts, strict=True)
    )
    op.execute(
        f"UPDATE items SET camera_id = (SELECT c.id FROM cameras AS c WHERE {same}) WHERE {written}"
    )


def _create_cameras() -> None:
    op.create_table(
        "cameras",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("make", sa.String(200), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("serial", sa.String(200), nullable=False),
        sa.UniqueConstraint("make", "model", "serial", name="uq_cameras_identity"),
    )


def _sqlite() -> None:
    m = facets_module()
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
    _create_cameras()
    op.execute("ALTER TABLE items ADD COLUMN camera_id INTEGER")
    _fill_cameras()
    op.drop_index("ix_items_camera", table_name="items")
    op.drop_index("ix_items_facets", table_name="items")
    for c in _PARTS:
        op.execute(f"ALTER TABLE items DROP COLUMN {c}")
    # Each row written again: the rows DROP COLUMN leaves are ~11 bytes longer than the
    # same values written by an UPDATE (SQLite 3.40; the items at 1M: 205.2 -> 186.7 MB).
    op.execute("UPDATE items SET camera_id = camera_id")
    op.create_index("ix_items_camera", "items", ["camera_id"])
    op.create_index("ix_items_facets", "items", list(_INDEX_FACETS))
    _remake_facets_sqlite(m, camera_id=True)


def _remake_facets_sqlite(m: ModuleType, *, camera_id: bool) -> None:
    """facet_cells and facet_people made again (camera_id for make and model, or the other
    way round) and counted from the items; then the triggers."""
    # (none over a 0035 schema run again from an older revision set back by hand)
    op.drop_index("ix_facet_people_tag_id", table_name="facet_people", if_exists=True)
    op.drop_table("facet_people")
    op.drop_table("facet_cells")

    def value_columns() -> list[sa.Column[object]]:
        vocab = sa.SmallInteger()
        return [
            sa.Column("kind", vocab, nullable=True),
            sa.Column("day_id", sa.Integer(), nullable=True),
            sa.Column("session_id", sa.Integer(), nullable=True),
            sa.Column("rating", sa.Integer(), nullable=True),
            sa.Column("flag", sa.Integer(), nullable=True),
            sa.Column("color_label", sa.String(16), nullable=True),
            sa.Column("consent", vocab, nullable=True),
            sa.Column("status", vocab, nullable=True),
            *(
                [sa.Column("camera_id", sa.Integer(), nullable=True)]
                if camera_id
                else [
                    sa.Column("camera_make", sa.String(200), nullable=True),
                    sa.Column("camera_model", sa.String(200), nullable=True),
                ]
            ),
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
    cols = m._COLS
    op.execute(
        f"INSERT INTO facet_cells (key, {cols}, n) "
        f"SELECT {m._key('items')}, {cols}, count(*) FROM items GROUP BY {cols}"
    )
    op.execute(m._fill_people())
    for statement in m.sqlite_triggers():
        op.execute(statement)


def _pg_functions(m: ModuleType) -> None:
    """PostgreSQL: the facet statement triggers and the fold, naming ``m``'s columns."""
    cols = m._COLS
    for event in m._PG_FUNCTIONS:
        op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{event} ON items")
        op.execute(f"DROP FUNCTION IF EXISTS facet_cells_{event}()")
    op.execute("DROP FUNCTION IF EXISTS facet_cells_compact()")
    bodies = {
        "insert": f"SELECT {cols}, count(*) FROM new_items GROUP BY {cols}",
        "delete": f"SELECT {cols}, -count(*) FROM old_items GROUP BY {cols}",
        "update": (
            f"SELECT {cols}, sum(d) FROM (SELECT {cols}, -1 AS d FROM old_items "
            f"UNION ALL SELECT {cols}, 1 AS d FROM new_items) AS c "
            f"GROUP BY {cols} HAVING sum(d) <> 0"
        ),
    }
    for event, body in bodies.items():
        op.execute(
            f"CREATE FUNCTION facet_cells_{event}() RETURNS trigger {m._PG_DEFINER} AS $$ "
            f"BEGIN INSERT INTO facet_cells ({cols}, n) {body}; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER facet_cells_{event} AFTER {event.upper()} ON items "
            f"REFERENCING {m._PG_REFERENCING[event]} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION facet_cells_{event}()"
        )
    op.execute(
        f"CREATE FUNCTION facet_cells_compact() RETURNS void {m._PG_DEFINER} AS $$ "
        f"BEGIN WITH gone AS (DELETE FROM facet_cells RETURNING {cols}, n) "
        f"INSERT INTO facet_cells ({cols}, n) SELECT {cols}, sum(n) FROM gone "
        f"GROUP BY {cols} HAVING sum(n) <> 0; END $$"
    )


def _postgresql() -> None:
    m = facets_module()
    for event in m._PG_FUNCTIONS:
        op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{event} ON items")
    _create_cameras()
    op.add_column("items", sa.Column("camera_id", sa.Integer(), nullable=True))
    _fill_cameras()
    op.drop_index("ix_items_camera", table_name="items")
    op.drop_index("ix_items_facets", table_name="items")
    for c in _PARTS:
        op.drop_column("items", c)
    op.create_index("ix_items_camera", "items", ["camera_id"])
    op.create_index("ix_items_facets", "items", list(_INDEX_FACETS))
    for table in ("facet_cells", "facet_people"):
        op.add_column(table, sa.Column("camera_id", sa.Integer(), nullable=True))
        op.drop_column(table, "camera_make")
        op.drop_column(table, "camera_model")
    _recount_pg(m)


def _recount_pg(m: ModuleType) -> None:
    """PostgreSQL: facet_cells counted again from the items (its rows named the camera the
    other way: make and model, or id; people: none kept there), then the functions."""
    op.execute("DELETE FROM facet_cells")
    op.execute(
        f"INSERT INTO facet_cells ({m._COLS}, n) SELECT {m._COLS}, count(*) FROM items "
        f"GROUP BY {m._COLS}"
    )
    _pg_functions(m)


def upgrade() -> None:
    conn = op.get_bind()
    inspector = sa.inspect(conn)
    if "camera_id" in {c["name"] for c in inspector.get_columns("items")}:
        # Already there (a revision set back by hand): nothing to move; the facet counts
        # made again by an earlier migration (0023) are made as 0031 keeps them.
        cells = {c["name"] for c in inspector.get_columns("facet_cells")}
        if conn.dialect.name == "sqlite" and "camera_id" not in cells:
            for name in _TRIGGERS:
                op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
            _remake_facets_sqlite(facets_module(), camera_id=True)
        return
    if conn.dialect.name == "postgresql":
        _postgresql()
    else:
        _sqlite()


def downgrade() -> None:
    """The make, model and serial back in every item row, as 0030 had them."""
    pg = op.get_bind().dialect.name == "postgresql"
    m = facets_module(camera_id=False)
    if pg:
        for event in m._PG_FUNCTIONS:
            op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{event} ON items")
    else:
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
    op.drop_index("ix_items_camera", table_name="items")
    op.drop_index("ix_items_facets", table_name="items")
    for c in _PARTS:
        op.add_column("items", sa.Column(c, sa.String(200), nullable=True))
    for c, part in zip(_PARTS, ("make", "model", "serial"), strict=True):
        op.execute(
            f"UPDATE items SET {c} = (SELECT nullif(c.{part}, '') FROM cameras AS c "
            f"WHERE c.id = items.camera_id) WHERE camera_id IS NOT NULL"
        )
    op.execute("ALTER TABLE items DROP COLUMN camera_id")
    op.create_index("ix_items_camera", "items", list(_PARTS))
    old_facets = (*_FACETS, "camera_make", "camera_model", "capture_utc")
    op.create_index("ix_items_facets", "items", list(old_facets))
    if pg:
        for table in ("facet_cells", "facet_people"):
            op.add_column(table, sa.Column("camera_make", sa.String(200), nullable=True))
            op.add_column(table, sa.Column("camera_model", sa.String(200), nullable=True))
            op.drop_column(table, "camera_id")
        _recount_pg(m)
    else:
        _remake_facets_sqlite(m, camera_id=False)
    op.drop_table("cameras")
