"""Adding folders and scanning them from the app: a job with progress, cancel and a summary."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from smparchive.core.catalog.undo import ChangeSummary
from smparchive.gui.i18n import translate
from smparchive.gui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from smparchive.core.ingest.report import ThumbnailReport
    from smparchive.gui.controllers.thumbnails import ThumbnailRepair
    from smparchive.gui.deps import Deps

log = logging.getLogger(__name__)


class IngestController(QObject):
    """Adds folders and rescans: a job with progress, cancel and a summary, then thumbnails.

    Receives narrow dependencies: ``Deps``, the thumbnail repair (held while a scan makes
    its own thumbnails), the ids on screen (made first), and callbacks that refresh the
    visible thumbnails and the sidebar.
    """

    def __init__(
        self,
        deps: Deps,
        thumb_repair: ThumbnailRepair,
        visible_ids: Callable[[], list[int]],
        refresh_thumbnails: Callable[[], None],
        refresh_sidebar: Callable[[], None],
    ) -> None:
        super().__init__(deps.parent)
        self.deps = deps
        self.thumb_repair = thumb_repair
        self.visible_ids = visible_ids
        self.refresh_thumbnails = refresh_thumbnails
        self.refresh_sidebar = refresh_sidebar
        # what a scan summary's next-step buttons do: (step, ids the scan added or changed)
        self.next_step: Callable[[str, list[int]], None] | None = None

    def start(self, folders: list[Path]) -> TaskHandle:
        """Catalogue ``folders`` (or rescan every root when empty), then make thumbnails."""
        from smparchive.core.ingest import ScanOptions, build_thumbnails, scan

        d = self.deps
        catalog = d.catalog
        batches: list[ChangeSummary] = []
        lock = threading.Lock()
        touched: set[int] = set()  # items the scan added or changed (for "Review")

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
        timer = QTimer(self)
        timer.setInterval(1000)

        def flush() -> None:
            with lock:
                got = list(batches)
                batches.clear()
            if got:
                merged = got[0]
                for c in got[1:]:
                    merged = merged.merge(c)
                touched.update(merged.items)
                # the scan committed them batch by batch; the views follow (rows in place)
                d.ops.announce(merged)

        timer.timeout.connect(flush)
        timer.start()

        from smparchive.gui.dialogs.ingest import IngestDialog

        handle = d.runner.submit(work, label=label, job=True)
        self.thumb_repair.hold_while(handle)  # the scan's own thumbnail job makes what is missing
        dialog = IngestDialog(handle, d.parent)
        dialog.next_step.connect(
            lambda step: self.next_step(step, sorted(touched)) if self.next_step else None
        )
        dialog.show()

        def finished_ok(value: Any) -> None:
            root_ids, report = value
            dialog.show_report(report)
            thumbs = self._thumbnails(root_ids, build_thumbnails)
            thumbs.succeeded.connect(lambda t: self._thumbnail_problems(dialog, t))

        def done() -> None:
            timer.stop()
            flush()
            d.browser.follow_changes()
            self.refresh_sidebar()

        handle.succeeded.connect(finished_ok)
        handle.failed.connect(lambda exc: dialog.show_failure(str(exc)))
        handle.cancelled.connect(dialog.show_cancelled)
        handle.finished.connect(done)
        return handle

    def _thumbnails(self, root_ids: list[int], build: Any) -> TaskHandle:
        """Thumbnails for the new items, visible ones first; the grid fills in as they come."""
        d = self.deps
        catalog = d.catalog
        visible = self.visible_ids()

        def work(ctx: TaskContext) -> Any:
            return build(
                catalog, ctx.progress, ctx.cancel_token, visible, root_ids=root_ids or None
            )

        handle = d.runner.submit(work, label=translate("Ingest", "Making thumbnails"), job=True)
        self.thumb_repair.hold_while(handle)

        timer = QTimer(self)
        timer.setInterval(1500)
        timer.timeout.connect(self.refresh_thumbnails)
        timer.start()
        handle.finished.connect(timer.stop)
        handle.finished.connect(self.refresh_thumbnails)
        handle.finished.connect(self.trim_cache_to_preference)
        return handle

    def _thumbnail_problems(self, dialog: Any, thumbs: ThumbnailReport) -> None:
        """Problems only the thumbnail stage finds: in the summary, the views and counts."""
        problems = list(thumbs.problems)
        if not problems:
            return
        dialog.add_thumbnail_problems(problems)
        ids = frozenset(p.item_id for p in problems if p.item_id is not None)
        if ids:
            self.deps.ops.announce(ChangeSummary(items=ids))  # statuses changed
        self.refresh_sidebar()

    def trim_cache_to_preference(self) -> TaskHandle | None:
        """Keep the picture cache under the preference's limit, in the background (0: no limit).

        Previews go first; trimmed grid thumbnails are made again by the next thumbnail job.
        """
        limit_mb = self.deps.settings.cache_limit_mb
        if limit_mb <= 0:
            return None
        from smparchive.core.ingest.thumbnails import trim_cache

        catalog = self.deps.catalog
        return self.deps.runner.submit(lambda _ctx: trim_cache(catalog, limit_mb * 1024 * 1024))
