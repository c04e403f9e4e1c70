"""A day's proposals worked out in bulk and kept as compact rows (``assign.propose``'s
results, each :class:`~assign.Proposal` made when read).

The Assign dialog at 1M waited ~3 s for 65,637 proposals of which it shows a screenful:
every photo got a ``Proposal`` with its params and explanation, every item an
``ItemFacts``, and the dialog walked them all to count and tick them. Here a photo's
session and reason come from its stretch of the programme (``assign._PhotoPlans``: worked
out once per stretch), and a row keeps what the counts, the ticks and Apply read (item,
sessions, reason, whether it changes anything); its ``Proposal`` is made by the rules' own
code when the row is read (the table's rows in view, the CLI's output).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta, tzinfo
from typing import Any, NamedTuple

from smparchive.core.domain import assign as rules
from smparchive.core.domain.assign import DECK_KINDS, ItemFacts, Proposal, Reason, Slot
from smparchive.core.media.info import TimeSource
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink
from smparchive.core.vocab import Assignment

# ItemFacts' fields as a tuple, in their order (``ItemFacts(*row)``): a day's 65,000 frozen
# records cost ~0.1 s and only the rows read need one
FactRow = tuple[Any, ...]
_NOT_APPLIED = frozenset({Reason.OVERLAP, Reason.MANUAL, Reason.NO_TIME})
_MANUAL = Assignment.MANUAL
_FILE_DATE = TimeSource.FILE_MTIME


class Outcome(NamedTuple):
    """What applying a proposal reads of it (no explanation, no params)."""

    item_id: int
    session_id: int | None
    reason: Reason
    current_session_id: int | None
    actionable: bool


def _given(p: Proposal, _unused: object) -> Proposal:
    return p


class Proposals(Sequence[Proposal]):
    """Proposals in the rules' order; each row ``(item_id, session_id, reason,
    current_session_id, actionable, make, a, b)`` makes its :class:`Proposal` as
    ``make(a, b)`` when read (kept once made: a table reads a row for each cell)."""

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows
        self._made: dict[int, Proposal] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def _make(self, i: int) -> Proposal:
        p = self._made.get(i)
        if p is None:
            r = self._rows[i]
            p = self._made[i] = r[5](r[6], r[7])
        return p

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(len(self)))]
        n = len(self._rows)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("Proposals index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[Proposal]:
        for i in range(len(self._rows)):
            yield self._make(i)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a list's equality, a list's hashing

    def __repr__(self) -> str:
        return f"Proposals({len(self)} rows)"

    # -- read without making a Proposal ------------------------------------------------
    def item_id(self, i: int) -> int:
        """Row ``i``'s item."""
        return int(self._rows[i][0])

    def reason(self, i: int) -> Reason:
        """Row ``i``'s reason."""
        return Reason(self._rows[i][2])

    def actionable(self, i: int) -> bool:
        """Whether applying row ``i`` changes its item (``Proposal.actionable``)."""
        return bool(self._rows[i][4])

    def item_ids(self) -> list[int]:
        """Every row's item, in order."""
        return [r[0] for r in self._rows]

    def changing_ids(self) -> list[int]:
        """The items whose row changes them, in order."""
        return [r[0] for r in self._rows if r[4]]

    def outcomes(self) -> list[Outcome]:
        """Every row as applying it reads it, in order."""
        return [Outcome(*r[:5]) for r in self._rows]

    def rows_where(self, *, actionable: bool = False, reasons: Iterable[str] = ()) -> list[int]:
        """The rows (indexes, in order) that change their item (``actionable``) or have one
        of ``reasons``; every row when neither is asked."""
        wanted = frozenset(reasons)
        if not actionable and not wanted:
            return list(range(len(self._rows)))
        return [i for i, r in enumerate(self._rows) if (actionable and r[4]) or r[2] in wanted]

    def counts(self) -> tuple[int, dict[Reason, int]]:
        """How many rows change their item, and how many rows have each reason."""
        changes = 0
        by_reason: dict[Reason, int] = {}
        for r in self._rows:
            changes += r[4]
            by_reason[r[2]] = by_reason.get(r[2], 0) + 1
        return changes, by_reason


def outcomes(proposals: Iterable[Proposal]) -> list[Outcome]:
    """What applying ``proposals`` reads of each (from compact rows without making them)."""
    if isinstance(proposals, Proposals):
        return proposals.outcomes()
    return [
        Outcome(p.item_id, p.session_id, p.reason, p.current_session_id, p.actionable)
        for p in proposals
    ]


def _plan_outcome(plan: rules._Plan) -> tuple[int | None, Reason]:
    """The session and reason ``assign._point_proposal`` gives a photo by its plan."""
    inside, near = plan
    if inside is not None:
        return (inside[0].id, Reason.INSIDE) if len(inside) == 1 else (None, Reason.OVERLAP)
    if near is None:  # another date or a break with nothing near: none either way
        return None, Reason.NONE
    best, cands = near
    return (None, Reason.OVERLAP) if cands else (best.id, Reason.BREAK)


_ZERO = timedelta(0)


