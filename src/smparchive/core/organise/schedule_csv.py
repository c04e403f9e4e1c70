"""Parser for programmes kept as a spreadsheet and saved as CSV.

One row per session. Header names are matched case-insensitively with common synonyms
(see ``_COLUMNS``); the delimiter (``;``, ``,`` or tab) is taken from the header line.
Times are wall-clock times in ``default_tz``. Rows without an id get a stable hash of
date, room, start and title so that re-importing the same sheet matches the same sessions.
A day's name is the first one its rows give ("day name"), in further languages too ("day
name (fr)", "day_name_fr", "day name:nl").
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date, datetime

from smparchive.core import lazylog
from smparchive.core.domain.schedule_model import (
    ParsedDay,
    ParsedSchedule,
    ParsedSession,
    ScheduleBuilder,
    ScheduleError,
    add_duration,
    load_zone,
    localise,
    parse_clock,
    parse_duration,
    parse_flag,
    split_speakers,
    stable_id,
)
from smparchive.core.media.webvtt import valid_language
from smparchive.core.messages import problem

# Header synonyms in English, French, Dutch and German (accents and case folded).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "jour", "datum", "dag", "tag"),
    "room": (
        "room",
        "location",
        "salle",
        "lieu",
        "zaal",
        "lokaal",
        "ruimte",
        "raum",
        "saal",
        "ort",
    ),
    "start": (
        "start",
        "start_time",
        "begin",
        "from",
        "time",
        "debut",
        "heure_de_debut",
        "heure_debut",
        "heure",
        "begintijd",
        "starttijd",
        "aanvang",
        "van",
        "beginn",
        "startzeit",
        "von",
        "uhrzeit",
        "zeit",
    ),
    "end": (
        "end",
        "end_time",
        "until",
        "to",
        "fin",
        "heure_de_fin",
        "heure_fin",
        "einde",
        "eindtijd",
        "tot",
        "ende",
        "endzeit",
        "bis",
    ),
    "duration": ("duration", "length", "minutes", "duree", "duur", "dauer", "minuten"),
    "title": (
        "title",
        "session",
        "name",
        "summary",
        "titre",
        "intitule",
        "nom",
        "titel",
        "naam",
        "sessie",
        "onderwerp",
        "veranstaltung",
        "vortrag",
    ),
    "speakers": (
        "speakers",
        "speaker",
        "persons",
        "presenters",
        "intervenants",
        "intervenant",
        "orateurs",
        "conferenciers",
        "sprekers",
        "spreker",
        "sprecher",
        "referenten",
        "referent",
        "redner",
        "vortragende",
    ),
    "track": ("track", "category", "theme", "piste", "categorie", "thema", "kategorie"),
    "abstract": (
        "abstract",
        "description",
        "resume",
        "beschrijving",
        "samenvatting",
        "beschreibung",
        "zusammenfassung",
    ),
    "id": ("id", "guid", "uid", "external_id", "session_id"),
    "day_name": ("day_name", "day_label", "nom_du_jour", "dagnaam", "tagesname"),
    "do_not_record": ("do_not_record", "no_recording", "dnr"),
    "do_not_publish": ("do_not_publish", "no_publication", "dnp"),
}
# a day's name in a further language: "day name (fr)", "day_name_fr", "day name:pt-BR" (as
# _header_key leaves them)
_DAY_NAME_IN = re.compile(
    r"^(?:day_name|day_label|nom_du_jour|dagnaam|tagesname)[_:(\[]+([a-z]{2,3}(?:_[a-z0-9]{2,8})*)[)\]]*$"
)
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


def _header_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.strip().casefold())
    folded = "".join(c for c in plain if not unicodedata.combining(c)).replace("ß", "ss")
    return re.sub(r"[\s\-]+", "_", folded.strip(" :*"))


def decode_csv(data: bytes) -> tuple[str, list[str]]:
    """Text of a CSV file: UTF-8 (with or without BOM) or UTF-16 with BOM; else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warning = problem("programme.not_utf8", where=f"line {line}")
        return data.decode("cp1252", errors="replace"), [warning]


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_csv(data: bytes, default_tz: str | None = None, *, title: str = "") -> ParsedSchedule:
    """Parse a CSV programme; ``default_tz`` is required since CSV carries no zone."""
    if not default_tz:
        raise ScheduleError(problem("programme.csv_no_zone"))
    zone = load_zone(default_tz, "default time zone")
    text, warnings = decode_csv(data)
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise ScheduleError(problem("programme.csv_empty"))
    # newline='': the csv module's own line handling, so a file saved with carriage
    # returns alone (Excel for Mac's "CSV (Macintosh)") reads like any other
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(lines[header_index]))
    header: list[str] | None = None
    columns: dict[str, int] = {}
    named: dict[str, int] = {}  # language -> column of the day's name in it
    day_names: dict[date, dict[str, str]] = {}  # "" -> the programme's own name
    builder = ScheduleBuilder(zone, "csv")
    builder.warnings.extend(warnings)
    last_line = 0
    try:
        for row in reader:
            first_line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = row
                columns = _map_columns(row, first_line)
                named = _day_name_columns(row, columns)
                continue
            where = f"line {first_line}"
            session = _row_session(row, columns, where, builder)
            builder.add(session, where)
            names = day_names.setdefault(session.date, {})
            for lang, index in named.items():
                text = " ".join(row[index].split()) if index < len(row) else ""
                if text:
                    names.setdefault(lang, text)  # the first row naming the day names it
    except csv.Error as exc:
        # The module's words ('field larger than field limit (131072)') go to the log;
        # the person reads what they can do about it.
        lazylog.logger(__name__).info("CSV programme: %s", exc)
        where = f"line {last_line + 1}"  # where the row that cannot be read begins
        if "field limit" in str(exc):
            too_long = problem("programme.csv_field_too_long", where=where, value=_FIELD_LIMIT)
            raise ScheduleError(too_long) from exc
        raise ScheduleError(problem("programme.csv_unreadable", where=where)) from exc
    return builder.finish(title=title, days=_named_days(day_names))


