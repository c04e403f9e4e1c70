"""Read a conference programme in any supported format: pure, no database.

``parse_schedule(path)`` recognises the format from the content (not the file name):
frab/pretalx ``schedule.json`` and ``schedule.xml``, iCalendar and CSV. It either returns a
complete :class:`ParsedSchedule` or raises one :class:`ScheduleError`, so that a caller can
import all sessions or none.
"""

from __future__ import annotations

from pathlib import Path

from smparchive.core.organise.schedule_csv import parse_csv
from smparchive.core.organise.schedule_frab import parse_frab_json, parse_frab_xml
from smparchive.core.organise.schedule_ical import parse_ical
from smparchive.core.organise.schedule_model import (
    ParsedConference,
    ParsedDay,
    ParsedSchedule,
    ParsedSession,
    ScheduleError,
)

__all__ = [
    "MAX_SCHEDULE_BYTES",
    "ParsedConference",
    "ParsedDay",
    "ParsedSchedule",
    "ParsedSession",
    "ScheduleError",
    "detect_format",
    "parse_schedule",
    "parse_schedule_bytes",
]

MAX_SCHEDULE_BYTES = 50 * 1024 * 1024  # far beyond any real programme


def detect_format(data: bytes) -> str:
    """Name the format of a programme from its first bytes: frab-json, frab-xml, ical or csv."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        if head[:2] == b"\xff\xfe":
            head = head[2:].decode("utf-16-le", errors="ignore").encode("utf-8")
        else:
            head = head[2:].decode("utf-16-be", errors="ignore").encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"{"):
        return "frab-json"
    if head.startswith(b"<"):
        return "frab-xml"
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return "ical"
    return "csv"


def parse_schedule_bytes(
    data: bytes, default_tz: str | None = None, *, name: str = ""
) -> ParsedSchedule:
    """Parse programme bytes; ``name`` (e.g. a file stem) titles formats that have no title.

    ``default_tz`` is the zone for formats without one (CSV, floating iCalendar times,
    a frab file lacking ``time_zone_name``); a zone named in the file wins.
    """
    if len(data) > MAX_SCHEDULE_BYTES:
        raise ScheduleError(f"the programme is larger than {MAX_SCHEDULE_BYTES} bytes")
    fmt = detect_format(data)
    if fmt in {"frab-json", "ical"} and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16").encode("utf-8")
    if fmt == "frab-json":
        return parse_frab_json(data, default_tz)
    if fmt == "frab-xml":
        return parse_frab_xml(data, default_tz)
    if fmt == "ical":
        return parse_ical(data, default_tz)
    return parse_csv(data, default_tz, title=name)


def parse_schedule(path: Path | str, default_tz: str | None = None) -> ParsedSchedule:
    """Parse the programme file at ``path`` (format detected from its content)."""
    from smparchive.core.media.safety import InputRefused, read_capped

    path = Path(path)
    try:  # the size is counted while reading: /dev/zero or a pipe must not read forever
        data = read_capped(path, MAX_SCHEDULE_BYTES, f"The programme file {path.name}")
    except InputRefused as exc:
        raise ScheduleError(str(exc)) from exc
    except OSError as exc:
        raise ScheduleError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    try:
        return parse_schedule_bytes(data, default_tz, name=path.stem)
    except ScheduleError as exc:
        raise ScheduleError(f"{path.name}: {exc}") from exc
