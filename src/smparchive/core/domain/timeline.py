"""A day's timeline as counts: one lane per camera (or kind), its items per 5-minute bin, and
which of them the automatic assignment would leave out of every session (orange).

A day of 250,000 items at a million made 250,000 objects before its lanes appeared (2.3 s
of CPU). The catalogue now counts the items it can (``Counted``: per minute, left out or
not, with the rule of :func:`assign.left_outside` evaluated in SQL against the day's
sessions) and hands over one by one only those whose place or colour depends on more than
their minute: recordings (their span and their interval's distance to the sessions) and
the items of the lane a clock correction moves live (any shift in seconds changes their
bins and their distance to the sessions).

A recording longer than a bin counts in every bin it runs through (a two-hour session
recording was one item at 09:00 and nothing after).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from smparchive.core.domain import assign
from smparchive.core.media.kinds import Kind, TimeSource
from smparchive.core.vocab import Assignment

BIN_MINUTES = 5
BIN = timedelta(minutes=BIN_MINUTES)
BIN_S = BIN_MINUTES * 60
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_RECORDINGS = (Kind.VIDEO, Kind.AUDIO)


@dataclass(frozen=True, slots=True)
class Counted:
    """Items of a lane the catalogue counted together: captured in the bucket from
    ``moment`` (a minute, or a second in a zone whose offset is not whole minutes), all
    left out of every session or none. ``outside`` None: photos, left out when no session
    is within the tolerance of ``moment`` (plus the lane's shift), which holds for every
    moment of a bucket holding no edge of :func:`near_windows`. ``exact``: all captured at
    ``moment`` itself (the lane a clock correction moves, the buckets holding an edge)."""

    moment: datetime  # the bucket's start, aware UTC
    count: int
    outside: bool | None
    first: datetime  # the earliest and the latest capture among them (the day's window)
    last: datetime
    exact: bool = False
    # recordings of up to a bin, all of this length (seconds), captured at ``moment``
    # (exact): left out when their span [moment, moment + length] (shifted) meets no
    # session's window; drawn in their start's bar as the photos are
    length: float | None = None


@dataclass(frozen=True, slots=True)
class Bin:
    """One bar: how many items it holds, and whether any of them is left out (orange)."""

    count: int
    outside: bool


def near_windows(
    slots: Sequence[assign.Slot], tolerance: timedelta = assign.DEFAULT_TOLERANCE
) -> list[tuple[datetime, datetime]]:
    """The moments a photo is near a session at, as closed intervals [start - tolerance,
    end + tolerance] merged: :func:`assign.session_gap` of a moment is within the tolerance
    exactly when the moment lies in one of them (no room known: every session counts)."""
    spans = sorted(
        (s.start - tolerance, s.end + tolerance)
        for s in slots
        if s.start - tolerance <= s.end + tolerance
    )
    out: list[tuple[datetime, datetime]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@dataclass(eq=False)
class Lane:
    """One row of the timeline: a camera (or kind), its items counted by the catalogue
    (``counted``) and those held one by one (``times``, with their ``facts`` in the same
    order; a time without its facts is read as a photo's)."""

    key: str
    label: str
    times: list[datetime] = field(default_factory=list)
    shift_s: int = 0  # live preview of a clock correction: moves the items held one by one
    facts: list[assign.ItemFacts] = field(default_factory=list)
    counted: list[Counted] = field(default_factory=list)
    # what names the lane (its camera's parts as items read them, or the kind)
    make: str | None = None
    model: str | None = None
    serial: str | None = None
    kind: str | None = None
    # the last answer of ``_outside``: (shift, tolerance, slots, sizes, answer)
    _left_out: tuple[Any, list[bool], list[bool]] | None = field(default=None, repr=False)

    def add(self, facts: assign.ItemFacts) -> None:
        assert facts.capture_utc is not None
        self.times.append(facts.capture_utc)
        self.facts.append(facts)
        self._left_out = None

    @property
    def count(self) -> int:
        """How many items the lane holds."""
        return len(self.times) + sum(c.count for c in self.counted)

    def moments(self) -> list[datetime]:
        """The lane's earliest and latest capture times (unshifted), for the day's window."""
        out = list(self.times)
        out += [m for c in self.counted for m in (c.first, c.last)]
        return out

    def spans(self) -> list[tuple[datetime, datetime]]:
        """The recordings longer than a bin, as (start, end) UTC: drawn as a line under the
        bars. A day's two-hour livestream was a single bar at 08:58, as if it were a photo,
        beside the sessions it runs through."""
        return [
            (f.capture_utc, f.capture_utc + timedelta(seconds=f.duration_s))
            for f in self.facts
            if f.capture_utc is not None and f.duration_s is not None and f.duration_s > BIN_S
        ]

    def _check_shift(self) -> None:
        if self.shift_s and not all(c.exact for c in self.counted):
            raise ValueError("a lane counted by the catalogue cannot move: read it item by item")

    def _outside(
        self, slots: Sequence[assign.Slot], tolerance: timedelta
    ) -> tuple[list[bool], list[bool]]:
        """Per item held one by one and per counted group, moved by the lane's shift:
        :func:`assign.left_outside`."""
        self._check_shift()
        # the widget asks on every paint and tooltip (names, counts, bars): once per change
        key = (self.shift_s, tolerance, len(self.times), len(self.counted))
        cached = self._left_out
        if cached is not None and cached[0][0] == key and cached[0][1] is slots:
            return cached[1], cached[2]
        shift = timedelta(seconds=self.shift_s)
        # assign.left_outside against the merged windows the sessions are near at (a
        # bisection, not every session per item): Camera Clocks asks this in the UI thread
        # at each step of the correction, 0.7 s for a moving lane of 50,000 items
        windows = near_windows(slots, tolerance)
        starts = [a for a, _ in windows]

        def outside(first: datetime, last: datetime) -> bool:
            j = bisect_right(starts, last) - 1
            return j < 0 or windows[j][1] < first

        singles = []
        facts = self.facts
        for n, t in enumerate(self.times):
            known = facts[n] if n < len(facts) else None
            moved = t + shift
            if known is None:  # a photo's time
                singles.append(outside(moved, moved))
            elif known.kind in assign.DECK_KINDS or known.assignment == Assignment.MANUAL:
                singles.append(False)
            elif known.time_source == TimeSource.FILE_MTIME:
                singles.append(True)
            elif known.room is not None or (known.duration_s or 0) < 0:  # as the rules read it
                item = replace(known, capture_utc=moved)
                singles.append(assign.left_outside(item, slots, tolerance))
            elif known.kind in _RECORDINGS and known.duration_s:
                singles.append(outside(moved, moved + timedelta(seconds=known.duration_s)))
            else:
                singles.append(outside(moved, moved))
        groups = []
        for c in self.counted:
            if c.outside is not None:
                groups.append(c.outside)
                continue
            moved = c.moment + shift
            if c.length:  # as a recording's facts are read above
                groups.append(outside(moved, moved + timedelta(seconds=c.length)))
            else:
                groups.append(outside(moved, moved))
        self._left_out = ((key, slots), singles, groups)
        return singles, groups

    def left_out(
        self, slots: Sequence[assign.Slot], tolerance: timedelta = assign.DEFAULT_TOLERANCE
    ) -> list[bool]:
        """Per item held one by one, moved by the lane's shift: :func:`assign.left_outside`."""
        return self._outside(slots, tolerance)[0]

    def outside_count(
        self, slots: Sequence[assign.Slot], tolerance: timedelta = assign.DEFAULT_TOLERANCE
    ) -> int:
        """How many of the lane's items the assignment would leave out of every session (the
        counted ones as measured against the sessions they were read with)."""
        singles, groups = self._outside(slots, tolerance)
        return sum(singles) + sum(
            c.count for c, out in zip(self.counted, groups, strict=True) if out
        )

    def bins(
        self,
        start: datetime,
        end: datetime,
        slots: Sequence[assign.Slot],
        tolerance: timedelta = assign.DEFAULT_TOLERANCE,
    ) -> dict[int, Bin]:
        """The bars from ``start`` (the n-th bin from it: [start + n bins, start + n + 1
        bins)): an item in the bin of its (shifted) time; a recording longer than a bin in
        every bin it runs through up to ``end``."""
        self._check_shift()
        counts: dict[int, list[int]] = {}  # bin -> [items, left out]

        def put(b: int, n: int, outside: int) -> None:
            got = counts.get(b)
            if got is None:
                counts[b] = [n, outside]
            else:
                got[0] += n
                got[1] += outside

        shift = timedelta(seconds=self.shift_s)
        singles, groups = self._outside(slots, tolerance)
        for c, left in zip(self.counted, groups, strict=True):
            put((c.moment + shift - start) // BIN, c.count, c.count if left else 0)
        last_bin = -((start - end) // BIN) - 1
        facts = self.facts
        for n, (t, out) in enumerate(zip(self.times, singles, strict=True)):
            moved = t + shift
            first = (moved - start) // BIN
            put(first, 1, int(out))
            length = facts[n].duration_s if n < len(facts) else None
            if length is not None and length > BIN_S:  # drawn as a line: counted all along
                finish = moved + timedelta(seconds=length)
                through = -((start - finish) // BIN) - 1  # an end on a bin's edge stays out
                for b in range(first + 1, min(through, last_bin) + 1):
                    put(b, 1, int(out))
        return {b: Bin(n, bool(out)) for b, (n, out) in counts.items()}
