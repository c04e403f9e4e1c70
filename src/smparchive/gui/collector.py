"""Python's cycle collector driven from the UI thread's event loop (see ``core.gc_pace``)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from smparchive.core import heap
from smparchive.core.gc_pace import CollectorPace

TICK_MS = 100  # a check is a call to gc.get_count(); garbage waits at most this long


def tick_timer(
    pace: CollectorPace, parent: QObject | None = None, tick_ms: int = TICK_MS
) -> QTimer:
    """A started UI-thread timer that runs ``pace``'s passes (the tests' collector uses
    it too)."""
    timer = QTimer(parent)
    timer.setObjectName("gc-tick")
    timer.setInterval(tick_ms)
    timer.timeout.connect(pace.tick)
    timer.start()
    return timer


class UiThreadCollector(QObject):
    """Turns automatic collection off while it runs; its timer runs the passes instead.
    Once a catalogue is open in full, what the app holds then is frozen out of the passes
    (``heap.settle_when_opened``) until :meth:`stop`."""

    def __init__(self, parent: QObject, *, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.pace = CollectorPace.from_now()
        self._was_enabled = gc.isenabled()
        gc.disable()
        heap.settle_when_opened(True)
        self._timer = tick_timer(self.pace, self, tick_ms)

    def stop(self) -> None:
        """Automatic collection again, as it was before (the app is leaving)."""
        self._timer.stop()
        heap.settle_when_opened(False)
        if self._was_enabled:
            gc.enable()
