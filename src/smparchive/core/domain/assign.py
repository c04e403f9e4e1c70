"""Which session an item belongs to: pure rules that explain themselves.

Photos go to the session whose slot contains their capture time; videos to the slot their
[capture, capture + duration] interval overlaps most; slide decks and documents by similarity
of title, speakers and file name (their file dates mean nothing). Items whose only time is
their file's date are left to the archivist. Every proposal carries a reason, and parallel
sessions are never chosen automatically.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from smparchive.core.catalog.fulltext import fold
from smparchive.core.domain import timefmt
from smparchive.core.domain.stretches import Stretches
from smparchive.core.media.info import TimeSource
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink
from smparchive.core.vocab import Assignment, Kind

DECK_KINDS = frozenset({Kind.SLIDES, Kind.DOCUMENT})
_RECORDINGS = (Kind.VIDEO, Kind.AUDIO)  # filed by the span they cover, when their length is known
DEFAULT_TOLERANCE = timedelta(minutes=15)
DECK_THRESHOLD = 0.45
DECK_AMBIGUITY = 0.05
CHECK_EVERY = 1000  # :func:`propose` asks its cancel token (and reports) every so many items


class Reason(StrEnum):
    """Why an item is (or is not) proposed for a session."""

    INSIDE = "inside"  # captured inside the slot (video: overlaps it)
    BREAK = "break"  # between sessions or before/after them: the nearest within the tolerance
    NONE = "none"  # outside every session, none near enough
    OVERLAP = "overlap"  # parallel sessions fit: the user must choose
    MANUAL = "manual"  # assigned by hand: never changed automatically
    NO_TIME = "no-time"  # no capture time
    DECK = "deck"  # slide deck/document matched by title, speakers, file name
    NO_MATCH = "no-match"  # slide deck/document matching no session well enough


class Why(StrEnum):
    """The explanation's own code: with a proposal's ``params`` it says what ``detail`` says in
    English, so an interface can phrase it in its language (``detail`` is for the CLI/logs)."""

    MANUAL = "manual"  # ()
    NO_TIME = "no-time"  # ()
    FILE_DATE = "file-date"  # () only the file's date is known
    INSIDE = "inside"  # moment, session
    PARALLEL = "parallel"  # moment, sessions (ids)
    BREAK_NONE = "break-none"  # moment, tolerance_min
    OUTSIDE_DAYS = "outside-days"  # moment: on a date with no session
    BREAK_TIE = "break-tie"  # moment, count
    BREAK = "break"  # moment, minutes, before (bool), session
    RECORDING_PARALLEL = "recording-parallel"  # moment, count
    RECORDING = "recording"  # moment, session, minutes, share (0..1)
    DECK_NO_MATCH = "deck-no-match"  # best (score or None)
    DECK_TIE = "deck-tie"  # count
    DECK = "deck"  # session, score


def _params(**values: object) -> dict[str, object]:
    return values


@dataclass(frozen=True, slots=True)
class Slot:
    """A session as the rules see it (times aware UTC)."""

    id: int
    title: str
    room: str | None
    start: datetime
    end: datetime
    day_id: int | None = None
    speakers: tuple[str, ...] = ()
    event_title: str = ""  # its words name the event, not the session (see _slot_words)


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """What the rules need to know about an item."""

    id: int
    kind: str
    capture_utc: datetime | None
    duration_s: float | None = None
    session_id: int | None = None
    assignment: str | None = None
    name: str = ""
    room: str | None = None  # known room (e.g. from the camera's placement)
    deck_text: str = ""  # title, slide titles, author of a deck
    time_source: str | None = None  # where capture_utc came from (media.info.TimeSource)


@dataclass(frozen=True, slots=True)
class Proposal:
    """The proposal for one item; ``candidates`` lists the sessions considered."""

    item_id: int
    session_id: int | None
    reason: Reason
    # ``detail``, or how to write it: written when read. A day's 65,000 proposals formatted
    # times, spans and titles for every row while a dialog shows a screenful of them
    # (and phrases those from ``why``), and a clock preview none.
    explanation: str | tuple[Any, ...] = field(compare=False, repr=False, metadata={"as": "detail"})
    current_session_id: int | None = None
    candidates: tuple[int, ...] = ()
    score: float | None = None
    why: Why | None = None  # ``detail`` as a code ...
    # ... and its values (moments aware UTC, session ids, minutes): see Why
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    @property
    def detail(self) -> str:
        """Why, in English (the CLI, logs; an interface phrases ``why`` and ``params``)."""
        text = self.explanation
        if isinstance(text, str):
            return text
        write, *values = text  # one tuple per proposal (a closure made ~5 objects to collect)
        return str(write(*values))

    def __eq__(self, other: object) -> bool:  # the explanation compared as its text
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Proposal)
        return self._key() == other._key() and self.detail == other.detail

    def _key(self) -> tuple[object, ...]:
        return (
            self.item_id,
            self.session_id,
            self.reason,
            self.current_session_id,
            self.candidates,
            self.score,
            self.why,
        )

    def __repr__(self) -> str:
        return (
            f"Proposal(item_id={self.item_id!r}, session_id={self.session_id!r}, "
            f"reason={self.reason!r}, detail={self.detail!r}, "
            f"current_session_id={self.current_session_id!r}, candidates={self.candidates!r}, "
            f"score={self.score!r}, why={self.why!r}, params={self.params!r})"
        )

    @property
    def actionable(self) -> bool:
        """True when applying it changes the item (choices and manual ones are never applied)."""
        if self.reason in (Reason.OVERLAP, Reason.MANUAL, Reason.NO_TIME):
            return False
        return self.session_id != self.current_session_id


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """One item in a clock-correction preview."""

    item_id: int
    name: str
    old_utc: datetime | None
    new_utc: datetime | None
    old_session_id: int | None
    new_session_id: int | None
    reason: Reason
    picture_key: str | None = None  # the picture shown beside it (thumbcache.picture_key)
    old_shift_s: int = 0  # the camera's correction in ``old_utc`` (marked '(+1 h)' as shown)
    new_shift_s: int = 0  # and in ``new_utc``
    camera_clock: bool = True  # its time is the camera's clock (not an XMP sidecar's): pinnable


class ShiftRows(Sequence[ShiftRow]):
    """A preview's rows kept as plain tuples (ShiftRow's fields in order), each made a
    :class:`ShiftRow` when read: a 200,000-item camera's rows made as frozen records cost
    ~0.2 s of each preview at 1M, and Camera Clocks' table reads the rows in view.
    A subclass may make each tuple when read too (:meth:`_tuple`)."""

    __slots__ = ("_rows",)

    def __init__(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self._rows = rows

    def _tuple(self, index: int) -> tuple[Any, ...]:
        """Row ``index`` (0 <= index < len) as a tuple of ShiftRow's fields."""
        return self._rows[index]

    def tuples(self) -> list[tuple[Any, ...]]:
        """Every row as a tuple of ShiftRow's fields, in order."""
        return [self._tuple(i) for i in range(len(self))]

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [ShiftRow(*self._tuple(i)) for i in range(*index.indices(len(self)))]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("ShiftRows index out of range")
        return ShiftRow(*self._tuple(index))

    def __iter__(self) -> Any:
        for i in range(len(self)):
            yield ShiftRow(*self._tuple(i))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ShiftRows):
            return self.tuples() == other.tuples()
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self.tuples()))

    def __repr__(self) -> str:
        return f"ShiftRows({len(self)} rows)"

    def item_ids(self) -> list[int]:
        """Every row's item id, in order (no record made)."""
        return [r[0] for r in self._rows]

    def moved(self) -> int:
        """How many rows land in another session (no record made)."""
        return sum(1 for r in self._rows if r[5] != r[4])


