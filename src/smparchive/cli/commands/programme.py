"""event, days, sessions: the conference, its days and its programme (undoable edits)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import CLI_LANGUAGE, counted, print_json, print_table, session_title
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.records import EVENT_FIELDS, PROGRAMME_TEXT_FIELDS
from smparchive.core.domain import time as t

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import SessionRecord


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("event", help="show or set the event (title, acronym, time zone, venue)")
    p.add_argument("--title")
    p.add_argument("--acronym")
    p.add_argument("--time-zone", "--tz", dest="time_zone", help="IANA zone, e.g. Europe/Brussels")
    p.add_argument("--venue")
    p.add_argument("--description")
    p.add_argument("--organisation")
    p.add_argument(
        "--language",
        help="language the programme's texts are written in (en, fr, pt-BR ...; '' when unknown)",
    )
    for field in PROGRAMME_TEXT_FIELDS["event"]:
        p.add_argument(
            f"--{field}-lang",
            nargs=2,
            action="append",
            metavar=("LANG", "TEXT"),
            help=f"the {field} in another language than the programme's ('' clears it); repeatable",
        )
    p.add_argument("--event", type=int, help="event id (default: the catalogue's event)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_event)

    p = sub.add_parser("days", help="programme days: list, add, rename, delete")
    add_json_flag(p)
    p.set_defaults(handler=cmd_days_list, lang=None)
    ds = p.add_subparsers(dest="days_cmd", metavar="ACTION")
    a = ds.add_parser("list", aliases=["ls"], help="list days with item counts")
    a.add_argument("--lang", help="name each day in this language (its name there, else its own)")
    add_json_flag(a)
    a.set_defaults(handler=cmd_days_list)
    a = ds.add_parser("add", help="add a day")
    a.add_argument("date", help="YYYY-MM-DD")
    a.add_argument("--label")
    a.set_defaults(handler=cmd_days_add)
    a = ds.add_parser("rename", help="rename a day, in the programme's language or another")
    a.add_argument("day", help="day id or date")
    a.add_argument("label", nargs="?", help="its name in the programme's language")
    a.add_argument(
        "--label-lang",
        nargs=2,
        action="append",
        metavar=("LANG", "TEXT"),
        help="its name in another language than the programme's, e.g. --label-lang fr "
        "'Jour 2 – Ateliers' ('' clears it); repeatable",
    )
    a.set_defaults(handler=cmd_days_rename)
    a = ds.add_parser("delete", help="delete a day and its sessions (items stay)")
    a.add_argument("day", help="day id or date")
    a.set_defaults(handler=cmd_days_delete)

    p = sub.add_parser("sessions", help="programme sessions: list, show, add, edit, delete, import")
    add_json_flag(p)
    p.set_defaults(handler=cmd_sessions_list, day=None)
    ss = p.add_subparsers(dest="sessions_cmd", metavar="ACTION")
    a = ss.add_parser("list", aliases=["ls"], help="list sessions with item counts")
    a.add_argument("--day", help="day id or date")
    add_json_flag(a)
    a.set_defaults(handler=cmd_sessions_list)
    a = ss.add_parser("show", help="one session in full")
    a.add_argument("session", help="id, external id or (part of the) title")
    add_json_flag(a)
    a.set_defaults(handler=cmd_sessions_show)
    a = ss.add_parser("add", help="add a session")
    a.add_argument("--title", required=True)
    a.add_argument(
        "--event",
        metavar="EVENT",
        help="add it to this event (id, title or acronym; default: the first), its times "
        "read in that event's zone",
    )
    _session_opts(a, required=True)
    a.set_defaults(handler=cmd_sessions_add)
    a = ss.add_parser("edit", help="change a session")
    a.add_argument("session", help="id, external id or (part of the) title")
    a.add_argument("--title")
    for field in PROGRAMME_TEXT_FIELDS["session"]:
        example = {"title": "'Table ronde …'", "room": "'Salle de la table ronde'"}
        said = f", e.g. --{field}-lang fr {example[field]}" if field in example else ""
        a.add_argument(
            f"--{field}-lang",
            nargs=2,
            action="append",
            metavar=("LANG", "TEXT"),
            help=f"the {field} in another language than the programme's{said} ('' clears "
            "it); repeatable",
        )
    _session_opts(a, required=False)
    a.set_defaults(handler=cmd_sessions_edit)
    a = ss.add_parser("delete", help="delete a session (its items become unassigned)")
    a.add_argument("session", help="id, external id or (part of the) title")
    a.set_defaults(handler=cmd_sessions_delete)
    a = ss.add_parser(
        "import", help="import a programme: frab/pretalx schedule.json or .xml, .ics, CSV"
    )
    a.add_argument("file")
    a.add_argument("--tz", help="time zone for files without one (CSV, floating times)")
    where = a.add_mutually_exclusive_group()
    where.add_argument(
        "--event", metavar="EVENT", help="import into this event (id, title or acronym)"
    )
    where.add_argument(
        "--new-event", action="store_true", help="import as a new event, apart from the others"
    )
    a.add_argument(
        "--allow-overlaps", action="store_true", help="accept sessions overlapping in one room"
    )
    add_json_flag(a)
    a.set_defaults(handler=cmd_sessions_import)


def _session_opts(a: argparse.ArgumentParser, *, required: bool) -> None:
    a.add_argument("--start", required=required, help="'YYYY-MM-DD HH:MM' in the event zone")
    a.add_argument("--end", required=required, help="'YYYY-MM-DD HH:MM' or 'HH:MM' (same day)")
    a.add_argument("--room")
    a.add_argument("--track")
    a.add_argument("--abstract")
    a.add_argument("--speaker", action="append", help="repeatable; replaces the speaker list")
    a.add_argument("--external-id")
    a.add_argument("--do-not-record", choices=["yes", "no"])
    a.add_argument("--do-not-publish", choices=["yes", "no"])


def _local(moment: Any, tz: Any) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def _end(start: Any, end: Any, tz: Any) -> str:
    """A session's end: its clock time, with its date when it ends on another day (a dinner
    from 22:00 to 01:00 ends on the next date)."""
    if start.astimezone(tz).date() != end.astimezone(tz).date():
        return _local(end, tz)
    return str(end.astimezone(tz).strftime("%H:%M"))


def cmd_event(ctx: Context) -> int:
    a = ctx.args
    values = {k: getattr(a, k) for k in EVENT_FIELDS if getattr(a, k) is not None}
    texts = [
        (field, lang, text)
        for field in PROGRAMME_TEXT_FIELDS["event"]
        for lang, text in getattr(a, f"{field}_lang", None) or ()
    ]
    cat = ctx.catalog(create=bool(values))
    if texts and not values and cat.event(a.event) is None:
        print("No event yet: give --title to create it.")
        return EXIT_FATAL
    if values:
        current = cat.event(a.event)
        if current is None:
            if "title" not in values:
                print("No event yet: give --title to create it.")
                return EXIT_FATAL
            title = values.pop("title")
            cat.create_event(title, **values)
        else:
            cat.update_event(current.id, **values)
    for field, lang, text in texts:
        cat.set_event_text(field, lang, text, a.event)
    ev = cat.event(a.event)
    if ev is None:
        print("No event yet: set one with 'event --title ... --tz ...' or import a programme.")
        return EXIT_PROBLEMS
    if a.json:
        print_json(ev)
    else:
        for key in ("id", *EVENT_FIELDS):
            value = getattr(ev, key)
            if value is not None:
                print(f"{key.replace('_', ' '):<13} {value}")
        for field, lang, text in ev.texts:
            print(f"{f'{field} {lang}':<13} {text}")
    return EXIT_OK


def cmd_days_list(ctx: Context) -> int:
    days = ctx.catalog().days()
    lang = ctx.args.lang
    if ctx.args.json:
        print_json(days)
        return EXIT_OK
    rows = [
        (
            d.id,
            d.date,
            d.name_in(lang) if lang else d.label,
            d.item_count,
            "; ".join(f"{code}: {text}" for code, text in d.translations().items()),
        )
        for d in days
    ]
    print_table(rows, ["id", "date", "label", "items", "in other languages"])
    return EXIT_OK


def _day(cat: Catalog, spec: str) -> int:
    from smparchive.cli.selection import day_id

    return day_id(cat, spec)


def cmd_days_add(ctx: Context) -> int:
    from datetime import date

    try:
        day = date.fromisoformat(ctx.args.date)
    except ValueError:
        raise CatalogError(f"'{ctx.args.date}' is not a date (YYYY-MM-DD).") from None
    r = ctx.catalog().add_day(day, ctx.args.label)
    print(f"Day {r.value}: {day.isoformat()}")
    return EXIT_OK


def cmd_days_rename(ctx: Context) -> int:
    cat = ctx.catalog()
    names = {("label", lang): text for lang, text in ctx.args.label_lang or ()}
    if ctx.args.label is None and not names:
        print("Nothing to change: give the new name or --label-lang (see --help).")
        return EXIT_FATAL
    day = _day(cat, ctx.args.day)
    if ctx.args.label is not None:
        cat.update_day(day, label=ctx.args.label)
    if names:  # one undo step for every name in further languages
        cat.set_programme_texts("day", day, names)
    print("Day renamed.")
    return EXIT_OK


def cmd_days_delete(ctx: Context) -> int:
    cat = ctx.catalog()
    r = cat.delete_day(_day(cat, ctx.args.day))
    print(f"Day deleted ({counted(len(r.changes.sessions), 'session')}; 'undo' restores them).")
    return EXIT_OK


def cmd_sessions_list(ctx: Context) -> int:
    cat = ctx.catalog()
    day = _day(cat, ctx.args.day) if getattr(ctx.args, "day", None) else None
    sessions = cat.sessions(day_id=day)
    if ctx.args.json:
        print_json(sessions)
        return EXIT_OK
    zones, main = cat.event_zones(), cat.event_zone()  # each session in its event's zone
    rows = [
        (
            s.id,
            _local(s.start, zones.get(s.event_id, main)),
            _end(s.start, s.end, zones.get(s.event_id, main)),
            s.text_in("room", CLI_LANGUAGE),
            session_title(s),
            s.item_count,
            ("DNP " if s.do_not_publish else "") + ("DNR" if s.do_not_record else ""),
        )
        for s in sessions
    ]
    print_table(rows, ["id", "start", "end", "room", "title", "items", "flags"])
    return EXIT_OK


def cmd_sessions_show(ctx: Context) -> int:
    cat = ctx.catalog()
    s = cat.find_session(ctx.args.session, counts=True)
    if ctx.args.json:
        print_json(s)
        return EXIT_OK
    tz = _zone_of(cat, s)
    print(f"# {s.id}  {s.title}")
    for lang, title in s.titles:
        print(f"  {f'title {lang}':<9} {title}")
    end = _end(s.start, s.end, tz)
    sep = "-" if len(end) == 5 else " – "  # an en dash between two dates
    print(f"  when      {_local(s.start, tz)}{sep}{end} ({tz.key})")
    for key in ("room", "track", "external_id", "abstract"):
        if getattr(s, key):
            print(f"  {key:<9} {getattr(s, key)}")
        # the room and the abstract (a "description") in further languages, beneath
        field = {"room": "room", "abstract": "description"}.get(key)
        for lang, text in s.translations(field).items() if field else ():
            print(f"  {f'{field} {lang}':<9} {text}")
    if s.speakers:
        print(f"  speakers  {', '.join(s.speakers)}")
    print(f"  items     {s.item_count}")
    flags = [f for f in ("do_not_record", "do_not_publish") if getattr(s, f)]
    if flags:
        print(f"  flags     {', '.join(flags)}")
    return EXIT_OK


def _zone_of(cat: Catalog, session: SessionRecord) -> ZoneInfo:
    """The zone of the session's own event: a second event's may differ from the first's."""
    return cat.event_zones().get(session.event_id) or cat.event_zone()