def _recording_outcome(
    begin: Any, length: float, slots: Sequence[Slot], tol: timedelta
) -> tuple[int | None, Reason]:
    """The session and reason ``assign._propose_interval`` gives a recording of ``length``
    seconds from ``begin`` against ``slots`` (those near it, of its room), without the
    proposal: its explanation's minutes, share and texts are worked out when read."""
    end = begin + timedelta(seconds=length)
    overlaps: list[tuple[timedelta, Slot]] = []
    for s in slots:
        amount = min(end, s.end) - max(begin, s.start)
        if amount > _ZERO:
            overlaps.append((amount, s))
    if not overlaps:
        near = rules._choose_near(slots, begin, end, tol)
        if near is None:
            return None, Reason.NONE
        return (None, Reason.OVERLAP) if near[1] else (near[0].id, Reason.BREAK)
    overlaps.sort(key=lambda x: (-x[0], x[1].start))
    best = overlaps[0][1]
    if any(rules._parallel(s, best) for _, s in overlaps[1:]):
        return None, Reason.OVERLAP
    return best.id, Reason.INSIDE


def propose_rows(
    items: Iterable[FactRow],
    slots: Sequence[Slot],
    tolerance: timedelta = rules.DEFAULT_TOLERANCE,
    tz: tzinfo | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressSink | None = None,
) -> Proposals:
    """``assign.propose`` for items given as :data:`FactRow` tuples: the same proposals in
    the same order, photos filed by their stretch in bulk and made when read."""
    ordered = sorted(slots, key=lambda s: s.start)
    dates: frozenset[date] = rules.session_dates(ordered, tz)
    starts = [s.start for s in ordered]
    longest = max([timedelta(0), *(s.end - s.start for s in ordered)])
    words: list[Any] | None = None
    index: dict[str, list[int]] = {}
    by_room: dict[str | None, rules._PhotoPlans] = {}
    known: dict[int, tuple[int | None, Reason]] = {}  # per plan (by id: _PhotoPlans keeps it)
    point, not_applied, recordings = rules._point_proposal, _NOT_APPLIED, rules._RECORDINGS

    def photo(row: FactRow, plan: rules._Plan) -> Proposal:
        return point(ItemFacts(*row), row[2], plan, tolerance, tz, dates)

    def recording(row: FactRow, _unused: object) -> Proposal:
        item = ItemFacts(*row)
        near = rules._near(ordered, starts, longest, item, tolerance)
        return rules.propose_one(item, near, tolerance, tz, dates)

    out: list[tuple[Any, ...]] = []
    append = out.append
    for n, row in enumerate(items):
        if n % rules.CHECK_EVERY == 0 and n:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(ProgressEvent("propose", n))
        iid, kind, moment, length, cur, how, _name, room, _text, source = row
        if (
            moment is not None
            and how != _MANUAL
            and source != _FILE_DATE
            and kind not in DECK_KINDS
            and not (length and kind in recordings)
        ):  # a photo: its stretch's outcome, its proposal when read
            plans = by_room.get(room)
            if plans is None:
                usable = [s for s in ordered if rules._room_ok(ItemFacts(*row), s)]
                plans = by_room[room] = rules._PhotoPlans(usable, tolerance)
            plan = plans.at(moment)
            got = known.get(id(plan))
            if got is None:
                got = known[id(plan)] = _plan_outcome(plan)
            sid, reason = got
            append((iid, sid, reason, cur, sid != cur and reason not in not_applied,
                    photo, row, plan))  # fmt: skip
            continue
        item = ItemFacts(*row)
        if (
            moment is not None
            and how != _MANUAL
            and source != _FILE_DATE
            and length
            and kind in recordings
        ):  # a recording: within one stretch, its plan's outcome; else by its overlaps;
            # its proposal when read (a deck with a length is still scored as a deck)
            plans = by_room.get(room)
            if plans is None:
                usable = [s for s in ordered if rules._room_ok(item, s)]
                plans = by_room[room] = rules._PhotoPlans(usable, tolerance)
            spanned = plans.over(moment, moment + timedelta(seconds=length))
            if spanned is not None:
                got = known.get(id(spanned))
                if got is None:
                    got = known[id(spanned)] = _plan_outcome(spanned)
                sid, reason = got
            else:
                near = rules._near(ordered, starts, longest, item, tolerance)
                usable = near if room is None else [s for s in near if rules._room_ok(item, s)]
                sid, reason = _recording_outcome(moment, length, usable, tolerance)
            append((iid, sid, reason, cur, sid != cur and reason not in not_applied,
                    recording, row, None))  # fmt: skip
            continue
        if kind in DECK_KINDS and how != _MANUAL:
            if words is None:
                words = [rules._slot_words(s) for s in ordered]
                index = rules.deck_index(words)
            p = rules._propose_deck(item, words, index)
        elif moment is None or how == _MANUAL:
            p = rules.propose_one(item, ordered, tolerance, tz)
        else:
            near = rules._near(ordered, starts, longest, item, tolerance)
            p = rules.propose_one(item, near, tolerance, tz, dates)
        append((iid, p.session_id, p.reason, cur, p.actionable, _given, p, None))
    return Proposals(out)
