"""Quitting cleanly when the system asks (SIGTERM at log-out or shutdown, Ctrl+C, ``kill``).

Without this, SIGTERM ended the process at once: running reads were not stopped, the
catalogue not closed and the window layout not saved; and a worker still reading the
sidebar (it translates its section names) while the process was being torn down could
crash in Qt. Here the signal closes every window as the window's close button does (each
window cancels its tasks and waits for its threads, then closes its catalogue) and quits
the event loop, so the application object goes only once no worker runs.

Python runs a signal handler only when the interpreter gets control, which it does not
while Qt's event loop waits: the handler writes to a socket (``signal.set_wakeup_fd``) a
``QSocketNotifier`` watches, which wakes the event loop.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT) + (
    (signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()
)


class QuitOnSignals(QObject):
    """Closes every window and quits the app when one of :data:`QUIT_SIGNALS` arrives."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.requested = False  # a signal came (maybe before the event loop ran)
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._previous = {s: signal.signal(s, self._note) for s in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _note(self, signum: int, _frame: FrameType | None) -> None:
        # in the interpreter between two bytecodes: only note it, Qt acts in _woken
        self.requested = True

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            self._read.recv(64)
        if self.requested:
            self.quit()

    def quit(self) -> None:
        """Close every window (their tasks stopped and joined, catalogues closed), quit."""
        log.info("asked to quit by a signal: closing the windows")
        self.app.closeAllWindows()
        self.app.quit()

    def stop(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)
        signal.set_wakeup_fd(self._previous_fd)
        for end in (self._read, self._write):
            end.close()
