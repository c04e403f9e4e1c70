"""Write the demo decks (PPTX through python-pptx, PDF handouts) and the concept note PDF.

Output is byte-for-byte reproducible: core properties carry fixed dates and the PPTX zip is
rewritten with fixed member timestamps (python-pptx stamps the current time).
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

from smparchive.core.demo.content import (
    CONCEPT_NOTE_PAGES,
    CONCEPT_NOTE_SUBTITLE,
    CONCEPT_NOTE_TITLE,
    Deck,
)
from smparchive.core.demo.pdf import PdfDocument, pdf_date

_NAVY = (22, 54, 104)
_GOLD = (236, 176, 36)
_FOOTER = "Skills Mobility Partnerships · Brussels, 1–2 June 2022"


def write_pptx(deck: Deck, path: Path, created: datetime) -> int:
    """Write ``deck`` as a 16:9 PowerPoint file with speaker notes; returns the slide count."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    title_layout, content_layout = prs.slide_layouts[0], prs.slide_layouts[1]
    for index, slide_data in enumerate(deck.slides):
        layout = title_layout if index == 0 else content_layout
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = slide_data.title
        navy = RGBColor(*_NAVY)  # type: ignore[no-untyped-call]  # python-pptx: untyped constructor
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = navy
        body = slide.placeholders[1].text_frame
        body.text = slide_data.bullets[0]
        for bullet in slide_data.bullets[1:]:
            paragraph = body.add_paragraph()
            paragraph.text = bullet
            paragraph.font.size = Pt(24)
        slide.notes_slide.notes_text_frame.text = slide_data.notes
    props = prs.core_properties
    props.title = deck.title
    props.author = props.last_modified_by = deck.author
    props.subject = "Skills Mobility Partnerships conference, Brussels 2022"
    props.keywords = "skills mobility; migration; EMN; Brussels"
    props.created = props.modified = created.astimezone(UTC).replace(tzinfo=None)  # UTC
    props.revision = 3
    buffer = io.BytesIO()
    prs.save(buffer)
    thumbnail = _first_slide_jpeg(deck, created)
    path.write_bytes(_fixed_zip(buffer.getvalue(), created, {"docProps/thumbnail.jpeg": thumbnail}))
    return len(deck.slides)


def _first_slide_jpeg(deck: Deck, created: datetime, width: int = 320) -> bytes:
    """A picture of the first slide, as PowerPoint stores in docProps/thumbnail.jpeg.

    python-pptx keeps its template's blank thumbnail; a real deck shows its title slide.
    The handout PDF's first page is rendered so both versions look alike.
    """
    import tempfile

    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "deck.pdf"
        write_deck_pdf(deck, pdf_path, created)
        doc = pdfium.PdfDocument(str(pdf_path))
        try:
            page = doc[0]
            image = page.render(scale=width / page.get_width()).to_pil().convert("RGB")
            page.close()
        finally:
            doc.close()
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _fixed_zip(data: bytes, when: datetime, replace: dict[str, bytes] | None = None) -> bytes:
    """The same zip with every member stamped ``when`` (reproducible output); members named
    in ``replace`` get new content."""
    replace = replace or {}
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, replace.get(info.filename) or src.read(info.filename))
    return out.getvalue()


def write_deck_pdf(deck: Deck, path: Path, created: datetime) -> int:
    """Write ``deck`` as a landscape 16:9 PDF, one page per slide; returns the page count."""
    width, height = 960.0, 540.0
    doc = PdfDocument(_info(deck.title, deck.author, created))
    for number, slide in enumerate(deck.slides, start=1):
        page = doc.add_page(width, height)
        page.rect(0, 0, width, height, (250, 250, 247))
        page.rect(0, height - 96, width, 96, _NAVY)
        page.rect(0, height - 102, width, 6, _GOLD)
        page.paragraph(
            48, height - 58, slide.title, 30, width - 96, 34, bold=True, rgb=(255, 255, 255)
        )
        y = height - 160
        for bullet in slide.bullets:
            page.text(60, y, "•", 22, rgb=_NAVY)
            y = page.paragraph(88, y, bullet, 22, width - 150, 28) - 14
        page.rect(0, 0, width, 30, (230, 233, 240))
        page.text(48, 11, _FOOTER, 10, rgb=(80, 80, 80))
        page.text(width - 80, 11, f"{number} / {len(deck.slides)}", 10, rgb=(80, 80, 80))
    doc.save(path)
    return len(deck.slides)


def write_concept_note(path: Path, created: datetime) -> int:
    """Write the two-page A4 portrait concept note; returns the page count."""
    width, height, margin = 595.0, 842.0, 64.0
    column = width - 2 * margin
    doc = PdfDocument(_info(CONCEPT_NOTE_TITLE, "EMN organising team", created))
    for number, sections in enumerate(CONCEPT_NOTE_PAGES, start=1):
        page = doc.add_page(width, height)
        y = height - margin
        if number == 1:
            page.rect(0, height - 8, width, 8, _NAVY)
            y = page.paragraph(
                margin, y - 10, CONCEPT_NOTE_TITLE, 20, column, 25, bold=True, rgb=_NAVY
            )
            y = (
                page.paragraph(margin, y, CONCEPT_NOTE_SUBTITLE, 11, column, 14, rgb=(90, 90, 90))
                - 12
            )
        for heading, paragraphs in sections:
            y = page.paragraph(margin, y - 8, heading, 13, column, 18, bold=True, rgb=_NAVY)
            for text in paragraphs:
                y = page.paragraph(margin, y, text, 11, column, 15.5) - 7
        page.text(margin, 36, "Concept note · Skills Mobility Partnerships", 9, rgb=(90, 90, 90))
        page.text(width - margin - 30, 36, f"{number} / {len(CONCEPT_NOTE_PAGES)}", 9)
    doc.save(path)
    return len(CONCEPT_NOTE_PAGES)


def _info(title: str, author: str, created: datetime) -> dict[str, str]:
    return {
        "Title": title,
        "Author": author,
        "Subject": "Skills Mobility Partnerships conference, Brussels 2022",
        "Creator": "smparchive demo generator",
        "Producer": "smparchive",
        "CreationDate": pdf_date(created),
        "ModDate": pdf_date(created),
    }
