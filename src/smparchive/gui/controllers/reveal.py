"""Item > Show in the File Manager: the item's original, selected in its folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from smparchive.gui.i18n import translate

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps


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


def reveal(path: Path) -> None:
    """Show ``path`` selected in its folder where the platform can, else open the folder.
    Nothing is opened or changed in the file itself."""
    if sys.platform == "win32" and QProcess.startDetached("explorer", [f"/select,{path}"])[0]:
        return
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", str(path)])[0]:
        return
    if _freedesktop_show(path):
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _freedesktop_show(path: Path) -> bool:
    """org.freedesktop.FileManager1.ShowItems (Nautilus, Dolphin, Nemo, Caja, Thunar...)."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
    except ImportError:  # a Qt build without D-Bus
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    iface = QDBusInterface(
        "org.freedesktop.FileManager1",
        "/org/freedesktop/FileManager1",
        "org.freedesktop.FileManager1",
        bus,
    )
    if not iface.isValid():
        return False
    reply = iface.call("ShowItems", [QUrl.fromLocalFile(str(path)).toString()], "")
    return reply.type() != QDBusMessage.MessageType.ErrorMessage
