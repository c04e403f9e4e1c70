"""Run blocking work off the UI thread and deliver the result on it through a queued signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class Runner(QObject):
    """Submit ``fn``; ``on_done(result)`` or ``on_error(exc)`` later run on the UI thread.

    Results of a runner whose owner was destroyed are dropped. ``sync=True`` runs jobs
    immediately (tests inject it instead of patching threads). Callers drop stale results
    themselves by comparing a generation token captured in the callback.
    """

    _finished = Signal(object, object, object)  # (callbacks, result, error)

    def __init__(self, parent: QObject | None = None, *, sync: bool = False) -> None:
        super().__init__(parent)
        self.sync = sync
        self._closed = False
        self._finished.connect(self._deliver)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        long: bool = False,
        priority: int = 0,
    ) -> None:
        """Queue ``fn`` on the shared pool (``long`` jobs get their own daemon thread); higher
        ``priority`` jobs start first (previews before full decodes)."""
        callbacks = (on_done, on_error)
        if self.sync:
            try:
                result = fn()
            except Exception as exc:
                self._deliver(callbacks, None, exc)
            else:
                self._deliver(callbacks, result, None)
            return
        job = _Job(fn, callbacks, self._finished)
        if long:  # a conversion may take minutes: never block the pool or app exit
            threading.Thread(target=job.run, daemon=True, name="smp-long-job").start()
        else:
            QThreadPool.globalInstance().start(job, priority)

    def close(self) -> None:
        """Drop every result still to come."""
        self._closed = True

    @Slot(object, object, object)
    def _deliver(self, callbacks: tuple[Done, Failed | None], result: Any, error: Any) -> None:
        if self._closed:
            return
        on_done, on_error = callbacks
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            log.warning("background job failed: %s", error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], callbacks: tuple[Any, Any], signal: Any) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._callbacks, self._signal = fn, callbacks, signal

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except Exception as exc:  # delivered to the UI thread, never raised in the pool
            result, error = None, exc
        try:
            self._signal.emit(self._callbacks, result, error)
        except RuntimeError:  # the runner was destroyed meanwhile: nobody is waiting
            pass