def _fmt(moment: datetime, tz: tzinfo | None) -> str:
    """A capture moment as people read it: in the event's zone, zone named."""
    shown = timefmt.shown_time(moment, tz)
    assert shown is not None
    return shown.text(seconds=True, marker=False)


def _span(slot: Slot, tz: tzinfo | None) -> str:
    return timefmt.span_text(slot.start, slot.end, tz)


def _minutes(delta: timedelta) -> str:
    """'12 min'; '<1 min' for a few seconds (a 2 s clip does not overlap for '0 min')."""
    if _whole_minutes(delta) == 0 and delta:
        return "<1 min"
    return f"{abs(delta.total_seconds()) / 60:.0f} min"


def _whole_minutes(delta: timedelta) -> int:
    """The minutes ``_minutes`` shows, as a number."""
    return int(f"{abs(delta.total_seconds()) / 60:.0f}")


def _room_ok(item: ItemFacts, slot: Slot) -> bool:
    return item.room is None or slot.room is None or fold(item.room) == fold(slot.room)


def _parallel(a: Slot, b: Slot) -> bool:
    return a.start < b.end and b.start < a.end


def propose_one(
    item: ItemFacts,
    slots: Sequence[Slot],
    tolerance: timedelta = DEFAULT_TOLERANCE,
    tz: tzinfo | None = None,
    dates: frozenset[date] | None = None,
) -> Proposal:
    """The proposal for one item (see the module docstring for the rules); times in the
    explanations are shown in ``tz``, the event's zone (UTC when None). ``dates``: the
    dates with a session (:func:`session_dates`; of ``slots`` when None)."""
    cur = item.session_id
    if item.assignment == Assignment.MANUAL:
        return Proposal(item.id, cur, Reason.MANUAL, "assigned by hand; kept", cur, why=Why.MANUAL)
    if item.kind in DECK_KINDS:
        return _propose_deck(item, [_slot_words(s) for s in slots])
    if item.capture_utc is None:
        return Proposal(item.id, None, Reason.NO_TIME, "no capture time", cur, why=Why.NO_TIME)
    if item.time_source == TimeSource.FILE_MTIME:
        # A file's modification date is often when it was copied or edited, not taken:
        # filing by it would look right and be wrong. The archivist decides (by hand).
        detail = "only the file's date is known (often when it was copied): assign by hand"
        return Proposal(item.id, None, Reason.NO_TIME, detail, cur, why=Why.FILE_DATE)
    usable = [s for s in slots if _room_ok(item, s)]
    moment = item.capture_utc
    dates = session_dates(slots, tz) if dates is None else dates
    if item.kind in (Kind.VIDEO, Kind.AUDIO) and item.duration_s:
        return _propose_interval(item, usable, tolerance, tz, dates)
    return _point_proposal(
        item, moment, _point_plan(usable, moment, tolerance), tolerance, tz, dates
    )


