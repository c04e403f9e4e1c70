"""Capture time rules: from what a device wrote to the UTC moment used everywhere.

Pure functions, no database. ``capture_utc = localise(capture_local, offset or event zone)
+ clock_shift`` (see docs/DESIGN.md): the device's wall-clock time is kept, so the moment can
always be derived again when the event's zone or a camera's correction changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.domain.zones import zone as zone
from smparchive.core.media.kinds import TimeSource
from smparchive.core.messages import problem

UNKNOWN_CAMERA = "||"
# Times not read from the camera's clock: a program set them (an archival package's sidecar
# holds the corrected time already), so a camera clock correction must not move them again.
NOT_CAMERA_CLOCK = frozenset({TimeSource.XMP_SIDECAR.value})


def takes_clock_correction(source: str | None) -> bool:
    """Whether a capture time read from ``source`` is the camera's clock, the one its clock
    correction shifts (not a time an XMP sidecar gives)."""
    return source not in NOT_CAMERA_CLOCK


def to_utc(local: datetime, offset_min: int | None, tz: ZoneInfo) -> datetime:
    """The UTC moment of a naive device time, with its own offset or else the zone ``tz``.

    A wall-clock time repeated by a DST change takes its first occurrence; a time skipped by
    one is read with the offset in force before the change (as a camera not yet switched).
    """
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    if offset_min is not None:
        return (local - timedelta(minutes=offset_min)).replace(tzinfo=UTC)
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC)


def derive_capture_utc(
    local: datetime | None,
    offset_min: int | None,
    tz: ZoneInfo,
    shift_s: int,
    *,
    current_utc: datetime | None = None,
    current_shift_s: int = 0,
) -> datetime | None:
    """The corrected capture moment of an item.

    Items with a device time are derived from it; items known only as a UTC moment (no
    ``local``) keep it, moved by the change of clock shift.
    """
    if local is not None:
        return to_utc(local, offset_min, tz) + timedelta(seconds=shift_s)
    if current_utc is not None:
        return current_utc + timedelta(seconds=shift_s - current_shift_s)
    return None


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    """The calendar date of an aware moment in ``tz`` (what 'day 1' means at the venue)."""
    return moment.astimezone(tz).date()


def camera_key(make: str | None, model: str | None, serial: str | None) -> str:
    """The identity of a device: 'make|model|serial' ('||' when nothing is known)."""
    return "|".join((x or "").strip() for x in (make, model, serial))


def split_camera_key(key: str) -> tuple[str | None, str | None, str | None]:
    """Inverse of :func:`camera_key` (empty parts become None)."""
    parts = [*key.split("|"), "", "", ""][:3]
    make, model, serial = (p or None for p in parts)
    return make, model, serial


def camera_name(key: str) -> str:
    """A device as people name it: 'FUJIFILM X-T4 (C9012)', 'Canon EOS R6' (the maker once:
    most models repeat its first word); 'unknown camera' when nothing is known."""
    make, model, serial = split_camera_key(key)
    make, model = (make or "").strip(), (model or "").strip()
    if make and model.lower().startswith(make.split()[0].lower()):
        make = ""
    name = f"{make} {model}".strip() or "unknown camera"
    return f"{name} ({serial})" if serial else name


def pin_offset(current: datetime, known: datetime) -> int:
    """The clock shift (s) that makes an item captured at ``current`` show ``known``."""
    return round((known.astimezone(UTC) - current.astimezone(UTC)).total_seconds())


# '+1h2m5s' and, as the app and the log write a correction, '+1 h 02 min 05 s'
_OFFSET = re.compile(
    r"^\s*([+-])?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$"
)
_CLOCK = re.compile(r"^\s*([+-])?(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\s*$")


def parse_offset(text: str) -> int:
    """Seconds from '+1h', '-30m', '+1h2m5s', '+1 h 02 min 05 s', '-0:45', '+01:00:30' or
    '3600'."""
    raw = text.strip()
    if re.fullmatch(r"[+-]?\d+", raw):
        return int(raw)
    m = _CLOCK.match(raw)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        return sign * (int(m.group(2)) * 3600 + int(m.group(3)) * 60 + int(m.group(4) or 0))
    m = _OFFSET.match(raw)
    if m and any(m.group(i) for i in range(2, 6)):
        sign = -1 if m.group(1) == "-" else 1
        d, h, mi, s = (int(m.group(i) or 0) for i in range(2, 6))
        return sign * (((d * 24 + h) * 60 + mi) * 60 + s)
    raise CatalogError(problem("time.not_offset", value=text))


def parse_moment(text: str, tz: ZoneInfo, default_date: date | None = None) -> datetime:
    """An aware moment from '2022-06-01 09:30[:00]', an ISO time with offset, or '09:30'
    (on ``default_date``); naive times are read in ``tz``."""
    raw = text.strip().replace("T", " ")
    try:
        if re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", raw):
            if default_date is None:
                raise ValueError
            raw = f"{default_date.isoformat()} {raw}"
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise CatalogError(problem("time.not_moment", value=text)) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz, fold=0)
    return value.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class TimeRow:
    """The time fields of one item, as stored."""

    id: int
    capture_utc: datetime | None
    capture_local: datetime | None
    capture_offset_min: int | None
    clock_shift_s: int
    capture_source: str | None = None


def rederive(rows: list[TimeRow], tz: ZoneInfo, shift_s: int | None = None) -> dict[int, datetime]:
    """New capture times of ``rows`` (only those that change), with a new shift if given."""
    out: dict[int, datetime] = {}
    for r in rows:
        shift = r.clock_shift_s if shift_s is None else shift_s
        if not takes_clock_correction(r.capture_source):
            shift = 0
        new = derive_capture_utc(
            r.capture_local,
            r.capture_offset_min,
            tz,
            shift,
            current_utc=r.capture_utc,
            current_shift_s=r.clock_shift_s,
        )
        if new is not None and new != r.capture_utc:
            out[r.id] = new
    return out
