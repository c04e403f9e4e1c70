"""segments: parts of a long recording (one per session), with chapters

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("start_s", sa.Float(), nullable=False),
        sa.Column("end_s", sa.Float(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("chapters", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_segments_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_segments_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.CheckConstraint("end_s > start_s", name=op.f("ck_segments_span")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segments")),
    )
    op.create_index("ix_segments_item_start", "segments", ["item_id", "start_s"])
    op.create_index("ix_segments_session", "segments", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_segments_session", table_name="segments")
    op.drop_index("ix_segments_item_start", table_name="segments")
    op.drop_table("segments")
