"""Making grid thumbnails again when the cache lost them, without waiting for a scan.

The cache may have been trimmed to its size limit, deleted or moved, or the catalogue opened
with a fresh cache. When the browser shows an item whose thumbnail is not in the cache, the
item is queued for core's :class:`ThumbnailJob` (a repair limited to the queued items): one
background job at a time, what is on screen first. Only items whose file can be read now are
queued (never missing, offline or failed ones), and each item at most once per session, so a
file that fails is not tried again and again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.vocab import REPAIR_STATUSES, REPAIR_THUMB_STATES
from smparchive.gui.i18n import translate
from smparchive.gui.tasks import TaskContext, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.ingest.thumbnails import ThumbnailJob

log = logging.getLogger(__name__)
JOB_MODULE = "smparchive.core.ingest.thumbnails"
REFRESH_MS = 1500  # the grid looks for new thumbnails at most this often while they come
# How long a job whose items are done waits for the next screenful's: scrolling hands them to
# the running job and its workers; a new job started its worker processes again each time
# (317 job starts over bench_gui's 1M scroll, their set-up holding the interpreter lock
# against the UI thread).
LINGER_S = 2.0  # short: it holds one of the two threads that long work (deck conversions) share
# A round's end tells the grid at most this often: each telling reads the shown rows' records
# again (on the readers, competing with the UI thread for the interpreter), and a grid
# scrolled pass after pass ended a round every ~50 ms.
ROUND_TOLD_MS = 250


class ThumbnailRepair(QObject):
    """Queues shown items without a grid thumbnail and runs one repair job at a time."""

    made = Signal()  # new thumbnails may be in the cache: look again

    def __init__(
        self,
        catalog: Catalog,
        runner: TaskRunner,
        *,
        options: Any = None,
        parent: QObject | None = None,
    ) -> None:
        """``options`` are core's ``ScanOptions`` for the job (tests run it in-process)."""
        super().__init__(parent)
        self.catalog = catalog
        self.runner = runner
        self.options = options
        self._asked: set[int] = set()  # handed to a job this session: never asked twice
        self._waiting: dict[int, None] = {}  # queued, in the order they were shown
        self._visible: list[int] = []
        self._job: ThumbnailJob | None = None
        self._handle: TaskHandle | None = None
        self._holds = 0  # scans (and their thumbnail jobs) running: they make these
        self._stopped = False
        self._importing = False  # the job's module is being imported by a worker
        self._code_ready = False  # ... and that import has finished
        self._import_failed = False
        # Started by the job's progress, not a clock: a job lingering for the next
        # screenful, or ended, makes nothing, and the grid read its shown rows again every
        # 1.5 s for it (the UI thread works only in response to change).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.made)
        self._done = -1  # the job's count of items done when last seen
        self._round_told = QTimer(self)
        self._round_told.setSingleShot(True)
        self._round_told.setInterval(ROUND_TOLD_MS)
        self._round_told.timeout.connect(self._tell_round)
        self._round_pending = False  # a round ended since the grid was last told

    @staticmethod
    def repairable(rec: ItemRecord) -> bool:
        """Items whose source can be read now (not missing, offline or failed before)."""
        return bool(rec.sha256) and (
            rec.status in REPAIR_STATUSES and rec.thumb_state in REPAIR_THUMB_STATES
        )

    @property
    def running(self) -> bool:
        return self._job is not None

    def queued(self) -> set[int]:
        """Items handed to a job or waiting for one (tests, diagnostics)."""
        return self._asked | set(self._waiting)

    def request(self, records: Iterable[ItemRecord]) -> None:
        """These shown items have no grid thumbnail in the cache: make them again."""
        if self._stopped or self.catalog.thumbnails is None:
            return
        for rec in records:
            if rec.id not in self._asked and self.repairable(rec):
                self._waiting[rec.id] = None
        self._feed()

    def prioritise(self, ids: Sequence[int]) -> None:
        """What the user looks at now goes first."""
        self._visible = list(ids)
        if self._job is not None:
            self._job.prioritise(self._visible)

    def hold_while(self, handle: TaskHandle) -> None:
        """Start no repair while ``handle`` (a scan or its thumbnail job) runs."""
        if not handle.running:
            return
        self._holds += 1
        handle.finished.connect(self._release)

    def stop(self) -> None:
        """Cancel the running job and queue nothing more (the window is closing)."""
        self._stopped = True
        self._waiting.clear()
        self._stop_timers()
        if self._handle is not None:
            self._handle.cancel()
        self._job = self._handle = None

    # -- running ----------------------------------------------------------------------------
    def _release(self) -> None:
        self._holds = max(0, self._holds - 1)
        self._feed()

    def _feed(self) -> None:
        if not self._waiting or self._stopped or self._holds:
            return
        if not (self._code_ready or self._import_failed):
            # The job's module brings the scan pipeline (~60 ms of CPU): imported by a
            # worker, not by the UI thread painting the first screenful that asked for it.
            # Not "is it in sys.modules": a module is there from the start of its import,
            # and the UI thread's own import then waited on the worker's (up to 160 ms
            # stalls while scrolling); a module imported already costs the worker nothing.
            if not self._importing:
                self._importing = True
                self.runner.submit(
                    lambda _ctx: import_module(JOB_MODULE),
                    label=translate("Tasks", "Preparing to make thumbnails"),
                    on_done=self._imported,
                    on_error=self._not_imported,
                )
            return
        ids = list(self._waiting)
        if self._job is not None:
            if self._job.add(ids):  # else it is finishing: the next job takes them
                self._handed(ids)
                self._job.prioritise(self._visible)
            return
        self._start(ids)

    def _imported(self, _module: object) -> None:
        self._importing = False
        self._code_ready = True
        self._feed()

    def _not_imported(self, _exc: BaseException) -> None:
        self._import_failed = True  # _start imports it again and fails as it did before
        self._imported(None)

    def _handed(self, ids: list[int]) -> None:
        self._asked.update(ids)
        for i in ids:
            self._waiting.pop(i, None)

    def _start(self, ids: list[int]) -> None:
        from smparchive.core.ingest.thumbnails import ThumbnailJob

        # (a runner that runs the work on the calling thread would only wait: no linger)
        linger = LINGER_S if self.runner.threaded else 0.0
        job = ThumbnailJob(
            self.catalog, item_ids=ids, previews=False, options=self.options, linger_s=linger
        )
        job.prioritise(self._visible)
        self._handed(ids)
        self._job = job

        def work(ctx: TaskContext) -> Any:
            return job.run(ctx.progress, ctx.cancel_token)

        def done(_report: Any) -> None:
            self._ended(job)

        def failed(exc: BaseException) -> None:
            self._ended(job, exc)

        def cancelled() -> None:
            self._ended(job, cancelled=True)

        handle = self.runner.submit(
            work,
            label=translate("ThumbnailRepair", "Making missing thumbnails"),
            job=True,
            on_done=done,
            on_error=failed,
        )
        if self._job is job:  # still running (a synchronous runner has finished already)
            self._handle = handle
            handle.cancelled.connect(cancelled)
            handle.progressed.connect(self._progressed)

    def _progressed(self, event: Any) -> None:
        if event.done != self._done:  # thumbnails made since the last look: one look soon
            self._done = event.done
            if not self._timer.isActive():
                self._timer.start()
        # A round is done (the job may linger for more): the grid shows its last pictures
        # now, not at the next refresh.
        if event.total and event.done >= event.total:
            self._round_pending = True
            if not self._round_told.isActive():
                self._tell_round()  # at once, then at most once per ROUND_TOLD_MS

    def _stop_timers(self) -> None:
        self._timer.stop()
        self._round_told.stop()
        self._round_pending = False
        self._done = -1

    def _tell_round(self) -> None:
        if self._round_pending:
            self._round_pending = False
            self.made.emit()
            self._round_told.start()

    def _ended(
        self, job: ThumbnailJob, error: BaseException | None = None, *, cancelled: bool = False
    ) -> None:
        if self._job is not job:
            return
        self._job = self._handle = None
        self._stop_timers()
        if error is not None:
            log.warning("making missing thumbnails failed: %s", error)
        if cancelled:
            self.stop()  # the user (or closing) said stop: not again this session
        self.made.emit()
        self._feed()