def _session_fields(
    cat: Catalog, a: argparse.Namespace, start_default: Any = None, tz: ZoneInfo | None = None
) -> dict[str, Any]:
    """The fields given as options; times typed are read in ``tz`` (the main event's)."""
    tz = tz or cat.event_zone()
    out: dict[str, Any] = {}
    if a.title is not None:
        out["title"] = a.title
    start = t.parse_moment(a.start, tz) if a.start else start_default
    if a.start:
        out["start"] = start
    if a.end:
        base = start.astimezone(tz).date() if start is not None else None
        out["end"] = t.parse_moment(a.end, tz, base)
    for key in ("room", "track", "abstract", "external_id"):
        if getattr(a, key) is not None:
            out[key] = getattr(a, key)
    if a.speaker is not None:
        out["speakers"] = a.speaker
    for key in ("do_not_record", "do_not_publish"):
        if getattr(a, key) is not None:
            out[key] = getattr(a, key) == "yes"
    return out


def cmd_sessions_add(ctx: Context) -> int:
    cat = ctx.catalog()
    event = _event_id(cat, ctx.args.event)
    fields = _session_fields(cat, ctx.args, tz=cat.event_zone(event))
    r = cat.add_session(
        fields.pop("title"), fields.pop("start"), fields.pop("end"), event_id=event, **fields
    )
    print(f"Session {r.value} added.")
    return EXIT_OK