# What filing a photo at a moment comes to, before its proposal is written: the sessions it
# lies inside (one or parallel ones), or the choice in a break (see _choose_near). The same
# for every moment of a stretch of the programme (stretches.Stretches).
_Plan = tuple[list[Slot] | None, "tuple[Slot, tuple[int, ...]] | None"]


def _point_plan(slots: Sequence[Slot], moment: datetime, tol: timedelta) -> _Plan:
    inside = [s for s in slots if s.start <= moment < s.end]
    if inside:
        return inside, None
    return None, _choose_near(slots, moment, moment, tol)


def _point_proposal(
    item: ItemFacts,
    moment: datetime,
    plan: _Plan,
    tol: timedelta,
    tz: tzinfo | None,
    dates: frozenset[date],
) -> Proposal:
    """The proposal of a photo taken at ``moment`` by its plan (:func:`_point_plan`)."""
    cur = item.session_id
    inside, near = plan
    if inside is not None and len(inside) == 1:
        s = inside[0]
        return Proposal(
            item.id,
            s.id,
            Reason.INSIDE,
            (_inside_text, moment, tz, s),
            cur,
            (s.id,),
            why=Why.INSIDE,
            params=_params(moment=moment, session=s.id),
        )
    if inside is not None:
        return Proposal(
            item.id,
            None,
            Reason.OVERLAP,
            (_parallel_text, moment, tz, inside),
            cur,
            tuple(s.id for s in inside),
            why=Why.PARALLEL,
            params=_params(moment=moment, sessions=tuple(s.id for s in inside)),
        )
    return _near_proposal(item, moment, moment, near, tol, tz, dates)


