"""Pages of decks and documents for viewers: render a PDF page, read slide texts, find text.

Qt-free. PDF work goes through pypdfium2 under one lock (pdfium is not thread-safe);
PPTX/ODP/KEY become PDF through LibreOffice when it is installed (:func:`convert_to_pdf`),
else viewers fall back to :func:`slide_texts`. :class:`PageStore` keeps renditions and
rendered pages on disk, keyed by the source's SHA-256 so a moved file keeps them.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from smparchive.core.cache_records import CachedFile, sharded
from smparchive.core.messages import plain, problem

from .office import odf_text, shape_texts
from .pdftext import LINE_END_HYPHEN, page_text, reading_textpage
from .safety import check_zip, parse_xml, read_member
from .thumbnails import encode_jpeg

log = logging.getLogger(__name__)

PDFIUM_LOCK = threading.RLock()
CONVERT_TIMEOUT_S = 120.0
MAX_RENDER_EDGE = 8000  # px: a hostile page size must not allocate gigabytes

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_PRES = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"


class PageError(Exception):
    """A deck or page cannot be shown; the message says why in one sentence."""


@dataclass(frozen=True, slots=True)
class SlideText:
    """What a viewer shows beside one page or slide."""

    title: str
    text: str
    notes: str


Box = tuple[float, float, float, float]
"""A rectangle on a rendered page: left, top, right, bottom as fractions of its width and
height from the top-left corner (so it follows any zoom, rotation or crop of the picture)."""

_DEVICE = 10_000  # device units per page edge when mapping page points to fractions


# -- PDF ----------------------------------------------------------------------------------


class PdfDeck:
    """An open PDF whose pages can be rendered and read from any thread (one at a time)."""

    def __init__(self, path: Path, password: str | None = None) -> None:
        import pypdfium2 as pdfium

        self.path = Path(path)
        with PDFIUM_LOCK:
            try:
                self._pdf: Any = pdfium.PdfDocument(str(path), password=password)
            except pdfium.PdfiumError as exc:
                raise PageError(_pdf_open_reason(exc)) from exc
            except (OSError, ValueError) as exc:
                raise PageError(problem("page.pdf_unreadable", why=plain(exc))) from exc
            self.page_count = len(self._pdf)

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._pdf is not None:
                self._pdf.close()
                self._pdf = None

    def __enter__(self) -> PdfDeck:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def render(self, index: int, long_edge: int) -> Image.Image:
        """Page ``index`` (0-based) as an RGB image whose longer side is ``long_edge`` px."""
        import pypdfium2 as pdfium

        if not 0 <= index < self.page_count:
            raise PageError(problem("page.missing", n=index + 1, limit=self.page_count))
        with PDFIUM_LOCK:
            if self._pdf is None:
                raise PageError(problem("page.closed"))
            try:
                page = self._pdf[index]
                try:
                    width, height = page.get_size()
                    if page.get_rotation() in (90, 270):
                        width, height = height, width
                    if width <= 0 or height <= 0:
                        raise PageError(problem("page.no_size", n=index + 1))
                    edge = min(max(16, long_edge), MAX_RENDER_EDGE)
                    bitmap = page.render(scale=edge / max(width, height), may_draw_forms=True)
                    image: Image.Image = bitmap.to_pil()
                    return image.convert("RGB")
                finally:
                    page.close()
            except pdfium.PdfiumError as exc:
                raise PageError(problem("page.unrenderable", n=index + 1, why=plain(exc))) from exc

    def find_boxes(self, index: int, query: str) -> list[list[Box]]:
        """Where ``query`` is on page ``index`` as :func:`find_pages` matches it: per match its
        rectangles (one per line it spans) in reading order. A page without a text layer, a
        closed deck or a page pdfium cannot read gives ``[]``."""
        import pypdfium2 as pdfium

        if not query.strip() or not 0 <= index < self.page_count:
            return []
        with PDFIUM_LOCK:
            if self._pdf is None:
                return []
            try:
                page = self._pdf[index]
                try:
                    textpage = reading_textpage(page)
                    try:
                        return _page_boxes(page, textpage, query)
                    finally:
                        textpage.close()
                finally:
                    page.close()
            except (pdfium.PdfiumError, ValueError, OSError) as exc:
                log.debug("no find boxes on page %d: %s", index, exc)
                return []

    def texts(self) -> list[SlideText]:
        """Per page: the first line as title and the page text (PDFs carry no notes)."""
        import pypdfium2 as pdfium

        out: list[SlideText] = []
        with PDFIUM_LOCK:
            for index in range(self.page_count):
                text = ""
                try:
                    page = self._pdf[index]
                    try:
                        textpage = reading_textpage(page)
                        text = page_text(textpage).strip()
                        textpage.close()
                    finally:
                        page.close()
                except pdfium.PdfiumError as exc:
                    log.debug("no text on page %d: %s", index, exc)
                title = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
                out.append(SlideText(title=title[:120], text=text, notes=""))
        return out


def _page_boxes(page: Any, textpage: Any, query: str) -> list[list[Box]]:
    """The rectangles of each match of ``query`` in the page's character array, mapped by
    pdfium to the rendered page (it applies the page's rotation and crop box)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count <= 0:
        return []
    codes = (pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(count))
    # one per index, as the page text reads (page_text)
    chars = "".join(chr(c) if c <= 0x10FFFF else "\ufffd" for c in codes)
    chars = chars.replace(LINE_END_HYPHEN, "-")
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return []
    size_x = max(1, round(_DEVICE * width / max(width, height)))
    size_y = max(1, round(_DEVICE * height / max(width, height)))
    dev_x, dev_y = ctypes.c_int(), ctypes.c_int()

    def point(x: float, y: float) -> tuple[float, float]:
        pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, size_x, size_y, 0, x, y, dev_x, dev_y)
        return dev_x.value / size_x, dev_y.value / size_y

    matches: list[list[Box]] = []
    for start, end in match_spans(chars, query):
        boxes: list[Box] = []
        for n in range(textpage.count_rects(start, end - start)):
            left, bottom, right, top = textpage.get_rect(n)
            (x0, y0), (x1, y1) = point(left, top), point(right, bottom)
            box = (_unit(min(x0, x1)), _unit(min(y0, y1)), _unit(max(x0, x1)), _unit(max(y0, y1)))
            if box[2] > box[0] and box[3] > box[1]:  # off the page or empty: nothing to mark
                boxes.append(box)
        if boxes:
            matches.append(boxes)
    return matches


