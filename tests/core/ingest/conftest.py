"""Fixtures for ingest tests: the real-world corpus and tiny generated media files."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.conftest import CORPUS

XMP = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
 xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
<rdf:Description rdf:about="" xmp:Rating="{rating}">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li>
<rdf:li xml:lang="fr">Titre {title}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="en">Caption {title}</rdf:li></rdf:Alt>
</dc:description>
<dc:subject><rdf:Bag><rdf:li>Mobility</rdf:li><rdf:li>Panel</rdf:li></rdf:Bag></dc:subject>
<lr:hierarchicalSubject><rdf:Bag><rdf:li>Event|Day 1|Panel</rdf:li></rdf:Bag>
</lr:hierarchicalSubject>
<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Ada Lovelace</rdf:li></rdf:Bag>
</Iptc4xmpExt:PersonInImage>
</rdf:Description></rdf:RDF></x:xmpmeta>"""


def jpeg_bytes(
    *,
    size: tuple[int, int] = (96, 64),
    color: tuple[int, int, int] = (200, 40, 40),
    make: str | None = "Canon",
    model: str | None = "EOS R6",
    serial: str | None = None,
    when: str | None = "2022:06:01 10:00:00",
    offset: str | None = None,
    xmp: dict[str, Any] | None = None,
) -> bytes:
    """A small real JPEG with EXIF (and optionally XMP) metadata."""
    im = Image.new("RGB", size, color)
    exif = Image.Exif()
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    sub: dict[int, Any] = {}
    if when:
        sub[0x9003] = when
    if offset:
        sub[0x9011] = offset
    if serial:
        sub[0xA431] = serial
    if sub:
        exif[0x8769] = sub
    out = io.BytesIO()
    kwargs: dict[str, Any] = {"exif": exif.tobytes(), "quality": 90}
    if xmp is not None:
        kwargs["xmp"] = XMP.format(**{"rating": 0, "title": "Opening", **xmp}).encode()
    im.save(out, "JPEG", **kwargs)
    return out.getvalue()


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "MANIFEST.csv").is_file():
        pytest.skip("the real-world corpus is not checked out")
    return CORPUS.resolve()


@pytest.fixture
def make_jpeg() -> Callable[..., Path]:
    def make(path: Path, **kw: Any) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(jpeg_bytes(**kw))
        return path

    return make


def exif_with_thumbnail(make: str, model: str, when: str, thumbnail: bytes) -> bytes:
    """Raw EXIF (APP1 payload) with IFD0, an Exif IFD and an IFD1 JPEG thumbnail."""
    import struct

    def ascii_(s: str) -> bytes:
        return s.encode() + b"\x00"

    def ifd(entries: list[tuple[int, int, int, bytes]], start: int, next_ifd: int) -> bytes:
        # entries: tag, type, count, value bytes (inline when <= 4 bytes)
        head = struct.pack("<H", len(entries))
        data_at = start + 2 + 12 * len(entries) + 4
        body, extra = b"", b""
        for tag, typ, count, value in entries:
            if len(value) <= 4:
                body += struct.pack("<HHI", tag, typ, count) + value.ljust(4, b"\x00")
            else:
                body += struct.pack("<HHII", tag, typ, count, data_at + len(extra))
                extra += value + (b"\x00" if len(value) % 2 else b"")
        return head + body + struct.pack("<I", next_ifd) + extra

    mk, md, dt = ascii_(make), ascii_(model), ascii_(when)

    def extra(v: bytes) -> int:
        return 0 if len(v) <= 4 else len(v) + len(v) % 2

    exif_at = 8 + 2 + 12 * 3 + 4 + extra(mk) + extra(md)
    exif_len = 2 + 12 + 4 + extra(dt)
    ifd1_at = exif_at + exif_len
    ifd1_len = 2 + 12 * 3 + 4
    thumb_at = ifd1_at + ifd1_len
    ifd0 = ifd(
        [
            (0x010F, 2, len(mk), mk),
            (0x0110, 2, len(md), md),
            (0x8769, 4, 1, struct.pack("<I", exif_at)),
        ],
        8,
        ifd1_at,
    )
    exif = ifd([(0x9003, 2, len(dt), dt)], exif_at, 0)
    ifd1 = ifd(
        [
            (0x0103, 3, 1, struct.pack("<H", 6)),
            (0x0201, 4, 1, struct.pack("<I", thumb_at)),
            (0x0202, 4, 1, struct.pack("<I", len(thumbnail))),
        ],
        ifd1_at,
        0,
    )
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd0 + exif + ifd1 + thumbnail
    return b"Exif\x00\x00" + tiff
