"""Parser for programmes published as iCalendar (.ics) files, through ``icalendar``.

Each timed VEVENT becomes a session: UID is the external id, LOCATION the room, the first
CATEGORIES value the track, speakers come from a "Speakers:" line of DESCRIPTION, else
ATTENDEE names, else the ORGANIZER's. Floating times (no TZID, no Z) take ``default_tz``.
SUMMARY, LOCATION and DESCRIPTION say their language in a LANGUAGE parameter (RFC 5545
3.2.10): the language most events' SUMMARY is in is the programme's, and a property given
again in another language is the session's text in that language. The calendar's title is
its NAME (RFC 7986, one per language too), else X-WR-CALNAME. No iCalendar property names
a day: the days are numbered.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from smparchive.core.domain.schedule_model import (
    ParsedSchedule,
    ParsedSession,
    ScheduleBuilder,
    ScheduleError,
    add_duration,
    load_zone,
    localise,
    parse_flag,
    split_speakers,
    stable_id,
)
from smparchive.core.media.webvtt import valid_language
from smparchive.core.messages import problem as coded

log = logging.getLogger(__name__)

# The length given to a VEVENT with a start and no end or duration.
DEFAULT_LENGTH = timedelta(minutes=30)

_SPEAKERS_LINE = re.compile(
    r"^\s*(?:speakers?|presenters?|intervenants?|orateurs?|sprekers?)\s*:\s*(.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def parse_ical(data: bytes, default_tz: str | None = None) -> ParsedSchedule:
    """Parse an iCalendar programme; raises :class:`ScheduleError` on any bad event."""
    text = data.decode("utf-8-sig", errors="replace")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        raise ScheduleError(_unreadable_calendar(str(exc))) from exc
    event_lines = [
        n for n, line in enumerate(text.splitlines(), 1) if line.strip().upper() == "BEGIN:VEVENT"
    ]
    events = list(calendar.walk("VEVENT"))
    zone = _calendar_zone(calendar, events, default_tz)
    default_zone = load_zone(default_tz, "default time zone") if default_tz else None
    builder = ScheduleBuilder(zone, "ical")
    main = _main_language(events)
    for index, event in enumerate(events):
        line = event_lines[index] if index < len(event_lines) else "?"
        uid = str(event.get("UID", "")).strip()
        where = f"VEVENT at line {line}" + (f" (UID {uid})" if uid else "")
        session = _session(event, uid, where, (zone, default_zone), main, builder)
        if session is not None:
            builder.add(session, where)
    _, title, _ = _in_language(_said(calendar, "NAME") or _said(calendar, "X-WR-CALNAME"), main)
    return builder.finish(title=title or "Imported calendar", venue=None, language=main)


# the session fields a VEVENT may give in several languages, by property
_IN_LANGUAGES = {"SUMMARY": "title", "LOCATION": "room", "DESCRIPTION": "description"}


def _main_language(events: list[Any]) -> str | None:
    """The language more than half of the events give their SUMMARY in (alone or among
    others), lower case; None when none is (not claimed)."""
    said = Counter(
        lang for e in events for lang in {lang.lower() for lang, _ in _said(e, "SUMMARY") if lang}
    )
    if not said:
        return None
    code, count = said.most_common(1)[0]
    return code if count * 2 > len(events) else None


def _said(component: Any, name: str) -> list[tuple[str, str]]:
    """The values of property ``name``, each with the language its LANGUAGE parameter
    says ('' when none or no language code), in the file's order."""
    values = component.get(name)
    if values is None:
        return []
    out: list[tuple[str, str]] = []
    for value in values if isinstance(values, list) else [values]:
        lang = str(getattr(value, "params", {}).get("LANGUAGE", "")).strip()
        out.append((lang if valid_language(lang) else "", str(value)))
    return out


def _in_language(
    said: list[tuple[str, str]], main: str | None
) -> tuple[str, str, list[tuple[str, str]]]:
    """The programme's own text among ``said`` (the one in ``main``, else the first): its
    language, itself, and the others in their languages, one per further language."""
    if not said:
        return "", "", []
    base = _base(main or "")
    own = next((i for i, (lang, _) in enumerate(said) if base and _base(lang) == base), 0)
    seen = {_base(said[own][0])}
    others: list[tuple[str, str]] = []
    for lang, text in said:
        if lang and _base(lang) not in seen and text.strip():
            seen.add(_base(lang))
            others.append((lang, text))
    return said[own][0], said[own][1], others


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def _calendar_zone(
    calendar: icalendar.Calendar, events: list[Any], default_tz: str | None
) -> ZoneInfo:
    """The conference zone: X-WR-TIMEZONE, else ``default_tz``, else the first TZID used."""
    declared = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if declared:
        return load_zone(declared, "X-WR-TIMEZONE")
    if default_tz:
        return load_zone(default_tz, "default time zone")
    for event in events:
        prop = event.get("DTSTART")
        tzid = prop.params.get("TZID") if prop is not None else None
        if tzid:
            # Outlook and Exchange name Windows zones ('W. Europe Standard Time')
            return load_zone(WINDOWS_TO_OLSON.get(str(tzid), str(tzid)), f"TZID {tzid}")
    raise ScheduleError(coded("programme.ical_no_zone"))


