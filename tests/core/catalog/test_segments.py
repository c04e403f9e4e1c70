"""Segments of recordings in the catalogue: add, edit, delete, undo, search, validation."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.ops_segments import SegmentSpec
from smparchive.core.catalog.records import Chapter
from smparchive.core.domain.query import parse_query
from smparchive.core.vocab import SegmentOrigin


@pytest.fixture
def recording(catalog: Any, add_items: Any) -> dict[str, int]:
    video, photo = add_items(
        [
            {"name": "day1.mp4", "kind": "video", "duration_s": 3600.0},
            {"name": "IMG_0001.JPG"},
        ]
    )
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    keynote = catalog.add_session(
        "Opening keynote",
        datetime(2022, 6, 1, 7, 0, tzinfo=UTC),
        datetime(2022, 6, 1, 7, 30, tzinfo=UTC),
        speakers=["Jane Doe", "John Roe"],
    ).value
    roundtable = catalog.add_session(
        "EMN roundtable",
        datetime(2022, 6, 1, 7, 30, tzinfo=UTC),
        datetime(2022, 6, 1, 8, 0, tzinfo=UTC),
    ).value
    return {"video": video, "photo": photo, "keynote": keynote, "roundtable": roundtable}


def test_add_edit_delete_with_undo_and_redo(catalog: Any, recording: dict[str, int]) -> None:
    video = recording["video"]
    made = catalog.add_segment(
        video, 0, 1800, "Opening keynote", session_id=recording["keynote"],
        chapters=[Chapter(start_s=900, title="John Roe"), Chapter(start_s=0, title="Jane Doe")],
    )  # fmt: skip
    seg = catalog.segment(made.value)
    assert (seg.start_s, seg.end_s, seg.title, seg.session_id) == (
        0.0, 1800.0, "Opening keynote", recording["keynote"],
    )  # fmt: skip
    assert [c.title for c in seg.chapters] == ["Jane Doe", "John Roe"]  # sorted by time
    assert made.changes.items == {video} and made.changes.sessions == {recording["keynote"]}
    assert seg.origin == SegmentOrigin.MANUAL

    edit = catalog.edit_segment(seg.id, end_s=1795.5, title="Keynote")
    assert catalog.segment(seg.id).end_s == 1795.5
    assert catalog.segment(seg.id).title == "Keynote"
    catalog.undo(edit.undo)
    assert catalog.segment(seg.id).end_s == 1800.0
    assert catalog.segment(seg.id).title == "Opening keynote"

    gone = catalog.delete_segments([seg.id])
    assert catalog.segments(video) == []
    redo = catalog.undo(gone.undo)
    back = catalog.segment(seg.id)
    assert back == seg  # the same row, chapters and all
    catalog.undo(redo.undo)  # redo the delete
    assert catalog.segments(video) == []


def test_journalled_undo_from_the_cli_side(catalog: Any, recording: dict[str, int]) -> None:
    catalog.add_segment(recording["video"], 10, 20, "Part")
    assert len(catalog.segments()) == 1
    catalog.undo_last()
    assert catalog.segments() == []
    catalog.redo_last()
    assert [s.title for s in catalog.segments()] == ["Part"]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 10, "before its recording"),
        (20, 10, "end after it starts"),
        (0, 3700, "after the end of its recording"),
    ],
)
def test_impossible_spans_are_refused(
    catalog: Any, recording: dict[str, int], start: float, end: float, message: str
) -> None:
    with pytest.raises(CatalogError, match=message):
        catalog.add_segment(recording["video"], start, end, "Bad")
    assert catalog.segments() == []


def test_only_recordings_hold_segments_and_chapters_stay_inside(
    catalog: Any, recording: dict[str, int]
) -> None:
    with pytest.raises(CatalogError, match="not a recording"):
        catalog.add_segment(recording["photo"], 0, 10, "Photo?")
    with pytest.raises(CatalogError, match="outside its segment"):
        catalog.add_segment(
            recording["video"], 0, 10, "Short", chapters=[Chapter(start_s=11, title="Late")]
        )
    with pytest.raises(CatalogError, match="No session"):
        catalog.add_segment(recording["video"], 0, 10, "Nowhere", session_id=9999)


def test_apply_replaces_programme_segments_but_keeps_hand_made_ones(
    catalog: Any, recording: dict[str, int]
) -> None:
    video, keynote, roundtable = recording["video"], recording["keynote"], recording["roundtable"]
    specs = [
        SegmentSpec(0, 1800, "Opening keynote", keynote, origin=SegmentOrigin.PROGRAMME),
        SegmentSpec(1800, 3600, "EMN roundtable", roundtable, origin=SegmentOrigin.PROGRAMME),
    ]
    first = catalog.apply_segments(video, specs)
    assert len(first.value) == 2
    # the user moves the roundtable's start by hand: it is hand-made from now on
    rt = next(s for s in catalog.segments(video) if s.session_id == roundtable)
    catalog.edit_segment(rt.id, start_s=1812.0)
    again = catalog.apply_segments(video, specs)
    assert len(again.value) == 1  # the keynote again; the roundtable kept as moved
    segs = catalog.segments(video)
    assert [(s.title, s.start_s, s.origin) for s in segs] == [
        ("Opening keynote", 0.0, SegmentOrigin.PROGRAMME),
        ("EMN roundtable", 1812.0, SegmentOrigin.MANUAL),
    ]
    catalog.undo(again.undo)
    assert len(catalog.segments(video)) == 2


def test_segments_are_found_by_title_session_and_chapter(
    catalog: Any, recording: dict[str, int]
) -> None:
    video = recording["video"]
    catalog.add_segment(
        video, 0, 1800, "Welcome", session_id=recording["keynote"],
        chapters=[Chapter(start_s=60, title="Jane Doe")],
    )  # fmt: skip
    catalog.add_segment(video, 1800, 3600, "Panel", session_id=recording["roundtable"])
    assert [s.title for s in catalog.segments(text="roundtable")] == ["Panel"]
    assert [s.title for s in catalog.segments(text="jane")] == ["Welcome"]
    assert [s.title for s in catalog.segments(session_ids=[recording["keynote"]])] == ["Welcome"]
    # in the query language: the recordings holding such a segment
    assert catalog.query_ids(parse_query("segment:panel", catalog)) == [video]
    assert catalog.query_ids(parse_query("is:segmented", catalog)) == [video]
    assert catalog.query_ids(parse_query("segment:nothing-like-it", catalog)) == []
    assert catalog.segment_counts([video, recording["photo"]]) == {video: 2}


def test_deleting_the_session_keeps_the_segment(catalog: Any, recording: dict[str, int]) -> None:
    sid = catalog.add_segment(
        recording["video"], 0, 100, "Keynote", session_id=recording["keynote"]
    )
    catalog.delete_session(recording["keynote"])
    assert catalog.segment(sid.value).session_id is None


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_search_reads_chapter_titles_not_the_json_around_them(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    cat = request.getfixturevalue("catalog" if engine == "sqlite" else "pg_catalog")
    (video,) = insert_items(
        cat, tmp_path / "media", [{"name": "day1.mp4", "kind": "video", "duration_s": 3600.0}]
    )
    cat.create_event("SMP", time_zone="Europe/Brussels")
    panel = cat.add_session(
        "EMN roundtable",
        datetime(2022, 6, 1, 7, 30, tzinfo=UTC),
        datetime(2022, 6, 1, 8, 0, tzinfo=UTC),
    ).value
    cat.add_segment(
        video, 0, 1800, "Welcome",
        chapters=[Chapter(start_s=12.5, title="Ann Lee", draft=True)],
    )  # fmt: skip
    cat.add_segment(video, 1800, 3600, "Panel", session_id=panel)

    def found(text: str) -> list[str]:
        return [s.title for s in cat.segments(text=text)]

    assert found("ann") == found("LEE") == ["Welcome"]  # a speaker's name, any case
    for word in ("title", "start", "draft", "true", "12"):  # the JSON's keys and values
        assert found(word) == [], word
    assert found("welc") == ["Welcome"] and found("roundtable") == ["Panel"]
    # the query language's segment: finds the recording the same way
    assert cat.query_ids(parse_query("segment:lee", cat)) == [video]
    assert cat.query_ids(parse_query("segment:draft", cat)) == []
