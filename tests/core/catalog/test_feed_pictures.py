"""A teammate's new poster frame reaches an open window as a changed picture, so the
window makes the item's picture again instead of keeping the old frame."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_a_teammates_poster_time_arrives_as_a_changed_picture(
    engine_catalog: Any, engine_location: str, item_inserter: Any, tmp_path: Path
) -> None:
    ids = item_inserter(engine_catalog, tmp_path / "media", [{}, {}])
    window = open_catalog(engine_location)  # a window open elsewhere
    feed = window.change_feed()
    try:
        engine_catalog.set_fields([ids[0]], poster_time_s=2.5)
        engine_catalog.set_fields([ids[1]], rating=4)
        pictures: set[int] = set()
        items: set[int] = set()
        deadline = time.monotonic() + 10
        while items != set(ids) and time.monotonic() < deadline:
            for change in feed.wait(0.5):
                items |= change.items
                pictures |= change.changes.pictures
        assert items == set(ids)
        assert pictures == {ids[0]}  # the rated item's picture stands
    finally:
        feed.close()
        window.close()
