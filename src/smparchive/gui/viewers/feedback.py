"""Large, brief feedback over the photo after a rating, flag or label key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from smparchive.core.vocab import Flag
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import translate
from smparchive.gui.viewers.info import stars

SHOWN_MS = 900


def feedback_text(values: dict[str, Any]) -> tuple[str, str]:
    """(text, accent colour) for an edit: "★★★★☆", "✓ Picked", "✕ Rejected"..."""
    if "rating" in values:
        return stars(int(values["rating"])), "#f5c400"
    if "flag" in values:
        flag = int(values["flag"])
        if flag == Flag.PICK:
            return "✓ " + translate("viewers", "Picked"), "#30a46c"
        if flag == Flag.REJECT:
            return "✕ " + translate("viewers", "Rejected"), "#e5484d"
        return translate("viewers", "Unflagged"), "#d0d0d0"
    if "color_label" in values:
        colour = values["color_label"]
        if colour is None:
            return translate("viewers", "No label"), "#d0d0d0"
        return "● " + fmt.label_name(colour), fmt.LABEL_COLOURS.get(colour, "#d0d0d0")
    return "", "#d0d0d0"


class Feedback(QLabel):
    """A big rounded label centred over its parent for a moment."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("viewerFeedback")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_edit(self, values: dict[str, Any], over: QWidget | None = None) -> None:
        """Show what ``values`` did, centred over ``over`` (else the parent)."""
        text, colour = feedback_text(values)
        if not text:
            return
        self.setStyleSheet(
            f"QLabel#viewerFeedback {{ color:{colour}; background:rgba(0,0,0,185);"
            "border-radius:14px; padding:14px 28px; font-size:44px; font-weight:600; }"
        )
        self.setText(text)
        self.adjustSize()
        host = self.parentWidget()
        area = over if over is not None else host
        centre = area.mapTo(host, area.rect().center()) if area and host else None
        if centre is not None:
            self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
        self.show()
        self.raise_()
        self._timer.start()
