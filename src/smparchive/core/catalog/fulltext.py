"""Free-text search: the one module that knows about SQLite FTS5.

``search_docs`` (a portable table) holds each item's folded text; on SQLite an FTS5
index over it (made by the migrations, kept in sync by triggers) answers prefix queries.
PostgreSQL answers the same prefix queries from a GIN index over the same words
(``to_tsvector('simple', ...)``, migration 0004), so both engines find the same items.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    delete,
    exists,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.chunks import MAX_BOUND_PARAMS, chunks_for, in_ids
from smparchive.core.catalog.models import (
    ItemContent,
    ItemTag,
    ItemText,
    MediaItem,
    SearchDoc,
    Tag,
    table_of,
)
from smparchive.core.catalog.models import (
    Session as ProgrammeSession,
)
from smparchive.core.catalog.textquery import FTS_ROWIDS, fold, fts_query, terms
from smparchive.core.catalog.upsert import upsert

__all__ = ["fold", "terms"]  # re-exported: they lived here

MAX_DOC_CHARS = 200_000  # a huge PDF's text is cut: search finds its first pages


def _reads(ids: Callable[[Any], ColumnElement[bool]]) -> tuple[Select[*tuple[Any, ...]], ...]:
    """What an item's search text is made of, for the items chosen by ``ids(column)``."""
    return (
        select(
            MediaItem.id,
            MediaItem.rel_path,
            MediaItem.camera_model,
            ProgrammeSession.title,
            ProgrammeSession.room,
            ProgrammeSession.speakers,
        )
        .outerjoin(ProgrammeSession, ProgrammeSession.id == MediaItem.session_id)
        .where(ids(MediaItem.id)),
        select(ItemText.item_id, ItemText.value).where(ids(ItemText.item_id)),
        select(ItemTag.item_id, Tag.name)
        .join(Tag, Tag.id == ItemTag.tag_id)
        .where(ids(ItemTag.item_id)),
        select(
            ItemContent.item_id, ItemContent.text, ItemContent.notes, ItemContent.slide_titles
        ).where(ids(ItemContent.item_id)),
        select(SearchDoc.item_id, SearchDoc.doc).where(ids(SearchDoc.item_id)),
    )


# Built once: the ids are a parameter. SQLite (3.38+ always has JSON) takes them as one JSON
# array; elsewhere an expanding IN list, which SQLAlchemy renders per execution.
_READS_IN = _reads(lambda c: c.in_(bindparam("ids", expanding=True)))
_READS_JSON = _reads(
    lambda c: c.in_(
        text("SELECT value FROM json_each(:ids)").columns(literal_column("value", Integer))
    )
)
# PostgreSQL: one array parameter (= ANY(:ids)), see chunks.in_ids.
_READS_ANY = _reads(lambda c: c == any_(bindparam("ids", type_=ARRAY(Integer))))
_SQLITE_JSON = sqlite3.sqlite_version_info >= (3, 38, 0)
JSON_IDS = _SQLITE_JSON  # SQLite takes id lists as one JSON parameter (json_each)
_LOCK_ITEMS = (
    select(MediaItem.id)
    .where(MediaItem.id == any_(bindparam("ids", type_=ARRAY(Integer))))
    .order_by(MediaItem.id)
    .with_for_update(key_share=True)  # FOR NO KEY UPDATE: FK checks still pass
)


def reindex(s: OrmSession, item_ids: Sequence[int]) -> None:
    """Rebuild the search text of the given items from the catalogue."""
    s.flush()
    conn = s.connection()
    dialect = conn.dialect.name
    as_json = dialect == "sqlite" and _SQLITE_JSON
    reads = _READS_ANY if dialect == "postgresql" else _READS_JSON if as_json else _READS_IN
    items_q, texts_q, tags_q, content_q, docs_q = reads
    for id_chunk in chunks_for(dialect, item_ids):
        chunk = [int(i) for i in id_chunk]
        ids = {"ids": json.dumps(chunk) if as_json else chunk}
        if conn.dialect.name == "postgresql":
            # Writers of one item's document take turns: whoever locks last reads every text
            # committed before it (READ COMMITTED), so a caption saved while another process
            # reindexes is never overwritten by that process's older document.
            conn.execute(_LOCK_ITEMS, {"ids": chunk})
        parts: dict[int, list[str]] = {i: [] for i in chunk}
        present = set()
        for item_id, rel_path, camera, s_title, s_room, speakers in conn.execute(items_q, ids):
            present.add(item_id)
            parts[item_id].append(rel_path.replace("/", " ").replace("_", " "))
            parts[item_id].extend(x for x in (camera, s_title, s_room) if x)
            parts[item_id].extend(speakers or [])
        for item_id, value in conn.execute(texts_q, ids):
            parts[item_id].append(value)
        for item_id, name in conn.execute(tags_q, ids):
            parts[item_id].append(name)
        for item_id, body, notes, titles in conn.execute(content_q, ids):
            parts[item_id].extend(titles or [])
            parts[item_id].extend(x for x in (body, notes) if x)
        # Rewrite only documents whose text changed: FTS upkeep is the costly part, and many
        # operations (clock corrections, days, ratings) leave the searchable text alone.
        old: dict[int, str] = {i: d for i, d in conn.execute(docs_q, ids)}
        new_docs = {i: fold(" ".join(parts[i]))[:MAX_DOC_CHARS] for i in present}
        docs = [(i, d) for i, d in new_docs.items() if old.get(i) != d]
        rewritten = {i for i, _ in docs}
        stale = [i for i in old if i not in present or i in rewritten]
        _replace_docs(s, stale, docs)


