"""The closed vocabularies of an item as the catalogue stores them: small integer codes
(migration 0023). Standard library only: the sqlite3 read path (``reader.py``) and the quick
rescan (``core/ingest/rescan.py``) use it too.

An item's kind, consent, status, thumbnail state and capture time source were text ('photo',
'unknown', 'ok' ...), in the row and again in every index that holds them (and how it got
its session, 'auto' or 'manual', in the row: migration 0034). As integers
SQLite keeps 0 and 1 in the record header alone and the others in one byte (~50 MB less
at a million items); PostgreSQL keeps a smallint. Python sees the same strings as before:
``models.VocabCode`` converts on both engines, and SQL written by hand goes through
:func:`code_of` / :func:`value_of` (migration 0023 keeps its own copy of the tables).

The codes are stored: a code, once given, must never be renumbered or reused. A new value
gets the next free code (append only); a value that goes out of use keeps its code. Each
table is written out, never derived from the order the enum declares its members in.
"""

from __future__ import annotations

from enum import StrEnum

from smparchive.core.vocab import Assignment, Consent, ItemStatus, Kind, ThumbState, TimeSource

# STORED CODES: never renumber, never reuse; append new values with the next free code.
# The commonest value of each has 0 or 1 (no byte in the row at all).
KIND_CODES: dict[str, int] = {
    Kind.PHOTO: 0,
    Kind.VIDEO: 1,
    Kind.AUDIO: 2,
    Kind.SLIDES: 3,
    Kind.DOCUMENT: 4,
    Kind.OTHER: 5,
}
STATUS_CODES: dict[str, int] = {
    ItemStatus.OK: 0,
    ItemStatus.WARNING: 1,
    ItemStatus.ERROR: 2,
    ItemStatus.MISSING: 3,
    ItemStatus.OFFLINE: 4,
}
CONSENT_CODES: dict[str, int] = {
    Consent.UNKNOWN: 0,
    Consent.CLEARED: 1,
    Consent.INTERNAL_ONLY: 2,
    Consent.DO_NOT_PUBLISH: 3,
}
THUMB_CODES: dict[str, int] = {
    ThumbState.PENDING: 0,
    ThumbState.OK: 1,
    ThumbState.NONE: 2,
}
TIME_SOURCE_CODES: dict[str, int] = {
    TimeSource.EXIF_LOCAL: 0,
    TimeSource.EXIF_OFFSET: 1,
    TimeSource.XMP: 2,
    TimeSource.IPTC: 3,
    TimeSource.QUICKTIME: 4,
    TimeSource.CONTAINER_UTC: 5,
    TimeSource.CONTAINER_LOCAL: 6,
    TimeSource.CONTAINER_LEGACY: 7,
    TimeSource.DOCUMENT: 8,
    TimeSource.FILE_MTIME: 9,
    TimeSource.XMP_SIDECAR: 10,
    TimeSource.XMP_LEGACY: 11,
}
# How an item got its session (migration 0034): 'auto' on most items in a session.
ASSIGNMENT_CODES: dict[str, int] = {
    Assignment.AUTO: 0,
    Assignment.MANUAL: 1,
}

# Each enum's table, and the item columns stored with it (facet_cells and facet_people
# copy kind, consent and status).
CODES: dict[type[StrEnum], dict[str, int]] = {
    Kind: KIND_CODES,
    ItemStatus: STATUS_CODES,
    Consent: CONSENT_CODES,
    ThumbState: THUMB_CODES,
    TimeSource: TIME_SOURCE_CODES,
    Assignment: ASSIGNMENT_CODES,
}
COLUMN_ENUMS: dict[str, type[StrEnum]] = {
    "kind": Kind,
    "consent": Consent,
    "status": ItemStatus,
    "thumb_state": ThumbState,
    "capture_source": TimeSource,
    "assignment": Assignment,
}
_VALUES: dict[type[StrEnum], dict[int, str]] = {
    enum: {code: str(value) for value, code in table.items()} for enum, table in CODES.items()
}


class UnknownCode(ValueError):
    """A stored code (or a value to store) that this version's tables do not have."""


def _name(enum: type[StrEnum]) -> str:
    return next(c for c, e in COLUMN_ENUMS.items() if e is enum)


def code_of(enum: type[StrEnum], value: str) -> int:
    """The stored code of ``value`` (a member of ``enum``, or its text)."""
    try:
        return CODES[enum][value]
    except (KeyError, TypeError):
        known = ", ".join(CODES[enum])
        raise UnknownCode(f"{value!r} is not a {_name(enum)} (one of: {known})") from None


def codes_of(enum: type[StrEnum], values: object) -> list[int]:
    """:func:`code_of` each of ``values`` (an iterable of texts)."""
    return [code_of(enum, v) for v in values]  # type: ignore[attr-defined]


