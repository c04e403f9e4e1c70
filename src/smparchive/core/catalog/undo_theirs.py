"""An undo leaves what a teammate set the same since: both added "Panel", one undoes, the
keyword stays (the other wanted it too) and the undo says so (:class:`SameKept`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from smparchive.core.catalog.audit import SameSince, row_fields, row_item, step_rows
from smparchive.core.catalog.changes import SameKept

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
    for field, (_user, items) in same.items():
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
    return tuple(out), SameKept(same[field][0], field, on[0] if on else None, len(on))


def _covers(items: frozenset[int] | None, item: int | None) -> bool:
    """Whether a teammate's same value of a field (None: every row of it) covers ``item``."""
    return items is None or item in items
