"""Folders in their own table: items name their folder by id

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-05

Every item row held its path under its root (``rel_path``, 'cam2/100NCZ_6/DSC_1000.JPG',
its end repeating ``name``), the unique (root, path) index held it again, and
``ix_items_name`` held the name a third time: ~64 MB at a million items for ~100 folders.
A folder is now one row of ``folders`` (root, path: '' for the root itself; unique), the
items hold its ``folder_id``, and one unique index over (name, folder_id) keeps one item
per name in a folder and gives the sort by name and the lookups by name (it keeps the
name ``ix_items_name``). Readers see the same paths (``models._rel_path``,
``pathsql.ITEM_PATH_SQL``); writers go through ``folders.name_folders``.

SQLite cannot drop a column a UNIQUE constraint names, so the items table is made again
(create, copy, drop, rename: SQLite's own procedure; every row copied, counted before the
old table goes). Dropping the old table with foreign keys on would delete every row that
names an item (texts, tags, collections ...), and ``PRAGMA foreign_keys`` cannot change
inside a transaction: migrations run through ``schema.migrating``, which turns them off
before its one transaction (an upgrade still rolls back whole); this migration refuses to
run with them on over a catalogue with items. The indexes and the facet triggers are made
again as they were. PostgreSQL: the column, constraint and index changed in place.

Measured at a million items: benchmarks/README.md, "Folders in their own table (0033)".
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

_OLD_COLUMN = "rel_path VARCHAR(4096) NOT NULL"
_NEW_COLUMN = "folder_id INTEGER NOT NULL"
_UNIQUE = re.compile(r",\s*CONSTRAINT uq_items_root_id UNIQUE \(root_id, rel_path\)")
_TABLE = re.compile(r'^CREATE TABLE\s+(?:"items"|items)\s*\(')
_UNIQUE_SQL = ", \n\tCONSTRAINT uq_items_root_id UNIQUE (root_id, rel_path)"
# The folder of a path: what comes before its name ('' for a file at the root).
_FOLDER_OF = (
    "CASE WHEN items.rel_path = items.name THEN '' "
    "ELSE substr(items.rel_path, 1, length(items.rel_path) - length(items.name) - 1) END"
)
_PATH_OF = (
    "(SELECT CASE WHEN folders.path = '' THEN items.name "
    "ELSE folders.path || '/' || items.name END FROM folders WHERE folders.id = items.folder_id)"
)


def _create_folders() -> None:
    op.create_table(
        "folders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "root_id",
            sa.Integer(),
            sa.ForeignKey("roots.id", name="fk_folders_root_id_roots", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("path", sa.String(4096), nullable=False),
        sa.UniqueConstraint("root_id", "path", name="uq_folders_root_path"),
    )


def _check_names() -> None:
    """Every item's path ends with its name (ingest writes the name so): else the path
    could not be made again from the folder and the name, and the upgrade stops."""
    bad = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT rel_path, name FROM items WHERE NOT (rel_path = name OR "
                "(length(rel_path) > length(name) AND substr(rel_path, "
                "length(rel_path) - length(name)) = '/' || name)) LIMIT 1"
            )
        )
        .first()
    )
    if bad is not None:
        raise RuntimeError(f"item path {bad[0]!r} does not end with its name {bad[1]!r}")


def _fill_folders() -> None:
    op.execute(
        f"INSERT INTO folders (root_id, path) SELECT DISTINCT root_id, {_FOLDER_OF} FROM items"
    )


def _foreign_keys_off() -> None:
    """Dropping the old items table with foreign keys on would delete every row that names
    an item: the migration runs through ``schema.migrating`` (foreign keys off; they cannot
    change inside its transaction). A catalogue with no items has nothing to lose."""
    conn = op.get_bind()
    if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() and (
        conn.exec_driver_sql("SELECT 1 FROM items LIMIT 1").first() is not None
    ):
        raise RuntimeError("0033 runs with foreign keys off (schema.migrating)")


def _rebuild_sqlite(table_sql: str, columns: dict[str, str], name_index: str) -> None:
    """items made again from ``table_sql`` (its CREATE TABLE for a table named items_0033),
    each of its columns filled by ``columns``' expression (else the column of the same
    name); then the indexes (``name_index`` for ix_items_name) and the triggers as they
    were."""
    conn = op.get_bind()
    indexes = [
        str(sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' "
            "AND sql IS NOT NULL"
        )
        if name != "ix_items_name"
    ]
    triggers = [
        (str(n), str(sql))
        for n, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        )
    ]
    # The triggers of item_tags and tags name items too: they go first (a rename re-reads
    # them) and come back after.
    for name, _sql in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute(table_sql)
    # (generated columns are not copied: hidden 2/3 in table_xinfo)
    names = [
        str(r[1])
        for r in conn.exec_driver_sql("PRAGMA table_xinfo(items_0033)")
        if int(r[6]) not in (2, 3)
    ]
    values = [columns.get(n, f"items.{n}") for n in names]
    op.execute(
        f"INSERT INTO items_0033 ({', '.join(names)}) SELECT {', '.join(values)} FROM items "
        "ORDER BY items.id"
    )
    copied, had = (
        conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
        for t in ("items_0033", "items")
    )
    if copied != had:  # every id is copied, so every row naming an item still finds it
        raise RuntimeError(f"{copied} items copied of {had}")
    op.execute("DROP TABLE items")
    op.execute("ALTER TABLE items_0033 RENAME TO items")
    for sql in indexes:
        op.execute(sql)
    op.execute(name_index)
    for _name, sql in triggers:
        op.execute(sql)


def _items_sql() -> str:
    return str(
        op.get_bind()
        .exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'items'")
        .scalar_one()
    )


def _renamed(table_sql: str) -> str:
    """items' CREATE TABLE for items_0033 (after a rename SQLite stores the name quoted)."""
    renamed, n = _TABLE.subn("CREATE TABLE items_0033 (", table_sql, count=1)
    if n != 1:
        raise RuntimeError("the items table's statement is not as expected")
    return renamed


