"""A picture view with fit, 100 %, wheel/key zoom and drag pan; its view state can be mirrored."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

MIN_SCALE, MAX_SCALE, STEP = 0.02, 16.0, 1.25
Box = tuple[float, float, float, float]  # left, top, right, bottom as fractions of the picture
# found words on a page: translucent yellow; the current one orange with a stronger edge
MARK_FILL, MARK_EDGE = QColor(255, 212, 59, 90), QColor(200, 150, 0, 200)
CURRENT_FILL, CURRENT_EDGE = QColor(255, 120, 0, 120), QColor(230, 80, 0, 255)


class ZoomView(QGraphicsView):
    """Scene units are pixels of the full picture, so a preview and the full image line up.

    ``viewChanged(scale, cx, cy)`` reports zoom (1.0 = 100 %) and the centre as a fraction of
    the picture; :meth:`apply_view` sets the same state (compare view synchronisation).
    """

    viewChanged = Signal(float, float, float)
    zoomChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor(24, 24, 24))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the viewer around us
        self._fit = True
        self.upscale_fit = False  # fit may enlarge small pictures (slides), not photos
        self._mirroring = False
        self._full_size: tuple[int, int] | None = None
        self._marks: list[list[Box]] = []
        self._current = -1
        self.mark_items: list[QGraphicsRectItem] = []  # drawn over the picture, current last
        self.horizontalScrollBar().valueChanged.connect(self._emit_view)
        self.verticalScrollBar().valueChanged.connect(self._emit_view)

    # -- content ----------------------------------------------------------------------------
    def set_dimmed(self, dimmed: bool, opacity: float = 0.45) -> None:
        """A rejected photo recedes: the picture itself is drawn fainter. (An opacity effect
        on the view left stale pixels of the previous size after leaving full screen.)"""
        self._item.setOpacity(opacity if dimmed else 1.0)

    @property
    def dimmed(self) -> bool:
        return self._item.opacity() < 1.0

    def set_image(self, image: QImage | None, full_size: tuple[int, int] | None = None) -> None:
        """Show ``image`` stretched over ``full_size`` scene pixels (defaults to its own size).

        Replacing a preview by the full image keeps the zoom and the centre.
        """
        if image is None or image.isNull():
            self._item.setPixmap(QPixmap())
            self._full_size = None
            self._scene.setSceneRect(QRectF())
            self._place_marks()
            return
        size = full_size or (image.width(), image.height())
        same_picture = self._full_size == size and not self._item.pixmap().isNull()
        centre = self.mapToScene(self.viewport().rect().center()) if same_picture else None
        self._full_size = size
        self._item.setPixmap(QPixmap.fromImage(image))
        self._item.setScale(size[0] / max(1, image.width()))
        self._scene.setSceneRect(QRectF(0, 0, size[0], size[1]))
        self._place_marks()
        if self._fit or centre is None:
            self.fit()
        else:
            self.centerOn(centre)

    def set_marks(self, marks: Sequence[Sequence[Box]], current: int = -1) -> None:
        """Highlight places on the picture (found words: each mark its boxes); the mark at
        ``current`` stands out and is scrolled into view when the picture is zoomed in.
        Marks stay in fractions of the picture, so they follow zoom and a larger rendition."""
        self._marks = [list(mark) for mark in marks]
        self._current = current
        self._place_marks()
        if 0 <= current < len(self._marks) and self._full_size is not None:
            shown = [i for i in self.mark_items if i.data(0) == current]
            if shown and not self._fit:
                self.ensureVisible(shown[0], 40, 40)

    def _place_marks(self) -> None:
        for item in self.mark_items:
            self._scene.removeItem(item)
        self.mark_items = []
        if self._full_size is None:
            return
        width, height = self._full_size
        order = [n for n in range(len(self._marks)) if n != self._current]
        if 0 <= self._current < len(self._marks):
            order.append(self._current)  # drawn last: on top of a neighbour it overlaps
        for n in order:
            current = n == self._current
            pen = QPen(CURRENT_EDGE if current else MARK_EDGE)
            pen.setCosmetic(True)  # the same line at any zoom
            pen.setWidthF(2.5 if current else 1.0)
            for left, top, right, bottom in self._marks[n]:
                rect = QRectF(
                    left * width, top * height, (right - left) * width, (bottom - top) * height
                )
                item = QGraphicsRectItem(rect.adjusted(-1, -1, 1, 1))
                item.setPen(pen)
                item.setBrush(QBrush(CURRENT_FILL if current else MARK_FILL))
                item.setZValue(2 if current else 1)
                item.setData(0, n)
                self._scene.addItem(item)
                self.mark_items.append(item)

    def has_image(self) -> bool:
        return self._full_size is not None

    def image_width(self) -> int:
        """Width of the pixmap currently shown (preview or full) in its own pixels."""
        return self._item.pixmap().width()

    # -- zoom -------------------------------------------------------------------------------
    @property
    def is_fit(self) -> bool:
        return self._fit

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """Show the whole picture (never enlarged beyond 100 %)."""
        self._fit = True
        if self._full_size is None:
            return
        self.resetTransform()
        rect = self._scene.sceneRect()
        view = self.viewport().rect()
        factor = min(view.width() / rect.width(), view.height() / rect.height())
        if not self.upscale_fit:
            factor = min(factor, 1.0)
        self.scale(factor, factor)
        self.centerOn(rect.center())
        self._after_zoom()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (1.0 = one picture pixel per screen pixel)."""
        if self._full_size is None:
            return
        factor = max(MIN_SCALE, min(MAX_SCALE, factor))
        self._fit = False
        previous = self.transformationAnchor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        ratio = factor / self.scale_factor()
        self.scale(ratio, ratio)
        self.setTransformationAnchor(previous)
        self._after_zoom()

    def zoom_by(self, ratio: float, under_mouse: bool = False) -> None:
        self.set_zoom(self.scale_factor() * ratio, QPointF() if under_mouse else None)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def is_zoomed_in(self) -> bool:
        """True when part of the picture is outside the view (arrows then pan)."""
        if self._fit:
            return False
        return self.horizontalScrollBar().maximum() > 0 or self.verticalScrollBar().maximum() > 0

    def pan(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def _after_zoom(self) -> None:
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag
            if self.is_zoomed_in()
            else QGraphicsView.DragMode.NoDrag
        )
        self.zoomChanged.emit()
        self._emit_view()

    # -- synchronisation --------------------------------------------------------------------
    def centre_fraction(self) -> tuple[float, float]:
        if self._full_size is None:
            return 0.5, 0.5
        c = self.mapToScene(self.viewport().rect().center())
        return c.x() / self._full_size[0], c.y() / self._full_size[1]

    def apply_view(self, scale: float, cx: float, cy: float, fit: bool = False) -> None:
        """Mirror another view's state without echoing it back."""
        if self._full_size is None:
            return
        self._mirroring = True
        try:
            if fit:
                self.fit()
            else:
                self._fit = False
                self.resetTransform()
                self.scale(scale, scale)
                self.centerOn(cx * self._full_size[0], cy * self._full_size[1])
                self.setDragMode(
                    QGraphicsView.DragMode.ScrollHandDrag
                    if self.is_zoomed_in()
                    else QGraphicsView.DragMode.NoDrag
                )
        finally:
            self._mirroring = False

    def _emit_view(self) -> None:
        if not self._mirroring and self._full_size is not None:
            self.viewChanged.emit(self.scale_factor(), *self.centre_fraction())

    # -- Qt overrides -----------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(STEP**steps, under_mouse=True)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()
