"""Open a deck for viewing (blocking; run it in a worker): PDF directly, PPTX/ODP/KEY through a
cached LibreOffice rendition, else the embedded picture plus slide titles and notes."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from smparchive.core import cache_use
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.media.pages import (
    CONVERT_TIMEOUT_S,
    PageError,
    PageStore,
    PdfDeck,
    SlideText,
    convert_to_pdf,
    find_soffice,
    slide_texts,
)
from smparchive.core.media.thumbnails import ThumbnailUnavailable, zip_preview
from smparchive.core.messages import problem
from smparchive.core.thumbcache import PREVIEW
from smparchive.gui import problem_texts
from smparchive.gui.i18n import translate
from smparchive.gui.problem_texts import Shown
from smparchive.gui.viewers.imaging import image_from_bytes, pil_to_qimage

log = logging.getLogger(__name__)

PACKAGES = ("PPTX", "ODP", "KEY")


@dataclass
class DeckContent:
    """What the deck viewer shows: rendered pages (``pdf``) or the fallback, and texts."""

    pdf: PdfDeck | None
    slides: list[SlideText]
    picture: bytes | None = None  # the package's embedded preview (first slide)
    notice: str | None = None  # why the viewer shows less than rendered pages
    key: str | None = None  # cache key of rendered pages (sha256 of the source)
    _tmp: list[tempfile.TemporaryDirectory[str]] = field(default_factory=list)
    # the content whose kept rendition is open: a cache trim spares it until close()
    _held: str | None = None

    @property
    def count(self) -> int:
        return self.pdf.page_count if self.pdf is not None else len(self.slides)

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
        if self._held is not None:
            cache_use.release(self._held)
            self._held = None
        for tmp in self._tmp:
            tmp.cleanup()


def deck_format(record: ItemRecord) -> str:
    return (record.format or Path(record.path).suffix.lstrip(".")).upper()


def open_deck(
    record: ItemRecord, store: PageStore | None, timeout_s: float = CONVERT_TIMEOUT_S
) -> DeckContent:
    """Open ``record`` for viewing; raises :class:`PageError` when nothing can be shown."""
    path = Path(record.path)
    if not path.exists():
        raise PageError(
            Shown(
                translate("viewers", "The file is missing (moved, deleted or on an offline drive).")
            )
        )
    fmt = deck_format(record)
    if fmt == "PDF":
        pdf = PdfDeck(path)
        return DeckContent(pdf, pdf.texts(), key=record.sha256)
    if fmt not in PACKAGES:
        raise PageError(
            Shown(
                translate("viewers", "%1 files cannot be shown as pages.").replace("%1", fmt)
                if fmt
                else translate("viewers", "These files cannot be shown as pages.")
            )
        )
    try:
        slides = slide_texts(path, fmt)
        texts_error = None
    except PageError as exc:
        slides, texts_error = [], exc
    content = DeckContent(None, slides, key=record.sha256)
    try:
        content.pdf = _rendition(record, store, timeout_s, content)
    except PageError as exc:
        content.notice = Shown(
            translate("viewers", "%1 Showing the slide titles and notes instead.").replace(
                "%1", problem_texts.error_text(exc)
            )
        )
    if content.pdf is not None:
        if len(slides) != content.pdf.page_count:  # a rendition with its own page split
            content.slides = content.pdf.texts()
        return content
    if texts_error is not None:
        raise texts_error
    try:
        content.picture = zip_preview(path, [PREVIEW])[PREVIEW]
    except ThumbnailUnavailable:
        content.picture = None
    if not slides and content.picture is None:
        raise PageError(
            content.notice
            or Shown(translate("viewers", "The deck has no slides that can be shown."))
        )
    return content


def _rendition(
    record: ItemRecord, store: PageStore | None, timeout_s: float, content: DeckContent
) -> PdfDeck:
    if store is not None and record.sha256:
        target = store.rendition_path(record.sha256)
        cache_use.hold(record.sha256)  # before looking: a trim meanwhile spares it
        try:
            kept = store.kept_rendition(record.sha256)
            pdf = PdfDeck(kept) if kept is not None else None
        except BaseException:
            cache_use.release(record.sha256)
            raise
        if pdf is not None:
            content._held = record.sha256
            return pdf
        cache_use.release(record.sha256)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="smp-deck-")
        content._tmp.append(tmp)
        target = Path(tmp.name) / "rendition.pdf"
        content.key = None  # nowhere to cache pages
    if find_soffice() is None:  # the core's sentence: translated once, where it is shown
        raise PageError(problem("page.no_libreoffice"))
    convert_to_pdf(Path(record.path), target, timeout_s=timeout_s)
    pdf = PdfDeck(target)
    if store is not None and record.sha256:
        cache_use.hold(record.sha256)  # the new rendition is open until close()
        content._held = record.sha256
    return pdf


def _within(image: QImage, size: int) -> QImage:
    """``image`` with its long edge at most ``size`` px (a larger picture overflowed the
    page strip's cell, cut on both sides)."""
    if max(image.width(), image.height()) <= size:
        return image
    return image.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def render_page(content: DeckContent, store: PageStore | None, index: int, size: int) -> QImage:
    """Page ``index`` at ``size`` px long edge: disk cache, else pdfium (then cached)."""
    if content.pdf is None:
        if index == 0 and content.picture:
            image = image_from_bytes(content.picture)
            if image is not None:  # at the size asked: the page strip's cell, the page
                return _within(image, size)
        raise PageError(Shown(translate("viewers", "No picture of this slide.")))
    key = content.key
    if store is not None and key:
        data = store.get_page(key, index, size)
        if data:
            image = image_from_bytes(data)
            if image is not None:
                return image
    rendered = content.pdf.render(index, size)
    if store is not None and key:
        store.put_page(key, index, size, rendered)
    return pil_to_qimage(rendered)
