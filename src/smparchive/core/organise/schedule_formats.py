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
from smparchive.core.messages import Message, plain, problem, syntax_phrase
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
        raise ScheduleError(problem("programme.too_large", n=MAX_SCHEDULE_BYTES))
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


def _check_frab_json(data: bytes) -> None:
    """Name a JSON file that is no frab/pretalx schedule.json instead of failing on a
    missing member deep inside it (a schedule v2 export said "missing rooms")."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ScheduleError(problem("programme.json_not_utf8_supported", n=exc.start)) from exc
    except json.JSONDecodeError as exc:
        raise ScheduleError(
            problem(
                "programme.json_invalid",
                n=exc.lineno,
                value=exc.colno,
                detail=syntax_phrase(exc.msg),
            )
        ) from exc
    shape = _json_shape(doc)
    if shape is not None:
        raise ScheduleError(shape)


def _json_shape(doc: object) -> Message | None:
    """None for a frab/pretalx schedule.json, else the sentence saying what the JSON is."""
    schedule = doc.get("schedule") if isinstance(doc, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    days = conference.get("days") if isinstance(conference, dict) else None
    if isinstance(days, list) and all(
        isinstance(d, dict) and isinstance(d.get("rooms"), dict) for d in days
    ):
        return None  # frab: schedule.conference.days[].rooms{name: [events]}
    if isinstance(schedule, dict):
        version = schedule.get("version")
        if version:
            return problem("programme.json_v2_days_version", value=version)
        return problem("programme.json_v2_days")
    keys = set(doc) if isinstance(doc, dict) else set()
    if {"talks", "rooms"} <= keys:
        return problem("programme.json_v2")
    if {"sessions", "speakers"} <= keys or (
        isinstance(doc, list) and doc and isinstance(doc[0], dict) and "sessions" in doc[0]
    ):
        return problem("programme.json_sessionize")
    if isinstance(doc, dict):
        shown = ", ".join(sorted(keys)[:6])
        return problem("programme.json_unknown_layout", value=shown or "-")
    return problem("programme.json_not_object", value=type(doc).__name__)


def parse_schedule(path: Path | str, default_tz: str | None = None) -> ParsedSchedule:
    """Parse the programme file at ``path`` (format detected from its content)."""
    from smparchive.core.media.safety import InputRefused, read_capped

    path = Path(path)
    try:  # the size is counted while reading: /dev/zero or a pipe must not read forever
        data = read_capped(path, MAX_SCHEDULE_BYTES, f"The programme file {path.name}")
    except InputRefused as exc:
        if "regular" in str(exc):
            raise ScheduleError(problem("programme.file_not_regular", name=path.name)) from exc
        size = f"{MAX_SCHEDULE_BYTES // (1024 * 1024)} MB"
        raise ScheduleError(
            problem("programme.file_too_large", name=path.name, value=size)
        ) from exc
    except OSError as exc:
        raise ScheduleError(
            problem("programme.file_unreadable", name=path.name, why=plain(exc))
        ) from exc
    _check_named_format(path, data)
    try:
        return parse_schedule_bytes(data, default_tz, name=path.stem)
    except ScheduleError as exc:
        raise ScheduleError(problem("programme.in_file", name=path.name, why=exc.args[0])) from exc


_NAMED = {".json": "frab-json", ".xml": "frab-xml", ".ics": "ical", ".ical": "ical"}
# The usual names of programme files (file dialogs offer these; the content decides).
PROGRAMME_EXTENSIONS = (*_NAMED, ".csv")


def _check_named_format(path: Path, data: bytes) -> None:
    """A file named .json/.xml/.ics whose content is something else (say, random bytes) is
    refused as what it is, not parsed as CSV with a misleading complaint about columns."""
    named = _NAMED.get(path.suffix.lower())
    found = detect_format(data)
    if named is not None and found != named:
        raise ScheduleError(
            problem("programme.misnamed", name=path.name, fmt=path.suffix.lstrip(".").upper())
        )
    if found == "csv" and b"\0" in data[:65536]:
        raise ScheduleError(problem("programme.not_text", name=path.name))
