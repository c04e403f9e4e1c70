"""What a search asks for, as plain data (no SQL): built by the query language
(``domain/query.py``), the GUI's facet chips and the CLI's options; ``filters.py``
compiles it to SQL. Kept apart so the command line can describe a search without importing
SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ItemFilter:
    """Every condition is ANDed; tuple fields are ORs of their values. Empty = everything."""

    text: str = ""
    kinds: tuple[str, ...] = ()
    day_ids: tuple[int, ...] = ()
    session_ids: tuple[int, ...] = ()
    unassigned: bool = False  # items in no session
    rooms: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()  # each tag must be present (AND); children count
    any_tag_ids: tuple[int, ...] = ()
    rating_min: int | None = None
    rating_max: int | None = None
    flags: tuple[int, ...] = ()  # -1 reject, 0 none, 1 pick
    color_labels: tuple[str, ...] = ()
    consents: tuple[str, ...] = ()
    cameras: tuple[str, ...] = ()  # substring of make/model
    statuses: tuple[str, ...] = ()
    # items read with a problem that still serve (status warning, or warnings on a file
    # that is neither in error, missing nor offline): the "Warnings" problem view
    warnings: bool = False
    # items whose file could not be read (status error, or offline keeping the reason it
    # could not be read: unplugging its card does not mend it): the "Errors" problem view
    errors: bool = False
    date_from: datetime | None = None  # inclusive, aware
    date_to: datetime | None = None  # exclusive, aware
    orientation: str | None = None  # landscape | portrait | square
    collection_id: int | None = None
    root_id: int | None = None
    duplicates: bool = False  # only items whose sha256 occurs more than once
    # recordings holding a segment whose title, chapters or session contain each text
    segment_texts: tuple[str, ...] = ()
    segmented: bool = False  # only recordings cut into segments
    item_ids: tuple[int, ...] | None = None
    # Faces found in the photo: "0", "1", "2+" (ORed); unknown_faces: a face nobody named.
    face_counts: tuple[str, ...] = ()
    unknown_faces: bool = False
    # (field, value) of registry fields searched with no filter of their own (a field's
    # facet in the query language, core/fields.py); each must hold (AND); text compares
    # case-insensitively, None means empty
    field_values: tuple[tuple[str, Any], ...] = ()
    sub: tuple[ItemFilter, ...] = ()  # each must match too (a saved search inside a search)
    exclude: tuple[ItemFilter, ...] = ()  # items matching any of these are left out
    any_of: tuple[ItemFilter, ...] = ()  # items matching at least one of these (when given)
    # Set by a team catalogue itself (``seen_from_here``), never by a search: the folders
    # this computer cannot reach. Their present items are offline for ``statuses`` here,
    # whatever their stored status says (a teammate may reach them).
    offline_roots: tuple[int, ...] = ()

    def with_(self, **changes: Any) -> ItemFilter:
        """A copy with some fields changed."""
        return replace(self, **changes)


def seen_from_here(f: ItemFilter, offline_roots: frozenset[int]) -> ItemFilter:
    """``f`` as this computer sees a team catalogue: its status conditions, and those of the
    filters inside it, know which folders are out of reach here (``offline_roots``)."""
    if not offline_roots:
        return f
    changes: dict[str, Any] = {}
    if f.statuses:
        changes["offline_roots"] = tuple(sorted(offline_roots))
    for name in ("sub", "exclude", "any_of"):
        inner: tuple[ItemFilter, ...] = getattr(f, name)
        if inner:
            changes[name] = tuple(seen_from_here(g, offline_roots) for g in inner)
    return replace(f, **changes) if changes else f


# The problem views (the sidebar's Problems, ``smparchive problems``), by status word, worst
# first. An item may be in two: an unreadable or damaged file on an unplugged card is both
# offline and still in error (or with warnings).
PROBLEM_VIEWS: dict[str, ItemFilter] = {
    "error": ItemFilter(errors=True),
    "warning": ItemFilter(warnings=True),
    "missing": ItemFilter(statuses=("missing",)),
    "offline": ItemFilter(statuses=("offline",)),
}


def status_filter(statuses: Sequence[str]) -> ItemFilter:
    """Items with any of these statuses, "error" and "warning" as their problem views list
    them (``status:error``, ``ls --status error``: what Problems > Errors shows)."""
    parts = [PROBLEM_VIEWS[s] for s in dict.fromkeys(statuses) if s in ("error", "warning")]
    stored = tuple(s for s in dict.fromkeys(statuses) if s not in ("error", "warning"))
    if stored:
        parts.append(ItemFilter(statuses=stored))
    if len(parts) == 1:
        return parts[0]
    return ItemFilter(any_of=tuple(parts)) if parts else ItemFilter()
