"""A file's MIME type and format as short codes (SQLite)

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-05

Every item row held its MIME type and format as text ('image/jpeg', 'JPEG': 14 bytes, the
longest 73), the same few values a million times. On SQLite a value of the readable
formats' is now stored as its code, a number written as text ('0', '0': 2 bytes;
``core/catalog/codes.py``, the tables copied below as they stand at this revision); any
other value stays as it is (from now on, one written that could be read as a code gets an
'=' before it: ``codes.short_text``).
``models.ShortText`` converts both ways, so Python sees the same strings; nothing searches,
sorts or indexes these columns. PostgreSQL keeps the text (nothing to do).

One UPDATE of the rows that hold either (no index or trigger names these columns), then the
file is compacted (schema.REWRITING). Measured at a million items: benchmarks/README.md,
"Catalogue size at 0028+".
"""

from __future__ import annotations

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

# Frozen copies of codes.py's tables at this revision (stored codes: never renumbered).
MIME = (
    "image/jpeg", "video/mp4", "video/quicktime", "application/pdf",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "image/png", "image/heic",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.apple.keynote", "application/vnd.oasis.opendocument.presentation",
    "image/mpo", "image/gif", "image/tiff", "image/bmp", "image/heif", "image/avif",
    "image/webp", "video/3gpp", "video/3gpp2", "video/x-msvideo", "video/webm",
    "video/x-matroska", "video/mp2t", "video/mpeg", "video/x-ms-wmv", "video/x-flv",
    "video/ogg", "audio/mp4", "audio/wav", "audio/x-matroska", "audio/x-ms-wma", "audio/flac",
    "audio/ogg", "audio/mpeg", "audio/aac", "application/vnd.oasis.opendocument.text",
    "application/vnd.ms-powerpoint", "application/msword", "application/zip",
    "application/x-ole-storage",
)  # fmt: skip
FORMAT = (
    "JPEG", "MP4", "MOV", "PDF", "PPTX", "PNG", "HEIC", "DOCX", "KEY", "ODP",
    "MPO", "GIF", "TIFF", "BMP", "HEIF", "AVIF", "WEBP", "3GP", "3G2", "AVI",
    "WEBM", "MKV", "MPEG-TS", "M2TS", "MPEG-PS", "WMV", "FLV", "OGV", "M4A", "WAV",
    "MKA", "WMA", "FLAC", "OGG", "OPUS", "MP3", "AAC", "ODT", "PPT", "DOC",
    "ZIP", "OLE",
)  # fmt: skip


def _to_codes(column: str, values: tuple[str, ...]) -> str:
    """Only the tables' texts become codes: anything else (no scan wrote a value that
    reads as a code: classify names formats and MIME types from the registry) stays, so
    that running this again (a revision set back by hand) changes nothing."""
    whens = " ".join(f"WHEN '{v}' THEN '{code}'" for code, v in enumerate(values))
    return f"CASE {column} {whens} ELSE {column} END"


def _to_text(column: str, values: tuple[str, ...]) -> str:
    whens = " ".join(f"WHEN '{code}' THEN '{v}'" for code, v in enumerate(values))
    return (
        f"CASE WHEN {column} GLOB '=*' THEN substr({column}, 2) "
        f"ELSE CASE {column} {whens} ELSE {column} END END"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        f"UPDATE items SET mime = {_to_codes('mime', MIME)}, "
        f"format = {_to_codes('format', FORMAT)} "
        "WHERE mime IS NOT NULL OR format IS NOT NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        f"UPDATE items SET mime = {_to_text('mime', MIME)}, "
        f"format = {_to_text('format', FORMAT)} "
        "WHERE mime IS NOT NULL OR format IS NOT NULL"
    )
