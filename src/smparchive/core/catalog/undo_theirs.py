"""An undo leaves what a teammate set the same since: both added "Panel", one undoes, the
keyword stays (the other wanted it too) and the undo says so (:class:`SameKept`).

A keyword, person or collection membership a change found already there (a teammate had
just added it) is the change's to take back too (:data:`FOUND` steps), but only once
nobody else holds it (:func:`held_before`): whoever undoes last removes it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.audit import (
    SYNC,
    Same,
    SameSince,
    row_fields,
    row_item,
    standing,
    step_rows,
)
from smparchive.core.catalog.changes import SameKept, UndoRecord
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.models import AuditEntry, AuditItem

_MANY_ROWS = ("update_rows", "delete_rows", "insert_rows")


def leave_theirs(
    steps: Sequence[dict[str, Any]], same: SameSince
) -> tuple[tuple[dict[str, Any], ...], SameKept | None]:
    """``steps`` without the rows of values a teammate set the same since, and what was left
    for them (None: nothing). An item's own columns go back together or not at all (a
    time and the day it falls on), so a kept field of an item keeps its whole row."""
    if not same:
        return tuple(steps), None
    items_kept: set[int] = set()
    for field, (_user, items, _at) in same.items():
        if field.startswith("items.") and items:
            items_kept |= items
    left: dict[str, set[int | None]] = {}

    def theirs(step: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
        item = row_item(step, row)
        fields = row_fields(step, row)
        if step["table"] == "items" and item in items_kept:
            fields = [f for f in same if f.startswith("items.") and item in (same[f][1] or ())]
        hit = [f for f in fields if f in same and _covers(same[f][1], item)]
        for f in hit:
            left.setdefault(f, set()).add(item)
        return bool(hit)

    out: list[dict[str, Any]] = []
    for step in steps:
        if step["op"] in _MANY_ROWS:
            rows = [r for r, row in zip(step["rows"], step_rows(step), strict=True)
                    if not theirs(step, row)]  # fmt: skip
            if rows:
                out.append({**step, "rows": rows})
        elif not any(theirs(step, row) for row in list(step_rows(step))):
            out.append(step)
    if not left:
        return tuple(steps), None
    # said of an item's field where there is one (a time, rather than the camera's clock)
    field = min(left, key=lambda f: (left[f] == {None}, f))
    on = sorted(i for i in left[field] if i is not None)
    holder = same[field]
    return tuple(out), SameKept(holder.user, field, on[0] if on else None, len(on), holder.at)


def _covers(items: frozenset[int] | None, item: int | None) -> bool:
    """Whether a teammate's same value of a field (None: every row of it) covers ``item``."""
    return items is None or item in items


# A journal step's marker: rows the change found already so (``Journal.kept``), which its
# undo deletes only when no one else holds them any more.
FOUND = "found"
# memberships: a row there or not, so a row found is the value the change asked for
_MEMBERSHIPS = ("item_tags", "collection_items")


def found_steps(kept: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Any], ...]:
    """The keyword, person and collection rows a change found already there, as undo
    steps (their removal) marked :data:`FOUND`."""
    return tuple(
        {**step, FOUND: True}
        for step in kept
        if step["table"] in _MEMBERSHIPS and step["op"] == "delete_rows"
    )


def held_before(
    s: OrmSession, user: str, record: UndoRecord
) -> tuple[tuple[dict[str, Any], ...], SameSince]:
    """``record``'s steps without the found rows this person or the scan holds (their own
    earlier add, a sidecar's keyword: silently left), and the found rows a teammate still
    holds: the newest change of that row before this one that still stands is theirs.
    Rows whose makers have all taken theirs back are removed by this undo."""
    found = [(f, row_item(st, row)) for st in record.steps if st.get(FOUND)
             for row in step_rows(st) for f in row_fields(st, row)]  # fmt: skip
    if not found or record.entry_id is None:
        return record.steps, {}
    mine = s.scalar(
        select(AuditEntry.id).where(AuditEntry.entry_id == record.entry_id).order_by(AuditEntry.id)
    )
    if mine is None:
        return record.steps, {}
    items = sorted({i for _f, i in found if i is not None})
    named: dict[int, set[int]] = {}
    entries: dict[int, AuditEntry] = {}
    for chunk in chunked(items):
        q = (
            select(AuditEntry, AuditItem.item_id)
            .join(AuditItem, AuditItem.audit_id == AuditEntry.id)
            .where(AuditItem.item_id.in_(chunk), AuditEntry.action != SYNC)
        )
        for entry, on_item in s.execute(q):
            entries[entry.id] = entry
            named.setdefault(entry.id, set()).add(int(on_item))
    ordered = [entries[k] for k in sorted(entries)]
    stands = [e for e in standing(ordered) if e.id < mine]
    ever = {(f, i) for e in ordered if e.id < mine for f in e.fields or () for i in named[e.id]}
    held: dict[tuple[str, int | None], AuditEntry | None] = {}  # None: as the scan had it
    for field, item in found:
        maker = next(
            (e for e in reversed(stands) if field in (e.fields or ()) and item in named[e.id]),
            None,
        )
        if maker is not None or (field, item) not in ever:
            held[(field, item)] = maker  # None: a scan's or sidecar's, not this change's
    same: SameSince = {}
    for (field, item), by in held.items():
        if by is not None and by.user_name != user and item is not None:
            then = same.get(field, Same(by.user_name, frozenset(), by.at))
            same[field] = then._replace(items=(then.items or frozenset()) | {item})
    own = {key for key, by in held.items() if by is None or by.user_name == user}
    if not own:
        return record.steps, same
    steps: list[dict[str, Any]] = []
    for st in record.steps:
        if not st.get(FOUND):
            steps.append(st)
            continue
        rows = [r for r, row in zip(st["rows"], step_rows(st), strict=True)
                if not any((f, row_item(st, row)) in own for f in row_fields(st, row))]  # fmt: skip
        if rows:
            steps.append({**st, "rows": rows})
    return tuple(steps), same
