"""Parsers for the frab/pretalx ``schedule.json`` and ``schedule.xml`` programme exports.

Both formats share one event model: a programme day, a room, a wall-clock ``start`` in the
conference zone, a ``duration`` and optionally a full ISO ``date`` with its UTC offset.
XML is read with expat directly so that DOCTYPE and ENTITY declarations (entity bombs,
external entities) are refused before anything is expanded, and errors can name lines.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NoReturn
from xml.parsers import expat
from zoneinfo import ZoneInfo

from smparchive.core.domain.schedule_model import (
    ParsedDay,
    ParsedSchedule,
    ParsedSession,
    ScheduleBuilder,
    ScheduleError,
    add_duration,
    load_zone,
    localise,
    main_language,
    parse_clock,
    parse_duration,
    parse_flag,
    parse_iso_date,
    stable_id,
)
from smparchive.core.messages import problem, syntax_phrase


@dataclass(frozen=True, slots=True)
class _RawEvent:
    """One event's fields as text, whichever serialisation they came from."""

    where: str
    day: date
    day_start: time | None
    guid: str
    event_id: str
    date_text: str
    start_text: str
    duration_text: str
    room: str
    title: str
    track: str
    abstract: str
    speakers: tuple[str, ...]
    do_not_record: bool
    do_not_publish: bool
    xml: bool = False

    def at(self, field: str) -> str:
        """Where one field of this event is, for an error message."""
        return f"<{field}> in {self.where}" if self.xml else f"{self.where}.{field}"


def _session_from(raw: _RawEvent, builder: ScheduleBuilder) -> ParsedSession:
    """Turn a raw event into a session, computing times in the conference zone."""
    zone = builder.zone
    if not raw.title.strip():
        raise ScheduleError(problem("programme.missing", where=raw.at("title")))
    if not raw.duration_text.strip():
        raise ScheduleError(problem("programme.missing", where=raw.at("duration")))
    duration = parse_duration(raw.duration_text, raw.at("duration"))
    start = _event_start(raw, zone)
    end = add_duration(start, duration, zone)
    external_id = raw.guid.strip() or raw.event_id.strip()
    if not external_id:
        external_id = stable_id("frab", raw.day, raw.room, start, raw.title)
    return ParsedSession(
        external_id=external_id,
        date=raw.day,
        title=" ".join(raw.title.split()),
        room=raw.room.strip() or None,
        start=start,
        end=end,
        track=raw.track.strip() or None,
        abstract=raw.abstract.strip() or None,
        speakers=raw.speakers,
        do_not_record=raw.do_not_record,
        do_not_publish=raw.do_not_publish,
    )


def _event_start(raw: _RawEvent, zone: ZoneInfo) -> datetime:
    """Prefer the exact ISO ``date``; else the day's date plus the wall-clock ``start``."""
    if len(raw.date_text.strip()) > 10:
        try:
            moment = datetime.fromisoformat(raw.date_text.strip())
        except ValueError as exc:
            raise ScheduleError(
                problem("programme.not_iso", where=raw.at("date"), value=repr(raw.date_text))
            ) from exc
        if moment.tzinfo is None:
            return localise(moment, zone, raw.at("date"))
        return moment.astimezone(zone)
    if not raw.start_text.strip():
        raise ScheduleError(problem("programme.missing", where=raw.at("start")))
    clock = parse_clock(raw.start_text, raw.at("start"))
    day = raw.day
    if raw.date_text.strip():
        day = parse_iso_date(raw.date_text, raw.at("date"))
    elif raw.day_start is not None and clock < raw.day_start:
        day += timedelta(days=1)  # after midnight, still listed under the programme day
    return localise(datetime.combine(day, clock), zone, raw.at("start"))


def _check_start_text(raw: _RawEvent, session: ParsedSession, builder: ScheduleBuilder) -> None:
    """Warn when the wall-clock ``start`` disagrees with the exact ``date`` (zone mix-up)."""
    if len(raw.date_text.strip()) <= 10 or not raw.start_text.strip():
        return
    try:
        clock = parse_clock(raw.start_text, raw.where)
    except ScheduleError:
        return
    if clock.replace(second=0) != session.start.time().replace(second=0, microsecond=0):
        builder.warnings.append(
            problem(
                "programme.start_differs",
                where=raw.where,
                value=repr(raw.start_text),
                other=repr(raw.date_text),
                zone=builder.zone.key,
            )
        )


def _zone_for(name: str, default_tz: str | None, where: str) -> ZoneInfo:
    if name.strip():
        return load_zone(name, where)
    if default_tz:
        return load_zone(default_tz, "default time zone")
    raise ScheduleError(problem("programme.no_zone", where=where))


