"""PNG pictures inside published decks without their metadata, byte for byte otherwise.

A PNG carries text (``tEXt``, ``zTXt``, ``iTXt``: author, software, an XMP packet, a
phone's description), EXIF (``eXIf``: GPS position, serial number) and the time it was
last changed (``tIME``) in chunks of their own, apart from the picture's. The copy keeps
the chunks a viewer needs to show the picture as it was (header, palette, pixels,
transparency, colour space and profile, gamma, pixel size, background, significant bits,
animation) and drops every other one, and whatever follows the picture's end; the pixel
data is copied as it is (no re-encoding), chunk by chunk in bounded memory.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import IO

__all__ = ["PNG_SIGNATURE", "strip_png_stream"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_KEEP = frozenset(
    b"IHDR PLTE IDAT IEND tRNS cHRM gAMA iCCP sBIT sRGB cICP mDCv cLLi bKGD pHYs hIST "
    b"sPLT acTL fcTL fdAT".split()
)
_CHUNK = 1 << 20


def _chunks(src: IO[bytes]) -> list[tuple[bytes, int]] | None:
    """(type, length) of every chunk of ``src`` after its signature, or None when it is
    not a PNG read whole to its end."""
    if src.read(8) != PNG_SIGNATURE:
        return None
    found = []
    while True:
        head = src.read(8)
        if len(head) != 8:
            return None
        length, kind = int.from_bytes(head[:4], "big"), head[4:]
        if length > 0x7FFFFFFF or not kind.isalpha():
            return None
        found.append((kind, length))
        src.seek(length + 4, 1)  # the data and its CRC
        if kind == b"IEND":
            if src.read(1):  # data after the picture's end (an appended file): dropped
                found.append((b"", 0))
            return found


def strip_png_stream(open_source: Callable[[], IO[bytes]], dst: IO[bytes]) -> bool:
    """Write to ``dst`` the PNG ``open_source()`` reads (a seekable stream), without its
    metadata chunks (see the module's text); returns whether any was dropped (``dst`` then
    holds the source unchanged, as it does for what is not a PNG read whole)."""
    with open_source() as src:
        chunks = _chunks(src)
    drop = chunks is not None and any(kind not in _KEEP for kind, _ in chunks)
    with open_source() as src:
        if not drop or chunks is None:
            shutil.copyfileobj(src, dst, _CHUNK)
            return False
        dst.write(src.read(8))
        for kind, length in chunks:
            if not kind:
                break
            if kind not in _KEEP:
                src.seek(length + 12, 1)
                continue
            left = length + 12  # length, type, data, CRC
            while left:
                block = src.read(min(left, _CHUNK))
                if not block:
                    break
                dst.write(block)
                left -= len(block)
    return True
