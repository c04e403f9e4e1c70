"""JPEG pictures inside published documents without their metadata, byte for byte otherwise.

A photo pasted into a deck or a PDF keeps the camera's EXIF (GPS position, serial number,
owner), XMP and IPTC. Those travel in marker segments before the picture's first scan; the
compressed picture itself is not touched (no re-encoding, no quality lost).
"""

from __future__ import annotations

__all__ = ["strip_jpeg_metadata"]

# JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13 (Photoshop IRB, IPTC), COM.
# APP0 (JFIF), APP2 (ICC profile) and APP14 (Adobe: how to read the colours) stay.
_METADATA_MARKERS = frozenset({0xE1, 0xED, 0xFE})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RSTn: no length


def strip_jpeg_metadata(data: bytes) -> bytes:
    """``data`` without its EXIF, XMP, IPTC and comment segments, except the EXIF
    orientation of a turned picture (alone in a new, small EXIF segment); unchanged when it
    is not a JPEG this reads to its first scan (a picture is never damaged to clean it)."""
    if data[:2] != b"\xff\xd8":
        return data
    out = [data[:2]]
    pos = 2
    changed = False
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return data  # not where a marker should be: leave the picture as it is
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            out.append(data[pos : pos + 1])
            pos += 1
            continue
        if marker in _STANDALONE:
            out.append(data[pos : pos + 2])
            pos += 2
            continue
        if marker == 0xDA:  # start of scan: the entropy-coded picture follows, kept whole
            out.append(data[pos:])
            return b"".join(out) if changed else data
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        end = pos + 2 + length
        if length < 2 or end > len(data):
            return data
        if marker in _METADATA_MARKERS:
            changed = True
            upright = _orientation_only(data[pos + 4 : end]) if marker == 0xE1 else b""
            if upright:
                out.append(b"\xff\xe1" + (len(upright) + 2).to_bytes(2, "big") + upright)
        else:
            out.append(data[pos:end])
        pos = end
    return data


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
