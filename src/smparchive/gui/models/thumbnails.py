"""Asynchronous thumbnail loading with an LRU cache of pixmaps.

Decoding happens on worker threads into ``QImage`` (thread-safe); the UI thread turns
them into pixmaps. Requests wait in a queue served newest first, and the view prunes the
queue to what is visible, so rows scrolled away are never decoded. A grid thumbnail the
cache does not have (it was trimmed or deleted) is reported by ``missing`` so that it can
be made again; meanwhile the camera's embedded picture stands in when there is one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QDeadlineTimer,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from smparchive.core.thumbcache import THUMB, ThumbnailCache
from smparchive.gui.tasks import wait_for_pools

MAX_SIDE = 256


class _Bridge(QObject):
    done = Signal(str, QImage, bool)  # key, picture (null: none), grid thumbnail found


class _Decode(QRunnable):
    def __init__(self, key: str, cache: ThumbnailCache, bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.key, self.cache, self.bridge = key, cache, bridge

    def run(self) -> None:
        image = QImage()
        path = self.cache.best_path(self.key)
        if path is not None:
            image = decode(path)
        found = path is not None and path == self.cache.path_for(self.key, THUMB)
        self.bridge.done.emit(self.key, image, found)


def decode(path: Path, max_side: int = MAX_SIDE) -> QImage:
    """Read an image scaled down to ``max_side`` (JPEG readers decode at reduced size)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(
            size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    return image if not image.isNull() else QImage()


class ThumbnailLoader(QObject):
    """Pixmaps by content hash; ``pixmap()`` never blocks, ``loaded`` says when one arrived."""

    loaded = Signal(str)
    missing = Signal(str)  # the cache has no grid thumbnail for this key (at most a stand-in)

    def __init__(
        self,
        cache: ThumbnailCache | None,
        *,
        capacity: int = 1500,
        threads: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.capacity = capacity
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._absent: set[str] = set()  # no picture in the cache (yet)
        self._stand_in: set[str] = set()  # showing the embedded picture: no thumbnail yet
        self._recheck: set[str] = set()  # stand-ins to look for again when next shown
        self._queue: OrderedDict[str, None] = OrderedDict()
        # asked by a view other than the grid (the inspector, Camera Clocks' pinned item):
        # kept when the grid drops the requests it no longer shows (``retain``)
        self._asked_elsewhere: set[str] = set()
        self._in_flight: set[str] = set()
        # in flight when told to look again (the picture was just made): their answer may
        # predate it, so it is not kept and the picture is looked for once more
        self._stale: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._max_in_flight = threads * 2
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self.decoded = 0  # how many pictures were decoded (benchmarks, tests)

    def pixmap(self, key: str | None, *, beside_grid: bool = False) -> QPixmap | None:
        """The cached pixmap, or None after queueing a load (None forever if absent).
        ``beside_grid``: asked for a view the grid's rows do not cover (the inspector, a
        dialog), so the grid's scrolling does not drop the request."""
        if not key or self.cache is None:
            return None
        pix = self._pixmaps.get(key)
        if pix is not None:
            self._pixmaps.move_to_end(key)
            if key in self._recheck and key not in self._in_flight:
                self._recheck.discard(key)  # keep showing it until the thumbnail replaces it
                self._ask(key, beside_grid)
            return pix
        if key not in self._absent and key not in self._in_flight:
            self._ask(key, beside_grid)
        return None

    def _ask(self, key: str, beside_grid: bool) -> None:
        """Queue a look for ``key`` (newest first); marked until answered when it was
        asked beside the grid, so the grid's ``retain`` keeps it."""
        if beside_grid:
            self._asked_elsewhere.add(key)
        self._queue[key] = None
        self._queue.move_to_end(key)
        self._pump()

    def is_absent(self, key: str) -> bool:
        """Whether the cache was found to hold no picture for ``key`` (until looked again)."""
        return key in self._absent

    def retain(self, keys: set[str]) -> None:
        """Forget queued requests for pictures no longer visible in the grid (those asked
        for another view stay: an item found by its name had its picture dropped by the
        grid's next scroll, and stayed a grey camera in the inspector)."""
        for key in [k for k in self._queue if k not in keys and k not in self._asked_elsewhere]:
            del self._queue[key]

    def renew(self, keys: Iterable[str]) -> None:
        """These pictures were made again (a new poster frame, a thumbnail made again): the
        one place that says so. Each one held is decoded again and announced by ``loaded``,
        which every view of it (grid, filmstrip, inspector, dialogs) repaints on; the old
        picture stays shown until then, not a grey camera in between."""
        for key in keys:
            held = key in self._pixmaps or key in self._absent or key in self._stand_in
            self._absent.discard(key)
            self._stand_in.discard(key)
            self._recheck.discard(key)
            if key in self._in_flight:
                self._stale.add(key)  # its answer may predate the new picture: looked again
            elif held:
                self._ask(key, beside_grid=True)  # beside: the grid's scroll must not drop it

    def retry_absent(self) -> None:
        """Look again for pictures that did not exist (a thumbnail job made new ones)."""
        self._absent.clear()
        self._recheck |= self._stand_in
        self._stale |= self._in_flight

    def pending(self) -> int:
        return len(self._queue) + len(self._in_flight)

    def shutdown(self, deadline: QDeadlineTimer | None = None) -> bool:
        """Drop what waits and wait for the decodes under way until ``deadline`` (by default
        ``SHUTDOWN_MS`` from now); True when none runs. One still reading (a cache on a share
        that stopped answering) is counted as left running, as a runner's task is."""
        self._queue.clear()
        self._asked_elsewhere.clear()
        self._pool.clear()
        return wait_for_pools([self._pool], deadline, "thumbnails")

    def _pump(self) -> None:
        while self._queue and len(self._in_flight) < self._max_in_flight and self.cache:
            key, _ = self._queue.popitem(last=True)  # newest request first
            self._in_flight.add(key)
            self._pool.start(_Decode(key, self.cache, self._bridge))

    @Slot(str, QImage, bool)
    def _arrived(self, key: str, image: QImage, found: bool) -> None:
        self._in_flight.discard(key)
        self._asked_elsewhere.discard(key)
        if key in self._stale:  # looked for before it was made: look again
            self._stale.discard(key)
            self._queue[key] = None
            self._pump()
            return
        if found:
            self._stand_in.discard(key)
        if image.isNull():
            self._absent.add(key)
        else:
            self.decoded += 1
            if not found:
                self._stand_in.add(key)
            self._pixmaps[key] = QPixmap.fromImage(image)
            while len(self._pixmaps) > self.capacity:
                self._pixmaps.popitem(last=False)
            self.loaded.emit(key)
        if not found:
            self.missing.emit(key)
        self._pump()