def _sqlite_upgrade() -> None:
    old = _items_sql()
    if _OLD_COLUMN not in old or not _UNIQUE.search(old):
        raise RuntimeError("the items table is not as 0032 made it")
    new = _UNIQUE.sub("", old.replace(_OLD_COLUMN, _NEW_COLUMN, 1), count=1)
    new = _renamed(new)
    _check_names()
    folder = (
        "(SELECT folders.id FROM folders WHERE folders.root_id = items.root_id "
        f"AND folders.path = {_FOLDER_OF})"
    )
    _foreign_keys_off()
    _create_folders()
    _fill_folders()
    _rebuild_sqlite(
        new, {"folder_id": folder}, "CREATE UNIQUE INDEX ix_items_name ON items (name, folder_id)"
    )


def _postgresql_upgrade() -> None:
    _check_names()
    _create_folders()
    _fill_folders()
    op.add_column("items", sa.Column("folder_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE items SET folder_id = folders.id FROM folders "
        f"WHERE folders.root_id = items.root_id AND folders.path = {_FOLDER_OF}"
    )
    op.alter_column("items", "folder_id", nullable=False)
    op.drop_constraint("uq_items_root_id", "items", type_="unique")
    op.drop_column("items", "rel_path")
    op.drop_index("ix_items_name", table_name="items")
    op.create_index("ix_items_name", "items", ["name", "folder_id"], unique=True)


def upgrade() -> None:
    conn = op.get_bind()
    if "folder_id" in {c["name"] for c in sa.inspect(conn).get_columns("items")}:
        return  # made already (stopped before its stamp): nothing to move
    if conn.dialect.name == "postgresql":
        _postgresql_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    """Each item's path back in its row with the unique (root, path) key, as 0032 had it;
    the name index on the name alone."""
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.drop_index("ix_items_name", table_name="items")
        op.add_column("items", sa.Column("rel_path", sa.String(4096), nullable=True))
        op.execute(
            "UPDATE items SET rel_path = CASE WHEN folders.path = '' THEN items.name "
            "ELSE folders.path || '/' || items.name END FROM folders "
            "WHERE folders.id = items.folder_id"
        )
        op.alter_column("items", "rel_path", nullable=False)
        op.create_unique_constraint("uq_items_root_id", "items", ["root_id", "rel_path"])
        op.drop_column("items", "folder_id")
        op.create_index("ix_items_name", "items", ["name"])
        op.drop_table("folders")
        return
    new = _items_sql()
    if _NEW_COLUMN not in new:
        raise RuntimeError("the items table is not as 0033 made it")
    old = _renamed(new.replace(_NEW_COLUMN, _OLD_COLUMN, 1))
    end = old.rstrip().rstrip(")").rstrip()
    old = end + _UNIQUE_SQL + "\n)"
    _foreign_keys_off()
    _rebuild_sqlite(old, {"rel_path": _PATH_OF}, "CREATE INDEX ix_items_name ON items (name)")
    op.drop_table("folders")