_SQLITE_MAX_PARAMS = MAX_BOUND_PARAMS


def _replace_docs(s: OrmSession, stale: Sequence[int], docs: Sequence[tuple[int, str]]) -> None:
    """Delete the documents of ``stale`` items, then insert ``docs`` (item id, text)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        rewritten = {i for i, _ in docs}
        gone = [i for i in stale if i not in rewritten]
        if gone:
            for chunk in chunks_for(conn.dialect.name, gone):
                s.execute(
                    delete(SearchDoc).where(in_ids(SearchDoc.item_id, chunk, conn.dialect.name))
                )
        # An upsert: a concurrent writer may have inserted this item's document meanwhile.
        upsert(
            s,
            table_of(SearchDoc),
            [{"item_id": i, "doc": d} for i, d in docs],
            ["item_id"],
            ["doc"],
        )
        return
    # The FTS5 triggers flush the index's pending terms at every statement's end, so an
    # executemany (one statement per row) wrote one tiny segment per document and then
    # merged them: 10x the cost of the same rows in a few multi-row statements.
    for start in range(0, len(stale), _SQLITE_MAX_PARAMS):
        ids = tuple(stale[start : start + _SQLITE_MAX_PARAMS])
        marks = ",".join("?" * len(ids))
        conn.exec_driver_sql(f"DELETE FROM search_docs WHERE item_id IN ({marks})", ids)
    per = _SQLITE_MAX_PARAMS // 2
    for start in range(0, len(docs), per):
        rows = docs[start : start + per]
        values = ",".join(["(?, ?)"] * len(rows))
        conn.exec_driver_sql(
            f"INSERT INTO search_docs (item_id, doc) VALUES {values} "
            "ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc",
            tuple(x for row in rows for x in row),
        )


def match_clause(
    dialect: str, query: str, *, probe: bool = False, count_only: bool = False
) -> ColumnElement[bool] | None:
    """A WHERE clause on MediaItem.id for a free-text query (None when it has no words).

    SQLite only: ``probe``: ``items.id + 0 IN (...)``, the same condition SQLite cannot
    start from (it walks another index and probes the matches); ``count_only``: the bare
    ``search_fts MATCH`` condition, for a statement over search_fts itself."""
    words = terms(query)
    if not words:
        return None
    if dialect == "sqlite":
        # A unique parameter: a search holding two MATCHes (a word and an excluded word)
        # must not share one ":fts_q", or the second value silently replaces the first.
        param: Any = bindparam("fts_q", fts_query(words), unique=True)
        if count_only:
            return text("search_fts MATCH :fts_q").bindparams(param)  # type: ignore[return-value]
        sub = text(FTS_ROWIDS + ":fts_q").bindparams(param)
        column = (MediaItem.id + 0) if probe else MediaItem.id
        return column.in_(sub.columns(literal_column("rowid")))
    if dialect == "postgresql":
        sub = text(
            f"SELECT item_id FROM search_docs WHERE {PG_WORDS} @@ "
            "to_tsquery('simple'::regconfig, :ts_q)"
        ).bindparams(bindparam("ts_q", _ts_query(words), unique=True))  # as fts_q above
        return MediaItem.id.in_(sub.columns(literal_column("item_id", Integer)))
    clauses: list[Any] = [
        exists().where(SearchDoc.item_id == MediaItem.id, SearchDoc.doc.contains(w)) for w in words
    ]
    return and_(*clauses)


# The words of a document on PostgreSQL, exactly as indexed by migration 0004 (GIN): the
# folded text with punctuation (including '_' and '.') as separators, as FTS5's unicode61
# tokenizer splits it, so 'img_0001.jpg' holds the words img, 0001 and jpg on both engines.
PG_WORDS = "to_tsvector('simple'::regconfig, regexp_replace(doc, '[[:punct:]]+', ' ', 'g'))"
_PARTS = re.compile(r"[^\W_]+", re.UNICODE)


def _ts_query(words: Sequence[str]) -> str:
    """Every word as a prefix ('reu' finds 'reunion'); a word with punctuation inside is a
    phrase whose last part is a prefix, like FTS5's "img_00"*."""
    out = []
    for w in words:
        parts = _PARTS.findall(w)
        if parts:
            out.append(" <-> ".join([*parts[:-1], parts[-1] + ":*"]))
    return " & ".join(out) or "''"
