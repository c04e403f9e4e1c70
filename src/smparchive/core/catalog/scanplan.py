"""When a sorted filter is better read by scanning the items than through its index (SQLite).

One rule for the catalogue (``QueryOps._scans_table``) and the command line's light reader
(``CatalogReader._scans_table``), from the statement's ``EXPLAIN QUERY PLAN`` steps; no
SQLAlchemy here, so the reader's start-up stays light.
"""

from __future__ import annotations

from collections.abc import Sequence

# A filter matching at least 1 / SCAN_SHARE of the catalogue, sorted in an order no index
# gives, is read by scanning the items.
SCAN_SHARE = 4
# A filter naming several indexed conditions (a camera and a kind ...) is read through the
# index of the one keeping the fewest items when it keeps at most this many: ~20,000 row
# lookups and a sort, ~50 ms at 1M (``QueryOps._led_by_fewest``, ``CatalogReader``).
LED_BY_FEWEST = 20_000


def sorts_rows(plan: Sequence[str]) -> bool:
    """Whether the plan sorts the matching rows in a temporary B-tree. A sort of the "right
    part" only (ties of an index's order, e.g. the ids of equal sizes) does not count: the
    index gives the order and a window stops after its rows."""
    return any("TEMP B-TREE" in step and "RIGHT PART" not in step for step in plan)


def plan_says(plan: Sequence[str]) -> bool | None:
    """From the plan alone: False (no sort after lookups: keep the index), True (a whole
    index read with a lookup per entry: never cheaper than the scan), None (lookups through
    a searched index: the share of the catalogue matching decides, :func:`share_says`)."""
    # Any sort, even of ties only: a filter walking an index with a lookup per entry (a
    # consent largest first, through ix_items_size) pays those lookups for every window.
    if not any("TEMP B-TREE" in step for step in plan):
        return False
    lookups = [
        step
        for step in plan
        if step.startswith(("SEARCH items USING INDEX", "SCAN items USING INDEX"))
        and "COVERING" not in step
    ]
    if not lookups:
        return False
    if any(step.startswith("SCAN") for step in lookups):
        return True
    return None


def share_says(matching: int, size: int) -> bool:
    """Scan when the filter matches at least 1 / SCAN_SHARE of the ``size`` items."""
    return matching * SCAN_SHARE >= size


# The name order's own index (schema 0025).
NAME_INDEX = "ix_items_name"


def broad_read(sort: str, *, window: bool) -> str:
    """How SQLite reads a broad filter (one :func:`plan_says` / :func:`share_says` send to a
    scan) in ``sort`` order: a window by name walks the name index and looks up each entry
    until the window is full (800,000 photos of a million items: the middle window 0.74 ->
    0.17 s, the first page 146 -> 1 ms); every id, or another order, scans the items and
    sorts them (every id by name: 0.55 s scanning against 0.68 s walking)."""
    return f"INDEXED BY {NAME_INDEX}" if window and sort == "name" else "NOT INDEXED"
