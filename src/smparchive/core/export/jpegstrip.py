"""JPEG pictures inside published documents without their metadata, byte for byte otherwise.

A photo pasted into a deck or a PDF keeps the camera's EXIF (GPS position, serial number,
owner), XMP and IPTC, and whatever makers and programs add in segments of their own
(Canon's CIFF owner name, GoPro's telemetry, Agfa's serial number, C2PA manifests). Those
travel in marker segments before the picture's first scan: every application segment but
the few a viewer needs (JFIF, ICC profile, Multi-Picture index, Adobe) is dropped, and
comments too. The compressed picture itself is not touched (no re-encoding, no quality
lost).

Phones append more pictures after the first one's end (a Multi-Picture Format gain map or
depth map, a second JPEG), each with its own EXIF, and sometimes other data of their own
(Samsung's trailer). Pictures that follow are cleaned as well, their metadata segments
overwritten in place with a neutral padding segment of the same length (APP15 of zeros:
the Multi-Picture index's offsets stay right); data after the pictures that is not a JPEG
is dropped (no viewer shows it).

Pictures of any size are cleaned while streamed (:func:`strip_jpeg_stream`): only one marker
segment (at most 64 KB) and one block of the compressed picture are held at a time, so a
200 MB panorama costs no more memory than a thumbnail. A picture whose structure breaks
after a metadata segment was read is refused (:class:`JpegStripError`) rather than copied
with its metadata.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from smparchive.core.messages import PHRASES

__all__ = ["JpegStripError", "strip_jpeg_metadata", "strip_jpeg_stream"]

# The application segments a picture needs to be shown as it was, kept by their signature:
# APP0 JFIF, APP2 ICC profile and Multi-Picture index, APP14 Adobe (how to read the
# colours). Every other one is metadata of some program or maker and is dropped (a JFXX
# thumbnail too: it may show what the picture no longer does): APP1
# (EXIF, XMP), APP13 (IPTC), Canon's CIFF in APP0, FlashPix in APP2, GoPro's telemetry in
# APP6, Agfa's and Ducky's APP12, JUMBF/C2PA in APP11... and comments (COM).
_KEEP = {
    0xE0: (b"JFIF\x00",),
    0xE2: (b"ICC_PROFILE\x00", b"MPF\x00"),
    0xEE: (b"Adobe",),
}
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RSTn: no length
_PADDING = 0xEF  # APP15: what a metadata segment becomes when it must keep its length
_CHUNK = 1 << 20
_EOI = b"\xff\xd9"
_DAMAGED = PHRASES["picture_damaged"]

Emit = Callable[[bytes], object]


class JpegStripError(ValueError):
    """A picture holds metadata but cannot be read to its first scan, so it cannot be
    cleaned without damaging it (the message says so)."""


class _Unreadable(Exception):
    """Not a JPEG read to its first scan; ``leaks``: a whole metadata segment came first."""

    def __init__(self, leaks: bool) -> None:
        super().__init__()
        self.leaks = leaks


class _Reader:
    """``src`` read exactly, with bytes put back (what followed a picture's end)."""

    def __init__(self, src: IO[bytes]) -> None:
        self.src = src
        self.back = b""

    def read(self, n: int) -> bytes:
        out = self.back[:n]
        self.back = self.back[n:]
        while len(out) < n:
            part = self.src.read(n - len(out))
            if not part:
                break
            out += part
        return out

    def block(self) -> bytes:
        if self.back:
            out, self.back = self.back, b""
            return out
        return self.src.read(_CHUNK)

    def unread(self, data: bytes) -> None:
        self.back = data + self.back


@dataclass
class _Found:
    changed: bool = False  # a metadata segment or trailing data was dropped
    followers: bool = False  # pictures follow the first one's end


def _walk(src: _Reader, emit: Emit, in_place: bool) -> bool:
    """Read one picture's segments up to its first scan, emitting those that stay and the
    start-of-scan segment; returns whether a metadata segment was dropped (``in_place``:
    replaced by padding of its length). Raises :class:`_Unreadable`."""
    if src.read(2) != b"\xff\xd8":
        raise _Unreadable(False)
    emit(b"\xff\xd8")
    changed = False
    prefix = src.read(1)
    while True:
        if prefix != b"\xff":
            raise _Unreadable(changed)  # not where a marker should be
        marker = src.read(1)
        if not marker:
            raise _Unreadable(changed)
        m = marker[0]
        if m == 0xFF:  # fill byte: kept, the next 0xFF starts the marker
            emit(b"\xff")
            continue
        if m in _STANDALONE:
            emit(b"\xff" + marker)
            prefix = src.read(1)
            continue
        head = src.read(2)
        length = int.from_bytes(head, "big") if len(head) == 2 else 0
        if length < 2:
            raise _Unreadable(changed)
        payload = src.read(length - 2)
        if len(payload) != length - 2:
            raise _Unreadable(changed)
        if m == 0xDA:  # start of scan: the entropy-coded picture follows
            emit(b"\xff\xda" + head + payload)
            return changed
        if _dropped(m, payload):
            changed = True
            upright = _orientation_only(payload) if m == 0xE1 else b""
            if in_place:
                if upright and len(upright) <= length - 2:
                    emit(b"\xff\xe1" + head + upright.ljust(length - 2, b"\x00"))
                else:
                    emit(bytes((0xFF, _PADDING)) + head + bytes(length - 2))
            elif upright:
                emit(b"\xff\xe1" + (len(upright) + 2).to_bytes(2, "big") + upright)
        else:
            emit(b"\xff" + marker + head + payload)
        prefix = src.read(1)


def _dropped(marker: int, payload: bytes) -> bool:
    """Whether a segment is metadata: a comment, or an application segment not in _KEEP."""
    if marker == 0xFE:
        return True
    return 0xE0 <= marker <= 0xEF and not payload.startswith(_KEEP.get(marker, ()))


def _to_end(src: _Reader, emit: Emit) -> bool:
    """Emit the compressed picture through its end marker (FF D9 appears nowhere else in
    it: a 0xFF of the data is always followed by 00 or a restart number); returns whether
    the end was found (a truncated picture is emitted whole)."""
    carry = b""
    while True:
        block = src.block()
        if not block:
            emit(carry)
            return False
        data = carry + block
        at = data.find(_EOI)
        if at >= 0:
            emit(data[: at + 2])
            src.unread(data[at + 2 :])
            return True
        keep = 1 if data.endswith(b"\xff") else 0
        emit(data[: len(data) - keep])
        carry = data[len(data) - keep :]


def _clean(src: _Reader, emit: Emit, in_place: bool) -> _Found:
    """The whole file: the first picture, the pictures that follow it, no other trailer."""
    found = _Found(changed=_walk(src, emit, in_place))
    if not _to_end(src, emit):
        return found
    while True:
        head = src.read(2)
        if not head:
            return found
        if head != b"\xff\xd8":
            found.changed = True  # not a picture: dropped, whatever it holds
            return found
        src.unread(head)
        following: list[bytes] = []
        try:
            # a following picture's headers are small; held until they read whole
            found.changed |= _walk(src, following.append, in_place=True)
        except _Unreadable:
            found.changed = True  # not a picture after all: dropped from here
            return found
        found.followers = True
        emit(b"".join(following))
        if not _to_end(src, emit):
            return found


def strip_jpeg_stream(open_source: Callable[[], IO[bytes]], dst: IO[bytes]) -> bool:
    """Write to ``dst`` the picture ``open_source()`` reads, without its metadata segments
    (as :func:`strip_jpeg_metadata`), in bounded memory whatever its size.

    ``open_source`` is called once to read the picture's structure and once more to copy
    it (a deck's member can be read twice, not rewound); returns whether anything was
    dropped (``dst`` then holds the source unchanged). Raises :class:`JpegStripError` when
    metadata sits in a picture that breaks before its scan.
    """
    with open_source() as src:
        try:
            found = _clean(_Reader(src), lambda _part: None, in_place=False)
        except _Unreadable as exc:
            if exc.leaks:
                raise JpegStripError(_DAMAGED) from None
            found = _Found()
    with open_source() as src:
        if found.changed:
            # pictures that follow are found by offsets: nothing before them may move
            _clean(_Reader(src), dst.write, in_place=found.followers)
        else:
            shutil.copyfileobj(src, dst, _CHUNK)
    return found.changed


def strip_jpeg_metadata(data: bytes) -> bytes:
    """``data`` without its metadata segments (EXIF, XMP, IPTC, makers' and programs' own,
    comments), except the EXIF orientation of a turned picture (alone in a new, small EXIF
    segment), nor those of the pictures that follow it (see the module's text); ``data``
    itself when nothing is dropped or it is not a JPEG this reads to its first scan (a
    picture is never damaged to clean it). Raises :class:`JpegStripError` as
    :func:`strip_jpeg_stream` does."""
    out = io.BytesIO()
    if not strip_jpeg_stream(lambda: io.BytesIO(data), out):
        return data
    return out.getvalue()


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
