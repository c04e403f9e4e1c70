"""Undo steps left with nothing to act on once their folder leaves the catalogue.

Removing a folder forgets its items. A step that only changed those items (a rating, a
caption) or that folder ("Add folder") could then only answer "nothing left to undo", yet
it stayed first in Edit > Undo until tried. :func:`forget_orphaned_steps` removes such
steps from the journal in the removal's own transaction, for every person (a teammate's
steps on the folder are as empty as one's own). A step that also wrote rows which outlive
the folder's items (a keyword it made, a session, a collection) stays: undoing it still
changes something.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.models import Base, MediaItem, Root, UndoEntry, table_of


@cache
def _dying_tables() -> frozenset[str]:
    """Tables whose rows leave with their folder: items, roots, and every table whose
    rows are deleted with the item or folder they refer to."""
    owners = {table_of(MediaItem), table_of(Root)}
    return frozenset(
        {t.name for t in owners}
        | {
            t.name
            for t in Base.metadata.tables.values()
            for fk in t.foreign_keys
            if fk.column.table in owners and (fk.ondelete or "").upper() == "CASCADE"
        }
    )


def forget_orphaned_steps(session: OrmSession) -> frozenset[int]:
    """Delete the journal's steps whose every item and folder has left the catalogue (and
    that wrote nothing else); returns their entry ids. Run after the folder's rows are gone."""
    orphaned = [
        entry_id
        for entry_id, payload in session.execute(select(UndoEntry.id, UndoEntry.payload))
        if _only_gone(session, payload)
    ]
    for part in chunked(orphaned):
        session.execute(delete(UndoEntry).where(UndoEntry.id.in_(part)))
    return frozenset(orphaned)


def _only_gone(session: OrmSession, payload: dict[str, Any]) -> bool:
    changes = payload.get("changes", {})
    items, roots = changes.get("items", ()), changes.get("roots", ())
    if not (items or roots) or any(
        step.get("table") not in _dying_tables() for step in payload.get("steps", ())
    ):
        return False
    return not _any_left(session, MediaItem.id, items) and not _any_left(session, Root.id, roots)


def _any_left(session: OrmSession, column: Any, ids: Sequence[int]) -> bool:
    """Whether any of ``ids`` is still a row (stops at the first chunk holding one)."""
    return any(
        session.scalar(select(column).where(column.in_(list(part))).limit(1)) is not None
        for part in chunked(list(ids))
    )
