"""The status index holds only the items that are not OK

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-05

``ix_items_status`` held every item, nearly all of them OK (9 MB at a million items). What
it answers is the items that are not: the problem views (errors, warnings, missing,
offline), ``status:`` filters other than ``ok``, the rescan's checks for offline or
missing items and its count of errors. It is made again holding only those (``WHERE status
!= 0``, 0 being OK's stored code since 0023), as 0022 made the flags' index. SQLite uses a
partial index only when the query states its condition, so the queries that find items by
a status other than OK say it (``filters.NOT_OK``, the command line's reader, the rescan);
a search for OK items was never helped by it (it read nearly every entry and row).

The file is compacted after the upgrade (schema.REWRITING).

Measured at a million items: benchmarks/README.md, "Under 500 MB: the person counts, the
status index and the feed's bookkeeping (0035, 0036)".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None

OK = 0  # ItemStatus.OK's stored code (codes.STATUS_CODES, never renumbered)


def upgrade() -> None:
    op.drop_index("ix_items_status", table_name="items")
    op.create_index(
        "ix_items_status",
        "items",
        ["status"],
        unique=False,
        sqlite_where=sa.text(f"status != {OK}"),
        postgresql_where=sa.text(f"status != {OK}"),
    )


def downgrade() -> None:
    op.drop_index("ix_items_status", table_name="items")
    op.create_index("ix_items_status", "items", ["status"], unique=False)
