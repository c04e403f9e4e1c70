"""Organising: the event, its days and sessions, programme import, capture times and clock
corrections, assignment of items to sessions, and effective consent. Every write is undoable.

The rules themselves are pure functions in ``core/organise`` (time, programme, assign); this
mixin reads rows, calls them and writes the outcome in one unit of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, and_, func, select

from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.fulltext import fold
from smparchive.core.catalog.models import (
    Day,
    DayText,
    Event,
    EventText,
    MediaItem,
    SessionTag,
    SessionText,
    Tag,
    table_of,
)
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.ops_organise_assign import AssignOps
from smparchive.core.catalog.ops_organise_time import (
    TimeOps,
    main_event_id,
    redate_items,
    rederive_times,
    settle_days,
)
from smparchive.core.catalog.ops_programme_texts import (
    ProgrammeTextOps,
    day_texts,
    event_texts,
    import_session_texts,
    name_day,
    session_texts,
)
from smparchive.core.catalog.records import EVENT_FIELDS, DayRecord, EventRecord, SessionRecord
from smparchive.core.catalog.tagging import ensure_tag_path
from smparchive.core.catalog.textfold import folded_equals
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.domain import time as t
from smparchive.core.domain.timefmt import shown_time
from smparchive.core.media.webvtt import valid_language
from smparchive.core.messages import problem
from smparchive.core.vocab import TagKind

# A programme's import plan and schedule model (~20 ms of CPU to import) load when a
# programme is imported, not with the catalogue the app opens before its first screenful.
if TYPE_CHECKING:
    from smparchive.core.domain.programme import ImportSummary
    from smparchive.core.domain.schedule_model import ParsedSchedule

SESSION_EDITABLE = (
    "title",
    "room",
    "start",
    "end",
    "track",
    "abstract",
    "speakers",
    "external_id",
    "do_not_record",
    "do_not_publish",
)
_ITEMS: Table = table_of(MediaItem)
_SESSIONS: Table = table_of(ProgrammeSession)
_DAYS: Table = table_of(Day)


class OrganiseOps(AssignOps, TimeOps, ProgrammeTextOps, CatalogBase):
    """Events, days, sessions, programme import, clocks, assignment and effective consent."""

    # -- events -----------------------------------------------------------------------------
    def events(self) -> list[EventRecord]:
        """Every event, oldest first (most catalogues hold one)."""
        with self._read() as s:
            return [_event_record(e, s) for e in s.scalars(select(Event).order_by(Event.id))]

    def event(self, event_id: int | None = None) -> EventRecord | None:
        """One event; without an id the catalogue's main (first) event, or None."""
        with self._read() as s:
            eid = event_id if event_id is not None else main_event_id(s)
            e = s.get(Event, eid) if eid is not None else None
            if e is None and event_id is not None:
                raise CatalogError(problem("missing.event", value=event_id))
            return _event_record(e, s) if e is not None else None

    def create_event(self, title: str, **fields: Any) -> OpResult[int]:
        """Create an event (value = its id); fields: acronym, time_zone, venue ..."""
        values = _event_values({"title": title, **fields})
        values.setdefault("time_zone", "UTC")

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            eid = ctx.journal.insert_returning_id(table_of(Event), values)
            items = rederive_times(ctx, eid, None) if values["time_zone"] != "UTC" else set()
            return ChangeSummary(events=frozenset({eid}), items=frozenset(items)), eid

        return self._write(f"Create event {values['title']}", op)

    def update_event(self, event_id: int | None = None, **fields: Any) -> OpResult[None]:
        """Change an event's fields; a new time zone re-derives capture times of items whose
        camera recorded no offset (and their days)."""
        values = _event_values(fields)

        def op(ctx: WriteContext) -> ChangeSummary:
            eid = _require_event(ctx.session, event_id)
            old_zone = _event_of(ctx.session, eid).time_zone
            ctx.journal.update(table_of(Event), [{"id": eid}], values)
            items: set[int] = set()
            if "time_zone" in values and values["time_zone"] != old_zone:
                items = rederive_times(ctx, eid, None)
            return ChangeSummary(events=frozenset({eid}), items=frozenset(items))

        return self._write("Change event", op)

    def delete_event(self, event_id: int) -> OpResult[None]:
        """Delete an event with its days and sessions (items stay, unassigned)."""

        def op(ctx: WriteContext) -> ChangeSummary:
            _require_event(ctx.session, event_id)
            day_ids = list(ctx.session.scalars(select(Day.id).where(Day.event_id == event_id)))
            sids = list(
                ctx.session.scalars(
                    select(ProgrammeSession.id).where(ProgrammeSession.event_id == event_id)
                )
            )
            items = _detach_items(ctx, day_ids, sids)
            ctx.journal.delete(table_of(SessionTag), SessionTag.session_id.in_(sids))
            # (journalled, not left to the cascade: an undo brings them back)
            ctx.journal.delete(table_of(SessionText), SessionText.session_id.in_(sids))
            ctx.journal.delete(table_of(EventText), EventText.event_id == event_id)
            ctx.journal.delete(table_of(DayText), DayText.day_id.in_(day_ids))
            ctx.journal.delete(_SESSIONS, _SESSIONS.c.event_id == event_id)
            ctx.journal.delete(_DAYS, _DAYS.c.event_id == event_id)
            ctx.journal.delete(table_of(Event), Event.id == event_id)
            settle_days(ctx, sorted(items))
            return ChangeSummary(
                events=frozenset({event_id}), sessions=frozenset(sids), items=frozenset(items)
            )

        return self._write("Delete event", op)

    def event_zone(self, event_id: int | None = None) -> ZoneInfo:
        """The time zone of an event (the main one by default; UTC when there is none)."""
        e = self.event(event_id)
        return t.zone(e.time_zone if e else "UTC")

    def event_zones(self) -> dict[int, ZoneInfo]:
        """Each event's zone by its id: a session's times read in its own event's zone."""
        return {e.id: t.zone(e.time_zone) for e in self.events()}

    # -- days -------------------------------------------------------------------------------
    def days(self, event_id: int | None = None, *, counts: bool = True) -> list[DayRecord]:
        """Programme days by date, with item counts (unless ``counts`` is False)."""
        with self._read() as s:
            n_items: dict[Any, int] = {}
            if counts:
                q_counts = select(MediaItem.day_id, func.count()).group_by(MediaItem.day_id)
                n_items = {r[0]: r[1] for r in s.execute(q_counts)}
            q = select(Day).order_by(Day.date, Day.id)
            if event_id is not None:
                q = q.where(Day.event_id == event_id)
            texts = day_texts(s)
            return [
                DayRecord(
                    id=d.id,
                    event_id=d.event_id,
                    date=d.date,
                    label=d.label,
                    item_count=n_items.get(d.id, 0),
                    texts=texts.get(d.id, ()),
                )
                for d in s.scalars(q)
            ]

    def add_day(
        self, day: date, label: str | None = None, event_id: int | None = None
    ) -> OpResult[int]:
        """Add a programme day (value = its id; an existing day's id is returned as is)."""

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            eid = _require_event(ctx.session, event_id)
            did, created = _ensure_day(ctx, eid, day, label)
            items = redate_items(ctx, eid) if created else set()
            return ChangeSummary(events=frozenset({eid}), items=frozenset(items)), did

        return self._write(f"Add day {day.isoformat()}", op)

    def update_day(self, day_id: int, *, label: str | None = None) -> OpResult[None]:
        """Rename a day."""

        def op(ctx: WriteContext) -> ChangeSummary:
            d = ctx.session.get(Day, day_id)
            if d is None:
                raise CatalogError(problem("missing.day", value=day_id))
            ctx.journal.update(_DAYS, [{"id": day_id}], {"label": label})
            return ChangeSummary(events=frozenset({d.event_id}))

        return self._write("Rename day", op)

    def delete_day(self, day_id: int) -> OpResult[None]:
        """Delete a day and its sessions (items stay, unassigned)."""

        def op(ctx: WriteContext) -> ChangeSummary:
            d = ctx.session.get(Day, day_id)
            if d is None:
                raise CatalogError(problem("missing.day", value=day_id))
            sids = list(
                ctx.session.scalars(
                    select(ProgrammeSession.id).where(ProgrammeSession.day_id == day_id)
                )
            )
            items = _detach_items(ctx, [day_id], sids)
            ctx.journal.delete(table_of(SessionTag), SessionTag.session_id.in_(sids))
            # (journalled, not left to the cascade: an undo brings them back)
            ctx.journal.delete(table_of(SessionText), SessionText.session_id.in_(sids))
            ctx.journal.delete(table_of(DayText), DayText.day_id == day_id)
            ctx.journal.delete(_SESSIONS, _SESSIONS.c.day_id == day_id)
            ctx.journal.delete(_DAYS, _DAYS.c.id == day_id)
            settle_days(ctx, sorted(items))
            return ChangeSummary(
                events=frozenset({d.event_id}), sessions=frozenset(sids), items=frozenset(items)
            )

        return self._write("Delete day", op)

    # -- sessions ---------------------------------------------------------------------------
    def sessions(
        self, *, day_id: int | None = None, event_id: int | None = None, counts: bool = True
    ) -> list[SessionRecord]:
        """Sessions by start time (then room), with item counts (unless ``counts`` is False)."""
        with self._read() as s:
            return _session_records(s, day_id=day_id, event_id=event_id, counts=counts)

    def session(self, session_id: int) -> SessionRecord:
        """One session; CatalogError when unknown."""
        with self._read() as s:
            found = _session_records(s, ids=[session_id])
        if not found:
            raise CatalogError(problem("missing.session", value=session_id))
        return found[0]

    def find_sessions(self, spec: str, *, counts: bool = False) -> list[SessionRecord]:
        """Sessions named by id, external id, exact title, a part of a title (folded, in
        any language kept), else by what the search finds their items by: a part of the
        room, description or a speaker, or words found among those texts. Their item counts
        are 0 unless ``counts`` is True."""
        spec = spec.strip()
        every = self.sessions(counts=counts)
        if spec.isdigit():
            hit = [r for r in every if r.id == int(spec)]
            if hit:
                return hit
        want = fold(spec)

        def titles(r: SessionRecord) -> list[str]:
            # the programme's title and its titles in further languages (0041)
            return [fold(r.title), *(fold(text) for _, text in r.titles)]

        def texts(r: SessionRecord) -> list[str]:
            return [fold(text) for text in r.search_texts()]

        for test in (
            lambda r: r.external_id == spec,
            lambda r: want in titles(r),
            lambda r: any(want in x for x in titles(r)),
            lambda r: any(want in x for x in texts(r)),
        ):
            hit = [r for r in every if test(r)]
            if hit:
                return hit
        words = want.split()
        return [r for r in every if words and all(w in " ".join(texts(r)) for w in words)]

    def find_session(self, spec: str, *, counts: bool = False) -> SessionRecord:
        """Exactly one session matching ``spec`` (see :meth:`find_sessions`)."""
        hits = self.find_sessions(spec, counts=counts)
        if not hits:
            raise CatalogError(f"No session matches '{spec}'.")
        if len(hits) > 1:
            # said to the command line: named as it names a session (cli.output's
            # session_title, English), with its start in the event's zone to tell apart
            # a French programme's sessions of one title; each in its own event's zone, named
            # (two events' sessions may be in different zones)
            zones = self.event_zones()
            names = "; ".join(
                f"{r.id}: {r.title_in('en')}, {_start_text(r, zones)}" for r in hits[:5]
            )
            raise CatalogError(f"'{spec}' matches {len(hits)} sessions ({names}); be precise.")
        return hits[0]

    def add_session(
        self,
        title: str,
        start: datetime,
        end: datetime,
        *,
        event_id: int | None = None,
        **fields: Any,
    ) -> OpResult[int]:
        """Add a session (value = its id); its day follows from the start in the event zone."""
        values = _session_values({"title": title, "start": start, "end": end, **fields})

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            eid = _require_event(ctx.session, event_id)
            tz = t.zone(_event_of(ctx.session, eid).time_zone)
            _check_room_free(ctx, eid, values, None)
            did, _ = _ensure_day(ctx, eid, t.local_date(values["start"], tz), None)
            sid = ctx.journal.insert_returning_id(
                _SESSIONS,
                {
                    "event_id": eid,
                    "day_id": did,
                    "speakers": [],
                    "do_not_record": False,
                    "do_not_publish": False,
                    **values,
                },
            )
            tags = _link_speakers(ctx, sid, values.get("speakers", []))
            ch = ChangeSummary(
                events=frozenset({eid}), sessions=frozenset({sid}), tags=frozenset(tags)
            )
            return ch, sid

        return self._write(f"Add session {title}", op)

    def update_session(self, session_id: int, **fields: Any) -> OpResult[None]:
        """Edit a session (title, room, start, end, speakers, flags ...)."""
        values = _session_values(fields)

        def op(ctx: WriteContext) -> ChangeSummary:
            sess = ctx.session.get(ProgrammeSession, session_id)
            if sess is None:
                raise CatalogError(problem("missing.session", value=session_id))
            merged = {
                "room": sess.room,
                "start": sess.start,
                "end": sess.end,
                "title": sess.title,
                **values,
            }
            if merged["end"] < merged["start"]:
                raise CatalogError(problem("session.ends_before_start"))
            _check_room_free(ctx, sess.event_id, merged, session_id)
            if "start" in values:
                tz = t.zone(_event_of(ctx.session, sess.event_id).time_zone)
                values["day_id"], _ = _ensure_day(
                    ctx, sess.event_id, t.local_date(values["start"], tz), None
                )
            ctx.journal.update(_SESSIONS, [{"id": session_id}], values)
            tags = (
                _link_speakers(ctx, session_id, values["speakers"])
                if "speakers" in values
                else set()
            )
            items = set(
                ctx.session.scalars(select(MediaItem.id).where(MediaItem.session_id == session_id))
            )
            settle_days(ctx, sorted(items))  # a session moved to another day takes its items
            return ChangeSummary(
                sessions=frozenset({session_id}), items=frozenset(items), tags=frozenset(tags)
            )

        return self._write("Change session", op)

    def delete_session(self, session_id: int) -> OpResult[None]:
        """Delete a session; its items become unassigned (undo restores both)."""

        def op(ctx: WriteContext) -> ChangeSummary:
            if ctx.session.get(ProgrammeSession, session_id) is None:
                raise CatalogError(problem("missing.session", value=session_id))
            items = _detach_items(ctx, [], [session_id])
            ctx.journal.delete(table_of(SessionTag), SessionTag.session_id == session_id)
            ctx.journal.delete(table_of(SessionText), SessionText.session_id == session_id)
            ctx.journal.delete(_SESSIONS, _SESSIONS.c.id == session_id)
            settle_days(ctx, sorted(items))
            return ChangeSummary(sessions=frozenset({session_id}), items=frozenset(items))

        return self._write("Delete session", op)

    # -- programme import -------------------------------------------------------------------
    def import_schedule(
        self,
        parsed: ParsedSchedule,
        *,
        event_id: int | None = None,
        allow_overlaps: bool = False,
        new_event: bool = False,
    ) -> OpResult[ImportSummary]:
        """Import a parsed programme, all or nothing. Sessions are matched by external id,
        so a re-import updates them; sessions gone from the programme are left alone with a
        note. value = :class:`ImportSummary`. Files are read and parsed by
        ``organise.programme.import_programme``: the catalogue receives parsed data.

        Without ``event_id`` the programme goes to the event with its title or acronym, or
        to ``new_event``; a programme of another conference than the only event raises
        :class:`ProgrammeEventConflict` rather than merging into it.
        """
        from smparchive.core.domain.programme import check_importable
        from smparchive.core.domain.schedule_model import ScheduleError

        try:
            check_importable(parsed, allow_overlaps=allow_overlaps)
        except ScheduleError as exc:
            raise CatalogError(problem("programme.not_imported", why=exc.args[0])) from exc

        def op(ctx: WriteContext) -> tuple[ChangeSummary, ImportSummary]:
            return _import(ctx, parsed, event_id, new_event)

        return self._write(f"Import programme {parsed.conference.title}", op)