def _session(
    event: Any,
    uid: str,
    where: str,
    zones: tuple[ZoneInfo, ZoneInfo | None],
    main: str | None,
    builder: ScheduleBuilder,
) -> ParsedSession | None:
    """One VEVENT as a session, or None (with a warning) for cancelled or all-day events;
    ``zones``: the conference's and the one of floating times."""
    zone, default_zone = zones
    for name, problem in getattr(event, "errors", []):
        if str(name).upper() in {"DTSTART", "DTEND", "DURATION", "SUMMARY", "UID"}:
            raise ScheduleError(_invalid_property(where, str(name), str(problem)))
        log.info("%s: %s ignored: %s", where, name, problem)  # the library's words, for support
        builder.warnings.append(coded("programme.property_ignored", where=where, name=name))
    own, texts = _own_texts(event, main)
    title = own["title"]
    if not title:
        raise ScheduleError(coded("programme.missing_property", where=where, name="SUMMARY"))
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        builder.warnings.append(
            coded("programme.cancelled_skipped", where=where, title=repr(title))
        )
        return None
    if event.get("DTSTART") is None:
        raise ScheduleError(coded("programme.missing_property", where=where, name="DTSTART"))
    raw_start = event.decoded("DTSTART")
    if not isinstance(raw_start, datetime):
        builder.warnings.append(coded("programme.all_day_skipped", where=where, title=repr(title)))
        return None
    if event.get("RRULE") is not None:
        builder.warnings.append(
            coded("programme.recurrence_ignored", where=where, title=repr(title))
        )
    start = _aware(event, raw_start, where, "DTSTART", zone, default_zone, builder)
    if event.get("DTEND") is not None:
        raw_end = event.decoded("DTEND")
        if not isinstance(raw_end, datetime):
            raise ScheduleError(coded("programme.ical_end_is_date", where=where))
        end = _aware(event, raw_end, where, "DTEND", zone, default_zone, builder)
    elif event.get("DURATION") is not None:
        duration = event.decoded("DURATION")
        if not isinstance(duration, timedelta):
            raise ScheduleError(
                coded("programme.ical_invalid_property", where=where, name="DURATION")
            )
        end = add_duration(start, duration, zone)
    else:
        # RFC 5545 3.6.1: a date-time DTSTART alone is an event of no length. A session
        # needs a span to collect photos, so it gets a default one, and the user is told.
        end = add_duration(start, DEFAULT_LENGTH, zone)
        builder.warnings.append(
            coded(
                "programme.no_end", where=where, title=repr(title), n=DEFAULT_LENGTH.seconds // 60
            )
        )
    room = own["room"] or None
    speakers, abstract = _speakers(event, own["description"])
    day: date = start.date()
    return ParsedSession(
        external_id=uid or stable_id("ics", day, room, start, title),
        date=day,
        title=title,
        room=room,
        start=start,
        end=end,
        track=_first_category(event),
        abstract=abstract or None,
        speakers=speakers,
        do_not_record=parse_flag(event.get("X-DO-NOT-RECORD"), f"{where} X-DO-NOT-RECORD"),
        do_not_publish=parse_flag(event.get("X-DO-NOT-PUBLISH"), f"{where} X-DO-NOT-PUBLISH")
        or str(event.get("CLASS", "")).upper() in {"PRIVATE", "CONFIDENTIAL"},
        texts=texts,
    )


def _own_texts(
    event: Any, main: str | None
) -> tuple[dict[str, str], tuple[tuple[str, str, str], ...]]:
    """An event's title, room and description in the programme's language ({field: text})
    and in further ones ((field, language, text), ...); a description without the
    "Speakers:" line, which gives the speakers. The own texts are in one language: the
    programme's, else the one its own title is in."""
    own: dict[str, str] = {}
    texts: list[tuple[str, str, str]] = []
    language = main
    for name, field in _IN_LANGUAGES.items():
        said = _said(event, name)
        said_in, text, others = _in_language(said, language)
        if field == "title":
            language = said_in or main
        own[field] = text.strip() if field == "description" else " ".join(text.split())
        for lang, other in others:
            other = _speakers_line(other)[1] if field == "description" else other
            texts.append((field, lang, other.strip()))
    return own, tuple(texts)


