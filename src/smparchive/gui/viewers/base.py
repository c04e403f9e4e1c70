"""What every item viewer offers the viewer window: show a record, report changes, release."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smparchive.core.catalog.records import ItemRecord
from smparchive.gui.i18n import translate
from smparchive.gui.viewers.background import Runner

log = logging.getLogger(__name__)

RATING_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(6)}
FLAG_KEYS = {Qt.Key.Key_P: 1, Qt.Key.Key_X: -1, Qt.Key.Key_U: 0}


class ItemViewer(QWidget):
    """Base of the loupe, player and deck viewer.

    ``changed(OpResult)`` after a catalogue write (the main window refreshes and pushes undo);
    ``navigate(delta)`` asks the window for another item; ``recordChanged(ItemRecord)`` after
    the viewer re-read its item.
    """

    changed = Signal(object)
    navigate = Signal(int)
    recordChanged = Signal(object)
    thumbnailUpdated = Signal(int)

    def __init__(self, catalog: Any, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.runner = runner or Runner(self)
        self.record: ItemRecord | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_item(self, record: ItemRecord, neighbours: list[ItemRecord] | None = None) -> None:
        """Show ``record``; ``neighbours`` are the items likely shown next (prefetch hints)."""
        raise NotImplementedError

    def leave(self) -> None:
        """The window shows another kind of item: stop playback, keep resources for later."""

    def release(self) -> None:
        """Free native resources (players, open documents) before the widget goes away."""
        self.runner.close()

    # -- catalogue writes -------------------------------------------------------------------
    def set_fields(self, **values: Any) -> bool:
        """Write fields of the current item; emit ``changed``; False (logged) on failure."""
        if self.record is None:
            return False
        try:
            result = self.catalog.set_fields([self.record.id], **values)
            self.record = self.catalog.item(self.record.id)
        except Exception as exc:  # CatalogError (locked, read-only...), missing item
            log.warning("cannot set %s: %s", values, exc)
            self.show_notice(translate("viewers", "Not saved: %1").replace("%1", str(exc)))
            return False
        self.changed.emit(result)
        self.recordChanged.emit(self.record)
        return True

    def handle_rating_key(self, event: QKeyEvent) -> bool:
        """0-5 rate, P pick, X reject, U unflag (no modifiers). True when handled."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = Qt.Key(event.key())
        if key in RATING_KEYS:
            return self.set_fields(rating=RATING_KEYS[key]) or True
        if key in FLAG_KEYS:
            return self.set_fields(flag=FLAG_KEYS[key]) or True
        return False

    def show_notice(self, text: str) -> None:
        """A short message for the user (subclasses show it in their status line)."""
        log.info("%s", text)


class MessageViewer(ItemViewer):
    """Shown for kinds without a viewer: says so instead of showing nothing."""

    def __init__(self, catalog: Any, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(catalog, runner, parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def show_item(self, record: ItemRecord, neighbours: list[ItemRecord] | None = None) -> None:
        self.record = record
        self.label.setText(
            translate(
                "viewers",
                "%1\n\nThis kind of file (%2) has no viewer here; open it with another program.",
            )
            .replace("%1", record.name)
            .replace("%2", record.format or record.kind)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_rating_key(event):
            super().keyPressEvent(event)
