"""team catalogue: one tag per normalised name, who made each change, an audit log

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

Tags get ``name_key`` (NFC, spaces collapsed, case folded) and a unique index over
(kind, parent or 0, name_key). Tags that already collide (two people created the same
keyword at once, or 'IOM' and 'iom') are merged first: the oldest keeps its id and gets the
others' item links, speakers and children; merging parents can make their children collide,
so merging repeats until nothing does.
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    # Frozen copy of models.tag_key as of this revision.
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _merge_duplicate_tags(conn: sa.Connection) -> int:
    merged = 0
    while True:
        rows = conn.execute(sa.text("SELECT id, kind, parent_id, name_key FROM tags")).all()
        groups: dict[tuple[str, int, str], list[int]] = {}
        for tid, kind, parent, key in rows:
            groups.setdefault((kind, parent or 0, key), []).append(tid)
        dups = [sorted(ids) for ids in groups.values() if len(ids) > 1]
        if not dups:
            return merged
        for keep, *others in dups:
            for old in others:
                p = {"keep": keep, "old": old}
                for table, col in (("item_tags", "item_id"), ("session_tags", "session_id")):
                    conn.execute(
                        sa.text(
                            f"INSERT INTO {table} ({col}, tag_id) SELECT {col}, :keep FROM {table} "
                            f"WHERE tag_id = :old AND {col} NOT IN "
                            f"(SELECT {col} FROM {table} WHERE tag_id = :keep)"
                        ),
                        p,
                    )
                    conn.execute(sa.text(f"DELETE FROM {table} WHERE tag_id = :old"), p)
                conn.execute(sa.text("UPDATE tags SET parent_id = :keep WHERE parent_id = :old"), p)
                conn.execute(sa.text("DELETE FROM tags WHERE id = :old"), p)
                merged += 1


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("tags", sa.Column("name_key", sa.String(length=500), nullable=True))
    for tid, name in conn.execute(sa.text("SELECT id, name FROM tags")).all():
        conn.execute(
            sa.text("UPDATE tags SET name_key = :k WHERE id = :id"), {"k": _key(name), "id": tid}
        )
    _merge_duplicate_tags(conn)
    op.create_index(
        "uq_tags_identity",
        "tags",
        ["kind", sa.text("coalesce(parent_id, 0)"), "name_key"],
        unique=True,
    )

    op.add_column("undo_journal", sa.Column("user_name", sa.String(length=200), nullable=True))
    op.create_index("ix_undo_journal_user", "undo_journal", ["user_name", "id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("label", sa.String(length=500), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_user", "audit_log", ["user_name", "id"])
    op.create_index("ix_audit_log_entry", "audit_log", ["entry_id"])
    op.create_table(
        "audit_items",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit_log.id"],
            name=op.f("fk_audit_items_audit_id_audit_log"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("audit_id", "item_id", name=op.f("pk_audit_items")),
    )
    op.create_index("ix_audit_items_item", "audit_items", ["item_id", "audit_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_items_item", table_name="audit_items")
    op.drop_table("audit_items")
    op.drop_index("ix_audit_log_entry", table_name="audit_log")
    op.drop_index("ix_audit_log_user", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_undo_journal_user", table_name="undo_journal")
    with op.batch_alter_table("undo_journal") as batch_op:
        batch_op.drop_column("user_name")
    op.drop_index("uq_tags_identity", table_name="tags")
    with op.batch_alter_table("tags") as batch_op:
        batch_op.drop_column("name_key")