def _aware(
    event: Any,
    moment: datetime,
    where: str,
    name: str,
    zone: ZoneInfo,
    default_zone: ZoneInfo | None,
    builder: ScheduleBuilder,
) -> datetime:
    if moment.tzinfo is None:
        # A TZID the library could not resolve (neither a zone this computer knows nor a
        # VTIMEZONE of the file) leaves the time without a zone: read in the default zone,
        # said once per TZID, never silently.
        tzid = event.get(name).params.get("TZID")
        if default_zone is None:
            if tzid:
                unknown = coded("programme.ical_unknown_tzid", where=where, value=repr(str(tzid)))
                raise ScheduleError(unknown)
            raise ScheduleError(coded("programme.ical_floating", where=where, name=name))
        if tzid:
            said = coded(
                "programme.ical_tzid_read_as_default",
                value=repr(str(tzid)),
                zone=default_zone.key,
            )
            if said not in builder.warnings:
                builder.warnings.append(said)
        return localise(moment, default_zone, f"{where} {name}").astimezone(zone)
    return moment.astimezone(zone)


def _speakers(event: Any, description: str) -> tuple[tuple[str, ...], str]:
    """Speakers and the description left once a "Speakers:" line is taken out."""
    named, rest = _speakers_line(description)
    if named:
        return named, rest
    for prop in ("ATTENDEE", "ORGANIZER"):
        values = event.get(prop)
        if values is None:
            continue
        values = values if isinstance(values, list) else [values]
        names = [" ".join(str(v.params.get("CN", "")).split()) for v in values]
        names = [n for n in names if n]
        if names:
            return tuple(dict.fromkeys(names)), description
    return (), description


def _speakers_line(description: str) -> tuple[tuple[str, ...], str]:
    """The speakers a "Speakers:" line of a description names, and the description
    without it (as it is when it has none)."""
    match = _SPEAKERS_LINE.search(description)
    if not match:
        return (), description
    rest = (description[: match.start()] + description[match.end() :]).strip()
    return split_speakers(match.group(1)), rest


def _first_category(event: Any) -> str | None:
    values = event.get("CATEGORIES")
    if values is None:
        return None
    for value in values if isinstance(values, list) else [values]:
        for category in getattr(value, "cats", [value]):
            text = str(category).strip()
            if text:
                return text
    return None


# icalendar's own English, recognised to say it plainly with the value the file holds
_BAD_LINE = re.compile(r"could not be parsed into parts: ('.*?')(?::|$)")
_GOT = re.compile(r"Expected datetime, date, or time\. Got: ('.*')")
_NOT_A_TIME = re.compile(
    r"(?:Wrong datetime format: |Wrong date format |Expected time, got: )(.*)", re.DOTALL
)
_BAD_DURATION = re.compile(r"(?:Invalid|Impractical) iCalendar duration: (.*)")
# what Calendar.from_ical says of a file that is not one whole calendar
_UNREADABLE_CALENDAR = (
    ("Found no components where exactly one is required", "programme.ical_no_calendar"),
    ("Found multiple components where only one is allowed", "programme.ical_several_calendars"),
)


def _unreadable_calendar(message: str) -> str:
    """Why a file is not an iCalendar programme, in plain words (the library's go to the
    log: they quote the start of the file)."""
    log.info("iCalendar file refused: %s", message)
    bad = _BAD_LINE.search(message)
    if bad is not None:  # icalendar's "Content line could not be parsed into parts: …"
        return coded("programme.ical_bad_line", value=bad.group(1))
    for words, code in _UNREADABLE_CALENDAR:
        if words in message:
            return coded(code)
    return coded("programme.ical_unreadable")


def _invalid_property(where: str, name: str, problem: str) -> str:
    """Why a required property of an event cannot be read, in plain words where the
    library's message is known (the library's own words go to the log)."""
    got = _GOT.search(problem)
    if got is not None:
        return coded("programme.ical_not_a_time", where=where, name=name, value=got.group(1))
    not_a_time = _NOT_A_TIME.search(problem)
    if not_a_time is not None:
        value = repr(not_a_time.group(1).strip())
        return coded("programme.ical_not_a_time", where=where, name=name, value=value)
    bad = _BAD_DURATION.search(problem)
    if bad is not None:
        value = repr(bad.group(1).strip())
        return coded("programme.ical_not_a_duration", where=where, name=name, value=value)
    log.info("%s: invalid %s: %s", where, name, problem)
    return coded("programme.ical_invalid_property", where=where, name=name)
