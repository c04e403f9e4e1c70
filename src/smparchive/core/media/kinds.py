"""What a file is, how its probe went and where its capture time came from: the enums of a
probe's result, apart from the result itself (``info.py`` re-exports them), so that the
vocabulary (``core/vocab.py``) and every quick command get them without the dataclasses."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a catalogued file is, decided from its content signature."""

    PHOTO = "photo"
    VIDEO = "video"
    AUDIO = "audio"
    SLIDES = "slides"
    DOCUMENT = "document"
    OTHER = "other"


class Outcome(StrEnum):
    """How a probe went, matching the corpus MANIFEST's three expectations."""

    OK = "ok"  # metadata read, a thumbnail can be made
    WARNING = "warning"  # plainly the claimed type, facts read, but no thumbnail possible
    ERROR = "error"  # cannot be opened or identified, or unsafe to open


class TimeSource(StrEnum):
    """Where a capture time came from (stored with the item)."""

    EXIF_OFFSET = "exif+offset"  # DateTimeOriginal with OffsetTimeOriginal: exact
    EXIF_LOCAL = "exif"  # DateTimeOriginal without offset: camera local time, zone unknown
    XMP = "xmp"  # exif:DateTimeOriginal / photoshop:DateCreated / xmp:CreateDate in XMP
    # ... in an XMP sidecar (name.ext.xmp) that gives another time than the file's own: set
    # by a program (an archival package's corrected time, Lightroom's Edit Capture Time), not
    # read from the camera's clock, so a camera clock correction never applies to it
    XMP_SIDECAR = "xmp-sidecar"
    # 'xmp' as stored before sidecar times were told apart (migration 0030): perhaps a
    # sidecar's time that took the camera's correction again, so the next scan re-reads it
    XMP_LEGACY = "xmp-legacy"
    IPTC = "iptc"  # IPTC IIM DateCreated + TimeCreated (Photo Mechanic, IPTC-only workflows)
    QUICKTIME = "quicktime"  # Apple com.apple.quicktime.creationdate: local time with offset
    CONTAINER_UTC = "container-utc"  # container creation_time read as UTC (phones, FFmpeg)
    CONTAINER_LOCAL = "container-local"  # ... read as the camera's clock (zone: the event's)
    CONTAINER_LEGACY = "container"  # read as UTC whatever wrote it (before 2026-12): re-read
    DOCUMENT = "document"  # PDF/Office creation date
    FILE_MTIME = "mtime"  # last resort: file modification time (UTC)


# Extra words for kinds in the query language (plurals are accepted for every kind).
_KIND_WORDS = {"deck": Kind.SLIDES, "pdf": Kind.DOCUMENT}


def kind_words() -> dict[str, Kind]:
    """Every word the query language takes for a kind: its name, plural, other names
    (``registry.kind_words``; here so that a search does not build the format table)."""
    words: dict[str, Kind] = {}
    for kind in Kind:
        words[kind.value] = kind
        words[kind.value + "s"] = kind
    for word, kind in _KIND_WORDS.items():
        words[word] = kind
        words[word + "s"] = kind
    return words
