"""Segments from the programme: a generated day recording whose sessions change at known
seconds (black, silence, new scene), late against the programme; cuts are found there."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.records import SessionRecord
from smparchive.core.demo.dayrecording import Part, write_day_recording
from smparchive.core.organise.segments import programme_cuts, propose_segments

START = datetime(2022, 6, 2, 8, 0, tzinfo=UTC)
CHANGES = (130.0, 250.0)  # where the recording really changes session
SECONDS = 300.0
TOLERANCE_S = 0.5


@pytest.fixture(scope="module")
def day_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("day")
    path = folder / "room-a-day2.mp4"
    write_day_recording(
        path,
        parts=[
            Part(0, (150, 118, 88)),
            Part(CHANGES[0], (104, 124, 146)),
            Part(CHANGES[1], (60, 140, 90)),
        ],
        seconds=SECONDS,
        created_utc=START,
    )
    return path


@pytest.fixture
def scanned(catalog: Any, day_file: Path) -> dict[str, Any]:
    from smparchive.core.ingest import ScanOptions, scan

    root = catalog.add_root(day_file.parent).value
    scan(catalog, [root], options=ScanOptions(workers=0))
    (video,) = catalog.query_ids()
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    ids = []
    # the programme is ten seconds early on every change; the third session runs on
    for n, (title, a, b, speakers) in enumerate(
        [
            ("Opening keynote", 0, 120, ["Jane Doe"]),
            ("EMN roundtable", 120, 240, ["Ann Lee", "Bo Kim", "Cy Dee"]),
            ("Closing", 240, 420, []),
        ]
    ):
        ids.append(
            catalog.add_session(
                title,
                START + timedelta(seconds=a),
                START + timedelta(seconds=b),
                room="Auditorium",
                speakers=speakers,
            ).value
        )
        assert n == len(ids) - 1
    # a parallel session in another room is not this recording's
    catalog.add_session(
        "Side event", START + timedelta(seconds=30), START + timedelta(seconds=200), room="Hall B"
    )
    return {"video": video, "sessions": ids, "path": day_file}


def test_cuts_fall_on_the_recording_s_changes_not_the_programme(
    catalog: Any, scanned: dict[str, Any]
) -> None:
    rec = catalog.item(scanned["video"])
    assert rec.capture_utc == START and rec.duration_s == pytest.approx(SECONDS, abs=0.2)
    proposal = propose_segments(catalog, scanned["video"], window_s=60)
    cuts = proposal.cuts
    assert [c.session_id for c in cuts] == scanned["sessions"]
    assert cuts[0].start_s == 0
    assert cuts[0].end_s == pytest.approx(CHANGES[0], abs=TOLERANCE_S)
    assert cuts[1].start_s == pytest.approx(CHANGES[0], abs=TOLERANCE_S)
    assert cuts[1].end_s == pytest.approx(CHANGES[1], abs=TOLERANCE_S)
    assert cuts[2].start_s == pytest.approx(CHANGES[1], abs=TOLERANCE_S)
    assert cuts[2].end_s == pytest.approx(SECONDS, abs=0.2)
    # every cut says why it is where it is
    assert any("scene cut" in r and "+10 s from the programme" in r for r in cuts[1].reasons)
    assert any("ends with the recording" in r for r in cuts[2].reasons)
    assert any("Parallel sessions" in n or "Hall B" in n for n in proposal.notes)
    # the roundtable's three speakers make a draft of chapters inside the moved segment
    assert [c.title for c in cuts[1].chapters] == ["Ann Lee", "Bo Kim", "Cy Dee"]
    assert cuts[1].chapters[0].start_s == cuts[1].start_s
    # apply writes them; nothing was written by the proposal
    assert catalog.segments() == []
    catalog.apply_segments(scanned["video"], proposal.specs())
    assert [s.title for s in catalog.segments(scanned["video"])] == [
        "Opening keynote", "EMN roundtable", "Closing",
    ]  # fmt: skip


def test_without_refinement_the_programme_s_times_are_kept(
    catalog: Any, scanned: dict[str, Any]
) -> None:
    cuts = propose_segments(catalog, scanned["video"], refine=False).cuts
    assert [(c.start_s, c.end_s) for c in cuts] == [
        (0, 120),
        (120, 240),
        (240, pytest.approx(SECONDS, abs=0.2)),
    ]


def _slot(sid: int, a: int, b: int, room: str = "A") -> SessionRecord:
    return SessionRecord(
        id=sid, event_id=1, day_id=1, title=f"S{sid}", room=room,
        start=START + timedelta(minutes=a), end=START + timedelta(minutes=b), track=None,
        abstract=None, speakers=(), external_id=None, do_not_record=False, do_not_publish=False,
    )  # fmt: skip


def test_a_camera_clock_correction_moves_the_cuts() -> None:
    sessions = [_slot(1, 0, 30), _slot(2, 30, 60)]
    plain, _ = programme_cuts(START, 3600, sessions)
    assert [(c.start_s, c.end_s) for c in plain] == [(0, 1800), (1800, 3600)]
    # the camera was 5 minutes slow: corrected, the recording started at 08:05
    shifted, _ = programme_cuts(START + timedelta(minutes=5), 3600, sessions)
    assert [(c.start_s, c.end_s) for c in shifted] == [(0, 1500), (1500, 3300)]


def test_a_recording_outside_the_programme_gets_no_cut() -> None:
    cuts, notes = programme_cuts(START + timedelta(hours=5), 600, [_slot(1, 0, 30)])
    assert cuts == [] and "No session" in notes[0]


def test_a_short_recording_of_one_session_is_said_to_be_whole() -> None:
    # ten seconds filmed during a session: nothing to cut, and the note says which session
    cuts, notes = programme_cuts(START + timedelta(minutes=5), 10, [_slot(1, 0, 30)])
    assert cuts == []
    assert notes == ["Recorded within the session “S1” (08:00-08:30), so it belongs to it whole."]


def test_a_livestream_follows_the_programme_across_rooms() -> None:
    # opening in the auditorium, then the roundtable in its own room: not parallel, both kept
    sessions = [_slot(1, 0, 30, "Auditorium"), _slot(2, 30, 120, "Roundtable Room")]
    cuts, notes = programme_cuts(START, 7200, sessions)
    assert [c.session_id for c in cuts] == [1, 2] and notes == []
    # a parallel side event is left out, and said so
    cuts, notes = programme_cuts(START, 7200, [*sessions, _slot(3, 40, 70, "Hall B")])
    assert [c.session_id for c in cuts] == [1, 2] and "Hall B" in notes[0]


def test_a_second_events_recording_reads_its_programme_in_its_own_zone(
    catalog: Any, day_file: Path
) -> None:
    """A recording of the New York follow-up (the Brussels conference is the catalogue's
    first event): each cut's reason read 'programme 10:00-10:02', Brussels time; now
    'programme 04:00-04:02', as the follow-up's programme reads."""
    from smparchive.core.ingest import ScanOptions, scan

    root = catalog.add_root(day_file.parent).value
    scan(catalog, [root], options=ScanOptions(workers=0))
    (video,) = catalog.query_ids()
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    ny = int(catalog.create_event("SMP follow-up", time_zone="America/New_York").value)
    for title, a, b in (("Welcome", 0, 120), ("Panel", 120, 300)):
        start, end = START + timedelta(seconds=a), START + timedelta(seconds=b)
        catalog.add_session(title, start, end, event_id=ny)
    cuts = propose_segments(catalog, video, refine=False).cuts
    assert [c.reasons[0] for c in cuts] == ["programme 04:00-04:02", "programme 04:02-04:05"]
