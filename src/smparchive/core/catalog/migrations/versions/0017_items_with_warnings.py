"""a partial index of the items read with warnings

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03

The Warnings view (``status:warning``: status 'warning', or a warning noted on an item
that is neither in error nor missing nor offline) tested ``warnings IS NOT NULL`` in every
item row, which no index held: its facets took ~2.2 s and a window in the middle of it
~1.1 s at a million items. The filter is now the ids of the items with status 'warning'
(``ix_items_status``) and of those with a warning (this index, which holds only them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_WARNED = sa.text("warnings IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_items_warned",
        "items",
        ["status"],
        unique=False,
        sqlite_where=_WARNED,
        postgresql_where=_WARNED,
    )


def downgrade() -> None:
    op.drop_index("ix_items_warned", table_name="items")