def value_texts(enum: type[StrEnum]) -> dict[int, str]:
    """Each stored code of ``enum`` -> its value's text (not to be changed)."""
    return _VALUES[enum]


def value_of(enum: type[StrEnum], code: object) -> str:
    """The text of stored ``code`` (a plain str, as the catalogue gave before codes).

    A code this version does not know (written by a newer one, or by hand) is an error, not
    a guess: nothing would otherwise tell a wrong kind or status from a right one."""
    try:
        if isinstance(code, int) and not isinstance(code, bool):
            return _VALUES[enum][code]
    except KeyError:
        pass
    raise UnknownCode(
        f"The catalogue holds {code!r} as an item's {_name(enum)}, which this version of "
        "smparchive does not know (was it written by a newer version?)"
    )


def value_or_none(enum: type[StrEnum], code: object) -> str | None:
    """:func:`value_of`, with None (no value, e.g. no capture time source) as it is."""
    return None if code is None else value_of(enum, code)


# A file's MIME type and format (migration 0028), open vocabularies: the catalogue takes any
# text, but nearly every item holds one of the readable formats' (``core/media/registry.py``).
# On SQLite each of those is stored as a short code, its number written as text ('0' for
# 'image/jpeg': 1 byte against 10; 'JPEG' 4 -> 1; ~12 MB less at a million items); any other
# value is stored as it is, one that looks like a code ('=' first, or digits only) behind an
# '=' mark. PostgreSQL keeps the text. ``models.ShortText`` converts; SQL written by hand
# reads through :func:`long_text`.
# STORED CODES: never renumber, never reuse; append new values with the next free number.
# The commonest of a conference (photos, phone videos, decks) have one digit.
MIME_CODES: dict[str, str] = {
    value: str(code)
    for code, value in enumerate(
        (
            "image/jpeg",
            "video/mp4",
            "video/quicktime",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "image/png",
            "image/heic",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.apple.keynote",
            "application/vnd.oasis.opendocument.presentation",
            "image/mpo",
            "image/gif",
            "image/tiff",
            "image/bmp",
            "image/heif",
            "image/avif",
            "image/webp",
            "video/3gpp",
            "video/3gpp2",
            "video/x-msvideo",
            "video/webm",
            "video/x-matroska",
            "video/mp2t",
            "video/mpeg",
            "video/x-ms-wmv",
            "video/x-flv",
            "video/ogg",
            "audio/mp4",
            "audio/wav",
            "audio/x-matroska",
            "audio/x-ms-wma",
            "audio/flac",
            "audio/ogg",
            "audio/mpeg",
            "audio/aac",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.ms-powerpoint",
            "application/msword",
            "application/zip",
            "application/x-ole-storage",
        )
    )
}
FORMAT_CODES: dict[str, str] = {
    value: str(code)
    for code, value in enumerate(
        (
            "JPEG", "MP4", "MOV", "PDF", "PPTX", "PNG", "HEIC", "DOCX", "KEY", "ODP",
            "MPO", "GIF", "TIFF", "BMP", "HEIF", "AVIF", "WEBP", "3GP", "3G2", "AVI",
            "WEBM", "MKV", "MPEG-TS", "M2TS", "MPEG-PS", "WMV", "FLV", "OGV", "M4A", "WAV",
            "MKA", "WMA", "FLAC", "OGG", "OPUS", "MP3", "AAC", "ODT", "PPT", "DOC",
            "ZIP", "OLE",
        )
    )
}  # fmt: skip
_LONG_MIME = {code: value for value, code in MIME_CODES.items()}
_LONG_FORMAT = {code: value for value, code in FORMAT_CODES.items()}
_MARK = "="  # before a stored value that would otherwise read as a code


def short_text(table: dict[str, str], value: str | None) -> str | None:
    """How ``value`` is stored on SQLite: its code in ``table`` (MIME_CODES or
    FORMAT_CODES), else the value itself (marked if it could be taken for a code)."""
    if value is None:
        return None
    code = table.get(value)
    if code is not None:
        return code
    if value.startswith(_MARK) or value.isdigit():
        return _MARK + value
    return value


def long_text(table: dict[str, str], stored: object) -> str | None:
    """The value of what :func:`short_text` stored (text written before 0028 reads as it
    is). A code this version does not know (a newer version's) is an error, not a guess."""
    if stored is None:
        return None
    text = str(stored)
    if text.isdigit():
        mime = table is MIME_CODES
        value = (_LONG_MIME if mime else _LONG_FORMAT).get(text)
        if value is None:
            raise UnknownCode(
                f"The catalogue holds {text!r} as a file's {'MIME type' if mime else 'format'}, "
                "which this version of smparchive does not know (was it written by a newer "
                "version?)"
            )
        return value
    if text.startswith(_MARK):
        return text[len(_MARK) :]
    return text
