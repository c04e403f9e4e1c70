"""The viewer window: walks the current result and shows each item in the viewer for its kind."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from smparchive.core.catalog.changes import ChangeSummary
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.vocab import Kind
from smparchive.gui import problem_texts
from smparchive.gui.i18n import translate
from smparchive.gui.screen_fit import fit_to_screen
from smparchive.gui.tasks import TaskRunner, TaskScope
from smparchive.gui.viewers import keys
from smparchive.gui.viewers.base import ItemViewer, MessageViewer
from smparchive.gui.viewers.info import position
from smparchive.gui.viewers.keys import commands
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
    (an undo shows the old rating at once). Signals: ``currentChanged(item_id)``.
    """

    currentChanged = Signal(int)

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
        # the records: on the runner's read pool, dropped once the window is released
        # (``tasks`` carries the viewers' decodes, which a test may hold back)
        self._reads = TaskScope(runner, self)
        ops.changes.connect(self._on_changes)
        self.options = options or {}  # per-viewer keyword arguments, e.g. {"player": {...}}
        self._stack = QStackedLayout(self)
        self._viewers: dict[str, ItemViewer] = {}
        self.viewer: ItemViewer | None = None
        self._records: dict[int, ItemRecord] = {}
        self._going_to: int | None = None  # an item whose id or record is being read
        self._reading: set[int] = set()  # ids whose records are being read
        self._then_read: list[Callable[[], None]] = []  # called once they are in
        self._missing: set[int] = set()  # read, and not found: deleted meanwhile
        self._deferred: list[dict[str, Any]] = []  # edits waiting for the item being read
        self._loading = QLabel(self)  # shown while the item to show is being read
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self._loading)
        if len(self.ids):
            self.go_to(self.index)

    # -- navigation -------------------------------------------------------------------------
    def record_at(self, index: int) -> ItemRecord | None:
        """The record at ``index`` known now (read before, or held by the grid); None when
        it is not known yet or its id is still being read. Never reads the catalogue: the
        records around an item come from :meth:`_read_around`, on a worker."""
        item_id = self.ids.id_at(index)
        if item_id is None:
            return None
        if item_id not in self._records and self._cached is not None:
            found = self._cached(item_id)
            if found is not None:
                self._records[item_id] = found
        return self._records.get(item_id)

    def _read_around(self, index: int, then: Callable[[], None] | None = None) -> None:
        """Read the records around ``index`` not known yet on a worker (a server round trip
        on the UI thread froze the loupe at each step, for the server's timeout when it was
        away); ``then()`` once they are in, if the window still walks the same items."""
        lo = max(0, index - RECORDS_AHEAD)
        hi = min(len(self.ids), index + RECORDS_AHEAD + 1)
        wanted = [
            i
            for i in self.ids.known(lo, hi - 1)
            if i not in self._reading and i not in self._missing and self.record_at_id(i) is None
        ]
        if not wanted:
            if then is not None and not self._reading:
                then()
            elif then is not None:
                self._then_read.append(then)
            return
        self._reading.update(wanted)
        if then is not None:
            self._then_read.append(then)
        walk, catalog = self.ids, self.catalog

        def arrived(records: list[ItemRecord]) -> None:
            self._reading.difference_update(wanted)
            if walk is not self.ids:
                return  # the window walks other items now
            for rec in records:
                self._records.setdefault(rec.id, rec)
            self._missing.update(set(wanted) - {r.id for r in records})  # deleted meanwhile
            if not self._reading:
                waiting, self._then_read = self._then_read, []
                for call in waiting:
                    call()

        def failed(exc: BaseException) -> None:
            self._reading.difference_update(wanted)
            log.warning("cannot read the viewer's records: %s", exc)
            if walk is self.ids and self._going_to is not None:  # says why; a key retries
                self._loading.setText(problem_texts.error_text(exc))

        self._reads.submit(lambda: catalog.items(wanted), arrived, failed)

    def record_at_id(self, item_id: int) -> ItemRecord | None:
        """The record of ``item_id`` known now (this window's or the grid's)."""
        found = self._records.get(item_id)
        if found is None and self._cached is not None:
            found = self._cached(item_id)
            if found is not None:
                self._records[item_id] = found
        return found

    @property
    def waiting(self) -> bool:
        """The item to show is being read: the page says "Loading…" and the shown viewer's
        record is not the current item (edits wait for it, see :meth:`defer`)."""
        return self._going_to is not None

    def defer(self, values: dict[str, Any]) -> None:
        """Rating or flag keys pressed while the current item is being read: applied to it
        once it shows (not to the item shown before, nor lost)."""
        self._deferred.append(values)

    def go_to(self, index: int) -> None:
        """Show the item at ``index`` (clamped) in the viewer for its kind; an item whose
        id or record is not held yet shows "Loading…" until it is in."""
        if not len(self.ids):
            return
        self.index = max(0, min(index, len(self.ids) - 1))
        item_id = self.ids.id_at(self.index)
        if item_id is None:
            target = self._going_to = self.index
            self._wait()
            self.ids.when_read(target, lambda: self._read(target))
            return
        record = self.record_at(self.index)
        if record is None and item_id not in self._missing:
            target = self._going_to = self.index
            self._wait()
            self._read_around(target, lambda: self._read(target))
            return
        self._going_to = None
        if record is None:  # deleted meanwhile
            self._missing.discard(item_id)
            if self.ids.drop(self.index):
                return self.go_to(min(self.index, len(self.ids) - 1))
            if self.viewer is not None:  # the view drops the row itself when refreshed
                self._stack.setCurrentWidget(self.viewer)
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
        if len(neighbours) < sum(1 for i in (1, -1, 2) if 0 <= self.index + i < len(self.ids)):
            self._read_around(self.index)  # the next steps' records, read ahead
        deferred, self._deferred = self._deferred, []
        for values in deferred:
            viewer.set_fields(**values)

    def _wait(self) -> None:
        """Say "Loading…" instead of showing the item before as if it were this one; the
        keyboard stays with the window (arrows, Esc, the rating keys wait)."""
        self.setWindowTitle(position(self.index, len(self.ids)))
        self._loading.setText(translate("viewers", "Loading…"))
        had_focus = self.viewer is not None and self.viewer.hasFocus()
        self._stack.setCurrentWidget(self._loading)
        if had_focus or self.embedded:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read(self, index: int) -> None:
        if self._going_to == index:
            self.go_to(index)

    def set_items(self, ids: Sequence[int] | Walk, index: int = 0) -> None:
        """Walk ``ids`` from now on, showing the item at ``index``: a list, or a
        :class:`~smparchive.gui.viewers.walk.StoreRows` over the rows of a windowed view."""
        self.ids.close()
        self.ids = _walk(ids)
        self._records.clear()
        self._missing.clear()
        self._reading.clear()
        self._then_read = []
        self._deferred = []
        self._going_to = None
        if len(self.ids):
            self.go_to(index)

    def follow_items(self, ids: Sequence[int] | Walk, index: int) -> None:
        """The items walked changed around the one shown (another left them or came): walk
        ``ids`` from now on, the shown item being at ``index`` in them, without showing it
        again (a video plays on). Its position ("1 / 3") and the next item follow; it said
        "2 / 4" of a view of three and the arrows went to the item gone."""
        walk = _walk(ids)
        shown = self.current_id()
        if shown is None or self._going_to is not None or self.viewer is None:
            self.set_items(walk, index)
            return
        if not 0 <= index < len(walk) or walk.id_at(index) != shown:
            self.set_items(walk, index)
            return
        if walk is not self.ids:
            self.ids.close()
        self.ids = walk
        self.index = index
        self.viewer.set_position(index, len(walk))
        record = self.viewer.record
        where = position(index, len(walk))
        self.setWindowTitle(f"{record.name} — {where}" if record is not None else where)

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
            self._stack.addWidget(viewer)
            self._viewers[name] = viewer
        return self._viewers[name]

    def _remember(self, record: ItemRecord) -> None:
        self._records[record.id] = record

    def pictures_renewed(self, keys: Collection[str]) -> None:
        """These pictures were made again (see ``ThumbnailLoader.renew``)."""
        if self.viewer is not None:
            self.viewer.pictures_renewed(keys)

    def _on_changes(self, changes: ChangeSummary) -> None:
        """Records the op runner says changed are read again; the shown one at once."""
        for item_id in changes.items:
            self._records.pop(item_id, None)
        viewer = self.viewer
        if viewer is None or viewer.record is None or viewer.record.id not in changes.items:
            return
        # from the catalogue itself (the grid's copy may not have been read again yet), on a
        # worker: shown if the viewer still shows that item when it comes
        item_id, catalog = viewer.record.id, self.catalog

        def arrived(records: list[ItemRecord]) -> None:
            fresh = next(iter(records), None)
            if fresh is None or fresh.id != item_id:
                return
            self._records[fresh.id] = fresh
            if viewer is self.viewer and viewer.record is not None and viewer.record.id == item_id:
                viewer.update_record(fresh)

        self._reads.submit(
            lambda: catalog.items([item_id]),
            arrived,
            lambda exc: log.warning("cannot read the item changed: %s", exc),
        )

    # -- window -----------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if self.embedded and key in (Qt.Key.Key_F, Qt.Key.Key_Escape):
            super().keyPressEvent(event)  # the window's full screen and Esc
        elif key == Qt.Key.Key_F and not mods:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
        elif self.waiting and not mods and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step(1 if key == Qt.Key.Key_Right else -1)  # the viewer's keys while it waits
        elif found := commands(keys.WINDOW, event):
            {
                "next": lambda: self.step(1),
                "previous": lambda: self.step(-1),
                "first": lambda: self.go_to(0),
                "last": lambda: self.go_to(len(self.ids) - 1),
            }[found[0]]()
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
        self._reads.close()
        self.ids.close()
        self.ops.changes.disconnect(self._on_changes)  # the op runner outlives this window

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)
