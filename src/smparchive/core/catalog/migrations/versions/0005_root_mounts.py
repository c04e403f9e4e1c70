"""root mounts: where each machine sees a root (a share mounted at different paths)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "root_mounts",
        sa.Column("root_id", sa.Integer(), nullable=False),
        sa.Column("machine", sa.String(length=200), nullable=False),
        sa.Column("path", sa.String(length=4096), nullable=False),
        sa.ForeignKeyConstraint(
            ["root_id"], ["roots.id"], name=op.f("fk_root_mounts_root_id_roots"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("root_id", "machine", name=op.f("pk_root_mounts")),
    )


def downgrade() -> None:
    op.drop_table("root_mounts")