# -- helpers (run inside a unit of work) ------------------------------------------------------
def _event_record(e: Event, s: Any) -> EventRecord:
    return EventRecord(
        id=e.id,
        title=e.title,
        acronym=e.acronym,
        time_zone=e.time_zone,
        venue=e.venue,
        description=e.description,
        organisation=e.organisation,
        language=e.language,
        texts=event_texts(s, e.id),
    )


def _start_text(r: SessionRecord, zones: Mapping[int, ZoneInfo]) -> str:
    """'2022-06-01 09:30 CEST': a session's start in its event's zone, the zone named."""
    shown = shown_time(r.start, zones.get(r.event_id))
    return shown.text(marker=False) if shown is not None else ""


def _require_event(s: Any, event_id: int | None) -> int:
    eid = event_id if event_id is not None else main_event_id(s)
    if eid is None or s.get(Event, eid) is None:
        raise CatalogError(
            problem("missing.no_event_yet")
            if event_id is None
            else problem("missing.event", value=event_id)
        )
    return int(eid)


def _event_of(s: Any, eid: int) -> Event:
    """The event ``eid``, which exists (``_require_event`` or a session's key says so)."""
    event: Event | None = s.get(Event, eid)
    if event is None:
        raise CatalogError(problem("missing.event", value=eid))
    return event


