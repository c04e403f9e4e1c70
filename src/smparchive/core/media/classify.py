"""Decide a file's kind, MIME type and format from its content signature.

The extension only breaks ties (zip containers, JPEG vs MPO) or names an audio-only variant;
content always wins when it is recognisable.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .info import Kind
from .registry import claimed_kind, mime_of

HEAD_SIZE = 64 * 1024  # enough for ftyp brands, TS packets, EBML doctype and JPEG APP2/MPF

Classification = tuple[Kind, str | None, str | None]

UNKNOWN: Classification = (Kind.OTHER, None, None)

_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_QT_BOXES = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}

_ODF_TYPES: dict[str, Classification] = {
    "application/vnd.oasis.opendocument.presentation": (Kind.SLIDES, None, "ODP"),
    "application/vnd.oasis.opendocument.presentation-template": (Kind.SLIDES, None, "ODP"),
    "application/vnd.oasis.opendocument.text": (Kind.DOCUMENT, None, "ODT"),
    "application/vnd.oasis.opendocument.text-template": (Kind.DOCUMENT, None, "ODT"),
}
_MIME = {name: mime_of(name) for name in ("PPTX", "DOCX", "ODP", "ODT", "KEY")}  # registry.py


def read_head(path: Path, size: int = HEAD_SIZE) -> bytes:
    """Return the first ``size`` bytes of ``path``."""
    with open(path, "rb") as fh:
        return fh.read(size)


def classify(path: Path, head: bytes) -> Classification:
    """Return ``(kind, mime, format)`` for ``path`` whose first bytes are ``head``."""
    ext = path.suffix.lower()
    for check in (_image, _iso_bmff, _riff, _other_av, _documents):
        result = check(head, ext)
        if result is not None:
            if result[2] == "ZIP":
                return _zip(path, ext)
            return result
    return UNKNOWN


def _image(head: bytes, ext: str) -> Classification | None:
    if head.startswith(b"\xff\xd8\xff"):
        if ext == ".mpo" and b"MPF\x00" in head:
            return Kind.PHOTO, "image/mpo", "MPO"
        return Kind.PHOTO, "image/jpeg", "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Kind.PHOTO, "image/png", "PNG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Kind.PHOTO, "image/gif", "GIF"
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return Kind.PHOTO, "image/tiff", "TIFF"
    if head.startswith(b"BM") and len(head) >= 18 and ext in {".bmp", ".dib"}:
        return Kind.PHOTO, "image/bmp", "BMP"
    return None


def _iso_bmff(head: bytes, ext: str) -> Classification | None:
    box = head[4:8]
    if box == b"ftyp":
        size = int.from_bytes(head[0:4], "big")
        major = head[8:12]
        end = min(size if size >= 16 else 16, len(head))
        brands = {major} | {head[i : i + 4] for i in range(16, end - 3, 4)}
        if brands & _HEIC_BRANDS:
            return Kind.PHOTO, "image/heic", "HEIC"
        if brands & _AVIF_BRANDS:
            return Kind.PHOTO, "image/avif", "AVIF"
        if brands & _HEIF_BRANDS:
            return Kind.PHOTO, "image/heif", "HEIF"
        quicktime = major.startswith(b"qt")
        if major in _AUDIO_BRANDS or (ext in {".m4a", ".m4b"} and not quicktime):
            return Kind.AUDIO, "audio/mp4", "M4A"
        if quicktime:
            return Kind.VIDEO, "video/quicktime", "MOV"
        if major.startswith(b"3g2"):
            return Kind.VIDEO, "video/3gpp2", "3G2"
        if major.startswith(b"3gp"):
            return Kind.VIDEO, "video/3gpp", "3GP"
        if major.startswith(b"crx"):
            return None  # Canon CR3 raw: not something we decode
        return Kind.VIDEO, "video/mp4", "MP4"
    if box in _QT_BOXES and int.from_bytes(head[0:4], "big") >= 8:
        return Kind.VIDEO, "video/quicktime", "MOV"
    return None


def _riff(head: bytes, ext: str) -> Classification | None:
    if not head.startswith(b"RIFF") or len(head) < 12:
        return None
    form = head[8:12]
    if form == b"WEBP":
        return Kind.PHOTO, "image/webp", "WEBP"
    if form == b"WAVE":
        return Kind.AUDIO, "audio/wav", "WAV"
    if form == b"AVI ":
        return Kind.VIDEO, "video/x-msvideo", "AVI"
    return None


def _is_ts(head: bytes, offset: int, stride: int) -> bool:
    positions = range(offset, min(len(head), offset + stride * 5), stride)
    return len(positions) >= 3 and all(head[p] == 0x47 for p in positions)


def _other_av(head: bytes, ext: str) -> Classification | None:
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        if b"webm" in head[:64]:
            return Kind.VIDEO, "video/webm", "WEBM"
        if ext == ".mka":
            return Kind.AUDIO, "audio/x-matroska", "MKA"
        return Kind.VIDEO, "video/x-matroska", "MKV"
    if _is_ts(head, 0, 188):
        return Kind.VIDEO, "video/mp2t", "MPEG-TS"
    if _is_ts(head, 4, 192):
        return Kind.VIDEO, "video/mp2t", "M2TS"
    if head.startswith(b"\x00\x00\x01\xba"):
        return Kind.VIDEO, "video/mpeg", "MPEG-PS"
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        if ext == ".wma":
            return Kind.AUDIO, "audio/x-ms-wma", "WMA"
        return Kind.VIDEO, "video/x-ms-wmv", "WMV"
    if head.startswith(b"FLV\x01"):
        return Kind.VIDEO, "video/x-flv", "FLV"
    if head.startswith(b"fLaC"):
        return Kind.AUDIO, "audio/flac", "FLAC"
    if head.startswith(b"OggS"):
        if b"\x80theora" in head[:512]:
            return Kind.VIDEO, "video/ogg", "OGV"
        if b"OpusHead" in head[:512]:
            return Kind.AUDIO, "audio/ogg", "OPUS"
        return Kind.AUDIO, "audio/ogg", "OGG"
    if head.startswith(b"ID3") or _mpeg_audio_sync(head):
        return Kind.AUDIO, "audio/mpeg", "MP3"
    if head[:2] in (b"\xff\xf1", b"\xff\xf9"):
        return Kind.AUDIO, "audio/aac", "AAC"
    return None


def _mpeg_audio_sync(head: bytes) -> bool:
    """MPEG audio frame header: 11 sync bits, layer III, and not the reserved version."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    return version != 1 and layer == 1 and bitrate not in (0, 15) and rate != 3