# --- JSON -----------------------------------------------------------------------------------


def _get(obj: dict[str, Any], key: str, path: str, kind: type) -> Any:
    if key not in obj or obj[key] is None:
        raise ScheduleError(problem("programme.missing", where=f"{path}.{key}"))
    value = obj[key]
    if not isinstance(value, kind):
        raise ScheduleError(problem(_EXPECTED[kind], where=f"{path}.{key}"))
    return value


_EXPECTED = {
    dict: "programme.expected_object",
    list: "programme.expected_list",
    str: "programme.expected_text",
    int: "programme.expected_number",
}


def _text(obj: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = obj.get(key)
        is_scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
        if is_scalar and str(value).strip():
            return str(value)
    return ""


def _json_person(person: Any) -> str:
    if isinstance(person, str):
        return person
    if isinstance(person, dict):
        return _text(person, "public_name", "name", "full_public_name", "full_name")
    return ""


def parse_frab_json(data: bytes, default_tz: str | None = None) -> ParsedSchedule:
    """Parse a frab/pretalx ``schedule.json`` export."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ScheduleError(problem("programme.json_not_utf8", n=exc.start)) from exc
    except json.JSONDecodeError as exc:
        raise ScheduleError(
            problem(
                "programme.syntax",
                fmt="JSON",
                n=exc.lineno,
                value=exc.colno,
                detail=syntax_phrase(exc.msg),
            )
        ) from exc
    if not isinstance(doc, dict):
        raise ScheduleError(problem("programme.no_schedule_member", where="$"))
    schedule = _get(doc, "schedule", "$", dict)
    conf = _get(schedule, "conference", "$.schedule", dict)
    cpath = "$.schedule.conference"
    builder = ScheduleBuilder(
        _zone_for(_text(conf, "time_zone_name"), default_tz, f"{cpath}.time_zone_name"),
        "frab-json",
    )
    days: list[ParsedDay] = []
    languages: list[str] = []
    for i, day in enumerate(_get(conf, "days", cpath, list)):
        dpath = f"{cpath}.days[{i}]"
        if not isinstance(day, dict):
            raise ScheduleError(problem("programme.expected_object", where=dpath))
        day_date = parse_iso_date(_get(day, "date", dpath, str), f"{dpath}.date")
        day_start = _day_start(_text(day, "day_start"))
        index = _text(day, "index") or str(i + 1)
        days.append(ParsedDay(day_date, f"Day {index}"))
        for room, events in _get(day, "rooms", dpath, dict).items():
            rpath = f"{dpath}.rooms[{json.dumps(room, ensure_ascii=False)}]"
            if not isinstance(events, list):
                raise ScheduleError(problem("programme.expected_events", where=rpath))
            for j, event in enumerate(events):
                epath = f"{rpath}[{j}]"
                if not isinstance(event, dict):
                    raise ScheduleError(problem("programme.expected_object", where=epath))
                raw = _raw_json_event(event, epath, day_date, day_start, room)
                languages.append(_text(event, "language"))
                session = _session_from(raw, builder)
                _check_start_text(raw, session, builder)
                builder.add(session, epath)
    return builder.finish(
        title=_text(conf, "title"),
        acronym=_text(conf, "acronym"),
        venue=_text(conf, "venue", "city") or None,
        start=_optional_date(_text(conf, "start"), f"{cpath}.start"),
        end=_optional_date(_text(conf, "end"), f"{cpath}.end"),
        days=days,
        language=main_language(languages),
    )


def _raw_json_event(
    event: dict[str, Any], path: str, day: date, day_start: time | None, room: str
) -> _RawEvent:
    persons = event.get("persons") or []
    if not isinstance(persons, list):
        raise ScheduleError(problem("programme.expected_list", where=f"{path}.persons"))
    speakers = tuple(dict.fromkeys(n.strip() for n in map(_json_person, persons) if n.strip()))
    return _RawEvent(
        where=path,
        day=day,
        day_start=day_start,
        guid=_text(event, "guid"),
        event_id=_text(event, "id"),
        date_text=_text(event, "date"),
        start_text=_text(event, "start"),
        duration_text=_text(event, "duration"),
        room=_text(event, "room") or room,
        title=_text(event, "title"),
        track=_text(event, "track"),
        abstract=_text(event, "abstract", "description"),
        speakers=speakers,
        do_not_record=parse_flag(event.get("do_not_record"), f"{path}.do_not_record"),
        do_not_publish=parse_flag(event.get("do_not_publish"), f"{path}.do_not_publish"),
    )


def _day_start(text: str) -> time | None:
    try:
        return datetime.fromisoformat(text.strip()).time() if len(text.strip()) > 10 else None
    except ValueError:
        return None


def _optional_date(text: str, where: str) -> date | None:
    return parse_iso_date(text, where) if text.strip() else None


# --- XML ------------------------------------------------------------------------------------


class _SafeTree:
    """An ElementTree built by expat, refusing DTDs, with each element's line number."""

    def __init__(self, data: bytes) -> None:
        self._lines: dict[int, int] = {}
        builder = ET.TreeBuilder()
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

        def refuse(*_: object) -> NoReturn:
            raise ScheduleError(
                problem("programme.xml_doctype", where=f"line {parser.CurrentLineNumber}")
            )

        def start(tag: str, attrs: dict[str, str]) -> None:
            self._lines[id(builder.start(tag, attrs))] = parser.CurrentLineNumber

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.ExternalEntityRefHandler = refuse
        parser.StartElementHandler = start
        parser.EndElementHandler = builder.end
        parser.CharacterDataHandler = builder.data
        try:
            parser.Parse(data, True)
        except expat.ExpatError as exc:
            message = expat.errors.messages[exc.code]
            raise ScheduleError(
                problem(
                    "programme.syntax",
                    fmt="XML",
                    n=exc.lineno,
                    value=exc.offset,
                    detail=syntax_phrase(message),
                )
            ) from exc
        self.root = builder.close()

    def where(self, element: ET.Element) -> str:
        """Describe an element for an error message: tag, identifying attribute and line."""
        attrs = "".join(
            f' {k}="{element.get(k)}"' for k in ("guid", "id", "name", "date") if element.get(k)
        )
        return f"<{element.tag}{attrs}> at line {self._lines.get(id(element), '?')}"


def _child_text(element: ET.Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "") if child is not None else ""


def parse_frab_xml(data: bytes, default_tz: str | None = None) -> ParsedSchedule:
    """Parse a frab/pretalx ``schedule.xml`` export."""
    tree = _SafeTree(data)
    root = tree.root
    if root.tag != "schedule":
        raise ScheduleError(problem("programme.xml_root", where=tree.where(root)))
    conf = root.find("conference")
    if conf is None:
        raise ScheduleError(
            problem("programme.missing_property", where=tree.where(root), name="<conference>")
        )
    builder = ScheduleBuilder(
        _zone_for(_child_text(conf, "time_zone_name"), default_tz, f"{tree.where(conf)}"),
        "frab-xml",
    )
    days: list[ParsedDay] = []
    languages: list[str] = []
    for i, day in enumerate(root.findall("day"), start=1):
        if not day.get("date"):
            raise ScheduleError(problem("programme.no_date_attribute", where=tree.where(day)))
        day_date = parse_iso_date(day.get("date", ""), tree.where(day))
        days.append(ParsedDay(day_date, f"Day {day.get('index') or i}"))
        for room in day.findall("room"):
            for event in room.findall("event"):
                where = tree.where(event)
                raw = _raw_xml_event(event, where, day_date, day, room)
                languages.append(_child_text(event, "language"))
                session = _session_from(raw, builder)
                _check_start_text(raw, session, builder)
                builder.add(session, where)
    return builder.finish(
        title=_child_text(conf, "title"),
        acronym=_child_text(conf, "acronym"),
        venue=_child_text(conf, "venue") or _child_text(conf, "city") or None,
        start=_optional_date(_child_text(conf, "start"), tree.where(conf)),
        end=_optional_date(_child_text(conf, "end"), tree.where(conf)),
        days=days,
        language=main_language(languages),
    )


def _raw_xml_event(
    event: ET.Element, where: str, day_date: date, day: ET.Element, room: ET.Element
) -> _RawEvent:
    persons = event.findall("persons/person")
    speakers = tuple(dict.fromkeys(" ".join((p.text or "").split()) for p in persons))
    optout = _child_text(event, "recording/optout") or _child_text(event, "do_not_record")
    return _RawEvent(
        where=where,
        day=day_date,
        day_start=_day_start(day.get("start", "")),
        guid=event.get("guid", ""),
        event_id=event.get("id", ""),
        date_text=_child_text(event, "date"),
        start_text=_child_text(event, "start"),
        duration_text=_child_text(event, "duration"),
        room=_child_text(event, "room") or room.get("name", ""),
        title=_child_text(event, "title"),
        track=_child_text(event, "track"),
        abstract=_child_text(event, "abstract") or _child_text(event, "description"),
        speakers=tuple(s for s in speakers if s),
        do_not_record=parse_flag(optout, f"<optout> in {where}"),
        do_not_publish=parse_flag(
            _child_text(event, "do_not_publish"), f"<do_not_publish> in {where}"
        ),
        xml=True,
    )
