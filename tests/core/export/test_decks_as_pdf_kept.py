"""Decks as PDF ask LibreOffice only for a deck whose rendition the catalogue's cache does not
keep: with every deck rendered (the deck viewer's, an earlier export's) the export needs no
LibreOffice and says nothing about it; otherwise the preflight names the decks that do."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.problem_rows import about_a_file, file_row

SLIDES = 3


def _deck(path: Path, slides: int) -> None:
    from pptx import Presentation

    prs = Presentation()
    for n in range(1, slides + 1):
        prs.slides.add_slide(prs.slide_layouts[1]).shapes.title.text = f"{path.stem} {n}"
    prs.save(str(path))


def _pdf(pages: int) -> bytes:
    from PIL import Image

    shown = [Image.new("RGB", (400, 300), (40 * k, 90, 160)) for k in range(pages)]
    out = io.BytesIO()
    shown[0].save(out, "PDF", save_all=True, append_images=shown[1:])
    return out.getvalue()


@pytest.fixture
def decks(catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Two catalogued decks, each with its rendition kept; no LibreOffice on PATH."""
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.media.pages import PageStore, find_soffice

    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert find_soffice() is None
    media = tmp_path / "media"
    media.mkdir()
    _deck(media / "opening.pptx", SLIDES)
    _deck(media / "closing.pptx", SLIDES)
    scan(catalog, [catalog.add_root(media).value], options=ScanOptions(workers=0))
    ids = catalog.ids_for_paths([str(media / "opening.pptx"), str(media / "closing.pptx")])
    catalog.set_fields(ids, consent="cleared")
    store = PageStore(catalog.cache_dir)
    for item in catalog.items(ids):
        store.put_rendition(item.sha256, _pdf(SLIDES))
    return {"ids": ids, "store": store, "items": catalog.items(ids)}


def _settings(out: Path) -> Any:
    from smparchive.core.export import WEB, ExportSettings

    out.mkdir()
    return ExportSettings(target_dir=out, bundle_name="decks", preset=WEB, decks_as_pdf=True)


def test_all_decks_rendered_export_as_pdf_without_libreoffice(
    catalog: Any, decks: dict[str, Any], tmp_path: Path
) -> None:
    from smparchive.core.export.catalog_export import ExportSource, export_from_catalog, preflight

    source = ExportSource.items(decks["ids"])
    check = preflight(catalog, source, _settings(tmp_path / "check"))
    assert not [w for w in check.plan.warnings if "LibreOffice" in w]
    report, _history = export_from_catalog(catalog, source, _settings(tmp_path / "out"))
    assert not report.problems
    assert sorted(Path(f.path).suffix for f in report.files) == [".pdf", ".pdf"]
    assert "LibreOffice" not in " ".join(report.warnings)


def test_preflight_names_the_deck_that_needs_libreoffice(
    catalog: Any, decks: dict[str, Any], tmp_path: Path
) -> None:
    from smparchive.core.export.catalog_export import ExportSource, export_from_catalog, preflight

    closing = next(i for i in decks["items"] if i.path.endswith("closing.pptx"))
    decks["store"].rendition_path(closing.sha256).unlink()  # trimmed from the cache, say
    source = ExportSource.items(decks["ids"])
    check = preflight(catalog, source, _settings(tmp_path / "check"))
    rows = [file_row(*found) for w in check.plan.warnings if (found := about_a_file(w))]
    assert rows == [
        "closing.pptx — converting it to PDF needs LibreOffice, which was not found (no PDF "
        "of it is kept in the cache): it goes out as the original."
    ]
    assert not [w for w in check.plan.warnings if "LibreOffice" in w and "closing" not in w]
    report, _history = export_from_catalog(catalog, source, _settings(tmp_path / "out"))
    assert not report.problems
    # the rendered deck as PDF, the other as it is
    assert sorted(Path(f.path).suffix for f in report.files) == [".pdf", ".pptx"]
