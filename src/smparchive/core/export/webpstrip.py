"""WebP pictures inside published decks without their metadata, frames byte for byte.

A WebP holds its camera's EXIF (GPS position, serial number, owner) and an XMP packet in
chunks of their own (``EXIF``, ``XMP ``), announced by flags of its ``VP8X`` header. The
copy keeps the chunks a viewer needs (header, colour profile, animation and its frames,
alpha, the compressed picture) and drops every other one and whatever follows the
picture's end, with the header's EXIF and XMP flags cleared and the file's size told
again. Chunks are copied in bounded memory (the source is read twice: its chunks, then
the copy).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import IO

__all__ = ["is_webp", "strip_webp_stream"]

_KEEP = frozenset({b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})
_EXIF_FLAG, _XMP_FLAG = 0x08, 0x04
_CHUNK = 1 << 20


def is_webp(head: bytes) -> bool:
    """Whether a file starting with ``head`` (12 bytes or more) is a WebP picture."""
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def _chunks(src: IO[bytes]) -> list[tuple[bytes, int]] | None:
    """(type, length) of each chunk after the RIFF header, or None when it does not read
    whole to the end the header gives."""
    head = src.read(12)
    if not is_webp(head):
        return None
    end = 8 + int.from_bytes(head[4:8], "little")
    at, found = 12, []
    while at < end:
        chunk = src.read(8)
        if len(chunk) != 8:
            return None
        length = int.from_bytes(chunk[4:8], "little")
        found.append((chunk[:4], length))
        at += 8 + length + (length & 1)
        src.seek(at)
    return found if at == end else None


def strip_webp_stream(open_source: Callable[[], IO[bytes]], dst: IO[bytes]) -> bool:
    """Write to ``dst`` the WebP ``open_source()`` reads (a seekable stream) without its
    metadata chunks; returns whether anything was dropped (``dst`` then holds the source
    as it is, as it does for what does not read whole)."""
    with open_source() as src:
        chunks = _chunks(src)
        src.seek(0, 2)
        size = src.tell()
    kept = [(kind, n) for kind, n in chunks or () if kind in _KEEP]
    body = 4 + sum(8 + n + (n & 1) for _, n in kept)
    with open_source() as src:
        if chunks is None or (len(kept) == len(chunks) and body + 8 == size):
            shutil.copyfileobj(src, dst, _CHUNK)
            return False
        dst.write(b"RIFF" + body.to_bytes(4, "little") + b"WEBP")
        src.seek(12)
        for kind, length in chunks:
            whole = 8 + length + (length & 1)
            if kind not in _KEEP:
                src.seek(whole, 1)
                continue
            if kind == b"VP8X":
                data = bytearray(src.read(whole))
                data[8] &= ~(_EXIF_FLAG | _XMP_FLAG) & 0xFF
                dst.write(data)
                continue
            while whole:
                block = src.read(min(whole, _CHUNK))
                if not block:
                    break
                dst.write(block)
                whole -= len(block)
    return True
