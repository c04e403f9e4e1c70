"""Free-text search: the one module that knows about SQLite FTS5.

On PostgreSQL ``search_docs`` holds each item's folded text and a GIN index over its
words (``to_tsvector('simple', ...)``, migration 0004) answers prefix queries. On SQLite a
contentless FTS5 index answers the same queries and ``search_docs`` holds only each
item's generation and text hash (migration 0032, see ``searchtext``), so both engines find
the same items.
"""

from __future__ import annotations

import re
import sqlite3
import time
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
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session as OrmSession

from smparchive.core import lazylog
from smparchive.core.catalog import searchtext
from smparchive.core.catalog.chunks import MAX_BOUND_PARAMS, chunks_for, id_conditions
from smparchive.core.catalog.models import (
    ItemContent,
    ItemTag,
    ItemText,
    MediaItem,
    SearchDoc,
    SessionText,
    Tag,
    table_of,
)
from smparchive.core.catalog.models import (
    Session as ProgrammeSession,
)
from smparchive.core.catalog.searchtext import MAX_DOC_CHARS
from smparchive.core.catalog.textquery import FTS_IDS, ITEM_OF_ROWID, LIVE, fold, fts_query, terms
from smparchive.core.catalog.upsert import upsert

__all__ = ["MAX_DOC_CHARS", "fold", "terms"]  # re-exported: they lived here


def _session_text(own: Any, field: str) -> ColumnElement[Any]:
    """A session's programme text (``own``: its column) followed by the same ``field`` in
    further languages (as ``searchtext.with_others`` makes it on SQLite): a search finds
    its items by any language's title, room or description."""
    others = (
        select(func.aggregate_strings(SessionText.value, " "))
        .where(SessionText.session_id == ProgrammeSession.id, SessionText.field == field)
        .scalar_subquery()
    )
    return func.nullif(func.concat_ws(" ", own, others), "")


