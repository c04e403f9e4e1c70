"""Plain data for a parsed conference programme, plus the rules every format parser shares.

Parsers turn a file into :class:`ParsedSchedule` (frozen, no database). Times are aware
datetimes in the conference zone; compare or subtract them through UTC (``start_utc``),
because Python ignores offsets when both sides share a ``tzinfo`` (wrong on DST change days).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smparchive.core.media.webvtt import valid_language
from smparchive.core.messages import problem


class ScheduleError(ValueError):
    """A programme that cannot be imported; the message names the line, element or JSON path."""


@dataclass(frozen=True, slots=True)
class ParsedConference:
    """The conference a programme describes."""

    title: str
    acronym: str
    time_zone: str  # IANA name, e.g. "Europe/Brussels"
    venue: str | None
    start: date
    end: date
    language: str | None = None  # of its texts, when the programme says (frab's <language>)


@dataclass(frozen=True, slots=True)
class ParsedDay:
    """One programme day: its name in the programme's language, and in further languages
    when the programme gives them (((language, name), ...): day_texts, 0042)."""

    date: date
    label: str
    names: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedSession:
    """One scheduled session; ``start``/``end`` are aware, in the conference zone."""

    external_id: str  # stable across re-imports of the same programme
    date: date  # the programme day it belongs to
    title: str
    room: str | None
    start: datetime
    end: datetime
    track: str | None = None
    abstract: str | None = None
    speakers: tuple[str, ...] = ()
    do_not_record: bool = False
    do_not_publish: bool = False
    # its title, room and description in further languages, when the programme gives
    # them: ((field, language, text), ...), field "title", "room" or "description"
    texts: tuple[tuple[str, str, str], ...] = ()

    @property
    def start_utc(self) -> datetime:
        """Start as an aware UTC datetime (safe to compare across DST changes)."""
        return self.start.astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """End as an aware UTC datetime."""
        return self.end.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class ParsedSchedule:
    """A whole programme; ``warnings`` are non-fatal findings (e.g. overlaps in a room)."""

    conference: ParsedConference
    days: tuple[ParsedDay, ...]
    sessions: tuple[ParsedSession, ...]
    format: str  # "frab-json", "frab-xml", "ical" or "csv"
    warnings: tuple[str, ...] = ()
    # (earlier, later) external ids of sessions overlapping in one room; each pair also has a
    # sentence in ``warnings`` containing " overlaps " and " in room ".
    overlaps: tuple[tuple[str, str], ...] = ()


def load_zone(name: str, where: str) -> ZoneInfo:
    """Return the zone called ``name`` or raise :class:`ScheduleError` naming ``where``."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ScheduleError(
            problem("programme.unknown_zone", where=where, value=repr(name))
        ) from exc


_DURATION = re.compile(r"^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:.hH]([0-5]\d)(?::([0-5]\d))?$")


def parse_duration(text: str, where: str) -> timedelta:
    """Parse "HH:MM", "H:MM:SS" or a whole number of minutes."""
    value = text.strip()
    if value.isdigit():
        return timedelta(minutes=int(value))
    match = _DURATION.match(value)
    if not match:
        raise ScheduleError(problem("programme.bad_duration", where=where, value=repr(text)))
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def parse_clock(text: str, where: str) -> time:
    """Parse a wall-clock time such as "09:30", "9:30:00", "9.30" or "9h30"."""
    match = _CLOCK.match(text.strip())
    if not match:
        raise ScheduleError(problem("programme.bad_time", where=where, value=repr(text)))
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return time(hours, minutes, seconds)


def parse_iso_date(text: str, where: str) -> date:
    """Parse a date given as "YYYY-MM-DD" (a longer ISO datetime is cut to its date)."""
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError as exc:
        raise ScheduleError(problem("programme.bad_date", where=where, value=repr(text))) from exc


def localise(wall: datetime, zone: ZoneInfo, where: str) -> datetime:
    """Attach ``zone`` to a naive wall-clock time, refusing times skipped by a DST change.

    An ambiguous time (the repeated hour in autumn) takes its first occurrence (``fold=0``).
    """
    aware = wall.replace(tzinfo=zone, fold=0)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall:
        raise ScheduleError(
            problem(
                "programme.skipped_hour", where=where, value=f"{wall:%Y-%m-%d %H:%M}", zone=zone.key
            )
        )
    return aware


