"""Photo loupe: cached preview at once, full image from a worker, zoom/pan, info, rating keys.

Cached previews (the shown photo's, its neighbours' prefetched) are read one at a time, the
shown photo's first: the cache may sit on a share, and a silent share held both read
threads with them (its timeout, 20 s), so a local photo's full decode waited behind them.
Beside an offline or missing photo (only its preview can show it, no decode needs a thread)
two run at once, its own started first and never after a neighbour's read under way.
"""

from __future__ import annotations

import logging
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.vocab import ItemStatus, Kind
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts
from smparchive.gui.i18n import translate
from smparchive.gui.viewers import keys
from smparchive.gui.viewers.base import ItemViewer
from smparchive.gui.viewers.imaging import DecodeError, decode_photo, read_preview
from smparchive.gui.viewers.info import info_html, status_line
from smparchive.gui.viewers.keys import commands
from smparchive.gui.viewers.zoomview import STEP, ZoomView

ANY_WIDTH = 16_777_215  # Qt's QWIDGETSIZE_MAX: no limit

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.tasks import TaskScope

log = logging.getLogger(__name__)

FULL_KEPT = 3  # decoded full images kept (a 24 MP photo is ~72 MB)
PREVIEW_KEPT = 24
PAN_STEP = 0.1  # of the view per arrow press
# "Loading…" once a photo's cached preview has not come in this long (said at once, it
# would flash over every photo whose preview comes a moment later)
LOADING_SAID_MS = 150


class _Lru(OrderedDict[int, QImage]):
    def __init__(self, capacity: int) -> None:
        super().__init__()
        self.capacity = capacity

    def get_image(self, key: int) -> QImage | None:
        if key in self:
            self.move_to_end(key)
            return self[key]
        return None

    def put(self, key: int, image: QImage) -> None:
        self[key] = image
        self.move_to_end(key)
        while len(self) > self.capacity:
            self.popitem(last=False)


@dataclass(eq=False)
class _CacheRead:
    """A cached preview to read: ``on_image`` gets it (None: none, or no longer ``wanted``)."""

    item_id: int
    sha256: str | None
    on_image: Callable[[QImage | None], None]
    wanted: Callable[[], bool]
    prefetch: bool


def _preview_only(record: ItemRecord) -> bool:
    """Only the cached preview can show ``record``: its file is offline or missing."""
    return record.status in (ItemStatus.OFFLINE, ItemStatus.MISSING)


