"""Capture times and per-camera clock corrections, plus the journalled bulk item update
that organising operations share. Rules live in ``core/domain/time.py``."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Table, and_, func, or_, select

from smparchive.core import heap
from smparchive.core.catalog import cameras, interrupt
from smparchive.core.catalog.base import COMPACT_AT, CatalogBase, WriteContext
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.item_records import device_key
from smparchive.core.catalog.labels import clock_label
from smparchive.core.catalog.models import ClockOffset, Day, Event, FacetCell, MediaItem, table_of
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.domain import time as t
from smparchive.core.domain import timefmt
from smparchive.core.messages import problem
from smparchive.core.progress import CancelToken, ProgressSink

# The clocks' preview, the assignment's rules and the day's timeline (~50 ms of CPU to
# import) load when a clock, the timeline or an assignment first needs them, not with the
# catalogue the app opens before its first screenful.
if TYPE_CHECKING:
    from smparchive.core.catalog import clock_preview
    from smparchive.core.domain import assign as rules
    from smparchive.core.domain.timeline import Lane

_ITEMS: Table = table_of(MediaItem)


def main_event_id(s: Any) -> int | None:
    found = s.scalar(select(func.min(Event.id)))
    return int(found) if found is not None else None


def main_event_zone(s: Any) -> ZoneInfo:
    """The main event's zone, the one times are shown in (UTC when there is no event)."""
    name = s.scalar(select(Event.time_zone).order_by(Event.id).limit(1))
    return t.zone(name or "UTC")


# -- bulk item updates, journalled -------------------------------------------------------------
def bulk_update_items(ctx: WriteContext, new: Mapping[int, Mapping[str, Any]]) -> set[int]:
    """Set per-item values (each item its own), one journalled row set per column set (one
    undo step holding the old values). Returns the items that changed."""
    groups: dict[tuple[str, ...], list[list[Any]]] = {}
    for iid, vals in new.items():
        cols = tuple(sorted(vals))
        groups.setdefault(cols, []).append([iid, *(vals[c] for c in cols)])
    changed: set[int] = set()
    for cols, rows in groups.items():
        changed.update(ctx.journal.update_rows(_ITEMS, ["id"], cols, rows))
    return changed


def _event_zones(s: Any) -> tuple[int | None, dict[int, ZoneInfo], dict[int, int]]:
    """Main event id, zone per event, event per day."""
    zones = {int(eid): t.zone(tz) for eid, tz in s.execute(select(Event.id, Event.time_zone))}
    day_event = {int(d): int(e) for d, e in s.execute(select(Day.id, Day.event_id))}
    return main_event_id(s), zones, day_event


def _rows_of(s: Any, q: Any, item_ids: Sequence[int] | None) -> Iterator[Any]:
    """The rows of ``q``, limited to ``item_ids`` when given (in chunks, so that a selection
    of any size stays within the database's limit on bound parameters)."""
    if item_ids is None:
        yield from s.execute(q)
        return
    ids = list(item_ids)
    for chunk in chunked(ids):
        yield from s.execute(q.where(MediaItem.id.in_(chunk)))


def rederive_times(
    ctx: WriteContext,
    event_id: int | None,
    item_ids: Sequence[int] | None,
    *,
    include_all: bool = False,
) -> set[int]:
    """Re-derive capture_utc (zone-less items of ``event_id``, or all given) and days."""
    s = ctx.session
    main, zones, day_event = _event_zones(s)
    q = select(
        MediaItem.id,
        MediaItem.capture_utc,
        MediaItem.capture_local,
        MediaItem.capture_offset_min,
        MediaItem.clock_shift_s,
        MediaItem.day_id,
        MediaItem.capture_source,
    )
    if not include_all:
        q = q.where(MediaItem.capture_offset_min.is_(None), MediaItem.capture_local.is_not(None))
    new: dict[int, dict[str, Any]] = {}
    for r in _rows_of(s, q, item_ids):
        owner = day_event.get(r.day_id, main) if r.day_id is not None else main
        if not include_all and owner != event_id:
            continue
        tz = zones.get(owner, ZoneInfo("UTC")) if owner is not None else ZoneInfo("UTC")
        moved = t.rederive([_time_row(r)], tz)
        if moved:
            new[r.id] = {"capture_utc": moved[r.id]}
    changed = bulk_update_items(ctx, new)
    return changed | redate_items(ctx, event_id, item_ids)


