"""GIF pictures inside published decks without their metadata, frames byte for byte.

A GIF carries text in blocks apart from its frames: comments (a name, a program, a
note), application extensions holding an XMP packet (``XMP DataXMP``: creator, rights,
history) or Photoshop's and ImageMagick's IPTC and resources, and whatever follows its
end. The copy keeps the header and colour table, every frame (its descriptor, colour
table and compressed data), the frames' timing and transparency (graphic control), the
text a GIF draws (plain text), the looping (``NETSCAPE2.0``/``ANIMEXTS1.0``) and the colour
profile (``ICCRGBG1``), and drops every other block. Blocks are read in order and copied
as they come: memory stays bounded whatever the picture's size. What follows a block
that is not one (a damaged GIF) is dropped, as viewers stop showing there.
"""

from __future__ import annotations

from typing import IO

__all__ = ["GIF_SIGNATURES", "strip_gif_stream"]

GIF_SIGNATURES = (b"GIF87a", b"GIF89a")
_KEEP_APPLICATIONS = (b"NETSCAPE2.0", b"ANIMEXTS1.0", b"ICCRGBG1012")
_GRAPHIC_CONTROL, _PLAIN_TEXT, _APPLICATION = 0xF9, 0x01, 0xFF
_FLUSH = 1 << 20


class _Out:
    """``dst`` written in blocks (a GIF is made of blocks of at most 255 bytes)."""

    def __init__(self, dst: IO[bytes]) -> None:
        self.dst = dst
        self.buffer = bytearray()

    def write(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        self.dst.write(self.buffer)
        self.buffer.clear()


def _sub_blocks(src: IO[bytes], out: _Out | None) -> bool:
    """Copy (``out``) or skip the data sub-blocks up to their terminator; False when the
    picture ends before it."""
    while True:
        size = src.read(1)
        if not size:
            return False
        data = src.read(size[0])
        if out is not None:
            out.write(size + data)
        if len(data) != size[0]:
            return False
        if size[0] == 0:
            return True


def strip_gif_stream(src: IO[bytes], dst: IO[bytes]) -> bool:
    """Write to ``dst`` the GIF ``src`` reads without its metadata blocks (see the module's
    text); returns whether anything was dropped. What is not a GIF is copied as it is."""
    out = _Out(dst)
    head = src.read(13)  # signature and the logical screen
    out.write(head)
    if head[:6] not in GIF_SIGNATURES or len(head) < 13:
        while block := src.read(_FLUSH):
            out.write(block)
        out.flush()
        return False
    if head[10] & 0x80:  # a global colour table
        out.write(src.read(3 << ((head[10] & 7) + 1)))
    dropped = False
    while True:
        kind = src.read(1)
        if kind == b";":  # the trailer: anything after it is dropped
            out.write(kind)
            dropped |= bool(src.read(1))
            break
        if kind == b"!":
            label = src.read(1)
            if not label:
                dropped = True
                break
            keep = label[0] in (_GRAPHIC_CONTROL, _PLAIN_TEXT)
            first = b""
            if label[0] == _APPLICATION:
                size = src.read(1)
                first = size + src.read(size[0] if size else 0)
                keep = first[1:] in _KEEP_APPLICATIONS
                if first[:1] == b"\x00":  # an empty application block: nothing follows
                    if keep:
                        out.write(kind + label + first)
                    dropped |= not keep
                    continue
            if keep:
                out.write(kind + label + first)
                if not _sub_blocks(src, out):
                    break
            else:
                dropped = True
                if not _sub_blocks(src, None):
                    break
        elif kind == b",":  # a frame: descriptor, local colour table, LZW code size, data
            descriptor = src.read(9)
            out.write(kind + descriptor)
            if len(descriptor) != 9:
                break
            if descriptor[8] & 0x80:
                out.write(src.read(3 << ((descriptor[8] & 7) + 1)))
            out.write(src.read(1))
            if not _sub_blocks(src, out):
                break
        else:  # not a block (damaged, or data hidden after the frames): the end
            dropped |= bool(kind)
            out.write(b";")
            break
    out.flush()
    return dropped
