"""Adding folders and scanning them from the app: a job with progress, cancel and a summary."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from smparchive.core.catalog.undo import ChangeSummary
from smparchive.gui.i18n import translate
from smparchive.gui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from smparchive.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def start_ingest(w: MainWindow, folders: list[Path]) -> TaskHandle | None:
    """Catalogue ``folders`` (or rescan every root when empty), then make thumbnails."""
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan

    catalog = w.catalog
    batches: list[ChangeSummary] = []
    lock = threading.Lock()

    def on_batch(changes: ChangeSummary) -> None:  # worker thread: only record
        with lock:
            batches.append(changes)

    def work(ctx: TaskContext) -> Any:
        root_ids: list[int] = []
        for folder in folders:
            result = catalog.add_root(folder)
            root_ids.append(result.value)
        ctx.raise_if_cancelled()
        options = ScanOptions(on_batch=on_batch)
        report = scan(catalog, root_ids or None, ctx.progress, ctx.cancel_token, options)
        return root_ids, report

    label = (
        translate("Ingest", "Adding %1").replace("%1", ", ".join(f.name for f in folders))
        if folders
        else translate("Ingest", "Rescanning")
    )
    timer = QTimer(w)
    timer.setInterval(1000)

    def flush() -> None:
        with lock:
            got = list(batches)
            batches.clear()
        if got:
            merged = got[0]
            for c in got[1:]:
                merged = merged.merge(c)
            w.ops.announce(merged)  # the scan committed them batch by batch
            if len(w.store) < 5000:  # re-running a huge result would stall the UI each second
                w.browser.refresh(keep_facets=True)

    timer.timeout.connect(flush)
    timer.start()

    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = w.runner.submit(work, label=label, job=True)
    w.thumb_repair.hold_while(handle)  # the scan's own thumbnail job makes what is missing
    dialog = IngestDialog(handle, w)
    dialog.show()

    def finished_ok(value: Any) -> None:
        root_ids, report = value
        dialog.show_report(report)
        _thumbnails(w, root_ids, build_thumbnails)

    def done() -> None:
        timer.stop()
        flush()
        w.browser.refresh()
        w.refresh_sidebar()

    handle.succeeded.connect(finished_ok)
    handle.failed.connect(lambda exc: dialog.show_failure(str(exc)))
    handle.cancelled.connect(dialog.show_cancelled)
    handle.finished.connect(done)
    return handle


def _thumbnails(w: MainWindow, root_ids: list[int], build: Any) -> TaskHandle:
    """Thumbnails for the new items, visible ones first; the grid fills in as they come."""
    catalog = w.catalog
    first, last = w.grid.visible_rows()
    visible = w.store.ids[max(0, first) : last + 1] if first >= 0 else []

    def work(ctx: TaskContext) -> Any:
        return build(catalog, ctx.progress, ctx.cancel_token, visible, root_ids=root_ids or None)

    handle = w.runner.submit(work, label=translate("Ingest", "Making thumbnails"), job=True)
    w.thumb_repair.hold_while(handle)

    timer = QTimer(w)
    timer.setInterval(1500)
    timer.timeout.connect(w.refresh_visible_thumbnails)
    timer.start()
    handle.finished.connect(timer.stop)
    handle.finished.connect(w.refresh_visible_thumbnails)
    handle.finished.connect(lambda: trim_cache_to_preference(w))
    return handle


def trim_cache_to_preference(w: MainWindow) -> TaskHandle | None:
    """Keep the picture cache under the preference's limit, in the background (0: no limit).

    Previews go first; trimmed grid thumbnails are made again by the next thumbnail job.
    """
    limit_mb = w.settings.cache_limit_mb
    if limit_mb <= 0 or getattr(w.catalog, "thumbnails", None) is None:
        return None
    from smparchive.core.ingest.thumbnails import trim_cache

    catalog = w.catalog
    return w.runner.submit(lambda _ctx: trim_cache(catalog, limit_mb * 1024 * 1024))