def redate_items(
    ctx: WriteContext, event_id: int | None, item_ids: Sequence[int] | None = None
) -> set[int]:
    """Set the day of items (the given ones, or every item) by :class:`DayRule`."""
    return settle_days(ctx, item_ids, event_id)


def settle_days(
    ctx: WriteContext, item_ids: Sequence[int] | None = None, event_id: int | None = None
) -> set[int]:
    """Give items (the given ones, or every item) the day :class:`DayRule` decides, after
    anything that changed their session or capture time. Returns the items that moved."""
    s = ctx.session
    rule = DayRule.of(s, event_id)
    # Only the rows the rule may move come to Python: an item in a session already on its
    # day, or undated, out of sessions and on no day, stays (assigning 10,000 items read
    # them all: +60 % of the write's time).
    session_day = (
        select(ProgrammeSession.day_id)
        .where(ProgrammeSession.id == MediaItem.session_id)
        .scalar_subquery()
    )
    q = select(MediaItem.id, MediaItem.session_id, MediaItem.capture_utc, MediaItem.day_id).where(
        or_(
            and_(MediaItem.session_id.is_not(None), MediaItem.day_id.is_distinct_from(session_day)),
            and_(
                MediaItem.session_id.is_(None),
                or_(MediaItem.capture_utc.is_not(None), MediaItem.day_id.is_not(None)),
            ),
        )
    )
    new: dict[int, dict[str, Any]] = {}
    for iid, sid, utc, day_id in _rows_of(s, q, item_ids):
        want = rule.day(sid, utc, day_id)
        if want != day_id:
            new[iid] = {"day_id": want}
    return bulk_update_items(ctx, new)


@dataclass(frozen=True, slots=True)
class _Days:
    """An event's days by local date, in its zone: which day a capture time falls on."""

    by_date: dict[date, int]
    ids: frozenset[int]
    tz: ZoneInfo

    @classmethod
    def of(cls, s: Any, event_id: int | None) -> _Days | None:
        if event_id is None:
            event_id = main_event_id(s)
        if event_id is None:
            return None
        ev = s.get(Event, event_id)
        by_date = {
            d: int(i)
            for i, d in s.execute(select(Day.id, Day.date).where(Day.event_id == event_id))
        }
        return cls(by_date, frozenset(by_date.values()), t.zone(ev.time_zone if ev else "UTC"))

    def new_day(self, utc: datetime | None, day_id: int | None) -> tuple[bool, int | None]:
        """Whether an item at ``utc`` now on ``day_id`` moves, and to which day. Items on
        another event's day stay there unless the time falls on one of this event's days."""
        want = self.by_date.get(t.local_date(utc, self.tz)) if utc is not None else None
        return want != day_id and (want is not None or day_id in self.ids), want


@dataclass(frozen=True, slots=True)
class DayRule:
    """The one rule for an item's programme day, on every path that sets it (assignment by
    hand or automatic, clock corrections, re-derived times, scans, programme edits):

    - in a session: the session's day (a session crossing midnight keeps all its items on
      its own day, the sidebar's day counts are the sum of its sessions' and the rest);
    - else the local date of its capture time in the event's zone, when that date is a
      programme day; else no day (an item on another event's day keeps it)."""

    session_day: Mapping[int, int]
    days: _Days | None

    @classmethod
    def of(cls, s: Any, event_id: int | None = None) -> DayRule:
        q = select(ProgrammeSession.id, ProgrammeSession.day_id)
        session_day = {int(i): int(d) for i, d in s.execute(q)}
        return cls(session_day, _Days.of(s, event_id))

    def day(self, session_id: int | None, utc: datetime | None, current: int | None) -> int | None:
        """The day of an item in ``session_id`` (or none) captured at ``utc``, now on
        ``current``."""
        if session_id is not None and session_id in self.session_day:
            return self.session_day[session_id]
        if self.days is None:
            return current
        moved, want = self.days.new_day(utc, current)
        return want if moved else current


