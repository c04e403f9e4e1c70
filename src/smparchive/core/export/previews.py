"""Page previews of decks, poster frames of recordings, and decks converted to PDF.

All best effort: a preview that cannot be made is simply absent from the publication page.
Native decoders (pdfium, FFmpeg) are imported lazily.
"""

from __future__ import annotations

import io
import logging
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from smparchive.core.cache_use import holding
from smparchive.core.media import pages
from smparchive.core.media.pages import PageStore
from smparchive.core.media.safety import read_member
from smparchive.core.media.thumbnails import MAX_EMBEDDED_PREVIEW
from smparchive.core.messages import problem

log = logging.getLogger(__name__)

__all__ = [
    "NOT_CONVERTED",
    "NO_LIBREOFFICE",
    "ConversionError",
    "DeckPreviews",
    "convert_to_pdf",
    "deck_pages",
    "deck_previews",
    "deck_rendition",
    "video_poster",
]

PREVIEW_WIDTH = 480


class ConversionError(RuntimeError):
    """LibreOffice could not convert a deck."""


MAX_PAGES = 12
# A conference deck with an embedded video can take LibreOffice a few minutes.
CONVERT_TIMEOUT_S = 300.0


def _jpeg(im: Image.Image, width: int = PREVIEW_WIDTH) -> bytes:
    im = im.convert("RGB")
    im.thumbnail((width, width * 4))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=80, progressive=True)
    return out.getvalue()


def deck_previews(path: Path, mime: str, max_pages: int = MAX_PAGES) -> list[bytes]:
    """JPEG previews of the first pages of a PDF, or the embedded thumbnail of a deck."""
    try:
        if mime == "application/pdf" or path.suffix.lower() == ".pdf":
            import pypdfium2

            pdf = pypdfium2.PdfDocument(str(path))
            try:
                pages = []
                for index in range(min(len(pdf), max_pages)):
                    page = pdf[index]
                    scale = PREVIEW_WIDTH / max(1.0, page.get_width())
                    pages.append(_jpeg(page.render(scale=scale).to_pil()))
                return pages
            finally:
                pdf.close()
        with zipfile.ZipFile(path) as zf:
            for member in ("docProps/thumbnail.jpeg", "Thumbnails/thumbnail.png"):
                if member in zf.namelist():
                    # capped as the catalogue's thumbnails read it: a hostile package's
                    # "thumbnail" can expand to gigabytes
                    data = read_member(zf, member, MAX_EMBEDDED_PREVIEW)
                    return [_jpeg(Image.open(io.BytesIO(data)))]
    except Exception as exc:  # any decoder failure just means no preview
        log.info("No preview for %s: %s", path, exc)
    return []


# Why a deck package's slides were not rendered (the page says so in its language).
NO_LIBREOFFICE = "no-libreoffice"
NOT_CONVERTED = "not-converted"


@dataclass(frozen=True, slots=True)
class DeckPreviews:
    """A deck's page previews, and why its slides were not rendered when they were not
    (then ``images`` holds at most the picture of the first slide the package carries)."""

    images: list[bytes] = field(default_factory=list)
    unrendered: str | None = None  # NO_LIBREOFFICE or NOT_CONVERTED


@contextmanager
def deck_rendition(
    soffice: str | None,
    source: Path,
    store: PageStore | None = None,
    sha256: str | None = None,
    timeout_s: float = CONVERT_TIMEOUT_S,
) -> Iterator[Path]:
    """The deck as LibreOffice renders it to PDF, as a file for the ``with`` block (never
    read into memory: a conference deck with a video is often hundreds of MB). With the
    catalogue's page store and the deck's content hash (``sha256``, of ``source``'s
    bytes): the rendition kept there (the deck viewer's, or an earlier export's) when there
    is one, else converted now into the store (for the viewer and the next export), held
    from the cache's trim meanwhile. Raises ConversionError (also without ``soffice`` when
    none is kept) or OSError."""
    key = sha256 if store is not None and sha256 else None
    with holding([key]):
        kept = store.get_rendition(key) if store is not None and key else None
        if kept is not None:
            yield kept
            return
        if soffice is None:  # kept when the plan was made, gone since (the cache was trimmed)
            raise ConversionError(problem("page.no_libreoffice"))
        if store is not None and key:
            try:
                stored: Path | None = convert_to_pdf(
                    soffice, source, store.rendition_path(key), timeout_s
                )
            except OSError as exc:  # a read-only cache only costs a conversion next time
                log.info("Rendition of %s not kept: %s", source, exc)
                stored = None
            if stored is not None:
                yield stored
                return
        with tempfile.TemporaryDirectory(prefix="smparchive-deck-") as tmp:
            yield convert_to_pdf(soffice, source, Path(tmp, "deck.pdf"), timeout_s)


def deck_pages(
    path: Path,
    mime: str,
    soffice: str | None,
    max_pages: int = MAX_PAGES,
    *,
    store: PageStore | None = None,
    sha256: str | None = None,
) -> DeckPreviews:
    """Previews of a deck's first pages, a PPTX, ODP or Keynote package's as its PDF's: its
    slides rendered by LibreOffice (``soffice``), as the deck viewer shows them (its kept
    rendition when ``store`` has one for ``sha256``, the hash of ``path``'s content:
    :func:`deck_rendition`); without LibreOffice, or when it fails, the package's own
    picture of its first slide and why."""
    if mime == "application/pdf" or path.suffix.lower() == ".pdf":
        return DeckPreviews(deck_previews(path, mime, max_pages))
    # a kept rendition serves without LibreOffice too (a team's shared cache)
    kept = store is not None and sha256 and store.has_rendition(sha256)
    if soffice is None and not kept:
        return DeckPreviews(deck_previews(path, mime, max_pages), NO_LIBREOFFICE)
    try:
        with deck_rendition(soffice, path, store, sha256) as rendition:
            pages = deck_previews(rendition, "application/pdf", max_pages)
    except (ConversionError, OSError) as exc:
        log.info("No slide previews for %s: %s", path, exc)
        return DeckPreviews(deck_previews(path, mime, max_pages), NOT_CONVERTED)
    if not pages:
        return DeckPreviews(deck_previews(path, mime, max_pages), NOT_CONVERTED)
    return DeckPreviews(pages)


def video_poster(path: Path, at_fraction: float = 0.1) -> bytes | None:
    """A JPEG poster frame a little into the recording (the first frames are often black)."""
    try:
        import av

        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            if container.duration:
                target = int(container.duration * at_fraction)
                container.seek(min(target, 10_000_000))
            for frame in container.decode(stream):
                return _jpeg(frame.to_image(), 960)  # type: ignore[no-untyped-call]  # PyAV stub: untyped
    except Exception as exc:
        log.info("No poster frame for %s: %s", path, exc)
    return None


def convert_to_pdf(
    soffice: str, source: Path, target: Path, timeout_s: float = CONVERT_TIMEOUT_S
) -> Path:
    """The deck converted by LibreOffice (headless, private profile) into ``target``,
    atomically, streamed from disk to disk (:func:`pages.convert_to_pdf`); raises
    ConversionError, or OSError when ``target``'s folder cannot be written."""
    try:
        return pages.convert_to_pdf(source, target, timeout_s=timeout_s, soffice=soffice)
    except pages.PageError as exc:
        raise ConversionError(str(exc)) from exc
