"""Zip-based decks and documents: PPTX, DOCX, ODP, ODT and Keynote packages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from .base import describe, fail
from .info import CaptureTime, MediaInfo, TimeSource
from .safety import check_xml_members, check_zip, parse_xml, read_member

MAX_TEXT_CHARS = 2 * 1024 * 1024

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_PRES = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_KEY_SLIDE = re.compile(r"^Index/Slide(-\d+)?\.iwa$")


class TextBuffer:
    """Collects text up to a cap so a huge deck cannot exhaust memory."""

    def __init__(self, limit: int = MAX_TEXT_CHARS) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit
        self.truncated = False

    def add(self, text: str) -> None:
        """Append one block of text (ignored once the cap is reached)."""
        text = text.strip()
        if not text or self.truncated:
            return
        if self.size + len(text) > self.limit:
            text = text[: self.limit - self.size]
            self.truncated = True
        self.parts.append(text)
        self.size += len(text) + 1

    def value(self) -> str | None:
        """The collected text, or None when there was none."""
        return "\n".join(self.parts) or None


def open_package(path: Path, info: MediaInfo) -> zipfile.ZipFile | None:
    """Open a zip package after the bomb checks; record an ERROR and return None if refused."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        fail(info, f"The {info.format or 'package'} file is not a readable zip ({describe(exc)}).")
        return None
    try:
        check_zip(zf)
        check_xml_members(zf)
    except Exception as exc:
        zf.close()
        fail(info, f"The {info.format or 'package'} file is refused as unsafe ({describe(exc)}).")
        return None
    return zf


def _xml(zf: zipfile.ZipFile, name: str) -> ET.Element | None:
    if name not in zf.NameToInfo:
        return None
    return parse_xml(read_member(zf, name))


def _local_text(root: ET.Element, tag: str) -> str | None:
    el = root.find(f".//{tag}")
    return (el.text or "").strip() or None if el is not None else None


