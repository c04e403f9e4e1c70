"""Camera Clocks' preview of a correction, in bulk: every item of the camera with its time
re-derived under the correction and the session the assignment would then give it.

The same rows as deriving each item's time again (``time.rederive``) and proposing it
(``assign.propose``) one by one, which took ~8 s of CPU for a camera of 200,000 items at
each step of the correction: the rows are read as the database keeps them (times and codes
converted here, not by a column type per value), each time is re-derived with its offset
read once per distinct offset, and the rules run once per stretch of the programme in
which their outcome cannot change (``assign_times.TimeOutcomes``), and once per deck.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from smparchive.core.catalog import raw_rows
from smparchive.core.catalog.models import MediaItem
from smparchive.core.catalog.stored import hash_text, stored_time
from smparchive.core.domain import assign as rules
from smparchive.core.domain import time as t
from smparchive.core.domain.assign_times import TimeOutcomes
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink
from smparchive.core.thumbcache import picture_key
from smparchive.core.vocab import Assignment, Kind, TimeSource

_EPOCH_UTC = raw_rows.EPOCH_UTC
_RECORDINGS = frozenset({Kind.VIDEO, Kind.AUDIO})
_NOT_APPLIED = frozenset({rules.Reason.OVERLAP, rules.Reason.MANUAL, rules.Reason.NO_TIME})
_MTIME = TimeSource.FILE_MTIME
_raw = raw_rows.raw


def camera_rows(s: Any, where: list[Any], cancel: CancelToken | None) -> Iterator[list[Any]]:
    """The camera's items in time order (as ``_camera_rows`` reads them), as stored, in
    batches (``cancel`` asked before each)."""
    q = (
        select(
            MediaItem.id,
            MediaItem.name,
            _raw(MediaItem.kind),
            MediaItem.duration_s,
            _raw(MediaItem.capture_utc),
            _raw(MediaItem.capture_local),
            MediaItem.capture_offset_min,
            MediaItem.clock_shift_s,
            MediaItem.session_id,
            _raw(MediaItem.assignment),
            MediaItem.day_id,
            _raw(MediaItem.capture_source),
            _raw(MediaItem.sha256),
            MediaItem.poster_time_s,
        )
        .where(*where)
        .order_by(MediaItem.capture_utc)
    )
    return raw_rows.batches(s, q, rules.CHECK_EVERY, cancel)


# What the assignment does with an item whatever the correction, worked out once by
# :func:`prepare` (the items whose time SQLite keeps as microseconds with the device's
# offset; the others, ``_SLOW``, are re-derived and proposed one by one):
_POINT = 0  # filed by its time as one moment (a photo): its stretch's outcome
_MANUAL = 1  # assigned by hand: kept
_DECK = 2  # a deck: by its file name
_NO_TIME = 3  # only a file's date: never filed by time
_SPAN = 4  # a recording of known length: its stretch's outcome when it lies within one
_SLOW = 5  # its new time re-derived from its local time and zone: everything one by one
_ONE_US = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class CameraItems:
    """A camera's items as its clock preview reads them, with what does not depend on the
    correction worked out once (kinds, hashes, old times, the device time's distance from
    the stored one, what the assignment does with each kind of item): Camera Clocks
    previews each step of a correction from them instead of reading and converting the
    camera's 200,000 rows again (~0.4 s of each preview at 1M).
    They hold until the catalogue changes: the dialog lets them go at any change."""

    camera_key: str
    rows: tuple[tuple[Any, ...], ...]
    ids: tuple[int, ...] = ()
    kinds: bytes = b""  # each row's _POINT ... _SLOW
    # the photos (_POINT): row index, stored time plus the device's distance (microseconds),
    # whether the correction moves it
    point_at: tuple[int, ...] = ()
    point_fixed: tuple[int, ...] = ()
    point_takes: tuple[bool, ...] = ()
    point_cur: tuple[int | None, ...] = ()  # their session now
    others: tuple[int, ...] = ()  # the other rows' indices, in order
    # a recording's start as a photo's (``point_fixed``) and length, microseconds (_SPAN)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict, compare=False)
    # decks' (session, reason) by name, for the programme they were worked out against:
    # the phone's 20,000 "decks" took ~0.35 s of each step (no correction changes them)
    decks: dict[Any, dict[str, tuple[int | None, rules.Reason]]] = field(
        default_factory=dict, compare=False
    )


def prepare(camera_key: str, batches: Iterable[Sequence[Any]]) -> CameraItems:
    """The rows of :func:`camera_rows` with their correction-free parts converted."""
    epoch = _EPOCH_UTC
    kinds, sources, not_clock = raw_rows.KINDS.get, raw_rows.SOURCES.get, t.NOT_CAMERA_CLOCK
    # 'auto' / 'manual' from their stored codes (0034): a look-up a row, else the error
    hows, how_of = raw_rows.ASSIGNMENTS.get, raw_rows.assignment
    manual, deck_kinds, recordings, mtime = Assignment.MANUAL, rules.DECK_KINDS, _RECORDINGS, _MTIME
    out: list[tuple[Any, ...]] = []
    what = bytearray()
    point_at: list[int] = []
    point_fixed: list[int] = []
    point_takes: list[bool] = []
    point_cur: list[int | None] = []
    others: list[int] = []
    spans: dict[int, tuple[int, int]] = {}
    for part in batches:
        for row in part:
            iid, name, k, length, utc, local, off, cs, cur, stored_how, day, code, sha, poster = row
            how = stored_how if stored_how is None else hows(stored_how) or how_of(stored_how)
            kind = kinds(k) or raw_rows.kind(k)
            src = None if code is None else sources(code) or raw_rows.source(code)
            takes = src not in not_clock  # the camera's clock: the correction moves it
            # the picture shown beside it: a video's own poster frame, as in every view
            picture = picture_key(sha.hex() if type(sha) is bytes else hash_text(sha), poster)
            old: datetime | None
            if type(utc) is int and type(local) is int and off is not None:
                # as SQLite keeps them (microseconds) with the device's offset: the new time
                # is the old one moved by whole numbers (``base`` plus the correction)
                old = epoch + timedelta(0, 0, utc)
                base, local_t = local - off * 60_000_000 - utc, None
                # in the order shift_rows decides (as ``assign.propose`` does)
                if how == manual:
                    what.append(_MANUAL)
                elif kind in deck_kinds:
                    what.append(_DECK)
                elif src == mtime:
                    what.append(_NO_TIME)
                elif kind in recordings and length:
                    what.append(_SPAN)
                    spans[len(out)] = (utc + base, timedelta(seconds=length) // _ONE_US)
                else:
                    what.append(_POINT)
                    point_at.append(len(out))
                    point_fixed.append(utc + base)
                    point_takes.append(takes)
                    point_cur.append(cur)
            else:
                old, base, local_t = raw_rows.utc(utc), None, stored_time(local)
                what.append(_SLOW)
            if what[-1] != _POINT:
                others.append(len(out))
            out.append(
                (iid, name, kind, length, old, base, local_t, off, cs, cur, how, day, src,
                 takes, picture)
            )  # fmt: skip
    return CameraItems(
        camera_key, tuple(out), tuple(r[0] for r in out), bytes(what),
        tuple(point_at), tuple(point_fixed), tuple(point_takes), tuple(point_cur),
        tuple(others), spans,
    )  # fmt: skip


class _Preview(rules.ShiftRows):
    """A step's rows, each made when read from the camera's items (:class:`CameraItems`),
    the correction and the (session, reason) worked out for it: a 200,000-item camera's
    rows were made as tuples at every step (~0.3 s of ~0.8 s at 1M), while the dialog
    shows a screenful of them and counts the rest."""

    __slots__ = ("_items", "_moved", "_offset_s", "_outcomes", "_slow")

    def __init__(
        self,
        items: CameraItems,
        offset_s: int,
        outcomes: list[Any],
        slow: dict[int, tuple[Any, ...]],
        moved: int,
    ) -> None:
        super().__init__(items.rows)
        self._items, self._offset_s = items, offset_s
        self._outcomes, self._slow, self._moved = outcomes, slow, moved

    def _tuple(self, index: int) -> tuple[Any, ...]:
        got = self._slow.get(index)
        if got is not None:
            return got
        iid, name, _k, _l, old, base, _lt, _o, cs, cur, _h, _d, _s, takes, sha = self._rows[index]
        offset_s = self._offset_s
        moved = base + offset_s * 1_000_000 if takes else base
        new = old + timedelta(0, 0, moved) if moved else old
        new_shift = (offset_s if moved else cs or 0) if takes else 0
        session, reason = self._outcomes[index]
        # what applying the assignment then does: only actionable proposals move an item
        if reason in _NOT_APPLIED or session == cur:
            session = cur
        return (iid, name, old, new, cur, session, reason, sha, cs or 0, new_shift, takes)

    def item_ids(self) -> list[int]:
        return list(self._items.ids)

    def moved(self) -> int:
        return self._moved


def shift_rows(
    items: CameraItems,
    zone_of_day: Callable[[int | None], ZoneInfo],
    slots: list[rules.Slot],
    tz: tzinfo,
    offset_s: int,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressSink | None = None,
    total: int | None = None,
) -> rules.ShiftRows:
    """The preview's row of each of the camera's items (:func:`prepare`) under
    ``offset_s``; ``zone_of_day``: the zone a zone-less device time of an item on that day
    is read in. ``cancel`` and ``progress`` are asked every ``rules.CHECK_EVERY`` items.

    The photos' sessions come in bulk: their new times (whole microseconds) sorted into
    the stretches of the programme by bisection, the rules run once per stretch met; each
    row is made when read (:class:`_Preview`), the count of rows changing session without
    making any."""
    outcomes = TimeOutcomes(slots, rules.DEFAULT_TOLERANCE, tz)
    ordered = sorted(slots, key=lambda sl: sl.start)
    starts = [sl.start for sl in ordered]
    longest = max([timedelta(0), *(sl.end - sl.start for sl in ordered)])
    dates = rules.session_dates(ordered, tz)
    decks: Callable[[rules.ItemFacts], rules.Proposal] | None = None
    by_name = items.decks.setdefault(tuple(ordered), {})
    shift = timedelta(seconds=offset_s)
    shift_us = offset_s * 1_000_000
    epoch = _EPOCH_UTC
    manual, no_time = Assignment.MANUAL, rules.Reason.NO_TIME
    deck_kinds, recordings, not_applied, mtime = rules.DECK_KINDS, _RECORDINGS, _NOT_APPLIED, _MTIME
    rows, every, what = items.rows, rules.CHECK_EVERY, items.kinds
    n = len(rows)
    found: list[Any] = [None] * n  # each row's (session, reason) before applying
    # The photos at once: a moment's stretch is 2i (between points i-1 and i) or 2i+1
    # (at point i): twice its bisect_left over the points, plus one when it is a point.
    points = [(p - epoch) // _ONE_US for p in outcomes.points]
    at_point = frozenset(points)
    bl = bisect.bisect_left
    fixed, moves = items.point_fixed, items.point_takes
    news = [f + shift_us if tk else f for f, tk in zip(fixed, moves, strict=True)]
    keys = [2 * bl(points, x) + (x in at_point) for x in news]
    at_key = outcomes.at_key
    # any moment of a stretch has its outcome: the last photo met in each
    last = dict(zip(keys, news, strict=True))
    table = {k: at_key(k, epoch + timedelta(0, 0, x)) for k, x in last.items()}
    for i, k in zip(items.point_at, keys, strict=True):
        found[i] = table[k]
    # photos landing in another session: their stretch's outcome is actionable, and of
    # another session than theirs (the others are counted below)
    goes = {k: sr[0] for k, sr in table.items() if sr[1] not in not_applied}.get
    moved = sum(1 for k, c in zip(keys, items.point_cur, strict=True) if goes(k, c) != c)
    slow: dict[int, tuple[Any, ...]] = {}
    others, done = items.others, 0
    for first in range(0, n, every):
        if first:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                # re-dated and proposed in one pass: two steps an item (as counted before)
                progress(ProgressEvent("clock preview", 2 * first, total))
        upto = bisect.bisect_left(others, first + every, done)
        for i in others[done:upto]:
            c = what[i]
            row = rows[i]
            if c == _MANUAL:
                found[i] = (row[9], rules.Reason.MANUAL)
                continue
            if c == _NO_TIME:
                found[i] = (None, no_time)
                continue
            iid, name, kind, length, old, base, local, off, cs, cur, how, day, src, takes, sha = row
            if c == _DECK:
                # a deck is matched by its file name alone here (no text read): once a name
                got = by_name.get(name)
                if got is None:
                    if decks is None:
                        decks = _deck_rules(ordered)
                    new_d = old + timedelta(0, 0, base + shift_us if takes else base)
                    p = decks(rules.ItemFacts(iid, kind, new_d, length, cur, how, name))
                    got = by_name[name] = p.session_id, p.reason
                found[i] = got
                moved += got[1] not in not_applied and got[0] != cur
                continue
            if c == _SPAN:
                # its new start in microseconds: the old one moved as a photo's is
                begin, length_us = items.spans[i]
                if takes:
                    begin += shift_us
                got = _span(
                    begin, length_us, points, outcomes, row, epoch, ordered, starts,
                    longest, tz, dates,
                )  # fmt: skip
                found[i] = got
                moved += got[1] not in not_applied and got[0] != cur
                continue
            # the time re-derived as ``time.rederive`` does with the new shift
            new = _derived(old, local, off, cs, zone_of_day(day), shift, takes)
            derived = new is not None and new != old
            if not derived:
                new = old
            new_shift = (offset_s if derived else cs or 0) if takes else 0
            # the outcome of the assignment at the new time, as ``assign.propose`` gives it
            if how == manual:
                session, reason = cur, rules.Reason.MANUAL
            elif kind in deck_kinds:
                got = by_name.get(name)
                if got is None:
                    if decks is None:
                        decks = _deck_rules(ordered)
                    p = decks(rules.ItemFacts(iid, kind, new, length, cur, how, name))
                    got = by_name[name] = p.session_id, p.reason
                session, reason = got
            elif new is None or src == mtime:
                session, reason = None, no_time
            elif kind in recordings and length:
                got = outcomes.over(new, new + timedelta(seconds=length))
                if got is None:
                    got = _alone(iid, kind, new, length, cur, how, name, src, ordered, starts,
                                 longest, tz, dates)  # fmt: skip
                session, reason = got
            else:
                session, reason = outcomes.at(new)
            if reason in not_applied or session == cur:
                session = cur
            slow[i] = (iid, name, old, new, cur, session, reason, sha, cs or 0, new_shift, takes)
            found[i] = (session, reason)
            moved += session != cur
        done = upto
    return _Preview(items, offset_s, found, slow, moved)


def _span(
    begin: Any, length_us: int, points: list[int], outcomes: TimeOutcomes, row: tuple[Any, ...],
    epoch: datetime, ordered: list[rules.Slot], starts: list[datetime], longest: timedelta,
    tz: tzinfo, dates: frozenset[Any],
) -> tuple[int | None, rules.Reason]:  # fmt: skip
    """A recording's (session, reason) from its start (microseconds) and length
    (``TimeOutcomes.over`` on whole microseconds), else by the rules."""
    end = begin + length_us
    if end > begin:
        kb = bisect.bisect_left(points, begin) + bisect.bisect_right(points, begin)
        if not kb % 2 and kb == bisect.bisect_left(points, end) + bisect.bisect_right(points, end):
            return outcomes.at_key(kb, epoch + timedelta(0, 0, begin))
    iid, name, kind, length, _o, _b, _l, _off, _cs, cur, how, _d, src, _t, _sha = row
    new = epoch + timedelta(0, 0, begin)
    return _alone(iid, kind, new, length, cur, how, name, src, ordered, starts, longest, tz, dates)


def _alone(
    iid: int, kind: str, new: datetime, length: float, cur: int | None, how: Any, name: str,
    src: Any, ordered: list[rules.Slot], starts: list[datetime], longest: timedelta,
    tz: tzinfo, dates: frozenset[Any],
) -> tuple[int | None, rules.Reason]:  # fmt: skip
    """A recording across a stretch's edge, proposed by the rules alone."""
    facts = rules.ItemFacts(iid, kind, new, length, cur, how, name, time_source=src)
    near = rules._near(ordered, starts, longest, facts, rules.DEFAULT_TOLERANCE)
    p = rules.propose_one(facts, near, rules.DEFAULT_TOLERANCE, tz, dates)
    return p.session_id, p.reason


def _derived(
    old: datetime | None,
    local: datetime | None,
    offset_min: int | None,
    clock_shift_s: int,
    zone: ZoneInfo,
    shift: timedelta,
    takes: bool,
) -> datetime | None:
    """The new time of an item (``time.derive_capture_utc`` with the new shift), from times
    as a read gives them (``old`` aware UTC, ``local`` naive)."""
    if not takes:
        shift = timedelta(0)
    if local is not None:
        return t.to_utc(local, offset_min, zone) + shift
    if old is not None:
        return old + (shift - timedelta(seconds=clock_shift_s))
    return None


def _deck_rules(ordered: list[rules.Slot]) -> Callable[[rules.ItemFacts], rules.Proposal]:
    words = [rules._slot_words(s) for s in ordered]
    index = rules.deck_index(words)
    return lambda item: rules._propose_deck(item, words, index)
