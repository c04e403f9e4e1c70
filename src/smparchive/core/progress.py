"""Progress reporting and cooperative cancellation for long core jobs (Qt-free)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside a long job when its cancel token was set; work done so far is kept."""


class CancelToken:
    """A thread-safe flag a job checks between batches."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        """Ask the job to stop at its next check (and run the callbacks of
        :meth:`on_cancel`: a database read interrupted in the middle of a statement)."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            fn()

    def on_cancel(self, fn: Callable[[], None]) -> Callable[[], None]:
        """Call ``fn`` (in the cancelling thread) when the token is cancelled; at once when
        it already is. Returns a function that forgets ``fn``."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(fn)
                return lambda: self._forget(fn)
        fn()
        return lambda: None

    def _forget(self, fn: Callable[[], None]) -> None:
        with self._lock:
            if fn in self._callbacks:
                self._callbacks.remove(fn)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` when cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """One progress update: counts done/total (total None when unknown), bytes and a label."""

    stage: str
    done: int
    total: int | None = None
    bytes_done: int = 0
    bytes_total: int | None = None
    current: str = ""


ProgressSink = Callable[[ProgressEvent], None]


def null_progress(_event: ProgressEvent) -> None:
    """A sink that ignores updates."""