def add_duration(start: datetime, duration: timedelta, zone: ZoneInfo) -> datetime:
    """Add elapsed time (not wall-clock time) to ``start``: correct across DST changes."""
    return (start.astimezone(UTC) + duration).astimezone(zone)


def normalise_text(text: str) -> str:
    """Unicode-normalised, case-folded text with collapsed white space (for stable ids)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def stable_id(prefix: str, day: date, room: str | None, start: datetime, title: str) -> str:
    """An id derived from date, room, start and title, identical on every re-import."""
    key = "|".join(
        (day.isoformat(), normalise_text(room or ""), f"{start:%H:%M}", normalise_text(title))
    )
    return f"{prefix}:{hashlib.sha256(key.encode('utf-8')).hexdigest()[:20]}"


def split_speakers(text: str) -> tuple[str, ...]:
    """Split a speaker list on ';' (preferred) or ','; drops empty names and duplicates."""
    separator = ";" if ";" in text else ","
    names = (" ".join(part.split()) for part in text.split(separator))
    return tuple(dict.fromkeys(name for name in names if name))


# Placeholders programmes put where a speaker will go: never a person.
_JUNK_SPEAKERS = {
    "",
    "-",
    "--",
    "—",
    "–",
    "?",
    "??",
    "...",
    "…",
    "x",
    "tba",
    "tbc",
    "tbd",
    "n/a",
    "na",
    "n.a.",
    "n.n.",
    "nn",
    "none",
    "nobody",
    "unknown",
    "to be announced",
    "to be confirmed",
    "speaker",
    "speakers",
    "various",
    "various speakers",
    "à confirmer",
    "a confirmer",
    "à définir",
    "nog te bepalen",
    "ntb",
    "wordt bevestigd",
    "folgt",
    "n. n.",
}


def is_junk_speaker(name: str) -> bool:
    """True for placeholders such as "-", "TBA", "n/a" or an empty name."""
    folded = " ".join(name.split()).casefold().strip(" ()[]")
    return folded in _JUNK_SPEAKERS or not any(c.isalnum() for c in folded)


_TRUE = {"1", "true", "yes", "y", "x", "oui", "ja", "on"}
_FALSE = {"", "0", "false", "no", "n", "non", "nee", "off", "-"}


def parse_flag(value: object, where: str) -> bool:
    """Read a yes/no value written as a boolean, number or word."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, int):
        return value != 0
    word = str(value).strip().casefold()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ScheduleError(problem("programme.bad_flag", where=where, value=repr(value)))


