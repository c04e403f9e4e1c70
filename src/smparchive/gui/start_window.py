"""The window shown at once when the app starts, while the catalogue opens behind it.

Importing the catalogue (its database toolkit and models: ~0.4 s of CPU) and opening it take
longer than the user should wait to see a window, and at a million items the first
screenful is read after that. :class:`StartWindow` needs Qt and nothing of the catalogue:
it has the main window's size and panel widths (the same saved layout), its menu bar, a
sidebar, results and inspector saying the catalogue is opening, and stays responsive
while :func:`~smparchive.gui.opening.open_in_background` imports and opens the catalogue
in a thread. The main window then takes its place at the same geometry. Closing it (or
File > Quit) while the catalogue opens leaves the app; it never saves its layout.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
)

from smparchive.gui import formatting as fmt
from smparchive.gui import layout_state
from smparchive.gui.actions import MENUS
from smparchive.gui.i18n import name_in, translate
from smparchive.gui.settings import Settings
from smparchive.gui.widgets.status_bar import StatusBar


def shown_name(location: str) -> str:
    """The catalogue as the window names it: a file's stem, a server's URL without its
    password (the database toolkit is imported only for a URL)."""
    if "://" in location:
        from smparchive.core.catalog.engine import mask_url

        return mask_url(location)
    return Path(location).stem


class StartWindow(QMainWindow):
    """The main window's frame while the catalogue opens: menus, placeholders, no data."""

    closing = Signal()  # the user closed it (or chose Quit) before the catalogue opened

    def __init__(self, settings: Settings, location: str) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.location = location
        self.replaced = False  # True once the main window has taken its place
        self.left = False  # True once the user closed it (or chose Quit) before that
        name = shown_name(location)
        self.setWindowTitle(f"{name} — smparchive")
        self._menus()
        self.sidebar = self._panel("startSidebar", self.tr("Library").upper(), "")
        self.results = QFrame()
        self.results.setObjectName("startResults")
        self.results.setFrameShape(QFrame.Shape.StyledPanel)
        col = QVBoxLayout(self.results)
        col.addStretch(2)
        self.title = QLabel(self.tr("Opening the catalogue…"), self.results)
        self.title.setObjectName("startTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(name_in(self.tr("Opening %1."), "%1", name), self.results)
        self.detail.setObjectName("startDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.bar = QProgressBar(self.results)
        self.bar.setFormat(fmt.progress_format())
        self.bar.setRange(0, 0)  # busy: opening reports no steps
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(240)
        col.addWidget(self.title)
        col.addWidget(self.detail)
        col.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(3)
        self.inspector = self._panel("startInspector", "", "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.inspector)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # the main window's bar: a long sentence (why the catalogue did not open, in French)
        # wraps onto a second line instead of ending cut at the window's edge
        self.setStatusBar(StatusBar(self))
        self.statusBar().showMessage(self.tr("Opening the catalogue…"))
        layout_state.restore(self, self.splitter, settings)

    def _menus(self) -> None:
        """The menu bar's titles; only Quit works until the catalogue is open."""
        for path, title in MENUS:
            if "/" in path:
                continue
            menu = self.menuBar().addMenu(translate("Menus", title))
            menu.setObjectName(f"startMenu_{path}")
            if path != "file":
                menu.setEnabled(False)
                continue
            opening = menu.addAction(translate("Menus", "&Open Catalogue…"))
            opening.setEnabled(False)
            menu.addSeparator()
            self.quit_action = menu.addAction(translate("Menus", "&Quit"))
            self.quit_action.setObjectName("startQuit")
            self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
            self.quit_action.triggered.connect(self.close)

    def _panel(self, name: str, heading: str, text: str) -> QFrame:
        panel = QFrame()
        panel.setObjectName(name)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMinimumWidth(220)
        col = QVBoxLayout(panel)
        if heading:
            label = QLabel(heading, panel)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            col.addWidget(label)
        if text:
            col.addWidget(QLabel(text, panel))
        col.addStretch(1)
        return panel

    def show_failed(self, reason: str = "") -> None:
        """The catalogue could not be opened: say so, and ``reason`` (a sentence in the
        interface's language), while the dialog asks what to do."""
        self.bar.hide()
        self.title.setText(self.tr("The catalogue could not be opened"))
        self.detail.setText(reason)  # not "Opening …" any more
        self.statusBar().showMessage(reason or self.title.text())

    def show_opening(self, location: str) -> None:
        """Another catalogue is being opened (after the user picked one)."""
        self.location = location
        name = shown_name(location)
        self.setWindowTitle(f"{name} — smparchive")
        self.bar.show()
        self.title.setText(self.tr("Opening the catalogue…"))
        self.detail.setText(name_in(self.tr("Opening %1."), "%1", name))
        self.statusBar().showMessage(self.title.text())

    def show_painted(self, limit_s: float = 1.0) -> None:
        """Show and paint at once, before the catalogue's thread starts: that thread holds
        Python's lock while it imports, and a window first exposed then would stay blank
        (every event of a Python-made widget needs the lock) for up to a second."""
        self.show()
        app = QApplication.instance()
        handle = self.windowHandle()
        deadline = time.monotonic() + limit_s
        while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
            if app is not None:
                app.processEvents()
            time.sleep(0.002)  # the window system maps the window
        self.repaint()
        if app is not None:
            app.processEvents()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.replaced:
            self.left = True
            self.closing.emit()
        super().closeEvent(event)
