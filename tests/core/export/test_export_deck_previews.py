"""A deck on the publication page shows as many slide previews whether it is a PPTX or its
PDF twin: the PPTX's slides rendered by LibreOffice, as the deck viewer shows them. Where
they cannot be rendered, the page says so instead of one picture shown as if it were all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from export_helpers import EVENT, entry_for, settings
from tests.memory_peak import traced_peak
from tests.stand_ins import COUNTED, PAGE_PER_SLIDE, conversions, soffice

from smparchive.core.export import WEB, Kind, plan_export, run_export
from smparchive.core.export import pipeline as export_pipeline

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
SLIDES = 5

# A stand-in for LibreOffice: "renders" a PPTX as a PDF of one page per slide it holds.
FAILS = "sys.stderr.write('source file could not be loaded\\n'); sys.exit(1)"


def _soffice(tmp_path: Path, body: str) -> str:
    return str(soffice(tmp_path, body))


def _decks(tmp_path: Path) -> list[Any]:
    """A five-slide PPTX (with the first-slide picture PowerPoint saves) and its PDF twin,
    made once: saved again, the PPTX's zip entries get another time, another hash."""
    from pptx import Presentation

    from smparchive.core.demo.pdf import PdfDocument

    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    if (src / "keynote.pdf").exists():
        return _entries(src)
    prs = Presentation()
    doc = PdfDocument()
    for n in range(1, SLIDES + 1):
        prs.slides.add_slide(prs.slide_layouts[1]).shapes.title.text = f"Slide {n}"
        doc.add_page(400, 300).text(40, 200, f"Slide {n}", 24)
    prs.save(str(src / "keynote.pptx"))
    doc.save(src / "keynote.pdf")
    return _entries(src)


def _entries(src: Path) -> list[Any]:
    return [
        entry_for(src / "keynote.pptx", "d1", Kind.SLIDES, mime=PPTX, title={"en": "As PPTX"}),
        entry_for(src / "keynote.pdf", "d2", Kind.SLIDES, title={"en": "As PDF"}),
    ]


def _previews(page: str) -> dict[str, int]:
    """Slide previews on the page per deck (by the title in their alt text)."""
    found: dict[str, int] = {}
    for title in re.findall(r'<img src="assets/decks/[^"]+" alt="[^"]*“([^”]+)”', page):
        found[title] = found.get(title, 0) + 1
    return found


def _page(tmp_path: Path, out: str, soffice: str | None, **kw: Any) -> str:
    (tmp_path / out).mkdir()
    s = settings(tmp_path / out, preset=WEB, web_page=True, soffice=soffice, **kw)
    plan_soffice = soffice if kw.get("decks_as_pdf") else None
    report = run_export(plan_export(_decks(tmp_path), s, EVENT, plan_soffice))
    assert not report.problems
    return (report.payload_root / "index.html").read_text("utf-8")


def test_a_pptx_shows_as_many_slides_as_its_pdf_twin(tmp_path: Path) -> None:
    page = _page(tmp_path, "rendered", _soffice(tmp_path, PAGE_PER_SLIDE))
    assert _previews(page) == {"As PPTX": SLIDES, "As PDF": SLIDES}
    assert "could not be rendered" not in page


@pytest.mark.parametrize(
    ("soffice", "why"),
    [(None, "LibreOffice was not installed"), (FAILS, "LibreOffice could not convert the deck")],
)
def test_slides_that_cannot_be_rendered_are_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, soffice: str | None, why: str
) -> None:
    monkeypatch.setattr(export_pipeline, "find_soffice", lambda: None)  # none on this PATH
    page = _page(tmp_path, "unrendered", soffice and _soffice(tmp_path, soffice))
    # the first slide the PPTX carries a picture of, and why there are no others
    assert _previews(page) == {"As PPTX": 1, "As PDF": SLIDES}
    assert "Only the first slide is shown: the slides could not be rendered" in page
    assert f"({why})" in page
    assert page.count("could not be rendered") == 1  # the PDF twin needs no such note


@pytest.mark.parametrize("as_pdf", [False, True], ids=["page", "page-and-deck-as-pdf"])
def test_a_second_export_of_a_deck_converts_nothing(tmp_path: Path, as_pdf: bool) -> None:
    """The catalogue's cache keeps the rendition by the deck's content (the deck viewer's
    store): the next export of the same deck, the published PDF of it too, reuses it."""
    from smparchive.core.media.pages import PageStore

    soffice = _soffice(tmp_path, PAGE_PER_SLIDE + COUNTED)
    cache = tmp_path / "cache"
    first = _page(tmp_path, "first", soffice, cache_dir=cache, decks_as_pdf=as_pdf)
    assert conversions(tmp_path) == 1  # the PPTX once (its page previews; its PDF copy)
    second = _page(tmp_path, "second", soffice, cache_dir=cache, decks_as_pdf=as_pdf)
    assert conversions(tmp_path) == 1
    assert _previews(first) == _previews(second) == {"As PPTX": SLIDES, "As PDF": SLIDES}
    pptx = _decks(tmp_path)[0]
    assert PageStore(cache).rendition_path(pptx.sha256).is_file()  # where the viewer looks


def test_without_a_cache_each_export_converts(tmp_path: Path) -> None:
    soffice = _soffice(tmp_path, PAGE_PER_SLIDE + COUNTED)
    _page(tmp_path, "first", soffice)
    _page(tmp_path, "second", soffice)
    assert conversions(tmp_path) == 2


def test_the_viewers_rendition_shows_the_slides_without_libreoffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rendition the deck viewer kept (on this computer, or in a team's shared cache)
    gives the page its slides where LibreOffice is not installed."""
    import io

    from PIL import Image

    from smparchive.core.media.pages import PageStore

    monkeypatch.setattr(export_pipeline, "find_soffice", lambda: None)
    pptx = _decks(tmp_path)[0]
    pages = [Image.new("RGB", (400, 300), (30 * k, 90, 160)) for k in range(SLIDES)]
    pdf = io.BytesIO()
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:])
    PageStore(tmp_path / "cache").put_rendition(pptx.sha256, pdf.getvalue())
    page = _page(tmp_path, "kept", None, cache_dir=tmp_path / "cache")
    assert _previews(page) == {"As PPTX": SLIDES, "As PDF": SLIDES}
    assert "could not be rendered" not in page


def test_a_decks_huge_thumbnail_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """The picture a package carries of its first slide was read whole: a hostile deck's
    "thumbnail" expanding to 70 MB (compressed to little) was held whole. Now it is refused
    past the catalogue's cap for embedded pictures, and the deck simply has no preview."""
    import zipfile

    from smparchive.core.export.previews import deck_previews

    hostile = tmp_path / "hostile.pptx"
    with zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("docProps/thumbnail.jpeg", "w", force_zip64=True) as dst:
            dst.write(b"\xff\xd8\xff\xe0")
            for _ in range(70):
                dst.write(bytes(1024 * 1024))
    previews, peak = traced_peak(lambda: deck_previews(hostile, PPTX))
    assert previews == []
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held for a deck's thumbnail"