def cmd_sessions_edit(ctx: Context) -> int:
    cat = ctx.catalog()
    s = cat.find_session(ctx.args.session)
    fields = _session_fields(cat, ctx.args, start_default=s.start, tz=_zone_of(cat, s))
    texts = {
        (field, lang): text
        for field in PROGRAMME_TEXT_FIELDS["session"]
        for lang, text in getattr(ctx.args, f"{field}_lang", None) or ()
    }
    if not fields and not texts:
        print("Nothing to change: give at least one option (see --help).")
        return EXIT_FATAL
    if fields:
        cat.update_session(s.id, **fields)
    if texts:  # one undo step for every text in further languages
        cat.set_programme_texts("session", s.id, texts)
    print(f"Session {s.id} changed.")
    return EXIT_OK


def cmd_sessions_delete(ctx: Context) -> int:
    cat = ctx.catalog()
    s = cat.find_session(ctx.args.session)
    r = cat.delete_session(s.id)
    print(
        f"Session {s.id} '{session_title(s)}' deleted; "
        f"{counted(len(r.changes.items), 'item')} unassigned."
    )
    return EXIT_OK


def _event_id(cat: Catalog, spec: str | None) -> int | None:
    """An event given by id, title or acronym (case and accents ignored)."""
    if spec is None:
        return None
    from smparchive.core.domain.schedule_model import normalise_text

    if spec.strip().isdigit():
        return int(spec)
    want = normalise_text(spec)
    for e in cat.events():
        if want in (normalise_text(e.title), normalise_text(e.acronym or "")):
            return e.id
    raise CatalogError(f"No event called '{spec}' ('smparchive event' lists them).")


def cmd_sessions_import(ctx: Context) -> int:
    from smparchive.core.catalog.ops_organise import ProgrammeEventConflict

    a = ctx.args
    cat = ctx.catalog(create=True)
    from smparchive.core.organise.programme import import_programme

    try:
        r = import_programme(
            cat,
            a.file,
            event_id=_event_id(cat, a.event),
            default_tz=a.tz,
            allow_overlaps=a.allow_overlaps,
            new_event=a.new_event,
        )
    except ProgrammeEventConflict as exc:
        print(
            f'smparchive: {exc} Run it again with --event "{exc.event_title}" to merge it '
            "into that event, or with --new-event to keep it apart.",
            file=sys.stderr,
        )
        return EXIT_FATAL
    if a.json:
        print_json(r.value)
    else:
        print("\n".join(r.value.lines()))
    return EXIT_OK