class ScheduleBuilder:
    """Collects sessions from one parser and applies the shared checks on :meth:`finish`."""

    def __init__(self, zone: ZoneInfo, fmt: str) -> None:
        self.zone = zone
        self.format = fmt
        self.warnings: list[str] = []
        self._sessions: list[ParsedSession] = []
        self._where: dict[str, str] = {}

    def add(self, session: ParsedSession, where: str) -> None:
        """Add a session after checking its times; a repeated id is kept apart with a warning.

        Placeholder speakers ("TBA", "-") are dropped.
        """
        if not session.title.strip():
            raise ScheduleError(problem("programme.no_title", where=where))
        junk = [n for n in session.speakers if is_junk_speaker(n)]
        if junk:
            kept = tuple(n for n in session.speakers if not is_junk_speaker(n))
            session = replace(session, speakers=kept)
        span = session.end_utc - session.start_utc
        if span < timedelta(0):
            raise ScheduleError(
                problem(
                    "programme.ends_before_start",
                    where=where,
                    title=repr(session.title),
                    value=f"{session.end:%Y-%m-%d %H:%M}",
                    other=f"{session.start:%Y-%m-%d %H:%M}",
                )
            )
        if span == timedelta(0):
            self.warnings.append(
                problem("programme.zero_minutes", where=where, title=repr(session.title))
            )
        if session.external_id in self._where and self._same(session):
            self.warnings.append(
                problem(
                    "programme.repeated",
                    where=where,
                    title=repr(session.title),
                    other=self._where[session.external_id],
                )
            )
            return
        if session.external_id in self._where:
            # Not conforming (UIDs must be unique) but common: an event copied in a calendar
            # keeps its UID. Both sessions are kept, the copy under a numbered id, stable as
            # long as the file keeps its order.
            first = self._where[session.external_id]
            n = 2
            while f"{session.external_id}#{n}" in self._where:
                n += 1
            session = replace(session, external_id=f"{session.external_id}#{n}")
            self.warnings.append(
                problem(
                    "programme.id_reused",
                    where=where,
                    value=repr(session.external_id.rsplit("#", 1)[0]),
                    other=first,
                )
            )
        self._where[session.external_id] = where
        self._sessions.append(session)

    def _same(self, session: ParsedSession) -> bool:
        """True when a session with the same id, title, room and times was added."""
        return any(
            s.external_id == session.external_id
            and (s.title, s.room, s.start_utc, s.end_utc)
            == (session.title, session.room, session.start_utc, session.end_utc)
            for s in self._sessions
        )

    def finish(
        self,
        *,
        title: str,
        acronym: str = "",
        venue: str | None = None,
        start: date | None = None,
        end: date | None = None,
        days: list[ParsedDay] | None = None,
        language: str | None = None,
    ) -> ParsedSchedule:
        """Sort, derive days and dates when the format has none, and flag room overlaps."""
        if not self._sessions:
            raise ScheduleError(problem("programme.no_sessions"))
        sessions = sorted(self._sessions, key=lambda s: (s.start_utc, s.room or "", s.title))
        if not days:
            dates = sorted({s.date for s in sessions})
            days = [ParsedDay(d, f"Day {i}") for i, d in enumerate(dates, start=1)]
        conference = ParsedConference(
            title=title.strip() or "Untitled programme",
            acronym=acronym.strip(),
            time_zone=self.zone.key,
            venue=venue.strip() if venue and venue.strip() else None,
            start=start or min(d.date for d in days),
            end=end or max(d.date for d in days),
            language=language,
        )
        overlaps = _overlaps(sessions)
        self.warnings.extend(_overlap_sentence(a, b, self._where) for a, b in overlaps)
        return ParsedSchedule(
            conference=conference,
            days=tuple(sorted(days, key=lambda d: d.date)),
            sessions=tuple(sessions),
            format=self.format,
            warnings=tuple(self.warnings),
            overlaps=tuple((a.external_id, b.external_id) for a, b in overlaps),
        )


def _overlaps(sessions: list[ParsedSession]) -> list[tuple[ParsedSession, ParsedSession]]:
    """Pairs (earlier, later) of sessions that overlap in the same room."""
    by_room: dict[str, list[ParsedSession]] = defaultdict(list)
    for session in sessions:
        if session.room:
            by_room[normalise_text(session.room)].append(session)
    found: list[tuple[ParsedSession, ParsedSession]] = []
    for room_sessions in by_room.values():
        running: list[ParsedSession] = []
        for session in room_sessions:  # already sorted by start
            running = [r for r in running if r.end_utc > session.start_utc]
            found.extend((earlier, session) for earlier in running)
            running.append(session)
    return found


def _overlap_sentence(earlier: ParsedSession, later: ParsedSession, where: dict[str, str]) -> str:
    return problem(
        "programme.overlap",
        where=where[later.external_id],
        title=repr(later.title),
        value=f"{later.start:%Y-%m-%d %H:%M}-{later.end:%H:%M}",
        other=repr(earlier.title),
        limit=f"{earlier.start:%H:%M}-{earlier.end:%H:%M}",
        name=repr(later.room),
    )


def main_language(codes: Iterable[str]) -> str | None:
    """The language more than half of a programme's sessions say they are in (frab gives
    one per session, "" when silent), as a lower-case code; else None (not claimed)."""
    every = [c.strip().lower() for c in codes]
    said = Counter(c for c in every if valid_language(c))
    if not said:
        return None
    code, count = said.most_common(1)[0]
    return code if count * 2 > len(every) else None
