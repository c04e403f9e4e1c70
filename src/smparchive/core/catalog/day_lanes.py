"""A day's timeline lanes counted in SQL (``domain/timeline.py`` says what they hold): per
lane, per minute, how many items are left out of every session and how many are not; the
items a count cannot place (recordings, the lane a clock correction moves) one by one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    and_,
    case,
    cast,
    false,
    func,
    or_,
    select,
    true,
    type_coerce,
)

from smparchive.core.catalog import cameras, raw_rows
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.filters import DATED, ItemFilter, ids_query
from smparchive.core.catalog.item_records import device_key
from smparchive.core.catalog.models import MediaItem, TimeCell, UTCMicros
from smparchive.core.domain import assign
from smparchive.core.domain.timeline import BIN_S, EPOCH, Counted, Lane
from smparchive.core.media.kinds import Kind, TimeSource
from smparchive.core.vocab import Assignment


def bucket_seconds(date_from: datetime, date_to: datetime) -> int:
    """The width of the catalogue's buckets: a minute when the date's edges are whole
    minutes in UTC (every zone today: the bins' edges, whole hours in UTC or in the zone
    plus 5-minute steps, then never cut a minute), else a second."""
    whole = all(d.timestamp() % 60 == 0 for d in (date_from, date_to))
    return 60 if whole else 1


def time_bucket(dialect: str, step_s: int) -> Any:
    """The bucket of an item's capture time: seconds since 1970 // ``step_s`` (floored)."""
    if dialect == "sqlite":  # microseconds since 1970 as integers (``MicrosDateTime``)
        us = type_coerce(MediaItem.capture_utc, BigInteger)
        step = step_s * 1_000_000
        # SQLite's integer division truncates: floored for times before 1970 too
        return case((us >= 0, us // step), else_=(us - (step - 1)) // step)
    epoch = func.extract("epoch", MediaItem.capture_utc)
    return cast(func.floor(epoch / step_s), BigInteger)


_MARGIN = timedelta(milliseconds=1)  # far more than SQL's and Python's roundings of an end


def _ends_after(dialect: str, moment: datetime) -> Any:
    """Whether an item's start plus its duration is at or after ``moment`` (as SQL
    computes it: in floating point on SQLite, as an interval on PostgreSQL)."""
    if dialect == "sqlite":
        us = type_coerce(MediaItem.capture_utc, BigInteger)
        at = (moment - EPOCH) // timedelta(microseconds=1)
        return us + MediaItem.duration_s * 1_000_000.0 >= at
    seconds = func.make_interval(0, 0, 0, 0, 0, 0, MediaItem.duration_s)
    return type_coerce(MediaItem.capture_utc + seconds, UTCMicros()) >= moment


# How a dated item is read by the day's lanes, as migration 0038's triggers classify it in
# ``time_cells`` (the same order as the statement's CASE below): held one by one (a duration
# over a bin, or negative), never left out, always left out, a recording of up to a bin
# (left out by its span), the rest (left out by its minute).
CELL_PLAIN, CELL_ONE, CELL_NEVER, CELL_ALWAYS, CELL_RECORDING = 0, 1, 2, 3, 4
_CELL_OUTSIDE = {CELL_PLAIN: None, CELL_NEVER: False, CELL_ALWAYS: True}
_MINUTE = timedelta(minutes=1)
_LAST_US = timedelta(minutes=1) - timedelta(microseconds=1)


class _Reading:
    """The lanes of the items captured in [date_from, date_to) as :func:`day_lanes` reads
    them, from one or more statements over disjoint sets of those items (:meth:`rows`) and
    counts read elsewhere (:meth:`count`)."""

    def __init__(
        self,
        s: Any,
        dialect: str,
        date_from: datetime,
        date_to: datetime,
        by: str,
        near: Sequence[tuple[datetime, datetime]],
        one_by_one: str | None,
        step_s: int | None,
    ) -> None:
        self.s, self.dialect, self.by = s, dialect, by
        self.date_from, self.date_to = date_from, date_to
        self.known = {
            i: (make or None, model or None, serial or None)
            for i, (make, model, serial) in cameras.all_cameras(s).items()
        }
        self.keys = {i: device_key(*parts) for i, parts in self.known.items()}
        self.mine = [i for i, k in self.keys.items() if one_by_one is not None and k == one_by_one]
        self.moving_lane = bool(self.mine) and by == "camera"
        self.step_s = step_s or bucket_seconds(date_from, date_to)
        self.step = timedelta(seconds=self.step_s)
        self.edges = sorted({(m - EPOCH) // self.step for window in near for m in window})
        self.near = near
        self.lanes: dict[str, Lane] = {}
        self.singles: dict[int, Lane] = {}
        self.kinds: dict[Any, str] = {}

    def lane(self, cam: int | None, code: Any) -> Lane:
        kind = self.kinds.get(code)
        if kind is None:
            kind = self.kinds[code] = raw_rows.kind(code)
        by_camera = self.by == "camera"
        key = (self.keys.get(cam) or f"kind:{kind}") if by_camera else kind  # type: ignore[arg-type]
        lane = self.lanes.get(key)
        if lane is None:
            none = (None, None, None)
            make, model, serial = self.known.get(cam, none) if by_camera else none  # type: ignore[arg-type]
            lane = self.lanes[key] = Lane(key, "", make=make, model=model, serial=serial, kind=kind)
        return lane

    def rows(
        self,
        *where: Any,
        within: tuple[datetime, datetime] | None = None,
        time_unlikely: bool = False,
    ) -> None:
        """The items of the date that ``where`` keeps (``within``: of that part of the
        date only), read and counted per minute. ``time_unlikely``: SQLite told that the
        date keeps most of them (``where`` read through its own index)."""
        s, dialect, near = self.s, self.dialect, self.near
        col = MediaItem
        length = col.duration_s
        # a recording as left_outside reads it: [start, start + duration]; a short one (up
        # to a bin: its start's bar only) is counted when SQL's float end cannot be read
        # otherwise than Python's (within a millisecond of a window's start it comes one
        # by one)
        recording = and_(col.kind.in_([Kind.VIDEO, Kind.AUDIO]), length > 0, length <= BIN_S)
        ends_near = [and_(col.capture_utc <= b, _ends_after(dialect, a)) for a, b in near]
        unsure = [
            and_(
                col.capture_utc <= b,
                _ends_after(dialect, a - _MARGIN),
                ~_ends_after(dialect, a + _MARGIN),
            )
            for a, b in near
        ]
        # the lane a correction moves: counted per exact time, its short recordings per
        # exact time and length (the lane measures their span moved: SQL's float end is not
        # read), the rest of its items with a duration one by one (the phone's 10,000 clips
        # of a day at 1M were read again by id and made into facts: ~0.1 s)
        moving = col.camera_id.in_(self.mine) if self.moving_lane else false()
        detail = or_(length > BIN_S, length < 0, and_(recording, ~moving, or_(false(), *unsure)))
        detail = or_(detail, and_(moving, length.is_not(None), length != 0, ~recording))
        # assign.left_outside, in its order: decks and manual assignments never; a file's
        # date always; a recording by its span; else (NULL) no session within the tolerance
        # of its time, decided in Python per bucket (testing each row against every window
        # cost as much as reading the rows): the same for every moment of a bucket holding
        # no window's edge; the buckets that hold one, and the moving lane, by exact time
        never = or_(col.kind.in_(sorted(assign.DECK_KINDS)), col.assignment == Assignment.MANUAL)
        always = col.capture_source == TimeSource.FILE_MTIME
        outside = case(
            (never, 0),
            (always, 1),
            (moving, None),
            (and_(recording, or_(false(), *ends_near)), 0),
            (recording, 1),
            else_=None,
        )
        bucket = time_bucket(dialect, self.step_s)
        exact = or_(moving, bucket.in_(self.edges)) if self.edges else moving
        # one range of times (two made SQLite read a kind's clips through the time index)
        a, b = within or (self.date_from, self.date_to)
        f = ItemFilter(date_from=max(a, self.date_from), date_to=min(b, self.date_to))
        base = ids_query(s, f, dialect)
        if time_unlikely and dialect == "sqlite":
            dated = base.whereclause if base.whereclause is not None else true()
            base = select(col.id).where(func.likely(dated, type_=Boolean))
        inner = (
            base.where(*where)
            .order_by(None)
            .with_only_columns(
                col.camera_id.label("camera_id"),
                col.kind.label("kind"),
                case((detail, col.id), else_=None).label("one"),
                case((or_(detail, exact), None), else_=bucket).label("bucket"),
                case((detail, None), (exact, col.capture_utc), else_=None).label("exact"),
                outside.label("outside"),
                case((and_(moving, recording), length), else_=None).label("length"),
                col.capture_utc.label("utc"),
            )
            .subquery()
        )
        # grouped outside the statement that computes the keys: PostgreSQL compares a GROUP
        # BY's expressions with the select's, bound parameters included. The items held
        # one by one are read after, by id: their texts carried through the grouping's
        # sort for every row cost more than reading them again
        c = inner.c
        # read as stored, converted here (``raw_rows``): the column types' conversions of
        # a moving lane's 25,000 groups (three times and a kind each) cost ~0.3 s at 1M
        raw = raw_rows.raw
        q = select(
            c.camera_id,
            raw(c.kind),
            c.one,
            c.bucket,
            raw(c.exact),
            c.outside,
            c.length,
            func.count(),
            raw(func.min(c.utc)),
            raw(func.max(c.utc)),
        ).group_by(c.camera_id, c.kind, c.one, c.bucket, c.exact, c.outside, c.length)
        step, singles, lane_of = self.step, self.singles, self.lane
        for cam, code, one, bucket, exact, out, span, n, first, last in raw_rows.fetch(s, q):
            lane = lane_of(cam, code)
            left = None if out is None else bool(out)
            if one is not None:
                singles[int(one)] = lane
            elif exact is not None:  # all captured at that moment: their first and last too
                at = _when(exact)
                lane.counted.append(Counted(at, int(n), left, at, at, exact=True, length=span))
            else:
                moment = EPOCH + int(bucket) * step
                lane.counted.append(Counted(moment, int(n), left, _when(first), _when(last)))

    def done(self) -> list[Lane]:
        """The lanes, their items held one by one read by id and put in order."""
        col = MediaItem
        facts = select(
            col.id,
            col.kind,
            col.capture_utc,
            col.duration_s,
            col.session_id,
            col.assignment,
            col.name,
            col.capture_source,
        )
        singles = self.singles
        for chunk in chunked(sorted(singles)):
            for iid, kind, utc, length, sid, how, name, source in self.s.execute(
                facts.where(col.id.in_(chunk))
            ):
                facts_of = assign.ItemFacts(
                    iid, kind, utc, length, sid, how, name, time_source=source
                )
                singles[iid].add(facts_of)
        for lane in self.lanes.values():
            _in_order(lane)
        return list(self.lanes.values())


def _when(stored: Any) -> Any:
    """A time as stored (SQLite: microseconds since 1970), aware UTC."""
    if type(stored) is int:
        return raw_rows.EPOCH_UTC + timedelta(0, 0, stored)
    return raw_rows.utc(stored)


def day_lanes(
    s: Any,
    dialect: str,
    date_from: datetime,
    date_to: datetime,
    by: str,
    near: Sequence[tuple[datetime, datetime]],
    one_by_one: str | None = None,
    step_s: int | None = None,
) -> list[Lane]:
    """The lanes of the items captured in [date_from, date_to) (aware), one per camera key
    (``by="camera"``: an item with neither make nor model in its kind's lane, keyed
    ``kind:<kind>``) or per kind, unlabelled, in no order. ``near``: the moments a photo is
    near a session at (:func:`timeline.near_windows` of the sessions the lanes will be
    drawn against). The items of the lane keyed
    ``one_by_one``, the recordings drawn as a line (longer than a bin) and the short ones
    whose end is within a millisecond of a window's start come one by one; the rest as
    counts. ``step_s``: the buckets' width (of the whole date when a part of it is read:
    :func:`bucket_seconds` by default). Every item of the date is read:
    :func:`kept_day_lanes` reads the counts kept instead."""
    reading = _Reading(s, dialect, date_from, date_to, by, near, one_by_one, step_s)
    reading.rows()
    return reading.done()


def kept_day_lanes(
    s: Any,
    dialect: str,
    date_from: datetime,
    date_to: datetime,
    by: str,
    near: Sequence[tuple[datetime, datetime]],
    one_by_one: str | None = None,
) -> tuple[list[Lane], int] | None:
    """:func:`day_lanes` from the counts kept per minute (``time_cells``, migration 0038),
    with how many rows beyond one per combination the kept counts held (PostgreSQL's
    appended rows, to fold); None when the date's buckets are not minutes.

    Read row by row, as :func:`day_lanes` reads them: the lane keyed ``one_by_one``, the
    minutes holding a window's edge, and the minutes of a kind that hold an item held one
    by one or a recording whose span may or may not meet a window (near a window's edge);
    the rest is counted from the kept cells alone. A counted minute's first and last are its
    own bounds within the date's first and last capture (the day's window, the only reader
    of them, is the same)."""
    if bucket_seconds(date_from, date_to) != 60:
        return None
    reading = _Reading(s, dialect, date_from, date_to, by, near, one_by_one, 60)
    lo = (date_from - EPOCH) // _MINUTE
    hi = (date_to - EPOCH) // _MINUTE
    cells = TimeCell.__table__.c
    q = (
        select(
            cells.bucket,
            cells.camera_id,
            raw_rows.raw(cells.kind),
            cells.cls,
            func.sum(cells.n),
            func.count(),
        )
        .where(cells.bucket >= lo, cells.bucket < hi)
        .group_by(cells.bucket, cells.camera_id, cells.kind, cells.cls)
    )
    mine = set(reading.mine) if reading.moving_lane else set()
    edges = set(reading.edges)
    rows = []
    by_rows: dict[Any, set[int]] = {}  # kind code -> its minutes read row by row
    appended = day = 0
    for bucket, cam, code, cls, n, k in s.execute(q):
        appended += int(k) - 1
        day += int(n)
        if not n or cam in mine or bucket in edges:
            continue
        out = _CELL_OUTSIDE.get(cls)
        if cls == CELL_RECORDING:
            out = _recordings_outside(near, int(bucket))
        if cls == CELL_ONE or (cls == CELL_RECORDING and out is None):
            by_rows.setdefault(code, set()).add(int(bucket))
        rows.append((int(bucket), cam or None, code, out, int(n)))
    col = MediaItem
    if mine:
        # The lane's items through ix_items_camera when the camera holds fewer items than
        # the date (at 1M the phone's 200,000 against a day's 250,000: 0.04 s of SQLite's
        # CPU against 0.41 s through the time index, which read the day's rows from all
        # over the file); SQLite keeps no statistics to know it
        theirs = s.scalar(
            select(func.coalesce(func.sum(cells.n), 0)).where(cells.camera_id.in_(sorted(mine)))
        )
        reading.rows(col.camera_id.in_(sorted(mine)), time_unlikely=int(theirs) < day)
    others = or_(col.camera_id.is_(None), col.camera_id.not_in(sorted(mine))) if mine else None
    rest = [] if others is None else [others]
    ranges = _ranges(sorted(b for b in edges if lo <= b < hi))
    for runs in chunked(ranges):
        reading.rows(*rest, or_(*(_minutes(a, b) for a, b in runs)))
    bucket_of = time_bucket(dialect, 60)
    for code, minutes in by_rows.items():
        for chunk in chunked(sorted(minutes)):
            kind = raw_rows.kind(code)
            reading.rows(
                *rest,
                # from ix_items_kind_time (a day's 25,000 clips at 1M), not from the time
                # index with every item of their minutes (~0.7 s of CPU)
                col.kind == kind,
                bucket_of.in_(chunk),
                within=(EPOCH + chunk[0] * _MINUTE, EPOCH + (chunk[-1] + 1) * _MINUTE),
            )
    if rows:
        f = ItemFilter(date_from=date_from, date_to=date_to)
        dated = ids_query(s, f, dialect).order_by(None)
        first = _when(s.scalar(dated.with_only_columns(raw_rows.raw(func.min(col.capture_utc)))))
        last = _when(s.scalar(dated.with_only_columns(raw_rows.raw(func.max(col.capture_utc)))))
        # one group per camera, kind, minute and answer, as one statement groups them (a
        # clip and a manually assigned photo of a minute, both kept in: one group)
        groups: dict[tuple[Any, ...], int] = {}
        for bucket, cam, code, out, n in rows:
            if code in by_rows and bucket in by_rows[code]:
                continue
            key = (cam, code, bucket, out)
            groups[key] = groups.get(key, 0) + n
        for (cam, code, bucket, out), n in groups.items():
            moment = EPOCH + bucket * _MINUTE
            counted = Counted(moment, n, out, max(moment, first), min(moment + _LAST_US, last))
            reading.lane(cam, code).counted.append(counted)
    return reading.done(), appended


_SPAN = _MINUTE + timedelta(seconds=BIN_S)  # a recording of a minute ends within this


def _recordings_outside(near: Sequence[tuple[datetime, datetime]], minute: int) -> bool | None:
    """Whether every recording of up to a bin captured in ``minute`` is left out (True) or
    kept in (False) by its span, as the statement's CASE decides each (more than its
    millisecond margin from every edge); None when that depends on the recording (its
    minute's items are then read row by row)."""
    m = EPOCH + minute * _MINUTE
    if any(a < m - _MARGIN and m + _MINUTE <= b for a, b in near):
        return False  # starting inside a window, ending after its start
    if all(b < m or a > m + _SPAN + _MARGIN for a, b in near):
        return True
    return None


def _ranges(minutes: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted minutes as [first, end) runs of consecutive ones."""
    out: list[tuple[int, int]] = []
    for m in minutes:
        if out and out[-1][1] == m:
            out[-1] = (out[-1][0], m + 1)
        else:
            out.append((m, m + 1))
    return out


def _minutes(a: int, b: int) -> Any:
    """Items captured in the minutes [a, b) since 1970."""
    start, end = EPOCH + a * _MINUTE, EPOCH + b * _MINUTE
    return and_(MediaItem.capture_utc >= start, MediaItem.capture_utc < end)


def halves(
    date_from: datetime, date_to: datetime, near: Sequence[tuple[datetime, datetime]]
) -> tuple[datetime, datetime, datetime, int] | None:
    """Where a date's lanes are read in two parts at once (:func:`merged`): the middle of
    its sessions (where its items are), on a bucket's edge so that no bucket is cut; with
    the date's bucket width. None when the middle is not inside the date."""
    step_s = bucket_seconds(date_from, date_to)
    step = timedelta(seconds=step_s)
    a, b = (near[0][0], near[-1][1]) if near else (date_from, date_to)
    middle = a + (b - a) / 2
    mid = EPOCH + ((middle - EPOCH) // step) * step
    if not date_from < mid < date_to:
        return None
    return date_from, mid, date_to, step_s


def merged(parts: Sequence[list[Lane]]) -> list[Lane]:
    """The lanes of a date read in parts (:func:`halves`) as one reading gives them: a
    lane's counts and its items held one by one together, in the same order."""
    lanes: dict[str, Lane] = {}
    for part in parts:
        for lane in part:
            got = lanes.get(lane.key)
            if got is None:
                lanes[lane.key] = lane
                continue
            got.counted += lane.counted
            got.times += lane.times
            got.facts += lane.facts
    for lane in lanes.values():
        _in_order(lane)
    return list(lanes.values())


def _in_order(lane: Lane) -> None:
    """Its items held one by one in time order, as the items' order; its counts by time."""
    order = sorted(range(len(lane.facts)), key=lambda i: (lane.times[i], lane.facts[i].id))
    lane.times[:] = [lane.times[i] for i in order]
    lane.facts[:] = [lane.facts[i] for i in order]
    lane.counted.sort(key=lambda x: (x.moment, x.outside is None, bool(x.outside)))


def camera_minutes(s: Any, camera_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(minute since 1970, items) of the dated items of ``camera_ids`` (0: no camera), from
    the counts kept per minute (``time_cells``)."""
    cells = TimeCell.__table__.c
    q = (
        select(cells.bucket, func.sum(cells.n))
        .where(cells.camera_id.in_(sorted(camera_ids)))
        .group_by(cells.bucket)
        .having(func.sum(cells.n) != 0)
    )
    return [(int(b), int(n)) for b, n in s.execute(q)]


def camera_spans(s: Any) -> dict[int | None, tuple[datetime, datetime]]:
    """Each camera's first and last capture time (None: the items with no camera): its first
    and last minute from the counts kept per minute (``time_cells``), then the items of
    those minutes (a few hundred at most), read by time."""
    cells = TimeCell.__table__.c
    minutes = (
        select(cells.camera_id.label("camera_id"), cells.bucket.label("bucket"))
        .group_by(cells.camera_id, cells.bucket)
        .having(func.sum(cells.n) != 0)
        .subquery()
    )
    q = select(minutes.c.camera_id, func.min(minutes.c.bucket), func.max(minutes.c.bucket))
    ends = s.execute(q.group_by(minutes.c.camera_id)).all()
    wanted: dict[int, set[int | None]] = {}  # minute -> the cameras to look for in it
    for cam, a, b in ends:
        for m in (int(a), int(b)):
            wanted.setdefault(m, set()).add(int(cam) or None)
    found: dict[int | None, list[datetime]] = {}
    col = MediaItem
    for runs in chunked(_ranges(sorted(wanted))):
        # DATED: the time index's leading term, as a date range's filter names it
        q2 = select(col.camera_id, raw_rows.raw(col.capture_utc)).where(
            DATED, or_(*(_minutes(a, b) for a, b in runs))
        )
        for cam, stored in s.execute(q2):
            at = _when(stored)
            if cam not in wanted.get((at - EPOCH) // _MINUTE, ()):
                continue
            got = found.get(cam)
            if got is None:
                found[cam] = [at, at]
            else:
                got[0], got[1] = min(got[0], at), max(got[1], at)
    return {cam: (a, b) for cam, (a, b) in found.items()}