def _event_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in EVENT_FIELDS:
            raise CatalogError(f"'{key}' is not an event field.")
        if isinstance(value, str):
            value = value.strip() or None
        if key == "title" and not value:
            raise CatalogError(problem("event.needs_title"))
        if key == "time_zone":
            value = t.zone(value).key
        if key == "language" and value is not None and not valid_language(value):
            raise CatalogError(problem("event.bad_language", language=value))
        out[key] = value
    return out


def _session_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in SESSION_EDITABLE:
            raise CatalogError(f"'{key}' is not a session field.")
        if key in ("start", "end"):
            if not isinstance(value, datetime) or value.tzinfo is None:
                raise CatalogError(f"Session {key} must be an aware date and time.")
            value = value.astimezone(UTC)
        elif key == "speakers":
            value = list(dict.fromkeys(" ".join(str(n).split()) for n in value if str(n).strip()))
        elif key in ("do_not_record", "do_not_publish"):
            value = bool(value)
        elif key == "title":
            from smparchive.core.catalog.names import check_name

            value = check_name(value, "A session title")
        elif isinstance(value, str) or value is None:
            value = (value or "").strip() or None
        out[key] = value
    if "start" in out and "end" in out and out["end"] < out["start"]:
        raise CatalogError(problem("session.ends_before_start"))
    return out


