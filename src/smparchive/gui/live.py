"""Open windows follow changes made elsewhere: teammates, another window, the CLI.

A daemon thread waits on core's change feed (PostgreSQL NOTIFY, SQLite data_version
polling) and hands the items others changed to the UI thread as a ``ChangeSummary``,
which goes out through the same ``changes`` signal as the window's own operations: the
grid and inspector refresh just those rows. Changes this window made itself are skipped
(they were announced already).

A frozen server (a stopped process, a hung NAS or VM, a VPN gone quiet) sends nothing and
refuses nothing: the thread asks it something trivial every ``HEARTBEAT_S`` and takes it as
not answering when no answer comes within ``ANSWER_S``; the edit waiting on it then fails
at once (core's stall guard) instead of after the statement timeout (two minutes).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QObject, Signal

from smparchive.core.catalog.changes import ChangeSummary
from smparchive.core.catalog.errors import server_away
from smparchive.gui.tasks import left_running

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

log = logging.getLogger(__name__)

WAIT_S = 0.5
RETRY_S = 3.0
HEARTBEAT_S = 2.0  # how often the server is asked whether it answers (team catalogues)
ANSWER_S = 4.0  # how long it gets to answer that (and a reconnection) before it is away


class LiveFeed(QObject):
    """Emits ``arrived(ChangeSummary)`` on the UI thread for changes made elsewhere, and
    ``reachable(bool)`` when the catalogue's server stops or starts answering."""

    arrived = Signal(object)
    reachable = Signal(bool)

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._seen: int | None = None  # the newest change handed on: a new feed goes on from it
        self._online = True
        self._away = False  # the feed's last failure said the server did not answer
        # A window deleted without being closed (closeEvent stops the feed) must not leave
        # its thread polling and emitting on this deleted object: once seen in a test run
        # as a crash of the UI thread's event processing, with a leftover feed thread.
        stop = self._stop
        self.destroyed.connect(lambda *_args: stop.set())

    @property
    def online(self) -> bool:
        """False while the feed finds the catalogue's server not answering."""
        return self._online

    @property
    def known_away(self) -> bool:
        """True while the feed finds the server not answering (its coded sentence, not any
        failure): an edit need not wait for a connection timeout to learn it."""
        return not self._online and self._away

    def _answering(self, online: bool) -> None:
        if online != self._online and not self._stop.is_set():
            self._online = online
            self.reachable.emit(online)

    def start(self) -> None:
        """Begin listening (idempotent)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._listen, name="live-feed", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Tell the thread to stop listening, without waiting for it (``wait``): it ends
        within one wait period, or once a read of a server that stopped answering returns."""
        self._stop.set()

    def wait(self, deadline: QDeadlineTimer | None = None) -> bool:
        """Wait for the stopped thread until ``deadline`` (by default a few wait periods);
        True when it ended (``start`` may then begin anew), else it is counted as left
        running (the process ends under it)."""
        thread = self._thread
        if thread is None:
            return True
        if deadline is None:
            deadline = QDeadlineTimer(int(WAIT_S * 4 * 1000))
        thread.join(None if deadline.isForever() else max(0, deadline.remainingTime()) / 1000)
        if thread.is_alive():
            left_running("live updates")
            return False
        self._thread = None
        return True

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                # After a drop, go on from the last change seen: what teammates did while
                # this window was cut off is shown too.
                feed = self.catalog.change_feed(since=self._seen, answer_s=ANSWER_S)
                self._seen = feed.last
            except Exception as exc:  # server away: said once, tried again later
                log.info("live updates paused: %s", exc)
                self._away = server_away(exc)
                self._answering(False)
                self._stop.wait(RETRY_S)
                continue
            self._away = False
            self._answering(True)
            beat = time.monotonic() + HEARTBEAT_S
            try:
                while not self._stop.is_set():
                    if time.monotonic() >= beat:  # a frozen server sends nothing: ask it
                        feed.heartbeat()
                        beat = time.monotonic() + HEARTBEAT_S
                    changes = feed.wait(WAIT_S)
                    self._seen = feed.last
                    own = self.catalog.own_changes
                    summary = ChangeSummary()
                    for c in changes:
                        if c.audit_id not in own:  # a day renamed touches no item: shown too
                            summary = summary.merge(c.changes)
                            summary = summary.merge(ChangeSummary(items=c.items))
                    if not summary.empty and not self._stop.is_set():
                        self.arrived.emit(summary)
            except Exception as exc:
                log.info("live updates interrupted: %s", exc)
                self._away = server_away(exc)
                self._answering(False)
                self._stop.wait(RETRY_S)
            finally:
                try:
                    feed.close()
                except Exception:  # already gone with its connection
                    pass
