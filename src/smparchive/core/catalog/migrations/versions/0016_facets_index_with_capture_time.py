"""ix_items_facets also holds the capture time

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03

The facets of a date range (``date:2022-06-02``, ``date>=...``, with a kind, a rating or a
negation) were counted by looking up every matching item in the wide rows found through
``ix_items_capture`` and sorting them for the GROUP BY: 1.2-2.8 s of CPU at a million
items. With the capture time as the index's last column, such a count reads only this
index, in the GROUP BY's order (no sort), testing the time in each entry: ~0.1 s at a
million items, whatever the range. +8 bytes per item. Same on PostgreSQL (an index-only
scan there too).
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_FACETS = ["kind", "day_id", "session_id", "rating", "flag", "color_label", "consent", "status",
           "camera_make", "camera_model"]  # fmt: skip


def upgrade() -> None:
    op.drop_index("ix_items_facets", table_name="items")
    op.create_index("ix_items_facets", "items", [*_FACETS, "capture_utc"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_items_facets", table_name="items")
    op.create_index("ix_items_facets", "items", _FACETS, unique=False)
