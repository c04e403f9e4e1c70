"""The deck viewer and the publication page convert a deck with LibreOffice once between them.

A 200-slide PPTX takes LibreOffice a minute: the viewer kept its rendition in the catalogue's
cache, and the page export converted the same deck again, each time. Both now use the
rendition kept by the deck's content hash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.stand_ins import COUNTED, PAGE_PER_SLIDE, conversions, soffice

pytestmark = pytest.mark.gui


def _deck(path: Path, slides: int) -> None:
    from pptx import Presentation

    prs = Presentation()
    for n in range(1, slides + 1):
        prs.slides.add_slide(prs.slide_layouts[1]).shapes.title.text = f"{path.stem} {n}"
    prs.save(str(path))


def test_the_viewer_and_the_page_export_convert_a_deck_once(
    qapp: Any, catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.core.export import WEB, ExportSettings
    from smparchive.core.export.catalog_export import ExportSource, export_from_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.media.pages import PageStore
    from smparchive.gui.viewers.deck_source import open_deck

    bin_dir = tmp_path / "bin"
    soffice(bin_dir, PAGE_PER_SLIDE + COUNTED)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")

    media = tmp_path / "media"
    media.mkdir()
    _deck(media / "viewed.pptx", 3)
    _deck(media / "exported.pptx", 4)
    scan(catalog, [catalog.add_root(media).value], options=ScanOptions(workers=0))
    [viewed, exported] = catalog.ids_for_paths(
        [str(media / "viewed.pptx"), str(media / "exported.pptx")]
    )
    catalog.set_fields([viewed, exported], consent="cleared")
    store = PageStore(catalog.cache_dir)

    def view(item_id: int) -> int:
        content = open_deck(catalog.item(item_id), store)
        try:
            assert content.pdf is not None  # the slides rendered, not the titles alone
            return content.count
        finally:
            content.close()

    def export(name: str) -> str:
        out = tmp_path / name
        out.mkdir()
        settings = ExportSettings(target_dir=out, bundle_name="page", preset=WEB)
        report, _history = export_from_catalog(
            catalog, ExportSource.items([viewed, exported]), settings
        )
        assert not report.problems
        return (report.payload_root / "index.html").read_text("utf-8")

    assert view(viewed) == 3 and conversions(bin_dir) == 1
    page = export("first")
    assert conversions(bin_dir) == 2  # the deck not viewed yet; the viewed one's rendition reused
    assert page.count('src="assets/decks/') == 3 + 4  # every slide of both
    assert "could not be rendered" not in page
    assert view(exported) == 4 and conversions(bin_dir) == 2  # the export's rendition, viewed
    export("second")
    assert conversions(bin_dir) == 2


def test_a_deck_open_in_the_viewer_keeps_its_rendition_through_a_trim(
    qapp: Any, catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache's size limit trims renditions too, but never the one a viewer is showing."""
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.ingest.thumbnails import trim_cache
    from smparchive.core.media.pages import PageStore
    from smparchive.gui.viewers.deck_source import open_deck

    bin_dir = tmp_path / "bin"
    soffice(bin_dir, PAGE_PER_SLIDE + COUNTED)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    media = tmp_path / "media"
    media.mkdir()
    _deck(media / "shown.pptx", 3)
    _deck(media / "closed.pptx", 2)
    scan(catalog, [catalog.add_root(media).value], options=ScanOptions(workers=0))
    shown, closed = (
        catalog.item(i)
        for i in catalog.ids_for_paths([str(media / "shown.pptx"), str(media / "closed.pptx")])
    )
    store = PageStore(catalog.cache_dir)
    open_deck(closed, store).close()  # viewed before, closed since
    content = open_deck(shown, store)
    try:
        report = trim_cache(catalog, 0)
        assert report is not None and report.deleted.get("rendition") == 1
        assert store.rendition_path(shown.sha256).is_file()
        assert not store.rendition_path(closed.sha256).exists()
        assert content.pdf is not None and content.pdf.render(2, 200).width == 200
    finally:
        content.close()
    trim_cache(catalog, 0)
    assert not store.rendition_path(shown.sha256).exists()
