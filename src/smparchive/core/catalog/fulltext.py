"""Free-text search: the one module that knows about SQLite FTS5.

``search_docs`` (a portable table) holds each item's folded text; on SQLite an FTS5
index over it (made by the migrations, kept in sync by triggers) answers prefix queries.
Other engines (PostgreSQL) fall back to substring matching over the same folded text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, insert, literal_column, select, text
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.models import (
    ItemContent,
    ItemTag,
    ItemText,
    MediaItem,
    SearchDoc,
    Tag,
)
from smparchive.core.catalog.models import (
    Session as ProgrammeSession,
)

MAX_DOC_CHARS = 200_000  # a huge PDF's text is cut: search finds its first pages
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(value: str) -> str:
    """Lower-case and strip accents: 'Réunion' -> 'reunion'."""
    if value.isascii():  # the common case, 20x faster than decomposing
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def terms(query: str) -> list[str]:
    """Words of a free-text query, folded."""
    return _WORD.findall(fold(query))


def reindex(s: OrmSession, item_ids: Sequence[int]) -> None:
    """Rebuild the search text of the given items from the catalogue."""
    for start in range(0, len(item_ids), 500):
        chunk = list(item_ids[start : start + 500])
        parts: dict[int, list[str]] = {i: [] for i in chunk}
        rows = s.execute(
            select(
                MediaItem.id,
                MediaItem.rel_path,
                MediaItem.camera_model,
                ProgrammeSession.title,
                ProgrammeSession.room,
                ProgrammeSession.speakers,
            )
            .outerjoin(ProgrammeSession, ProgrammeSession.id == MediaItem.session_id)
            .where(MediaItem.id.in_(chunk))
        ).all()
        present = set()
        for item_id, rel_path, camera, s_title, s_room, speakers in rows:
            present.add(item_id)
            parts[item_id].append(rel_path.replace("/", " ").replace("_", " "))
            parts[item_id].extend(x for x in (camera, s_title, s_room) if x)
            parts[item_id].extend(speakers or [])
        for item_id, value in s.execute(
            select(ItemText.item_id, ItemText.value).where(ItemText.item_id.in_(chunk))
        ):
            parts[item_id].append(value)
        for item_id, name in s.execute(
            select(ItemTag.item_id, Tag.name)
            .join(Tag, Tag.id == ItemTag.tag_id)
            .where(ItemTag.item_id.in_(chunk))
        ):
            parts[item_id].append(name)
        for item_id, body, notes, titles in s.execute(
            select(
                ItemContent.item_id, ItemContent.text, ItemContent.notes, ItemContent.slide_titles
            ).where(ItemContent.item_id.in_(chunk))
        ):
            parts[item_id].extend(titles or [])
            parts[item_id].extend(x for x in (body, notes) if x)
        # Rewrite only documents whose text changed: FTS upkeep is the costly part, and many
        # operations (clock corrections, days, ratings) leave the searchable text alone.
        old = {
            r[0]: r[1]
            for r in s.execute(
                select(SearchDoc.item_id, SearchDoc.doc).where(SearchDoc.item_id.in_(chunk))
            )
        }
        new_docs = {i: fold(" ".join(parts[i]))[:MAX_DOC_CHARS] for i in present}
        docs = [{"item_id": i, "doc": d} for i, d in new_docs.items() if old.get(i) != d]
        rewritten = {i for i, d in new_docs.items() if old.get(i) != d}
        stale = [i for i in old if i not in present or i in rewritten]
        if stale:
            s.execute(delete(SearchDoc).where(SearchDoc.item_id.in_(stale)))
        if docs:
            s.execute(insert(SearchDoc), docs)


def _fts_query(words: Sequence[str]) -> str:
    # Every word must match, each as a prefix; quoting disarms FTS5 syntax in user input.
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def match_clause(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on MediaItem.id for a free-text query (None when it has no words)."""
    words = terms(query)
    if not words:
        return None
    if dialect == "sqlite":
        sub = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :fts_q").bindparams(
            fts_q=_fts_query(words)
        )
        return MediaItem.id.in_(sub.columns(literal_column("rowid")))
    clauses: list[Any] = [
        exists().where(SearchDoc.item_id == MediaItem.id, SearchDoc.doc.contains(w)) for w in words
    ]
    return and_(*clauses)
