"""Capture times on the command line: the core's one time model (event zone, corrections)."""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from smparchive.cli.output import to_jsonable
from smparchive.core.domain import timefmt

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import ItemRecord


def add_utc_flag(parser: argparse.ArgumentParser) -> None:
    """Listing commands show the event's local time; --utc asks for UTC instead."""
    parser.add_argument(
        "--utc",
        action="store_true",
        help="show capture times in UTC instead of the event's time zone",
    )


def zone_of(cat: Catalog, args: argparse.Namespace) -> tzinfo | None:
    """The zone times are shown in: the event's, or None when --utc was asked for."""
    return None if getattr(args, "utc", False) else cat.event_zone()


def header(args: argparse.Namespace) -> str:
    return "captured (UTC)" if getattr(args, "utc", False) else "captured"


def when(rec: ItemRecord, tz: tzinfo | None) -> str:
    """'2022-06-01 10:30 CEST, corrected by +1 h' (or '... 08:30 UTC, ...' when tz is None)."""
    shown = timefmt.item_time(rec, tz)
    return shown.text(utc=tz is None) if shown is not None else ""


def item_json(rec: ItemRecord, tz: tzinfo | None) -> dict[str, Any]:
    """A record as JSON plus ``captured``: local ISO with offset and UTC, zone, correction,
    source (the record's own ``capture_utc`` field stays as it was)."""
    out: dict[str, Any] = to_jsonable(rec)
    shown = timefmt.item_time(rec, tz)
    out["captured"] = shown.as_json() if shown is not None else None
    return out


def action_when(moment: datetime | None) -> str:
    """When someone did something (a scan, an edit, an export) as the app shows it: this
    computer's clock, to the second, its zone named ('2026-12-07 15:53:05 EST'), so it is
    never taken for a capture time, which reads in the event's zone."""
    if moment is None:
        return ""
    return timefmt.action_time(moment, None).text(seconds=True, marker=False)