def session_gap(first: datetime, last: datetime, slot: Slot) -> timedelta:
    """How far a capture over [first, last] (a photo: first == last) lies from a session:
    zero when inside it, overlapping it or touching it."""
    return max(slot.start - last, first - slot.end, timedelta(0))


def left_outside(
    item: ItemFacts, slots: Sequence[Slot], tolerance: timedelta = DEFAULT_TOLERANCE
) -> bool:
    """Whether the automatic assignment (:func:`propose`) leaves ``item`` out of every session
    because of its time: no session (of its room, when known) contains or overlaps it or
    lies within ``tolerance`` of it, or only its file's date is known. Items it does not
    file by time (decks, manual assignments, no time) are not "outside". The clock dialog's
    count and the timeline's orange come from here, so they promise what assignment does."""
    if item.kind in DECK_KINDS or item.assignment == Assignment.MANUAL:
        return False
    if item.capture_utc is None:
        return False
    if item.time_source == TimeSource.FILE_MTIME:
        return True
    first = last = item.capture_utc
    if item.kind in (Kind.VIDEO, Kind.AUDIO) and item.duration_s:  # as propose_one reads it
        last = first + timedelta(seconds=item.duration_s)
    usable = (s for s in slots if _room_ok(item, s))
    return not any(session_gap(first, last, s) <= tolerance for s in usable)


def session_dates(slots: Iterable[Slot], tz: tzinfo | None) -> frozenset[date]:
    """The local dates (in the event's zone) on which a session runs; a session crossing
    midnight counts for both."""
    zone = tz or UTC
    return frozenset(
        d
        for slot in slots
        for d in (slot.start.astimezone(zone).date(), slot.end.astimezone(zone).date())
    )


def _on_session_dates(
    first: datetime, last: datetime, dates: frozenset[date], tz: tzinfo | None
) -> bool:
    zone = tz or UTC
    return bool({first.astimezone(zone).date(), last.astimezone(zone).date()} & dates)


def _nearest(
    item: ItemFacts,
    slots: Sequence[Slot],
    first: datetime,
    last: datetime,
    tol: timedelta,
    tz: tzinfo | None,
    dates: frozenset[date],
) -> Proposal:
    """An item in a break: the nearest session within ``tol``, or none."""
    return _near_proposal(item, first, last, _choose_near(slots, first, last, tol), tol, tz, dates)


def _choose_near(
    slots: Sequence[Slot], first: datetime, last: datetime, tol: timedelta
) -> tuple[Slot, tuple[int, ...]] | None:
    """In a break: the nearest session within ``tol`` and, when others are about as near
    (a minute), the ids of them all (the nearest first); None when none is near enough."""
    scored: list[tuple[timedelta, Slot]] = []
    for s in slots:
        gap = session_gap(first, last, s)
        if gap <= tol:
            scored.append((gap, s))
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1].start))
    best_gap, best = scored[0]
    ties = [s for g, s in scored if g - best_gap <= timedelta(minutes=1) and s.id != best.id]
    return best, ((best.id, *(s.id for s in ties)) if ties else ())