def _documents(head: bytes, ext: str) -> Classification | None:
    if b"%PDF-" in head[:1024]:
        return Kind.DOCUMENT, "application/pdf", "PDF"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return Kind.OTHER, "application/zip", "ZIP"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if ext in {".ppt", ".pps", ".pot"}:
            return Kind.SLIDES, "application/vnd.ms-powerpoint", "PPT"
        if ext == ".doc":
            return Kind.DOCUMENT, "application/msword", "DOC"
        return Kind.OTHER, "application/x-ole-storage", "OLE"
    return None


def _zip(path: Path, ext: str) -> Classification:
    """Tell OOXML, ODF and Keynote packages apart by their members."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 256:
                    mimetype = zf.read(info).decode("ascii", "replace").strip()
                    if mimetype in _ODF_TYPES:
                        kind, _, fmt = _ODF_TYPES[mimetype]
                        return kind, _MIME[str(fmt)], fmt
            if "[Content_Types].xml" in names:
                info = zf.getinfo("[Content_Types].xml")
                types = zf.read(info) if info.file_size < 1024 * 1024 else b""
                if b"presentationml" in types or "ppt/presentation.xml" in names:
                    return Kind.SLIDES, _MIME["PPTX"], "PPTX"
                if b"wordprocessingml" in types or "word/document.xml" in names:
                    return Kind.DOCUMENT, _MIME["DOCX"], "DOCX"
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError, EOFError):
        return Kind.OTHER, "application/zip", "ZIP"
    if any(n in names for n in ("Index.zip", "index.apxl", "index.apxl.gz")) or any(
        n.startswith("Index/") and n.endswith(".iwa") for n in names
    ):
        return Kind.SLIDES, _MIME["KEY"], "KEY"
    # Damaged packages: the members say nothing, so the extension decides.
    by_ext: dict[str, Classification] = {
        ".pptx": (Kind.SLIDES, _MIME["PPTX"], "PPTX"),
        ".docx": (Kind.DOCUMENT, _MIME["DOCX"], "DOCX"),
        ".odp": (Kind.SLIDES, _MIME["ODP"], "ODP"),
        ".odt": (Kind.DOCUMENT, _MIME["ODT"], "ODT"),
        ".key": (Kind.SLIDES, _MIME["KEY"], "KEY"),
    }
    return by_ext.get(ext, (Kind.OTHER, "application/zip", "ZIP"))


def guess_from_extension(path: Path) -> Classification:
    """What the extension claims (the probe registry's formats, ``registry.py``), for files
    whose content is not recognised: a photo, video or audio format's extension, else
    nothing (a document's name alone never makes it one)."""
    ext = path.suffix.lower()
    kind = claimed_kind(ext)
    if kind in (Kind.PHOTO, Kind.VIDEO, Kind.AUDIO):
        return kind, None, ext[1:].upper()
    return UNKNOWN
