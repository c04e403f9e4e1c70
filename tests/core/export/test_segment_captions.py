"""Caption files a user adds to a segment: checked (a clear error for what is not WebVTT),
copied into the catalogue with undo, written beside the clip in the clip's time, listed in
the manifests and offered on the publication page; the user's file is never changed."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from tests.core.export.test_segment_export import _settings, archive, day_file  # noqa: F401

from smparchive.core import messages
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog
from smparchive.core.media.webvtt import CaptionsError, Cue, cues, parse_webvtt, retime
from smparchive.core.organise.captions import attach_captions, read_captions, remove_captions

VTT = """WEBVTT - roundtable

NOTE made for the clip

1
00:00:01.000 --> 00:00:04.000 line:90%
Welcome to the EMN roundtable.

2
00:00:30.000 --> 00:00:33.500
Ann Lee, over to you.

3
01:05.000 --> 01:09.000
This one is after the clip's end.
"""


def _state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "captions.empty"),
        (b"1\n00:00:01,000 --> 00:00:02,000\nHello\n", "captions.srt"),
        (b"<html>not captions</html>", "captions.not_webvtt"),
        (b"WEBVTT\n\n00:00:01.000 --> 00:00:02\nHi\n", "captions.bad_timing"),
        (b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nHi\n", "captions.bad_timing"),
        (b"WEBVTT\n\nNOTE nothing timed\n", "captions.no_cues"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCafé\n".encode("latin-1"),
         "captions.not_utf8"),
    ],
)  # fmt: skip
def test_what_is_not_webvtt_is_refused_with_a_coded_sentence(data: bytes, code: str) -> None:
    with pytest.raises(CaptionsError) as caught:
        parse_webvtt(data, "talk.vtt")
    found = messages.identify(str(caught.value))
    assert found is not None and found[0] == code  # the app says it in French and Dutch
    assert "talk.vtt" in str(caught.value)


def test_a_webvtt_file_is_read_and_retimed_for_the_clip() -> None:
    vtt = parse_webvtt(("\ufeff" + VTT.replace("\n", "\r\n")).encode(), "talk.vtt")
    assert vtt.cues == 3 and vtt.text.startswith("WEBVTT - roundtable\n")
    moved = retime(vtt.text, 0.5, 60.0)  # the clip starts half a second before the segment
    assert "00:00:01.500 --> 00:00:04.500 line:90%\nWelcome" in moved
    assert "00:00:30.500 --> 00:00:34.000\nAnn Lee" in moved
    assert "after the clip" not in moved  # past the clip's end: dropped
    assert "NOTE made for the clip" in moved
    # the cues themselves, as the page reads a chapter track: notes skipped, markup and
    # escapes read as a visitor sees them
    found = cues(vtt.text)
    assert [c.text for c in found][1:] == [
        "Ann Lee, over to you.",
        "This one is after the clip's end.",
    ]
    assert found[2].start_s == 65.0  # mm:ss.ttt, no hours
    assert found[1].start_s == 30.0
    text = "WEBVTT\n\nNOTE x\n\n1\n01:00:02.500 --> 01:00:09.000\n<b>Q&amp;A</b> &lt;floor&gt;\n"
    assert cues(text) == [Cue(3602.5, 3609.0, "Q&A <floor>")]


def test_captions_attach_replace_and_undo(
    catalog: Any,
    archive: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    rt = next(s for s in archive["segments"] if s.title == "EMN roundtable")
    user_file = tmp_path / "roundtable.fr.vtt"
    user_file.write_text(VTT, encoding="utf-8")
    before = _state(user_file)
    track = read_captions(user_file)
    assert (track.language, track.cues, track.name) == ("fr", 3, "roundtable.fr.vtt")
    attach_captions(catalog, rt.id, track)
    attach_captions(catalog, rt.id, read_captions(user_file, "en"))
    assert [c.language for c in catalog.segment(rt.id).captions] == ["en", "fr"]
    attach_captions(catalog, rt.id, read_captions(user_file, "fr"))  # replaces the French
    assert len(catalog.segment(rt.id).captions) == 2
    removed = remove_captions(catalog, rt.id, "en")
    assert [c.language for c in catalog.segment(rt.id).captions] == ["fr"]
    catalog.undo(removed.undo)
    assert [c.language for c in catalog.segment(rt.id).captions] == ["en", "fr"]
    with pytest.raises(CatalogError):
        read_captions(user_file, "not a language")
    with pytest.raises(CatalogError):
        remove_captions(catalog, rt.id, "de")
    # a new proposal from the programme keeps a segment the user gave captions
    from smparchive.core.organise.segments import propose_segments

    catalog.apply_segments(archive["video"], propose_segments(catalog, archive["video"]).specs())
    kept = [s for s in catalog.segments(archive["video"]) if s.session_id == rt.session_id]
    assert [len(s.captions) for s in kept] == [2]
    assert _state(user_file) == before


def test_captions_are_published_with_the_clip(
    catalog: Any,
    archive: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    rt = next(s for s in archive["segments"] if s.title == "EMN roundtable")
    user_file = tmp_path / "roundtable.vtt"
    user_file.write_text(VTT, encoding="utf-8")
    before = _state(user_file)
    attach_captions(catalog, rt.id, read_captions(user_file, "en"))
    day = tmp_path / "day.vtt"  # captions of the whole day's stream, timed from its start
    day.write_text(
        "WEBVTT\n\n00:01:10.000 --> 00:01:12.000\nBonjour à tous.\n\n"
        "00:00:10.000 --> 00:00:12.000\nDuring the keynote.\n",
        encoding="utf-8",
    )
    attach_captions(catalog, rt.id, read_captions(day, "fr", timing="recording"))

    report, _ = export_from_catalog(
        catalog, ExportSource.session("EMN roundtable"), _settings(tmp_path, web_page=True)
    )
    bundle = report.bundle
    rows = list(csv.DictReader(io.StringIO((bundle / "manifest.csv").read_text("utf-8"))))
    by_variant = {r["variant"]: r for r in rows}
    assert {"clip", "chapters", "poster", "captions:en", "captions:fr"} <= set(by_variant)
    clip = by_variant["clip"]
    start = float(clip["clip start"])
    en = (bundle / by_variant["captions:en"]["path"]).read_text("utf-8")
    assert by_variant["captions:en"]["path"].endswith(".captions.en.vtt")
    assert by_variant["captions:en"]["path"].rsplit("/", 1)[0] == clip["path"].rsplit("/", 1)[0]
    # made for the clip: as written (the clip opens at the segment's start)
    assert start == pytest.approx(rt.start_s, abs=0.11)
    assert "Welcome to the EMN roundtable." in en and "after the clip" not in en
    fr = (bundle / by_variant["captions:fr"]["path"]).read_text("utf-8")
    # timed from the recording: 70 s of the day is 10 s into the clip; the keynote's gone
    assert "00:00:10.000 --> 00:00:12.000\nBonjour à tous." in fr
    assert "keynote" not in fr
    doc = json.loads((bundle / "manifest.json").read_text("utf-8"))
    assert {"captions:en", "captions:fr"} <= {r["variant"] for r in doc["items"]}
    page = (bundle / "index.html").read_text("utf-8")
    en_url = quote(by_variant["captions:en"]["path"], safe="/")
    assert f'<track kind="captions" src="{en_url}" srclang="en" label="English" default>' in page
    assert 'srclang="fr" label="Français">' in page
    assert _state(user_file) == before
