"""Where the assignment files an item by its time, stretch by stretch of the programme.

What :func:`assign.propose_one` decides for an item filed by its capture time as one moment
(a photo: no room, not assigned by hand, not a deck), the session it proposes and the
reason, is the same for every moment of a stretch (``stretches.Stretches``), so the rules
run once per stretch instead of once per item: a camera's clock preview re-files 200,000
items against a few hundred stretches.
"""

from __future__ import annotations

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
from smparchive.core.domain.stretches import Stretches
from smparchive.core.vocab import Kind


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
        self._stretches = Stretches(ordered, tolerance)
        self.around = self._stretches.around
        # the moments where the outcome may change, in order (for keys worked out in bulk)
        self.points = self._stretches.points
        self._known: dict[int, tuple[int | None, Reason]] = {}

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
        return self._at(self._stretches.key(moment), moment)

    def at_key(self, key: int, moment: datetime) -> tuple[int | None, Reason]:
        """:meth:`at` for a ``moment`` whose stretch ``key`` is known."""
        return self._at(key, moment)

    def over(self, begin: datetime, end: datetime) -> tuple[int | None, Reason] | None:
        """The same for a recording over [begin, end] when both lie in one stretch between
        two of those moments (None when the rules must look at it): no session starts or
        ends within it, so it overlaps the sessions a moment of it lies in (all of it, each
        as much), or, in a break, each session's gap to it is the gap to its middle less half
        its length: the same nearest session and ties as a photo taken in its middle."""
        if end <= begin:
            return None
        key = self._stretches.key(begin)
        if key % 2 or key != self._stretches.key(end):
            return None
        return self._at(key, begin)
