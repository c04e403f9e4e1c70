"""Which version of its reader a file's record was made by, and which records are stale.

A probe whose reading improves (PDF text with its line-end hyphens and upside-down lines,
a PPTX's text, a camera's EXIF, a video's facts) leaves every record it made before as it
was: a rescan only reads changed files. So every record keeps the version of the reader
that made it (``items.reader_version``, migration 0040), and a rescan reads again, without
hashing, the unchanged files whose record an older reader made (``ingest.rescan``).

Bump a reader's number here when its reading changes what the catalogue stores; the
number is per format (``MediaInfo.format``) or, for the formats without their own, per
kind. Every reader not named is at version 1, which records made before 0040 have.
"""

from __future__ import annotations

from smparchive.core.media.kinds import Kind

# format or kind -> the current reader's version. History:
# PDF 2: a line-end hyphen read as '-' (was U+0002, a box), upside-down lines read forwards.
READER_VERSIONS: dict[str, int] = {
    "PDF": 2,
}
FIRST = 1  # the version of every record made before versions were kept


def reader_version(kind: str | None, fmt: str | None) -> int:
    """The current reader's version for a file of ``kind`` and ``fmt``."""
    if fmt is not None and fmt in READER_VERSIONS:
        return READER_VERSIONS[fmt]
    return READER_VERSIONS.get(str(kind), FIRST) if kind is not None else FIRST


def read_by_older(kind: str | None, fmt: str | None, version: int | None) -> bool:
    """Whether a record of ``kind`` and ``fmt`` made by reader ``version`` is stale."""
    return (version or FIRST) < reader_version(kind, fmt)


def stale_conditions() -> list[tuple[str, str | None, int]]:
    """``(what, value, version)`` for each reader past version 1: ``what`` is "format" or
    "kind"; a kind's condition holds only for its formats without their own entry."""
    kinds = {str(k) for k in Kind}
    return [
        ("kind" if key in kinds else "format", key, version)
        for key, version in sorted(READER_VERSIONS.items())
        if version > FIRST
    ]


def own_formats() -> list[str]:
    """The formats with their own entry (a kind's entry does not cover them)."""
    kinds = {str(k) for k in Kind}
    return sorted(k for k in READER_VERSIONS if k not in kinds)
