"""A French export names a programme day by the French name the programme gave it (0042):
its folder, the manifests' day, the page's day heading and source, the keyword tree and
the bundle's default name; an export in a language with none keeps the day's own name."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from export_helpers import jpeg_bytes

from smparchive.core.export import WEB, ExportSettings
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog
from smparchive.core.media.xmp import extract_packet, parse_xmp

EN = "Day 1 – Welcome and policy"
FR = "Jour 1 – Accueil et politiques"


@pytest.fixture
def named_day(catalog: Any, tmp_path: Path) -> Path:
    """Two photos of an English programme's first day, which has a French name."""
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    for i in range(2):
        (media / f"IMG_{i}.JPG").write_bytes(jpeg_bytes((800, 600), seed=i))
    scan(catalog, [catalog.add_root(media).value], options=ScanOptions(workers=0))
    catalog.create_event("SMP 2022", time_zone="Europe/Brussels", language="en")
    day = catalog.add_day(date(2022, 6, 1), EN).value
    catalog.set_day_name(day, "fr", FR)
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    session = catalog.add_session("Roundtable", start, start.replace(hour=9)).value
    ids = catalog.query_ids()
    catalog.assign_items(ids, session)
    catalog.set_fields(ids, consent="cleared")
    out = tmp_path / "out"
    out.mkdir()
    return out


def _export(catalog: Any, out: Path, language: str, name: str = "") -> Path:
    settings = ExportSettings(
        target_dir=out, bundle_name=name or language, preset=WEB, language=language
    )
    report, _ = export_from_catalog(
        catalog, ExportSource.day("2022-06-01"), settings, lambda _e: None
    )
    return report.payload_root


def test_a_french_export_names_the_day_in_french(catalog: Any, named_day: Path) -> None:
    root = _export(catalog, named_day, "fr")
    folder = f"2022-06-01 {FR}"
    assert (root / folder / "Roundtable").is_dir(), sorted(p.name for p in root.iterdir())
    rows = list(csv.DictReader(io.StringIO((root / "manifest.csv").read_text("utf-8"))))
    assert {r["day"] for r in rows} == {folder}  # as its folder says
    html = (root / "index.html").read_text("utf-8")
    assert EN not in html
    # the heading in the page's language: unmarked; the source it was made from too
    assert f'<h2 id="day-1-h">{FR} – 1er juin 2022</h2>' in html, html
    assert f"{FR} · 1er juin 2022" in html
    photo = next(root.glob(f"{folder}/Roundtable/*.jpg"))
    xmp = parse_xmp(extract_packet(photo.read_bytes()) or b"")
    assert f"SMP 2022|{FR}|Roundtable" in xmp.hierarchical_subject


def test_a_french_bundle_s_default_name_has_the_day_s_french_name(
    catalog: Any, named_day: Path
) -> None:
    settings = ExportSettings(target_dir=named_day, bundle_name="", preset=WEB, language="fr")
    report, _ = export_from_catalog(
        catalog, ExportSource.day("2022-06-01"), settings, lambda _e: None
    )
    assert report.payload_root.name == f"SMP 2022 – {FR}"


def test_an_export_in_a_language_without_a_name_keeps_the_day_s_own(
    catalog: Any, named_day: Path
) -> None:
    root = _export(catalog, named_day, "nl")
    assert (root / f"2022-06-01 {EN}").is_dir(), sorted(p.name for p in root.iterdir())
    html = (root / "index.html").read_text("utf-8")
    assert FR not in html
    assert f'<span lang="en">{EN}</span>' in html  # the programme's text, marked English


def test_a_french_page_does_not_repeat_the_day_beside_its_default_name(
    catalog: Any, named_day: Path
) -> None:
    """A long day name makes the default name begin with the event's main title alone
    ('Partenariats … – Jour 1 – …'): the page's header said it, then the day again."""
    title = "SMP 2022: skills mobility partnerships from policy to practice in Europe"
    catalog.update_event(catalog.event().id, title=title)
    settings = ExportSettings(target_dir=named_day, bundle_name="", preset=WEB, language="fr")
    report, _ = export_from_catalog(
        catalog, ExportSource.day("2022-06-01"), settings, lambda _e: None
    )
    assert report.payload_root.name == f"SMP 2022 – {FR}"
    html = (report.payload_root / "index.html").read_text("utf-8")
    assert f'<p class="bundle">{FR} · 1er juin 2022</p>' in html, html.split("<main")[0]
