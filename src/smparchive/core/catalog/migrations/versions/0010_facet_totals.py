"""facet totals: the whole catalogue's facet counts kept in the catalogue until they change

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

Counting the facets of a million items takes over half a second; the counts of the whole
catalogue (the chips before any search) are now stored after a count and reused by every
process until something they count changes:

- SQLite: triggers delete the stored row when an item is added or removed, when one of its
  facet columns changes, when a tag link changes or a tag's kind changes (people counts).
  ``WHEN EXISTS`` keeps the cost of a bulk write to one probe of an empty table per row.
  A writer that counts stores its result only if no other connection committed since its
  count (``PRAGMA data_version``, see ``QueryOps._whole_facets_sqlite``).
- PostgreSQL: statement triggers take a ROW EXCLUSIVE lock on ``facet_totals`` (writers do
  not block each other) and advance the ``facet_generation`` sequence; the row is valid
  while its generation is the sequence's value. A counter locks the table in SHARE ROW
  EXCLUSIVE mode before its snapshot, so no write is in flight while it counts.

Note for later migrations: a batch (copy-and-move) rebuild of ``items``, ``item_tags`` or
``tags`` on SQLite drops their triggers; create them again (``sqlite_triggers()``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The columns the facet counts group by (QueryOps._count_facets).
FACET_COLUMNS = (
    "kind, day_id, session_id, rating, flag, color_label, consent, status, "
    "camera_make, camera_model"
)
_SQLITE_EVENTS = (
    ("items_ai", "AFTER INSERT ON items"),
    ("items_ad", "AFTER DELETE ON items"),
    ("items_au", f"AFTER UPDATE OF {FACET_COLUMNS} ON items"),
    ("item_tags_ai", "AFTER INSERT ON item_tags"),
    ("item_tags_ad", "AFTER DELETE ON item_tags"),
    ("item_tags_au", "AFTER UPDATE ON item_tags"),
    ("tags_ad", "AFTER DELETE ON tags"),
    ("tags_au", "AFTER UPDATE OF kind ON tags"),
)
_PG_EVENTS = (
    ("items", f"INSERT OR DELETE OR UPDATE OF {FACET_COLUMNS}"),
    ("item_tags", "INSERT OR DELETE OR UPDATE"),
    ("tags", "DELETE OR UPDATE OF kind"),
)


def sqlite_triggers() -> list[str]:
    """CREATE TRIGGER statements of the SQLite side (also for later batch migrations)."""
    return [
        f"CREATE TRIGGER IF NOT EXISTS facet_totals_{name} {event} "
        "WHEN EXISTS (SELECT 1 FROM facet_totals) BEGIN DELETE FROM facet_totals; END"
        for name, event in _SQLITE_EVENTS
    ]


def upgrade() -> None:
    op.create_table(
        "facet_totals",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("generation", sa.BigInteger(), nullable=True),
        sa.Column("counts", sa.Text(), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE facet_generation")
        op.execute("SELECT nextval('facet_generation')")  # last_value moves from here on
        op.execute(
            # SECURITY DEFINER: a teammate's role may write items without any right on
            # the bookkeeping table and sequence (granted per table by the owner).
            "CREATE FUNCTION facet_totals_changed() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
            "BEGIN LOCK TABLE facet_totals IN ROW EXCLUSIVE MODE; "
            "PERFORM nextval('facet_generation'); RETURN NULL; END $$"
        )
        for table, events in _PG_EVENTS:
            op.execute(
                f"CREATE TRIGGER facet_totals_{table} AFTER {events} ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION facet_totals_changed()"
            )
    else:
        for statement in sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _events in _PG_EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS facet_totals_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS facet_totals_changed()")
        op.execute("DROP SEQUENCE IF EXISTS facet_generation")
    else:
        for name, _event in _SQLITE_EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS facet_totals_{name}")
    op.drop_table("facet_totals")
