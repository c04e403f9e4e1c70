"""What the catalogue knows of one file of a root, as an incremental scan compares it: apart
from ``ops_ingest`` so a rescan can decide "nothing changed" without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from smparchive.core.catalog.stored import stored_time


@dataclass(frozen=True, slots=True)
class IndexRow:
    """What the catalogue knows of one file of a root (for incremental scans)."""

    id: int
    size: int
    mtime_ns: int
    status: str
    sha256: str | None
    thumb_state: str
    # As the database gave it (a rescan compares it only for files with a sidecar, so
    # 10,000 rows are not each parsed into a datetime): see :meth:`updated`.
    updated_at: datetime | int | str | None = None
    status_reason: str | None = None
    capture_source: str | None = None  # media.info.TimeSource code
    kind: str | None = None
    format: str | None = None
    reader_version: int = 1  # of the reader that made the record (media.readers)

    def updated(self) -> datetime | None:
        """When the item was last catalogued (aware UTC)."""
        return updated_time(self.updated_at)


def updated_time(value: datetime | int | str | None) -> datetime | None:
    """An ``updated_at`` as the database gave it, as an aware UTC time."""
    if value is None:
        return None
    when = stored_time(value)
    if when is None:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
