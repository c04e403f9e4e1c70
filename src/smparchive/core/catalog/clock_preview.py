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

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
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
        )
        .where(*where)
        .order_by(MediaItem.capture_utc)
    )
    return raw_rows.batches(s, q, rules.CHECK_EVERY, cancel)


@dataclass(frozen=True, slots=True)
class CameraItems:
    """A camera's items as its clock preview reads them, with what does not depend on the
    correction worked out once (kinds, hashes, old times, the device time's distance from
    the stored one): Camera Clocks previews each step of a correction from them instead of
    reading and converting the camera's 200,000 rows again (~0.4 s of each preview at 1M).
    They hold until the catalogue changes: the dialog lets them go at any change."""

    camera_key: str
    rows: tuple[tuple[Any, ...], ...]


def prepare(camera_key: str, batches: Iterable[Sequence[Any]]) -> CameraItems:
    """The rows of :func:`camera_rows` with their correction-free parts converted."""
    epoch = _EPOCH_UTC
    kinds, sources, not_clock = raw_rows.KINDS.get, raw_rows.SOURCES.get, t.NOT_CAMERA_CLOCK
    # 'auto' / 'manual' from their stored codes (0034): a look-up a row, else the error
    hows, how_of = raw_rows.ASSIGNMENTS.get, raw_rows.assignment
    out: list[tuple[Any, ...]] = []
    for part in batches:
        for iid, name, k, length, utc, local, off, cs, cur, stored_how, day, code, sha in part:
            how = stored_how if stored_how is None else hows(stored_how) or how_of(stored_how)
            kind = kinds(k) or raw_rows.kind(k)
            src = None if code is None else sources(code) or raw_rows.source(code)
            takes = src not in not_clock  # the camera's clock: the correction moves it
            sha_text = sha.hex() if type(sha) is bytes else hash_text(sha)
            old: datetime | None
            if type(utc) is int and type(local) is int and off is not None:
                # as SQLite keeps them (microseconds) with the device's offset: the new time
                # is the old one moved by whole numbers (``base`` plus the correction)
                old = epoch + timedelta(0, 0, utc)
                base, local_t = local - off * 60_000_000 - utc, None
            else:
                old, base, local_t = raw_rows.utc(utc), None, stored_time(local)
            out.append(
                (iid, name, kind, length, old, base, local_t, off, cs, cur, how, day, src,
                 takes, sha_text)
            )  # fmt: skip
    return CameraItems(camera_key, tuple(out))


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
    is read in. ``cancel`` and ``progress`` are asked every ``rules.CHECK_EVERY`` items."""
    outcomes = TimeOutcomes(slots, rules.DEFAULT_TOLERANCE, tz)
    ordered = sorted(slots, key=lambda sl: sl.start)
    starts = [sl.start for sl in ordered]
    longest = max([timedelta(0), *(sl.end - sl.start for sl in ordered)])
    dates = rules.session_dates(ordered, tz)
    decks: Callable[[rules.ItemFacts], rules.Proposal] | None = None
    by_name: dict[str, tuple[int | None, rules.Reason]] = {}
    shift = timedelta(seconds=offset_s)
    steps: dict[int, timedelta] = {}  # moves of the time (microseconds), each made once
    shift_us = offset_s * 1_000_000
    manual, no_time = Assignment.MANUAL, rules.Reason.NO_TIME
    deck_kinds, recordings, not_applied, mtime = rules.DECK_KINDS, _RECORDINGS, _NOT_APPLIED, _MTIME
    # items come in time order, their new times mostly too: the stretch of the last photo
    # (between two moments where the outcome may change) serves the next ones
    lo = hi = _EPOCH_UTC
    here: tuple[int | None, rules.Reason] = (None, no_time)
    out: list[tuple[Any, ...]] = []
    rows, every = items.rows, rules.CHECK_EVERY
    for first in range(0, len(rows), every):
        if out:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                # re-dated and proposed in one pass: two steps an item (as counted before)
                progress(ProgressEvent("clock preview", 2 * len(out), total))
        for row in rows[first : first + every]:
            iid, name, kind, length, old, base, local, off, cs, cur, how, day, src, takes, sha = row
            # the time re-derived as ``time.rederive`` does with the new shift
            new: datetime | None
            if base is not None:
                moved = base + shift_us if takes else base
                derived = moved != 0
                if derived:
                    step = steps.get(moved)
                    if step is None:
                        step = steps[moved] = timedelta(0, 0, moved)
                    new = old + step
                else:
                    new = old
            else:
                new = _derived(old, local, off, cs, zone_of_day(day), shift, takes)
                derived = new is not None and new != old
                if not derived:
                    new = old
            new_shift = (offset_s if derived else cs or 0) if takes else 0
            # the outcome of the assignment at the new time, as ``assign.propose`` gives it
            if how == manual:
                session, reason = cur, rules.Reason.MANUAL
            elif kind in deck_kinds:
                # a deck is matched by its file name alone here (no text read): once a name
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
                    facts = rules.ItemFacts(iid, kind, new, length, cur, how, name, time_source=src)
                    near = rules._near(ordered, starts, longest, facts, rules.DEFAULT_TOLERANCE)
                    p = rules.propose_one(facts, near, rules.DEFAULT_TOLERANCE, tz, dates)
                    got = p.session_id, p.reason
                session, reason = got
            elif lo < new < hi:
                session, reason = here
            else:
                session, reason = here = outcomes.at(new)
                lo, hi = outcomes.around(new)
            # what applying the assignment then does: only actionable proposals move an item
            if reason in not_applied or session == cur:
                session = cur
            # a tuple of ShiftRow's fields: made a ShiftRow when read (``rules.ShiftRows``)
            out.append((iid, name, old, new, cur, session, reason, sha, cs or 0, new_shift, takes))
    return rules.ShiftRows(out)


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
