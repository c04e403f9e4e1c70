"""Slide decks and documents: PDF via pypdfium2, zip packages via :mod:`.office`."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from .base import KindResult, describe, fail, warn
from .info import CaptureTime, Kind, MediaInfo, TimeSource
from .office import MAX_TEXT_CHARS, TextBuffer, probe_docx, probe_key, probe_odf, probe_pptx
from .pdftext import page_text, reading_textpage
from .thumbnails import ThumbnailUnavailable, pdf_first_page, zip_preview

log = logging.getLogger(__name__)

MAX_TEXT_PAGES = 2000  # text extraction stops here even if the character cap is not reached
LANDSCAPE_RATIO = 1.05
_PDF_DATE = re.compile(
    r"^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?"
)


class DocumentProbe:
    """Probe for PDF, PPTX, ODP, KEY, DOCX and ODT files."""

    def probe(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> KindResult:
        """Read pages/slides, titles and text; thumbnails are left to :meth:`thumbnails`."""
        fmt = info.format
        if fmt == "PDF":
            probe_pdf(path, info)
        elif fmt == "PPTX":
            probe_pptx(path, info)
        elif fmt in ("ODP", "ODT"):
            probe_odf(path, info, presentation=fmt == "ODP")
        elif fmt == "DOCX":
            probe_docx(path, info)
        elif fmt == "KEY":
            probe_key(path, info)
        elif fmt in ("PPT", "DOC"):
            warn(info, f"Legacy {fmt} files are catalogued but not read; save as {fmt}X to index.")
        else:
            fail(info, f"The {fmt or 'document'} format is not supported.")
        return KindResult()

    def thumbnails(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> dict[int, bytes]:
        """First PDF page, or the preview picture a package carries."""
        if info.format == "PDF":
            return pdf_first_page(path, sizes)
        if info.format in ("PPTX", "ODP", "KEY", "DOCX", "ODT"):
            return zip_preview(path, sizes)
        raise ThumbnailUnavailable(f"There is no way to picture a {info.format} file.")


def probe_pdf(path: Path, info: MediaInfo) -> None:
    """Page count, document info, text (capped); encrypted -> WARNING, deck shape -> SLIDES."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            warn(info, "The PDF is encrypted: a password is required to read it.")
        else:
            fail(info, f"The PDF cannot be opened ({describe(exc)}).")
        return
    try:
        info.page_count = len(pdf)
        _pdf_metadata(pdf, info)
        if info.page_count == 0:
            warn(info, "The PDF has no pages.")
            return
        try:
            page = pdf[0]
        except pdfium.PdfiumError as exc:
            warn(info, f"The PDF's pages cannot be loaded ({describe(exc)}).")
            return
        try:
            width, height = page.get_size()
            if page.get_rotation() in (90, 270):
                width, height = height, width
            info.width, info.height = round(width), round(height)  # PDF points
        finally:
            page.close()
        info.kind = Kind.SLIDES if width > height * LANDSCAPE_RATIO else Kind.DOCUMENT
        info.text = _pdf_text(pdf)
    finally:
        pdf.close()


def _pdf_metadata(pdf: Any, info: MediaInfo) -> None:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except Exception as exc:  # damaged /Info
        info.problems.append(f"The PDF document information was ignored ({describe(exc)}).")
        return
    title = " ".join(str(meta.get("Title", "")).split())
    if title:
        info.title = {"x-default": title}
    author = " ".join(str(meta.get("Author", "")).split())
    info.creator = author or None
    info.capture = parse_pdf_date(meta.get("CreationDate"))


def _pdf_text(pdf: Any) -> str | None:
    import pypdfium2 as pdfium

    text = TextBuffer(MAX_TEXT_CHARS)
    for index in range(min(len(pdf), MAX_TEXT_PAGES)):
        if text.truncated:
            break
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            continue
        try:
            textpage = reading_textpage(page)
            try:
                text.add(page_text(textpage))
            finally:
                textpage.close()
        except pdfium.PdfiumError as exc:
            log.debug("no text on page %d: %s", index, exc)
        finally:
            page.close()
    return text.value()


def parse_pdf_date(value: str | None) -> CaptureTime | None:
    """PDF date ``D:YYYYMMDDHHmmSSOHH'mm'`` as a CaptureTime (source DOCUMENT)."""
    if not value:
        return None
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, sign, oh, om = match.groups()
    try:
        local = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
        )
    except ValueError:
        return None
    offset = None
    if sign in ("Z", "z"):
        offset = 0
    elif sign in ("+", "-") and oh:
        offset = (int(oh) * 60 + int(om or 0)) * (-1 if sign == "-" else 1)
    return CaptureTime(local=local, offset_minutes=offset, source=TimeSource.DOCUMENT)
