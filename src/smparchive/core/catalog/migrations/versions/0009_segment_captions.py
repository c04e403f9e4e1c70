"""segment captions: WebVTT files a user adds to a segment, published with its clip

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # [{"language", "name", "timing", "text", "cues"}, ...]; NULL: none (every existing row)
    with op.batch_alter_table("segments") as batch:
        batch.add_column(sa.Column("captions", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("segments") as batch:
        batch.drop_column("captions")
