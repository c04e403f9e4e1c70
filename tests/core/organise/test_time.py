"""Capture time rules: zones, DST change days, explicit offsets, UTC videos, clock shifts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from smparchive.core.catalog.schema import CatalogError
from smparchive.core.domain import time as t
from smparchive.core.domain import timefmt

BXL = ZoneInfo("Europe/Brussels")


def test_zone_less_camera_time_takes_the_event_zone() -> None:
    local = datetime(2022, 6, 1, 9, 30)
    assert t.to_utc(local, None, BXL) == datetime(2022, 6, 1, 7, 30, tzinfo=UTC)  # CEST
    assert t.to_utc(datetime(2022, 1, 10, 9, 30), None, BXL).hour == 8  # CET


def test_explicit_offset_wins_over_the_zone() -> None:
    local = datetime(2022, 6, 1, 9, 30)
    assert t.to_utc(local, -240, BXL) == datetime(2022, 6, 1, 13, 30, tzinfo=UTC)
    assert t.to_utc(local, 0, BXL) == datetime(2022, 6, 1, 9, 30, tzinfo=UTC)  # video: UTC


def test_dst_change_days_in_brussels() -> None:
    # 30 Oct 2022: 02:30 happens twice; the first (CEST, +2) is taken.
    assert t.to_utc(datetime(2022, 10, 30, 2, 30), None, BXL) == datetime(
        2022, 10, 30, 0, 30, tzinfo=UTC
    )
    # After the change, 03:30 is CET (+1).
    assert t.to_utc(datetime(2022, 10, 30, 3, 30), None, BXL).hour == 2
    # 27 Mar 2022: 02:30 does not exist; read with the offset before the change (+1).
    assert t.to_utc(datetime(2022, 3, 27, 2, 30), None, BXL) == datetime(
        2022, 3, 27, 1, 30, tzinfo=UTC
    )
    # 08:00 after the spring change is CEST: 06:00 UTC, on the same local date.
    moment = t.to_utc(datetime(2022, 3, 27, 8, 0), None, BXL)
    assert moment.hour == 6 and t.local_date(moment, BXL) == date(2022, 3, 27)


def test_derive_applies_the_clock_shift_and_keeps_utc_only_items() -> None:
    assert t.derive_capture_utc(datetime(2022, 6, 1, 8, 30), None, BXL, 3600) == datetime(
        2022, 6, 1, 7, 30, tzinfo=UTC
    )
    utc = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    moved = t.derive_capture_utc(None, None, BXL, 600, current_utc=utc, current_shift_s=60)
    assert moved == datetime(2022, 6, 1, 7, 9, tzinfo=UTC)
    assert t.derive_capture_utc(None, None, BXL, 0) is None


def test_local_date_near_midnight() -> None:
    late = datetime(2022, 6, 1, 22, 30, tzinfo=UTC)  # 00:30 on 2 June in Brussels
    assert t.local_date(late, BXL) == date(2022, 6, 2)


def test_pin_offset_and_offset_parsing() -> None:
    current = datetime(2022, 6, 1, 6, 30, tzinfo=UTC)
    known = datetime(2022, 6, 1, 9, 30, tzinfo=BXL)
    assert t.pin_offset(current, known) == 3600
    assert t.parse_offset("+1h") == 3600
    assert t.parse_offset("-30m") == -1800
    assert t.parse_offset("+1h2m5s") == 3725
    assert t.parse_offset("-0:45") == -2700
    assert t.parse_offset("3600") == 3600
    assert timefmt.correction_text(-3725) == "-1 h 02 min 05 s"  # as the log and app say it
    assert t.parse_offset("-1 h 02 min 05 s") == -3725  # and read back, copied from the log
    assert t.parse_offset("+30 min") == 1800
    with pytest.raises(CatalogError, match="not a clock offset"):
        t.parse_offset("soon")


def test_parse_moment_and_unknown_zone() -> None:
    assert t.parse_moment("2022-06-01 09:30", BXL) == datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    assert t.parse_moment("09:30", BXL, date(2022, 6, 2)).day == 2
    assert t.parse_moment("2022-06-01T09:30+00:00", BXL).hour == 9
    with pytest.raises(CatalogError, match="not a date and time"):
        t.parse_moment("tomorrow", BXL)
    with pytest.raises(CatalogError, match="Unknown time zone 'Europe/Brusels'"):
        t.zone("Europe/Brusels")


def test_camera_keys() -> None:
    key = t.camera_key("NIKON CORPORATION", "NIKON Z 6", None)
    assert key == "NIKON CORPORATION|NIKON Z 6|"
    assert t.split_camera_key(key) == ("NIKON CORPORATION", "NIKON Z 6", None)
    assert t.camera_key(None, None, None) == t.UNKNOWN_CAMERA
