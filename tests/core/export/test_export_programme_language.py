"""A French export names the programme in French wherever the programme has it so: its
session folders, the manifests' session and room, the embedded event and keyword tree, the
page's room; a session without a French text keeps the programme's own."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from export_helpers import jpeg_bytes

from smparchive.core.export import WEB, ExportSettings
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog
from smparchive.core.media.xmp import extract_packet, parse_xmp

EN = "EMN roundtable: policy debate on Skills Mobility Partnerships"
FR = "Table ronde du REM : débat sur les partenariats pour la mobilité des compétences"


@pytest.fixture
def bilingual(catalog: Any, tmp_path: Path) -> dict[str, Any]:
    """Two photos of an English programme's roundtable, which has French texts too, and
    one of a session with no French text."""
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    for i in range(3):
        (media / f"IMG_{i}.JPG").write_bytes(jpeg_bytes((800, 600), seed=i))
    scan(catalog, [catalog.add_root(media).value], options=ScanOptions(workers=0))
    ids = sorted(catalog.query_ids(), key=lambda i: catalog.item(i).name)
    catalog.create_event("SMP 2022", time_zone="Europe/Brussels", language="en", organisation="EMN")
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    table = catalog.add_session(EN, start, start.replace(hour=9), room="Roundtable Room").value
    other = catalog.add_session("Coffee", start.replace(hour=9), start.replace(hour=10)).value
    catalog.set_programme_texts(
        "session", table, {("title", "fr"): FR, ("room", "fr"): "Salle de la table ronde"}
    )
    catalog.set_event_text("title", "fr", "SMP 2022 (Bruxelles)")
    catalog.set_event_text("organisation", "fr", "REM")
    catalog.assign_items(ids[:2], table)
    catalog.assign_items(ids[2:], other)
    catalog.set_fields(ids, consent="cleared")
    out = tmp_path / "out"
    out.mkdir()
    return {"ids": ids, "out": out}


def _export(catalog: Any, out: Path, language: str) -> Path:
    settings = ExportSettings(target_dir=out, bundle_name=language, preset=WEB, language=language)
    source = ExportSource.day("2022-06-01")
    report, _ = export_from_catalog(catalog, source, settings, lambda _e: None)
    return report.payload_root


def test_a_french_export_s_folders_and_manifests_are_in_french(
    catalog: Any, bilingual: dict[str, Any]
) -> None:
    root = _export(catalog, bilingual["out"], "fr")
    folders = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_dir())
    day = "2022-06-01 Jour 1"
    french = f"{day}/{FR.replace(' : ', ' - ')}"
    assert french in folders, folders
    assert f"{day}/Coffee" in folders  # no French title: the programme's own
    assert not any("EMN roundtable" in f for f in folders), folders
    rows = list(csv.DictReader(io.StringIO((root / "manifest.csv").read_text("utf-8"))))
    session_col = next(k for k in rows[0] if "session" in k.lower())
    room_col = next(k for k in rows[0] if "room" in k.lower())
    assert sorted(r[session_col] for r in rows) == ["Coffee", FR, FR]
    assert {r["day"] for r in rows} == {day}  # as its folder says
    rooms = sorted(r[room_col] for r in rows)
    assert rooms == ["", "Salle de la table ronde", "Salle de la table ronde"]
    doc = json.loads((root / "manifest.json").read_text("utf-8"))
    assert doc["event"]["title"] == "SMP 2022 (Bruxelles)"
    assert doc["event"]["organisation"] == "REM"
    # the photo's embedded event and keyword tree
    photo = next(root.glob(f"{french}/*.jpg"))
    xmp = parse_xmp(extract_packet(photo.read_bytes()) or b"")
    assert f"SMP 2022 (Bruxelles)|Jour 1|{FR}" in xmp.hierarchical_subject
    assert not any(EN in k for k in xmp.hierarchical_subject)


def test_a_french_page_names_the_room_in_french_unmarked(
    catalog: Any, bilingual: dict[str, Any]
) -> None:
    """A French page marked "Roundtable Room" as English though a French name exists."""
    root = _export(catalog, bilingual["out"], "fr")
    html = (root / "index.html").read_text("utf-8")
    main = html.split("<main")[1]
    assert "Salle de la table ronde" in main
    assert "Roundtable Room" not in main
    assert '<p class="meta">09:30–11:30 · Salle de la table ronde</p>' in main, main


def test_an_english_export_keeps_the_programme_s_texts(
    catalog: Any, bilingual: dict[str, Any]
) -> None:
    root = _export(catalog, bilingual["out"], "en")
    folders = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_dir()}
    assert any(f.endswith("EMN roundtable - policy debate on Skills Mobility Partnerships")
               for f in folders), folders  # fmt: skip
    rows = list(csv.DictReader(io.StringIO((root / "manifest.csv").read_text("utf-8"))))
    assert "Roundtable Room" in {v for r in rows for v in r.values()}


def test_a_french_export_s_default_name_is_the_event_s_french_title(
    catalog: Any, bilingual: dict[str, Any]
) -> None:
    """A French export of the demo's day 1 was named 'Skills Mobility Partnerships - from
    policy to practice Jour 1': the day in French, the event in the programme's English."""
    settings = ExportSettings(
        target_dir=bilingual["out"], bundle_name="", preset=WEB, language="fr"
    )
    report, _ = export_from_catalog(
        catalog, ExportSource.day("2022-06-01"), settings, lambda _e: None
    )
    assert report.payload_root.name == "SMP 2022 (Bruxelles) – Jour 1"
