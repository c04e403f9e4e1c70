"""Noticing a blocked UI thread: a heartbeat the event loop feeds, a thread that watches it.

The front end calls :meth:`StallWatchdog.beat` from its event loop (a 50 ms timer). When no
beat arrives for longer than ``threshold_s``, the watchdog thread logs the watched thread's
stack as it is *during* the stall (what the UI thread is busy with), then, once beats resume,
how long the stall lasted. Short stalls go to the log file (INFO); a stall a user feels as a
freeze (``warn_s``, 1 s) is a WARNING, so the terminal shows only those. Qt-free, so the GUI,
benchmarks and tests share it.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("smparchive.stall")

THRESHOLD_S = 0.1
WARN_S = 1.0
HEARTBEAT_MS = 50


@dataclass
class Stall:
    """One stall: when it was noticed, how long it lasted (so far) and the stack seen."""

    started: float
    stack: str
    seconds: float = 0.0
    ended: bool = False
    warned: bool = False
    # where the thread was each time it was looked at during the stall ("file:line func")
    samples: Counter[str] = field(default_factory=Counter)


class StallWatchdog:
    """Watches a thread's heartbeat; logs (and keeps) each stall longer than the threshold."""

    def __init__(
        self,
        *,
        threshold_s: float = THRESHOLD_S,
        warn_s: float = WARN_S,
        thread_id: int | None = None,
        on_stall: Callable[[Stall], None] | None = None,
        keep: int = 50,
    ) -> None:
        """``thread_id``: the thread to watch (default: the one creating the watchdog)."""
        self.threshold_s = threshold_s
        self.warn_s = max(warn_s, threshold_s)
        self.thread_id = thread_id if thread_id is not None else threading.get_ident()
        self.on_stall = on_stall
        self.keep = keep
        self.stalls: list[Stall] = []
        self._last = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._current: Stall | None = None

    def beat(self) -> None:
        """The watched thread is responsive (call from its event loop)."""
        self._last = time.monotonic()

    def start(self) -> StallWatchdog:
        if self._thread is None:
            self._last = time.monotonic()
            self._stop.clear()
            self._thread = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(1.0)
            self._thread = None

    @property
    def worst_s(self) -> float:
        """The longest stall seen (0 when none)."""
        return max((s.seconds for s in self.stalls), default=0.0)

    def _stack(self) -> str:
        frame = sys._current_frames().get(self.thread_id)
        if frame is None:
            return "(thread gone)"
        return "".join(traceback.format_stack(frame))

    def _sample(self, stall: Stall) -> None:
        """Count the innermost frames of our own code the thread is in now."""
        frame = sys._current_frames().get(self.thread_id)
        where: list[str] = []
        while frame is not None and len(where) < 3:
            code = frame.f_code
            if "smparchive" in code.co_filename or not where:
                name = code.co_filename.rsplit("/", 1)[-1]
                where.append(f"{name}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        stall.samples[" < ".join(where) or "?"] += 1

    def _report_blocked(
        self, stall: Stall, after_s: float, level: int, stack: str | None = None
    ) -> None:
        log.log(
            level,
            "UI thread blocked for more than %d ms; it is busy in:\n%s",
            round(after_s * 1000),
            stack or stall.stack,
        )

    def _watch(self) -> None:
        poll = min(self.threshold_s / 4, 0.025)
        while not self._stop.wait(poll):
            since = time.monotonic() - self._last
            current = self._current
            if current is None:
                if since > self.threshold_s:
                    current = Stall(started=self._last, stack=self._stack(), seconds=since)
                    self._sample(current)
                    self._current = current
                    self._report_blocked(current, self.threshold_s, logging.INFO)
            elif since <= self.threshold_s or self._last > current.started:
                current.seconds = max(current.seconds, self._last - current.started)
                current.ended = True
                self._current = None
                self.stalls.append(current)
                del self.stalls[: -self.keep]
                level = logging.WARNING if current.warned else logging.INFO
                log.log(level, "UI thread stall ended after %d ms", round(current.seconds * 1000))
                if self.on_stall is not None:
                    self.on_stall(current)
            else:
                current.seconds = since
                self._sample(current)
                if since > self.warn_s and not current.warned:
                    current.warned = True
                    self._report_blocked(current, self.warn_s, logging.WARNING, self._stack())