def _unit(value: float) -> float:
    return min(1.0, max(0.0, value))


def _pdf_open_reason(exc: Exception) -> str:
    text = str(exc)
    if "password" in text.lower():
        return problem("page.pdf_encrypted")
    if "format" in text.lower() or "file" in text.lower():
        return problem("page.not_pdf", why=plain(exc))
    return problem("pdf.cannot_open", why=plain(exc))


# -- slide texts of packages ---------------------------------------------------------------


def slide_texts(path: Path, fmt: str | None) -> list[SlideText]:
    """Titles, text and speaker notes per slide of a PPTX or ODP (KEY has no readable text)."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).upper()
    if fmt == "PDF":
        with PdfDeck(path) as deck:
            return deck.texts()
    if fmt == "PPTX":
        return _pptx_texts(Path(path))
    if fmt == "ODP":
        return _odp_texts(Path(path))
    if fmt == "KEY":
        return []
    raise PageError(problem("page.slides_unreadable", fmt=fmt))


def _pptx_texts(path: Path) -> list[SlideText]:
    from pptx import Presentation

    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(zf)
        prs = Presentation(str(path))
        slides = list(prs.slides)
    except Exception as exc:  # BadZipFile, KeyError, lxml errors, PackageNotFoundError ...
        raise PageError(problem("pptx.unreadable", why=plain(exc))) from exc
    out = []
    for slide in slides:
        title_shape = slide.shapes.title
        title = title_shape.text_frame.text if title_shape is not None else ""
        parts = [t for t in shape_texts(slide.shapes) if t.strip()]
        notes = ""
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text
        out.append(SlideText(" ".join(title.split()), "\n".join(parts).strip(), notes.strip()))
    return out


def _odp_texts(path: Path) -> list[SlideText]:
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(zf)
            content = parse_xml(read_member(zf, "content.xml"))
    except KeyError as exc:
        raise PageError(problem("page.odp_no_content")) from exc
    except Exception as exc:
        raise PageError(problem("pptx.unreadable", why=plain(exc))) from exc
    out = []
    for page in content.iter(f"{{{_DRAW}}}page"):
        notes_el = page.find(f"{{{_PRES}}}notes")
        title, body = "", []
        for child in page:
            if child is notes_el:
                continue
            for frame in [child, *child.iter(f"{{{_DRAW}}}frame")]:
                if frame.get(f"{{{_PRES}}}class") == "title" and not title:
                    title = " ".join(" ".join(_paragraphs(frame)).split())
            body += [p for p in _paragraphs(child) if p.strip()]
        notes = [p for p in _paragraphs(notes_el) if p.strip()] if notes_el is not None else []
        out.append(SlideText(title, "\n".join(body), "\n".join(notes)))
    return out


def _paragraphs(el: Any) -> list[str]:
    return [odf_text(n) for n in el.iter() if n.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]


# -- find ----------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` ("É" and "e" compare equal)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text`` as :func:`find_pages` matches it (any case and
    accents, any run of spaces or line breaks between words): (start, end) in ``text``."""
    needle = " ".join(fold(query).split())
    if not needle:
        return []
    folded: list[str] = []
    origin: list[int] = []  # the index in ``text`` of each folded character
    for i, ch in enumerate(text):
        if ch.isspace():
            if folded and folded[-1] != " ":
                folded.append(" ")
                origin.append(i)
            continue
        for f in fold(ch):
            folded.append(f)
            origin.append(i)
    haystack = "".join(folded)
    spans = []
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle) - 1
        spans.append((origin[at], origin[end] + 1))
        at = haystack.find(needle, at + len(needle))
    return spans