def _check_room_free(
    ctx: WriteContext, event_id: int, values: Mapping[str, Any], exclude: int | None
) -> None:
    room = values.get("room")
    if not room or "start" not in values or "end" not in values:
        return
    q = select(ProgrammeSession.title, ProgrammeSession.start, ProgrammeSession.end).where(
        ProgrammeSession.event_id == event_id,
        folded_equals(ProgrammeSession.room, room),
        ProgrammeSession.start < values["end"],
        ProgrammeSession.end > values["start"],
    )
    if exclude is not None:
        q = q.where(ProgrammeSession.id != exclude)
    clash = ctx.session.execute(q).first()
    if clash is not None:
        # at the venue's time, as the programme shows the session
        tz = t.zone(_event_of(ctx.session, event_id).time_zone)
        raise CatalogError(
            problem(
                "session.room_taken",
                name=room,
                title=clash.title,
                value=f"{clash.start.astimezone(tz):%Y-%m-%d %H:%M}",
                limit=f"{clash.end.astimezone(tz):%H:%M}",
            )
        )


def _ensure_day(ctx: WriteContext, event_id: int, day: date, label: str | None) -> tuple[int, bool]:
    did = ctx.session.scalar(select(Day.id).where(Day.event_id == event_id, Day.date == day))
    if did is not None:
        return int(did), False
    if label is None:
        n = ctx.session.scalar(select(func.count()).where(Day.event_id == event_id)) or 0
        label = f"Day {n + 1}"
    new = ctx.journal.insert_returning_id(
        _DAYS, {"event_id": event_id, "date": day, "label": label}
    )
    return new, True


