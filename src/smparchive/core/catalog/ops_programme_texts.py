"""A programme's texts in further languages (0041): a session's title, room and description,
an event's title, venue, description and organiser, a day's name (0042), beside the
programme's own (``events.language``). Shaped as an item's texts (owner, field, language
-> text); every change is undoable and in the history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select

from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import (
    PROGRAMME_TEXT_FIELDS,
    Day,
    DayText,
    Event,
    EventText,
    MediaItem,
    SessionText,
    table_of,
)
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.ops_organise_time import main_event_id
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.media.webvtt import valid_language
from smparchive.core.messages import problem

if TYPE_CHECKING:
    from smparchive.core.domain.schedule_model import ParsedDay, ParsedSession

_SESSION_TEXTS: Table = table_of(SessionText)
_EVENT_TEXTS: Table = table_of(EventText)
_DAY_TEXTS: Table = table_of(DayText)
# kind -> (its texts' table, their owner column)
_TABLES = {
    "session": (_SESSION_TEXTS, "session_id"),
    "event": (_EVENT_TEXTS, "event_id"),
    "day": (_DAY_TEXTS, "day_id"),
}


class ProgrammeTextOps(CatalogBase):
    """Set or clear a programme text in a further language."""

    def set_session_text(
        self, session_id: int, language: str, value: str | None, field: str = "title"
    ) -> OpResult[None]:
        """A session's ``field`` ("title", "room", "description") in ``language``; an empty
        ``value`` clears it (the session is then shown with the programme's own text)."""
        return self.set_programme_texts("session", session_id, {(field, language): value})

    def set_event_text(
        self,
        field: str,
        language: str,
        value: str | None,
        event_id: int | None = None,
    ) -> OpResult[None]:
        """An event's ``field`` ("title", "venue", "description", "organisation") in
        ``language`` (the main event's by default); an empty ``value`` clears it."""
        return self.set_programme_texts("event", event_id, {(field, language): value})

    def set_day_name(self, day_id: int, language: str, value: str | None) -> OpResult[None]:
        """A day's name in ``language``; an empty ``value`` clears it (the day is then
        named by its own name, a generic "Day N" worded in that language)."""
        return self.set_programme_texts("day", day_id, {("label", language): value})

    def set_programme_texts(
        self,
        kind: str,
        owner_id: int | None,
        texts: Mapping[tuple[str, str], str | None],
    ) -> OpResult[None]:
        """Several texts of one session, event or day (``kind``: "session", "event", "day";
        an event None: the main one) at once, one undo step: (field, language) -> text, an
        empty text clearing it. A text already so is left alone."""
        wanted = checked_texts(kind, texts)

        def op(ctx: WriteContext) -> ChangeSummary:
            oid, changed = write_texts(ctx, kind, owner_id, wanted)
            if not changed:
                return ChangeSummary()
            if kind != "session":  # a day is its event's: its views are made again
                return ChangeSummary(events=frozenset({_event_of(ctx.session, kind, oid)}))
            # the session's items: their search text holds its titles in every language
            items = frozenset(
                ctx.session.scalars(select(MediaItem.id).where(MediaItem.session_id == oid))
            )
            return ChangeSummary(sessions=frozenset({oid}), items=items)

        said = ", ".join(f"{field} ({lang})" for field, lang in wanted)
        values = {f"{field}.{lang}": text[:200] for (field, lang), text in wanted.items()}
        return self._write(f"Change {kind} {said}", op, details={"values": values})


def checked_texts(
    kind: str, texts: Mapping[tuple[str, str], str | None]
) -> dict[tuple[str, str], str]:
    """``texts`` ((field, language) -> text) of a ``kind`` as kept (cleaned; '' clears);
    CatalogError for a field not kept in other languages or a language that is no code."""
    wanted: dict[tuple[str, str], str] = {}
    for (field, language), value in texts.items():
        if field not in PROGRAMME_TEXT_FIELDS[kind]:
            raise CatalogError(f"'{field}' is not a {kind} text kept in other languages.")
        if not valid_language(language.strip()):
            raise CatalogError(problem("event.bad_language", language=language))
        wanted[(field, language.strip())] = _cleaned(field, value or "")
    return wanted


def write_texts(
    ctx: WriteContext,
    kind: str,
    owner_id: int | None,
    wanted: Mapping[tuple[str, str], str],
    *,
    skip_own: bool = False,
) -> tuple[int, bool]:
    """Write ``wanted`` (from :func:`checked_texts`) to a session's, day's or event's texts,
    journalled: (its id, whether any changed). A text in the programme's own language is
    refused (its columns hold it), or left out with ``skip_own`` (an import's)."""
    table, owner = _TABLES[kind]
    oid, own = _owner(ctx.session, kind, owner_id)
    changed = False
    for (field, lang), text in wanted.items():
        if own and own.lower().split("-")[0] == lang.lower().split("-")[0]:
            if skip_own:
                continue
            # the programme's own texts are its columns: one text per language
            raise CatalogError(problem("programme.own_language", language=own))
        where = (table.c[owner] == oid, table.c.field == field, table.c.lang == lang)
        now = ctx.session.execute(select(table.c.value).where(*where)).scalar()
        if (now or "") == text:
            continue
        changed = True
        if now is not None:
            ctx.journal.delete_in(table, owner, [oid], *where[1:])
        if text:
            ctx.journal.insert(table, [{owner: oid, "field": field, "lang": lang, "value": text}])
    return oid, changed


def name_day(
    ctx: WriteContext, day_id: int, parsed: ParsedDay, created: bool
) -> list[tuple[str, str, str, str]]:
    """Give a day the names a programme gives it, its own and in further languages; for a
    day already there, the names that changed: (date, language ('' its own), name shown
    before, name now). A generic "Day N" (a format naming no day) leaves a name given in
    the app alone."""
    from smparchive.core.daylabel import GENERIC_DAY, day_name_in

    def shown() -> dict[str, str]:
        label = ctx.session.scalar(select(Day.label).where(Day.id == day_id)) or ""
        names = {lang: text for _, lang, text in day_texts(ctx.session, [day_id]).get(day_id, ())}
        return {"": label, **{lang: day_name_in(label, names, lang) for lang, _ in parsed.names}}

    before = {} if created else shown()
    label = " ".join(parsed.label.split())
    if before and label and label != before[""] and not GENERIC_DAY.match(label):
        ctx.journal.update(table_of(Day), [{"id": day_id}], {"label": label})
    wanted = checked_texts("day", {("label", lang): name for lang, name in parsed.names})
    write_texts(ctx, "day", day_id, wanted, skip_own=True)
    if created:
        return []
    iso = parsed.date.isoformat()
    return [(iso, lang, before[lang], now) for lang, now in shown().items() if now != before[lang]]


def import_session_texts(
    ctx: WriteContext, sids: Mapping[str, int], sessions: Iterable[ParsedSession]
) -> dict[int, tuple[str, ...]]:
    """Write the texts in further languages a programme gives its sessions (``sids``:
    external id -> session id), its own language's left to the columns: session id -> the
    texts that changed ("title (fr)")."""
    retold: dict[int, tuple[str, ...]] = {}
    for p in sessions:
        wanted = checked_texts("session", {(field, lang): text for field, lang, text in p.texts})
        sid = sids[p.external_id]
        said = tuple(
            f"{field} ({lang})"
            for (field, lang), text in wanted.items()
            if write_texts(ctx, "session", sid, {(field, lang): text}, skip_own=True)[1]
        )
        if said:
            retold[sid] = said
    return retold


def _owner(s: Any, kind: str, owner_id: int | None) -> tuple[int, str]:
    """The session's, day's or event's id and its programme's language ("" when not said)."""
    if kind in ("session", "day"):
        row = s.get(ProgrammeSession if kind == "session" else Day, owner_id)
        if row is None:
            raise CatalogError(problem(f"missing.{kind}", value=owner_id))
        oid, event = int(row.id), s.get(Event, row.event_id)
    else:
        eid = owner_id if owner_id is not None else main_event_id(s)
        event = s.get(Event, eid) if eid is not None else None
        if event is None:
            raise CatalogError(
                problem("missing.no_event_yet")
                if owner_id is None
                else problem("missing.event", value=owner_id)
            )
        oid = int(event.id)
    return oid, (event.language or "") if event is not None else ""


def _event_of(s: Any, kind: str, oid: int) -> int:
    """The event a day (or an event itself) belongs to."""
    return oid if kind == "event" else int(s.get(Day, oid).event_id)


def _cleaned(field: str, text: str) -> str:
    """A text as kept: a description keeps its lines (trimmed, as the programme's abstract
    is typed); a title, room, venue or organiser is one line, as the programme's own."""
    if field == "description":
        return "\n".join(line.rstrip() for line in text.strip().splitlines())
    return " ".join(text.split())


def session_texts(
    s: Any, session_ids: Iterable[int] | None = None
) -> dict[int, tuple[tuple[str, str, str], ...]]:
    """Each session's texts in further languages: id -> ((field, language, text), ...)."""
    return _owned_texts(s, _SESSION_TEXTS, "session_id", session_ids)


def day_texts(
    s: Any, day_ids: Iterable[int] | None = None
) -> dict[int, tuple[tuple[str, str, str], ...]]:
    """Each day's names in further languages: id -> (("label", language, text), ...)."""
    return _owned_texts(s, _DAY_TEXTS, "day_id", day_ids)


def _owned_texts(
    s: Any, table: Table, owner: str, ids: Iterable[int] | None
) -> dict[int, tuple[tuple[str, str, str], ...]]:
    """The texts of ``table`` by owner: id -> ((field, language, text), ...)."""
    c = table.c
    q = select(c[owner], c.field, c.lang, c.value)
    if ids is not None:
        q = q.where(c[owner].in_(list(ids)))
    out: dict[int, list[tuple[str, str, str]]] = {}
    for oid, field, lang, value in s.execute(q.order_by(c[owner], c.field, c.lang)):
        out.setdefault(int(oid), []).append((field, lang, value))
    return {k: tuple(v) for k, v in out.items()}


def event_texts(s: Any, event_id: int) -> tuple[tuple[str, str, str], ...]:
    """An event's texts in further languages: ((field, language, text), ...)."""
    q = (
        select(EventText.field, EventText.lang, EventText.value)
        .where(EventText.event_id == event_id)
        .order_by(EventText.field, EventText.lang)
    )
    return tuple((f, lang, v) for f, lang, v in s.execute(q))