def _iso_capture(text: str | None) -> CaptureTime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    offset = None
    if moment.tzinfo is not None:
        delta = moment.utcoffset()
        offset = int(delta.total_seconds() // 60) if delta is not None else None
        moment = moment.replace(tzinfo=None)
    return CaptureTime(local=moment, offset_minutes=offset, source=TimeSource.DOCUMENT)


def read_ooxml_props(zf: zipfile.ZipFile, info: MediaInfo) -> dict[str, str]:
    """docProps/core.xml (title, creator, created) and app.xml counts into ``info``."""
    core = _xml(zf, "docProps/core.xml")
    if core is not None:
        title = _local_text(core, f"{{{_DC}}}title")
        if title:
            info.title = {"x-default": title}
        info.creator = _local_text(core, f"{{{_DC}}}creator")
        info.capture = _iso_capture(_local_text(core, f"{{{_DCTERMS}}}created"))
    app = _xml(zf, "docProps/app.xml")
    counts: dict[str, str] = {}
    if app is not None:
        for name in ("Slides", "Pages", "Notes"):
            value = _local_text(app, f"{{{_EP}}}{name}")
            if value:
                counts[name] = value
    return counts


def probe_pptx(path: Path, info: MediaInfo) -> None:
    """Slide count (app.xml), then titles, text and speaker notes with python-pptx."""
    zf = open_package(path, info)
    if zf is None:
        return
    with zf:
        if "[Content_Types].xml" not in zf.NameToInfo:
            fail(info, "The PPTX package has no [Content_Types].xml: it is not a presentation.")
            return
        counts = read_ooxml_props(zf, info)
        if counts.get("Slides", "").isdigit():
            info.page_count = int(counts["Slides"])
    from pptx import Presentation

    try:
        prs = Presentation(str(path))
    except Exception as exc:  # KeyError, lxml errors, PackageNotFoundError ...
        fail(info, f"The presentation cannot be read ({describe(exc)}).")
        return
    text, notes = TextBuffer(), TextBuffer()
    titles: list[str] = []
    slides = list(prs.slides)
    for slide in slides:
        title_shape = slide.shapes.title
        title = title_shape.text_frame.text.strip() if title_shape is not None else ""
        titles.append(" ".join(title.split()))
        for chunk in shape_texts(slide.shapes):
            text.add(chunk)
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            if frame is not None:
                notes.add(frame.text)
    info.page_count = len(slides)
    info.slide_titles = titles
    info.text, info.notes = text.value(), notes.value()


def shape_texts(shapes: Any) -> Iterator[str]:
    """The text of each python-pptx shape, into groups; a table's rows tab-separated."""
    for shape in shapes:
        if getattr(shape, "shape_type", None) == 6 and hasattr(shape, "shapes"):  # group
            yield from shape_texts(shape.shapes)
        elif getattr(shape, "has_text_frame", False):
            yield shape.text_frame.text
        elif getattr(shape, "has_table", False):
            for row in shape.table.rows:
                yield "\t".join(cell.text for cell in row.cells)


def probe_docx(path: Path, info: MediaInfo) -> None:
    """Title, author, page count (app.xml) and body text from word/document.xml."""
    zf = open_package(path, info)
    if zf is None:
        return
    with zf:
        body = _xml(zf, "word/document.xml")
        if body is None:
            fail(info, "The DOCX package has no word/document.xml: it is not a document.")
            return
        counts = read_ooxml_props(zf, info)
    if counts.get("Pages", "").isdigit():
        info.page_count = int(counts["Pages"])
    text = TextBuffer()
    for para in body.iter(f"{{{_W}}}p"):
        text.add("".join(t.text or "" for t in para.iter(f"{{{_W}}}t")))
    info.text = text.value()


def odf_text(el: ET.Element) -> str:
    """Text of an ODF element with its encoded spaces, tabs and line breaks restored."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == f"{{{_TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or 1))
        elif child.tag == f"{{{_TEXT}}}tab":
            parts.append("\t")
        elif child.tag == f"{{{_TEXT}}}line-break":
            parts.append("\n")
        else:
            parts.append(odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odf_paragraphs(el: ET.Element) -> Iterator[str]:
    for node in el.iter():
        if node.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
            yield odf_text(node)


def probe_odf(path: Path, info: MediaInfo, *, presentation: bool) -> None:
    """ODP slides (count, titles, text, notes) or ODT text, plus meta.xml facts."""
    zf = open_package(path, info)
    if zf is None:
        return
    with zf:
        content = _xml(zf, "content.xml")
        if content is None:
            fail(info, f"The {info.format} package has no content.xml: there is nothing to read.")
            return
        meta = _xml(zf, "meta.xml")
    if meta is not None:
        title = _local_text(meta, f"{{{_DC}}}title")
        if title:
            info.title = {"x-default": title}
        info.creator = _local_text(meta, f"{{{_DC}}}creator") or _local_text(
            meta, f"{{{_META}}}initial-creator"
        )
        info.capture = _iso_capture(_local_text(meta, f"{{{_META}}}creation-date"))
        stats = meta.find(f".//{{{_META}}}document-statistic")
        pages = stats.get(f"{{{_META}}}page-count") if stats is not None else None
        if pages and pages.isdigit() and not presentation:
            info.page_count = int(pages)
    body = content.find(f"{{{_OFFICE}}}body")
    if body is None:
        fail(info, f"The {info.format} content.xml has no document body.")
        return
    text, notes = TextBuffer(), TextBuffer()
    if not presentation:
        for para in _odf_paragraphs(body):
            text.add(para)
        info.text = text.value()
        return
    pages_ = list(body.iter(f"{{{_DRAW}}}page"))
    titles: list[str] = []
    for page in pages_:
        title = ""
        notes_el = page.find(f"{{{_PRES}}}notes")
        for frame in page.iter(f"{{{_DRAW}}}frame"):
            if frame.get(f"{{{_PRES}}}class") == "title" and not title:
                title = " ".join(" ".join(_odf_paragraphs(frame)).split())
        titles.append(title)
        for child in page:
            if child is not notes_el:
                for para in _odf_paragraphs(child):
                    text.add(para)
        if notes_el is not None:
            for para in _odf_paragraphs(notes_el):
                notes.add(para)
    info.page_count = len(pages_)
    info.slide_titles = titles
    info.text, info.notes = text.value(), notes.value()


def probe_key(path: Path, info: MediaInfo) -> None:
    """Keynote zip package: slide count from its Index parts (text is in IWA protobufs)."""
    zf = open_package(path, info)
    if zf is None:
        return
    with zf:
        names = zf.namelist()
        slides = [n for n in names if _KEY_SLIDE.match(n)]
        if slides:
            info.page_count = len(slides)
