"""Programme import: read a programme file (frab JSON/XML, iCalendar, CSV) and hand the
parsed programme to the catalogue, which plans and applies it (``domain/programme.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.domain.programme import ImportSummary
from smparchive.core.domain.schedule_model import ParsedSchedule, ScheduleError
from smparchive.core.messages import problem

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.undo import OpResult


def import_programme(
    catalog: Catalog,
    source: ParsedSchedule | Path | str,
    *,
    event_id: int | None = None,
    default_tz: str | None = None,
    allow_overlaps: bool = False,
    new_event: bool = False,
) -> OpResult[ImportSummary]:
    """Read a programme file (frab JSON/XML, iCalendar, CSV), or take a parsed one, and
    import it into ``catalog`` all or nothing (undoable). ``default_tz`` is the zone of
    formats without one; by default the event's. ``event_id``/``new_event``: see
    ``Catalog.import_schedule``. value = :class:`ImportSummary`."""
    if isinstance(source, ParsedSchedule):
        parsed = source
    else:
        from smparchive.core.organise.schedule_formats import parse_schedule

        if default_tz is None:
            e = catalog.event(event_id)
            default_tz = e.time_zone if e is not None and e.time_zone != "UTC" else None
        try:
            parsed = parse_schedule(source, default_tz)
        except ScheduleError as exc:
            raise CatalogError(problem("programme.not_imported", why=exc.args[0])) from exc
    return catalog.import_schedule(
        parsed, event_id=event_id, allow_overlaps=allow_overlaps, new_event=new_event
    )
