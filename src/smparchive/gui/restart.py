"""Start the app again (a new interface language applies at start-up)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments this process was started with (a bundle or a script)."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: the executable is the app
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.argv)


def restart_app() -> bool:
    """Close every window (each saves its state and closes its catalogue), start a new
    process, quit. False, and nothing quits, when a window refused to close."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    app.closeAllWindows()
    if any(
        w.isVisible() for w in app.topLevelWidgets() if w.isWindow() and w.inherits("QMainWindow")
    ):
        return False
    program, args = restart_command()
    if not QProcess.startDetached(program, args):
        log.warning("could not restart %s %s", program, args)
        return False
    app.quit()
    return True
