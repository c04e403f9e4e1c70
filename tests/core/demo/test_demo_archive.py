"""End-to-end checks of one generated demo archive, read back with independent libraries."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import av
import exifread
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps, ImageStat
from pptx import Presentation

from smparchive.core.demo import MARKER, DemoManifest, generate_demo
from smparchive.core.demo.content import DECKS
from smparchive.core.organise.schedule_formats import ParsedSession, parse_schedule
from smparchive.core.progress import ProgressEvent

pytestmark = pytest.mark.slow
BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoManifest, list[ProgressEvent]]:
    events: list[ProgressEvent] = []
    manifest = generate_demo(tmp_path_factory.mktemp("demo") / "SMP 2022", progress=events.append)
    return manifest, events


@pytest.fixture(scope="module")
def manifest(demo: tuple[DemoManifest, list[ProgressEvent]]) -> DemoManifest:
    return demo[0]


def local(day: int, hour: int, minute: int) -> datetime:
    return datetime(2022, 6, day, hour, minute, tzinfo=BRUSSELS)


# The programme as the brief states it: (title start, room, start, end).
EXPECTED = [
    ("Welcome and opening", None, local(1, 9, 0), local(1, 9, 30)),
    ("EMN roundtable: policy debate", "Roundtable Room", local(1, 9, 30), local(1, 11, 0)),
    ("EPRS presentation on EU economic migration policy", "Auditorium", local(1, 11, 30),
     local(1, 12, 30)),
    ("Working group", "Roundtable Room", local(1, 14, 0), local(1, 15, 30)),
    ("National implementation in Belgium", "Auditorium", local(2, 9, 30), local(2, 11, 0)),
    ("Debate with the audience", "Auditorium", local(2, 11, 30), local(2, 12, 30)),
    ("Closing", None, local(2, 12, 30), local(2, 13, 0)),
]  # fmt: skip


def test_every_listed_file_exists_and_progress_was_reported(
    demo: tuple[DemoManifest, list[ProgressEvent]],
) -> None:
    manifest, events = demo
    root = manifest.target
    assert (root / MARKER).is_file()
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    assert on_disk == set(manifest.paths()) | {MARKER}
    assert [e.done for e in events] == list(range(len(events)))
    assert events[-1].done == events[-1].total == len(manifest.paths())
    reread = DemoManifest.from_json((root / MARKER).read_text("utf-8"), root)
    assert reread == manifest


def test_schedule_json_round_trips_to_the_programme(manifest: DemoManifest) -> None:
    schedule = parse_schedule(manifest.target / "Programme/schedule.json")
    assert schedule.format == "frab-json"
    assert schedule.conference.time_zone == "Europe/Brussels"
    assert (schedule.conference.start.isoformat(), schedule.conference.end.isoformat()) == (
        "2022-06-01",
        "2022-06-02",
    )
    assert schedule.warnings == ()
    assert len(schedule.sessions) == len(EXPECTED)
    for session, (title, room, start, end) in zip(schedule.sessions, EXPECTED, strict=True):
        assert session.title.startswith(title)
        assert room is None or session.room == room
        assert session.start_utc == start.astimezone(UTC)
        assert session.end_utc == end.astimezone(UTC)
        assert session.speakers, session.title
    flagged = [s.title for s in schedule.sessions if s.do_not_record]
    assert len(flagged) == 1 and flagged[0].startswith("Working group")
    break_start, break_end = local(1, 11, 0), local(1, 11, 30)
    assert not any(s.start_utc < break_end and s.end_utc > break_start for s in schedule.sessions)


def test_schedule_csv_agrees_with_schedule_json(manifest: DemoManifest) -> None:
    def key(s: ParsedSession) -> tuple[object, ...]:
        return (s.external_id, s.title, s.room, s.start_utc, s.end_utc, s.speakers, s.track,
                s.do_not_record, s.do_not_publish)  # fmt: skip

    from_json = parse_schedule(manifest.target / "Programme/schedule.json")
    from_csv = parse_schedule(manifest.target / "Programme/schedule.csv", "Europe/Brussels")
    assert [key(s) for s in from_csv.sessions] == [key(s) for s in from_json.sessions]


def test_photo_plan_covers_sessions_breaks_and_both_cameras(manifest: DemoManifest) -> None:
    photos = manifest.photos
    assert len(photos) == 60
    assert {p.camera for p in photos} == {"A", "B"}
    schedule = parse_schedule(manifest.target / "Programme/schedule.json")
    for photo in photos:  # the ground truth agrees with the published programme
        running = [s for s in schedule.sessions if s.start_utc <= photo.captured_utc < s.end_utc]
        assert [s.external_id for s in running] == ([photo.session_guid] if photo.session_guid
                                                    else [])  # fmt: skip
    coffee = [p for p in photos if local(1, 11, 0) <= p.captured_utc < local(1, 11, 30)]
    before = [p for p in photos if p.captured_utc < local(1, 9, 0)]
    assert len(coffee) >= 2 and len(before) >= 2
    assert all(p.session_key is None for p in coffee + before)
    assert sum(p.orientation == 6 for p in photos) == 2
    assert 1 <= sum(p.gps is not None for p in photos) <= 6
    assert 1 <= sum(p.exif_offset is not None for p in photos) < len(photos) // 4
    with_b = {p.session_key for p in photos if p.camera == "B" and p.session_key}
    assert len(with_b) >= 5  # camera B shot most sessions: its offset can be estimated


def test_photo_exif_holds_the_planned_clock_times(manifest: DemoManifest) -> None:
    for photo in manifest.photos:
        with (manifest.target / photo.path).open("rb") as handle:
            tags = exifread.process_file(handle, details=False)
        written = datetime.strptime(str(tags["EXIF DateTimeOriginal"]), "%Y:%m:%d %H:%M:%S")
        true_local = photo.captured_utc.astimezone(BRUSSELS).replace(tzinfo=None)
        shift = timedelta(hours=-1) if photo.camera == "B" else timedelta(0)
        assert written == (true_local + shift).replace(microsecond=0), photo.path
        assert str(tags["EXIF BodySerialNumber"]) == {"A": "A1234", "B": "B5678"}[photo.camera]
        assert str(tags["Image Model"]) == {"A": "Canon EOS R6", "B": "NIKON Z 6_2"}[photo.camera]
        assert ("EXIF OffsetTimeOriginal" in tags) == (photo.exif_offset is not None)
        assert tags["Image Orientation"].values == [photo.orientation]
        assert ("GPS GPSLatitude" in tags) == (photo.gps is not None)
        if photo.gps:
            d, m, s = (float(v.num) / float(v.den) for v in tags["GPS GPSLatitude"].values)
            assert d + m / 60 + s / 3600 == pytest.approx(photo.gps[0], abs=1e-5)


def test_photos_are_photo_like_and_portraits_display_upright(manifest: DemoManifest) -> None:
    for photo in manifest.photos[:6]:
        path = manifest.target / photo.path
        assert path.stat().st_size > 150_000  # grain keeps them from compressing to nothing
        with Image.open(path) as image:
            assert image.format == "JPEG" and image.size == (1600, 1067)
    for photo in (p for p in manifest.photos if p.orientation == 6):
        with Image.open(manifest.target / photo.path) as image:
            assert image.size == (1600, 1067)  # stored sideways, as the sensor saw it
            upright = ImageOps.exif_transpose(image)
        assert upright.size == (1067, 1600)
        banner = ImageStat.Stat(upright.crop((0, 0, 1067, 60))).mean
        assert banner[2] > banner[0] + 40  # the navy banner is at the top once rotated


def test_pdfs_have_extractable_text(manifest: DemoManifest) -> None:
    pdfs = [d for d in manifest.documents if d.format == "pdf"]
    assert len(pdfs) == 4
    all_text = []
    for document in pdfs:
        pdf = pdfium.PdfDocument(manifest.target / document.path)
        try:
            assert len(pdf) == document.pages
            assert pdf.get_metadata_dict()["Title"].startswith(document.title)
            width, height = pdf[0].get_size()
            is_note = document.session_key is None
            assert (height > width) if is_note else (width > height)
            text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
        all_text.append(text)
        deck = next((d for d in DECKS if d.session_key == document.session_key), None)
        if deck is not None:
            for slide in deck.slides:
                assert slide.title in text
    assert len(pdfs) and "Région de Bruxelles-Capitale" in "".join(all_text).replace("\r\n", " ")
    assert "réunion" in all_text[-1]  # the concept note


def test_pptx_decks_have_titles_bullets_and_notes(manifest: DemoManifest) -> None:
    decks = [d for d in manifest.documents if d.format == "pptx"]
    assert len(decks) == 3
    for document in decks:
        deck = next(d for d in DECKS if d.session_key == document.session_key)
        prs = Presentation(str(manifest.target / document.path))
        assert prs.core_properties.title == deck.title
        assert len(prs.slides) == len(deck.slides) == document.pages
        for slide, expected in zip(prs.slides, deck.slides, strict=True):
            assert slide.shapes.title.text == expected.title
            body = slide.placeholders[1].text_frame.text
            assert expected.bullets[-1] in body
            assert slide.has_notes_slide
            assert slide.notes_slide.notes_text_frame.text == expected.notes


def test_recordings_decode_with_creation_time_and_holding_frames(manifest: DemoManifest) -> None:
    assert [r.session_key for r in manifest.recordings] == ["emn-roundtable", "belgium"]
    for recording in manifest.recordings:
        with av.open(str(manifest.target / recording.path)) as container:
            created = container.metadata["creation_time"]
            assert datetime.fromisoformat(created.replace("Z", "+00:00")) == recording.creation_utc
            assert container.duration / 1e6 == pytest.approx(recording.duration_s, abs=0.2)
            stream = container.streams.video[0]
            assert stream.codec_context.name == recording.video_codec
            assert (stream.width, stream.height) == (640, 360)
            assert container.streams.audio, "the recording has a sound track"
            frames = [f.to_image() for f in container.decode(video=0)]
        assert len(frames) == int(recording.duration_s * recording.fps)
        dark = ImageStat.Stat(frames[10].convert("L")).mean[0]
        bars = ImageStat.Stat(frames[50].convert("HSV")).mean[1]  # saturation
        stage = ImageStat.Stat(frames[200].convert("L")).mean[0]
        assert dark < 20 and bars > 100 and stage > 40
    day_one = manifest.recordings[0].creation_utc
    assert day_one == local(1, 9, 30).astimezone(UTC)


def _hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_regenerating_into_the_demo_folder_is_allowed_and_identical(
    manifest: DemoManifest,
) -> None:
    root = manifest.target
    before = _hashes(root)
    (root / "my notes.txt").write_text("keep me", encoding="utf-8")
    again = generate_demo(root)
    assert again == manifest
    after = _hashes(root)
    assert after.pop("my notes.txt")
    assert after == before  # byte-for-byte reproducible, PPTX and MP4 included