def load_slots(s: Any, event_id: int | None = None) -> list[rules.Slot]:
    """Every session as an assignment slot (with its speakers and its event's title)."""
    from smparchive.core.domain import assign as rules

    q = (
        select(
            ProgrammeSession.id,
            ProgrammeSession.title,
            ProgrammeSession.room,
            ProgrammeSession.start,
            ProgrammeSession.end,
            ProgrammeSession.day_id,
            ProgrammeSession.speakers,
            Event.title.label("event_title"),
        )
        .join(Event, Event.id == ProgrammeSession.event_id)
        .order_by(ProgrammeSession.start)
    )
    if event_id is not None:
        q = q.where(ProgrammeSession.event_id == event_id)
    return [
        rules.Slot(
            r.id,
            r.title,
            r.room,
            r.start,
            r.end,
            r.day_id,
            tuple(r.speakers or ()),
            r.event_title or "",
        )
        for r in s.execute(q)
    ]


@dataclass(frozen=True, slots=True)
class CameraGroup:
    """Items of one device, for clock correction."""

    key: str  # make|model|serial
    make: str | None
    model: str | None
    serial: str | None
    count: int
    first: datetime | None
    last: datetime | None
    offset_s: int  # the correction in force
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ClockPreview:
    """What a clock correction would change: per item old and new time and session."""

    camera_key: str
    offset_s: int
    rows: Sequence[rules.ShiftRow]  # ``rules.ShiftRows``: each row made when read

    @property
    def moved_sessions(self) -> int:
        """How many items would land in another session."""
        from smparchive.core.domain import assign as rules

        if isinstance(self.rows, rules.ShiftRows):
            return self.rows.moved()
        return sum(1 for r in self.rows if r.new_session_id != r.old_session_id)


class TimelineItem(NamedTuple):
    """What a day's timeline draws of an item: what the assignment knows of it, its camera
    (parts as ``ItemRecord`` has them: None when not written). A tuple: a day may hold
    250,000 of them."""

    facts: rules.ItemFacts
    camera_make: str | None
    camera_model: str | None
    camera_serial: str | None

    @property
    def camera_key(self) -> str | None:
        """As ``ItemRecord.camera_key``: make|model|serial, None when neither make nor model."""
        return device_key(self.camera_make, self.camera_model, self.camera_serial)


_MINUTE = timedelta(minutes=1)
_EPOCH_UTC = datetime(1970, 1, 1, tzinfo=UTC)
_TICK = timedelta(microseconds=1)
_T = TypeVar("_T")


def _camera_where(s: Any, key: str) -> list[Any]:
    """The items of the camera ``key`` (its parts trimmed, as ``time.camera_key`` says),
    found by their cameras' ids (0031)."""
    return [cameras.where_key(s, key)]


def _lane_copy(lane: Lane) -> Lane:
    """A lane of its own (label, shift, the left-out answer kept) over the same counts and
    facts (frozen records) in lists of its own."""
    return replace(
        lane,
        times=list(lane.times),
        facts=list(lane.facts),
        counted=list(lane.counted),
        _left_out=None,
    )


