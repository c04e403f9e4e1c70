"""The assignment's outcome by stretches of the programme, and decks scored against the
sessions sharing a word with them: the same proposals as the rules item by item."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from smparchive.core.domain import assign as rules
from smparchive.core.domain.assign import (
    DEFAULT_TOLERANCE,
    ItemFacts,
    Reason,
    Slot,
    Why,
    propose_one,
)
from smparchive.core.domain.assign_times import TimeOutcomes

BXL = ZoneInfo("Europe/Brussels")
US = timedelta(microseconds=1)


def at(h: int, m: int = 0, s: int = 0, day: int = 1) -> datetime:
    return datetime(2022, 6, day, h, m, s, tzinfo=UTC)


# Parallel rooms, sessions touching, breaks shorter than twice the tolerance (ties near the
# middle), a break of exactly twice the tolerance, one of twice the tolerance and a minute,
# a session crossing midnight, a second day.
SLOTS = [
    Slot(1, "Opening", "Auditorium", at(7), at(7, 30)),
    Slot(2, "Roundtable", "Roundtable Room", at(7, 30), at(9)),
    Slot(3, "Workshop", "Room B", at(7, 30), at(8, 40)),
    Slot(4, "Keynote", "Auditorium", at(7, 30), at(8, 30)),
    Slot(5, "Panel", "Auditorium", at(8, 50), at(9, 40)),
    Slot(6, "Lunch talk", "Room B", at(9, 10), at(9, 50)),
    Slot(7, "Afternoon", "Auditorium", at(10, 10), at(11, 0, 29)),
    Slot(8, "Late", "Auditorium", at(11, 31) + US, at(12)),  # halves of odd microseconds
    Slot(9, "Night", "Auditorium", at(21, 30), at(0, 30, day=2)),
    Slot(10, "Day two", "Auditorium", at(7, day=2), at(8, day=2)),
    Slot(11, "Day two B", "Room B", at(8, 0, 30, day=2), at(9, day=2)),
]


def _edges(slots: list[Slot]) -> list[datetime]:
    """Moments around every place the outcome may change, and the middles of breaks."""
    tol, out = DEFAULT_TOLERANCE, []
    for s in slots:
        for base in (s.start, s.end, s.start - tol, s.end + tol):
            out += [base + k * US for k in (-2, -1, 0, 1, 2)]
            out += [base + timedelta(seconds=k) for k in (-61, -60, -59, -1, 1, 59, 60, 61)]
    for a in slots:
        for b in slots:
            if a.end < b.start:
                mid = a.end + (b.start - a.end) / 2
                for d in (-60, -30, 0, 30, 60):
                    c = mid + timedelta(seconds=d / 2)
                    out += [c + k * US for k in (-2, -1, 0, 1, 2)]
    return out


def test_time_outcomes_match_the_rules_moment_by_moment() -> None:
    outcomes = TimeOutcomes(SLOTS, DEFAULT_TOLERANCE, BXL)
    rng = random.Random(19)
    moments = _edges(SLOTS) + [
        at(0) + timedelta(microseconds=rng.randrange(-86400 * 10**6, 3 * 86400 * 10**6))
        for _ in range(4000)
    ]
    seen = set()
    for m in sorted(moments):
        want = propose_one(ItemFacts(1, "photo", m), SLOTS, DEFAULT_TOLERANCE, BXL)
        assert outcomes.at(m) == (want.session_id, want.reason), m
        lo, hi = outcomes.around(m)
        assert lo <= m <= hi
        seen.add(want.why)
    # every outcome a moment can have was met: inside one or parallel sessions, near one,
    # equally near two (a tie), near none, on a date with no session
    assert seen == {
        Why.INSIDE, Why.PARALLEL, Why.BREAK, Why.BREAK_TIE, Why.BREAK_NONE, Why.OUTSIDE_DAYS
    }  # fmt: skip


def test_recordings_in_one_stretch_match_the_rules() -> None:
    outcomes = TimeOutcomes(SLOTS, DEFAULT_TOLERANCE, BXL)
    rng = random.Random(7)
    checked = set()
    for begin in _edges(SLOTS)[::7]:
        for length in (0.5, 2.0, 95.0, 1800.0, rng.uniform(1, 4000)):
            end = begin + timedelta(seconds=length)
            item = ItemFacts(1, "video", begin, length)
            want = propose_one(item, SLOTS, DEFAULT_TOLERANCE, BXL)
            got = outcomes.over(begin, end)
            if got is not None:
                checked.add(want.why)
                assert got == (want.session_id, want.reason), (begin, length)
    # inside one or parallel sessions, near one or two equally, near none
    assert checked >= {
        Why.RECORDING, Why.RECORDING_PARALLEL, Why.BREAK, Why.BREAK_TIE, Why.BREAK_NONE
    }  # fmt: skip


def test_decks_scored_against_the_sessions_sharing_a_word_get_the_same_proposals() -> None:
    slots = [
        Slot(1, "Welcome and opening", "Auditorium", at(7), at(7, 30), speakers=("Amara Okonkwo",)),
        Slot(2, "EMN roundtable on Skills Mobility Partnerships", "Roundtable Room", at(7, 30),
             at(9), speakers=("Hélène Marchetti",), event_title="Skills Mobility Partnerships"),
        Slot(3, "Parallel workshop", "Room B", at(7, 30), at(9)),
        Slot(4, "Opening remarks", "Room B", at(9, 30), at(10)),
        Slot(5, "EPRS presentation on migration", "Auditorium", at(9, 30), at(10, 30),
             speakers=("Lukas Brandtner",)),
        Slot(6, "Workshop", "Auditorium", at(11), at(12)),
    ]  # fmt: skip
    names = [
        "EMN_roundtable_final.pptx", "opening.pdf", "Welcome-opening-v2.pdf",
        "parallel workshop.odp", "workshop.pdf", "IMG_0019.JPG", "notes.pdf",
        "Marchetti slides.pdf", "Hélène Marchetti - policy.pdf", "EPRS migration.pptx",
        "opening remarks.pdf", "Lukas Brandtner.pdf", "skills mobility.pdf", "",
    ]  # fmt: skip
    texts = ["", "Amara Okonkwo", "roundtable", "EPRS presentation", "the workshop"]
    words = [rules._slot_words(s) for s in slots]
    index = rules.deck_index(words)
    reasons = set()
    for n, name in enumerate(names):
        for text in texts:
            item = ItemFacts(n, "slides", None, name=name, deck_text=text, session_id=3)
            want = rules._propose_deck(item, words)
            got = rules._propose_deck(item, words, index)
            assert got == want and got.params == want.params, (name, text)
            reasons.add(want.reason)
    assert reasons == {Reason.DECK, Reason.NO_MATCH, Reason.OVERLAP}
    # no session at all: nothing to score, as before
    alone = rules._propose_deck(ItemFacts(1, "slides", None, name="x.pdf"), [], {})
    assert alone == rules._propose_deck(ItemFacts(1, "slides", None, name="x.pdf"), [])


def test_decks_naming_no_session_are_not_scored_against_each(monkeypatch) -> None:
    """A phone's 20,000 documents named IMG_1234.pdf against 128 sessions were 2.56 million
    scores, nearly all 0: the sessions sharing no word with a deck are not scored."""
    slots = [Slot(i, f"Room {i % 4} session {i}", None, at(7 + i), at(8 + i)) for i in range(8)]
    scores = []
    real = rules._score
    monkeypatch.setattr(rules, "_score", lambda *a: scores.append(1) or real(*a))
    decks = [ItemFacts(i, "document", None, name=f"IMG_{i:04d}.pdf") for i in range(200)]
    decks.append(ItemFacts(999, "document", None, name="session 3 slides.pdf"))
    found = rules.propose(decks, slots)
    assert [p.reason for p in found[:200]] == [Reason.NO_MATCH] * 200
    assert found[0].detail == "no session matches the deck well enough (best 0.00)"
    assert found[200].reason == Reason.DECK and found[200].session_id == 3
    assert len(scores) == len(slots)  # the last one's, against the sessions saying "session"


def test_many_items_get_the_proposals_the_rules_give_one_by_one() -> None:
    """``propose`` works out what a stretch of the programme comes to once for its photos:
    every proposal (session, reason, explanation, values) is the one ``propose_one`` gives
    the item alone, against every session, at moments around every boundary, with rooms."""
    rng = random.Random(3)
    moments = sorted(_edges(SLOTS)) + [
        at(0) + timedelta(seconds=rng.randrange(-86400, 3 * 86400)) for _ in range(500)
    ]
    items = []
    for n, m in enumerate(moments):
        kw: dict = {"session_id": rng.choice([None, 2, 5])}
        if n % 9 == 0:
            kw.update(kind="video", duration_s=rng.choice([3.0, 95.0, 2000.0]))
        if n % 4 == 1:
            kw.update(room=rng.choice(["Auditorium", "room b", "Nowhere"]))
        if n % 31 == 2:
            kw.update(assignment="manual")
        if n % 37 == 3:
            kw.update(time_source="mtime")
        items.append(ItemFacts(n, kw.pop("kind", "photo"), m, **kw))
    items += [ItemFacts(-1, "photo", None), ItemFacts(-2, "slides", None, name="Keynote.pdf")]
    got = rules.propose(items, SLOTS, DEFAULT_TOLERANCE, BXL)
    whys = set()
    for item, p in zip(items, got, strict=True):
        want = propose_one(item, SLOTS, DEFAULT_TOLERANCE, BXL)
        assert p == want and p.params == want.params, item
        whys.add(want.why)
    assert whys >= {
        Why.INSIDE, Why.PARALLEL, Why.BREAK, Why.BREAK_TIE, Why.BREAK_NONE, Why.OUTSIDE_DAYS,
        Why.RECORDING, Why.MANUAL, Why.NO_TIME, Why.FILE_DATE, Why.DECK,
    }  # fmt: skip


def test_a_days_photos_ask_the_rules_once_per_stretch(monkeypatch) -> None:
    """5,000 photos of a morning: the sessions they lie in or near are worked out for each
    stretch of the programme, not for each photo (~10 us each for 65,000 at a million):
    the sessions are looked at (their rooms first) a few times, not for every photo."""
    asked = []
    real = rules._room_ok
    monkeypatch.setattr(rules, "_room_ok", lambda *a: asked.append(1) or real(*a))
    photos = [ItemFacts(i, "photo", at(7) + timedelta(seconds=4 * i)) for i in range(5000)]
    found = rules.propose(photos, SLOTS, DEFAULT_TOLERANCE, BXL)
    assert {p.reason for p in found} >= {Reason.INSIDE, Reason.OVERLAP, Reason.BREAK}
    assert 0 < len(asked) < 100