_FIELD_LIMIT = str(csv.field_size_limit())


def _day_name_columns(header: list[str], columns: dict[str, int]) -> dict[str, int]:
    """Where the header has a day's name: language -> column ('' the programme's own)."""
    found = {"": columns["day_name"]} if "day_name" in columns else {}
    for index, name in enumerate(header):
        m = _DAY_NAME_IN.match(_header_key(name))
        lang = m.group(1).replace("_", "-") if m else ""
        if lang and valid_language(lang):
            found.setdefault(lang, index)
    return found


def _named_days(names: dict[date, dict[str, str]]) -> list[ParsedDay] | None:
    """The programme's days with the names its rows gave them; None when none has one
    (the days are then numbered from the sessions' dates). Without a plain "day name", the
    English one is the day's own, as a plain column's is read (English unless the event
    says otherwise): a sheet of "day name (en)" and "day name (fr)" names its days."""
    if not any(names.values()):
        return None
    days: list[ParsedDay] = []
    for n, (d, by_lang) in enumerate(sorted(names.items()), start=1):
        own = "" if by_lang.get("") else _english(by_lang)  # the language of its own name
        further = tuple((lang, text) for lang, text in sorted(by_lang.items()) if lang != own)
        days.append(ParsedDay(d, by_lang.get(own) or f"Day {n}", further))
    return days


def _english(by_lang: dict[str, str]) -> str:
    """Which of a day's names is English ("en", else "en-GB" ...); '' when none is."""
    english = sorted(lang for lang in by_lang if lang.split("-")[0] == "en")
    return "en" if "en" in english else next(iter(english), "")


def _map_columns(header: list[str], line: int) -> dict[str, int]:
    keys = [_header_key(name) for name in header]
    columns: dict[str, int] = {}
    for field, synonyms in _COLUMNS.items():
        for synonym in synonyms:
            if synonym in keys:
                columns[field] = keys.index(synonym)
                break
    if not columns:
        shown = ", ".join(repr(h.strip()) for h in header[:6] if h.strip())
        if not shown:
            raise ScheduleError(problem("programme.csv_no_column"))
        raise ScheduleError(problem("programme.csv_no_known_column", value=shown))
    missing = [f for f in ("date", "start", "title") if f not in columns]
    if "end" not in columns and "duration" not in columns:
        missing.append("end or duration")
    if missing:
        raise ScheduleError(
            problem(
                "programme.csv_lacks_columns",
                where=f"line {line}",
                value=", ".join(missing),
                n=len(missing),
            )
        )
    return columns


def _row_session(
    row: list[str], columns: dict[str, int], where: str, builder: ScheduleBuilder
) -> ParsedSession:
    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    zone = builder.zone
    for field in ("date", "start", "title"):
        if not cell(field):
            raise ScheduleError(problem(f"programme.csv_no_{field}", where=where))
    day = _parse_day(cell("date"), f"{where}, column {_column_name(columns, 'date')}")
    start_wall = datetime.combine(day, parse_clock(cell("start"), f"{where}, start"))
    start = localise(start_wall, zone, f"{where}, start")
    if cell("end"):
        end_wall = datetime.combine(day, parse_clock(cell("end"), f"{where}, end"))
        end = localise(end_wall, zone, f"{where}, end")
    elif cell("duration"):
        end = add_duration(start, parse_duration(cell("duration"), f"{where}, duration"), zone)
    else:
        raise ScheduleError(problem("programme.csv_no_end", where=where))
    title = " ".join(cell("title").split())
    room = " ".join(cell("room").split()) or None
    return ParsedSession(
        external_id=cell("id") or stable_id("csv", day, room, start, title),
        date=day,
        title=title,
        room=room,
        start=start,
        end=end,
        track=cell("track") or None,
        abstract=cell("abstract") or None,
        speakers=split_speakers(cell("speakers")),
        do_not_record=parse_flag(cell("do_not_record"), f"{where}, do_not_record"),
        do_not_publish=parse_flag(cell("do_not_publish"), f"{where}, do_not_publish"),
    )


def _column_name(columns: dict[str, int], field: str) -> str:
    return f"{columns[field] + 1} ({field})"


def _parse_day(text: str, where: str) -> date:
    """ISO dates (2022-06-01, or a full ISO date-time) and European D/M/YYYY or D.M.YYYY."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ScheduleError(problem("programme.bad_date_dmy", where=where, value=repr(text)))