def _detach_items(
    ctx: WriteContext, day_ids: Sequence[int], session_ids: Sequence[int]
) -> set[int]:
    """Unassign items from sessions/days about to be deleted (journalled, so undo restores)."""
    items: set[int] = set()
    if session_ids:
        ids = list(
            ctx.session.scalars(select(MediaItem.id).where(MediaItem.session_id.in_(session_ids)))
        )
        ctx.journal.update(
            _ITEMS, [{"id": i} for i in ids], {"session_id": None, "assignment": None}
        )
        items |= set(ids)
    if day_ids:
        ids = list(ctx.session.scalars(select(MediaItem.id).where(MediaItem.day_id.in_(day_ids))))
        ctx.journal.update(_ITEMS, [{"id": i} for i in ids], {"day_id": None})
        items |= set(ids)
    return items


def _link_speakers(ctx: WriteContext, session_id: int, names: Iterable[str]) -> set[int]:
    """Make the session's speaker person tags exactly ``names``; returns tags touched."""
    wanted: dict[int, str] = {}
    touched: set[int] = set()
    for name in names:
        tid, created = ensure_tag_path(ctx, name.replace("|", "/"), TagKind.PERSON)
        wanted[tid] = name
        touched |= created
    st: Table = table_of(SessionTag)
    have = set(
        ctx.session.scalars(select(SessionTag.tag_id).where(SessionTag.session_id == session_id))
    )
    gone = have - set(wanted)
    if gone:
        ctx.journal.delete(st, and_(st.c.session_id == session_id, st.c.tag_id.in_(gone)))
    new = [{"session_id": session_id, "tag_id": tid} for tid in wanted if tid not in have]
    ctx.journal.insert(st, new)
    return touched | gone | {r["tag_id"] for r in new}


