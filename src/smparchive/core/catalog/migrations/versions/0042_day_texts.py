"""A programme day's name in other languages

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-08

A day kept one name (``days.label``, "Day 2 – Practical sessions"): a French page, bundle
or sidebar showed it, or a generated "Jour 2", never the French name the programme gave.
``day_texts`` holds a day's ``label`` in further languages, shaped as ``session_texts``
(0041); ``days.label`` stays the programme's own language's name.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a catalogue set back to an older revision (tests do) may have the table already
    if "day_texts" in set(sa.inspect(op.get_bind()).get_table_names()):
        return
    op.create_table(
        "day_texts",
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=False),
        sa.Column("lang", sa.String(length=35), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["day_id"], ["days.id"], name="fk_day_texts_day_id_days", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("day_id", "field", "lang", name="pk_day_texts"),
        sqlite_with_rowid=False,  # the key is the table, as session_texts' (0041)
    )


def downgrade() -> None:
    op.drop_table("day_texts")