class TimeOps(CatalogBase):
    """Capture-time derivation and per-camera clock corrections (undoable)."""

    if TYPE_CHECKING:  # provided by QueryOps (ops_query.py) in the Catalog facade

        def _per_version(self, name: str, read: Callable[[], _T], key: Any = None) -> _T: ...

    def cameras(self) -> list[CameraGroup]:
        """Items grouped by device (make, model, serial) with counts, time range, offset.

        Kept until anything is committed (``_per_version``): Camera Clocks reads them at
        each opening, ~0.6 s of CPU at a million items (every item's camera and time)."""
        return list(self._per_version("_camera_groups_cache", self._read_cameras))

    def _read_cameras(self) -> list[CameraGroup]:
        # The counts kept per combination of facet values (``facet_cells``) and per minute
        # (``time_cells``, 0038): every item's camera and time were read (~0.6 s of CPU at
        # 1M); now each camera's first and last minute, and the items of those minutes.
        from smparchive.core.catalog.day_lanes import camera_spans

        with self._read() as s:
            offsets = {r.camera_key: (r.offset_s, r.note) for r in s.scalars(select(ClockOffset))}
            known = cameras.all_cameras(s)
            counts = s.execute(
                select(FacetCell.camera_id, func.sum(FacetCell.n))
                .group_by(FacetCell.camera_id)
                .having(func.sum(FacetCell.n) != 0)
            ).all()
            spans = camera_spans(s)
        rows = [(cam, n, *spans.get(cam, (None, None))) for cam, n in counts]
        groups: dict[str, list[Any]] = {}
        for camera_id, n, first, last in rows:
            key = t.camera_key(*cameras.parts_of(known, camera_id))
            g = groups.setdefault(key, [0, None, None])
            g[0] += n
            if first is not None:
                g[1] = first if g[1] is None else min(g[1], first)
            if last is not None:
                g[2] = last if g[2] is None else max(g[2], last)
        out = []
        for key, (n, first, last) in groups.items():
            make, model, serial = t.split_camera_key(key)
            off, note = offsets.get(key, (0, None))
            out.append(CameraGroup(key, make, model, serial, int(n), first, last, off, note))
        return sorted(out, key=lambda g: (g.key == t.UNKNOWN_CAMERA, g.key.lower()))

    def timeline_items(self, date_from: datetime, date_to: datetime) -> list[TimelineItem]:
        """The items captured in [date_from, date_to) (aware) in time order, as ``query_ids``
        gives them, with what a day's timeline draws of each (the clock dialog, the
        timeline window). Full records of a day of 250,000 items took ~13 s of CPU at a
        million items (texts, tags, paths of every item); these columns ~1 s."""
        from smparchive.core.catalog.filters import ItemFilter, ids_query
        from smparchive.core.domain import assign as rules

        f = ItemFilter(date_from=date_from, date_to=date_to)
        with self._read() as s:
            q = ids_query(s, f, self.engine.dialect.name).with_only_columns(
                MediaItem.id,
                MediaItem.kind,
                MediaItem.capture_utc,
                MediaItem.duration_s,
                MediaItem.session_id,
                MediaItem.assignment,
                MediaItem.name,
                MediaItem.capture_source,
                MediaItem.camera_id,
            )
            # the camera's parts as the items' lookups read them (NULLIF(part, ''))
            known = {
                i: (make or None, model or None, serial or None)
                for i, (make, model, serial) in cameras.all_cameras(s).items()
            }
            none = (None, None, None)
            out = []
            # Core rows unpacked as tuples: the ORM's row handling and attribute access by
            # name cost ~1 s more for 250,000
            for iid, kind, utc, length, sid, how, name, source, cam in s.connection().execute(q):
                facts = rules.ItemFacts(iid, kind, utc, length, sid, how, name, time_source=source)
                out.append(TimelineItem(facts, *known.get(cam, none)))
            return out

    def timeline_lanes(
        self,
        date_from: datetime,
        date_to: datetime,
        by: str = "camera",
        *,
        near: Sequence[tuple[datetime, datetime]] = (),
        one_by_one: str | None = None,
    ) -> list[Lane]:
        """The lanes of a day's timeline (the clock dialog, the timeline window) for the items
        captured in [date_from, date_to), counted per minute: see ``day_lanes.day_lanes``.
        Every item as a ``TimelineItem`` took 2.3 s of CPU for a day of 250,000 at a million,
        the statement alone 0.64 s."""
        # Kept until anything is committed (``_per_version``, the last date asked only):
        # Camera Clocks opened again on the same camera, or the Timeline window on the same
        # day, read the same 250,000 items again (~2.3 s of CPU at a million). Each caller
        # gets its own lanes (they are labelled and shifted where shown), sharing the
        # frozen counts and facts.
        key = (date_from, date_to, by, tuple(near), one_by_one)

        def read() -> list[Lane]:
            # a moving lane's 35,000 groups and items made: the collector's full passes
            # skip what the process held before (in the app, everything it shows)
            with heap.long_lived_frozen():
                return self._timeline_lanes(date_from, date_to, by, near, one_by_one)

        return [_lane_copy(lane) for lane in self._per_version("_day_lanes_cache", read, key)]

    def _timeline_lanes(
        self,
        date_from: datetime,
        date_to: datetime,
        by: str,
        near: Sequence[tuple[datetime, datetime]],
        one_by_one: str | None,
    ) -> list[Lane]:
        from smparchive.core.catalog.day_lanes import day_lanes, halves, kept_day_lanes, merged

        dialect = self.engine.dialect.name
        # Counted from the counts kept per minute (``time_cells``, migration 0038): the
        # day's 250,000 rows at 1M were read from all over ``items`` (~2.3 s of CPU)
        with self._read() as s:
            kept = kept_day_lanes(s, dialect, date_from, date_to, by, near, one_by_one)
        if kept is not None:
            lanes, appended = kept
            if dialect != "sqlite" and appended > COMPACT_AT:
                self._fold_kept_counts("time_cells_compact")
            return lanes
        cut = halves(date_from, date_to, near)
        if cut is None:
            with self._read() as s:
                return day_lanes(s, dialect, date_from, date_to, by, near, one_by_one)
        # Two halves of the date at once, each on its own connection: the database steps
        # through one while the other's rows are counted (SQLite and the driver let go of
        # the interpreter while stepping). A 250,000-item day at 1M: ~1.0 -> ~0.75 s of wall
        # time on two free cores, the same CPU.
        lo, mid, hi, step_s = cut
        token = interrupt.current_token()

        def part(a: datetime, b: datetime) -> list[Lane]:
            stops = interrupt.interruptible(token) if token is not None else nullcontext()
            with stops, self._read() as s:
                return day_lanes(s, dialect, a, b, by, near, one_by_one, step_s)

        with ThreadPoolExecutor(1, thread_name_prefix="day-lanes") as pool:
            later = pool.submit(part, mid, hi)
            earlier = part(lo, mid)
            return merged([earlier, later.result()])

    def camera_of_items(self, item_ids: Sequence[int]) -> str | None:
        """The camera key holding most of ``item_ids`` (a known camera before the unknown
        one; ties go to the first key in order), or None when they have no items.

        What a clock dialog opened on some items (a scan's new card, a selection) shows
        first: the camera those items came from."""
        counts: dict[str, int] = {}
        with self._read() as s:
            known = cameras.all_cameras(s)
            for chunk in chunked(list(item_ids)):
                rows = s.execute(
                    select(MediaItem.camera_id, func.count())
                    .where(MediaItem.id.in_(chunk))
                    .group_by(MediaItem.camera_id)
                ).all()
                for camera_id, n in rows:
                    key = t.camera_key(*cameras.parts_of(known, camera_id))
                    counts[key] = counts.get(key, 0) + n
        if not counts:
            return None
        return min(counts, key=lambda k: (k == t.UNKNOWN_CAMERA, -counts[k], k.lower()))

    def camera_dates(self, camera_key: str, tz: tzinfo) -> dict[date, int]:
        """How many items of a camera fall on each local date in ``tz`` (its corrected
        times): which days the clock dialog offers for it. Kept until anything is committed
        (the last camera and zone asked only; ~0.3 s of CPU for 200,000 items)."""
        return dict(
            self._per_version(
                "_camera_dates_cache",
                lambda: self._read_camera_dates(camera_key, tz),
                (camera_key, tz),
            )
        )

    def _read_camera_dates(self, camera_key: str, tz: tzinfo) -> dict[date, int]:
        # Counted per minute from the counts kept (``time_cells``, 0038): a minute lies on
        # one local date in every zone whose offset is whole minutes; one that does not (a
        # historical offset in seconds) is read item by item. At a million items a camera's
        # 200,000 times were read from the items (~0.3 s of CPU).
        from smparchive.core.catalog.day_lanes import camera_minutes

        with self._read() as s:
            ids = cameras.ids_of_key(s, camera_key)
            unknown = camera_key == t.UNKNOWN_CAMERA
            rows = camera_minutes(s, [0, *ids] if unknown else ids)
            out: dict[date, int] = {}
            split: list[int] = []
            for b, n in rows:
                start = _EPOCH_UTC + timedelta(minutes=b)
                first = start.astimezone(tz).date()
                if first == (start + _MINUTE - _TICK).astimezone(tz).date():
                    out[first] = out.get(first, 0) + int(n)
                else:
                    split.append(b)
            where = _camera_where(s, camera_key)
            for b in split:
                start = _EPOCH_UTC + timedelta(minutes=b)
                q = select(MediaItem.capture_utc).where(
                    *where,
                    MediaItem.capture_utc >= start,
                    MediaItem.capture_utc < start + _MINUTE,
                )
                for m in s.scalars(q):
                    if m is not None:
                        day = (m if m.tzinfo else m.replace(tzinfo=UTC)).astimezone(tz).date()
                        out[day] = out.get(day, 0) + 1
        return out

    def find_camera(self, spec: str) -> CameraGroup:
        """A camera group by its key or a case-insensitive part of 'make model serial'."""
        groups = self.cameras()
        for g in groups:
            if g.key == spec:
                return g
        want = spec.casefold()
        hits = [
            g
            for g in groups
            if want in " ".join(filter(None, (g.make, g.model, g.serial))).casefold()
        ]
        if len(hits) == 1:
            return hits[0]
        if not hits:
            raise CatalogError(problem("camera.no_match", value=spec))
        raise CatalogError(
            f"'{spec}' matches {len(hits)} cameras: " + "; ".join(g.key for g in hits[:5])
        )

    def preview_clock(
        self,
        camera_key: str,
        offset_s: int,
        *,
        cancel: CancelToken | None = None,
        progress: ProgressSink | None = None,
        items: clock_preview.CameraItems | None = None,
    ) -> ClockPreview:
        """Old and new capture times and sessions of a camera's items under ``offset_s``.

        ``cancel`` is asked every ``rules.CHECK_EVERY`` items (a preview superseded by the
        next correction stops: 200,000 items took seconds of CPU nobody waited for);
        ``progress`` counts two steps an item, re-dated and proposed in one pass (``total``:
        twice the items). ``items``: the camera's items read before (:meth:`clock_items`,
        while nothing changed since), not read again."""
        from smparchive.core.catalog import clock_preview

        _has_clock(camera_key)
        # 200,000 rows read and as many made: the collector's full passes skip what the
        # process held before (in the app, everything it shows)
        with heap.long_lived_frozen(), self._read() as s:
            if items is None or items.camera_key != camera_key:
                items = self._clock_items(s, camera_key, cancel)
            total = 2 * len(items.rows) if progress is not None else None
            zone_of_day = _day_zones(s)
            slots = load_slots(s)
            tz = main_event_zone(s)
            out = clock_preview.shift_rows(
                items, zone_of_day, slots, tz, offset_s,
                cancel=cancel, progress=progress, total=total,
            )  # fmt: skip
        if cancel is not None:
            cancel.raise_if_cancelled()
        return ClockPreview(camera_key, offset_s, out)

    def clock_items(
        self, camera_key: str, *, cancel: CancelToken | None = None
    ) -> clock_preview.CameraItems:
        """A camera's items as :meth:`preview_clock` reads them, for previews of several
        corrections in a row (Camera Clocks at each step of the one typed)."""
        _has_clock(camera_key)
        with heap.long_lived_frozen(), self._read() as s:
            return self._clock_items(s, camera_key, cancel)

    @staticmethod
    def _clock_items(
        s: Any, camera_key: str, cancel: CancelToken | None
    ) -> clock_preview.CameraItems:
        from smparchive.core.catalog import clock_preview

        where = _camera_where(s, camera_key)
        batches = clock_preview.camera_rows(s, where, cancel)
        return clock_preview.prepare(camera_key, batches)

    def preview_pin(self, item_id: int, known: datetime) -> ClockPreview:
        """Preview of pinning ``item_id`` to the moment ``known`` (shifts its whole camera)."""
        key, offset = self._pin(item_id, known)
        return self.preview_clock(key, offset)

    def set_clock_offset(
        self, camera_key: str, offset_s: int, note: str | None = None
    ) -> OpResult[int]:
        """Correct a camera's clock: every item of it is shifted by ``offset_s`` from what the
        camera wrote (replacing any earlier correction). value = items whose time changed."""
        _has_clock(camera_key)

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            table: Table = table_of(ClockOffset)
            have = ctx.session.get(ClockOffset, camera_key)
            if have is None:
                ctx.journal.insert(
                    table, [{"camera_key": camera_key, "offset_s": offset_s, "note": note}]
                )
            else:
                ctx.journal.update(
                    table, [{"camera_key": camera_key}], {"offset_s": offset_s, "note": note}
                )
            rows = _camera_rows(ctx.session, camera_key)
            zones = _item_zones(ctx.session, rows)
            rule = DayRule.of(ctx.session)
            new: dict[int, dict[str, Any]] = {}
            for r in rows:
                utc = t.rederive([_time_row(r)], zones[r.id], offset_s).get(r.id, r.capture_utc)
                # a time an XMP sidecar gives is not the camera's clock: never shifted
                shift = offset_s if t.takes_clock_correction(r.capture_source) else 0
                vals: dict[str, Any] = {"clock_shift_s": shift, "capture_utc": utc}
                # The day by the one rule (an item in a session keeps its session's day),
                # in the same write: each item is updated once.
                want = rule.day(r.session_id, utc, r.day_id)
                if want != r.day_id:
                    vals["day_id"] = want
                new[r.id] = vals
            changed = bulk_update_items(ctx, new)
            return ChangeSummary(items=frozenset(changed)), len(changed)

        return self._write(
            clock_label(camera_key, timefmt.correction_text(offset_s)), op, text_unchanged=True
        )

    def pin_clock(self, item_id: int, known: datetime, note: str | None = None) -> OpResult[int]:
        """Correct the clock of the camera of ``item_id`` so that this item shows ``known``."""
        key, offset = self._pin(item_id, known)
        return self.set_clock_offset(
            key, offset, note or f"pinned item {item_id} to {known.isoformat()}"
        )

    def _pin(self, item_id: int, known: datetime) -> tuple[str, int]:
        if known.tzinfo is None:
            raise CatalogError(problem("time.needs_zone"))
        with self._read() as s:
            r = s.execute(
                select(
                    MediaItem.capture_utc,
                    MediaItem.clock_shift_s,
                    MediaItem.camera_make,
                    MediaItem.camera_model,
                    MediaItem.camera_serial,
                    MediaItem.capture_source,
                ).where(MediaItem.id == item_id)
            ).first()
        if r is None:
            raise CatalogError(problem("missing.item", value=item_id))
        if r.capture_utc is None:
            raise CatalogError(problem("time.no_capture", value=item_id))
        if not t.takes_clock_correction(r.capture_source):
            # its time says nothing of the camera's clock: the correction would be wrong
            raise CatalogError(problem("time.not_camera_clock", value=item_id))
        key = t.camera_key(r.camera_make, r.camera_model, r.camera_serial)
        return key, r.clock_shift_s + t.pin_offset(r.capture_utc, known)

    def rederive_capture_times(self, item_ids: Sequence[int] | None = None) -> OpResult[None]:
        """Derive capture_utc again from what devices wrote, the event zone and clock
        corrections, and set days from it (for the items given, or every item)."""

        def op(ctx: WriteContext) -> ChangeSummary:
            eid = main_event_id(ctx.session)
            items = rederive_times(ctx, eid, item_ids, include_all=True)
            return ChangeSummary(items=frozenset(items))

        return self._write("Derive capture times", op, text_unchanged=True)


