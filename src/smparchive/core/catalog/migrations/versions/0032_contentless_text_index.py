"""No second copy of the search text on SQLite: a contentless FTS5 index with generations

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-05

``search_docs.doc`` held every item's folded search text (95.5 MB at a million items in
sessions) for the external-content FTS5 index ``search_fts`` over it. SQLite 3.40 cannot
delete from a contentless index (``contentless_delete`` needs 3.43), so:

- ``search_fts`` is made again contentless (``content=''``, the same tokenizer and
  ``columnsize=0``), every current text indexed under rowid = item id (generation 0);
- ``search_docs`` keeps per item the generation of its indexed text (``gen``) and the
  text's 64-bit hash (``hash``, so a rewrite still indexes only changed texts); ``doc``
  is '' (it stays in the table for PostgreSQL's sake: an empty text costs one byte);
- a rewritten text is indexed under a new rowid (``gen << 40 | item_id``); the old one
  stays in the index and is listed in ``search_stale`` by two triggers (a rewrite that
  moves ``gen``, a deleted row); every read of the index leaves those out, and
  compacting rebuilds the index without them (``searchtext.rebuild``).

PostgreSQL keeps its texts and GIN index: only the two columns are added (no rewrite).
The file is compacted after the upgrade (schema.REWRITING). Measured at a million items:
benchmarks/README.md, "One copy of the search text (0032)".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from smparchive.core.catalog import searchtext

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

_OLD_TRIGGERS = ("search_docs_ai", "search_docs_ad", "search_docs_au")
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
_STALE_TRIGGERS = (
    "CREATE TRIGGER search_docs_stale_ad AFTER DELETE ON search_docs BEGIN "
    f"INSERT INTO search_stale (rowid) VALUES ((old.gen << {searchtext.SHIFT}) | old.item_id); "
    "END",
    "CREATE TRIGGER search_docs_stale_au AFTER UPDATE OF gen ON search_docs "
    "WHEN new.gen != old.gen BEGIN "
    f"INSERT INTO search_stale (rowid) VALUES ((old.gen << {searchtext.SHIFT}) | old.item_id); "
    "END",
)


def _columns() -> None:
    op.add_column("search_docs", sa.Column("gen", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("search_docs", sa.Column("hash", sa.BigInteger(), nullable=True))


def upgrade() -> None:
    bind = op.get_bind()
    if "gen" in {c["name"] for c in sa.inspect(bind).get_columns("search_docs")}:
        return  # already so (a catalogue whose stored revision was set back)
    _columns()
    if bind.dialect.name != "sqlite":
        return
    for name in _OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5(doc, content='', {_TOKENIZE}, columnsize=0)"
    )
    op.execute("INSERT INTO search_fts (rowid, doc) SELECT item_id, doc FROM search_docs")
    driver = bind.connection.driver_connection
    assert driver is not None
    driver.create_function("smp_doc_hash", 1, searchtext.doc_hash, deterministic=True)
    op.execute("UPDATE search_docs SET hash = smp_doc_hash(doc), doc = ''")
    op.execute("CREATE TABLE search_stale (rowid INTEGER PRIMARY KEY)")
    for stmt in _STALE_TRIGGERS:
        op.execute(stmt)


def downgrade() -> None:
    """The texts made again from the catalogue, back in search_docs under 0021's index."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("search_docs_stale_ad", "search_docs_stale_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_stale")
        op.execute("DROP TABLE IF EXISTS search_fts")

        def execute(sql: str, params: Sequence[Any]) -> Sequence[Any]:
            result = bind.exec_driver_sql(sql, tuple(params))
            return list(result.fetchall()) if result.returns_rows else []

        ids = [int(r[0]) for r in bind.exec_driver_sql("SELECT item_id FROM search_docs")]
        for start in range(0, len(ids), 20_000):
            # (0033's downgrade came first: the paths are in the rows again)
            docs = searchtext.docs_of(execute, ids[start : start + 20_000], "items.rel_path")
            bind.exec_driver_sql(
                "UPDATE search_docs SET doc = ? WHERE item_id = ?",
                [(d, i) for i, d in docs.items()],
            )
        op.execute("ALTER TABLE search_docs DROP COLUMN hash")
        op.execute("ALTER TABLE search_docs DROP COLUMN gen")
    else:
        op.drop_column("search_docs", "hash")
        op.drop_column("search_docs", "gen")
    if bind.dialect.name == "sqlite":
        for stmt in (
            "CREATE VIRTUAL TABLE search_fts USING fts5(doc, content='search_docs', "
            f"content_rowid='item_id', {_TOKENIZE}, columnsize=0)",
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
        ):
            op.execute(stmt)
