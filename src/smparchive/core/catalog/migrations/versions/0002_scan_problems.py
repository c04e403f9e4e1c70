"""scan problems: what a scan could not catalogue, kept for 'smparchive problems'

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scan_problems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("root_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=4096), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["root_id"],
            ["roots.id"],
            name=op.f("fk_scan_problems_root_id_roots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_problems")),
        sa.UniqueConstraint("root_id", "path", name=op.f("uq_scan_problems_root_id")),
    )
    with op.batch_alter_table("scan_problems", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scan_problems_root_id"), ["root_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("scan_problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scan_problems_root_id"))
    op.drop_table("scan_problems")
