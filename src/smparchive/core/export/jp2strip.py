"""JPEG 2000 pictures inside published PDFs without their metadata, the code stream's
compressed data byte for byte.

A PDF's ``/JPXDecode`` picture is a JPEG 2000 file (JP2 or JPX boxes) or a bare code
stream. Boxes carry what the picture's program and camera said: XML (``xml ``), UUID boxes
(XMP with the creator and history, EXIF with the camera's owner and GPS position, GeoJP2's
location), intellectual property rights, and JPX's labels and association lists; the code
stream carries comments (``COM``: a name, the encoder). The copy keeps the boxes a decoder
needs (signature, file type, reader requirements, headers with the size, colours and
resolution, the code stream and JPX's composition) and the code stream's main header
without comments; the compressed data is copied as it is. A file with a fragment table
(its code stream spread by offsets that dropping boxes would break) or with boxes that
cannot be read to the end is refused (:class:`Jp2StripError`).
"""

from __future__ import annotations

from smparchive.core.messages import PHRASES

__all__ = ["Jp2StripError", "strip_jp2_metadata"]

_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
_CODESTREAM = b"\xff\x4f\xff\x51"  # SOC then SIZ
# kept: signature, file type, reader requirements, the JP2 header (image size, colour,
# palette, channels, resolution), JPX's codestream and layer headers, composition, and
# the code stream; dropped: xml, uuid, uinf, ipr, asoc, lbl, nlst, and any other box
_KEEP = frozenset({b"jP  ", b"ftyp", b"rreq", b"jp2h", b"jpch", b"jplh", b"cgrp", b"comp"})
_UNSAFE = frozenset({b"ftbl", b"dtbl"})  # fragments located by offsets into the file
_COM = 0xFF64
_SOT = 0xFF90
_DAMAGED = PHRASES["picture_unreadable"]


class Jp2StripError(ValueError):
    """The picture cannot be cleaned without damaging it (the message says so)."""


def strip_jp2_metadata(data: bytes) -> bytes:
    """``data`` (a JP2/JPX file or a bare code stream) without its metadata (see the
    module's text); ``data`` itself when nothing is dropped or it is neither."""
    if data.startswith(_CODESTREAM):
        return _codestream(data)
    if not data.startswith(_SIGNATURE):
        return data
    out, at, changed = bytearray(), 0, False
    while at < len(data):
        if at + 8 > len(data):
            raise Jp2StripError(_DAMAGED)
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        head = 8
        if length == 1:
            if at + 16 > len(data):
                raise Jp2StripError(_DAMAGED)
            length, head = int.from_bytes(data[at + 8 : at + 16], "big"), 16
        elif length == 0:  # the last box, to the end of the file
            length = len(data) - at
        if length < head or at + length > len(data):
            raise Jp2StripError(_DAMAGED)
        if kind in _UNSAFE:
            raise Jp2StripError(_DAMAGED)
        box = data[at : at + length]
        if kind == b"jp2c":
            inner = box[head:]
            stream = _codestream(inner)
            if stream is not inner:
                changed = True
                box = (8 + len(stream)).to_bytes(4, "big") + b"jp2c" + stream
                if len(box) >= 1 << 32:  # never: it only got shorter
                    raise Jp2StripError(_DAMAGED)
            out += box
        elif kind in _KEEP:
            out += box
        else:
            changed = True
        at += length
    return bytes(out) if changed else data


def _codestream(data: bytes) -> bytes:
    """A code stream without the comments of its main header (before the first tile:
    tile-part lengths do not change); ``data`` itself when it has none."""
    if not data.startswith(_CODESTREAM):
        raise Jp2StripError(_DAMAGED)
    out, at, changed = bytearray(data[:2]), 2, False
    while True:
        if at + 4 > len(data):
            raise Jp2StripError(_DAMAGED)
        marker = int.from_bytes(data[at : at + 2], "big")
        if marker == _SOT:
            break
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if marker >> 8 != 0xFF or length < 2 or at + 2 + length > len(data):
            raise Jp2StripError(_DAMAGED)
        if marker == _COM:
            changed = True
        else:
            out += data[at : at + 2 + length]
        at += 2 + length
    if not changed:
        return data
    out += data[at:]
    return bytes(out)
