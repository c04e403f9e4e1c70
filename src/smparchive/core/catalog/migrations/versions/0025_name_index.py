"""Items by name from an index

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04

No index ordered the items by name: every window of a result sorted by name read every
matching row and sorted them. With the benchmark's first names (in id order) the sort was
cheap; with names as cameras write them (counters rolling over after 9999, the same name
on several cards and cameras) a window in the middle of a million items took ~1 s and one
of 800,000 photos 0.7 s. The index costs ~21 MB at a million items (benchmarks/README.md,
"Items by name from an index"). On SQLite it ends with the rowid (the item id), so the
order's tie-break comes from it too.
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_items_name", "items", ["name"], unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_items_name", table_name="items", if_exists=True)
