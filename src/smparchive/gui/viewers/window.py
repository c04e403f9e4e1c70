"""The viewer window: walks the current result and shows each item in the viewer for its kind."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from smparchive.core.catalog.changes import ChangeSummary
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.vocab import Kind
from smparchive.gui.i18n import translate
from smparchive.gui.screen_fit import fit_to_screen
from smparchive.gui.tasks import TaskRunner, TaskScope
from smparchive.gui.viewers.base import ItemViewer, MessageViewer
from smparchive.gui.viewers.info import position
from smparchive.gui.viewers.walk import IdList, StoreRows, Walk

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.ops import OpRunner

log = logging.getLogger(__name__)

PREFETCH = 2  # neighbours each way whose previews are warmed up
RECORDS_AHEAD = 25  # records read in one query around the current item


_VIEWERS: dict[str, str] = {
    Kind.PHOTO: "photo",
    Kind.VIDEO: "player",
    Kind.AUDIO: "player",
    Kind.SLIDES: "deck",
    Kind.DOCUMENT: "deck",
}


def _walk(ids: Sequence[int] | Walk) -> Walk:
    """A list (copied) or a walk given as it is."""
    if isinstance(ids, StoreRows):
        return ids
    return IdList(ids)  # type: ignore[arg-type]


def viewer_kind(kind: str) -> str:
    """Which viewer shows an item kind: ``photo``, ``player``, ``deck`` or ``other``."""
    return _VIEWERS.get(kind, "other")


def _factory(name: str) -> Callable[..., ItemViewer]:
    # Imported lazily: opening a photo must not load libvlc or pdfium.
    if name == "photo":
        from smparchive.gui.viewers.loupe import PhotoLoupe

        return PhotoLoupe
    if name == "player":
        from smparchive.gui.player.view import PlayerView

        return PlayerView
    if name == "deck":
        from smparchive.gui.viewers.deck import DeckViewer

        return DeckViewer
    return MessageViewer


class ViewerWindow(QWidget):
    """Top-level window over ``ids``. Ctrl+PageDown/PageUp and Alt+Right/Left always move to
    the next/previous item (each viewer adds its own keys); F toggles full screen, Esc leaves
    it, else closes the window.

    Edits go through ``ops`` (the app's op runner); the window follows its ``changes`` signal
    (an undo shows the old rating at once). Signals: ``currentChanged(item_id)``,
    ``thumbnailUpdated(item_id)`` when a poster was regenerated.
    """

    currentChanged = Signal(int)
    thumbnailUpdated = Signal(int)

    def __init__(
        self,
        catalog: Catalog,
        ids: Sequence[int],
        index: int = 0,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner,
        ops: OpRunner | None = None,
        tasks: TaskScope | None = None,
        options: dict[str, Any] | None = None,
        embedded: bool = False,
        cached: Callable[[int], ItemRecord | None] | None = None,
    ) -> None:
        if embedded:  # the main window's Loupe mode: Esc and F belong to the window
            super().__init__(parent)
        else:
            super().__init__(parent, Qt.WindowType.Window)
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.setWindowTitle(translate("viewers", "Viewer"))
            fit_to_screen(self, QSize(1200, 800))  # within a 1366x768 screen
        self.embedded = embedded
        self._cached = cached  # records the grid already holds (no query for them)
        self.catalog = catalog
        self.ids: Walk = _walk(ids)
        self.index = max(0, min(index, len(self.ids) - 1)) if len(self.ids) else 0
        if ops is None:
            from smparchive.gui.ops import OpRunner

            ops = OpRunner(catalog, runner, parent=self)
        self.ops = ops
        self.tasks = tasks if tasks is not None else TaskScope(runner, self)
        ops.changes.connect(self._on_changes)
        self.options = options or {}  # per-viewer keyword arguments, e.g. {"player": {...}}
        self._stack = QStackedLayout(self)
        self._viewers: dict[str, ItemViewer] = {}
        self.viewer: ItemViewer | None = None
        self._records: dict[int, ItemRecord] = {}
        self._going_to: int | None = None  # an item whose id is being read (windowed view)
        if len(self.ids):
            self.go_to(self.index)

    # -- navigation -------------------------------------------------------------------------
    def record_at(self, index: int) -> ItemRecord | None:
        """The record at ``index``; None when deleted or its id is still being read."""
        item_id = self.ids.id_at(index)
        if item_id is None:
            return None
        if item_id not in self._records and self._cached is not None:
            found = self._cached(item_id)
            if found is not None:
                self._records[item_id] = found
        if item_id not in self._records:
            lo = max(0, index - RECORDS_AHEAD)
            hi = min(len(self.ids), index + RECORDS_AHEAD + 1)
            wanted = [i for i in self.ids.known(lo, hi - 1) if i not in self._records]
            for rec in self.catalog.items(wanted):
                self._records[rec.id] = rec
        return self._records.get(item_id)

    def go_to(self, index: int) -> None:
        """Show the item at ``index`` (clamped) in the viewer for its kind; an item of a
        windowed view whose page is not held yet shows when its page is in."""
        if not len(self.ids):
            return
        self.index = max(0, min(index, len(self.ids) - 1))
        if self.ids.id_at(self.index) is None:
            target = self._going_to = self.index
            self.setWindowTitle(position(self.index, len(self.ids)))
            self.ids.when_read(target, lambda: self._read(target))
            return
        self._going_to = None
        record = self.record_at(self.index)
        if record is None:  # deleted meanwhile
            if self.ids.drop(self.index):
                return self.go_to(min(self.index, len(self.ids) - 1))
            return
        viewer = self._viewer_for(viewer_kind(record.kind))
        if self.viewer is not None and self.viewer is not viewer:
            self.viewer.leave()
        self.viewer = viewer
        self._stack.setCurrentWidget(viewer)
        viewer.set_position(self.index, len(self.ids))
        neighbours = [
            r
            for i in (self.index + 1, self.index - 1, self.index + 2)
            if 0 <= i < len(self.ids) and (r := self.record_at(i)) is not None
        ]
        viewer.show_item(record, neighbours)
        viewer.setFocus()
        self.setWindowTitle(f"{record.name} — {position(self.index, len(self.ids))}")
        self.currentChanged.emit(record.id)

    def _read(self, index: int) -> None:
        if self._going_to == index:
            self.go_to(index)

    def set_items(self, ids: Sequence[int] | Walk, index: int = 0) -> None:
        """Walk ``ids`` from now on, showing the item at ``index``: a list, or a
        :class:`~smparchive.gui.viewers.walk.StoreRows` over the rows of a windowed view."""
        self.ids.close()
        self.ids = _walk(ids)
        self._records.clear()
        self._going_to = None
        if len(self.ids):
            self.go_to(index)

    def current_id(self) -> int | None:
        return self.ids.id_at(self.index) if len(self.ids) else None

    def step(self, delta: int) -> None:
        target = self.index + delta
        if 0 <= target < len(self.ids):
            self.go_to(target)

    def _viewer_for(self, name: str) -> ItemViewer:
        if name not in self._viewers:
            make = _factory(name)
            viewer = make(self.catalog, self.tasks, self.ops, self, **self.options.get(name, {}))
            viewer.navigate.connect(self.step)
            viewer.recordChanged.connect(self._remember)
            viewer.thumbnailUpdated.connect(self.thumbnailUpdated)
            self._stack.addWidget(viewer)
            self._viewers[name] = viewer
        return self._viewers[name]

    def _remember(self, record: ItemRecord) -> None:
        self._records[record.id] = record

    def _on_changes(self, changes: ChangeSummary) -> None:
        """Records the op runner says changed are read again; the shown one at once."""
        for item_id in changes.items:
            self._records.pop(item_id, None)
        viewer = self.viewer
        if viewer is None or viewer.record is None or viewer.record.id not in changes.items:
            return
        # from the catalogue itself: the grid's copy may not have been read again yet
        fresh = next(iter(self.catalog.items([viewer.record.id])), None)
        if fresh is not None:
            self._records[fresh.id] = fresh
            viewer.update_record(fresh)

    # -- window -----------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if self.embedded and key in (Qt.Key.Key_F, Qt.Key.Key_Escape):
            super().keyPressEvent(event)  # the window's full screen and Esc
        elif key == Qt.Key.Key_F and not mods:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
        elif (alt and key == Qt.Key.Key_Right) or (ctrl and key == Qt.Key.Key_PageDown):
            self.step(1)
        elif (alt and key == Qt.Key.Key_Left) or (ctrl and key == Qt.Key.Key_PageUp):
            self.step(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and (ctrl or not mods):
            # plain Home/End reach here when the viewer has no use for them (a photo; a
            # deck's pages and a player's start take them first)
            self.go_to(0 if key == Qt.Key.Key_Home else len(self.ids) - 1)
        else:
            super().keyPressEvent(event)

    def leave(self) -> None:
        """The main window left Loupe mode: stop playback (the viewers stay for next time)."""
        if self.viewer is not None:
            self.viewer.leave()

    def release(self) -> None:
        """Free the viewers' native resources and drop results still to come."""
        for viewer in self._viewers.values():
            viewer.release()
        self.tasks.close()
        self.ids.close()
        self.ops.changes.disconnect(self._on_changes)  # the op runner outlives this window

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)
