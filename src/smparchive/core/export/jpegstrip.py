"""JPEG pictures inside published documents without their metadata, byte for byte otherwise.

A photo pasted into a deck or a PDF keeps the camera's EXIF (GPS position, serial number,
owner), XMP and IPTC. Those travel in marker segments before the picture's first scan; the
compressed picture itself is not touched (no re-encoding, no quality lost).

Pictures of any size are cleaned while streamed (:func:`strip_jpeg_stream`): only one marker
segment (at most 64 KB) is held at a time, so a 200 MB panorama costs no more memory than a
thumbnail. A picture whose structure breaks after a metadata segment was read is refused
(:class:`JpegStripError`) rather than copied with its metadata.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from typing import IO

__all__ = ["JpegStripError", "strip_jpeg_metadata", "strip_jpeg_stream"]

# JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13 (Photoshop IRB, IPTC), COM.
# APP0 (JFIF), APP2 (ICC profile) and APP14 (Adobe: how to read the colours) stay.
_METADATA_MARKERS = frozenset({0xE1, 0xED, 0xFE})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RSTn: no length
_CHUNK = 1 << 20
_DAMAGED = "a picture holds camera metadata but is damaged before its image data"


class JpegStripError(ValueError):
    """A picture holds metadata but cannot be read to its first scan, so it cannot be
    cleaned without damaging it (the message says so)."""


class _Unreadable(Exception):
    """Not a JPEG read to its first scan; ``leaks``: a whole metadata segment came first."""

    def __init__(self, leaks: bool) -> None:
        super().__init__()
        self.leaks = leaks


def _read(src: IO[bytes], n: int) -> bytes:
    """Exactly ``n`` bytes of ``src`` (fewer only at its end)."""
    parts, left = [], n
    while left:
        part = src.read(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _walk(src: IO[bytes], emit: Callable[[bytes], object]) -> bool:
    """Read ``src``'s segments up to its first scan, emitting those that stay (the start of
    scan included, not the scan); returns whether a metadata segment was dropped.

    Raises :class:`_Unreadable` when ``src`` is not a JPEG this reads to its first scan.
    """
    if _read(src, 2) != b"\xff\xd8":
        raise _Unreadable(False)
    emit(b"\xff\xd8")
    changed = False
    prefix = _read(src, 1)
    while True:
        if prefix != b"\xff":
            raise _Unreadable(changed)  # not where a marker should be
        marker = _read(src, 1)
        if not marker:
            raise _Unreadable(changed)
        m = marker[0]
        if m == 0xFF:  # fill byte: kept, the next 0xFF starts the marker
            emit(b"\xff")
            continue
        if m in _STANDALONE:
            emit(b"\xff" + marker)
            prefix = _read(src, 1)
            continue
        if m == 0xDA:  # start of scan: the entropy-coded picture follows, kept whole
            emit(b"\xff\xda")
            return changed
        head = _read(src, 2)
        length = int.from_bytes(head, "big") if len(head) == 2 else 0
        if length < 2:
            raise _Unreadable(changed)
        payload = _read(src, length - 2)
        if len(payload) != length - 2:
            raise _Unreadable(changed)
        if m in _METADATA_MARKERS:
            changed = True
            upright = _orientation_only(payload) if m == 0xE1 else b""
            if upright:
                emit(b"\xff\xe1" + (len(upright) + 2).to_bytes(2, "big") + upright)
        else:
            emit(b"\xff" + marker + head + payload)
        prefix = _read(src, 1)


def strip_jpeg_stream(open_source: Callable[[], IO[bytes]], dst: IO[bytes]) -> bool:
    """Write to ``dst`` the picture ``open_source()`` reads, without its EXIF, XMP, IPTC and
    comment segments (as :func:`strip_jpeg_metadata`), in bounded memory whatever its size.

    ``open_source`` is called once to check the picture's structure and, when something is
    dropped, once more to copy it (a deck's member can be read twice, not rewound); returns
    whether anything was dropped (``dst`` then holds the source unchanged). Raises
    :class:`JpegStripError` when metadata sits in a picture that breaks before its scan.
    """
    with open_source() as src:
        try:
            changed = _walk(src, lambda _part: None)
        except _Unreadable as exc:
            if exc.leaks:
                raise JpegStripError(_DAMAGED) from None
            changed = False
    with open_source() as src:
        if changed:
            _walk(src, dst.write)
        shutil.copyfileobj(src, dst, _CHUNK)
    return changed


def strip_jpeg_metadata(data: bytes) -> bytes:
    """``data`` without its EXIF, XMP, IPTC and comment segments, except the EXIF
    orientation of a turned picture (alone in a new, small EXIF segment); ``data`` itself
    when nothing is dropped or it is not a JPEG this reads to its first scan (a picture is
    never damaged to clean it). Raises :class:`JpegStripError` as
    :func:`strip_jpeg_stream` does."""
    src = io.BytesIO(data)
    out: list[bytes] = []
    try:
        changed = _walk(src, out.append)
    except _Unreadable as exc:
        if exc.leaks:
            raise JpegStripError(_DAMAGED) from None
        return data
    if not changed:
        return data
    out.append(data[src.tell() :])
    return b"".join(out)


def _orientation_only(payload: bytes) -> bytes:
    """An EXIF payload holding only ``payload``'s orientation when it turns the picture
    (viewers that honour it would show it on its side without), else b"" (XMP too)."""
    if not payload.startswith(b"Exif\x00\x00"):
        return b""
    from PIL import Image

    try:
        exif = Image.Exif()
        exif.load(payload)
        orientation = exif.get(0x0112)
    except Exception:  # unreadable EXIF: nothing of it is kept
        return b""
    if not isinstance(orientation, int) or orientation in (0, 1) or orientation > 8:
        return b""
    upright = Image.Exif()
    upright[0x0112] = orientation
    return upright.tobytes()
