"""The one time model people read: corrected time in the event's zone, zone named when it
could be misread, corrections marked, UTC only when asked."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from smparchive.core.domain import timefmt
from smparchive.core.domain.timefmt import shown_time

BRUSSELS = ZoneInfo("Europe/Brussels")


def test_container_utc_video_reads_as_brussels_local_time() -> None:
    # EMN_roundtable_0930.mp4: the recorder wrote 07:30 UTC, the session is 09:30 local
    st = shown_time(datetime(2022, 6, 1, 7, 30, tzinfo=UTC), BRUSSELS, source="container")
    assert st is not None
    assert st.text() == "2022-06-01 09:30 CEST"
    assert st.text(utc=True) == "2022-06-01 07:30 UTC"
    assert st.iso_local() == "2022-06-01T09:30:00+02:00"
    assert st.iso_utc() == "2022-06-01T07:30:00Z"
    assert not st.corrected and not st.ambiguous


def test_corrected_item_is_marked() -> None:
    st = shown_time(datetime(2022, 6, 1, 8, 30, tzinfo=UTC), BRUSSELS, shift_s=3600)
    assert st is not None
    assert st.text() == "2022-06-01 10:30 CEST, corrected by +1 h"
    assert st.text(marker=False, zone=False) == "2022-06-01 10:30"
    assert st.as_json()["corrected_by_s"] == 3600


def test_zone_named_only_where_ambiguous() -> None:
    plain = shown_time(datetime(2022, 6, 1, 7, 30, tzinfo=UTC), BRUSSELS, device_offset_min=120)
    assert plain is not None and plain.text(zone=None) == "2022-06-01 09:30"
    # a photo whose camera recorded another offset (a visitor's phone on its home time)
    other = shown_time(datetime(2022, 6, 1, 7, 30, tzinfo=UTC), BRUSSELS, device_offset_min=-240)
    assert other is not None and other.text(zone=None) == "2022-06-01 09:30 CEST"
    # a container's UTC stamp (offset 0) is a moment, not a clock someone read elsewhere
    video = shown_time(
        datetime(2022, 6, 1, 7, 30, tzinfo=UTC), BRUSSELS, source="container", device_offset_min=0
    )
    assert video is not None and video.text(zone=None) == "2022-06-01 09:30"
    # 02:30 on 30 October 2022 happened twice in Brussels
    fold = shown_time(datetime(2022, 10, 30, 0, 30, tzinfo=UTC), BRUSSELS)
    assert fold is not None and fold.ambiguous and fold.text(zone=None).endswith("CEST")
    later = shown_time(datetime(2022, 10, 30, 1, 30, tzinfo=UTC), BRUSSELS)
    assert later is not None and later.text(zone=None) == "2022-10-30 02:30 CET"


def test_naive_moment_is_utc_and_no_zone_is_utc() -> None:
    st = shown_time(datetime(2022, 6, 1, 7, 30), None)
    assert st is not None and st.text() == "2022-06-01 07:30 UTC" and st.zone == "UTC"
    assert shown_time(None, BRUSSELS) is None


def test_correction_and_source_texts() -> None:
    assert timefmt.correction_text(3600) == "+1 h"
    assert timefmt.correction_text(-1800) == "-30 min"
    assert timefmt.correction_text(3900) == "+1 h 05 min"
    assert timefmt.correction_text(-12) == "-12 s"
    assert timefmt.correction_text(90061) == "+1 d 1 h 01 min 01 s"
    assert timefmt.source_text("exif+offset", 120) == "camera EXIF with offset (+02:00)"
    assert timefmt.source_text("container", 0, 3600) == "container UTC, corrected by +1 h"
    assert timefmt.source_text("iptc") == "IPTC date"
    assert timefmt.source_text("mtime") == "file date"


def test_span_text() -> None:
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    end = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    assert timefmt.span_text(start, end, BRUSSELS) == "09:30-11:00"


def test_every_time_source_has_a_name() -> None:
    from smparchive.core.vocab import TimeSource

    assert set(timefmt.SOURCE_TEXTS) == set(TimeSource)


def test_a_correction_reads_back_as_the_seconds_it_was_written_from() -> None:
    """The History re-says a stored label's correction in the interface's units, so what
    ``correction_text`` writes (and earlier versions' '+1h00m') must read back exactly."""
    from smparchive.core.domain.timefmt import correction_text, parse_correction

    for seconds in (1, -59, 3600, -1800, 3909, 2 * 86400 + 3600, -(400 * 86400 + 61)):
        assert parse_correction(correction_text(seconds)) == seconds
    assert parse_correction("+1h00m") == 3600
    assert parse_correction("-0h30m") == -1800
    assert parse_correction("corrected") is None and parse_correction("+") is None
