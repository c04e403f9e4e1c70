"""How a person reads an item's time: one function for every view, the CLI and exports.

The stored moment (``capture_utc``, already corrected by the camera's clock shift) is shown
in the *event's* time zone, the zone named where a reader could misread it, and a corrected
item says so ("corrected by +1 h"). UTC is shown only when asked for. The GUI formats the
same :class:`ShownTime` through QLocale (month names); the digits come from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

from smparchive.core.media.kinds import TimeSource

# How the time source codes read (English; the GUI translates the same codes).
SOURCE_TEXTS: dict[str, str] = {
    TimeSource.EXIF_OFFSET: "camera EXIF with offset",
    TimeSource.EXIF_LOCAL: "camera EXIF without offset",
    TimeSource.XMP: "XMP date",
    TimeSource.XMP_SIDECAR: "XMP sidecar date",
    TimeSource.XMP_LEGACY: "XMP date",
    TimeSource.IPTC: "IPTC date",
    TimeSource.QUICKTIME: "QuickTime creation date",
    TimeSource.CONTAINER_UTC: "container date, UTC (phone or recorder)",
    TimeSource.CONTAINER_LOCAL: "container date, camera's local time",
    TimeSource.CONTAINER_LEGACY: "container UTC",
    TimeSource.DOCUMENT: "document date",
    TimeSource.FILE_MTIME: "file date",
}


# Sources that are moments (UTC stamps, document metadata), not a wall clock someone read:
# their recorded offset says nothing about what the people at the event saw.
_UTC_STAMPS = frozenset(
    {
        TimeSource.CONTAINER_UTC,
        TimeSource.CONTAINER_LEGACY,
        TimeSource.DOCUMENT,
        TimeSource.FILE_MTIME,
    }
)


class TimedItem(Protocol):
    """The stored time fields of an item (``ItemRecord`` has them)."""

    @property
    def capture_utc(self) -> datetime | None: ...
    @property
    def capture_offset_min(self) -> int | None: ...
    @property
    def capture_source(self) -> str | None: ...
    @property
    def clock_shift_s(self) -> int: ...


@dataclass(frozen=True, slots=True)
class ShownTime:
    """An item's corrected moment as people read it, in the event's zone."""

    utc: datetime  # aware UTC, correction included
    local: datetime  # aware, in ``zone``
    zone: str  # IANA name of the event's zone ("UTC" when no event has one)
    shift_s: int = 0  # clock correction included in the moment
    source: str | None = None  # media.info.TimeSource code
    device_offset_min: int | None = None  # the UTC offset the file itself recorded
    # The event zone's offset at this moment, for a time shown in another zone (an action's
    # time on this computer's clock): where the two differ the zone is named.
    event_offset_min: int | None = None

    @property
    def corrected(self) -> bool:
        return self.shift_s != 0

    @property
    def file_date(self) -> bool:
        """Only the file's modification time is known: often when it was copied or saved,
        not when it was made. Every view says so beside the time."""
        return self.source == TimeSource.FILE_MTIME

    @property
    def zone_abbr(self) -> str:
        """'CEST', 'CET', 'UTC' or '+03' (ZoneInfo's name for the offset in force)."""
        return self.local.tzname() or offset_text(self.offset_min)

    @property
    def offset_min(self) -> int:
        off = self.local.utcoffset()
        return int(off.total_seconds() // 60) if off is not None else 0

    @property
    def ambiguous(self) -> bool:
        """Whether the bare wall-clock time could be misread: a time repeated or skipped by
        a daylight-saving change, a file that recorded another offset than the venue's, or
        an action's time on a computer whose clock reads otherwise than the event's."""
        if self.event_offset_min is not None and self.event_offset_min != self.offset_min:
            return True
        if (
            self.device_offset_min is not None
            and self.source not in _UTC_STAMPS
            and self.device_offset_min != self.offset_min
        ):
            return True
        naive = self.local.replace(tzinfo=None)
        tz = self.local.tzinfo
        other = naive.replace(tzinfo=tz, fold=1 - self.local.fold)
        return other.utcoffset() != self.local.utcoffset()

    def iso_local(self) -> str:
        """ISO 8601 to the second with the offset: '2022-06-01T09:30:00+02:00'."""
        return self.local.replace(microsecond=0).isoformat()

    def iso_utc(self) -> str:
        """ISO 8601 UTC to the second: '2022-06-01T07:30:00Z'."""
        return self.utc.replace(microsecond=0).isoformat().replace("+00:00", "Z")

    def wall(self, *, utc: bool = False, seconds: bool = False, date: bool = True) -> str:
        """The digits only: '2022-06-01 09:30' (or the UTC moment with ``utc``)."""
        moment = self.utc if utc else self.local
        pattern = ("%Y-%m-%d " if date else "") + ("%H:%M:%S" if seconds else "%H:%M")
        return moment.strftime(pattern)

    def text(
        self,
        *,
        utc: bool = False,
        seconds: bool = False,
        date: bool = True,
        zone: bool | None = True,
        marker: bool = True,
    ) -> str:
        """'2022-06-01 09:30 CEST, corrected by +1 h' in English (CLI, exports, logs).

        ``zone=None`` names the zone only when the time is :attr:`ambiguous`.
        """
        out = self.wall(utc=utc, seconds=seconds, date=date)
        named = self.ambiguous if zone is None else zone
        if utc:
            out += " UTC"
        elif named:
            out += f" {self.zone_abbr}"
        if marker and self.file_date:
            out += " (file date)"
        if marker and self.corrected:
            out += f", corrected by {correction_text(self.shift_s)}"
        return out

    def as_json(self) -> dict[str, object]:
        """Both moments for scripts: local ISO with offset, UTC, zone, correction, source."""
        return {
            "local": self.iso_local(),
            "utc": self.iso_utc(),
            "zone": self.zone,
            "corrected_by_s": self.shift_s,
            "source": self.source,
        }


def shown_time(
    capture_utc: datetime | None,
    tz: tzinfo | None,
    *,
    shift_s: int = 0,
    source: str | None = None,
    device_offset_min: int | None = None,
) -> ShownTime | None:
    """The time people read for a stored moment (naive values are taken as UTC)."""
    if capture_utc is None:
        return None
    utc = capture_utc.replace(tzinfo=UTC) if capture_utc.tzinfo is None else capture_utc
    utc = utc.astimezone(UTC)
    zone = tz or UTC
    return ShownTime(
        utc=utc,
        local=utc.astimezone(zone),
        zone=zone_name(zone),
        shift_s=int(shift_s or 0),
        source=source,
        device_offset_min=device_offset_min,
    )


def item_time(item: TimedItem, tz: tzinfo | None) -> ShownTime | None:
    """:func:`shown_time` of a catalogued item (record or row with the stored fields)."""
    return shown_time(
        item.capture_utc,
        tz,
        shift_s=item.clock_shift_s,
        source=item.capture_source,
        device_offset_min=item.capture_offset_min,
    )


def action_time(moment: datetime, event_tz: tzinfo | None) -> ShownTime:
    """When someone did something (a scan, an edit, an export): this computer's clock, as the
    person who did it read it (naive values are taken as UTC, as stored). Where that clock
    reads otherwise than the event's zone the time is :attr:`~ShownTime.ambiguous`, so the
    zone is named: beside capture times a bare '15:02' would read as one of them."""
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    local = utc.astimezone()  # this computer's zone (TZ), as its clock reads
    event = utc.astimezone(event_tz or UTC).utcoffset()
    return ShownTime(
        utc=utc,
        local=local,
        zone=zone_name(local.tzinfo or UTC),
        event_offset_min=int(event.total_seconds() // 60) if event is not None else 0,
    )


def action_values(key: str, moment: datetime) -> dict[str, str]:
    """A time of someone's work as a coded sentence's values (core/messages.py): ``key`` on
    this computer's clock with its zone named ('2026-12-07 15:02 EST', as the CLI says it),
    ``key_utc`` the moment in UTC ISO, from which the app says it in its own format."""
    shown = action_time(moment, None)
    return {key: shown.text(marker=False), f"{key}_utc": shown.iso_utc()}


def zone_name(tz: tzinfo) -> str:
    """The IANA name of a zone ('UTC' for the UTC singleton)."""
    if isinstance(tz, ZoneInfo):
        return tz.key
    return "UTC" if tz is UTC else (tz.tzname(None) or "UTC")


def offset_text(minutes: int) -> str:
    """'+02:00' / '-05:30'."""
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def correction_text(seconds: int, day: str = "d") -> str:
    """'+1 h', '-30 min', '+1 h 05 min', '+12 s': a clock correction as people say it;
    ``day``: the language's symbol for days (French 'j'; h, min and s are everyone's)."""
    sign = "-" if seconds < 0 else "+"
    left = abs(int(seconds))
    d, left = divmod(left, 86400)
    h, left = divmod(left, 3600)
    m, s = divmod(left, 60)
    parts = []
    if d:
        parts.append(f"{d} {day}")
    if h:
        parts.append(f"{h} h")
    if m:
        parts.append(f"{m:02d} min" if parts else f"{m} min")
    if s or not parts:
        parts.append(f"{s:02d} s" if parts else f"{s} s")
    return sign + " ".join(parts)


_CORRECTION_PART = re.compile(r"(\d+)\s*(d|h|min|m|s)")
_CORRECTION = re.compile(r"([+-])\s*((?:\d+\s*(?:d|h|min|m|s)\s*)+)")
_UNIT_S = {"d": 86400, "h": 3600, "min": 60, "m": 60, "s": 1}


def parse_correction(text: str) -> int | None:
    """The seconds of a correction as :func:`correction_text` writes it ('+2 d 1 h',
    '-30 min'; earlier versions '+1h00m'); None for any other text."""
    m = _CORRECTION.fullmatch(text.strip())
    if m is None:
        return None
    seconds = sum(int(n) * _UNIT_S[u] for n, u in _CORRECTION_PART.findall(m.group(2)))
    return -seconds if m.group(1) == "-" else seconds


def source_text(source: str | None, offset_min: int | None = None, shift_s: int = 0) -> str:
    """Where a time came from: 'camera EXIF with offset (+02:00), corrected by +1 h'."""
    text = SOURCE_TEXTS.get(source or "", source or "unknown")
    if source == TimeSource.EXIF_OFFSET and offset_min is not None:
        text += f" ({offset_text(offset_min)})"
    if shift_s:
        text += f", corrected by {correction_text(shift_s)}"
    return text


def span_text(start: datetime, end: datetime, tz: tzinfo | None) -> str:
    """'09:30-11:00' of a session in the event's zone (dates added when they differ)."""
    a, b = shown_time(start, tz), shown_time(end, tz)
    assert a is not None and b is not None
    if a.local.date() == b.local.date():
        return f"{a.wall(date=False)}-{b.wall(date=False)}"
    return f"{a.wall()}-{b.wall()}"
