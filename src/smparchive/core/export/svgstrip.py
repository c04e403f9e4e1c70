"""SVG drawings inside published decks without their metadata, drawing elements unchanged.

Drawing programs save more than the drawing: a ``<metadata>`` block of RDF (Dublin Core:
creator, rights, publisher), comments ("Created with Inkscape", "Generator: Adobe
Illustrator"), their own elements and attributes (Inkscape's ``inkscape:export-filename``
with a path in the author's home folder, ``sodipodi:docname``, window sizes; Illustrator's
private copy of its file; Sketch's, Serif's, Figma's), and pictures embedded as ``data:``
URIs, each with its camera's EXIF.

The copy keeps the document's elements in the SVG, XHTML and MathML namespaces (what a
renderer draws) with their attributes that have no namespace or the XML or XLink one, and
drops ``<metadata>``, comments, processing instructions inside the drawing, and every
element and attribute of another namespace (a renderer ignores them), and their namespace
declarations. Embedded pictures are cleaned as a deck's are (``clean_picture``); a link to
a picture on the author's disk (``/home/ana/photos/IMG_0001.JPG``, ``file:``, a drive
letter) is dropped: no one else's renderer can show it. A drawing that does not parse as
XML with an ``<svg>`` root cannot be cleaned (:class:`SvgStripError`). The drawing is
parsed whole, so it is refused above :data:`MAX_SVG_BYTES`, however rare such a drawing is.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import IO
from xml.dom import minidom
from xml.parsers.expat import ExpatError

from smparchive.core.messages import PHRASES

__all__ = ["MAX_SVG_BYTES", "SvgStripError", "strip_svg_stream"]

MAX_SVG_BYTES = 32 * 1024 * 1024
SVG = "http://www.w3.org/2000/svg"
_DRAWN = frozenset({SVG, "http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML"})
_XML = "http://www.w3.org/XML/1998/namespace"
_XLINK = "http://www.w3.org/1999/xlink"
_XMLNS = "http://www.w3.org/2000/xmlns/"
_ATTRIBUTES = frozenset({_XML, _XLINK})
_LOCAL_FILE = re.compile(r"^\s*(file:|/|\\\\|[A-Za-z]:[\\/])", re.IGNORECASE)
_DATA_URI = re.compile(r"^(\s*data:image/[\w.+-]+;base64,)(.*)$", re.DOTALL | re.IGNORECASE)
_DAMAGED = PHRASES["picture_unreadable"]
_TOO_LARGE = PHRASES["drawing_too_large"]


class SvgStripError(ValueError):
    """The drawing cannot be cleaned (the message says why)."""


def strip_svg_stream(
    src: IO[bytes], dst: IO[bytes], clean_picture: Callable[[bytes], bytes]
) -> None:
    """Write to ``dst`` the drawing ``src`` reads without its metadata (see the module's
    text), its embedded pictures through ``clean_picture``. Raises :class:`SvgStripError`."""
    data = src.read(MAX_SVG_BYTES + 1)
    if len(data) > MAX_SVG_BYTES:
        raise SvgStripError(_TOO_LARGE)
    try:
        doc = minidom.parseString(data)
    except (ExpatError, ValueError) as exc:
        raise SvgStripError(_DAMAGED) from exc
    try:
        root = doc.documentElement
        if root is None or root.localName != "svg":
            raise SvgStripError(_DAMAGED)
        drawn = frozenset({*_DRAWN, root.namespaceURI})
        for node in list(doc.childNodes):
            if node.nodeType == node.COMMENT_NODE:
                doc.removeChild(node)
        _clean(root, drawn, clean_picture)
        dst.write(doc.toxml(encoding="utf-8"))
    finally:
        doc.unlink()


def _clean(
    element: minidom.Element, drawn: frozenset[str | None], clean_picture: Callable[[bytes], bytes]
) -> None:
    """``element`` and what it holds without what a renderer does not draw."""
    attributes = element.attributes
    nodes = [attributes.item(i) for i in range(attributes.length)]
    for attr in [node for node in nodes if isinstance(node, minidom.Attr)]:
        uri = attr.namespaceURI
        if uri == _XMLNS:
            if attr.value not in drawn and attr.value not in _ATTRIBUTES:
                element.removeAttributeNode(attr)
        elif uri is not None and uri not in _ATTRIBUTES:
            element.removeAttributeNode(attr)
        elif attr.localName == "href" and _LOCAL_FILE.match(attr.value):
            element.removeAttributeNode(attr)  # a picture on the author's disk: not shown
        elif attr.localName == "href" and (found := _DATA_URI.match(attr.value)):
            attr.value = found.group(1) + _cleaned_picture(found.group(2), clean_picture)
    for child in list(element.childNodes):
        kind = child.nodeType
        if kind in (child.COMMENT_NODE, child.PROCESSING_INSTRUCTION_NODE):
            element.removeChild(child)
        elif kind == child.ELEMENT_NODE:
            assert isinstance(child, minidom.Element)
            if child.namespaceURI not in drawn or (
                child.namespaceURI == SVG and child.localName == "metadata"
            ):
                element.removeChild(child).unlink()
            else:
                _clean(child, drawn, clean_picture)


def _cleaned_picture(encoded: str, clean_picture: Callable[[bytes], bytes]) -> str:
    """A ``data:`` URI's base64 picture without its metadata."""
    try:
        raw = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SvgStripError(_DAMAGED) from exc
    clean = clean_picture(raw)
    return encoded if clean == raw else base64.b64encode(clean).decode("ascii")