def _session_records(
    s: Any,
    *,
    day_id: int | None = None,
    event_id: int | None = None,
    ids: Sequence[int] | None = None,
    counts: bool = True,
) -> list[SessionRecord]:
    n_items: dict[Any, int] = {}
    if counts:
        q_counts = (
            select(MediaItem.session_id, func.count())
            .where(MediaItem.session_id.is_not(None))
            .group_by(MediaItem.session_id)
        )
        n_items = {r[0]: r[1] for r in s.execute(q_counts)}
    q = select(ProgrammeSession).order_by(
        ProgrammeSession.start, ProgrammeSession.room, ProgrammeSession.id
    )
    if day_id is not None:
        q = q.where(ProgrammeSession.day_id == day_id)
    if event_id is not None:
        q = q.where(ProgrammeSession.event_id == event_id)
    if ids is not None:
        q = q.where(ProgrammeSession.id.in_(ids))
    texts = session_texts(s, ids)
    return [
        SessionRecord(
            id=r.id,
            event_id=r.event_id,
            day_id=r.day_id,
            title=r.title,
            room=r.room,
            start=r.start,
            end=r.end,
            track=r.track,
            abstract=r.abstract,
            speakers=tuple(r.speakers or ()),
            external_id=r.external_id,
            do_not_record=r.do_not_record,
            do_not_publish=r.do_not_publish,
            item_count=n_items.get(r.id, 0),
            texts=texts.get(r.id, ()),
        )
        for r in s.scalars(q)
    ]


