"""The moments where filing an item by its time can change, and the stretches between.

Whether a capture moment lies inside sessions, which session is nearest within the
tolerance, and whether two are about as near (a tie) can change only where a session
starts or ends, where either lies the tolerance away, and, in a break, where the gaps to a
session that ended and to one to come are equal or a minute apart. Between two such
moments, and at each, the outcome is the same for every moment (see ``assign.propose``
and ``assign_times``): the rules run once per stretch instead of once per item.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

# the rules' own tie margin (``assign._choose_near``: gaps that differ by at most a minute)
TIE = timedelta(minutes=1)
_ONE = timedelta(microseconds=1)


class Stretches:
    """The stretches of time of a programme (sessions with ``start`` and ``end``, aware)
    in which an item's outcome by its capture moment cannot change."""

    def __init__(self, slots: Sequence[Any], tolerance: timedelta) -> None:
        ordered = sorted(slots, key=lambda s: s.start)
        starts = [s.start for s in ordered]
        points: set[datetime] = set()
        for s in ordered:
            points.update((s.start, s.end, s.start - tolerance, s.end + tolerance))
        # In a break between a session that ended (gap: moment - end) and one to come
        # (gap: start - moment) the nearer one, and whether they tie, change where the gaps
        # are equal or a minute apart: (end + start ± 1 min) / 2, both microseconds around it
        # when it falls between two. Two sessions both past (or both to come) keep the
        # difference of their gaps; beyond twice the tolerance apart no moment is near both.
        reach = 2 * tolerance + 2 * TIE
        for a in ordered:
            lo = bisect.bisect_right(starts, a.end)
            hi = bisect.bisect_right(starts, a.end + reach)
            for b in ordered[lo:hi]:
                gap = b.start - a.end
                for d in (-TIE, timedelta(0), TIE):
                    mid = a.end + (gap + d) // 2
                    points.update((mid, mid + _ONE))
        self.points = sorted(points)

    def key(self, moment: datetime) -> int:
        """The stretch ``moment`` (aware) lies in: odd at one of the moments where the
        outcome may change, even between two of them."""
        points = self.points
        i = bisect.bisect_left(points, moment)
        return 2 * i + 1 if i < len(points) and points[i] == moment else 2 * i

    def around(self, moment: datetime) -> tuple[datetime, datetime]:
        """Two moments between which (both excluded) every moment lies in the stretch of
        ``moment``: none when ``moment`` is one where the outcome may change."""
        key = self.key(moment)
        if key % 2:
            return moment, moment
        i = key // 2
        points = self.points
        lo = points[i - 1] if i > 0 else datetime.min.replace(tzinfo=moment.tzinfo)
        hi = points[i] if i < len(points) else datetime.max.replace(tzinfo=moment.tzinfo)
        return lo, hi
