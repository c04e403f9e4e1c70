"""What smparchive can read, per kind: the probe, the formats, their MIME types and usual
file extensions, and the words the query language accepts for the kind.

``probe.probe_for`` takes the probe from here; the query language takes the kind words
(``kind:deck``); the GUI's file dialogs can offer the extensions. Files are still
recognised by content (``classify.py``): an extension is a hint, never the decision, so the
walker lists every file and a mislabelled one is still read right.

To add a format: its content signature in ``classify.py``, a line here, and the probe's
support for it (docs/DESIGN.md, "Add a probe").
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from .kinds import Kind
from .kinds import kind_words as kind_words  # with the kinds: a search needs no format table

__all__ = [
    "FORMATS",
    "PROBES",
    "Format",
    "ProbeEntry",
    "claimed_kind",
    "extensions",
    "kind_words",
    "load_probe",
    "mime_of",
]


@dataclass(frozen=True, slots=True)
class Format:
    """One file format as ``classify`` names it."""

    name: str  # classify's format name (``MediaInfo.format``)
    kind: Kind
    mime: str
    extensions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProbeEntry:
    """The probe of a kind (imported on first use: PyAV and pdfium are heavy)."""

    kinds: tuple[Kind, ...]
    probe: str  # "module:Class", relative to this package
    words: tuple[str, ...] = ()  # other names of the kind in searches (``kind:deck``)


PROBES: tuple[ProbeEntry, ...] = (
    ProbeEntry(kinds=(Kind.PHOTO,), probe="photo:PhotoProbe"),
    ProbeEntry(kinds=(Kind.VIDEO, Kind.AUDIO), probe="video:VideoProbe"),
    ProbeEntry(kinds=(Kind.SLIDES, Kind.DOCUMENT), probe="documents:DocumentProbe"),
)


FORMATS: tuple[Format, ...] = (
    Format("JPEG", Kind.PHOTO, "image/jpeg", (".jpg", ".jpeg", ".jpe")),
    Format("MPO", Kind.PHOTO, "image/mpo", (".mpo",)),
    Format("PNG", Kind.PHOTO, "image/png", (".png",)),
    Format("GIF", Kind.PHOTO, "image/gif", (".gif",)),
    Format("TIFF", Kind.PHOTO, "image/tiff", (".tif", ".tiff")),
    Format("BMP", Kind.PHOTO, "image/bmp", (".bmp", ".dib")),
    Format("HEIC", Kind.PHOTO, "image/heic", (".heic",)),
    Format("HEIF", Kind.PHOTO, "image/heif", (".heif",)),
    Format("AVIF", Kind.PHOTO, "image/avif", (".avif",)),
    Format("WEBP", Kind.PHOTO, "image/webp", (".webp",)),
    Format("MP4", Kind.VIDEO, "video/mp4", (".mp4", ".m4v")),
    Format("MOV", Kind.VIDEO, "video/quicktime", (".mov", ".qt")),
    Format("3GP", Kind.VIDEO, "video/3gpp", (".3gp",)),
    Format("3G2", Kind.VIDEO, "video/3gpp2", (".3g2",)),
    Format("AVI", Kind.VIDEO, "video/x-msvideo", (".avi",)),
    Format("WEBM", Kind.VIDEO, "video/webm", (".webm",)),
    Format("MKV", Kind.VIDEO, "video/x-matroska", (".mkv",)),
    Format("MPEG-TS", Kind.VIDEO, "video/mp2t", (".ts", ".mts")),
    Format("M2TS", Kind.VIDEO, "video/mp2t", (".m2ts", ".mts")),
    Format("MPEG-PS", Kind.VIDEO, "video/mpeg", (".mpg", ".mpeg", ".vob")),
    Format("WMV", Kind.VIDEO, "video/x-ms-wmv", (".wmv", ".asf")),
    Format("FLV", Kind.VIDEO, "video/x-flv", (".flv",)),
    Format("OGV", Kind.VIDEO, "video/ogg", (".ogv",)),
    Format("M4A", Kind.AUDIO, "audio/mp4", (".m4a", ".m4b")),
    Format("WAV", Kind.AUDIO, "audio/wav", (".wav",)),
    Format("MKA", Kind.AUDIO, "audio/x-matroska", (".mka",)),
    Format("WMA", Kind.AUDIO, "audio/x-ms-wma", (".wma",)),
    Format("FLAC", Kind.AUDIO, "audio/flac", (".flac",)),
    Format("OGG", Kind.AUDIO, "audio/ogg", (".ogg", ".oga")),
    Format("OPUS", Kind.AUDIO, "audio/ogg", (".opus",)),
    Format("MP3", Kind.AUDIO, "audio/mpeg", (".mp3",)),
    Format("AAC", Kind.AUDIO, "audio/aac", (".aac",)),
    Format("PDF", Kind.DOCUMENT, "application/pdf", (".pdf",)),
    Format(
        "PPTX",
        Kind.SLIDES,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        (".pptx",),
    ),
    Format(
        "DOCX",
        Kind.DOCUMENT,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (".docx",),
    ),
    Format("ODP", Kind.SLIDES, "application/vnd.oasis.opendocument.presentation", (".odp",)),
    Format("ODT", Kind.DOCUMENT, "application/vnd.oasis.opendocument.text", (".odt",)),
    Format("KEY", Kind.SLIDES, "application/vnd.apple.keynote", (".key",)),
    Format("PPT", Kind.SLIDES, "application/vnd.ms-powerpoint", (".ppt", ".pps", ".pot")),
    Format("DOC", Kind.DOCUMENT, "application/msword", (".doc",)),
)


def load_probe(kind: Kind) -> Any | None:
    """A new probe for ``kind``, or None when nothing reads that kind."""
    for entry in PROBES:
        if kind in entry.kinds:
            module, _, name = entry.probe.partition(":")
            return getattr(importlib.import_module(f"{__package__}.{module}"), name)()
    return None


def extensions(kind: Kind | None = None) -> tuple[str, ...]:
    """Usual extensions of the readable formats (of one kind), sorted, without repeats."""
    return tuple(sorted({e for f in FORMATS if kind in (None, f.kind) for e in f.extensions}))


def mime_of(name: str) -> str:
    """The MIME type of the format ``classify`` calls ``name`` (KeyError if none)."""
    for f in FORMATS:
        if f.name == name:
            return f.mime
    raise KeyError(name)


def claimed_kind(extension: str) -> Kind | None:
    """The kind a file's extension (".jpg") claims, if it is a readable format's."""
    ext = extension.lower()
    return next((f.kind for f in FORMATS if ext in f.extensions), None)