def _import(
    ctx: WriteContext, parsed: ParsedSchedule, event_id: int | None, new_event: bool = False
) -> tuple[ChangeSummary, ImportSummary]:
    from smparchive.core.domain.programme import ImportSummary, plan_import, session_values

    s = ctx.session
    conf = parsed.conference
    notes: list[str] = []
    if event_id is not None:
        eid: int | None = event_id
    else:
        eid = None if new_event else _match_event(s, parsed)
    zone_changed = False
    if eid is None:
        eid = ctx.journal.insert_returning_id(
            table_of(Event),
            {
                "title": conf.title,
                "acronym": conf.acronym or None,
                "time_zone": conf.time_zone,
                "venue": conf.venue,
                "language": conf.language,
            },
        )
        zone_changed = conf.time_zone != "UTC"
    else:
        ev = s.get(Event, eid)
        if ev is None:
            raise CatalogError(problem("missing.event", value=eid))
        fill: dict[str, Any] = {}
        for key, value in (
            ("acronym", conf.acronym),
            ("venue", conf.venue),
            ("language", conf.language),
        ):
            if value and not getattr(ev, key):
                fill[key] = value
        has_sessions = s.scalar(select(func.count()).where(ProgrammeSession.event_id == eid))
        if conf.time_zone != ev.time_zone:
            if ev.time_zone == "UTC" or not has_sessions:
                fill["time_zone"] = conf.time_zone
                zone_changed = True
                notes.append(problem("programme.zone_now", zone=conf.time_zone))
            else:
                notes.append(
                    problem("programme.zone_differs", zone=conf.time_zone, other=ev.time_zone)
                )
        if fill:
            ctx.journal.update(table_of(Event), [{"id": eid}], fill)

    day_ids: dict[date, int] = {}
    days_added: list[str] = []
    days_renamed: list[tuple[str, str, str, str]] = []
    for pd in parsed.days:
        did, created = _ensure_day(ctx, eid, pd.date, pd.label or None)
        day_ids[pd.date] = did
        if created:
            days_added.append(pd.date.isoformat())
        days_renamed += name_day(ctx, did, pd, created)
    existing = _session_records(s, event_id=eid)
    plan = plan_import(parsed, existing)
    sids = {r.external_id: r.id for r in existing if r.external_id}
    person_before = set(s.scalars(select(Tag.id).where(Tag.kind == TagKind.PERSON)))
    touched_sessions: set[int] = set()
    tags: set[int] = set()
    for p in plan.add:
        if p.date not in day_ids:
            did, created = _ensure_day(ctx, eid, p.date, None)
            day_ids[p.date] = did
            if created:
                days_added.append(p.date.isoformat())
        sid = ctx.journal.insert_returning_id(
            _SESSIONS,
            {
                "event_id": eid,
                "day_id": day_ids[p.date],
                "external_id": p.external_id,
                **session_values(p),
            },
        )
        tags |= _link_speakers(ctx, sid, p.speakers)
        touched_sessions.add(sid)
        sids[p.external_id] = sid
    for u in plan.update:
        values = {k: session_values(u.parsed)[k] for k in u.changed}
        values["day_id"] = (
            day_ids.get(u.parsed.date) or _ensure_day(ctx, eid, u.parsed.date, None)[0]
        )
        ctx.journal.update(_SESSIONS, [{"id": u.session_id}], values)
        tags |= _link_speakers(ctx, u.session_id, u.parsed.speakers)
        touched_sessions.add(u.session_id)
    retold = import_session_texts(ctx, sids, parsed.sessions)  # their further languages'
    touched_sessions |= set(retold)
    venue = t.zone(_event_of(s, eid).time_zone)  # as the programme shows the sessions
    gone = tuple(f"{r.title} ({r.start.astimezone(venue):%Y-%m-%d %H:%M})" for r in plan.gone)
    if gone:
        notes.append(
            problem(
                "programme.gone",
                n=len(gone),
                value="; ".join(gone[:5]) + (" ..." if len(gone) > 5 else ""),
            )
        )
    items: set[int] = set()
    if plan.update:
        items = set(
            s.scalars(
                select(MediaItem.id).where(
                    MediaItem.session_id.in_([u.session_id for u in plan.update])
                )
            )
        )
    if zone_changed:
        items |= rederive_times(ctx, eid, None)
    elif days_added:
        items |= redate_items(ctx, eid)
    else:
        items |= settle_days(ctx, sorted(items), eid)  # sessions moved to another day
    if retold:  # their items' search text holds the sessions' titles in every language
        items |= set(s.scalars(select(MediaItem.id).where(MediaItem.session_id.in_(retold))))
    new_people = set(s.scalars(select(Tag.id).where(Tag.kind == TagKind.PERSON))) - person_before
    speakers_added = tuple(
        sorted(s.scalars(select(Tag.name).where(Tag.id.in_(new_people))), key=fold)
    )
    added = {sids[p.external_id] for p in plan.add}
    updated = tuple(
        f"{u.parsed.title} ({', '.join((*u.changed, *retold.get(u.session_id, ())))})"
        for u in plan.update
    ) + tuple(
        f"{p.title} ({', '.join(retold[sid])})"
        for p in parsed.sessions
        if (sid := sids[p.external_id]) in retold and sid in plan.unchanged and sid not in added
    )
    summary = ImportSummary(
        event_id=eid,
        format=parsed.format,
        added=tuple(p.title for p in plan.add),
        updated=updated,
        unchanged=len(plan.unchanged) - len(set(plan.unchanged) & set(retold)),
        removed_from_programme=gone,
        days_added=tuple(days_added),
        days_renamed=tuple(days_renamed),
        speakers_added=speakers_added,
        notes=tuple(notes),
        warnings=tuple(parsed.warnings),
    )
    ch = ChangeSummary(
        events=frozenset({eid}),
        sessions=frozenset(touched_sessions),
        tags=frozenset(tags),
        items=frozenset(items),
    )
    return ch, summary


