"""A day's timeline reads what it draws of each item, not full records.

The clock dialog and the timeline window read every item of the shown date as full item
records (texts, tags, paths): a day of 250,000 items at a million took ~13 s of CPU before
the timeline appeared. ``Catalog.timeline_items`` reads the columns the lanes use, in the
same order, with the same values; ``load_day`` uses it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items

from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.domain.assign import ItemFacts

DAY = datetime(2022, 6, 2, 0, 0, tzinfo=UTC)


@pytest.fixture
def cat(engine_catalog: Any) -> Any:
    return engine_catalog  # a new catalogue on each engine (tests/conftest.py)


def _items(cat: Any, tmp_path: Path) -> list[int]:
    cat.create_event("Summit", time_zone="UTC")
    start = DAY + timedelta(hours=9)
    sid = cat.add_session("Opening", start, start + timedelta(hours=1), room="A").value
    cams = [
        {"camera_make": "Canon", "camera_model": "EOS R5"},
        {"camera_make": "Sony", "camera_model": "ILCE-7M4", "camera_serial": "123"},
        {"camera_make": "", "camera_model": "Phone"},
        {"camera_make": None, "camera_model": None},
    ]
    specs: list[dict[str, Any]] = []
    for n in range(40):
        spec: dict[str, Any] = {
            **cams[n % 4],
            "name": f"IMG_{(n * 7) % 40:04d}.JPG",
            # four items a minute apart share a time (ties ordered by id); some the day
            # before or after, one undated
            "capture_utc": DAY + timedelta(hours=8 + (n * 13) % 30 // 4, minutes=n % 3),
            "kind": ("photo", "video", "slides", "photo", "audio")[n % 5],
            "duration_s": 95.0 if n % 5 in (1, 4) else None,
            "session_id": sid if n % 3 == 0 else None,
            "assignment": "manual" if n % 6 == 0 else ("auto" if n % 3 == 0 else None),
            "capture_source": ("exif", "mtime", "xmp")[n % 3],
        }
        if n % 11 == 10:
            spec["capture_utc"] = DAY - timedelta(hours=2)
        if n % 13 == 12:
            spec["capture_utc"] = DAY + timedelta(days=1, hours=1)
        if n == 17:
            spec["capture_utc"] = None
        specs.append(spec)
    return insert_items(cat, tmp_path / "media", specs)


def test_the_timeline_reads_what_the_records_say_in_their_order(cat: Any, tmp_path: Path) -> None:
    _items(cat, tmp_path)
    lo, hi = DAY, DAY + timedelta(days=1)
    records = cat.items(cat.query_ids(ItemFilter(date_from=lo, date_to=hi)))
    got = cat.timeline_items(lo, hi)
    assert 20 < len(got) == len(records) < 40
    assert [g.facts for g in got] == [
        ItemFacts(
            r.id,
            r.kind,
            r.capture_utc,
            r.duration_s,
            r.session_id,
            r.assignment,
            r.name,
            time_source=r.capture_source,
        )
        for r in records
    ]
    assert [(g.camera_make, g.camera_model, g.camera_serial, g.camera_key) for g in got] == [
        (r.camera_make, r.camera_model, r.camera_serial, r.camera_key) for r in records
    ]
    assert {g.camera_key for g in got} == {
        "Canon|EOS R5|",
        "Sony|ILCE-7M4|123",
        "|Phone|",
        None,
    }
