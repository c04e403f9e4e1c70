"""The UI-thread stall watchdog wired to Qt's event loop (see ``core.watchdog``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from smparchive.core.watchdog import HEARTBEAT_MS, THRESHOLD_S, WARN_S, StallWatchdog


def install_watchdog(
    parent: QObject, *, threshold_s: float = THRESHOLD_S, warn_s: float = WARN_S
) -> StallWatchdog:
    """Start a watchdog fed by a timer of ``parent``'s thread: any stall of that event loop
    longer than ``threshold_s`` is logged with the stack the thread was busy in (a warning
    beyond ``warn_s``)."""
    dog = StallWatchdog(threshold_s=threshold_s, warn_s=warn_s)
    timer = QTimer(parent)
    timer.setObjectName("stall-heartbeat")
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(dog.beat)
    timer.start()
    dog.start()
    timer.destroyed.connect(lambda _o=None: dog.stop())
    return dog