def _reads(ids: Callable[[Any], ColumnElement[bool]]) -> tuple[Select[*tuple[Any, ...]], ...]:
    """What an item's search text is made of, for the items chosen by ``ids(column)``."""
    return (
        select(
            MediaItem.id,
            MediaItem.rel_path,
            MediaItem.camera_model,
            _session_text(ProgrammeSession.title, "title"),
            _session_text(ProgrammeSession.room, "room"),
            ProgrammeSession.speakers,
            _session_text(ProgrammeSession.abstract, "description"),
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


# Built once: the ids are a parameter (SQLite reads with searchtext's statements, which
# take them as one JSON array); elsewhere an expanding IN list, rendered per execution.
_READS_IN = _reads(lambda c: c.in_(bindparam("ids", expanding=True)))
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
    if dialect == "sqlite":  # no stored text: see searchtext (needs json_each, 3.38+)
        _reindex_sqlite(conn, item_ids)
        return
    reads = _READS_ANY if dialect == "postgresql" else _READS_IN
    items_q, texts_q, tags_q, content_q, docs_q = reads
    for id_chunk in chunks_for(dialect, item_ids):
        chunk = [int(i) for i in id_chunk]
        ids = {"ids": chunk}
        if conn.dialect.name == "postgresql":
            # Writers of one item's document take turns: whoever locks last reads every text
            # committed before it (READ COMMITTED), so a caption saved while another process
            # reindexes is never overwritten by that process's older document.
            conn.execute(_LOCK_ITEMS, {"ids": chunk})
        new_docs = searchtext.assemble(
            conn.execute(items_q, ids),
            conn.execute(texts_q, ids),
            conn.execute(tags_q, ids),
            conn.execute(content_q, ids),
        )
        # Rewrite only documents whose text changed: index upkeep is the costly part, and
        # many operations (clock corrections, days, ratings) leave the searchable text alone.
        old: dict[int, str] = {i: d for i, d in conn.execute(docs_q, ids)}
        docs = [(i, d) for i, d in new_docs.items() if old.get(i) != d]
        rewritten = {i for i, _ in docs}
        stale = [i for i in old if i not in new_docs or i in rewritten]
        _replace_docs(s, stale, docs)


_SQLITE_MAX_PARAMS = MAX_BOUND_PARAMS


def _reindex_sqlite(conn: Any, item_ids: Sequence[int]) -> None:
    """SQLite: index the changed texts of ``item_ids`` under new rowids (see
    ``searchtext``); the hash of each item's text says whether it changed."""

    def execute(sql: str, params: Sequence[Any]) -> Sequence[Any]:
        result = conn.exec_driver_sql(sql, tuple(params))
        return list(result.fetchall()) if result.returns_rows else []

    superseded = 0
    for id_chunk in chunks_for("sqlite", item_ids):
        chunk = [int(i) for i in id_chunk]
        new_docs = searchtext.docs_of(execute, chunk)
        old = searchtext.states(execute, chunk)
        gone = [i for i in old if i not in new_docs]
        docs: list[tuple[int, int, int, str]] = []
        fresh: int | None = None
        for i, d in new_docs.items():
            h = searchtext.doc_hash(d)
            was = old.get(i)
            if was is not None and was[1] == h:
                continue
            if was is None and fresh is None:
                fresh = searchtext.next_new_gen(execute)
            gen = was[0] + 1 if was is not None else fresh
            assert gen is not None
            docs.append((i, gen, h, d))
        if any(g > searchtext.MAX_GEN for _, g, _, _ in docs):
            # ~8 million rewrites of one item without compacting: start again at 0
            searchtext.rebuild(execute, _SQLITE_MAX_PARAMS)
            return
        searchtext.write(execute, gone, docs, _SQLITE_MAX_PARAMS)
        superseded += len(gone) + sum(1 for i, *_ in docs if i in old)
    if superseded and searchtext.garbage_outgrown(execute):
        # In this write's transaction: searches never see a half-built index. At a
        # million items it takes ~10 s, once per ~500,000 rewritten texts.
        started = time.monotonic()
        n = searchtext.rebuild(execute, _SQLITE_MAX_PARAMS)
        lazylog.logger(__name__).info(
            "text index rebuilt without its superseded texts: %d items in %.1f s",
            n,
            time.monotonic() - started,
        )


def _replace_docs(s: OrmSession, stale: Sequence[int], docs: Sequence[tuple[int, str]]) -> None:
    """Delete the documents of ``stale`` items, then insert ``docs`` (item id, text)."""
    conn = s.connection()
    rewritten = {i for i, _ in docs}
    gone = [i for i in stale if i not in rewritten]
    if gone:
        for cond in id_conditions(SearchDoc.item_id, gone, conn.dialect.name):
            s.execute(delete(SearchDoc).where(cond))
    # An upsert: a concurrent writer may have inserted this item's document meanwhile.
    upsert(
        s,
        table_of(SearchDoc),
        [{"item_id": i, "doc": d} for i, d in docs],
        ["item_id"],
        ["doc"],
    )


def match_clause(
    dialect: str, query: str, *, probe: bool = False, count_only: bool = False
) -> ColumnElement[bool] | None:
    """A WHERE clause on MediaItem.id for a free-text query (None when it has no words).

    SQLite only: ``probe``: ``items.id + 0 IN (...)``, the same condition SQLite cannot
    start from (it walks another index and probes the matches); ``count_only``: the bare
    ``search_fts MATCH`` condition (current documents only), for a statement over
    search_fts itself, whose item ids are ``textquery.ITEM_OF_ROWID``."""
    words = terms(query)
    if not words:
        return None
    if dialect == "sqlite":
        # A unique parameter: a search holding two MATCHes (a word and an excluded word)
        # must not share one ":fts_q", or the second value silently replaces the first.
        param: Any = bindparam("fts_q", fts_query(words), unique=True)
        if count_only:  # documents no longer current are left out (see searchtext)
            return text(f"search_fts MATCH :fts_q AND {LIVE}").bindparams(param)  # type: ignore[return-value]
        sub = text(FTS_IDS + ":fts_q").bindparams(param)
        column = (MediaItem.id + 0) if probe else MediaItem.id
        return column.in_(sub.columns(literal_column(ITEM_OF_ROWID, Integer)))
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
