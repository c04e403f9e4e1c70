"""The clock dialog's and the timeline window's day (``load_day``) reads no full records: a
day of 250,000 items at a million took ~13 s of CPU (see
tests/core/catalog/test_timeline_items.py)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path
from unittest import mock

from tests.core.catalog.test_timeline_items import DAY, _items

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.gui.dialogs.clocks import load_day


def test_a_days_timeline_reads_no_full_records(tmp_path: Path) -> None:
    """The lanes are those the records gave, without reading the records."""
    cat = open_catalog(tmp_path / "t.smpcat", create=True)
    _items(cat, tmp_path)
    records = cat.items(cat.query_ids(ItemFilter(date_from=DAY, date_to=DAY + timedelta(1))))
    with mock.patch.object(type(cat), "items", side_effect=AssertionError("full records")):
        by_camera = load_day(cat, on_date=DAY.date())
        by_kind = load_day(cat, by="kind", on_date=DAY.date())
    lanes = {lane.key: lane.count for lane in by_camera["lanes"]}
    assert sum(lanes.values()) == len(records) > 20
    assert lanes == Counter(r.camera_key or f"kind:{r.kind}" for r in records)
    assert {lane.key: lane.label for lane in by_camera["lanes"]}["|Phone|"] == "Phone"
    kinds = {lane.key: lane.count for lane in by_kind["lanes"]}
    assert kinds == Counter(r.kind for r in records)
    cat.close()
