"""Compare 2 to 4 photos side by side with synchronised zoom and pan."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.catalog.changes import ChangeSummary
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.vocab import Kind
from smparchive.gui import problem_texts
from smparchive.gui.i18n import translate
from smparchive.gui.screen_fit import fit_to_screen
from smparchive.gui.tasks import TaskRunner, TaskScope
from smparchive.gui.viewers.base import (
    FLAG_KEYS,
    RATING_KEYS,
    RecordsOnArrival,
    WhileReading,
    edit_label,
)
from smparchive.gui.viewers.imaging import decode_photo, read_preview
from smparchive.gui.viewers.info import status_line
from smparchive.gui.viewers.keys import COMPARE, commands
from smparchive.gui.viewers.zoomview import STEP, ZoomView

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.ops import OpRunner

log = logging.getLogger(__name__)

MAX_COMPARED = 4
# compare's own keys, kept while its photos are read (Esc, F go on to the window)
WAITING_KEYS = frozenset(
    {Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Z, Qt.Key.Key_Tab}
    | {Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_S}
    | {*RATING_KEYS, *FLAG_KEYS}
)


class _Pane(QWidget):
    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = ZoomView(self)
        self.caption = QLabel(self)
        self.caption.setStyleSheet("color:#ddd;background:#202020;padding:3px 6px")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setWordWrap(True)  # a photo's error whole, not cut at the pane's edge
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.view.viewport().installEventFilter(self)
        self.dimmed = False
        self.set_active(False)

    def set_dimmed(self, dimmed: bool) -> None:
        """Rejected photos recede, as in the grid."""
        self.view.set_dimmed(dimmed, 0.4)
        self.dimmed = dimmed

    def set_active(self, active: bool) -> None:
        colour = "#3d8ee6" if active else "#202020"
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), colour)
        self.setPalette(pal)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if isinstance(event, QMouseEvent) and event.type() == QMouseEvent.Type.MouseButtonPress:
            self.clicked.emit()
        return False


class CompareView(RecordsOnArrival, QWidget):
    """Top-level window. Zoom or pan one photo and the others follow (same zoom, same relative
    centre). Keys (``viewers.keys.COMPARE``): +/- zoom, Z fit or 100 % in turn, Ctrl+0 fit,
    Tab next pane, Shift+S swaps the active pane's photo with the next (no Ctrl+1 for
    100 %: the window's Grid key from every mode); 0-5 and P/X/U rate or flag the active
    (blue) pane; F full screen; Esc leaves it or closes.
    Writes go through ``ops`` (off the UI thread, undoable); the panes follow its ``changes``.
    ``compared_changed`` fires when the compared photos or the active one change (the
    filmstrip marks them)."""

    compared_changed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        runner: TaskRunner,
        ops: OpRunner | None = None,
        tasks: TaskScope | None = None,
        embedded: bool = False,
        cached: Callable[[int], ItemRecord | None] | None = None,
    ) -> None:
        """``cached``: records the grid holds (no read for them); the others are read on a
        worker and the panes made when they come."""
        if embedded:  # the main window's Compare mode: Esc and F belong to the window
            super().__init__(parent)
        else:
            super().__init__(parent, Qt.WindowType.Window)
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.setWindowTitle(translate("viewers", "Compare"))
            fit_to_screen(self, QSize(1400, 800))
        self.embedded = embedded
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.catalog = catalog
        if ops is None:
            from smparchive.gui.ops import OpRunner

            ops = OpRunner(catalog, runner, parent=self)
        self.ops = ops
        self.tasks = tasks if tasks is not None else TaskScope(runner, self)
        ops.changes.connect(self._on_changes)
        self.records: list[ItemRecord] = []
        self.panes: list[_Pane] = []
        self.active = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(0)
        self._note: QLabel | None = None
        self._while_reading = WhileReading()
        self._open_on(catalog, list(ids)[:MAX_COMPARED], cached)

    def _show(self, records: list[ItemRecord]) -> None:
        """The photos among ``records`` side by side; keys pressed while they were read
        act now, in order."""
        self.records = [r for r in records if r.kind == Kind.PHOTO]
        if self._note is not None and self.records:
            self._note.deleteLater()
            self._note = None
        for n, record in enumerate(self.records):
            pane = _Pane(self)
            self.panes.append(pane)
            pane.view.viewChanged.connect(lambda s, x, y, src=pane.view: self._sync(src, s, x, y))
            pane.clicked.connect(lambda p=pane: self.set_active(self.panes.index(p)))
            pane.caption.setText(translate("viewers", "Loading…"))
            self._read_preview(n, record)
            self._load_full(n, record)
        self._place_panes()
        if not self.records:
            self._say(translate("viewers", "Select two to four photos to compare."))
        self.set_active(0)
        self._while_reading.replay(
            self.keyPressEvent,
            lambda values: self.set_fields(self.active, **values) if self.panes else None,
        )
        self.compared_changed.emit()

    def _place_panes(self) -> None:
        """The panes in the grid in their order: side by side, four in two rows."""
        columns = 2 if len(self.panes) == 4 else max(1, len(self.panes))
        for pane in self.panes:
            self._grid.removeWidget(pane)
        for n, pane in enumerate(self.panes):
            self._grid.addWidget(pane, n // columns, n % columns)

    def _pane_of(self, item_id: int) -> int | None:
        """Which pane shows item ``item_id`` now (panes swap places, photos are replaced)."""
        shown = [r.id for r in self.records]
        return shown.index(item_id) if item_id in shown and self.panes else None

    def _read_preview(self, n: int, record: ItemRecord) -> None:
        """Pane ``n``'s cached preview, read on a worker, unless the full photo came first."""

        def arrived(image: QImage | None) -> None:
            n = self._pane_of(record.id)
            if image is None or n is None:
                return
            view = self.panes[n].view
            if not view.has_image():
                view.set_image(image, _oriented_size(record))
                self._caption(n)

        read_preview(self.tasks, self.catalog.thumbnails, record.picture_key, arrived)

    def _load_full(self, n: int, record: ItemRecord) -> None:
        path = record.path

        def done(image: QImage) -> None:
            n = self._pane_of(record.id)
            if n is None:
                return  # no pane shows it now
            view = self.panes[n].view
            reference = next((p.view for p in self.panes if p.view is not view), None)
            view.set_image(image)
            if reference is not None and reference.has_image():
                view.apply_view(
                    reference.scale_factor(), *reference.centre_fraction(), fit=reference.is_fit
                )
            self._caption(n)

        def failed(exc: BaseException) -> None:
            n = self._pane_of(record.id)
            if n is not None:
                self.panes[n].caption.setText(f"{record.name} — {problem_texts.error_text(exc)}")

        self.tasks.submit(lambda: decode_photo(path), done, failed)

    def _caption(self, n: int) -> None:
        self.panes[n].caption.setText(status_line(self.records[n], n, len(self.records)))
        self.panes[n].set_dimmed(self.records[n].flag == -1)

    def _sync(self, source: ZoomView, scale: float, cx: float, cy: float) -> None:
        for pane in self.panes:
            if pane.view is not source:
                pane.view.apply_view(scale, cx, cy, fit=source.is_fit)

    def set_active(self, n: int) -> None:
        if not self.panes:
            return
        self.active = n % len(self.panes)
        for i, pane in enumerate(self.panes):
            pane.set_active(i == self.active)
            if pane.view.has_image() or i == self.active:
                self._caption(i)
        self.compared_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers()
        view = self.panes[self.active].view if self.panes else None
        if view is None and self._while_reading.reading and key in WAITING_KEYS:
            return self._while_reading.key(event)  # acts once the photos are in
        if view is None:
            return super().keyPressEvent(event)
        found = commands(COMPARE, event)
        if found:
            self._command(found[0], view)
        elif self.embedded and key in (Qt.Key.Key_F, Qt.Key.Key_Escape):
            super().keyPressEvent(event)  # the window's full screen and Esc
        elif key == Qt.Key.Key_F and not mods:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
        elif not mods and (key in RATING_KEYS or key in FLAG_KEYS):
            values = (
                {"rating": RATING_KEYS[key]} if key in RATING_KEYS else {"flag": FLAG_KEYS[key]}
            )
            self.set_fields(self.active, **values)
        else:
            super().keyPressEvent(event)

    def _command(self, command: str, view: ZoomView) -> None:
        """Run the ``COMPARE`` row ``command`` on the active pane's ``view``."""
        if command in ("zoom_in", "zoom_out"):
            view.zoom_by(STEP if command == "zoom_in" else 1 / STEP)
        elif command == "fit" or (command == "zoom_toggle" and not view.is_fit):
            view.fit()
            self._sync(view, view.scale_factor(), 0.5, 0.5)
        elif command == "zoom_toggle":
            view.actual_size()
        elif command in ("next_pane", "previous_pane"):
            self.set_active(self.active + (1 if command == "next_pane" else -1))
        elif command == "swap":
            self.swap()

    def swap(self) -> None:
        """The active pane's photo trades places with the next one's (left and right with
        two), zoom and all; it stays the chosen one, and the keyboard stays here (swapping
        took a mouse: no key did it)."""
        if len(self.panes) < 2:
            return
        a, b = self.active, (self.active + 1) % len(self.panes)
        self.panes[a], self.panes[b] = self.panes[b], self.panes[a]
        self.records[a], self.records[b] = self.records[b], self.records[a]
        self._place_panes()
        self.set_active(b)  # captions say the new places; the filmstrip marks follow

    def set_fields(self, n: int, **values: Any) -> None:
        """Write fields of pane ``n``'s photo through the op runner; its caption shows them now."""
        before = self.records[n]
        self.records[n] = dataclasses.replace(before, **values)
        self._caption(n)

        def failed(exc: BaseException) -> None:
            n = self._pane_of(before.id)
            if n is not None:
                self.records[n] = before
                self._caption(n)
            elif not self.panes:
                return
            self.panes[self.active if n is None else n].caption.setText(
                problem_texts.composed(
                    translate("viewers", "Not saved: %1"), problem_texts.error_text(exc)
                )
            )

        self.ops.set_fields([before.id], edit_label(values), on_error=failed, **values)

    def _on_changes(self, changes: ChangeSummary) -> None:
        """Photos changed elsewhere (an undo, the inspector) are read again."""
        ids = [r.id for r in self.records if r.id in changes.items]
        if not ids:
            return
        catalog = self.catalog

        def arrived(records: list[ItemRecord]) -> None:
            fresh = {r.id: r for r in records}
            for n, shown in enumerate(self.records):  # the panes may show others by now
                if shown.id in fresh:
                    self.records[n] = fresh[shown.id]
                    self._caption(n)

        # on a worker: see __init__
        self.tasks.submit(
            lambda: catalog.items(ids),
            arrived,
            lambda exc: log.warning("cannot read the compared photos: %s", exc),
        )

    def replace_active(self, record: ItemRecord) -> None:
        """Show ``record`` in the active pane instead (a filmstrip click); a photo
        already compared becomes the active one."""
        shown = [r.id for r in self.records]
        if record.id in shown and self.panes:
            self.set_active(shown.index(record.id))
            return
        if record.kind != Kind.PHOTO or not self.panes:
            return
        n = self.active
        self.records[n] = record
        self.panes[n].view.set_image(None)
        self._caption(n)
        self._read_preview(n, record)
        self._load_full(n, record)
        self.compared_changed.emit()

    def active_pane(self) -> QWidget | None:
        return self.panes[self.active] if self.panes else None

    def active_record(self) -> ItemRecord | None:
        return self.records[self.active] if self.records else None

    def release(self) -> None:
        """Drop results still to come; stop following the op runner."""
        self.tasks.close()
        self.ops.changes.disconnect(self._on_changes)  # the op runner outlives this view

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # Tab switches panes, not focus
        return False


def _oriented_size(record: ItemRecord) -> tuple[int, int] | None:
    if not record.width or not record.height:
        return None
    if record.orientation in (5, 6, 7, 8):
        return record.height, record.width
    return record.width, record.height
