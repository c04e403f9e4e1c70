"""The search text of items in a session made again

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-08

An item's search text holds its session's room and description too, in the programme's
language and every further one kept (0041), since after 0041's release. A catalogue's texts
are made again only when an item changes, so an existing catalogue's search did not find
"Salle" until each photo was edited. This makes the text of every item in a session again
(those of the others are unchanged); texts that come out the same are left as they are.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.orm import Session

from smparchive.core.catalog import fulltext

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    ids = [int(r[0]) for r in bind.exec_driver_sql(
        "SELECT id FROM items WHERE session_id IS NOT NULL ORDER BY id"
    )]  # fmt: skip
    if not ids:
        return
    # in the migration's transaction: a savepoint, released by the commit
    with Session(bind=bind, join_transaction_mode="create_savepoint") as s:
        fulltext.reindex(s, ids)
        s.commit()


def downgrade() -> None:
    """Nothing to undo: the texts are what the older code would make, plus the new words."""