class PhotoLoupe(ItemViewer):
    """Keys (``viewers.keys.LOUPE``): +/- zoom, Z toggles fit/100 %, Ctrl+0 fit, arrows pan
    when zoomed (else Left/Right previous/next), PageUp/PageDown/Backspace previous/next, I
    info; the window's 0-5 rating, P/X/U pick/reject/unflag, F (full screen) and Esc."""

    def __init__(
        self, catalog: Catalog, tasks: TaskScope, ops: OpRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(catalog, tasks, ops, parent)
        self.view = ZoomView(self)
        self.status = QLabel(self)
        self.status.setObjectName("viewerStatus")
        self.status.setStyleSheet("color:#ddd;background:#202020;padding:3px 8px")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.message = QLabel(self.view)
        self.message.setObjectName("viewerMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#eee;font-size:15px;background:transparent;padding:24px")
        self.message.hide()
        self.overlay = QLabel(self.view)
        self.overlay.setObjectName("viewerInfo")
        self.overlay.setStyleSheet(
            "color:#f0f0f0;background:rgba(0,0,0,170);border-radius:6px;padding:8px"
        )
        self.overlay.setTextFormat(Qt.TextFormat.RichText)
        self.overlay.move(12, 12)
        self.overlay.hide()
        self.view.zoomChanged.connect(self._update_status)
        self._full = _Lru(FULL_KEPT)
        self._previews = _Lru(PREVIEW_KEPT)
        self._generation = 0
        self._pending_previews: set[int] = set()
        # cache reads waiting for their turn, and those under way (one at a time beside a
        # local photo: a silent share then holds one read thread, never its decode)
        self._cache_reads: deque[_CacheRead] = deque()
        self._cache_running: set[int] = set()  # items whose cache read is under way
        # reads of an item whose read is under way: they get what it brings
        self._cache_followers: dict[int, list[_CacheRead]] = {}
        self.position = (0, 1)
        self.error: str | None = None
        self._notice: str | None = None

    # -- showing ----------------------------------------------------------------------------
    def set_position(self, index: int, count: int) -> None:
        self.position = (index, count)
        self._update_status()

    def show_item(self, record: ItemRecord, neighbours: list[ItemRecord] | None = None) -> None:
        self._generation += 1
        generation = self._generation
        self.record = record
        self.error = None
        self._notice = None
        self.message.hide()
        full_size = self._full_size(record)
        full = self._full.get_image(record.id)
        if full is not None:
            self.view.set_image(full)
        else:
            preview = self._previews.get_image(record.id)
            self.view.set_image(preview, full_size if preview is not None else None)
            if preview is None:  # read on a worker: the cache may sit on a share
                self._read_preview(generation, record, full_size)
            path = record.path
            self.tasks.submit(
                lambda: decode_photo(path),
                lambda image: self._full_ready(generation, record.id, image),
                lambda exc: self._full_failed(generation, exc),
            )
        self._refresh_overlay()
        self._update_status()
        self._dim(record)
        self._drop_prefetches()  # the neighbours of the photo before: these come instead
        for other in neighbours or []:
            self._prefetch_preview(other)

    def _full_size(self, record: ItemRecord) -> tuple[int, int] | None:
        if not record.width or not record.height:
            return None
        if record.orientation in (5, 6, 7, 8):  # the catalogue stores the sensor's size
            return record.height, record.width
        return record.width, record.height

    def _read_preview(
        self, generation: int, record: ItemRecord, full_size: tuple[int, int] | None
    ) -> None:
        """The cached preview of the photo shown, once read, unless the full photo (or
        another photo) is shown by then; "Loading…" only when the read takes a while."""

        def current() -> bool:
            return generation == self._generation and record.id not in self._full

        def arrived(image: QImage | None) -> None:
            if image is not None:
                self._previews.put(record.id, image)
            if not current():
                return
            if image is None:
                if self.error is None:
                    self._show_message(translate("viewers", "Loading…"))
                return
            self.message.hide()
            self.view.set_image(image, full_size)
            if self.error is not None:  # the full photo failed first
                self._say_preview_only(self.error)
            self._update_status()

        def slow() -> None:
            if current() and not self.view.has_image() and self.error is None:
                self._show_message(translate("viewers", "Loading…"))

        QTimer.singleShot(LOADING_SAID_MS, self, slow)
        read = _CacheRead(record.id, record.picture_key, arrived, current, prefetch=False)
        if _preview_only(record) and record.id not in self._cache_running:
            # only its cached preview can show it (no decode of it needs a read thread): at
            # once, never after a neighbour's read under way (on a share, twice its read)
            self._start_cache_read(read, priority=2)
            return
        # before every neighbour's prefetch still waiting (the read of this very photo
        # under way, if any, brings it)
        self._cache_reads.appendleft(read)
        self._next_cache_read()

    def _say_preview_only(self, reason: str) -> None:
        said = translate("viewers", "Showing the cached preview: %1")
        self.show_notice(problem_texts.composed(said, reason))

    def _full_ready(self, generation: int, item_id: int, image: QImage) -> None:
        self._full.put(item_id, image)
        if generation != self._generation:
            return  # the user moved on; keep the image for when they come back
        self.message.hide()
        self.view.set_image(image)
        self._update_status()

    def _full_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        reason = (
            str(exc)
            if isinstance(exc, DecodeError)
            else translate("viewers", "The picture cannot be shown.")
        )
        self.error = reason
        if self.view.has_image():
            self._say_preview_only(reason)
        else:
            self._show_message(reason)

    def _prefetch_preview(self, record: ItemRecord) -> None:
        if record.kind != Kind.PHOTO or record.id in self._previews or record.id in self._full:
            return
        if record.id in self._pending_previews:
            return
        self._pending_previews.add(record.id)

        def done(image: QImage | None) -> None:
            self._pending_previews.discard(record.id)
            if image is not None:
                self._previews.put(record.id, image)

        def wanted() -> bool:
            return record.id not in self._full

        self._cache_reads.append(_CacheRead(record.id, record.picture_key, done, wanted, True))
        self._next_cache_read()

    def _drop_prefetches(self) -> None:
        """Forget the prefetches still waiting (their photo's neighbours were stepped past)."""
        kept: deque[_CacheRead] = deque()
        for read in self._cache_reads:
            if read.prefetch:
                self._pending_previews.discard(read.item_id)
            else:
                kept.append(read)
        self._cache_reads = kept

    def _cache_slots(self) -> int:
        """How many cache reads may run at once. One beside a local photo: the read pool's
        other thread stays free for its full decode (shown at once while a silent share
        holds its neighbour's read for its timeout). Two beside a photo only its preview
        can show (offline): no decode needs a thread, and one at a time left each step
        through offline photos waiting for its own read (0.3 s on a slow share)."""
        shown = self.record
        return 2 if shown is not None and _preview_only(shown) else 1

    def _next_cache_read(self) -> None:
        """Start the next cache reads while there are slots (:meth:`_cache_slots`)."""
        while len(self._cache_running) < self._cache_slots() and self._cache_reads:
            read = self._cache_reads.popleft()
            known = self._previews.get_image(read.item_id)
            if known is not None or not read.wanted():  # read meanwhile, or of no more use
                read.on_image(known)
            elif read.item_id in self._cache_running:  # read now: it comes with that one
                self._cache_followers.setdefault(read.item_id, []).append(read)
            else:
                self._start_cache_read(read)

    def _start_cache_read(self, read: _CacheRead, *, priority: int = 1) -> None:
        item_id = read.item_id
        self._cache_running.add(item_id)

        def finished(image: QImage | None) -> None:
            self._cache_running.discard(item_id)
            read.on_image(image)
            for follower in self._cache_followers.pop(item_id, []):
                follower.on_image(image)
            self._next_cache_read()

        # above full decodes (a preview is a fraction of their time): the neighbour's
        # preview is ready when the person steps on, the decodes of photos passed wait
        read_preview(self.tasks, self._cache(), read.sha256, finished, priority=priority)

    def _cache(self) -> Any:
        try:
            return self.catalog.thumbnails
        except Exception:
            return None

    # -- decorations ------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.resize(self.view.size())
        self.message.show()
        self.message.raise_()

    def show_notice(self, text: str) -> None:
        self._notice = text
        self._update_status()

    def _update_status(self) -> None:
        if self.record is None:
            return
        zoom = (
            translate("viewers", "Fit")
            if self.view.is_fit
            else fmt.percent(self.view.scale_factor() * 100)
        )
        text = f"{status_line(self.record, *self.position)}  ·  {zoom}"
        self.status.setText(f"{text}  ·  {self._notice}" if self._notice else text)

    def _refresh_overlay(self) -> None:
        if self.record is not None and self.overlay.isVisible():
            titles = self.session_titles(self.record, self._refresh_overlay)
            self.overlay.setText(info_html(self.record, self.catalog, titles=titles))
            # on one line when it fits; a problem's sentence wraps inside the picture
            # rather than running off a narrow window
            self.overlay.setWordWrap(False)
            self.overlay.setMinimumWidth(0)
            self.overlay.setMaximumWidth(ANY_WIDTH)
            self.overlay.adjustSize()
            room = self.view.width() - 24
            if self.overlay.width() > room > 100:
                self.overlay.setWordWrap(True)
                self.overlay.setFixedWidth(room)
                self.overlay.adjustSize()

    def toggle_info(self) -> None:
        self.overlay.setVisible(not self.overlay.isVisible())
        self._refresh_overlay()

    def update_record(self, record: ItemRecord) -> None:
        super().update_record(record)
        self._refresh_overlay()
        self._update_status()
        self._dim(record)

    def _dim(self, record: ItemRecord) -> None:
        """A rejected photo recedes, as in the grid (and says so in the status line)."""
        self.view.set_dimmed(record.flag == -1)

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        view = self.view
        key = Qt.Key(event.key())

        def pan() -> bool:
            if not view.is_zoomed_in():
                return False  # the arrows step to the next item instead
            dx = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key, 0)
            dy = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key, 0)
            vp = view.viewport()
            view.pan(int(dx * vp.width() * PAN_STEP), int(dy * vp.height() * PAN_STEP))
            return True

        handlers: dict[str, Callable[[], object]] = {
            "zoom_in": lambda: view.zoom_by(STEP),
            "zoom_out": lambda: view.zoom_by(1 / STEP),
            "fit": view.fit,
            "zoom_toggle": lambda: view.actual_size() if view.is_fit else view.fit(),
            "info": self.toggle_info,
            "pan": pan,
            "next": lambda: self.navigate.emit(1),
            "previous": lambda: self.navigate.emit(-1),
        }
        for command in commands(keys.LOUPE, event):
            if handlers[command]() is not False:
                return
        if not self.handle_rating_key(event):
            super().keyPressEvent(event)  # F, Esc ... go to the window

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.message.resize(self.view.size())
