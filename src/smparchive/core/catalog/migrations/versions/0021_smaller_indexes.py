"""Two structures that cost space and earned none: ix_items_capture, the FTS column sizes

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03

Measured at a million items (benchmarks/README.md, "What each index costs"):

- ``ix_items_capture`` (19 MB): every query that reads a date range in time order, and the
  facets of one, go through the time indexes or ix_items_facets; the index served only the
  count of a date range alone, which a scan of a narrow covering index answers in ~30 ms.
- The full-text index's column sizes (``search_fts_docsize``, 11 MB): they exist for ranking
  (bm25), and the search never ranks by relevance (results come in the browse order). The
  index is made again with ``columnsize=0`` and rebuilt from ``search_docs`` (~3 s at a
  million items; the documents are unchanged, so every search finds what it found).

The file is compacted after the upgrade (schema.REWRITING): the pages freed go back.
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

_TRIGGERS = ("search_docs_ai", "search_docs_ad", "search_docs_au")


def _fts(columnsize: bool) -> list[str]:
    sizes = "" if columnsize else ", columnsize=0"
    return [
        f"CREATE VIRTUAL TABLE search_fts USING fts5(doc, content='search_docs', "
        f"content_rowid='item_id', tokenize='unicode61 remove_diacritics 2'{sizes})",
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
        "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
        "INSERT INTO search_fts(rowid, doc) VALUES (new.item_id, new.doc); END",
        "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, doc) VALUES "
        "('delete', old.item_id, old.doc); END",
        "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, doc) VALUES "
        "('delete', old.item_id, old.doc); "
        "INSERT INTO search_fts(rowid, doc) VALUES (new.item_id, new.doc); END",
    ]


def _remake_fts(columnsize: bool) -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    for stmt in _fts(columnsize):
        op.execute(stmt)


def upgrade() -> None:
    op.drop_index("ix_items_capture", table_name="items", if_exists=True)
    if op.get_bind().dialect.name == "sqlite":  # PostgreSQL has its own word index (0004)
        _remake_fts(columnsize=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _remake_fts(columnsize=True)
    op.create_index("ix_items_capture", "items", ["capture_utc"], unique=False)
