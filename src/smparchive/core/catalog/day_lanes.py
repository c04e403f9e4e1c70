"""A day's timeline lanes counted in SQL (``domain/timeline.py`` says what they hold): per
lane, per minute, how many items are left out of every session and how many are not; the
items a count cannot place (recordings, the lane a clock correction moves) one by one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, and_, case, cast, false, func, or_, select, type_coerce

from smparchive.core.catalog import cameras, raw_rows
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.filters import ItemFilter, ids_query
from smparchive.core.catalog.item_records import device_key
from smparchive.core.catalog.models import MediaItem, UTCMicros
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
    :func:`bucket_seconds` by default)."""
    known = {
        i: (make or None, model or None, serial or None)
        for i, (make, model, serial) in cameras.all_cameras(s).items()
    }
    keys = {i: device_key(*parts) for i, parts in known.items()}
    mine = [i for i, k in keys.items() if one_by_one is not None and k == one_by_one]
    col = MediaItem
    length = col.duration_s
    # a recording as left_outside reads it: [start, start + duration]; a short one (up to
    # a bin: its start's bar only) is counted when SQL's float end cannot be read otherwise
    # than Python's (within a millisecond of a window's start it comes one by one)
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
    # the lane a correction moves: counted per exact time, its short recordings per exact
    # time and length (the lane measures their span moved: SQL's float end is not read),
    # the rest of its items with a duration one by one (the phone's 10,000 clips of a day
    # at 1M were read again by id and made into facts: ~0.1 s)
    moving = col.camera_id.in_(mine) if mine and by == "camera" else false()
    detail = or_(length > BIN_S, length < 0, and_(recording, ~moving, or_(false(), *unsure)))
    detail = or_(detail, and_(moving, length.is_not(None), length != 0, ~recording))
    # assign.left_outside, in its order: decks and manual assignments never; a file's
    # date always; a recording by its span; else (NULL) no session within the tolerance of
    # its time, decided in Python per bucket (testing each row against every window cost
    # as much as reading the rows): the same for every moment of a bucket holding no
    # window's edge; the buckets that hold one, and the moving lane, by exact time
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
    step_s = step_s or bucket_seconds(date_from, date_to)
    step = timedelta(seconds=step_s)
    bucket = time_bucket(dialect, step_s)
    edges = sorted({(m - EPOCH) // step for window in near for m in window})
    exact = or_(moving, bucket.in_(edges)) if edges else moving
    f = ItemFilter(date_from=date_from, date_to=date_to)
    inner = (
        ids_query(s, f, dialect)
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
    # BY's expressions with the select's, bound parameters included. The items held one by
    # one are read after, by id: their texts carried through the grouping's sort for every
    # row cost more than reading them again
    c = inner.c
    # read as stored, converted here (``raw_rows``): the column types' conversions of a
    # moving lane's 25,000 groups (three times and a kind each) cost ~0.3 s at 1M
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
    lanes: dict[str, Lane] = {}
    singles: dict[int, Lane] = {}
    none = (None, None, None)
    kinds: dict[Any, str] = {}
    epoch, utc_of = raw_rows.EPOCH_UTC, raw_rows.utc

    def when(stored: Any) -> Any:
        return epoch + timedelta(0, 0, stored) if type(stored) is int else utc_of(stored)

    for cam, code, one, bucket, exact, out, span, n, first, last in raw_rows.fetch(s, q):
        kind = kinds.get(code)
        if kind is None:
            kind = kinds[code] = raw_rows.kind(code)
        key = (keys.get(cam) or f"kind:{kind}") if by == "camera" else kind
        lane = lanes.get(key)
        if lane is None:
            make, model, serial = known.get(cam, none) if by == "camera" else none
            lane = lanes[key] = Lane(key, "", make=make, model=model, serial=serial, kind=kind)
        left = None if out is None else bool(out)
        if one is not None:
            singles[int(one)] = lane
        elif exact is not None:  # all captured at that moment: their first and last too
            at = when(exact)
            lane.counted.append(Counted(at, int(n), left, at, at, exact=True, length=span))
        else:
            moment = EPOCH + int(bucket) * step
            lane.counted.append(Counted(moment, int(n), left, when(first), when(last)))
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
    for chunk in chunked(sorted(singles)):
        for iid, kind, utc, length, sid, how, name, source in s.execute(
            facts.where(col.id.in_(chunk))
        ):
            facts_of = assign.ItemFacts(iid, kind, utc, length, sid, how, name, time_source=source)
            singles[iid].add(facts_of)
    for lane in lanes.values():
        _in_order(lane)
    return list(lanes.values())


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
