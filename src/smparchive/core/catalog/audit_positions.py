"""Where a change left the items it put in a collection: a position is a membership's value,
so an undo tells a teammate's newer order from its own (``audit.still_as_left``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.models import CollectionItem

# details key: collection id -> [[item, position], ...] of the rows the change wrote
POSITIONS = "positions"
# details key: the items (id runs) a move shifted without moving them (those it passed)
SHIFTED = "shifted"


def positions_left(s: OrmSession, steps: Sequence[Mapping[str, Any]]) -> dict[str, list[list[int]]]:
    """The positions of the collection rows a change's journal ``steps`` wrote (their undo
    deletes them), read in its transaction."""
    wanted: dict[int, set[int]] = {}
    for step in steps:
        if step["table"] == "collection_items" and step["op"] == "delete_rows":
            keys = list(step["keys"])
            for r in step["rows"]:
                row = dict(zip(keys, r, strict=True))
                wanted.setdefault(int(row["collection_id"]), set()).add(int(row["item_id"]))
    out: dict[str, list[list[int]]] = {}
    for cid, items in wanted.items():
        found: list[list[int]] = []
        for chunk in chunked(sorted(items)):
            q = select(CollectionItem.item_id, CollectionItem.position).where(
                CollectionItem.collection_id == cid, CollectionItem.item_id.in_(chunk)
            )
            found += [[int(i), int(p)] for i, p in s.execute(q)]
        if found:
            out[str(cid)] = sorted(found)
    return out


def added_and_moved(
    steps: Sequence[Mapping[str, Any]], collection: str
) -> tuple[set[int], set[int]]:
    """The items an undo's ``steps`` take out of ``collection`` (rows its change added) and,
    of those, the ones they put back at another place (rows its change moved)."""
    out: dict[str, set[int]] = {"delete_rows": set(), "insert_rows": set()}
    for step in steps:
        if step["table"] != "collection_items" or step["op"] not in out:
            continue
        cols = step["keys"] if step["op"] == "delete_rows" else step["columns"]
        for r in step["rows"]:
            row = dict(zip(cols, r, strict=False))
            if str(row.get("collection_id")) == collection:
                out[step["op"]].add(int(row["item_id"]))
    added = out["delete_rows"]
    return added, added & out["insert_rows"]


def merely_shifted(
    details: Mapping[str, Any] | None, steps: Sequence[Mapping[str, Any]], field: str
) -> frozenset[int]:
    """The items a teammate's move (its audit ``details``) only shifted that one's undo
    (``steps``) takes out of the collection ``field``: no choice of theirs is lost."""
    from smparchive.core.catalog.audit import run_ids

    kind, _dot, collection = field.partition(".")
    runs = (details or {}).get(SHIFTED) if kind == "collection" else None
    if not runs:
        return frozenset()
    added, moved = added_and_moved(steps, collection)
    return frozenset(run_ids(runs)) & frozenset(added - moved)


def still_placed(
    s: OrmSession, details: Mapping[str, Any] | None, collection: str, items: frozenset[int]
) -> frozenset[int]:
    """Of ``items`` (in ``collection`` now), those at the positions the change (its audit
    ``details``) left them, and those it recorded no position of (an older change, or a
    row it did not write: membership alone is compared)."""
    left = ((details or {}).get(POSITIONS) or {}).get(collection) if details else None
    placed = {int(i): int(p) for i, p in left or ()}
    ask = sorted(i for i in items if i in placed)
    now = {i for i in items if i not in placed}
    for chunk in chunked(ask):
        q = select(CollectionItem.item_id, CollectionItem.position).where(
            CollectionItem.collection_id == int(collection), CollectionItem.item_id.in_(chunk)
        )
        now.update(int(i) for i, p in s.execute(q) if placed[int(i)] == p)
    return frozenset(now)
