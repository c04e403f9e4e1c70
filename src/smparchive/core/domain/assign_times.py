"""Where the assignment files an item by its time, stretch by stretch of the programme.

What :func:`assign.propose_one` decides for an item filed by its capture time as one moment
(a photo: no room, not assigned by hand, not a deck), the session it proposes and the reason, can
change only where a session starts or ends, where either lies the tolerance away, and, in a
break, where two sessions' distances to the moment are equal or one minute apart (the rule
for ties). Between two of those moments (and at each) the outcome is the same for every
moment, so the rules run once per stretch instead of once per item: a camera's clock
preview re-files 200,000 items against a few hundred stretches.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from smparchive.core.domain import assign as rules
from smparchive.core.domain.assign import (
    DEFAULT_TOLERANCE,
    ItemFacts,
    Reason,
    Slot,
    _near,
    session_dates,
)
from smparchive.core.vocab import Kind

# the rules' own tie margin (``_nearest``: sessions whose gaps differ by at most a minute)
_TIE = timedelta(minutes=1)
_ONE = timedelta(microseconds=1)


class TimeOutcomes:
    """The (session proposed, reason) of items with no room by their capture moment, the
    rules run once per stretch of time in which they cannot change."""

    def __init__(
        self,
        slots: Sequence[Slot],
        tolerance: timedelta = DEFAULT_TOLERANCE,
        tz: tzinfo | None = None,
    ) -> None:
        ordered = sorted(slots, key=lambda s: s.start)
        self._slots = ordered
        self._starts = [s.start for s in ordered]
        self._longest = max([timedelta(0), *(s.end - s.start for s in ordered)])
        self._dates = session_dates(ordered, tz)
        self._tol, self._tz = tolerance, tz
        points: set[datetime] = set()
        for s in ordered:
            points.update((s.start, s.end, s.start - tolerance, s.end + tolerance))
        # In a break between a session that ended (gap: moment - end) and one to come
        # (gap: start - moment) the nearer one, and whether they tie, change where the gaps
        # are equal or a minute apart: (end + start ± 1 min) / 2, both microseconds around it
        # when it falls between two. Two sessions both past (or both to come) keep the
        # difference of their gaps; beyond twice the tolerance apart no moment is near both.
        reach = 2 * tolerance + 2 * _TIE
        for a in ordered:
            lo = bisect.bisect_right(self._starts, a.end)
            hi = bisect.bisect_right(self._starts, a.end + reach)
            for b in ordered[lo:hi]:
                gap = b.start - a.end
                for d in (-_TIE, timedelta(0), _TIE):
                    mid = a.end + (gap + d) // 2
                    points.update((mid, mid + _ONE))
        self._points = sorted(points)
        self._known: dict[int, tuple[int | None, Reason]] = {}

    def _stretch(self, moment: datetime) -> int:
        """The stretch ``moment`` lies in: odd at one of the moments where the outcome may
        change, even between two of them."""
        i = bisect.bisect_left(self._points, moment)
        return 2 * i + 1 if i < len(self._points) and self._points[i] == moment else 2 * i

    def _at(self, key: int, moment: datetime) -> tuple[int | None, Reason]:
        got = self._known.get(key)
        if got is None:
            item = ItemFacts(0, Kind.PHOTO, moment)
            near = _near(self._slots, self._starts, self._longest, item, self._tol)
            p = rules.propose_one(item, near, self._tol, self._tz, self._dates)
            got = self._known[key] = (p.session_id, p.reason)
        return got

    def at(self, moment: datetime) -> tuple[int | None, Reason]:
        """The session proposed and the reason for an item filed by its time as ``moment``
        (aware)."""
        return self._at(self._stretch(moment), moment)

    def around(self, moment: datetime) -> tuple[datetime, datetime]:
        """Two moments between which (both excluded) every moment has the outcome of
        ``moment``: empty when ``moment`` is one where it may change."""
        key = self._stretch(moment)
        if key % 2:
            return moment, moment
        i = key // 2
        points = self._points
        lo = points[i - 1] if i > 0 else datetime.min.replace(tzinfo=moment.tzinfo)
        hi = points[i] if i < len(points) else datetime.max.replace(tzinfo=moment.tzinfo)
        return lo, hi

    def over(self, begin: datetime, end: datetime) -> tuple[int | None, Reason] | None:
        """The same for a recording over [begin, end] when both lie in one stretch between
        two of those moments (None when the rules must look at it): no session starts or
        ends within it, so it overlaps the sessions a moment of it lies in (all of it, each
        as much), or, in a break, each session's gap to it is the gap to its middle less half
        its length: the same nearest session and ties as a photo taken in its middle."""
        if end <= begin:
            return None
        key = self._stretch(begin)
        if key % 2 or key != self._stretch(end):
            return None
        return self._at(key, begin)
