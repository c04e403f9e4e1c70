"""The Camera Clocks dialog's picture of the item to pin: large enough to read the time it
shows (a slide's clock, a watch in the photo), and enlarged in a window of its own on a
click when the dialog leaves it little room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from smparchive.gui.i18n import filled
from smparchive.gui.screen_fit import FittedDialog, preferred_size
from smparchive.gui.viewers.zoomview import ZoomView

MAX_W = 480  # wide enough to read a slide's clock
SHARE = 0.3  # of the width beside it, at most: the items' table keeps its times whole
ASPECT = 3 / 2  # a photo's shape until its picture comes


class PinPicture(QLabel):
    """The chosen item's best cached picture (its preview, else its thumbnail), as tall as
    the room beside the items' table and up to ``MAX_W`` wide; a click shows it larger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPicture")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # its height is the room it is given (the lanes keep theirs); its width follows
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.image: QImage | None = None
        self.name = ""
        self.enlarged: Enlarged | None = None  # the larger view a click opened
        self.fit()

    def show_image(self, image: QImage | None, name: str) -> None:
        """Show ``image`` (None: nothing yet) of the item ``name``."""
        self.image = image if image is not None and not image.isNull() else None
        self.name = name
        self.setToolTip(filled(self.tr("%1: click to enlarge"), name) if name else "")
        self.fit()
        self._scale()

    def _aspect(self) -> float:
        if self.image is None:
            return ASPECT
        return self.image.width() / max(1, self.image.height())

    def fit(self) -> None:
        """As wide as its picture at its height, within ``MAX_W`` and ``SHARE`` of the room
        its parent has (called as that changes)."""
        parent = self.parentWidget()
        room = parent.width() * SHARE if parent is not None else MAX_W
        width = min(MAX_W, int(room), round(max(self.height(), 1) * self._aspect()))
        if width != self.width() or self.minimumWidth() != width:
            self.setFixedWidth(width)

    def _scale(self) -> None:
        if self.image is None:
            self.clear()
            return
        self.setPixmap(
            QPixmap.fromImage(self.image).scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.fit()  # only its width: the height is the layout's
        self._scale()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.image is not None:
            self.enlarged = Enlarged(self.image, self.name, self.window())
            self.enlarged.show()
        super().mouseReleaseEvent(event)


class Enlarged(FittedDialog):
    """The picture in a window of its own, fitted to it (the wheel zooms in)."""

    def __init__(self, image: QImage, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPictureEnlarged")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(name)
        self.view = ZoomView(self)
        QVBoxLayout(self).addWidget(self.view)
        self.resize(preferred_size(self, image.width() + 40, image.height() + 40))
        self.view.set_image(image)