def _near_proposal(
    item: ItemFacts,
    first: datetime,
    last: datetime,
    near: tuple[Slot, tuple[int, ...]] | None,
    tol: timedelta,
    tz: tzinfo | None,
    dates: frozenset[date],
) -> Proposal:
    """The proposal of an item in a break by the choice :func:`_choose_near` made."""
    cur = item.session_id
    if near is None and not _on_session_dates(first, last, dates, tz):
        # a photo from another year is not "in a break" of this conference
        return Proposal(
            item.id, None, Reason.NONE,
            (_outside_days_text, first, tz),
            cur,
            why=Why.OUTSIDE_DAYS, params=_params(moment=first),
        )  # fmt: skip
    if near is None:
        return Proposal(
            item.id, None, Reason.NONE,
            (_break_none_text, first, tz, tol),
            cur,
            why=Why.BREAK_NONE,
            params=_params(moment=first, tolerance_min=_whole_minutes(tol)),
        )  # fmt: skip
    best, cands = near
    if cands:
        return Proposal(
            item.id, None, Reason.OVERLAP,
            (_break_tie_text, first, tz, len(cands)), cur, cands,
            why=Why.BREAK_TIE, params=_params(moment=first, count=len(cands)),
        )  # fmt: skip
    best_gap = session_gap(first, last, best)
    side = "before the start of" if first < best.start else "after the end of"
    return Proposal(
        item.id, best.id, Reason.BREAK,
        (_break_text, first, tz, best_gap, side, best), cur,
        (best.id,),
        why=Why.BREAK,
        params=_params(
            moment=first,
            minutes=_whole_minutes(best_gap),
            before=first < best.start,
            session=best.id,
        ),
    )  # fmt: skip


def _propose_interval(
    item: ItemFacts,
    slots: Sequence[Slot],
    tol: timedelta,
    tz: tzinfo | None,
    dates: frozenset[date],
) -> Proposal:
    assert item.capture_utc is not None and item.duration_s
    begin = item.capture_utc
    end = begin + timedelta(seconds=item.duration_s)
    cur = item.session_id
    overlaps: list[tuple[timedelta, Slot]] = []
    for s in slots:
        amount = min(end, s.end) - max(begin, s.start)
        if amount > timedelta(0):
            overlaps.append((amount, s))
    if not overlaps:
        return _nearest(item, slots, begin, end, tol, tz, dates)
    overlaps.sort(key=lambda x: (-x[0], x[1].start))
    amount, best = overlaps[0]
    parallel = [s for _, s in overlaps[1:] if _parallel(s, best)]
    if parallel:
        cands = (best.id, *(s.id for s in parallel))
        return Proposal(
            item.id, None, Reason.OVERLAP,
            (_recording_parallel_text, begin, tz, len(cands)),
            cur,
            cands,
            why=Why.RECORDING_PARALLEL, params=_params(moment=begin, count=len(cands)),
        )  # fmt: skip
    share = amount.total_seconds() / max(1.0, (end - begin).total_seconds())
    return Proposal(
        item.id, best.id, Reason.INSIDE,
        (_recording_text, begin, tz, best, amount, share), cur,
        tuple(s.id for _, s in overlaps),
        why=Why.RECORDING,
        params=_params(
            moment=begin, session=best.id, minutes=_whole_minutes(amount), share=share
        ),
    )  # fmt: skip


# -- slide decks ------------------------------------------------------------------------------
_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "at",
        "by",
        "de",
        "des",
        "du",
        "en",
        "et",
        "for",
        "from",
        "het",
        "in",
        "la",
        "le",
        "les",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "van",
        "een",
        "with",
        "about",
        "slides",
        "slide",
        "deck",
        "presentation",
        "final",
        "v1",
        "v2",
        "v3",
        "pptx",
        "ppt",
        "pdf",
        "odp",
        "key",
        "draft",
    }
)
_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> set[str]:
    """Folded words of ``text`` worth comparing (no stop words, no single letters)."""
    return {w for w in _TOKEN.findall(fold(text)) if len(w) > 1 and w not in _STOP}


