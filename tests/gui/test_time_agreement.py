"""Property: every view shows an item's time the same way, as one function computes it.

For random moments, event zones, camera offsets and clock corrections, the core formatter,
the CLI `ls` line, the GUI's grid caption / details cell / inspector / loupe overlay and
the export manifest's date all agree with the corrected moment in the event's zone.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from smparchive.cli.commands.items import _row as ls_row
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.domain import timefmt
from smparchive.core.export.catalog_bridge import entry_for_record
from smparchive.core.export.manifest import row_for
from smparchive.gui import formatting as fmt
from smparchive.gui.viewers.info import info_html

ZONES = [
    "Europe/Brussels",
    "UTC",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def record(**values: Any) -> ItemRecord:
    """An item record with neutral defaults (the fields that matter given)."""
    defaults: dict[str, Any] = {}
    for f in dataclasses.fields(ItemRecord):
        if f.name in ("titles", "captions", "alt_texts"):
            defaults[f.name] = {}
        elif f.name in ("tags", "restrictions", "withdrawn"):
            defaults[f.name] = ()
        elif f.name in ("rating", "flag", "size", "mtime_ns", "clock_shift_s", "root_id"):
            defaults[f.name] = 0
        elif f.name in ("first_seen_at", "updated_at"):
            defaults[f.name] = datetime(2022, 6, 1, tzinfo=UTC)
        elif f.name == "has_embedded_thumb":
            defaults[f.name] = False
        else:
            defaults[f.name] = None
    defaults.update(
        id=1, rel_path="a.jpg", path="/x/a.jpg", name="a.jpg", kind="photo",
        consent="unknown", status="ok", thumb_state="ok",
    )  # fmt: skip
    defaults.update(values)
    return ItemRecord(**defaults)


@pytest.fixture(autouse=True)
def _restore_locale_and_zone() -> Any:
    before = QLocale()
    yield
    QLocale.setDefault(before)
    fmt.set_event_zone(None)


@settings(max_examples=150, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)),
    zone=st.sampled_from(ZONES),
    shift_s=st.sampled_from([0, 3600, -3600, 1800, -90, 7 * 3600 + 125, -86400]),
    device_offset=st.one_of(st.none(), st.integers(-12 * 60, 14 * 60)),
    source=st.sampled_from(
        ["exif+offset", "exif", "xmp", "iptc", "quicktime", "container", "mtime"]
    ),
)
def test_every_view_agrees(
    qapp: Any,
    moment: datetime,
    zone: str,
    shift_s: int,
    device_offset: int | None,
    source: str,
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    tz = ZoneInfo(zone)
    utc = moment.replace(tzinfo=UTC, microsecond=0)
    rec = record(
        capture_utc=utc,
        capture_local=(utc + timedelta(minutes=device_offset or 0)).replace(tzinfo=None),
        capture_offset_min=device_offset,
        capture_source=source,
        clock_shift_s=shift_s,
    )
    # The one function, computed independently of the code under test.
    local = utc.astimezone(tz)
    digits = local.strftime("%Y-%m-%d %H:%M")
    clock = local.strftime("%H:%M")
    human = f"{local.day} {MONTHS[local.month - 1]} {local.year} {clock}"
    marked = shift_s != 0
    # only the file's date: every view says so ('(file date)', '~10:30' in a caption)
    file_date = source == "mtime"
    near = "~" if file_date else ""

    core = timefmt.item_time(rec, tz)
    assert core is not None and core.local == local and core.wall() == digits
    assert core.iso_local() == local.isoformat()

    line = ls_row(rec, tz)[2]  # the CLI ls "captured" cell
    assert line.startswith(f"{digits} {local.tzname()}")
    assert ("corrected by" in line) == marked
    assert ("(file date)" in line) == file_date
    assert ls_row(rec, None)[2].startswith(utc.strftime("%Y-%m-%d %H:%M UTC"))

    fmt.set_event_zone(tz)
    cell = fmt.capture(rec)  # details table, assignment preview, inspector's Captured row
    correction = timefmt.correction_text(shift_s)
    assert cell.startswith(near + human) and (f"({correction})" in cell) == marked
    spelled = fmt.capture(rec, compact=False)  # inspector header
    assert spelled.startswith(human) and (fmt.correction(shift_s) in spelled) == marked
    assert ("(file date)" in spelled) == file_date
    # grid caption: the time alone on its programme day, with its date on no programme's
    assert fmt.capture_clock(rec).startswith(near + human)
    fmt.set_event_days({1: local.date()})
    assert fmt.capture_clock(replace(rec, day_id=1)).startswith(near + clock)
    fmt.set_event_days({})
    tooltip = fmt.capture(rec, zone=True, compact=False)
    assert tooltip.startswith(f"{human} {local.tzname()}")
    tooltip_zone = fmt.capture(rec, zone=True)
    assert tooltip_zone.startswith(f"{near}{human} {local.tzname()}")
    assert (fmt.correction(shift_s) in fmt.capture_source(rec)) == marked  # its Time from row
    overlay = info_html(rec, None)  # loupe overlay
    assert f"{human}:{local:%S} {local.tzname()}" in overlay
    assert (fmt.correction(shift_s) in overlay) == marked
    assert ("(file date)" in overlay) == file_date

    entry = entry_for_record(rec, event_zone=tz)
    manifest_date = row_for(entry, "a.jpg", "image/jpeg", "en").date
    parsed = datetime.fromisoformat(manifest_date)
    assert parsed == utc and parsed.utcoffset() == local.utcoffset()
    assert manifest_date.startswith(local.strftime("%Y-%m-%dT%H:%M:%S"))


def test_every_time_source_has_a_translatable_name() -> None:
    from smparchive.core.vocab import TimeSource

    assert set(fmt.SOURCE_NAMES) == set(TimeSource)
