"""A day's proposals worked out in bulk (``proposals.propose_rows``: photos by their
stretch, recordings by their overlaps, each proposal made when read) are those of the
rules item by item: every session, reason, explanation and param, in the same order,
read in any order; and the counts, ticks and what Apply reads, without making them."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from tests.core.organise.test_assign_by_stretch import BXL, SLOTS, US, _edges, at

from smparchive.core.domain import assign as rules
from smparchive.core.domain import proposals as bulk
from smparchive.core.domain.assign import DEFAULT_TOLERANCE, ItemFacts, Why, propose_one


def _items() -> list[tuple[object, ...]]:
    """Photos and recordings at every edge (± 1 us), rooms known or not, clips ending on
    an edge, the file's date only, by hand, no time, decks: in time order as read."""
    rng = random.Random(37)
    rooms = [None, None, "Auditorium", "room b", ""]
    moments = sorted(_edges(SLOTS))
    rows: list[tuple[object, ...]] = []
    for n, m in enumerate(moments):
        room = rooms[n % len(rooms)]
        cur = rng.choice([None, None, 1, 2, 5, 7])
        how = "auto" if cur else None
        rows.append((n, "photo", m, None, cur, how, f"P{n}.JPG", room, "", "exif"))
        if n % 3 == 0:  # a clip starting here, or ending here (to the microsecond)
            length = rng.choice([0.5, 2.0, 4.0, 95.0, 1900.0, 0.000001, -5.0])
            begin = m - timedelta(seconds=length) if n % 2 else m
            kind = "video" if n % 4 else "audio"
            rows.append((10**6 + n, kind, begin, length, cur, how, f"C{n}.MP4", room, "", "exif"))
        if n % 17 == 0:
            rows.append((2 * 10**6 + n, "photo", m, None, 2, "manual", "hand.JPG", None, "", None))
        if n % 19 == 0:
            rows.append((3 * 10**6 + n, "video", m, 60.0, cur, how, "copy.MP4", None, "", "mtime"))
        if n % 23 == 0:
            rows.append(
                (4 * 10**6 + n, "photo", m, None, None, None, "mtime.JPG", None, "", "mtime")
            )
        if n % 29 == 0:
            rows.append((5 * 10**6 + n, "video", m, 0.0, cur, how, "zero.MP4", room, "", "exif"))
    rows.sort(key=lambda r: (r[2], r[0]))
    rows[:0] = [
        (7 * 10**6, "photo", None, None, None, None, "untimed.JPG", None, "", None),
        (7 * 10**6 + 1, "slides", None, None, 3, "auto", "Workshop.pdf", None, "Workshop", None),
        (7 * 10**6 + 2, "document", at(8), None, None, None, "Keynote.pdf", None, "", None),
        (7 * 10**6 + 3, "slides", at(8), None, None, None, "notes.pdf", None, "", None),
        (7 * 10**6 + 4, "slides", at(8), 30.0, None, None, "Keynote.key", None, "", None),
    ]
    later = at(12, day=5)  # a date with no session
    rows += [(8 * 10**6 + k, "photo", later + k * US, None, None, None, "x", None, "", None)
             for k in range(3)]  # fmt: skip
    return rows


def _reference(rows: list[tuple[object, ...]]) -> list[rules.Proposal]:
    return [
        propose_one(ItemFacts(*r), SLOTS, DEFAULT_TOLERANCE, BXL)  # type: ignore[arg-type]
        for r in rows
    ]


def test_proposals_in_bulk_are_those_of_the_rules_item_by_item() -> None:
    rows = _items()
    want = _reference(rows)
    got = bulk.propose_rows(rows, SLOTS, DEFAULT_TOLERANCE, BXL)
    assert len(got) == len(want) > 2500
    # read in any order: backwards, at random, by slices and negative indexes
    order = list(range(len(want)))
    random.Random(3).shuffle(order)
    for i in [*range(len(want) - 1, len(want) - 500, -1), *order]:
        g, w = got[i], want[i]
        assert g == w and g.params == w.params and g.detail == w.detail, (i, g, w)
    assert got[-1] == want[-1] and got[-len(want)] == want[0]
    assert got[100:140] == want[100:140] and got[::-97] == want[::-97]
    assert got == want
    with pytest.raises(IndexError):
        got[len(want)]
    # every explanation the rules give was met
    assert {p.why for p in want} >= set(Why) - {Why.DECK_TIE, Why.DECK}


def test_counts_ticks_and_apply_read_the_rows_without_making_proposals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = _items()
    want = _reference(rows)
    made: list[int] = []
    real = rules.Proposal.__init__

    def counting(self: rules.Proposal, *args: object, **kw: object) -> None:
        made.append(1)
        real(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(rules.Proposal, "__init__", counting)
    got = bulk.propose_rows(rows, SLOTS, DEFAULT_TOLERANCE, BXL)
    changes, by_reason = got.counts()
    outcomes = bulk.outcomes(got)
    changing = got.rows_where(actionable=True)
    choosing = got.rows_where(actionable=True, reasons=("overlap",))
    # only the items outside the bulk (by hand, no time, the file's date, decks) were made
    outside = [
        r
        for r in rows
        if r[5] == "manual" or r[2] is None or r[9] == "mtime" or r[1] in rules.DECK_KINDS
    ]
    assert len(made) == len(outside) < len(want) // 5
    assert changes == sum(p.actionable for p in want)
    assert by_reason == {r: sum(p.reason == r for p in want) for r in {p.reason for p in want}}
    assert outcomes == bulk.outcomes(want)
    assert changing == [i for i, p in enumerate(want) if p.actionable]
    assert choosing == [i for i, p in enumerate(want) if p.actionable or p.reason == "overlap"]
    assert got.item_ids() == [p.item_id for p in want]
    assert [got.actionable(i) for i in range(len(want))] == [p.actionable for p in want]
    assert [got.reason(i) for i in range(0, len(want), 7)] == [p.reason for p in want[::7]]


def test_a_recording_of_one_microsecond_on_an_edge() -> None:
    """The shortest clip against a session's start and end, a microsecond either side."""
    rows = []
    for s in SLOTS:
        for base in (s.start, s.end):
            for k in (-1, 0, 1):
                rows.append((len(rows), "video", base + k * US, 0.000001, None, None, "c", None,
                             "", None))  # fmt: skip
    assert bulk.propose_rows(rows, SLOTS, DEFAULT_TOLERANCE, BXL) == _reference(rows)
