"""SVG drawings inside published decks without their metadata, drawing elements unchanged.

Drawing programs save more than the drawing: a ``<metadata>`` block of RDF (Dublin Core:
creator, rights, publisher), comments ("Created with Inkscape", "Generator: Adobe
Illustrator"), their own elements and attributes (Inkscape's ``inkscape:export-filename``
with a path in the author's home folder, ``sodipodi:docname``, window sizes; Illustrator's
private copy of its file; Sketch's, Serif's, Figma's), and pictures embedded as ``data:``
URIs, each with its camera's EXIF.

The copy keeps the document's elements in the SVG, XHTML and MathML namespaces (what a
renderer draws) with their attributes that have no namespace or the XML or XLink one, and
drops ``<metadata>``, comments, processing instructions, and every element and attribute
of another namespace (a renderer ignores them), and their namespace declarations; entities
are written out and the document type keeps only its public and system names. Embedded
pictures are cleaned as a deck's are (``clean_picture``); a link to a picture on the
author's disk (``/home/ana/photos/IMG_0001.JPG``, ``file:``, a drive letter) is dropped:
no one else's renderer can show it. The drawing is rewritten as it is parsed, so memory
stays bounded whatever its size (but for one embedded picture at a time). A drawing that
does not parse as XML with an ``<svg>`` root cannot be cleaned (:class:`SvgStripError`).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import IO
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from smparchive.core.messages import PHRASES

__all__ = ["SvgStripError", "strip_svg_stream"]

SVG = "http://www.w3.org/2000/svg"
_DRAWN = frozenset({SVG, "http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML"})
_XML = "http://www.w3.org/XML/1998/namespace"
_XLINK = "http://www.w3.org/1999/xlink"
_ATTRIBUTES = frozenset({_XML, _XLINK})
_LOCAL_FILE = re.compile(r"^\s*(file:|/|\\\\|[A-Za-z]:[\\/])", re.IGNORECASE)
_DATA_URI = re.compile(r"^(\s*data:image/[\w.+-]+;base64,)(.*)$", re.DOTALL | re.IGNORECASE)
_DAMAGED = PHRASES["picture_unreadable"]
_FLUSH = 1 << 16  # characters written at a time


class SvgStripError(ValueError):
    """The drawing cannot be cleaned (the message says why)."""


class _Rewriter:
    """Expat's events written back as XML, without what a renderer does not draw."""

    def __init__(self, dst: IO[bytes], clean_picture: Callable[[bytes], bytes]) -> None:
        self.dst = dst
        self.clean_picture = clean_picture
        self.out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n']
        self.size = 0
        self.scopes: list[dict[str, str]] = [{"xml": _XML}]  # prefix -> namespace
        self.drawn: frozenset[str | None] | None = None  # set at the root
        self.skipping = 0  # depth inside a dropped element
        self.pending = ""  # a start tag not closed yet: "/>" if nothing comes in it
        self.cdata = False

    def write(self, text: str) -> None:
        if self.pending:
            self.out.append(self.pending + ">")
            self.pending = ""
        self.out.append(text)
        self.size += len(text)
        if self.size >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        self.dst.write("".join(self.out).encode("utf-8"))
        self.out.clear()
        self.size = 0

    def doctype(self, name: str, system: str | None, public: str | None, _: int) -> None:
        if public and system:
            self.write(f"<!DOCTYPE {name} PUBLIC {quoteattr(public)} {quoteattr(system)}>\n")
        elif system:
            self.write(f"<!DOCTYPE {name} SYSTEM {quoteattr(system)}>\n")

    def start(self, name: str, attributes: list[str]) -> None:
        if self.skipping:
            self.skipping += 1
            return
        pairs = list(zip(attributes[::2], attributes[1::2], strict=True))
        scope = dict(self.scopes[-1])
        for key, value in pairs:
            if key == "xmlns" or key.startswith("xmlns:"):
                scope[key[6:]] = value
        prefix, _, local = name.rpartition(":")
        uri = scope.get(prefix)
        if self.drawn is None:  # the root
            if local != "svg":
                raise SvgStripError(_DAMAGED)
            self.drawn = frozenset({*_DRAWN, uri})
        if uri not in self.drawn or (uri == SVG and local == "metadata"):
            self.skipping = 1
            return
        self.scopes.append(scope)
        tag = [f"<{name}"]
        for key, value in pairs:
            if key == "xmlns" or key.startswith("xmlns:"):
                if value not in self.drawn and value not in _ATTRIBUTES:
                    continue  # an editor's namespace: none of its names is left
            elif ":" in key and scope.get(key.partition(":")[0]) not in _ATTRIBUTES:
                continue  # an editor's attribute (inkscape:export-filename...)
            elif key.rpartition(":")[2] == "href":
                if _LOCAL_FILE.match(value):
                    continue  # a picture on the author's disk
                if found := _DATA_URI.match(value):
                    value = found.group(1) + self.picture(found.group(2))
            tag.append(f" {key}={quoteattr(value)}")
        self.write("")  # the parent's start tag closed
        self.pending = "".join(tag)

    def end(self, name: str) -> None:
        if self.skipping:
            self.skipping -= 1
            return
        self.scopes.pop()
        if self.pending:
            self.pending, empty = "", self.pending + "/>"
            self.write(empty)
        else:
            self.write(f"</{name}>")

    def text(self, data: str) -> None:
        if not self.skipping:
            self.write(data if self.cdata else escape(data))

    def start_cdata(self) -> None:
        if not self.skipping:
            self.write("<![CDATA[")
            self.cdata = True

    def end_cdata(self) -> None:
        if not self.skipping:
            self.write("]]>")
            self.cdata = False

    def picture(self, encoded: str) -> str:
        """A ``data:`` URI's base64 picture without its metadata."""
        try:
            raw = base64.b64decode("".join(encoded.split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise SvgStripError(_DAMAGED) from exc
        clean = self.clean_picture(raw)
        return encoded if clean == raw else base64.b64encode(clean).decode("ascii")


def strip_svg_stream(
    src: IO[bytes], dst: IO[bytes], clean_picture: Callable[[bytes], bytes]
) -> None:
    """Write to ``dst`` the drawing ``src`` reads without its metadata (see the module's
    text), its embedded pictures through ``clean_picture``. Raises :class:`SvgStripError`."""
    rewriter = _Rewriter(dst, clean_picture)
    parser = expat.ParserCreate()
    parser.ordered_attributes = True
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = rewriter.doctype
    parser.StartElementHandler = rewriter.start
    parser.EndElementHandler = rewriter.end
    parser.CharacterDataHandler = rewriter.text
    parser.StartCdataSectionHandler = rewriter.start_cdata
    parser.EndCdataSectionHandler = rewriter.end_cdata
    try:
        parser.ParseFile(src)
    except (expat.ExpatError, ValueError) as exc:
        if isinstance(exc, SvgStripError):
            raise
        raise SvgStripError(_DAMAGED) from exc
    if rewriter.drawn is None:
        raise SvgStripError(_DAMAGED)
    rewriter.out.append("\n")
    rewriter.flush()