@dataclass(frozen=True, slots=True)
class _SlotWords:
    slot: Slot
    title: frozenset[str]
    folded: str
    speakers: tuple[frozenset[str], ...]


def _slot_words(slot: Slot) -> _SlotWords:
    # A session title that repeats the event's name ("EMN roundtable on Skills Mobility
    # Partnerships" at the Skills Mobility Partnerships conference) is matched on its own
    # words: every document of the event mentions the event, so a concept note would
    # otherwise land in whichever session repeats the name.
    title = tokens(slot.title)
    own = title - tokens(slot.event_title)
    return _SlotWords(
        slot,
        frozenset(own or title),
        fold(slot.title),
        tuple(frozenset(tokens(sp)) for sp in slot.speakers),
    )


def _deck_stem(name: str) -> str:
    return re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name).replace("_", " ").replace("-", " ")


def _score(words: set[str], matcher: difflib.SequenceMatcher[str], sw: _SlotWords) -> float:
    covered = len(words & sw.title) / len(sw.title) if sw.title else 0.0
    speaker = any(names and names <= words for names in sw.speakers)
    best = covered
    # The likeness of file name and title counts when they share a word and it could
    # reach the threshold (a cheap guard: most pairs have nothing in common).
    floor = max(best, DECK_THRESHOLD - DECK_AMBIGUITY - (0.3 if speaker else 0.0))
    matcher.set_seq1(sw.folded)
    if covered and matcher.real_quick_ratio() > floor and matcher.quick_ratio() > floor:
        best = max(best, matcher.ratio())
    return min(1.0, best + (0.3 if speaker else 0.0))


def deck_score(deck_text: str, name: str, slot: Slot) -> float:
    """Similarity of a deck (its text and file name) to a session, from 0 to 1: the share of
    the session title's words the deck mentions (or the file name's likeness to the title),
    plus a bonus when a speaker's full name appears."""
    stem = _deck_stem(name)
    matcher = difflib.SequenceMatcher(None, "", fold(stem), autojunk=False)
    return _score(tokens(f"{stem} {deck_text}"), matcher, _slot_words(slot))


def deck_index(slots: Sequence[_SlotWords]) -> dict[str, list[int]]:
    """Per word of a session's title or speakers, the positions of those sessions in
    ``slots``: a deck sharing no word with a session scores 0 against it (no title word
    covered, no speaker named), so only the others are scored (20,000 decks against 128
    sessions were 2.56 million scores, nearly all 0)."""
    index: dict[str, list[int]] = {}
    for i, sw in enumerate(slots):
        for word in sw.title.union(*sw.speakers):
            index.setdefault(word, []).append(i)
    return index


def _propose_deck(
    item: ItemFacts, slots: Sequence[_SlotWords], index: dict[str, list[int]] | None = None
) -> Proposal:
    """A deck's proposal; ``index`` (:func:`deck_index` of ``slots``) scores only the
    sessions sharing a word with it, the same proposal."""
    cur = item.session_id
    stem = _deck_stem(item.name)
    words = tokens(f"{stem} {item.deck_text}")
    pool = slots
    if index is not None:  # in the order of ``slots``: ties keep theirs
        pool = [slots[i] for i in sorted({i for w in words for i in index.get(w, ())})]
    scored: list[tuple[float, Slot]] = []
    if pool:
        matcher = difflib.SequenceMatcher(None, "", fold(stem), autojunk=False)
        scored = sorted(
            ((_score(words, matcher, sw), sw.slot) for sw in pool),
            key=lambda x: (-x[0], x[1].start),
        )
    if not scored or scored[0][0] < DECK_THRESHOLD:
        # the sessions left out of the pool all score 0
        top_score = scored[0][0] if scored else (0.0 if slots else None)
        return Proposal(
            item.id, None, Reason.NO_MATCH,
            (_deck_no_match_text, top_score), cur,
            why=Why.DECK_NO_MATCH, params=_params(best=top_score),
        )  # fmt: skip
    top, best_slot = scored[0]
    close = [s for sc, s in scored[1:] if top - sc <= DECK_AMBIGUITY and sc >= DECK_THRESHOLD]
    if close:
        cands = (best_slot.id, *(s.id for s in close))
        return Proposal(
            item.id, None, Reason.OVERLAP,
            (_deck_tie_text, len(cands)), cur, cands, top,
            why=Why.DECK_TIE, params=_params(count=len(cands)),
        )  # fmt: skip
    return Proposal(
        item.id, best_slot.id, Reason.DECK,
        (_deck_text, best_slot, top), cur,
        (best_slot.id,), top,
        why=Why.DECK, params=_params(session=best_slot.id, score=top),
    )  # fmt: skip


