"""Survey: every selected item side by side, as large as the space allows (Lightroom's N)."""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from smparchive.core.catalog.changes import ChangeSummary
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.vocab import Kind
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import translate
from smparchive.gui.viewers.base import RecordsOnArrival, WhileReading, edit_label
from smparchive.gui.viewers.imaging import cached_preview, decode_photo
from smparchive.gui.viewers.info import stars

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.tasks import TaskScope

log = logging.getLogger(__name__)

CAPTION_H = 22
DIMMED = 0.35  # rejects recede, as in the grid
CAPTION_GAP = 8  # between the name and the rating
FLAG_SIGNS = {1: "\u2713", -1: "\u2715"}  # a narrow tile's pick and reject: ✓, ✕
FALLBACK_EDGE = 1024
# the survey's own keys, kept while its items are read (Enter, Esc go on to the window)
WAITING_KEYS = frozenset(
    {Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Tab}
    | {Qt.Key.Key_Backtab, Qt.Key.Key_Home, Qt.Key.Key_End}
)  # decoded when the cache has no picture of the item


class SurveyTile(QWidget):
    """One item: its picture fitted to the tile, name, stars and flag under it."""

    clicked = Signal()

    def __init__(self, record: ItemRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.image: QImage | None = None
        self.active = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(80, 80))
        self._describe()

    @property
    def dimmed(self) -> bool:
        return self.record.flag == -1

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def set_record(self, record: ItemRecord) -> None:
        self.record = record
        self._describe()
        self.update()

    def set_active(self, active: bool) -> None:
        self.active = active
        self.update()

    def caption(self) -> str:
        """The whole caption, 'IMG_0006.JPG  ·  ★★★☆☆  ·  Pick' (tooltip, screen readers)."""
        parts = [self.record.name, stars(self.record.rating)]
        if self.record.flag:
            parts.append(fmt.flag_name(self.record.flag))
        return "  ·  ".join(parts)

    def _describe(self) -> None:
        text = self.caption()
        self.setToolTip(text)
        self.setAccessibleName(text)

    def caption_texts(self, metrics: QFontMetrics, width: int) -> tuple[str, str]:
        """What the caption shows in ``width`` px: at the right the rating and flag, which a
        survey is for, so never the part cut (the flag a sign when its word leaves the name no
        room); at the left the name, without its extension and then elided when it does not
        fit."""
        rating = stars(self.record.rating)
        flag = self.record.flag
        status = rating
        if flag:
            status = f"{rating}  {fmt.flag_name(flag)}"
            room = width - metrics.horizontalAdvance(status) - CAPTION_GAP
            if room < metrics.horizontalAdvance(self.record.name[:4] + "…"):
                status = f"{rating} {FLAG_SIGNS.get(flag, '')}".rstrip()
        room = width - metrics.horizontalAdvance(status) - CAPTION_GAP
        name = self.record.name
        if metrics.horizontalAdvance(name) > room:
            # the extension goes first: 'IMG_0006' says more than 'IM…PG'
            stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
            name = metrics.elidedText(stem, Qt.TextElideMode.ElideMiddle, max(room, 0))
        if name in ("", "…"):
            name = ""
        return name, status

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = self.rect().adjusted(3, 3, -3, -3)
        p.fillRect(frame, QColor("#1e1f22"))
        picture = QRect(frame.x() + 4, frame.y() + 4, frame.width() - 8,
                        frame.height() - CAPTION_H - 8)  # fmt: skip
        if self.image is not None and not self.image.isNull():
            size = self.image.size().scaled(picture.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(picture.center())
            p.setOpacity(DIMMED if self.dimmed else 1.0)
            p.drawImage(target, self.image)
            p.setOpacity(1.0)
        else:
            p.setPen(QColor("#9a9a9a"))
            p.drawText(picture, Qt.AlignmentFlag.AlignCenter, translate("viewers", "Loading…"))
        text_rect = QRect(frame.x() + 6, frame.bottom() - CAPTION_H, frame.width() - 12, CAPTION_H)
        p.setPen(QColor("#8f8f8f" if self.dimmed else "#e0e0e0"))
        name, status = self.caption_texts(p.fontMetrics(), text_rect.width())
        middle = Qt.AlignmentFlag.AlignVCenter
        p.drawText(text_rect, middle | Qt.AlignmentFlag.AlignLeft, name)
        p.drawText(text_rect, middle | Qt.AlignmentFlag.AlignRight, status)
        if self.active:
            p.setPen(QPen(QColor("#3d8ee6"), 3))
            p.drawRect(frame.adjusted(1, 1, -1, -1))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class SurveyView(RecordsOnArrival, QWidget):
    """The selected items in a grid of tiles sized to fill the view. Arrows move the active
    (blue) tile; the window's rating and flag keys apply to it through ``set_fields``."""

    activeChanged = Signal(int)  # item id

    def __init__(
        self,
        catalog: Catalog,
        ids: Sequence[int],
        tasks: TaskScope,
        ops: OpRunner,
        parent: QWidget | None = None,
        *,
        cached: Callable[[int], ItemRecord | None] | None = None,
    ) -> None:
        """``cached``: records the grid holds (no read for them); the others are read on a
        worker and the tiles made when they come."""
        super().__init__(parent)
        self.setObjectName("surveyView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.catalog = catalog
        self.tasks = tasks
        self.ops = ops
        self.records: list[ItemRecord] = []
        self.tiles: list[SurveyTile] = []
        self.columns = 1
        self.active = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setSpacing(2)
        self._note: QLabel | None = None
        self._while_reading = WhileReading()
        ops.changes.connect(self._on_changes)
        self._open_on(catalog, list(ids), cached)

    def _show(self, records: list[ItemRecord]) -> None:
        """A tile for each of ``records``; keys pressed while they were read act now."""
        if self._note is not None:
            self._note.deleteLater()
            self._note = None
        self.records = records
        self.columns = max(1, math.ceil(math.sqrt(len(self.records) * 1.5)))
        cache = self.catalog.thumbnails
        for n, record in enumerate(self.records):
            tile = SurveyTile(record, self)
            tile.clicked.connect(lambda n=n: self.set_active(n))
            self._grid.addWidget(tile, n // self.columns, n % self.columns)
            self.tiles.append(tile)
            self._load(tile, cache)
        self.active = 0
        if self.tiles:
            self.set_active(0)
        self._while_reading.replay(self.keyPressEvent, lambda values: self.set_fields(**values))

    def _load(self, tile: SurveyTile, cache: Any) -> None:
        record = tile.record
        sha, path = record.picture_key, record.path

        def load() -> QImage | None:
            image = cached_preview(cache, sha)
            if image is None and record.kind == Kind.PHOTO:
                image = decode_photo(path, FALLBACK_EDGE)
            return image

        self.tasks.submit(load, tile.set_image, lambda _e: tile.set_image(None), owner=tile)

    def current_record(self) -> ItemRecord | None:
        return self.records[self.active] if self.records else None

    def set_active(self, n: int) -> None:
        if not self.tiles:
            return
        self.active = max(0, min(n, len(self.tiles) - 1))
        for i, tile in enumerate(self.tiles):
            tile.set_active(i == self.active)
        self.activeChanged.emit(self.records[self.active].id)

    def active_tile(self) -> SurveyTile | None:
        return self.tiles[self.active] if self.tiles else None

    def set_fields(self, **values: Any) -> None:
        """Write fields of the active item through the op runner; its tile shows them now."""
        if not self.records:
            return
        n = self.active
        before = self.records[n]
        self.records[n] = dataclasses.replace(before, **values)
        self.tiles[n].set_record(self.records[n])

        def failed(_exc: BaseException) -> None:
            if self.records[n].id == before.id:
                self.records[n] = before
                self.tiles[n].set_record(before)

        self.ops.set_fields([before.id], edit_label(values), on_error=failed, **values)

    def _on_changes(self, changes: ChangeSummary) -> None:
        ids = [r.id for r in self.records if r.id in changes.items]
        if not ids:
            return
        catalog = self.catalog

        def arrived(records: list[ItemRecord]) -> None:
            fresh = {r.id: r for r in records}
            for n, shown in enumerate(self.records):
                if shown.id in fresh:
                    self.records[n] = fresh[shown.id]
                    self.tiles[n].set_record(self.records[n])

        # on a worker: see __init__
        self.tasks.submit(
            lambda: catalog.items(ids),
            arrived,
            lambda exc: log.warning("cannot read the surveyed items: %s", exc),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._while_reading.reading and key in WAITING_KEYS:
            return self._while_reading.key(event)  # acts once the items are in
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return super().keyPressEvent(event)
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: self.columns,
            Qt.Key.Key_Up: -self.columns,
            Qt.Key.Key_Tab: 1,
            Qt.Key.Key_Backtab: -1,
        }.get(Qt.Key(key))
        if step is not None and self.tiles:
            target = self.active + step
            if 0 <= target < len(self.tiles):
                self.set_active(target)
            return None
        if key == Qt.Key.Key_Home:
            return self.set_active(0)
        if key == Qt.Key.Key_End:
            return self.set_active(len(self.tiles) - 1)
        return super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # Tab moves between tiles
        return False

    def release(self) -> None:
        self.tasks.close()
        self.ops.changes.disconnect(self._on_changes)
