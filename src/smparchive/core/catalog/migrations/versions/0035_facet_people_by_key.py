"""The kept person counts keyed by tag and combination, without a rowid

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-05

``facet_people`` (SQLite: how many links to one person tag the items of one combination of
facet values have, kept by 0011's triggers) was a rowid table with three structures: the
rows (id, key, tag, values, count), a unique index on ``key`` (the tag id and the quoted
values joined, found again by every trigger's upsert) and an index on ``tag_id``. It is now
one WITHOUT ROWID table whose primary key is (``tag_id``, ``key``), ``key`` the values alone
(as facet_cells'): the upserts find their row by that key, a tag's rows (deleted with the
tag, read grouped by tag for the people counts) are one range of it. No id, no second copy
of the key, no index on the tag.

SQLite: the triggers that write facet_people go, the table is made again and its rows
copied (the tag's prefix taken off each key), then the triggers as 0031 made them, their
upserts naming the new key. PostgreSQL keeps facet_people empty (person counts are counted
from the links there): the same columns and key, nothing to copy.

Measured at a million items: benchmarks/README.md, "Under 500 MB: the person counts, the
status index and the feed's bookkeeping (0035, 0036)".
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None

_TRIGGERS = ("items_ai", "items_bd", "items_ad", "items_au", "item_tags_ai", "item_tags_ad",
             "item_tags_au", "tags_bd", "tags_au")  # fmt: skip
_VALUES = ("kind", "day_id", "session_id", "rating", "flag", "color_label", "consent",
           "status", "camera_id")  # fmt: skip


def facets_module(keyed: bool = True) -> ModuleType:
    """0011's trigger statements with 0031's columns (``camera_id``); ``keyed``: the person
    rows found by (tag, values) as this revision keeps them, else by 0011's one text key."""
    spec = importlib.util.spec_from_file_location(
        "cameras_0031_for_0035", Path(__file__).with_name("0031_cameras_by_id.py")
    )
    assert spec is not None and spec.loader is not None
    m0031 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0031)
    m: ModuleType = m0031.facets_module(camera_id=True)
    if not keyed:
        return m
    cols = m._COLS

    def add_people(item: str, tag: str, source: str, delta: int) -> str:
        # as 0011's: the tag's kind looked up by its id (see 0012)
        return (
            f"INSERT INTO facet_people (tag_id, key, {cols}, n) "
            f"SELECT {tag}, {m._key(item)}, {m._vals(item)}, {delta} "
            f"{source} AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = {tag} "
            f"AND g.kind = {m._PERSON}) ON CONFLICT (tag_id, key) DO UPDATE SET n = n + {delta};"
        )

    def fill_people(where: str = "") -> str:
        return (
            f"INSERT INTO facet_people (tag_id, key, {cols}, n) "
            f"SELECT t.tag_id, {m._key('i')}, {m._vals('i')}, count(*) "
            f"FROM item_tags AS t JOIN items AS i ON i.id = t.item_id "
            f"WHERE t.tag_id IN (SELECT id FROM tags WHERE kind = {m._PERSON}) {where} "
            f"GROUP BY t.tag_id, {m._vals('i')};"
        )

    # read by sqlite_triggers() when called
    setattr(m, "_add_people", add_people)  # noqa: B010
    setattr(m, "_fill_people", fill_people)  # noqa: B010
    return m


def _value_columns() -> list[sa.Column[object]]:
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
        sa.Column("camera_id", sa.Integer(), nullable=True),
    ]


def _sqlite(keyed: bool) -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
    cols = ", ".join(_VALUES)
    if keyed:
        op.create_table(
            "facet_people_new",
            sa.Column("tag_id", sa.Integer(), nullable=False),
            sa.Column("key", sa.Text(), nullable=False),
            *_value_columns(),
            sa.Column("n", sa.BigInteger(), nullable=False),
            sa.PrimaryKeyConstraint("tag_id", "key", name="pk_facet_people"),
            sqlite_with_rowid=False,
        )
        # 0011's key began with the tag id and '|': the values' part is the new key
        op.execute(
            f"INSERT INTO facet_people_new (tag_id, key, {cols}, n) "
            f"SELECT tag_id, substr(key, length(tag_id) + 2), {cols}, n FROM facet_people"
        )
    else:
        op.create_table(
            "facet_people_new",
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("key", sa.Text(), nullable=True),
            sa.Column("tag_id", sa.Integer(), nullable=False),
            *_value_columns(),
            sa.Column("n", sa.BigInteger(), nullable=False),
            sa.UniqueConstraint("key", name="uq_facet_people_key"),
        )
        op.execute(
            f"INSERT INTO facet_people_new (key, tag_id, {cols}, n) "
            f"SELECT tag_id || '|' || key, tag_id, {cols}, n FROM facet_people "
            f"ORDER BY tag_id, key"
        )
    counted = "SELECT count(*), coalesce(sum(n), 0) FROM {}"
    conn = op.get_bind()
    before = conn.exec_driver_sql(counted.format("facet_people")).one()
    after = conn.exec_driver_sql(counted.format("facet_people_new")).one()
    if tuple(before) != tuple(after):  # never seen; stops the upgrade, which rolls back
        raise RuntimeError(f"facet_people copied {tuple(after)} of {tuple(before)}")
    op.execute("DROP TABLE facet_people")  # its indexes with it
    op.execute("ALTER TABLE facet_people_new RENAME TO facet_people")
    if not keyed:
        op.create_index("ix_facet_people_tag_id", "facet_people", ["tag_id"])
    for statement in facets_module(keyed).sqlite_triggers():
        op.execute(statement)


def _postgresql(keyed: bool) -> None:
    # Empty on PostgreSQL (see the module's text); emptied again for the unique key.
    op.execute("DELETE FROM facet_people")
    if keyed:
        op.drop_index("ix_facet_people_tag_id", table_name="facet_people")
        op.drop_constraint("uq_facet_people_key", "facet_people", type_="unique")
        op.drop_column("facet_people", "id")
        op.alter_column("facet_people", "key", existing_type=sa.Text(), nullable=False)
        op.create_primary_key("pk_facet_people", "facet_people", ["tag_id", "key"])
    else:
        op.drop_constraint("pk_facet_people", "facet_people", type_="primary")
        op.alter_column("facet_people", "key", existing_type=sa.Text(), nullable=True)
        op.execute("ALTER TABLE facet_people ADD COLUMN id SERIAL PRIMARY KEY")
        op.create_unique_constraint("uq_facet_people_key", "facet_people", ["key"])
        op.create_index("ix_facet_people_tag_id", "facet_people", ["tag_id"])


def upgrade() -> None:
    conn = op.get_bind()
    if "id" not in {c["name"] for c in sa.inspect(conn).get_columns("facet_people")}:
        # Keyed already (a revision set back by hand, as tests of older migrations do):
        # the rows stay, the triggers are made as this revision keeps them.
        if conn.dialect.name == "sqlite":
            for name in _TRIGGERS:
                op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
            for statement in facets_module().sqlite_triggers():
                op.execute(statement)
        return
    if conn.dialect.name == "postgresql":
        _postgresql(keyed=True)
    else:
        _sqlite(keyed=True)


def downgrade() -> None:
    """facet_people as 0031 made it: a rowid table, its text key unique, the tag indexed."""
    if op.get_bind().dialect.name == "postgresql":
        _postgresql(keyed=False)
    else:
        _sqlite(keyed=False)
