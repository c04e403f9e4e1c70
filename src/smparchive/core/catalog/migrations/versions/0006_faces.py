"""faces: face regions and embeddings found in photos, which photos were searched, and the
day a person withdrew consent

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tags", sa.Column("consent_withdrawn_on", sa.Date(), nullable=True))
    op.create_table(
        "faces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("w", sa.Float(), nullable=False),
        sa.Column("h", sa.Float(), nullable=False),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("cluster", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_faces_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["tags.id"], name=op.f("fk_faces_person_id_tags"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faces")),
    )
    op.create_index("ix_faces_item", "faces", ["item_id"])
    op.create_index("ix_faces_person_state", "faces", ["person_id", "state"])
    op.create_table(
        "face_scans",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("faces", sa.Integer(), nullable=False),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_face_scans_item_id_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_face_scans")),
    )


def downgrade() -> None:
    op.drop_table("face_scans")
    op.drop_index("ix_faces_person_state", table_name="faces")
    op.drop_index("ix_faces_item", table_name="faces")
    op.drop_table("faces")
    with op.batch_alter_table("tags") as batch_op:
        batch_op.drop_column("consent_withdrawn_on")
