"""The version of the reader that made each item's record

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-07

A probe whose reading improved (PDF text: a line-end hyphen was a box, an upside-down line
read backwards) left the records it made before as they were, since a rescan reads only
changed files. ``items.reader_version`` keeps the version of the reader that made a record
(``media.readers``); a rescan reads an unchanged file again, without hashing it, when its
reader is newer. Every existing record gets 1: those of a reader since improved are read
again by the next scan.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a catalogue set back to an older revision (tests do) may have the column already
    if "reader_version" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("items")}:
        return
    op.add_column(
        "items",
        sa.Column("reader_version", sa.SmallInteger(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    # ALTER TABLE, not a batch copy of the table: SQLite refuses to copy its generated
    # column (sha_key, 0029); the column is in no index, trigger or view
    op.execute("ALTER TABLE items DROP COLUMN reader_version")
