"""Read a conference programme in any supported format: pure, no database.

``parse_schedule(path)`` recognises the format from the content (not the file name):
frab/pretalx ``schedule.json`` and ``schedule.xml``, iCalendar and CSV. It either returns a
complete :class:`ParsedSchedule` or raises one :class:`ScheduleError`, so that a caller can
import all sessions or none.
"""

from __future__ import annotations

import json
from pathlib import Path

from smparchive.core.domain.schedule_model import (
    ParsedConference,
    ParsedDay,
    ParsedSchedule,
    ParsedSession,
    ScheduleError,
)
from smparchive.core.organise.schedule_csv import parse_csv
from smparchive.core.organise.schedule_frab import parse_frab_json, parse_frab_xml
from smparchive.core.organise.schedule_ical import parse_ical

__all__ = [
    "MAX_SCHEDULE_BYTES",
    "PROGRAMME_EXTENSIONS",
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
        _check_frab_json(data)
        return parse_frab_json(data, default_tz)
    if fmt == "frab-xml":
        return parse_frab_xml(data, default_tz)
    if fmt == "ical":
        return parse_ical(data, default_tz)
    return parse_csv(data, default_tz, title=name)


SUPPORTED = (
    "supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV "
    "with a header row"
)


def _check_frab_json(data: bytes) -> None:
    """Name a JSON file that is no frab/pretalx schedule.json instead of failing on a
    missing member deep inside it (a schedule v2 export said "missing rooms")."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ScheduleError(f"byte {exc.start}: the JSON file is not UTF-8; {SUPPORTED}") from exc
    except json.JSONDecodeError as exc:
        raise ScheduleError(
            f"the file starts like JSON but is not valid JSON (line {exc.lineno}, column "
            f"{exc.colno}: {exc.msg}); {SUPPORTED}"
        ) from exc
    shape = _json_shape(doc)
    if shape is not None:
        raise ScheduleError(f"this is {shape}, a format smparchive does not read; {SUPPORTED}")


def _json_shape(doc: object) -> str | None:
    """None for a frab/pretalx schedule.json, else a description of what the JSON is."""
    schedule = doc.get("schedule") if isinstance(doc, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    days = conference.get("days") if isinstance(conference, dict) else None
    if isinstance(days, list) and all(
        isinstance(d, dict) and isinstance(d.get("rooms"), dict) for d in days
    ):
        return None  # frab: schedule.conference.days[].rooms{name: [events]}
    if isinstance(schedule, dict):
        version = schedule.get("version")
        label = f" (version {version})" if version else ""
        return (
            f"a schedule JSON{label} whose days list no rooms with their events, as the "
            "newer schedule v2 JSON does"
        )
    keys = set(doc) if isinstance(doc, dict) else set()
    if {"talks", "rooms"} <= keys:
        return "a schedule v2 JSON (talks and rooms listed apart)"
    if {"sessions", "speakers"} <= keys or (
        isinstance(doc, list) and doc and isinstance(doc[0], dict) and "sessions" in doc[0]
    ):
        return "a Sessionize JSON export"
    if isinstance(doc, dict):
        shown = ", ".join(sorted(keys)[:6])
        return f"JSON in an unknown layout (top-level members: {shown or 'none'})"
    return f"JSON holding a {type(doc).__name__}, not a schedule object"


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
    _check_named_format(path, data)
    try:
        return parse_schedule_bytes(data, default_tz, name=path.stem)
    except ScheduleError as exc:
        raise ScheduleError(f"{path.name}: {exc}") from exc


_NAMED = {".json": "frab-json", ".xml": "frab-xml", ".ics": "ical", ".ical": "ical"}
# The usual names of programme files (file dialogs offer these; the content decides).
PROGRAMME_EXTENSIONS = (*_NAMED, ".csv")
_SUPPORTED = (
    "smparchive reads frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and "
    "CSV with a header row"
)


def _check_named_format(path: Path, data: bytes) -> None:
    """A file named .json/.xml/.ics whose content is something else (say, random bytes) is
    refused as what it is, not parsed as CSV with a misleading complaint about columns."""
    named = _NAMED.get(path.suffix.lower())
    found = detect_format(data)
    if named is not None and found != named:
        raise ScheduleError(
            f"{path.name} is named as a {path.suffix.lstrip('.').upper()} file but its "
            f"contents are not a programme in that format (damaged or another kind of "
            f"file?); {_SUPPORTED}"
        )
    if found == "csv" and b"\0" in data[:65536]:
        raise ScheduleError(
            f"{path.name} is not a text file, so it is not a programme; {_SUPPORTED}"
        )
