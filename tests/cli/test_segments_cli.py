"""CLI: segments propose (dry run with reasons), apply, list, add, edit, delete, undo."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from smparchive.cli.main import main

START = datetime(2022, 6, 2, 8, 0, tzinfo=UTC)


def run(capsys, cat: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_segments_commands(tmp_path, capsys) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    (video,) = insert_items(
        c,
        tmp_path / "media",
        [{"name": "day.mp4", "kind": "video", "duration_s": 5400.0, "capture_utc": START}],
    )
    c.create_event("SMP", time_zone="Europe/Brussels")
    for title, a, b, speakers in (
        ("Opening keynote", 0, 30, ["Jane Doe"]),
        ("EMN roundtable", 30, 75, ["Ann Lee", "Bo Kim"]),
        ("Lunch talk", 80, 120, []),
    ):
        c.add_session(
            title, START + timedelta(minutes=a), START + timedelta(minutes=b), speakers=speakers
        )
    c.close()

    # the file is not there: the programme's times, said so (and nothing written)
    code, out = run(capsys, cat, "segments", "propose", str(video))
    assert code == 0, out
    assert "0:00:00 - 0:30:00  Opening keynote" in out
    assert "0:30:00 - 1:15:00  EMN roundtable" in out
    assert "1:20:00 - 1:30:00  Lunch talk" in out and "ends with the recording" in out
    assert "programme 10:00-10:30" in out  # in the event's zone
    assert "Dry run" in out
    code, out = run(capsys, cat, "segments", "list", "--json")
    assert json.loads(out) == []

    code, out = run(capsys, cat, "segments", "apply", str(video), "--json")
    assert code == 0, out
    assert len(json.loads(out)[0]["segment_ids"]) == 3
    code, out = run(capsys, cat, "segments", "list", "--search", "roundtable", "--json")
    (rt,) = json.loads(out)
    assert rt["session"] == "EMN roundtable" and [c["title"] for c in rt["chapters"]] == [
        "Ann Lee", "Bo Kim",
    ]  # fmt: skip

    code, out = run(
        capsys, cat, "segments", "edit", str(rt["id"]), "--start", "0:30:12", "--chapter",
        "0:30:12=Ann Lee", "--chapter", "0:52:00=Bo Kim",
    )  # fmt: skip
    assert code == 0, out
    code, out = run(capsys, cat, "segments", "list", str(video), "--json")
    moved = next(s for s in json.loads(out) if s["id"] == rt["id"])
    assert moved["start_s"] == 1812.0 and moved["origin"] == "manual"
    assert [c["start_s"] for c in moved["chapters"]] == [1812.0, 3120.0]

    code, out = run(capsys, cat, "segments", "edit", str(rt["id"]), "--end", "9:00:00")
    assert code == 2 and "after the end of its recording" in out

    code, out = run(
        capsys, cat, "segments", "add", str(video), "--start", "85:00", "--end", "88:00",
        "--title", "Q&A", "--session", "Lunch talk",
    )  # fmt: skip
    assert code == 0 and "added" in out
    code, out = run(capsys, cat, "segments", "list")
    assert "Q&A" in out and "1:25:00" in out
    code, out = run(capsys, cat, "search", "segment:q&a", "--json")
    assert code == 0, out
    assert [r["id"] for r in json.loads(out)["items"]] == [video]
    code, out = run(capsys, cat, "search", "is:segmented", "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)["items"]] == [video]

    code, out = run(capsys, cat, "segments", "delete", str(rt["id"]))
    assert code == 0 and "untouched" in out
    code, out = run(capsys, cat, "undo")
    assert code == 0
    code, out = run(capsys, cat, "segments", "list", "--json")
    assert rt["id"] in [s["id"] for s in json.loads(out)]


def test_export_cuts_clips_at_the_segment_start_or_precisely(tmp_path, capsys) -> None:
    """`export --segment` opens the clip on the segment's first picture (keyframes every
    2 s, a start at 61.3 s); `--precise` re-encodes the whole clip; the recording stays."""
    import csv
    import hashlib

    import av

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.demo.dayrecording import Part, write_day_recording
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.vocab import Consent

    media = tmp_path / "media"
    media.mkdir()
    day = media / "room.mp4"
    write_day_recording(
        day,
        parts=[Part(0, (200, 60, 60)), Part(60, (60, 200, 60))],
        seconds=90,
        created_utc=START,
    )
    before = (hashlib.sha256(day.read_bytes()).hexdigest(), day.stat().st_mtime_ns)
    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    scan(c, [c.add_root(media).value], options=ScanOptions(workers=0))
    (video,) = c.query_ids()
    c.set_fields([video], consent=Consent.CLEARED)
    seg = c.add_segment(video, 61.3, 70.0, "Roundtable").value
    c.close()
    for flag, name in (("--clip-cut=smart", "smart"), ("--precise", "precise")):
        out = tmp_path / name
        out.mkdir()
        code, text = run(
            capsys, cat, "export", "--segment", str(seg), "--to", str(out), "--name", "b", flag
        )
        assert code == 0, text
        (row,) = [
            r
            for r in csv.DictReader((out / "b" / "manifest.csv").open(encoding="utf-8"))
            if r["variant"] == "clip"
        ]
        assert abs(float(row["clip start"]) - 61.3) < 0.11  # not the keyframe at 60 s
        with av.open(str(out / "b" / row["path"])) as clip:
            assert abs(float(clip.duration) / 1e6 - 8.7) < 0.2
            assert next(clip.decode(video=0)).time == 0.0
        with av.open(str(out / "b" / row["path"])) as clip:
            sound = next(clip.decode(audio=0)).time
        # smart copies AAC packets (64 ms here) from the first after the cut; precise cuts
        # the sound to the sample
        assert (sound == 0.0) is (name == "precise"), sound
    assert (hashlib.sha256(day.read_bytes()).hexdigest(), day.stat().st_mtime_ns) == before


def test_segments_captions(tmp_path, capsys) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    (video,) = insert_items(
        c, tmp_path / "media", [{"name": "day.mp4", "kind": "video", "duration_s": 600.0}]
    )
    seg = c.add_segment(video, 60, 300, "Roundtable").value
    c.close()
    srt = tmp_path / "rt.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n", encoding="utf-8")
    code, out = run(capsys, cat, "segments", "captions", str(seg), str(srt))
    assert code == 2 and "SubRip (.srt) file, not WebVTT" in out
    vtt = tmp_path / "rt.nl.vtt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHallo.\n", encoding="utf-8")
    before = vtt.stat().st_mtime_ns
    code, out = run(capsys, cat, "segments", "captions", str(seg), str(vtt))
    assert code == 0 and "Captions (nl, 1 cue," in out, out
    code, out = run(capsys, cat, "segments", "list", "--json")
    assert json.loads(out)[0]["captions"] == [
        {"language": "nl", "name": "rt.nl.vtt", "timing": "segment", "cues": 1}
    ]
    code, out = run(capsys, cat, "segments", "list")
    assert " nl " in out
    code, out = run(capsys, cat, "segments", "captions", str(seg), "--remove", "nl")
    assert code == 0
    code, out = run(capsys, cat, "segments", "list", "--json")
    assert json.loads(out)[0]["captions"] == []
    assert vtt.stat().st_mtime_ns == before
