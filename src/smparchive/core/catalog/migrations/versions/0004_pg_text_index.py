"""PostgreSQL text index: search_docs get a GIN index over their words (prefix search)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

SQLite already has its FTS5 index. On PostgreSQL free-text search matched substrings with
a sequential scan ('ion' found 'reunion'); it now matches word prefixes, like FTS5, through
this index (see fulltext.PG_WORDS: punctuation splits words as FTS5's unicode61 does).
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen copy of fulltext.PG_WORDS as of this revision (the query must use the same text).
PG_WORDS = "to_tsvector('simple'::regconfig, regexp_replace(doc, '[[:punct:]]+', ' ', 'g'))"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_search_docs_words ON search_docs USING gin ({PG_WORDS})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_docs_words")
