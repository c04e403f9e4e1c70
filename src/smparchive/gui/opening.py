"""Opening a catalogue off the UI thread, with a window saying what takes long.

Opening an up-to-date catalogue is quick, but a schema upgrade reads and rewrites the whole
catalogue after a backup (about 20 s for one migration at a million items), a team
catalogue may wait for a teammate's upgrade, and a file may wait for another writer's lock.
``open_in_background`` runs :func:`open_catalog` in a thread and keeps the event loop
turning meanwhile: windows repaint, and an application-modal "Upgrading the catalogue…"
window (no Cancel: an upgrade cannot be interrupted) shows as soon as the core says an
upgrade starts, or "Opening the catalogue…" when opening takes longer than a moment.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import filled, name_in
from smparchive.gui.screen_fit import FittedDialog, fit_to_screen

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

# The catalogue (its database toolkit and models) is imported by the worker thread: the app's
# first window shows before it (see gui/start_window.py).


def is_url(location: str) -> bool:
    return "://" in location


def mask_url(location: str) -> str:
    """engine.mask_url, importing the database toolkit only for a server's URL."""
    if not is_url(location):
        return location
    from smparchive.core.catalog.engine import mask_url as masked

    return masked(location)


log = logging.getLogger(__name__)

SLOW_OPEN_MS = 400  # an ordinary open shows no window unless it takes longer than this
OPENING_SWITCH_S = 0.001  # see open_in_background
_LEFT_OPENING: list[tuple[Any, ...]] = []  # see open_in_background, when abandoned


class OpeningWindow(FittedDialog):
    """Busy window while a catalogue opens or upgrades; it cannot be closed or cancelled."""

    def __init__(self, parent: QWidget | None, location: str) -> None:
        super().__init__(parent)
        self.location = location
        self.setObjectName("openingWindow")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("openingTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("openingDetail")
        self.detail.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setFormat(fmt.progress_format())
        self.bar.setRange(0, 0)  # busy: the upgrade does not report steps
        self.bar.setTextVisible(False)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.bar)
        self.upgrading = False
        self.show_opening()

    def show_opening(self) -> None:
        self.setWindowTitle(self.tr("Opening the catalogue"))
        self.title.setText(self.tr("Opening the catalogue…"))
        self.detail.setText(name_in(self.tr("Opening %1."), "%1", self._name()))

    def show_upgrading(self, from_revision: str, head: str) -> None:
        self.upgrading = True
        self.setWindowTitle(self.tr("Upgrading the catalogue"))
        self.title.setText(self.tr("Upgrading the catalogue…"))
        if is_url(self.location):
            kept = self.tr("A backup of the team catalogue is made first.")
        else:
            kept = self.tr(
                "A copy of the catalogue as it was is kept first, in the folder beside it "
                "ending in .backups."
            )
        self.detail.setText(
            filled(
                self.tr(
                    "%1 was made by an earlier version of smparchive (schema %2) and is being "
                    "upgraded to schema %3. %4\n\nThis cannot be interrupted and can take a few "
                    "minutes for a large catalogue. If it fails, the catalogue is left as it was."
                ),
                self._name(),
                from_revision[:4],
                head[:4],
                kept,
            )
        )
        self.adjustSize()
        fit_to_screen(self)

    def _name(self) -> str:
        return mask_url(self.location) if is_url(self.location) else Path(self.location).name

    def reject(self) -> None:  # Escape: the work cannot be interrupted
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class _Relay(QObject):
    """Carries the worker thread's news to the UI thread (queued signals)."""

    upgrading = Signal(str, str)
    finished = Signal(object, object)  # catalog, error


def open_in_background(
    location: str | Path,
    *,
    create: bool = False,
    parent: QWidget | None = None,
    abandon: SignalInstance | None = None,
    quiet: bool = False,
    then: Callable[[Catalog], None] | None = None,
) -> Catalog | None:
    """:func:`open_catalog` in a worker thread while the event loop keeps turning.

    Returns the catalogue or raises what ``open_catalog`` raised; shows :class:`OpeningWindow`
    while an upgrade runs or, unless ``quiet`` (a window already says the catalogue is
    opening), when opening is slow. ``abandon`` (the start window's ``closing``) returns
    None at once: the user left before the catalogue was open; the worker finishes alone
    (an upgrade cannot be abandoned: its window is modal). ``then(catalog)`` runs on the
    worker once the catalogue is open (its failure is logged, the catalogue still opens).
    """
    path = str(location)
    relay = _Relay()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    window: list[OpeningWindow] = []

    def shown() -> OpeningWindow:
        if not window:
            window.append(OpeningWindow(parent, path))
            window[0].show()
        return window[0]

    def upgrading(from_revision: str, head: str) -> None:
        log.info("upgrading %s from schema %s to %s", mask_url(path), from_revision, head)
        shown().show_upgrading(from_revision, head)

    def finished(catalog: Catalog | None, error: BaseException | None) -> None:
        outcome["catalog"], outcome["error"] = catalog, error
        loop.quit()

    relay.upgrading.connect(upgrading)
    relay.finished.connect(finished)

    def left() -> None:
        outcome["abandoned"] = True
        loop.quit()

    if abandon is not None:
        abandon.connect(left)

    def work() -> None:
        try:
            # An up-to-date catalogue file is read at once through sqlite3, its full
            # catalogue (the database toolkit: ~0.8 s of CPU) opened when first needed,
            # after the first screenful; the handle serves Catalog's whole interface.
            from smparchive.core.catalog.reader import open_lazily

            catalog = cast(
                "Catalog",
                open_lazily(
                    path,
                    create=create,
                    on_upgrade=lambda rev, head: relay.upgrading.emit(rev, head),
                ),
            )
        except BaseException as exc:  # handed to the UI thread, raised there
            relay.finished.emit(None, exc)
        else:
            if then is not None:
                try:
                    then(catalog)
                except Exception:
                    log.exception("after opening %s", mask_url(path))
            if outcome.get("abandoned"):
                catalog.close()  # nobody is waiting for it any more
            else:
                relay.finished.emit(catalog, None)

    slow = QTimer()
    slow.setSingleShot(True)
    slow.timeout.connect(lambda: "catalog" in outcome or shown())
    if not quiet:
        slow.start(SLOW_OPEN_MS)
    thread = threading.Thread(target=work, name="open-catalogue", daemon=True)
    # The worker imports the catalogue (pure Python: it holds the interpreter's lock), and
    # every event of a widget made from Python needs that lock: the UI thread gets it
    # back within 1 ms instead of 5 while the catalogue opens, so the windows paint.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, OPENING_SWITCH_S))
    thread.start()
    try:
        if "catalog" not in outcome:
            loop.exec()
    finally:
        sys.setswitchinterval(switch)
    slow.stop()
    if abandon is not None:
        abandon.disconnect(left)
    if window:
        window[0].hide()
        window[0].deleteLater()
    if outcome.get("abandoned"):
        log.info("left before %s was open", mask_url(path))
        if outcome.get("catalog") is not None:
            outcome["catalog"].close()
        # The worker may still be opening: it must not drop the last reference to these
        # Qt objects of the UI thread (deleting them from its thread would crash).
        _LEFT_OPENING.append((relay, loop, slow, thread))
        return None
    thread.join()
    error = outcome.get("error")
    if error is not None:
        raise error
    return outcome["catalog"]  # type: ignore[no-any-return]