def propose(
    items: Iterable[ItemFacts],
    slots: Sequence[Slot],
    tolerance: timedelta = DEFAULT_TOLERANCE,
    tz: tzinfo | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressSink | None = None,
) -> list[Proposal]:
    """Proposals for many items; slots are indexed by time so large runs stay fast; ``tz``
    (the event's zone) is the one the explanations show times in. Every
    :data:`CHECK_EVERY` items ``cancel`` is asked (:class:`Cancelled` when a preview was
    superseded) and ``progress`` told how many are done."""
    ordered = sorted(slots, key=lambda s: s.start)
    dates = session_dates(ordered, tz)
    starts = [s.start for s in ordered]
    longest = max([timedelta(0), *(s.end - s.start for s in ordered)])
    words: list[_SlotWords] | None = None
    index: dict[str, list[int]] = {}
    by_room: dict[str | None, _PhotoPlans] = {}  # rooms known from cameras' placements
    out: list[Proposal] = []
    for item in items:
        if len(out) % CHECK_EVERY == 0 and out:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(ProgressEvent("propose", len(out)))
        if item.kind in DECK_KINDS and item.assignment != Assignment.MANUAL:
            if words is None:
                words = [_slot_words(s) for s in ordered]
                index = deck_index(words)
            out.append(_propose_deck(item, words, index))
            continue
        if item.capture_utc is None or item.assignment == Assignment.MANUAL:
            out.append(propose_one(item, ordered, tolerance, tz))
            continue
        if item.time_source != TimeSource.FILE_MTIME and not (
            item.kind in _RECORDINGS and item.duration_s
        ):  # a photo: what its stretch of the programme comes to, once per stretch
            plans = by_room.get(item.room)
            if plans is None:
                usable = [s for s in ordered if _room_ok(item, s)]
                plans = by_room[item.room] = _PhotoPlans(usable, tolerance)
            moment = item.capture_utc
            out.append(_point_proposal(item, moment, plans.at(moment), tolerance, tz, dates))
            continue
        near = _near(ordered, starts, longest, item, tolerance)
        out.append(propose_one(item, near, tolerance, tz, dates))
    return out


