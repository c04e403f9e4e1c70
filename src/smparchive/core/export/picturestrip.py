"""Pictures inside published documents without their metadata, whatever their format.

A deck's pictures are told apart by their first bytes, not their names (a ``.jpg`` may hold
a PNG): JPEG (``jpegstrip``), PNG (``pngstrip``), TIFF and HD Photo (``tiffstrip``), GIF
(``gifstrip``) and WebP (``webpstrip``) pictures are cleaned with their pixels byte for
byte, SVG drawings (``svgstrip``, by name: they are text) with their drawing elements
unchanged. Other media (Windows metafiles, bitmaps, sounds, videos) are copied as they are.
A picture that holds metadata but cannot be cleaned raises :data:`PICTURE_ERRORS` (the deck
is then left out).
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from smparchive.core.export.gifstrip import GIF_SIGNATURES, strip_gif_stream
from smparchive.core.export.jpegstrip import JpegStripError, strip_jpeg_stream
from smparchive.core.export.pngstrip import PNG_SIGNATURE, strip_png_stream
from smparchive.core.export.svgstrip import SvgStripError, strip_svg_stream
from smparchive.core.export.tiffstrip import (
    JXR_SIGNATURE,
    TIFF_SIGNATURES,
    TiffStripError,
    strip_tiff_stream,
)
from smparchive.core.export.webpstrip import is_webp, strip_webp_stream

__all__ = ["PICTURE_ERRORS", "picture_kind", "strip_picture", "strip_picture_bytes"]

PICTURE_ERRORS = (JpegStripError, TiffStripError, SvgStripError)
_BIGTIFF = (b"II+\x00", b"MM\x00+")  # refused by tiffstrip: never copied as it is
_CHUNK = 1 << 20


def picture_kind(head: bytes, name: str) -> str | None:
    """The picture format of a file that starts with ``head`` (16 bytes) and is called
    ``name``: "jpeg", "png", "tiff", "gif", "webp", "svg", or None (copied as it is)."""
    if head.startswith(b"\xff\xd8"):
        return "jpeg"
    if head.startswith(PNG_SIGNATURE):
        return "png"
    if head[:4] in TIFF_SIGNATURES or head[:4] in _BIGTIFF or head[:4] == JXR_SIGNATURE:
        return "tiff"  # JPEG XR (HD Photo) too: TIFF's structure
    if head[:6] in GIF_SIGNATURES:
        return "gif"
    if is_webp(head):
        return "webp"
    if name.lower().endswith(".svg"):
        return "svg"
    return None


def strip_picture(
    open_source: Callable[[], IO[bytes]], dst: IO[bytes], name: str, tmp: Path | None = None
) -> bool:
    """Write to ``dst`` the picture ``open_source()`` reads (called more than once: a deck's
    member is read again, not rewound) without its metadata; returns whether it was
    rewritten. ``tmp``: a folder for a TIFF read at random places (a deck member seeks
    slowly). Raises one of :data:`PICTURE_ERRORS`."""
    with open_source() as src:
        kind = picture_kind(src.read(16), name)
    if kind == "jpeg":
        return strip_jpeg_stream(open_source, dst)
    if kind == "png":
        return strip_png_stream(open_source, dst)
    if kind == "webp":
        return strip_webp_stream(open_source, dst)
    if kind == "tiff":
        with tempfile.TemporaryFile(dir=tmp) as copy:
            with open_source() as src:
                shutil.copyfileobj(src, copy, _CHUNK)
            strip_tiff_stream(copy, dst)
        return True
    with open_source() as src:
        if kind == "gif":
            return strip_gif_stream(src, dst)
        if kind == "svg":
            strip_svg_stream(src, dst, strip_picture_bytes)
            return True
        shutil.copyfileobj(src, dst, _CHUNK)
    return False


def strip_picture_bytes(data: bytes) -> bytes:
    """``data`` (a whole raster picture: one embedded in a drawing) without its metadata;
    ``data`` itself when it is not a picture this cleans or holds none."""
    out = io.BytesIO()
    if not strip_picture(lambda: io.BytesIO(data), out, ""):
        return data
    return out.getvalue()
