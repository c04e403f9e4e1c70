"""Running catalogue and file work off the UI thread.

``TaskRunner`` runs reads and file work on a small thread pool and every catalogue write
on one single-thread executor (SQLite writes are serialised, in submission order). It is the
app's only runner: widgets that must drop results once they are gone (viewers) submit
through a ``TaskScope`` over it. Catalogue operations are submitted by ``gui/ops.OpRunner``
(the serial write executor); only long jobs that commit in batches of their own (a scan,
thumbnail making) run on the long pool, and report what they changed through
``OpRunner.announce`` (SQLite serialises their short transactions with the executor's).
A result is for whoever asked: ``submit(..., owner=widget)`` (and any callback that is a
bound method of a QObject) is dropped once that object's C++ side is gone, so a dialog or
window closed while its read ran is never touched (``owned``; ``OpRunner`` and ``TaskScope``
use the same guard). Jobs report to the status bar through the runner's own signals, which
no owner stops.
Results come back to the UI thread through queued signals; progress from a worker is only
stored, and a timer forwards the newest event a few times a second so thousands of
events never flood the event loop. ``SyncTaskRunner`` runs everything at once (tests).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
import warnings
import weakref
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from smparchive.core.progress import Cancelled, CancelToken, ProgressEvent

log = logging.getLogger(__name__)

Work = Callable[["TaskContext"], Any]
PROGRESS_INTERVAL_MS = 120
# Closing a window waits this long, in all, for every thread it started (its runner's pools,
# its thumbnail decoders, its live feed): a read stuck on a share that stopped answering
# must not keep the process alive (each pool used to get 10 s of its own, one after another).
SHUTDOWN_MS = 8000


def alive(*objects: QObject) -> bool:
    """Whether every one of ``objects`` still has its C++ side (not deleted by Qt)."""
    return all(shiboken6.isValid(o) for o in objects)


def still_there(
    callback: Callable[..., Any] | None = None, owner: QObject | None = None
) -> Callable[[], bool]:
    """Whether what ``callback`` belongs to is still there: ``owner`` and the QObject
    ``callback`` is a bound method of, each held weakly (a strong reference from a running
    task would keep the Python wrapper of a deleted widget alive)."""
    owners = [owner] if owner is not None else []
    bound = getattr(callback, "__self__", None)  # a bound method of a widget: it owns it
    if isinstance(bound, QObject) and bound is not owner:
        owners.append(bound)
    refs = [weakref.ref(o) for o in owners]

    def there() -> bool:
        for ref in refs:
            obj = ref()
            if obj is None or not alive(obj):
                return False
        return True

    return there


def _while_open(callback: Callable[[Any], None], handle: TaskHandle) -> Callable[[Any], None]:
    """``callback``, skipped (logged) once ``handle`` was abandoned by its runner's
    shutdown; a failure is in the log already (``_execute``)."""

    def call(value: Any) -> None:
        if handle.abandoned:
            log.debug("%s: dropped, its window closed", handle.label or "task result")
        else:
            callback(value)

    return call


def owned(
    callback: Callable[[Any], None], owner: QObject | None = None, *, what: str = ""
) -> Callable[[Any], None]:
    """``callback``, skipped (logged) once ``owner`` or the QObject ``callback`` is a
    bound method of has been deleted: a result arriving after its window, dialog or panel
    closed touched deleted Qt objects ("Internal C++ object already deleted")."""
    there = still_there(callback, owner)

    def call(value: Any) -> None:
        if there():
            callback(value)
        else:
            log.debug("%s: dropped, its owner is gone", what or "task result")

    return call


class TaskContext:
    """Handed to the work function: report progress, check for cancellation."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle
        self.cancel_token: CancelToken = handle.cancel_token

    def progress(self, event: ProgressEvent) -> None:
        """Record progress (thread-safe; forwarded to the UI on a timer)."""
        self._handle._set_progress(event)

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def raise_if_cancelled(self) -> None:
        self.cancel_token.raise_if_cancelled()


class TaskHandle(QObject):
    """One submitted task, living in the UI thread. Signals fire in the UI thread."""

    progressed = Signal(object)  # ProgressEvent
    succeeded = Signal(object)  # the work function's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    # Worker -> UI thread hops (queued because the handle lives in the UI thread).
    _done = Signal(object, object, bool)

    def __init__(self, label: str, *, job: bool, write: bool, parent: QObject | None) -> None:
        super().__init__(parent)
        self.label = label
        self.job = job  # shown in the status bar with progress and cancel
        self.write = write
        self.cancel_token = CancelToken()
        self.started_at = time.monotonic()
        self.last_progress: ProgressEvent | None = None
        self.running = True
        # Set by TaskRunner.shutdown: its window closed and its catalogue is closing; what
        # the task gives back is not applied (a read finishing during the close filled the
        # hidden window's inspector; one such run crashed)
        self.abandoned = False
        self._lock = threading.Lock()
        self._pending: ProgressEvent | None = None
        self._done.connect(self._on_done)

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self.cancel_token.cancel()

    def _set_progress(self, event: ProgressEvent) -> None:
        with self._lock:
            self._pending = event

    def _flush_progress(self) -> None:
        with self._lock:
            event, self._pending = self._pending, None
        if event is not None:
            self.last_progress = event
            self.progressed.emit(event)

    @Slot(object, object, bool)
    def _on_done(self, value: object, error: object, was_cancelled: bool) -> None:
        self._flush_progress()
        self.running = False
        if was_cancelled:
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(value)
        self.finished.emit()


