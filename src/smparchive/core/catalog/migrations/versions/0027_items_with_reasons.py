"""a partial index of the items that carry a reason

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-05

The Errors view counts and lists the items in error and, since a folder's unplugging keeps
an unreadable file's reason, the offline items that carry one (``ItemFilter.errors``). The
second part read every offline row to test its reason: a whole drive unplugged at a million
items is a million row reads for a view that holds a handful. This index holds only the
items with a reason (errors, and offline items that were errors), so both parts are read
from it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

_REASONED = sa.text("status_reason IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_items_reasoned",
        "items",
        ["status"],
        unique=False,
        if_not_exists=True,  # a catalogue made at a later schema and set back, as tests do
        sqlite_where=_REASONED,
        postgresql_where=_REASONED,
    )


def downgrade() -> None:
    op.drop_index("ix_items_reasoned", table_name="items", if_exists=True)
