"""Item > Show in the File Manager: the item's original, selected in its folder."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from smparchive.gui.i18n import translate

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps

log = logging.getLogger(__name__)


def show_in_file_manager(w: Deps) -> None:
    """The first selected item's file in the system's file manager (its record is read and
    the file looked for off the UI thread: on a team catalogue the server may be slow, a
    share that stopped answering blocks the look for its timeout)."""
    ids = w.selected_ids()
    if not ids:
        return
    catalog, item_id = w.catalog, ids[0]

    def work(_ctx: Any) -> tuple[str, bool]:
        path = str(catalog.item(item_id).path)
        return path, os.path.exists(path)

    def done(found: tuple[str, bool]) -> None:
        path, there = found
        if not there:  # its drive unplugged, or the file gone
            w.show_error(
                translate("Reveal", "The file is not reachable from this computer: %1").replace(
                    "%1", path
                )
            )
            return
        reveal(Path(path))

    w.runner.submit(work, label=translate("Reveal", "Finding the file"), on_done=done)


# How long the file manager may take to answer ShowItems before the folder is opened
# instead: D-Bus starts the file manager on the first call (a cold start takes a second or
# two); without a limit the wait is D-Bus's 25 s.
REPLY_WAIT_MS = 3000

# The calls awaiting their reply: a watcher nobody holds is collected, and its answer lost.
_pending: set[Any] = set()


def reveal(path: Path) -> None:
    """Show ``path`` selected in its folder where the platform can, else open the folder.
    Nothing is opened or changed in the file itself; the UI thread never waits for it."""
    if sys.platform == "win32" and QProcess.startDetached("explorer", [f"/select,{path}"])[0]:
        return
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", str(path)])[0]:
        return
    if _freedesktop_show(path):
        return
    open_folder(path)


def open_folder(path: Path) -> None:
    """The folder holding ``path`` in the system's file browser."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def session_bus() -> Any:
    """The session bus (tests put a private one in its place)."""
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.sessionBus()


def _freedesktop_show(path: Path) -> bool:
    """Ask org.freedesktop.FileManager1.ShowItems (Nautilus, Dolphin, Nemo, Caja,
    Thunar...) to show ``path``, without waiting: False when there is no session bus to
    ask. An error reply (no file manager service), or none within ``REPLY_WAIT_MS``, opens
    the folder instead. No QDBusInterface: it introspects the service synchronously, and a
    file manager slow to start froze the window for D-Bus's 25 s timeout."""
    try:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher
    except ImportError:  # a Qt build without D-Bus
        return False
    bus = session_bus()
    if not bus.isConnected():
        return False
    message = QDBusMessage.createMethodCall(
        "org.freedesktop.FileManager1",
        "/org/freedesktop/FileManager1",
        "org.freedesktop.FileManager1",
        "ShowItems",
    )
    message.setArguments([[QUrl.fromLocalFile(str(path)).toString()], ""])
    watcher = QDBusPendingCallWatcher(bus.asyncCall(message, REPLY_WAIT_MS))
    _pending.add(watcher)

    def answered(done: Any) -> None:
        _pending.discard(done)
        if done.isError():  # no such service, it failed, or no answer in time
            log.info("ShowItems: %s; opening the folder", done.error().message())
            open_folder(path)
        done.deleteLater()

    watcher.finished.connect(answered)
    return True