class _PhotoPlans:
    """What filing a photo comes to (:func:`_point_plan`) against ``slots``, worked out
    once per stretch of the programme in which it cannot change (``Stretches``): a day's
    65,000 photos against a few hundred stretches."""

    def __init__(self, slots: Sequence[Slot], tol: timedelta) -> None:
        self._slots, self._tol = slots, tol
        self._stretches = Stretches(slots, tol)
        self._known: dict[int, _Plan] = {}
        # photos come in time order: the last open stretch serves the next ones
        self._lo = self._hi = datetime.min.replace(tzinfo=UTC)
        self._last: _Plan = (None, None)

    def at(self, moment: datetime) -> _Plan:
        if self._lo < moment < self._hi:
            return self._last
        key = self._stretches.key(moment)
        plan = self._known.get(key)
        if plan is None:
            plan = self._known[key] = _point_plan(self._slots, moment, self._tol)
        if key % 2 == 0:
            self._lo, self._hi = self._stretches.around(moment)
            self._last = plan
        return plan

    def over(self, begin: datetime, end: datetime) -> _Plan | None:
        """The plan of ``begin`` when [begin, end] lies in one stretch between two of the
        moments where the outcome may change (else None): a recording there overlaps the
        sessions ``begin`` lies in, all of it each, or in a break is as near each session
        as a moment of it, so its session and reason are the plan's
        (``assign_times.TimeOutcomes.over``, tested against the rules)."""
        if end <= begin:
            return None
        if not (self._lo < begin and end < self._hi):  # not in the last open stretch
            key = self._stretches.key(begin)
            if key % 2 or key != self._stretches.key(end):
                return None
        return self.at(begin)


def _near(
    slots: Sequence[Slot],
    starts: Sequence[datetime],
    longest: timedelta,
    item: ItemFacts,
    tol: timedelta,
) -> list[Slot]:
    """Slots that could matter for an item (within the tolerance of its time span), in
    start order; ``starts`` are the slots' starts and ``longest`` the longest slot, so only
    the slots starting between ``begin - longest`` and ``end`` are looked at."""
    assert item.capture_utc is not None
    begin = item.capture_utc - tol
    end = item.capture_utc + timedelta(seconds=item.duration_s or 0) + tol
    lo = bisect.bisect_left(starts, begin - longest)
    hi = bisect.bisect_right(starts, end)
    return [s for s in slots[lo:hi] if s.end >= begin]


# -- the explanations, written when read (``Proposal.detail``) --------------------------------
def _inside_text(moment: datetime, tz: tzinfo | None, s: Slot) -> str:
    return f"captured {_fmt(moment, tz)}, inside '{s.title}' {_span(s, tz)}"


def _parallel_text(moment: datetime, tz: tzinfo | None, inside: Sequence[Slot]) -> str:
    names = "; ".join(f"'{s.title}' ({s.room or 'no room'})" for s in inside)
    return f"parallel sessions at {_fmt(moment, tz)}: {names}"


def _outside_days_text(first: datetime, tz: tzinfo | None) -> str:
    return f"captured {_fmt(first, tz)}, on a date with no session in the programme"


def _break_none_text(first: datetime, tz: tzinfo | None, tol: timedelta) -> str:
    return f"captured {_fmt(first, tz)}, no session within {_minutes(tol)}"


def _break_tie_text(first: datetime, tz: tzinfo | None, count: int) -> str:
    return f"captured {_fmt(first, tz)}, equally near to {count} parallel sessions"


def _break_text(first: datetime, tz: tzinfo | None, gap: timedelta, side: str, best: Slot) -> str:
    return f"captured {_fmt(first, tz)}, {_minutes(gap)} {side} '{best.title}' {_span(best, tz)}"


def _recording_parallel_text(begin: datetime, tz: tzinfo | None, count: int) -> str:
    return f"recording from {_fmt(begin, tz)} overlaps {count} parallel sessions"


def _recording_text(
    begin: datetime, tz: tzinfo | None, best: Slot, amount: timedelta, share: float
) -> str:
    return (
        f"recording from {_fmt(begin, tz)} overlaps '{best.title}' {_span(best, tz)} "
        f"for {_minutes(amount)} ({share:.0%} of it)"
    )


def _deck_no_match_text(best: float | None) -> str:
    shown = f" (best {best:.2f})" if best is not None else ""
    return f"no session matches the deck well enough{shown}"


def _deck_tie_text(count: int) -> str:
    return f"deck matches {count} sessions about equally"


def _deck_text(slot: Slot, score: float) -> str:
    return f"deck matches '{slot.title}' by title/speakers/file name (score {score:.2f})"
