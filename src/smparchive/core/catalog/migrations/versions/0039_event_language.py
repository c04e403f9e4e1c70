"""The language of an event's programme texts

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-07

The catalogue keeps the programme's texts (the event's title, venue, description and
organiser, day and session names, rooms) once, and did not say in which language. The
publication page then had to guess: it took them for the page's own language (a French page
called an English venue French, in its share preview too) or for English (a French
programme marked as English on its own French page). ``events.language`` says it: a BCP 47
code, NULL when nobody said (the page then shows the texts unmarked, as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a catalogue set back to an older revision (tests do) may have the column already
    if "language" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("events")}:
        return
    op.add_column("events", sa.Column("language", sa.String(length=35), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("language")
