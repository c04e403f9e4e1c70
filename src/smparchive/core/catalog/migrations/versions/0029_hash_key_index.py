"""Items by content through the hash's first 8 bytes

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-05

``ix_items_sha256`` held every item's whole content hash (32 bytes, 41 MB at a million
items) to find items by content (a moved file, duplicates, hashes pending). It gives way to
``ix_items_sha_key`` over ``items.sha_key``, the hash's first 8 bytes computed by the
database (SQLite: a VIRTUAL generated column, nothing in the row; PostgreSQL: a stored one,
the first 8 hexadecimal characters): a lookup names the key and the whole hash, duplicates
are grouped by whole hash among the items whose keys repeat (``filters.shared_keys``).
SQLite 3.40 reads an expression index's values from the row, not the index (3.41 does);
a generated column's index it reads alone, as fast as the whole hash's.

Measured at a million items: benchmarks/README.md, "Catalogue size at 0028+". The file
is compacted after the upgrade (schema.REWRITING).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    # (Already there when a revision was set back by hand: nothing to add.)
    if "sha_key" not in {c["name"] for c in sa.inspect(conn).get_columns("items")}:
        # SQLite adds only a VIRTUAL generated column to an existing table (it stores
        # nothing); PostgreSQL 12-17 only STORED ones.
        kind = "VIRTUAL" if sqlite else "STORED"
        op.execute(
            "ALTER TABLE items ADD COLUMN sha_key VARCHAR(8) "
            f"GENERATED ALWAYS AS (substr(sha256, 1, 8)) {kind}"
        )
    op.create_index("ix_items_sha_key", "items", ["sha_key"], unique=False, if_not_exists=True)
    op.drop_index("ix_items_sha256", table_name="items", if_exists=True)


def downgrade() -> None:
    op.create_index("ix_items_sha256", "items", ["sha256"], unique=False, if_not_exists=True)
    op.drop_index("ix_items_sha_key", table_name="items", if_exists=True)
    op.execute("ALTER TABLE items DROP COLUMN sha_key")