def _has_clock(camera_key: str) -> None:
    """Refuse a correction of the items with no camera: they share no clock (new files of
    that group never take an offset at a scan either, ops_ingest)."""
    if camera_key == t.UNKNOWN_CAMERA:
        raise CatalogError(problem("camera.no_clock"))


def _camera_rows(s: Any, key: str) -> list[Any]:
    """A camera's items with their times, in time order (a correction's write)."""
    q = (
        select(
            MediaItem.id,
            MediaItem.name,
            MediaItem.kind,
            MediaItem.duration_s,
            MediaItem.capture_utc,
            MediaItem.capture_local,
            MediaItem.capture_offset_min,
            MediaItem.clock_shift_s,
            MediaItem.session_id,
            MediaItem.assignment,
            MediaItem.day_id,
            MediaItem.capture_source,
            MediaItem.sha256,
            MediaItem.poster_time_s,
        )
        .where(*_camera_where(s, key))
        .order_by(MediaItem.capture_utc)
    )
    return list(s.execute(q))


def _time_row(r: Any) -> t.TimeRow:
    return t.TimeRow(
        r.id,
        r.capture_utc,
        r.capture_local,
        r.capture_offset_min,
        r.clock_shift_s,
        r.capture_source,
    )


def _day_zones(s: Any) -> Callable[[int | None], ZoneInfo]:
    """The zone a zone-less device time of an item on a day is read in (``_item_zones``)."""
    main, zones, day_event = _event_zones(s)
    utc = ZoneInfo("UTC")

    def zone_of(day_id: int | None) -> ZoneInfo:
        owner = day_event.get(day_id, main) if day_id is not None else main
        return zones.get(owner, utc) if owner is not None else utc

    return zone_of


def _item_zones(s: Any, rows: Sequence[Any]) -> dict[int, ZoneInfo]:
    main, zones, day_event = _event_zones(s)
    utc = ZoneInfo("UTC")
    out = {}
    for r in rows:
        owner = day_event.get(r.day_id, main) if r.day_id is not None else main
        out[r.id] = zones.get(owner, utc) if owner is not None else utc
    return out
