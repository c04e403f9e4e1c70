"""The change feed's bookkeeping kept small (issue 19: the catalogue's size at a million
items): what a scan, a rescan or a verify notes for open windows keeps its item ids as runs
of consecutive ids in the entry, not one audit_items row (and index entry) per item, and
open windows are told of the same items; the history, which never lists that bookkeeping,
still finds each item's own changes."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from smparchive.core.catalog.audit import id_runs, run_items
from smparchive.core.catalog.catalog import open_catalog


def test_ids_as_runs_and_back() -> None:
    assert id_runs([7, 1, 2, 3, 3, 9, 10]) == [[1, 3], [7, 7], [9, 10]]
    assert run_items({"id_runs": [[1, 3], [7, 7], [9, 10]]}) == [1, 2, 3, 7, 9, 10]
    assert id_runs([]) == [] and run_items({}) == [] and run_items(None) == []


def _told(feed: Any) -> set[int]:
    seen: set[int] = set()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for change in feed.wait(0.5):
            seen |= change.items
        if seen:
            for change in feed.wait(0.5):
                seen |= change.items
            break
    return seen


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_bookkeeping_of_many_items_reaches_a_window_without_a_row_per_item(
    engine_catalog: Any, engine_location: str, item_inserter: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    # more ids than a PostgreSQL notification carries (they are read back from the entry)
    ids = item_inserter(cat, tmp_path / "media", [{} for _ in range(1000)])
    cat.set_fields(ids[:2], rating=4)  # a change of the history
    window = open_catalog(engine_location)  # a window open elsewhere
    feed = window.change_feed()
    try:
        gone = [i for i in ids if i % 3]  # several runs
        cat.ingest_mark_missing(gone)
        assert _told(feed) == set(gone)
    finally:
        feed.close()
        window.close()
    with cat.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT count(*) FROM audit_items AS i JOIN audit_log AS a ON a.id = i.audit_id "
                "WHERE a.action = 'sync'"
            )
        ).scalar()
        kept = conn.execute(
            text("SELECT item_count FROM audit_log WHERE action = 'sync' ORDER BY id DESC")
        ).scalar()
    assert rows == 0 and kept == len(gone)
    # the history by item still lists the item's own change, not the bookkeeping
    assert [r.action for r in cat.history(item_id=ids[0])] == ["do"]
    assert cat.history(item_id=ids[2]) == []
