"""A programme's texts in other languages

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-07

The catalogue held one text per programme field, in the programme's language
(``events.language``, 0039): a bilingual conference's French page and post showed the
English session titles, marked English. ``session_texts`` and ``event_texts`` hold the
same fields in further languages, shaped as ``item_texts`` (owner, field, language ->
text): a session's ``title``, an event's ``title`` and ``venue``. The programme's own
columns keep its own language's texts; a page, post or window in another language takes
that language's text when there is one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

# table -> (owner column, the table it belongs to)
_TABLES = {"session_texts": ("session_id", "sessions"), "event_texts": ("event_id", "events")}


def upgrade() -> None:
    # a catalogue set back to an older revision (tests do) may have the tables already
    have = set(sa.inspect(op.get_bind()).get_table_names())
    for name, (owner, parent) in _TABLES.items():
        if name in have:
            continue
        op.create_table(
            name,
            sa.Column(owner, sa.Integer(), nullable=False),
            sa.Column("field", sa.String(length=16), nullable=False),
            sa.Column("lang", sa.String(length=35), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(
                [owner], [f"{parent}.id"], name=f"fk_{name}_{owner}_{parent}", ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint(owner, "field", "lang", name=f"pk_{name}"),
            sqlite_with_rowid=False,  # the key is the table, as item_texts' (0015)
        )


def downgrade() -> None:
    for name in _TABLES:
        op.drop_table(name)