def find_pages(slides: Sequence[SlideText], query: str) -> list[int]:
    """Indexes of slides whose title, text or notes contain ``query`` (accent-insensitive)."""
    needle = " ".join(fold(query).split())
    if not needle:
        return []
    return [
        i
        for i, s in enumerate(slides)
        if needle in " ".join(fold(f"{s.title}\n{s.text}\n{s.notes}").split())
    ]


# -- LibreOffice renditions ----------------------------------------------------------------


def find_soffice() -> str | None:
    """The LibreOffice executable on PATH (``soffice`` or ``libreoffice``), if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(
    source: Path, target: Path, *, timeout_s: float = CONVERT_TIMEOUT_S, soffice: str | None = None
) -> Path:
    """Convert a deck to PDF with headless LibreOffice into ``target`` (atomically).

    A private user profile keeps a running LibreOffice from swallowing the request; the whole
    process group is killed when ``timeout_s`` passes. Raises :class:`PageError`.
    """
    exe = soffice or find_soffice()
    if exe is None:
        raise PageError(problem("page.no_libreoffice"))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smp-soffice-", dir=target.parent) as tmp:
        work = Path(tmp)
        link = work / f"deck{source.suffix.lower()}"  # plain name: no quoting surprises
        try:
            os.symlink(source.resolve(), link)
        except OSError:
            shutil.copyfile(source, link)  # streamed: a deck with a video is hundreds of MB
        cmd = [
            exe,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(link),
        ]
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            _, err = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired as exc:
            _kill_group(proc)
            raise PageError(problem("page.libreoffice_slow", n=f"{timeout_s:.0f}")) from exc
        produced = work / "out" / "deck.pdf"
        if proc.returncode != 0 or not produced.is_file() or produced.stat().st_size == 0:
            detail = (err or b"").decode("utf-8", "replace").strip().splitlines()
            if detail:
                raise PageError(problem("page.libreoffice_failed_why", detail=detail[-1]))
            raise PageError(problem("page.libreoffice_failed"))
        os.replace(produced, target)
    return target


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (OSError, AttributeError):
        proc.kill()
    proc.wait(timeout=10)


# -- disk cache ----------------------------------------------------------------------------


class PageStore:
    """Renditions (``renditions/ab/<sha>.pdf``) and pages (``pages/ab/<sha>-p0001-1600.jpg``)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def rendition_path(self, sha256: str) -> Path:
        return self.root / "renditions" / sha256[:2] / f"{sha256}.pdf"

    def get_rendition(self, sha256: str) -> Path | None:
        """Where the PDF LibreOffice made of the deck whose content hashes to ``sha256`` is
        kept, if it is (marked as just used: the cache's trim goes by last use). A path, not
        bytes: a deck with a video makes a rendition of hundreds of MB."""
        path = self.rendition_path(sha256)
        try:
            if path.stat().st_size == 0:
                return None
        except OSError:
            return None
        _used(path)
        return path

    def kept_rendition(self, sha256: str | None) -> Path | None:
        """:meth:`get_rendition`, for a content that may have no hash."""
        return self.get_rendition(sha256) if sha256 else None

    def has_rendition(self, sha256: str | None) -> bool:
        """Whether a rendition of ``sha256`` is kept (not marked as used: a question only)."""
        return bool(sha256) and self.rendition_path(str(sha256)).is_file()

    def put_rendition(self, sha256: str, pdf: Path | bytes) -> Path | None:
        """Keep a deck's rendition for the viewer and the next export, atomically: a file
        is moved in (copied, streamed, from another file system), bytes written. Returns
        where it is kept, or None when the cache cannot be written (then a file stays)."""
        target = self.rendition_path(sha256)
        if isinstance(pdf, bytes):
            return target if _keep(target, pdf, "rendition") else None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(pdf, target)
            except OSError:  # another file system: a streamed copy, then the same rename
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pdf")
                os.close(fd)
                try:
                    shutil.copyfile(pdf, tmp)
                    os.replace(tmp, target)
                except BaseException:
                    Path(tmp).unlink(missing_ok=True)
                    raise
                Path(pdf).unlink(missing_ok=True)
        except OSError as exc:  # a read-only cache only costs speed
            log.warning("cannot cache rendition %s: %s", target, exc)
            return None
        return target

    def page_path(self, sha256: str, index: int, size: int) -> Path:
        return self.root / "pages" / sha256[:2] / f"{sha256}-p{index + 1:04d}-{size}.jpg"

    def get_page(self, sha256: str, index: int, size: int) -> bytes | None:
        path = self.page_path(sha256, index, size)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        _used(path)
        return data

    def put_page(self, sha256: str, index: int, size: int, image: Image.Image) -> bytes:
        """Encode and store a rendered page atomically; returns the JPEG bytes."""
        data = encode_jpeg(image.convert("RGB"), quality=90)
        _keep(self.page_path(sha256, index, size), data, "page")
        return data

    def files(self) -> Iterator[CachedFile]:
        """Every kept rendition and page (for the cache's size and trim; no symlinks
        followed, files being written and conversions' work folders skipped)."""
        for sub in ("renditions", "pages"):
            for e in sharded(self.root / sub):
                parsed = _stored(sub, e.name)
                if parsed is None or not e.is_file(follow_symlinks=False):
                    continue
                try:
                    st = e.stat(follow_symlinks=False)
                except OSError:
                    continue  # deleted meanwhile
                sha, size, kind = parsed
                used = max(st.st_atime, st.st_mtime)
                yield CachedFile(Path(e.path), sha, size, st.st_size, used, kind)


_PAGE_NAME = re.compile(r"([0-9a-f]+)-p\d{4,}-(\d+)\.jpg")


def _stored(sub: str, name: str) -> tuple[str, int, str] | None:
    """A store's file name -> (sha256, page size or 0, kind); None for anything else."""
    if name.startswith(".tmp-"):
        return None
    if sub == "renditions":
        sha, dot, ext = name.rpartition(".")
        return (sha, 0, "rendition") if dot and sha and ext == "pdf" else None
    m = _PAGE_NAME.fullmatch(name)
    return (m.group(1), int(m.group(2)), "page") if m else None


def _used(path: Path) -> None:
    """Mark a kept file as just used (the cache's trim goes by last use); read-only is fine."""
    try:
        os.utime(path)
    except OSError:
        pass


def _keep(target: Path, data: bytes, what: str) -> bool:
    """Write ``data`` to ``target`` atomically (a reader never sees half of it); whether
    it was."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:  # a read-only cache only costs speed
        log.warning("cannot cache %s %s: %s", what, target, exc)
        return False
    return True
