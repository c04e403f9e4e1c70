"""Fixtures for ingest tests: the real-world corpus and tiny generated media files."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "realworld"

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
