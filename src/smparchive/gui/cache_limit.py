"""Keep a catalogue's cache folder under the Preferences' size limit, in the background.

Run after what adds to the cache: a scan's thumbnail job (pictures) and an export (decks'
renditions it converted). The rule is core's (``core/cache_folder.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smparchive.gui.i18n import translate

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import TaskHandle, TaskRunner


def trim_to_preference(
    catalog: Catalog, runner: TaskRunner, settings: Settings
) -> TaskHandle | None:
    """Trim the cache to the preference's limit on a worker (0: no limit, nothing done)."""
    limit_mb = settings.cache_limit_mb
    if limit_mb <= 0:
        return None
    from smparchive.core.ingest.thumbnails import trim_cache

    return runner.submit(
        lambda _ctx: trim_cache(catalog, limit_mb * 1024 * 1024),
        label=translate("Tasks", "Trimming the preview cache"),
    )
