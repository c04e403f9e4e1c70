"""The assignment preview read in bulk: the same proposals, in the same order, as reading
each item's facts through the column types and asking the rules about it alone."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from smparchive.core.catalog import cameras
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.models import MediaItem
from smparchive.core.catalog.ops_organise_assign import _deck_texts
from smparchive.core.catalog.ops_organise_time import load_slots, main_event_zone
from smparchive.core.domain import assign as rules
from smparchive.core.domain import proposals as bulk
from smparchive.core.domain import time as t

BXL = ZoneInfo("Europe/Brussels")
CAMS = [
    {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "B2"},
    {"camera_make": "NIKON", "camera_model": "Z 6", "camera_serial": "A1"},
    {"camera_make": "Apple", "camera_model": "iPhone 13", "camera_serial": ""},
]
ROOMS = {"Canon|EOS R6|B2": "Auditorium", "NIKON|Z 6|A1": "room b"}


def reference(catalog: Any, ids: list[int] | None, rooms: dict[str, str]) -> list[rules.Proposal]:
    """Facts read through the column types (as the preview read them first), sorted as
    ORDER BY capture_utc, id sorts, each proposed alone against every session."""
    with catalog._read() as s:
        q = select(
            MediaItem.id, MediaItem.kind, MediaItem.name, MediaItem.capture_utc,
            MediaItem.duration_s, MediaItem.session_id, MediaItem.assignment,
            MediaItem.camera_id, MediaItem.creator, MediaItem.capture_source,
        )  # fmt: skip
        if ids is None:
            rows = list(s.execute(q))
        else:
            rows = [r for c in chunked(ids) for r in s.execute(q.where(MediaItem.id.in_(c)))]
        epoch = datetime(1970, 1, 1, tzinfo=UTC)
        first = s.get_bind().dialect.name == "sqlite"  # undated first; PostgreSQL: last
        rows.sort(
            key=lambda r: ((r.capture_utc is not None) == first, r.capture_utc or epoch, r.id)
        )
        texts = _deck_texts(s, [r.id for r in rows if r.kind in rules.DECK_KINDS])
        known = cameras.all_cameras(s)
        slots, tz = load_slots(s), main_event_zone(s)
    out = []
    for r in rows:
        room = rooms.get(t.camera_key(*cameras.parts_of(known, r.camera_id)))
        text = texts.get(r.id, "") + (" " + r.creator if r.creator else "")
        facts = rules.ItemFacts(
            r.id, r.kind, r.capture_utc, r.duration_s, r.session_id, r.assignment, r.name,
            room, text, r.capture_source,
        )  # fmt: skip
        out.append(rules.propose_one(facts, slots, rules.DEFAULT_TOLERANCE, tz))
    return out


def test_a_large_selection_gets_the_proposals_of_the_rules_item_by_item(
    catalog: Any, add_items: Any
) -> None:
    check(catalog, add_items)


def test_the_same_proposals_on_postgresql(pg_catalog: Any, item_inserter: Any, tmp_path) -> None:
    check(pg_catalog, lambda specs: item_inserter(pg_catalog, tmp_path / "media", specs))


def programme_and_items(catalog: Any, add_items: Any) -> list[int]:
    """The edge-case day: five sessions (two in parallel, a break of 10 min, one starting
    on a half minute), 1,300 items of every kind the rules tell apart; their ids."""
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    for title, start, end, room, speakers in (
        ("Opening", (9, 0), (9, 30), "Auditorium", ["Amara Okonkwo"]),
        ("EMN roundtable", (9, 30), (11, 0), "Roundtable Room", ["Hélène Marchetti"]),
        ("Parallel workshop", (9, 30), (10, 40), "Room B", []),
        ("EPRS presentation", (10, 50), (11, 40), "Auditorium", ["Lukas Brandtner"]),
        ("Closing", (11, 45, 30), (12, 30), "Room B", []),
    ):
        catalog.add_session(
            title, datetime(2022, 6, 1, *start, tzinfo=BXL), datetime(2022, 6, 1, *end, tzinfo=BXL),
            room=room, speakers=speakers,
        )  # fmt: skip
    rng = random.Random(1)
    base = datetime(2022, 6, 1, 6, 30, tzinfo=UTC)
    specs: list[dict[str, Any]] = []
    for n in range(1300):  # more than one IN list of ids
        spec: dict[str, Any] = {**CAMS[n % 3]}
        if n % 50 == 0:
            spec["capture_utc"] = None
        elif n % 97 == 8:
            spec["capture_utc"] = base + timedelta(days=2)  # a date with no session
        elif n % 40 == 1:
            spec["capture_utc"] = base + timedelta(minutes=60)  # the same moment, many items
        else:
            spec["capture_utc"] = base + timedelta(seconds=rng.randrange(5 * 3600))
        if n % 6 == 2:
            spec.update(kind="video", duration_s=rng.choice([4.0, 95.0, 1900.0]))
        if n % 29 == 3:
            spec.update(assignment="manual", session_id=1)
        elif n % 7 == 4:
            spec.update(assignment="auto", session_id=2)
        if n % 33 == 5:
            spec.update(capture_source="mtime")
        if n % 45 == 6:
            name = rng.choice(["EMN_roundtable", "opening", "IMG_1", "workshop notes"])
            spec.update(kind="slides", name=name, rel_path=f"{n}/{name}.pdf",
                        creator=rng.choice([None, "Lukas Brandtner"]))  # fmt: skip
        specs.append(spec)
    # at every session's edges and the tolerance's, a microsecond either side: photos (some
    # with a local time and no zone), clips starting there or ending there
    us, tol = timedelta(microseconds=1), rules.DEFAULT_TOLERANCE
    for k, session in enumerate(catalog.sessions()):
        for edge in (session.start, session.end, session.start - tol, session.end + tol):
            for d in (-us, timedelta(0), us):
                moment = edge.astimezone(UTC) + d
                spec = {**CAMS[k % 3], "capture_utc": moment}
                if len(specs) % 4 == 0:
                    spec["capture_offset_min"] = None  # a local time, no zone known
                specs.append(spec)
                specs.append(
                    {
                        **CAMS[(k + 1) % 3],
                        "kind": "video",
                        "duration_s": 95.0,
                        "capture_utc": moment - timedelta(seconds=95 * (len(specs) % 2)),
                    }
                )
    ids = add_items(specs)
    deck = next(i for i, sp in zip(ids, specs, strict=True) if sp.get("kind") == "slides")
    catalog.set_text([deck], "title", "en", "EPRS presentation on migration")
    return ids


def check(catalog: Any, add_items: Any) -> None:
    ids = programme_and_items(catalog, add_items)
    rng = random.Random(2)
    chosen = [i for i in ids if i % 5 != 0]
    rng.shuffle(chosen)
    whys = set()
    for selection, rooms in ((chosen, {}), (chosen, ROOMS), (None, ROOMS), (chosen[:300], {})):
        got = catalog.propose_assignments(selection, camera_rooms=rooms)
        want = reference(catalog, selection, rooms)
        assert [p.item_id for p in got] == [p.item_id for p in want]
        # read in any order (a table scrolled anywhere), and what Apply and the counts read
        order = list(range(len(want)))
        rng.shuffle(order)
        for i in order:
            assert got[i] == want[i] and got[i].params == want[i].params, got[i].item_id
        assert bulk.outcomes(got) == bulk.outcomes(want)
        assert got.counts()[0] == sum(p.actionable for p in want)
        whys |= {p.why for p in want}
    assert whys == set(rules.Why) - {rules.Why.DECK_TIE}
    # what the Assign dialog shows of each proposal, as the items' records say it
    shown = catalog.proposed_items([*chosen, chosen[0]])
    assert sorted(shown) == sorted(chosen)
    for rec in catalog.items(chosen):
        row = shown[rec.id]
        assert (row.name, row.capture_utc, row.capture_offset_min) == (
            rec.name, rec.capture_utc, rec.capture_offset_min
        )  # fmt: skip
        assert (row.capture_source, row.clock_shift_s) == (rec.capture_source, rec.clock_shift_s)
    # the Assign dialog takes them from the rules' own reading (one statement, not two):
    # the same name and time for every row, the same proposals
    for selection in (chosen, chosen[:300]):
        together: dict[int, Any] = {}
        got = catalog.propose_assignments(selection, shown=together)
        assert got == catalog.propose_assignments(selection)
        assert together == catalog.proposed_items(selection)
