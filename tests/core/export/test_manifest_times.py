"""The manifests say where each date came from and which dates a camera clock correction
moved: a deck's own creation date is named by its field (PDF CreationDate, Office
dcterms:created), a file date is called one, a corrected photo carries its correction."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from export_helpers import jpeg_bytes

from smparchive.core.demo.content import DECKS
from smparchive.core.demo.documents import write_pptx
from smparchive.core.demo.pdf import PdfDocument, pdf_date
from smparchive.core.export import ORIGINALS, ExportSettings
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog


def _pdf(path: Path, created: datetime | None) -> None:
    info = {"Title": path.stem} | ({"CreationDate": pdf_date(created)} if created else {})
    doc = PdfDocument(info)
    doc.add_page(400, 300)
    doc.save(path)


def _pptx(path: Path) -> None:
    """A real deck whose docProps/core.xml says dcterms:created 2024-05-13T15:45:00Z."""
    write_pptx(DECKS[0], path, datetime(2024, 5, 13, 15, 45, tzinfo=UTC))
    with zipfile.ZipFile(path) as zf:
        assert b"2024-05-13T15:45:00Z" in zf.read("docProps/core.xml")


def _rows(folder: Path) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, Any]]]:
    text = (folder / "manifest.csv").read_text(encoding="utf-8")
    rows = {Path(r["path"]).suffix: r for r in csv.DictReader(io.StringIO(text))}
    doc = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return rows, {Path(r["path"]).suffix: r for r in doc["items"]}


def test_manifest_names_time_sources_and_clock_corrections(catalog: Any, tmp_path: Path) -> None:
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    (media / "IMG_0001.JPG").write_bytes(jpeg_bytes((800, 600)))  # EXIF 2024:05:14 10:15:00
    _pdf(media / "deck.pdf", datetime(2024, 5, 13, 17, 45, tzinfo=UTC))
    _pptx(media / "deck.pptx")
    _pdf(media / "notes.pdf", None)  # no CreationDate: only the file's date is known
    copied = datetime(2024, 6, 20, 12, 0, tzinfo=UTC).timestamp()
    os.utime(media / "notes.pdf", (copied, copied))
    root = catalog.add_root(media).value
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    scan(catalog, [root], options=ScanOptions(workers=0))
    camera = next(g for g in catalog.cameras() if g.model == "EOS R6")
    catalog.set_clock_offset(camera.key, 3600)  # the camera was an hour slow
    ids = catalog.query_ids()
    catalog.set_fields(ids, consent="cleared")
    out = tmp_path / "out"
    out.mkdir()
    settings = ExportSettings(target_dir=out, bundle_name="b", preset=ORIGINALS)
    report, _ = export_from_catalog(catalog, ExportSource.items(ids), settings)
    assert len(report.files) == 4
    csv_rows, json_rows = _rows(report.payload_root)

    photo = csv_rows[".jpg"]
    assert photo["dcterms:date"] == "2024-05-14T11:15:00+02:00"  # 10:15 on the camera, +1 h
    assert photo["time source"] == "camera EXIF without offset"
    assert photo["clock correction"] == "+1 h"
    manifest = (report.payload_root / "manifest.csv").read_text(encoding="utf-8")
    pdfs = [r for r in csv.DictReader(io.StringIO(manifest)) if r["path"].endswith(".pdf")]
    deck = next(r for r in pdfs if "deck" in r["path"])
    notes = next(r for r in pdfs if "notes" in r["path"])
    assert deck["dcterms:date"] == "2024-05-13T19:45:00+02:00"
    assert (deck["time source"], deck["clock correction"]) == ("PDF CreationDate", "")
    pptx = csv_rows[".pptx"]
    assert pptx["dcterms:date"] == "2024-05-13T17:45:00+02:00"
    assert pptx["time source"] == "Office dcterms:created"
    assert notes["dcterms:date"] == "2024-06-20T14:00:00+02:00"
    assert notes["time source"].startswith("file date")
    assert "not the creation date" in notes["time source"]
    # manifest.json carries the same columns
    jphoto = json_rows[Path(photo["path"]).suffix]
    assert (jphoto["time source"], jphoto["clock correction"]) == (
        "camera EXIF without offset",
        "+1 h",
    )
    assert json_rows[".pptx"]["time source"] == "Office dcterms:created"
