"""A camera's items per local date (what the clock dialog offers), corrections included."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo


def test_camera_dates_in_the_event_zone(catalog: Any, add_items: Any) -> None:
    nikon = {"camera_make": "Nikon", "camera_model": "Z 6", "camera_serial": "1"}
    add_items(
        [
            {**nikon, "name": "a.jpg", "capture_utc": datetime(2022, 6, 1, 21, 30, tzinfo=UTC)},
            {**nikon, "name": "b.jpg", "capture_utc": datetime(2022, 6, 1, 22, 30, tzinfo=UTC)},
            {"name": "c.jpg", "camera_make": "Canon", "camera_model": "R6",
             "capture_utc": datetime(2022, 6, 1, 10, 0, tzinfo=UTC)},
        ]
    )  # fmt: skip
    key = "Nikon|Z 6|1"
    brussels = ZoneInfo("Europe/Brussels")
    # 23:30 and 00:30 in Brussels: two local dates, though one UTC date
    assert catalog.camera_dates(key, brussels) == {date(2022, 6, 1): 1, date(2022, 6, 2): 1}
    assert catalog.camera_dates(key, UTC) == {date(2022, 6, 1): 2}
    catalog.set_clock_offset(key, -3600)
    assert catalog.camera_dates(key, brussels) == {date(2022, 6, 1): 2}
