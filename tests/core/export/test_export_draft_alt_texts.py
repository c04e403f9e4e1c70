"""A suggested alt text ("[Draft] ...") is never published as if it were finished: the page,
CMS files, manifests and the photos' XMP go without it, and the preflight says so."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

from export_helpers import EVENT, replace, settings

from smparchive.core.export import WEB, Audience, ExportEntry, plan_export, run_export
from smparchive.core.media.xmp import parse_xmp

DRAFT_EN = "[Draft] Photo at the session “Opening keynote” in Aula on 14 May 2024."
DRAFT_FR = "[Brouillon] Photo pendant la séance «\u202fOpening keynote\u202f» salle Aula."
LINE = "2 items go out without their alt text: it is still a suggested draft"


def _photos(photo_set: Callable[..., list[ExportEntry]]) -> list[ExportEntry]:
    """p0: an English draft only; p1: finished; p2: finished in English, a French draft."""
    a, b, c = photo_set(3)
    return [
        replace(a, caption={"en": "Jane Doe opens the conference"}, alt_text={"en": DRAFT_EN}),
        replace(b, alt_text={"en": "A woman at a lectern gestures towards a slide"}),
        replace(c, alt_text={"en": "The audience applauds", "fr": DRAFT_FR}),
    ]


def _published(root: Path) -> str:
    """Every text file of the bundle a web editor or the public reads."""
    names = ("index.html", "manifest.csv", "manifest.json", "wordpress-media.csv")
    return "\n".join((root / n).read_text("utf-8") for n in (*names, "media-feed.json"))


def _xmp_alt(root: Path, path: str) -> dict[str, str]:
    return parse_xmp((root / path).read_bytes()).alt_text


def test_a_public_page_and_cms_go_without_draft_alt_texts(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    s = settings(out_dir, preset=WEB, web_page=True, cms=True, page_url="https://x.example/m")
    plan = plan_export(_photos(photo_set), s, EVENT)
    assert [w for w in plan.warnings if "suggested draft" in w] == [
        f"{LINE} (finish it in the caption editor, Ctrl+Shift+X, and remove the draft marker)."
    ]  # one line for the export, in the preflight (the CLI's --dry-run, the dialog)
    assert f"Warning: {LINE}" in plan.preflight_report()
    report = run_export(plan)
    root = report.payload_root
    text = _published(root) + (root / "wordpress.xml").read_text("utf-8")
    assert "[Draft]" not in text and "[Brouillon]" not in text
    html = (root / "index.html").read_text("utf-8")
    # the page describes the photo as it does one without alt text: by its caption
    assert re.search(r'<img [^>]*alt="Jane Doe opens the conference"', html)
    assert 'alt="A woman at a lectern gestures towards a slide"' in html  # finished: kept
    files = {f.item_id: f.path for f in report.files}
    assert _xmp_alt(root, files["p0"]) == {}  # nothing in the JPEG's alt text field
    assert "The audience applauds" in _xmp_alt(root, files["p2"]).values()
    assert not any(v.startswith("[") for v in _xmp_alt(root, files["p2"]).values())
    rows = list(csv.DictReader(io.StringIO((root / "manifest.csv").read_text("utf-8"))))
    alts = {r["dcterms:identifier"]: r["alt text"] for r in rows}
    assert alts["p0"] == "" and alts["p2"] == "The audience applauds"


def test_internal_goes_without_drafts_and_an_archive_keeps_them(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    internal = settings(out_dir, "internal", preset=WEB, audience=Audience.INTERNAL)
    plan = plan_export(_photos(photo_set), internal, EVENT)
    assert any(w.startswith(LINE) for w in plan.warnings)
    root = run_export(plan).payload_root
    assert "[Draft]" not in (root / "manifest.json").read_text("utf-8")

    archive = settings(out_dir, "archive", preset=WEB, audience=Audience.ARCHIVE)
    plan = plan_export(_photos(photo_set), archive, EVENT)
    assert not any("suggested draft" in w for w in plan.warnings)
    report = run_export(plan)
    manifest = json.loads((report.payload_root / "manifest.json").read_text("utf-8"))
    assert DRAFT_EN in json.dumps(manifest, ensure_ascii=False)  # the catalogue's data as is
    files = {f.item_id: f.path for f in report.files}
    assert DRAFT_EN in _xmp_alt(report.payload_root, files["p0"]).values()
