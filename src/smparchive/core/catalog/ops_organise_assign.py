"""Assigning items to sessions (automatic proposals, confirmation, manual choice) and the
effective consent that sessions and people shown impose on items.

The rules are pure (``core/domain/assign.py``); this mixin feeds them rows and writes the
confirmed outcome in one undoable unit of work. Manual assignments are never overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import String, bindparam, func, select

from smparchive.core import heap
from smparchive.core.catalog import cameras, raw_rows
from smparchive.core.catalog.base import CatalogBase, WriteContext, driver_sql
from smparchive.core.catalog.chunks import ID_CHUNK, chunked, ids_in
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import (
    ItemContent,
    ItemTag,
    ItemText,
    MediaItem,
    Tag,
    table_of,
)
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.ops_organise_time import (
    DayRule,
    bulk_update_items,
    load_slots,
    main_event_zone,
    settle_days,
)
from smparchive.core.catalog.record_rows import restricted_sessions
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.domain import time as t
from smparchive.core.domain.consent import (
    SESSION_REASONS,
    EffectiveConsent,
    effective_status,
    level_of,
    restrictions,
)
from smparchive.core.messages import problem
from smparchive.core.progress import CancelToken
from smparchive.core.vocab import Assignment, Consent, Restriction

# The assignment's rules (~30 ms of CPU to import) load at the first proposal, not with the
# catalogue the app opens before its first screenful.
if TYPE_CHECKING:
    from smparchive.core.domain import assign as rules
    from smparchive.core.domain import proposals as bulk

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # stands in for a missing time when sorting
# Ids read in one statement (written into it as integers, ``ids_in``): a day's 65,000 took
# 73 statements of 900 parameters; ten times that still reads at once.
FACTS_CHUNK = 100_000


class ProposedItem(NamedTuple):
    """What the assignment preview shows of an item beside its proposal: its name and its
    time as every view shows it (the fields ``timefmt.item_time`` reads). A tuple: a day's
    preview holds 65,000 of them, and full records (texts, tags, paths) cost seconds."""

    id: int
    name: str
    capture_utc: datetime | None
    capture_offset_min: int | None
    capture_source: str | None
    clock_shift_s: int


class AssignOps(CatalogBase):
    """Proposals, confirmation, manual assignment, effective consent."""

    def propose_assignments(
        self,
        item_ids: Sequence[int] | None = None,
        *,
        tolerance: timedelta | None = None,
        camera_rooms: Mapping[str, str] | None = None,
        cancel: CancelToken | None = None,
        shown: dict[int, ProposedItem] | None = None,
    ) -> bulk.Proposals:
        """A dry run: one explained proposal per item (all items when none are given), in a
        sequence that makes each ``Proposal`` when read (counts and Apply read it without);
        ``cancel`` stops it between batches of items (a preview nobody waits for).
        ``shown``, when given, is filled with what :meth:`proposed_items` gives of each
        item, read by the same statement as the rules' facts. ``tolerance``: the rules'
        ``DEFAULT_TOLERANCE`` when None."""
        from smparchive.core.domain import assign as rules
        from smparchive.core.domain import proposals as bulk

        if tolerance is None:
            tolerance = rules.DEFAULT_TOLERANCE
        # a day's 65,000 facts and proposals made: the collector's full passes skip what the
        # process held before (in the app, everything it shows: ~0.1 s of passes at 1M)
        with heap.long_lived_frozen():
            with self._read() as s:
                slots = load_slots(s)
                facts = _fact_rows(s, item_ids, camera_rooms or {}, shown)
                tz = main_event_zone(s)
            return bulk.propose_rows(facts, slots, tolerance, tz, cancel=cancel)

    def proposed_items(self, item_ids: Sequence[int]) -> dict[int, ProposedItem]:
        """Per item, what the assignment preview shows of it (:class:`ProposedItem`)."""
        out: dict[int, ProposedItem] = {}
        raw = raw_rows.raw
        q = select(
            MediaItem.id,
            MediaItem.name,
            raw(MediaItem.capture_utc),
            MediaItem.capture_offset_min,
            raw(MediaItem.capture_source),
            MediaItem.clock_shift_s,
        )
        epoch, utc_of, source_of = raw_rows.EPOCH_UTC, raw_rows.utc, raw_rows.source
        with heap.long_lived_frozen(), self._read() as s:
            # read as stored, in one statement per FACTS_CHUNK ids: rows of column types in
            # chunks of 900 took 0.4 s for a day's 65,637 proposals
            for chunk in chunked(list(dict.fromkeys(item_ids)), FACTS_CHUNK):
                for iid, name, utc, offset, code, shift in raw_rows.fetch(
                    s, q.where(ids_in(MediaItem.id, list(chunk)))
                ):
                    moment = epoch + timedelta(0, 0, utc) if type(utc) is int else utc_of(utc)
                    out[iid] = ProposedItem(iid, name, moment, offset, source_of(code), shift)
        return out

    def apply_assignments(
        self, proposals: Iterable[rules.Proposal], *, only: Iterable[int] | None = None
    ) -> OpResult[int]:
        """Confirm proposals (all actionable ones, or those of the items in ``only``); items
        assigned by hand meanwhile are skipped. Days follow the session or capture date.
        value = number of items whose session changed."""
        from smparchive.core.domain import assign as rules
        from smparchive.core.domain import proposals as bulk

        chosen = set(only) if only is not None else None
        # what applying reads of each (a day's proposals are not made for it: bulk.Proposals)
        every = [p for p in bulk.outcomes(proposals) if chosen is None or p.item_id in chosen]
        todo = {p.item_id: p for p in every if p.actionable}
        # Every item looked at gets its day by the one rule (in a session: the session's day;
        # else its capture date's), whether its session changed or not.
        looked_at = sorted({p.item_id for p in every})
        undated_out = {
            p.item_id
            for p in every
            if p.reason == rules.Reason.NO_TIME and p.current_session_id is None
        }

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            s = ctx.session
            manual = _manual(s, list(todo))
            session_day = DayRule.of(s).session_day
            new: dict[int, dict[str, Any]] = {}
            for iid, p in todo.items():
                if iid in manual:
                    continue
                if p.session_id is None:
                    new[iid] = {"session_id": None, "assignment": None}
                else:  # the rule's answer for an item in a session, in the same write
                    new[iid] = {
                        "session_id": p.session_id,
                        "assignment": Assignment.AUTO,
                        "day_id": session_day.get(p.session_id),
                    }
            changed = bulk_update_items(ctx, new)
            moved = len(changed)
            # the others (staying where they are, or out of sessions) by reading them again;
            # not an undated item out of sessions (no day by the rule, which every path that
            # takes an item out of a session applies): half of a large selection, often
            rest = [
                i
                for i in looked_at
                if new.get(i, {}).get("session_id") is None and i not in undated_out
            ]
            changed |= settle_days(ctx, rest)
            sessions = {p.session_id for p in todo.values() if p.session_id is not None}
            sessions |= {p.current_session_id for p in todo.values() if p.current_session_id}
            ch = ChangeSummary(items=frozenset(changed), sessions=frozenset(sessions))
            return ch, moved

        return self._write("Assign items to sessions", op)

    def auto_assign(
        self,
        item_ids: Sequence[int] | None = None,
        *,
        tolerance: timedelta | None = None,
        camera_rooms: Mapping[str, str] | None = None,
    ) -> OpResult[int]:
        """Propose and apply in one step; also sets days of items outside any session."""
        proposals = self.propose_assignments(
            item_ids, tolerance=tolerance, camera_rooms=camera_rooms
        )
        return self.apply_assignments(proposals)

    def assign_items(self, item_ids: Sequence[int], session_id: int | None) -> OpResult[None]:
        """Assign items to a session by hand (None: to no session); automatic runs keep it."""
        ids = sorted(set(item_ids))

        def op(ctx: WriteContext) -> ChangeSummary:
            if session_id is not None and ctx.session.get(ProgrammeSession, session_id) is None:
                raise CatalogError(problem("missing.session", value=session_id))
            _require_items(ctx, ids)
            old = {
                sid
                for chunk in chunked(ids)
                for sid in ctx.session.scalars(
                    select(MediaItem.session_id).where(
                        MediaItem.id.in_(chunk), MediaItem.session_id.is_not(None)
                    )
                )
            }
            values: dict[str, Any] = {"session_id": session_id, "assignment": Assignment.MANUAL}
            ctx.journal.update(table_of(MediaItem), [{"id": i} for i in ids], values)
            settle_days(ctx, ids)
            touched = old | ({session_id} if session_id is not None else set())
            return ChangeSummary(
                items=frozenset(ids), sessions=frozenset(x for x in touched if x is not None)
            )

        label = "Assign to session" if session_id is not None else "Take out of sessions"
        # the session in the details: the History says which one (old -> new)
        return self._write(label, op, details={"values": {"session_id": session_id}})

    def release_items(self, item_ids: Sequence[int]) -> OpResult[None]:
        """Return items to automatic assignment (their session stays until the next run)."""
        ids = sorted(set(item_ids))

        def op(ctx: WriteContext) -> ChangeSummary:
            rows = [
                r
                for chunk in chunked(ids)
                for r in ctx.session.execute(
                    select(MediaItem.id, MediaItem.session_id).where(MediaItem.id.in_(chunk))
                )
            ]
            new = {
                r.id: {"assignment": Assignment.AUTO if r.session_id is not None else None}
                for r in rows
            }
            return ChangeSummary(items=frozenset(bulk_update_items(ctx, new)))

        return self._write("Return to automatic assignment", op)

    # -- consent ----------------------------------------------------------------------------
    def effective_consent(self, item_ids: Sequence[int]) -> dict[int, EffectiveConsent]:
        """Per item: the consent that applies once do-not-publish sessions, do-not-record
        sessions (for recordings) and restricted people shown are taken into account."""
        ids = list(dict.fromkeys(item_ids))
        out: dict[int, EffectiveConsent] = {}
        with self._read() as s:
            sessions = restricted_sessions(driver_sql(s))
            for chunk in chunked(ids):
                people: dict[int, list[tuple[str, str]]] = {}
                withdrawn: dict[str, date] = {}  # "withdrawn on" names the day in the reason
                for iid, name, restriction, on in s.execute(
                    select(ItemTag.item_id, Tag.name, Tag.restriction, Tag.consent_withdrawn_on)
                    .join(Tag, Tag.id == ItemTag.tag_id)
                    .where(ItemTag.item_id.in_(chunk), Tag.restriction != Restriction.NONE)
                ):
                    if on is not None:
                        withdrawn[name] = on
                    people.setdefault(iid, []).append((name, restriction))
                for r in s.execute(
                    select(
                        MediaItem.id, MediaItem.consent, MediaItem.session_id, MediaItem.kind
                    ).where(MediaItem.id.in_(chunk))
                ):
                    held = restrictions(r.kind, sessions.get(r.session_id), people.get(r.id, ()))
                    out[r.id] = _consent(r.id, r.consent, held, withdrawn)
        return out


OWN_CONSENT_TEXT: dict[str, str] = {
    Consent.UNKNOWN: "consent unknown",
    Consent.INTERNAL_ONLY: "cleared for internal use only",
    Consent.DO_NOT_PUBLISH: "marked do not publish",
}


def _consent(
    item_id: int, own: str, held: tuple[tuple[str, str], ...], withdrawn: dict[str, date]
) -> EffectiveConsent:
    """The item's effective consent with one reason (code, subject, English phrase) for its
    own consent when not cleared and one for each restriction (``restrictions``)."""
    status = own or Consent.UNKNOWN  # the item's own first
    reasons: list[str] = []
    details: list[str] = []
    subjects: list[str] = []
    if status != Consent.CLEARED:
        reasons.append(f"consent:{status}")
        subjects.append("")
        details.append(OWN_CONSENT_TEXT.get(status, status.replace("_", " ")))
    for code, subject in held:
        reasons.append(code)
        subjects.append(subject)
        if code in SESSION_REASONS:
            details.append(SESSION_REASONS[code].format(title=subject))
        elif subject in withdrawn:
            details.append(f"shows {subject} (consent withdrawn on {withdrawn[subject]})")
        else:
            details.append(f"shows {subject} ({level_of(code).replace('_', ' ')})")
    status = effective_status(own, held)
    return EffectiveConsent(item_id, own, status, tuple(reasons), tuple(details), tuple(subjects))


def _manual(s: Any, ids: list[int]) -> set[int]:
    out: set[int] = set()
    for chunk in chunked(ids):
        out |= set(
            s.scalars(
                select(MediaItem.id).where(
                    MediaItem.id.in_(chunk),
                    MediaItem.assignment == Assignment.MANUAL,
                )
            )
        )
    return out


def _require_items(ctx: WriteContext, ids: list[int]) -> None:
    found = {
        i
        for chunk in chunked(ids)
        for i in ctx.session.scalars(select(MediaItem.id).where(MediaItem.id.in_(chunk)))
    }
    missing = [i for i in ids if i not in found]
    if missing:
        shown = ", ".join(map(str, missing[:10]))
        raise CatalogError(problem("missing.items", value=shown, n=len(missing)))


def _facts(
    s: Any,
    item_ids: Sequence[int] | None,
    camera_rooms: Mapping[str, str],
    shown: dict[int, ProposedItem] | None = None,
) -> list[rules.ItemFacts]:
    """What the rules know of items (:func:`_fact_rows`) as records."""
    from smparchive.core.domain import assign as rules

    return [rules.ItemFacts(*r) for r in _fact_rows(s, item_ids, camera_rooms, shown)]


def _fact_rows(
    s: Any,
    item_ids: Sequence[int] | None,
    camera_rooms: Mapping[str, str],
    shown: dict[int, ProposedItem] | None = None,
) -> list[bulk.FactRow]:
    """What the rules know of items, as tuples of ``ItemFacts``' fields (all, or
    ``item_ids``), in time order (undated first on SQLite, last on PostgreSQL, as ORDER BY
    puts them), then by id: read as stored and converted here (``raw_rows``), ~10 us an item
    less than rows of column types.
    ``shown``: filled with each item's :class:`ProposedItem` from the same rows (the Assign
    dialog read them again by id: ~0.2 s for a day's 65,637 items at 1M)."""
    raw = raw_rows.raw
    q = select(
        MediaItem.id,
        raw(MediaItem.kind),
        MediaItem.name,
        raw(MediaItem.capture_utc),
        MediaItem.duration_s,
        MediaItem.session_id,
        raw(MediaItem.assignment),
        MediaItem.camera_id,
        MediaItem.creator,
        raw(MediaItem.capture_source),
        MediaItem.capture_offset_min,
        MediaItem.clock_shift_s,
    )
    ordered = q.order_by(MediaItem.capture_utc, MediaItem.id)
    sqlite = s.get_bind().dialect.name == "sqlite"
    if item_ids is None:
        rows = raw_rows.fetch(s, ordered)
    elif len(item_ids) <= FACTS_CHUNK:
        rows = raw_rows.fetch(s, ordered.where(_among(sqlite, list(item_ids))))
    else:  # read by chunks, sorted as ORDER BY sorts
        rows = [
            r
            for chunk in chunked(list(item_ids), FACTS_CHUNK)
            for r in raw_rows.fetch(s, q.where(_among(sqlite, list(chunk))))
        ]
        nulls_first = sqlite  # PostgreSQL sorts NULL last
        rows.sort(
            key=lambda r: ((r[3] is not None) == nulls_first, raw_rows.utc(r[3]) or _EPOCH, r[0])
        )
    from smparchive.core.domain import assign as rules

    kinds = raw_rows.KINDS
    decks = [r[0] for r in rows if kinds.get(r[1]) in rules.DECK_KINDS]
    deck_text = _deck_texts(s, decks)
    known = cameras.all_cameras(s) if camera_rooms else {}
    epoch, utc_of = raw_rows.EPOCH_UTC, raw_rows.utc
    out: list[bulk.FactRow] = []
    # 'auto' / 'manual' from their stored codes (0034): a look-up a row, else the error
    hows, how_of = raw_rows.ASSIGNMENTS.get, raw_rows.assignment
    sources = raw_rows.SOURCES.get
    for iid, k, name, utc, length, sid, stored_how, camera_id, creator, code, off, cs in rows:
        how = stored_how if stored_how is None else hows(stored_how) or how_of(stored_how)
        room = None
        if camera_rooms:
            room = camera_rooms.get(t.camera_key(*cameras.parts_of(known, camera_id)))
        text = deck_text.get(iid, "") if decks else ""
        if creator:
            text += " " + creator
        moment = epoch + timedelta(0, 0, utc) if type(utc) is int else utc_of(utc)
        source = None if code is None else sources(code) or raw_rows.source(code)
        out.append(
            (iid, kinds.get(k) or raw_rows.kind(k), moment, length, sid, how, name, room,
             text, source)
        )  # fmt: skip
        if shown is not None:
            shown[iid] = ProposedItem(iid, name, moment, off, source, cs)
    return out


