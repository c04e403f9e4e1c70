"""Recording segments exported as clips: stream copy on keyframes, chapters in the MP4 and
as WebVTT, a poster, manifests naming the source recording and the cut; consent per
segment's session; the recording itself never changes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import av
import pytest
from PIL import Image

from smparchive.core.catalog.records import Chapter
from smparchive.core.demo.dayrecording import Part, write_day_recording
from smparchive.core.export import WEB, ExportSettings
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog, preflight
from smparchive.core.media.clips import (
    ClipError,
    CutMode,
    cut_clip,
    keyframe_before,
    webvtt_chapters,
)
from smparchive.core.vocab import Consent

START = datetime(2022, 6, 2, 8, 0, tzinfo=UTC)
COLOURS = ((200, 60, 60), (60, 200, 60), (60, 60, 200))
CHANGES = (60.0, 120.0)
SECONDS = 180.0


@pytest.fixture(scope="module")
def day_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "room-a.mp4"
    write_day_recording(
        path,
        parts=[Part(0, COLOURS[0]), Part(CHANGES[0], COLOURS[1]), Part(CHANGES[1], COLOURS[2])],
        seconds=SECONDS,
        created_utc=START,
    )
    return path


def _digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def archive(catalog: Any, day_file: Path, tmp_path: Path) -> dict[str, Any]:
    from smparchive.core.ingest import ScanOptions, scan

    root = catalog.add_root(day_file.parent).value
    scan(catalog, [root], options=ScanOptions(workers=0))
    (video,) = catalog.query_ids()
    catalog.set_fields([video], consent=Consent.CLEARED)
    catalog.create_event("SMP", acronym="SMP", time_zone="Europe/Brussels")
    sessions = []
    for title, a, b, speakers, closed in (
        ("Opening keynote", 0, 60, ["Jane Doe"], False),
        ("EMN roundtable", 60, 120, ["Ann Lee", "Bo Kim"], False),
        ("Closed meeting", 120, 180, [], True),
    ):
        sessions.append(
            catalog.add_session(
                title,
                START + timedelta(seconds=a),
                START + timedelta(seconds=b),
                room="Auditorium",
                speakers=speakers,
                do_not_publish=closed,
            ).value
        )
    from smparchive.core.organise.segments import propose_segments

    proposal = propose_segments(catalog, video, window_s=20)
    catalog.apply_segments(video, proposal.specs())
    segs = catalog.segments(video)
    rt = next(s for s in segs if s.session_id == sessions[1])
    catalog.edit_segment(
        rt.id,
        chapters=[
            Chapter(start_s=rt.start_s, title="Ann Lee"),
            Chapter(start_s=90, title="Bo Kim"),
        ],
    )
    return {"video": video, "sessions": sessions, "segments": catalog.segments(video)}


def _settings(tmp_path: Path, **kw: Any) -> ExportSettings:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return ExportSettings(target_dir=out, bundle_name="clips", preset=WEB, **kw)


def test_day_export_cuts_clips_and_holds_back_the_closed_session(
    catalog: Any, archive: dict[str, Any], day_file: Path, tmp_path: Path
) -> None:
    before = _digest(day_file)
    check = preflight(catalog, ExportSource.day("2022-06-02"), _settings(tmp_path))
    # the day recording is cut into segments: it goes out as clips, not as a whole file
    assert check.source.item_ids == ()
    assert len(check.source.segment_ids) == 3
    held = check.held_back
    assert [(h.item_id, h.name, h.reasons) for h in held] == [
        (archive["video"], "Closed meeting", ("session:do_not_publish",))
    ]
    assert "Closed meeting" in check.report_text()

    report, history_id = export_from_catalog(
        catalog, ExportSource.day("2022-06-02"), _settings(tmp_path, web_page=True)
    )
    assert history_id is not None
    bundle = report.bundle
    clips = sorted(bundle.rglob("*.mp4"))
    assert len(clips) == 2
    rows = list(csv.DictReader(io.StringIO((bundle / "manifest.csv").read_text("utf-8"))))
    by_variant = {(r["dcterms:title"], r["variant"]): r for r in rows}
    keynote = by_variant[("Opening keynote", "clip")]
    roundtable = by_variant[("EMN roundtable", "clip")]
    assert keynote["source recording"] == "room-a.mp4"
    assert float(roundtable["clip start"]) == pytest.approx(CHANGES[0], abs=0.6)
    assert float(roundtable["clip end"]) == pytest.approx(CHANGES[1], abs=0.6)
    assert "Closed" not in (bundle / "manifest.json").read_text("utf-8")
    doc = json.loads((bundle / "manifest.json").read_text("utf-8"))
    assert {r["variant"] for r in doc["items"]} == {"clip", "chapters", "poster"}

    clip = bundle / roundtable["path"]
    with av.open(str(clip)) as c:
        assert c.metadata.get("title") == "EMN roundtable"
        assert float(c.duration) / 1e6 == pytest.approx(60, abs=0.7)
        titles = [ch["metadata"].get("title") for ch in c.chapters()]
        assert titles == ["Ann Lee", "Bo Kim"]
        frame = next(c.decode(video=0))
        r, g, b = frame.to_ndarray(format="rgb24")[5, 5]
        assert g > r + 60 and g > b + 60  # the roundtable's green stage, not black
    vtt = (bundle / by_variant[("EMN roundtable", "chapters")]["path"]).read_text("utf-8")
    assert vtt.startswith("WEBVTT\n\n")
    assert "00:00:00.000 --> 00:00:30.000\nAnn Lee" in vtt
    poster = Image.open(bundle / by_variant[("EMN roundtable", "poster")]["path"])
    assert poster.size == (160, 90)
    page = (bundle / "index.html").read_text("utf-8")
    assert "EMN roundtable" in page
    vtt_path = by_variant[("EMN roundtable", "chapters")]["path"]
    assert f'<track kind="chapters" src="{quote(vtt_path, safe="/")}"' in page
    # the chapters are listed under the roundtable's player, read from that track: each
    # a link opening the clip at its time, which the page's script turns into a seek
    clip_url = quote(roundtable["path"], safe="/")
    listed = re.findall(
        r'<a href="([^"]+)" data-seek="[^"]+" data-end="[^"]+" data-for="([^"]+)">'
        r'<time datetime="[^"]+">([^<]+)</time><span class="t">([^<]+)</span></a>',
        page,
    )
    assert [(href, at, name) for href, _, at, name in listed] == [
        (f"{clip_url}#t=0", "0:00", "Ann Lee"),
        (f"{clip_url}#t=30", "0:30", "Bo Kim"),
    ]
    assert f'<video id="{listed[0][1]}"' in page and (bundle / "assets/chapters.js").is_file()
    # the original is untouched; the history names each clip and counts its recording
    # among what left the archive (so a consent withdrawal finds this export)
    assert _digest(day_file) == before
    assert catalog.exported_item_ids(history_id) == [archive["video"]]
    clips = catalog.export_record(history_id).settings["report"]["clips"]
    assert sorted((c["title"], c["recording"]) for c in clips) == [
        ("EMN roundtable", archive["video"]),
        ("Opening keynote", archive["video"]),
    ]


def test_a_clip_is_dated_when_its_part_of_the_recording_was(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    # a whole recording keeps its date; a clip cut from it carries the moment its part was
    # recorded (not "0000:00:00", which players and platforms showed as no date at all)
    report, _ = export_from_catalog(
        catalog, ExportSource.session("EMN roundtable"), _settings(tmp_path)
    )
    (clip,) = report.bundle.rglob("*.mp4")
    rows = list(csv.DictReader(io.StringIO((report.bundle / "manifest.csv").read_text("utf-8"))))
    start = float(next(r for r in rows if r["variant"] == "clip")["clip start"])
    with av.open(str(clip)) as c:
        stamp = c.metadata.get("creation_time", "")
    assert stamp, "the clip has no creation date"
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert abs((when - (START + timedelta(seconds=start))).total_seconds()) < 1.5


def test_a_clip_exported_without_metadata_carries_none(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    # "strip" gave a whole video nothing, but a clip still said its title and, in a
    # comment, the recording's file name and where it was cut ('room-a.mp4 60.000-120.000 s')
    from smparchive.core.export import MetadataPolicy

    s = _settings(tmp_path, metadata=MetadataPolicy.STRIP_ALL)
    report, _ = export_from_catalog(catalog, ExportSource.session("EMN roundtable"), s)
    (clip,) = report.bundle.rglob("*.mp4")
    with av.open(str(clip)) as c:
        tags = dict(c.metadata)
        chapters = c.chapters()
    assert not {"title", "comment", "artist", "copyright", "creation_time"} & set(tags), tags
    assert "room-a" not in " ".join(tags.values())
    assert len(chapters) == 2  # its chapters are its content: kept
    # the publication default still titles and dates it
    (tmp_path / "pub").mkdir()
    report, _ = export_from_catalog(
        catalog, ExportSource.session("EMN roundtable"), _settings(tmp_path / "pub")
    )
    (clip,) = report.bundle.rglob("*.mp4")
    with av.open(str(clip)) as c:
        assert c.metadata.get("title") == "EMN roundtable"
        assert c.metadata.get("creation_time")
        # but neither the recording's file name (an internal name, in a comment) nor the
        # muxer's "Lavf..." stamp, which a published whole recording does not carry either
        assert "room-a" not in " ".join(c.metadata.values()), dict(c.metadata)
        assert "encoder" not in c.metadata and b"Lavf" not in clip.read_bytes()


def test_a_page_of_clips_alone_previews_with_the_clips_poster(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    # a page made of the roundtable's clip had no og:image: a link to it shared on LinkedIn
    # or Mastodon showed no picture (only photos could be a cover)
    rt = next(s for s in archive["segments"] if s.title == "EMN roundtable")
    url = "https://media.example.org/rt/"
    s = _settings(tmp_path, web_page=True, page_url=url)
    report, _ = export_from_catalog(catalog, ExportSource.segments([rt.id]), s)
    page = (report.bundle / "index.html").read_text("utf-8")
    image = re.search(r'<meta property="og:image" content="([^"]+)">', page)
    assert image, "no cover"
    assert image[1].startswith(url) and image[1].endswith("-poster.jpg")
    poster = report.bundle / unquote(image[1].removeprefix(url))
    assert poster.is_file() and f'poster="{image[1].removeprefix(url)}"' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert '<meta property="og:image:alt" content="EMN roundtable">' in page
    # without the page's address, the preflight says the preview will have no picture
    (tmp_path / "bare").mkdir()
    check = preflight(
        catalog, ExportSource.segments([rt.id]), _settings(tmp_path / "bare", web_page=True)
    )
    assert any("no cover picture" in w for w in check.plan.warnings)


def test_each_player_on_the_page_is_named_above_it(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    # a day's clips sat under one "Recording" heading, told apart only by the download
    # links below them: each player now has its title, start time and length above it
    report, _ = export_from_catalog(
        catalog, ExportSource.day("2022-06-02"), _settings(tmp_path, web_page=True)
    )
    page = (report.bundle / "index.html").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO((report.bundle / "manifest.csv").read_text("utf-8"))))
    for title in ("Opening keynote", "EMN roundtable"):
        row = next(r for r in rows if r["dcterms:title"] == title and r["variant"] == "clip")
        when = datetime.fromisoformat(row["dcterms:date"])
        named = re.search(
            rf'<p class="rec"><strong>{title}</strong> · <time datetime="[^"]+">'
            rf"{when:%H:%M}</time> · 1:00</p><video ",
            page,
        )
        assert named, title
    # each session says its programme hours, in the event's zone (Brussels, not UTC)
    assert '<p class="meta">10:01–10:02 · Auditorium · Speakers: Ann Lee, Bo Kim</p>' in page


def test_session_export_and_segment_source(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    check = preflight(catalog, ExportSource.session("EMN roundtable"), _settings(tmp_path))
    assert check.exportable == 1 and not check.held_back
    closed = next(s for s in archive["segments"] if s.title == "Closed meeting")
    check = preflight(catalog, ExportSource.segments([closed.id]), _settings(tmp_path))
    assert check.exportable == 0 and [h.name for h in check.held_back] == ["Closed meeting"]


def test_draft_speaker_chapters_are_not_published_until_confirmed(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    from smparchive.core.catalog.records import confirmed_chapters
    from smparchive.core.organise.segments import propose_segments

    # "Cut into sessions": the roundtable's two speakers spread evenly over its segment, a
    # guess at 1:00 and 1:30 (stored as a draft), not the times anybody saw them start
    video = archive["video"]
    catalog.apply_segments(video, propose_segments(catalog, video, refine=False).specs())
    rt = next(s for s in catalog.segments(video) if s.title == "EMN roundtable")
    assert [(c.title, c.draft) for c in rt.chapters] == [("Ann Lee", True), ("Bo Kim", True)]

    source = ExportSource.session("EMN roundtable")
    check = preflight(catalog, source, _settings(tmp_path))
    why = (
        "its 2 chapters are an evenly spaced draft, not the speakers' real starts: not "
        "published (confirm or place them in the player first)."
    )
    # a row about the clip under a heading (it read "Warning: EMN roundtable: its …")
    assert f"Warnings about 1 item:\n  EMN roundtable — {why}" in check.report_text()
    report, _ = export_from_catalog(catalog, source, _settings(tmp_path, web_page=True))
    assert f"EMN roundtable: {why}" in report.warnings  # the result says it too
    bundle = report.bundle
    (clip,) = bundle.rglob("*.mp4")
    with av.open(str(clip)) as c:
        assert c.chapters() == []  # no guessed speaker start inside the clip either
    (vtt,) = bundle.rglob("*.chapters.vtt")
    track = vtt.read_text("utf-8")
    assert "Ann Lee" not in track and "Bo Kim" not in track
    assert track.splitlines()[4] == "EMN roundtable"  # one cue: the clip's title
    page = (bundle / "index.html").read_text("utf-8")
    assert 'class="chapters"' not in page and "data-seek" not in page  # no chapter list
    assert "Speakers: Ann Lee, Bo Kim" in page  # the programme's speakers, as before

    # a French export names the clip by its session's French title, as its page does
    catalog.set_session_text(rt.session_id, "fr", "Table ronde du REM")
    check = preflight(catalog, source, _settings(tmp_path, language="fr"))
    assert f"Warnings about 1 item:\n  Table ronde du REM — {why}" in check.report_text()

    # confirmed as they are (the player's "Confirm chapters"): published as chapters
    catalog.edit_segment(rt.id, chapters=confirmed_chapters(rt.chapters))
    again = tmp_path / "again"
    again.mkdir()
    report, _ = export_from_catalog(
        catalog,
        source,
        ExportSettings(target_dir=again, bundle_name="clips", preset=WEB, web_page=True),
    )
    assert not any("draft" in w for w in report.warnings)
    (clip,) = report.bundle.rglob("*.mp4")
    with av.open(str(clip)) as c:
        assert [ch["metadata"].get("title") for ch in c.chapters()] == ["Ann Lee", "Bo Kim"]
    page = (report.bundle / "index.html").read_text("utf-8")
    assert re.search(r'data-seek="30"[^>]*><time datetime="PT30S">0:30</time>'
                     r'<span class="t">Bo Kim</span>', page)  # fmt: skip


def test_clip_starts_at_the_cut_not_on_the_keyframe_before(day_file: Path, tmp_path: Path) -> None:
    # keyframes every 2 s: a cut at 61.3 s opens on the picture at 61.3 s (the head up to
    # the keyframe at 62 s re-encoded); copy-only cutting opens at 60 s, and says so
    assert keyframe_before(day_file, 61.3) == pytest.approx(60.0, abs=0.01)
    before = _digest(day_file)
    result = cut_clip(day_file, tmp_path / "c.mp4", 61.3, 70.0, title="x")
    assert result.method == "smart"
    assert result.start_s == pytest.approx(61.3, abs=0.1)
    assert result.end_s == pytest.approx(70.0, abs=0.15)
    with av.open(str(tmp_path / "c.mp4")) as c:
        assert float(c.duration) / 1e6 == pytest.approx(8.7, abs=0.2)
    early = cut_clip(day_file, tmp_path / "k.mp4", 61.3, 70.0, mode=CutMode.KEYFRAME)
    assert early.start_s == pytest.approx(60.0, abs=0.01)
    assert _digest(day_file) == before
    with pytest.raises(ClipError):
        cut_clip(day_file, tmp_path / "d.mp4", 50.0, 40.0)


def test_webvtt_without_chapters_is_one_cue() -> None:
    text = webvtt_chapters([], 10.0, 70.5, "Keynote")
    assert text.splitlines()[:5] == [
        "WEBVTT", "", "chapter-1", "00:00:00.000 --> 00:01:00.500", "Keynote",
    ]  # fmt: skip


def test_a_clips_poster_carries_the_credit_a_photo_of_the_export_gets(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    """A published clip's poster JPEG carried no creator, credit, rights or caption, while
    every photo of the same export did: a poster shared alone (it is the page's and the
    post's picture) went out uncredited."""
    import shutil
    import subprocess

    from smparchive.core.export import MetadataPolicy

    catalog.set_fields(
        [archive["video"]],
        creator="Ana Fotógrafa",
        credit_line="Video: Ana / SMP",
        copyright="© 2022 SMP",
        licence="CC BY 4.0",
    )
    posters = {}
    for policy in (None, MetadataPolicy.STRIP_ALL):
        out = tmp_path / str(policy)
        out.mkdir()
        s = _settings(out, metadata=policy) if policy else _settings(out)
        report, _ = export_from_catalog(catalog, ExportSource.session("EMN roundtable"), s)
        (poster,) = report.bundle.rglob("*-poster.jpg")
        posters[policy] = poster
    published, stripped = posters[None], posters[MetadataPolicy.STRIP_ALL]
    with Image.open(published) as a, Image.open(stripped) as b:
        assert a.tobytes() == b.tobytes()  # the same picture, not encoded again
        exif = a.getexif()
        # EXIF's ASCII fields hold UTF-8 (as exiftool writes them), which Pillow reads as Latin-1
        said = {t: exif[t].encode("latin-1").rstrip(b"\0").decode() for t in (0x013B, 0x8298)}
        assert said == {0x013B: "Ana Fotógrafa", 0x8298: "© 2022 SMP"}
        assert b.getexif() == {} and "xmp" not in b.info
        xmp = a.info["xmp"].decode()
    assert "Ana Fotógrafa" in xmp and "Video: Ana / SMP" in xmp and "CC BY 4.0" in xmp
    if shutil.which("exiftool"):
        said = subprocess.run(
            ["exiftool", "-a", "-G1", "-s", str(published)],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        for line in (
            r"\[IFD0\]\s+Artist\s+: Ana Fotógrafa",
            r"\[IFD0\]\s+Copyright\s+: © 2022 SMP",
            r"\[XMP-dc\]\s+Creator\s+: Ana Fotógrafa",
            r"\[XMP-photoshop\]\s+Credit\s+: Video: Ana / SMP",
            r"\[XMP-xmpRights\]\s+UsageTerms\s+: CC BY 4.0",
            r"\[IPTC\]\s+By-line\s+: Ana Fotógrafa",
            r"\[IPTC\]\s+Credit\s+: Video: Ana / SMP",
        ):
            assert re.search(line, said), (line, said)


def test_a_clip_named_after_its_session_is_marked_in_the_programme_s_language(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    """Walked in French: a clip took its English session's title, shown unmarked on the
    French page (above its player and in its download link) under the session's heading
    marked English. A title typed for the clip itself is in no language said: unmarked."""
    catalog.update_event(language="en")
    renamed = next(s for s in archive["segments"] if s.title == "Opening keynote")
    catalog.edit_segment(renamed.id, title="Ouverture")
    report, _ = export_from_catalog(
        catalog,
        ExportSource.day("2022-06-02"),
        _settings(tmp_path, web_page=True, language="fr"),
    )
    page = (report.bundle / "index.html").read_text("utf-8")
    assert '<p class="rec"><strong lang="en">EMN roundtable</strong>' in page
    assert '«\u202f<span lang="en">EMN roundtable</span>\u202f»' in page  # its download link
    assert '<p class="rec"><strong>Ouverture</strong>' in page
    assert "<strong>EMN roundtable</strong>" not in page


def test_the_draft_chapters_warning_names_the_clip_in_the_exports_language(
    tmp_path: Path,
) -> None:
    """A French export's preflight said "Welcome and opening — ses 2 chapitres sont un
    brouillon…": the clip named by its first title, English, though its session is
    "Accueil et ouverture" in French (the name its clip and page carry there)."""
    from export_helpers import entry_for

    from smparchive.core.export import plan_export
    from smparchive.core.export.model import ClipSpec, Kind

    path = tmp_path / "day.mp4"
    path.write_bytes(b"\0" * 64)
    clip = ClipSpec(1, 7, "day.mp4", 160.0, 1996.0, draft_chapters=2)
    titles = {"x-default": "Welcome and opening", "fr": "Accueil et ouverture"}
    entry = entry_for(path, "seg-1", kind=Kind.VIDEO, title=titles, clip=clip)
    for lang, name in (("fr", "Accueil et ouverture"), ("en", "Welcome and opening")):
        out = tmp_path / lang
        plan = plan_export([entry], ExportSettings(target_dir=out, bundle_name="b", language=lang))
        (warning,) = [w for w in plan.warnings if w.code == "export.draft_chapters_withheld"]
        assert warning.values["name"] == name, lang


def test_a_french_export_names_its_clip_files_in_french(
    catalog: Any, archive: dict[str, Any], tmp_path: Path
) -> None:
    """Walked in French: a day's clips were written as "…Welcome and opening (0h02m40s).mp4",
    the session's English title, though the programme has it in French. Every name token
    speaks the export's language: the clip's name, its session's title and the day."""
    catalog.update_event(language="en")
    catalog.set_session_text(archive["sessions"][0], "fr", "Discours d’ouverture")
    report, _ = export_from_catalog(
        catalog,
        ExportSource.day("2022-06-02"),
        _settings(tmp_path, language="fr", template="{day}/{session}/{original}.{ext}"),
    )
    clips = sorted(p.relative_to(report.bundle).as_posix() for p in report.bundle.rglob("*.mp4"))
    assert any(c.startswith("Jour 1/Discours d’ouverture/Discours d’ouverture (0h") for c in clips)
    assert not any("Opening keynote" in c for c in clips), clips
