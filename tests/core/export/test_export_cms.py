"""CMS hand-off: WordPress media CSV, JSON Feed and WXR beside the files, read back."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from export_helpers import EVENT, replace, settings

from smparchive.core.export import WEB, ExportEntry, TargetKind, plan_export, run_export
from smparchive.core.export.cms import WORDPRESS_COLUMNS

WP = "{http://wordpress.org/export/1.2/}"


def _entries(photo_set: Callable[..., list[ExportEntry]]) -> list[ExportEntry]:
    return [
        replace(
            e,
            caption={"en": f"Panellists debate ({n})", "fr": f"Les intervenants débattent ({n})"},
            alt_text={"fr": f"Trois intervenants à une table, le n° {n} parle"},
            licence="CC BY 4.0",
        )
        for n, e in enumerate(photo_set(2))
    ]


def test_wordpress_csv_and_json_feed_with_relative_paths(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    s = settings(out_dir, preset=WEB, cms=True, language="fr")
    report = run_export(plan_export(_entries(photo_set), s, EVENT))
    root = report.payload_root
    assert not (root / "wordpress.xml").exists()  # WordPress's importer needs absolute URLs
    rows = list(csv.DictReader(io.StringIO((root / "wordpress-media.csv").read_text("utf-8"))))
    assert tuple(rows[0]) == WORDPRESS_COLUMNS and len(rows) == 2
    for n, row in enumerate(rows):
        assert (root / row["file"]).is_file() and row["url"] == row["file"].replace(" ", "%20")
        assert row["caption"] == f"Les intervenants débattent ({n})"
        assert row["alt_text"] == f"Trois intervenants à une table, le n° {n} parle"
        # the names in the credit column (the theme labels it); the French label in the
        # description, never the English one typed in the catalogue
        assert row["credit"] == "Ana Fotógrafa / SMP" and row["licence"] == "CC BY 4.0"
        assert row["description"].startswith("Photo\u00a0: Ana Fotógrafa / SMP · ")
        assert "Licence\u00a0: CC BY 4.0" in row["description"]  # French, as the page says it
        assert row["mime_type"] == "image/jpeg" and int(row["width"]) > 0
    feed = json.loads((root / "media-feed.json").read_text("utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["language"] == "fr"
    assert feed["title"] == "SMP Conference 2024"
    for item in feed["items"]:
        assert (root / unquote(item["image"])).is_file()  # relative to the bundle
        assert item["content_text"].startswith("Les intervenants débattent")
        assert item["_smparchive"]["alt_text"].startswith("Trois intervenants")
        assert item["authors"] == [{"name": "Ana Fotógrafa"}]


def test_wxr_with_the_published_address(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    base = "https://media.example.org/smp24/"
    s = settings(out_dir, preset=WEB, cms=True, page_url=base, target=TargetKind.BAGIT)
    report = run_export(plan_export(_entries(photo_set), s, EVENT))
    root = report.payload_root  # inside the bag's data/: the files are payload
    channel = ET.parse(root / "wordpress.xml").getroot().find("channel")
    assert channel is not None and channel.findtext(f"{WP}wxr_version") == "1.2"
    items = channel.findall("item")
    assert len(items) == 2
    for item in items:
        url = item.findtext(f"{WP}attachment_url") or ""
        assert url.startswith(base) and (root / unquote(url.removeprefix(base))).is_file()
        assert item.findtext(f"{WP}post_type") == "attachment"
        assert item.findtext(f"{WP}postmeta/{WP}meta_key") == "_wp_attachment_image_alt"
        assert item.findtext(f"{WP}postmeta/{WP}meta_value", "").startswith("Trois intervenants")
    captions = [i.findtext("{http://wordpress.org/export/1.2/excerpt/}encoded") for i in items]
    assert captions == ["Panellists debate (0)", "Panellists debate (1)"]
    rows = list(csv.DictReader(io.StringIO((root / "wordpress-media.csv").read_text("utf-8"))))
    assert all(r["url"].startswith(base) for r in rows)
    feed = json.loads((root / "media-feed.json").read_text("utf-8"))
    assert feed["home_page_url"] == base + "index.html"


def test_the_cms_description_speaks_the_exports_language_as_the_page_does(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    """A Dutch export's WordPress description said 'Photo: Ana · Licence: CC BY 4.0' while
    its page said 'Foto: Ana · Licentie: CC BY 4.0'."""
    entries = [
        replace(e, credit_line="", creator="Ana Fotógrafa", licence="CC BY 4.0")
        for e in photo_set(1)
    ]
    s = settings(out_dir, preset=WEB, cms=True, language="nl", web_page=True)
    root = run_export(plan_export(entries, s, EVENT)).payload_root
    rows = list(csv.DictReader(io.StringIO((root / "wordpress-media.csv").read_text("utf-8"))))
    credit = "Foto: Ana Fotógrafa · Licentie: CC BY 4.0"
    assert rows[0]["description"].startswith(credit)  # then the rights, as before
    assert credit in (root / "index.html").read_text("utf-8")


def test_a_page_and_feed_without_an_event_are_named_in_their_language(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    """No event in the catalogue yet: a French page and feed were called 'Conference media'."""
    s = settings(out_dir, preset=WEB, cms=True, language="fr", web_page=True)
    root = run_export(plan_export(photo_set(1), s, None)).payload_root
    assert "<title>Médias de la conférence" in (root / "index.html").read_text("utf-8")
    feed = json.loads((root / "media-feed.json").read_text("utf-8"))
    assert feed["title"] == "Médias de la conférence"


def test_a_french_feed_takes_the_programme_s_french_title(out_dir: Path) -> None:
    """A bilingual programme: the French JSON Feed and WXR are titled in French."""
    from smparchive.core.export.cms import json_feed, wordpress_wxr

    event = replace(EVENT, language="en", title_texts={"fr": "Conférence SMP 2024"})
    assert json.loads(json_feed([], event, "fr"))["title"] == "Conférence SMP 2024"
    assert json.loads(json_feed([], event, "en"))["title"] == "SMP Conference 2024"
    assert b"<title>Conf\xc3\xa9rence SMP 2024</title>" in wordpress_wxr([], event, "fr", "")