def _execute(work: Work, handle: TaskHandle) -> tuple[Any, BaseException | None, bool]:
    try:
        ctx = TaskContext(handle)
        ctx.raise_if_cancelled()
        return work(ctx), None, False
    except Cancelled:
        return None, None, True
    except BaseException as exc:  # reported to the UI, never lost in a thread
        if _expected(exc):
            log.info("task %r ended: %s: %s", handle.label, type(exc).__name__, exc)
        else:
            log.error("task %r failed:\n%s", handle.label, traceback.format_exc())
        return None, exc, False


def _expected(exc: BaseException) -> bool:
    """A failure the app explains to the user (our own errors, a file system refusing).

    Those are reported in the UI with their reason; a traceback in the log is for bugs only.
    """
    return isinstance(exc, OSError) or type(exc).__module__.startswith("smparchive.")


class _Runnable(QRunnable):
    def __init__(self, work: Work, handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._handle = handle

    def run(self) -> None:
        value, error, was_cancelled = _execute(self._work, self._handle)
        self._handle._done.emit(value, error, was_cancelled)


class TaskRunner(QObject):
    """Thread pools for reads/file work and one serial executor for catalogue writes."""

    threaded = True  # work runs beside the UI thread (False: in the caller, in tests)
    # waits for threads that ran out of time (runners, thumbnail loaders, live feeds): the
    # app then ends its process without tearing Qt down under them (see ``left_running``)
    unstopped: ClassVar[int] = 0

    job_started = Signal(object)  # TaskHandle with job=True
    job_finished = Signal(object)
    # label, exception, whether it was a write: failures nobody else handles
    task_failed = Signal(str, object, bool)

    def __init__(self, parent: QObject | None = None, *, read_threads: int = 2) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # one executor serialises every write
        self._long = QThreadPool(self)
        self._long.setMaxThreadCount(2)
        # What the user waits for (first pages, the pages the grid paints, counts): never
        # queued behind facets or long jobs. Two threads, so a page to paint never waits for
        # a count of a million matches; reads of a superseded search are cancelled (the
        # browser interrupts them), and first pages and pages go before counts (priority).
        self._interactive = QThreadPool(self)
        self._interactive.setMaxThreadCount(2)
        self._handles: set[TaskHandle] = set()
        # runs while a task does: an idle window's runner fired it 8 times a second
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_INTERVAL_MS)
        self._timer.timeout.connect(self._flush)

    # -- submitting -------------------------------------------------------------------------
    def submit(
        self,
        work: Work,
        *,
        label: str = "",
        write: bool = False,
        job: bool = False,
        interactive: bool = False,
        long: bool = False,
        priority: int = 0,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Run ``work(ctx)`` in the background; callbacks run in the UI thread.

        ``write`` puts it on the serial write executor; ``job`` marks a long task shown in
        the status bar (it gets its own pool so it never blocks page reads); ``long`` work
        that is not shown as a job (a deck conversion) shares that pool;
        ``interactive`` reads (the result list, visible records) have their own thread.
        Higher ``priority`` starts first within its pool (previews before full decodes).
        ``label`` is what the person reads: a job's name in the status bar, and, without
        ``on_error``, what its failure is said under ("Counting the sidebar's items: …"), so
        it is translated (tests/gui/test_task_labels.py); "sidebar counts: …" was shown in
        every language. ``owner`` (the widget that asked) drops both callbacks, and the
        app-wide report of a failure, once it has been deleted; a callback that is a bound
        method of a QObject is dropped with that object without being told.
        """
        handle = self._make_handle(label, job, write, on_done, on_error, owner)
        if write:
            pool = self._writes
        elif job or long:
            pool = self._long
        else:
            pool = self._interactive if interactive else self._reads
        pool.start(_Runnable(work, handle), priority)
        return handle

    def _make_handle(
        self,
        label: str,
        job: bool,
        write: bool,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        handle = TaskHandle(label, job=job, write=write, parent=self)
        if on_done is not None:
            handle.succeeded.connect(_while_open(owned(on_done, owner, what=label), handle))
        if on_error is not None:
            handle.failed.connect(_while_open(owned(on_error, owner, what=label), handle))
        else:

            def report(exc: BaseException, h: TaskHandle = handle) -> None:
                self.task_failed.emit(h.label, exc, h.write)

            # a failure of what a closed dialog asked for is nobody's business any more
            handle.failed.connect(_while_open(owned(report, owner, what=label), handle))
        self._handles.add(handle)
        if not self._timer.isActive():
            self._timer.start()
        handle.finished.connect(lambda h=handle: self._forget(h))
        if job:
            self.job_started.emit(handle)
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        self._handles.discard(handle)
        if not self._handles:
            self._timer.stop()  # no task, no progress to pass on
        if handle.job:
            self.job_finished.emit(handle)
        # Its callbacks are done with: let go of them. A finished handle is kept alive by
        # its own connections, and with it whatever its callbacks referred to (a closed
        # viewer whose records were read on a worker stayed in memory for good).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a signal nobody connected
            for signal in (handle.progressed, handle.succeeded, handle.failed, handle.cancelled):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
        self._dispose(handle)

    def _dispose(self, handle: TaskHandle) -> None:
        # Python owns a finished handle: it goes with its last reference. (deleteLater on
        # an object Python still references crashed at interpreter-driven cleanup.)
        handle.setParent(None)

    def jobs(self) -> list[TaskHandle]:
        """Long tasks still running, oldest first."""
        return sorted((h for h in self._handles if h.job), key=lambda h: h.started_at)

    def _flush(self) -> None:
        for handle in list(self._handles):
            handle._flush_progress()

    # -- shutting down ----------------------------------------------------------------------
    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def shutdown(self, deadline: QDeadlineTimer | None = None) -> bool:
        """Cancel every task and wait for the threads until ``deadline`` (one budget for
        every pool; by default :data:`SHUTDOWN_MS` from now); True when all stopped.

        A task still running after that is counted (``left_running``): the app then ends
        its process without tearing Qt down under it (a sidebar read translating its names
        while the application object went crashed).
        """
        for handle in self._handles:  # their results are not applied (_while_open)
            handle.abandoned = True
        self.cancel_all()
        self._timer.stop()
        pools = (self._long, self._interactive, self._reads, self._writes)
        return wait_for_pools(pools, deadline, "tasks")

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Block until every pool is idle (tests, benchmarks)."""
        pools = (self._long, self._interactive, self._reads, self._writes)
        return all(p.waitForDone(timeout_ms) for p in pools)


def left_running(what: str) -> None:
    """Count a thread that outlived its wait in ``TaskRunner.unstopped`` (and log it)."""
    log.warning("%s still running after being told to stop: the app will not wait at exit", what)
    TaskRunner.unstopped += 1


def wait_for_pools(
    pools: Iterable[QThreadPool], deadline: QDeadlineTimer | None, what: str
) -> bool:
    """Wait for every pool until the one ``deadline`` (by default :data:`SHUTDOWN_MS` from
    now); True when all are idle, else what still runs is counted (``left_running``)."""
    if deadline is None:
        deadline = QDeadlineTimer(SHUTDOWN_MS)
    done = [pool.waitForDone(deadline) for pool in pools]  # each waits only what is left
    if not all(done):
        left_running(what)
    return all(done)


class SyncTaskRunner(TaskRunner):
    """Runs every task immediately in the calling thread (tests)."""

    threaded = False

    def submit(
        self,
        work: Work,
        *,
        label: str = "",
        write: bool = False,
        job: bool = False,
        interactive: bool = False,
        long: bool = False,
        priority: int = 0,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        handle = self._make_handle(label, job, write, on_done, on_error, owner)
        value, error, was_cancelled = _execute(work, handle)
        handle._on_done(value, error, was_cancelled)
        return handle


class TaskScope:
    """A widget's tasks on the app's runner; results that arrive after ``close()``, or after
    the owner widget was deleted, are dropped (a viewer closed while a photo decodes).

    ``submit(fn, on_done, on_error)`` takes a plain callable (no context); a failure nobody
    handles is logged, never shown as an app-wide error (a broken photo says so in its pane).
    """

    def __init__(self, runner: TaskRunner, owner: QObject | None = None) -> None:
        self.runner = runner
        # weak (``still_there``): the owner holds this scope; a strong reference back would
        # keep the Python wrapper of a deleted widget alive
        self._there = still_there(owner=owner)
        self._closed = False

    @property
    def sync(self) -> bool:
        return isinstance(self.runner, SyncTaskRunner)

    def alive(self) -> bool:
        """False once closed or once the owner's C++ object is gone."""
        return not self._closed and self._there()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        long: bool = False,
        priority: int = 0,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """``owner``: a part of the scope's widget the result is for (a survey's tile), its
        result dropped once that part was deleted (the scope's widget still open)."""
        # the scope closed or its widget gone: ``alive``; ``owner`` or the QObject a callback
        # is a bound method of gone: ``owned``, as on the runner
        shown = owned(on_done, owner)
        said = owned(on_error, owner) if on_error is not None else None

        def done(value: Any) -> None:
            if self.alive():
                shown(value)

        def failed(exc: BaseException) -> None:
            if not self.alive():
                return
            if said is not None:
                said(exc)
            else:
                log.warning("background task failed: %s", exc)

        return self.runner.submit(
            lambda _ctx: fn(), long=long, priority=priority, on_done=done, on_error=failed
        )

    def close(self) -> None:
        """Drop every result still to come."""
        self._closed = True
