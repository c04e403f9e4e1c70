"""TIFF pictures inside published decks without their metadata, pixels byte for byte.

A TIFF keeps who made it and where in tags of its image directories (Artist, Copyright,
Make, Model, Software, HostComputer, DocumentName, ImageDescription, DateTime), in
directories of their own that tags point to (EXIF: serial numbers, owner; GPS: the
position) and in blobs (XMP, IPTC, Photoshop's resources and layers). Data no directory
points to any more (left by an earlier edit) may hold it too.

The copy is written anew: a header, then for each image (page) its directory with only the
tags a viewer needs to show it as it was (size, samples, compression, colours and their
profile, orientation, resolution, strips or tiles...), their values, and the image's strips
or tiles copied as they are (no re-decoding, no re-encoding). Nothing else of the source
reaches it. The source is read at the places its directories name (a seekable file),
the copy written in order, one block at a time: memory stays bounded whatever the
picture's size. A TIFF this cannot read whole (BigTIFF, an old-style JPEG TIFF whose
picture is a JPEG file with its own metadata, a directory or strip outside the file) is
refused (:class:`TiffStripError`) rather than copied with its metadata. HD Photo (JPEG
XR), which PowerPoint keeps beside a picture given an artistic effect, has the same
structure and is cleaned the same way, its image and alpha planes byte for byte.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import IO, Literal

from smparchive.core.messages import PHRASES

Order = Literal["little", "big"]

__all__ = ["JXR_SIGNATURE", "TIFF_SIGNATURES", "TiffStripError", "strip_tiff_stream"]

TIFF_SIGNATURES = (b"II*\x00", b"MM\x00*")
_BIGTIFF = (b"II+\x00", b"MM\x00+")
# What a viewer needs to show each image as it was; every other tag is dropped (Artist,
# Make, Model, Software, DateTime, HostComputer, Copyright, DocumentName, PageName,
# ImageDescription, the EXIF, GPS and Interoperability directories, XMP, IPTC, Photoshop,
# SubIFDs, OPI's ImageID (a file path)...)
_KEEP = frozenset(
    {
        254, 255, 256, 257, 258, 259, 262, 263, 264, 265, 266, 273, 274, 277, 278, 279,
        280, 281, 282, 283, 284, 290, 291, 292, 293, 296, 297, 301, 317, 318, 319, 320,
        321, 322, 323, 324, 325, 332, 334, 338, 339, 340, 341, 342, 347, 529, 530, 531,
        532, 34675,
    }
)  # fmt: skip
_OFFSETS = {273: 279, 324: 325}  # strip and tile offsets -> their byte counts
# HD Photo / JPEG XR (PowerPoint's ``hdphoto1.wdp``, a picture's original kept beside an
# effect applied to it) has TIFF's directories with tags of its own: pixel format,
# transformation, size, resolution, the image and alpha planes (offset and length), the
# colour profile; its EXIF, GPS, XMP, IPTC and descriptive tags are dropped the same way
JXR_SIGNATURE = b"II\xbc\x01"
_JXR_KEEP = frozenset(
    {0xBC01, 0xBC02, 0xBC03, 0xBC04, 0xBC80, 0xBC81, 0xBC82, 0xBC83, 0xBCC0, 0xBCC1, 0xBCC2,
     0xBCC3, 0xBCC4, 0xBCC5, 0x8773}
)  # fmt: skip
_JXR_OFFSETS = {0xBCC0: 0xBCC1, 0xBCC2: 0xBCC3}  # image and alpha planes
_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_OLD_JPEG = 6
_MAX_IMAGES = 4096
_CHUNK = 1 << 20
_DAMAGED = PHRASES["picture_unreadable"]


class TiffStripError(ValueError):
    """The TIFF cannot be read whole, so it cannot be cleaned (the message says so)."""


@dataclass
class _Image:
    tags: dict[int, tuple[int, int, bytes]] = field(default_factory=dict)  # type, count, value
    # offsets tag -> the (offset, length) of each strip, tile or plane, copied as they are
    blocks: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def _read_exact(src: IO[bytes], at: int, n: int, size: int) -> bytes:
    if at < 0 or at + n > size:
        raise TiffStripError(_DAMAGED)
    src.seek(at)
    data = src.read(n)
    if len(data) != n:
        raise TiffStripError(_DAMAGED)
    return data


def _ints(value: bytes, kind: int, count: int, order: Order) -> list[int]:
    width = _SIZES[kind]
    if kind not in (3, 4, 16):  # SHORT, LONG (LONG8 only in BigTIFF)
        raise TiffStripError(_DAMAGED)
    return [int.from_bytes(value[i * width : (i + 1) * width], order) for i in range(count)]


def _images(src: IO[bytes], size: int) -> tuple[bytes, list[_Image]]:
    """The signature and the images of a TIFF or JPEG XR file, with the tags they keep."""
    head = _read_exact(src, 0, 8, size)
    if head[:4] == JXR_SIGNATURE:
        keep, offsets = _JXR_KEEP, _JXR_OFFSETS
    elif head[:4] in TIFF_SIGNATURES:
        keep, offsets = _KEEP, _OFFSETS
    else:  # BigTIFF among others
        raise TiffStripError(_DAMAGED)
    order: Order = "little" if head[:2] == b"II" else "big"
    at = int.from_bytes(head[4:8], order)
    images: list[_Image] = []
    seen: set[int] = set()
    while at:
        if at in seen or len(images) >= _MAX_IMAGES:
            raise TiffStripError(_DAMAGED)
        seen.add(at)
        n = int.from_bytes(_read_exact(src, at, 2, size), order)
        raw = _read_exact(src, at + 2, 12 * n + 4, size)
        image = _Image()
        for k in range(n):
            entry = raw[12 * k : 12 * k + 12]
            tag = int.from_bytes(entry[:2], order)
            kind = int.from_bytes(entry[2:4], order)
            count = int.from_bytes(entry[4:8], order)
            if tag not in keep:
                continue
            if kind not in _SIZES:
                raise TiffStripError(_DAMAGED)
            length = _SIZES[kind] * count
            if length <= 4:
                value = entry[8 : 8 + length]
            else:
                where = int.from_bytes(entry[8:12], order)
                value = _read_exact(src, where, length, size)
            image.tags[tag] = (kind, count, value)
        compression = image.tags.get(259) if keep is _KEEP else None
        if compression and _ints(compression[2], compression[0], 1, order)[0] == _OLD_JPEG:
            raise TiffStripError(_DAMAGED)
        for offsets_tag, counts_tag in offsets.items():
            if offsets_tag not in image.tags:
                continue
            if counts_tag not in image.tags:
                raise TiffStripError(_DAMAGED)
            kind, count, value = image.tags[offsets_tag]
            starts = _ints(value, kind, count, order)
            ckind, ccount, cvalue = image.tags[counts_tag]
            lengths = _ints(cvalue, ckind, ccount, order)
            if len(lengths) != len(starts):
                raise TiffStripError(_DAMAGED)
            for start, length in zip(starts, lengths, strict=True):
                if start < 0 or start + length > size:
                    raise TiffStripError(_DAMAGED)
            image.blocks[offsets_tag] = list(zip(starts, lengths, strict=True))
        images.append(image)
        at = int.from_bytes(raw[12 * n : 12 * n + 4], order)
    if not images:
        raise TiffStripError(_DAMAGED)
    return head[:4], images


def strip_tiff_stream(src: IO[bytes], dst: IO[bytes]) -> None:
    """Write to ``dst`` the TIFF ``src`` (a seekable file) holds, with only the tags that
    show its images and their strips or tiles byte for byte (see the module's text).
    Raises :class:`TiffStripError` when it cannot be read whole."""
    src.seek(0, 2)
    size = src.tell()
    signature, images = _images(src, size)
    order: Order = "little" if signature[:2] == b"II" else "big"

    def num(value: int, width: int) -> bytes:
        return value.to_bytes(width, order)

    # laid out first (``dst`` is written in order): for each image its directory, the
    # values too long for it, then its strips or tiles (``(offset, length)``: copied)
    pieces: list[bytes | bytearray | tuple[int, int]] = []
    directories: list[tuple[bytearray, int]] = []  # each, and where it is
    pos = 8
    for image in images:
        tags = dict(image.tags)
        for offsets_tag, blocks in image.blocks.items():  # known once the blocks are placed
            tags[offsets_tag] = (4, len(blocks), bytes(4 * len(blocks)))
        at = pos
        pos += 2 + 12 * len(tags) + 4
        values: dict[int, int] = {}  # tag -> where its value goes
        for tag, (_, _, value) in sorted(tags.items()):
            if len(value) > 4:
                values[tag] = pos
                pos += len(value) + (len(value) & 1)
        for offsets_tag, blocks in image.blocks.items():
            starts = []
            for _, length in blocks:
                starts.append(pos)
                pos += length + (length & 1)
            tags[offsets_tag] = (4, len(starts), b"".join(num(x, 4) for x in starts))
        if pos >= 1 << 32:
            raise TiffStripError(_DAMAGED)
        directory = bytearray(num(len(tags), 2))
        for tag, (kind, count, value) in sorted(tags.items()):
            inline = num(values[tag], 4) if tag in values else value.ljust(4, b"\x00")
            directory += num(tag, 2) + num(kind, 2) + num(count, 4) + inline
        directory += bytes(4)  # the next directory's place, set below
        directories.append((directory, at))
        pieces.append(directory)
        for tag in sorted(values):
            value = tags[tag][2]
            pieces.append(value + b"\x00" * (len(value) & 1))
        for blocks in image.blocks.values():
            for start, length in blocks:
                pieces.append((start, length))
                if length & 1:
                    pieces.append(b"\x00")
    for (directory, _), (_, following) in itertools.pairwise(directories):
        directory[-4:] = num(following, 4)
    dst.write(signature + num(directories[0][1], 4))
    for piece in pieces:
        if not isinstance(piece, tuple):
            dst.write(piece)
            continue
        start, left = piece
        src.seek(start)
        while left:
            block = src.read(min(left, _CHUNK))
            if not block:
                raise TiffStripError(_DAMAGED)
            dst.write(block)
            left -= len(block)