def _among(sqlite: bool, ids: list[int]) -> Any:
    """``items.id IN ids``; on SQLite, a long list as one JSON text read by ``json_each``:
    SQLAlchemy wrote a day's 65,637 ids into the statement one by one (~0.1 s at 1M, the
    same rows and plan: SQLite builds the same ephemeral index of the ids either way)."""
    if not sqlite or len(ids) <= ID_CHUNK:
        return ids_in(MediaItem.id, ids)
    listed = ",".join(map(str, map(int, ids)))  # integers only
    given = func.json_each(bindparam(None, f"[{listed}]", type_=String)).table_valued("value")
    return MediaItem.id.in_(select(given.c.value))


def _deck_texts(s: Any, ids: list[int]) -> dict[int, str]:
    """Titles and slide titles of decks (what a deck says it is about)."""
    out: dict[int, list[str]] = {i: [] for i in ids}
    for chunk in chunked(ids):
        for iid, value in s.execute(
            select(ItemText.item_id, ItemText.value).where(
                ItemText.item_id.in_(chunk), ItemText.field == "title"
            )
        ):
            out[iid].append(value)
        for iid, titles in s.execute(
            select(ItemContent.item_id, ItemContent.slide_titles).where(
                ItemContent.item_id.in_(chunk)
            )
        ):
            out[iid].extend((titles or [])[:3])
    return {i: " ".join(v) for i, v in out.items()}