def _match_event(s: Any, parsed: ParsedSchedule) -> int | None:
    """The catalogued event a programme belongs to: same acronym or title; else the only
    event, when it has no programme yet or shares a session with this one.

    A programme of another conference is never merged silently into the only event (two
    "Day 1"s): :class:`ProgrammeEventConflict` asks the caller to choose.
    """
    conf = parsed.conference
    events = list(s.execute(select(Event.id, Event.title, Event.acronym).order_by(Event.id)))
    for e in events:
        if conf.acronym and e.acronym and fold(conf.acronym) == fold(e.acronym):
            return int(e.id)
        if fold(conf.title) == fold(e.title):
            return int(e.id)
    if len(events) != 1:
        return None
    only = events[0]
    known = set(
        s.scalars(select(ProgrammeSession.external_id).where(ProgrammeSession.event_id == only.id))
    )
    if not known or known & {p.external_id for p in parsed.sessions}:
        return int(only.id)
    raise ProgrammeEventConflict(int(only.id), only.title, conf.title)


class ProgrammeEventConflict(CatalogError):
    """A programme that looks like another conference than the catalogue's only event."""

    def __init__(self, event_id: int, event_title: str, programme_title: str) -> None:
        super().__init__(
            f"The programme “{programme_title}” looks like another conference than the "
            f"catalogue's event “{event_title}” (no title, acronym or session in common): "
            "say whether to merge it into that event or to import it as a new event."
        )
        self.event_id = event_id
        self.event_title = event_title
        self.programme_title = programme_title
