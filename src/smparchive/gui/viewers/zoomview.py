"""A picture view with fit, 100 %, wheel/key zoom and drag pan; its view state can be mirrored."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

MIN_SCALE, MAX_SCALE, STEP = 0.02, 16.0, 1.25


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
            return
        size = full_size or (image.width(), image.height())
        same_picture = self._full_size == size and not self._item.pixmap().isNull()
        centre = self.mapToScene(self.viewport().rect().center()) if same_picture else None
        self._full_size = size
        self._item.setPixmap(QPixmap.fromImage(image))
        self._item.setScale(size[0] / max(1, image.width()))
        self._scene.setSceneRect(QRectF(0, 0, size[0], size[1]))
        if self._fit or centre is None:
            self.fit()
        else:
            self.centerOn(centre)

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
