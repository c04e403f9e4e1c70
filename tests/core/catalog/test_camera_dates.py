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


def test_camera_dates_counted_in_sql_equal_the_items_dates_in_every_zone(
    engine_catalog: Any, item_inserter: Any, tmp_path: Any
) -> None:
    """The dates Camera Clocks offers for a camera are counted per quarter hour in SQL (a
    camera's 200,000 times were read one by one at a million items): the same counts as
    each item's own local date, in zones with half- and three-quarter-hour offsets, a
    summer-time change, and a 1930 offset of 19 min 32 s whose midnights fall inside a
    quarter hour."""
    from datetime import timedelta

    cam = {"camera_make": "Sony", "camera_model": "A7", "camera_serial": "9"}
    base = datetime(2022, 3, 26, 20, 0, tzinfo=UTC)  # Brussels changes its clocks on 27 March
    times = [base + timedelta(minutes=7 * n, seconds=n % 60) for n in range(700)]
    times += [datetime(1930, 5, 1, 23, 40, 0, tzinfo=UTC) + timedelta(minutes=n) for n in range(2)]
    times += [datetime(1930, 5, 1, 23, 40, s, tzinfo=UTC) for s in (27, 29)]
    specs = [{**cam, "name": f"s{n}.jpg", "capture_utc": m} for n, m in enumerate(times)]
    specs.append({**cam, "name": "no-time.jpg", "capture_utc": None})
    specs.append({"camera_make": "Canon", "camera_model": "R6", "name": "other.jpg",
                  "capture_utc": base})  # fmt: skip
    item_inserter(engine_catalog, tmp_path / "media", specs)
    for name in ("Europe/Brussels", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns",
                 "Australia/Lord_Howe", "Europe/Amsterdam", "UTC"):  # fmt: skip
        zone = ZoneInfo(name)
        expected: dict[date, int] = {}
        for m in times:
            d = m.astimezone(zone).date()
            expected[d] = expected.get(d, 0) + 1
        assert engine_catalog.camera_dates("Sony|A7|9", zone) == expected, name
