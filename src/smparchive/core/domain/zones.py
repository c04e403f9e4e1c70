"""Time zones by IANA name, apart from the capture time rules (``time.py``): the read
commands need a catalogue's zone, not those rules and their records."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.messages import problem


def zone(name: str | None) -> ZoneInfo:
    """The IANA zone called ``name`` (UTC for None); CatalogError names an unknown zone."""
    try:
        return ZoneInfo((name or "UTC").strip())
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise CatalogError(problem("time.unknown_zone", zone=name)) from None
