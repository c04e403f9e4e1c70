"""The catalogue summary of ``smparchive info``, apart from the item records: ``info`` (and a
quick rescan) then create no item-record dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogInfo:
    """Summary shown by ``smparchive info``."""

    location: str
    cache_dir: str | None
    schema_revision: str
    items: int
    by_kind: dict[str, int]
    by_status: dict[str, int]
    roots: int
    events: int
    sessions: int
    tags: int
    collections: int
    total_bytes: int
