"""Folder, ZIP and BagIt targets; manifest.csv and manifest.json."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import bagit
import pytest
from export_helpers import EVENT, entry_for, phone_video, settings
from PIL import Image

from smparchive.core.export import (
    ORIGINALS,
    WEB,
    ExportError,
    Kind,
    TargetKind,
    plan_export,
    run_export,
)
from smparchive.core.export.manifest import CSV_COLUMNS
from smparchive.core.messages import has_jargon


def _mixed_entries(photo_set, tmp_path: Path):
    photos = photo_set(2)
    video = tmp_path / "src" / "talk.mp4"
    phone_video(video)
    deck = tmp_path / "src" / "slides, final.pdf"
    Image.new("RGB", (40, 30), "white").save(deck, "PDF")
    return [
        *photos,
        entry_for(video, "v1", Kind.VIDEO, duration_s=3723.5, title={"en": "Keynote recording"}),
        entry_for(deck, "d1", Kind.SLIDES, pages=12, title={"en": 'Slides "final", v2'}),
    ]


def test_folder_manifests_are_rfc4180_and_match_json(photo_set, tmp_path, out_dir) -> None:
    entries = _mixed_entries(photo_set, tmp_path)
    report = run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    root = report.bundle
    raw = (root / "manifest.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == len(entries) + 1  # CRLF records, header included
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    for column in ("dcterms:title", "dcterms:description", "dcterms:creator", "dcterms:date"):
        assert column in CSV_COLUMNS
    by_id = {r["dcterms:identifier"]: r for r in rows}
    assert by_id["d1"]["dcterms:title"] == 'Slides "final", v2'  # quoted and escaped
    assert by_id["d1"]["pages"] == "12"
    assert by_id["v1"]["duration"] == "3723.5"
    assert by_id["p0"]["speakers"] == "Jane Doe|John Roe"
    assert by_id["p0"]["dcterms:date"] == "2024-05-14T10:15:00+02:00"
    assert by_id["p0"]["consent status"] == "cleared"
    assert by_id["p0"]["alt text"] == "A woman at a lectern gestures towards a slide"
    for row in rows:
        path = root / row["path"]
        assert path.is_file()
        assert int(row["bytes"]) == path.stat().st_size
    doc = json.loads((root / "manifest.json").read_text("utf-8"))
    assert doc["event"]["title"] == "SMP Conference 2024"
    assert [i["path"] for i in doc["items"]] == [r["path"] for r in rows]
    assert doc["items"][0]["speakers"] == ["Jane Doe", "John Roe"]
    # a PDF and a video go out rewritten without their metadata (a PDF's authors, a
    # phone's location), and the manifest names each copy's checksum
    for key, entry in (("d1", entries[3]), ("v1", entries[2])):
        copy = (root / by_id[key]["path"]).read_bytes()
        assert by_id[key]["sha256"] == hashlib.sha256(copy).hexdigest() != entry.sha256
    video = root / by_id["v1"]["path"]
    assert by_id["v1"]["sha256"] == hashlib.sha256(video.read_bytes()).hexdigest()
    assert by_id["v1"]["sha256"] != entries[2].sha256


def test_zip_opens_and_lists_manifest(photo_set, tmp_path, out_dir) -> None:
    entries = _mixed_entries(photo_set, tmp_path)
    report = run_export(
        plan_export(entries, settings(out_dir, "media", preset=ORIGINALS, target=TargetKind.ZIP))
    )
    assert report.bundle == out_dir / "media.zip"
    assert sorted(p.name for p in out_dir.iterdir()) == ["media.zip"]  # no temporary left
    with zipfile.ZipFile(report.bundle) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        assert "manifest.csv" in names and "manifest.json" in names and "index.html" in names
        rows = list(csv.DictReader(io.StringIO(zf.read("manifest.csv").decode(), newline="")))
        for row in rows:
            assert zf.read(row["path"]) == next(
                e.source.read_bytes() for e in entries if e.item_id == row["dcterms:identifier"]
            )


def test_bag_validates_with_bagit(photo_set, tmp_path, out_dir) -> None:
    entries = _mixed_entries(photo_set, tmp_path)
    s = settings(out_dir, "bag", preset=WEB, target=TargetKind.BAGIT, bagging_date=date(2024, 6, 1))
    report = run_export(plan_export(entries, s, EVENT))
    bag = bagit.Bag(str(report.bundle))
    bag.validate()  # raises on any problem
    assert bag.version_info == (1, 0)
    assert set(bag.algorithms) == {"sha256", "sha512"}
    info = bag.info
    assert info["Source-Organization"] == "SMP Society"
    assert info["Bagging-Date"] == "2024-06-01"
    assert "SMP Conference 2024" in info["External-Description"]
    payload = [p for p in (report.bundle / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == f"{sum(p.stat().st_size for p in payload)}.{len(payload)}"
    assert (report.payload_root / "manifest.csv").is_file()
    assert report.payload_root == report.bundle / "data"


def test_a_bag_that_does_not_verify_names_the_file_in_plain_words(
    photo_set, tmp_path, out_dir, monkeypatch
) -> None:
    """The check after writing a bag said bagit's own English: 'Bag validation failed:
    data/a.jpg sha256 validation failed: expected="…" found="…"'."""
    entries = _mixed_entries(photo_set, tmp_path)
    s = settings(out_dir, "bag", preset=WEB, target=TargetKind.BAGIT, bagging_date=date(2024, 6, 1))

    def damaged(self, **_kw) -> None:
        mismatch = bagit.ChecksumMismatch("data/photo-1.jpg", "sha256", "aa", "bb")
        raise bagit.BagValidationError("Bag validation failed", [mismatch])

    monkeypatch.setattr(bagit.Bag, "validate", damaged)
    with pytest.raises(ExportError) as caught:
        run_export(plan_export(entries, s, EVENT))
    said = str(caught.value)
    assert said == "A file in the bag written does not verify: data/photo-1.jpg"
    assert not has_jargon(said) and "expected=" not in said
