"""What every item viewer offers the viewer window: show a record, report changes, release."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from smparchive.core.catalog.records import ItemRecord
from smparchive.gui import edit_names, problem_texts
from smparchive.gui.i18n import filled, translate

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.tasks import TaskScope

log = logging.getLogger(__name__)

RATING_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(6)}
FLAG_KEYS = {Qt.Key.Key_P: 1, Qt.Key.Key_X: -1, Qt.Key.Key_U: 0}


def edit_label(values: dict[str, Any]) -> str:
    """The undo stack's name for a viewer edit: "Rate 4", "Pick", "Set in point"... (the
    Edit menu names the in or out point set, "Undo Set out point", not both)."""
    return edit_names.set_values(values) or edit_names.named(edit_names.Step.IN_VIEWER)


class ItemViewer(QWidget):
    """Base of the loupe, player and deck viewer.

    Writes go through the app's ``OpRunner`` (off the UI thread, onto the undo stack, out as
    its ``changes`` signal); the viewer shows the new values at once. ``navigate(delta)``
    asks the host for another item; ``recordChanged(ItemRecord)`` after the shown record
    changed (an edit here, or one elsewhere announced by the op runner).
    """

    navigate = Signal(int)
    recordChanged = Signal(object)
    # Plain keys this viewer keeps even where the main window binds them (Space plays a
    # video or turns a page instead of leaving the loupe).
    own_keys: frozenset[Qt.Key] = frozenset()

    def __init__(
        self, catalog: Catalog, tasks: TaskScope, ops: OpRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.tasks = tasks
        self.ops = ops
        self.record: ItemRecord | None = None
        self._session_titles: dict[int, str | None] = {}  # see session_titles()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_item(self, record: ItemRecord, neighbours: list[ItemRecord] | None = None) -> None:
        """Show ``record``; ``neighbours`` are the items likely shown next (prefetch hints)."""
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not event.modifiers()
            and Qt.Key(event.key()) in self.own_keys
        ):
            event.accept()  # delivered as a key press, not to the window's shortcut
            return True
        return super().event(event)

    def session_titles(self, record: ItemRecord, then: Callable[[], None]) -> dict[int, str | None]:
        """The session titles read so far for the info overlay; ``record``'s, when not read
        yet, is read on a worker (on the UI thread each item shown waited for the server)
        and ``then()`` called once it is in (the overlay shows it if still wanted)."""
        titles = self._session_titles
        sid = record.session_id
        if sid is None or sid in titles:
            return titles
        titles[sid] = None  # asked once, shown without a title until it comes
        from smparchive.gui.viewers.info import session_title

        catalog = self.catalog

        def arrived(title: str | None) -> None:
            titles[sid] = title
            then()

        self.tasks.submit(lambda: session_title(catalog, sid), arrived)
        return titles

    def pictures_renewed(self, keys: Collection[str]) -> None:
        """These pictures (``thumbcache.picture_key``) were made again: a viewer showing one
        reads it again (the player's poster; a photo's pictures never change)."""

    def update_record(self, record: ItemRecord) -> None:
        """The shown item changed in the catalogue (rating, flag...): refresh the texts only."""
        self.record = record
        self.recordChanged.emit(record)

    def set_position(self, index: int, count: int) -> None:
        """Where the shown item is among the window's items (viewers that show it override)."""

    def leave(self) -> None:
        """The window shows another kind of item: stop playback, keep resources for later."""

    def release(self) -> None:
        """Free native resources (players, open documents) before the widget goes away."""
        self.tasks.close()

    # -- catalogue writes -------------------------------------------------------------------
    def set_fields(self, **values: Any) -> bool:
        """Write fields of the current item through the op runner; shown at once.

        False when there is no item. A failed write puts the old values back and says why.
        """
        if self.record is None:
            return False
        before = self.record
        self.update_record(dataclasses.replace(before, **values))

        def failed(exc: BaseException) -> None:
            log.warning("cannot set %s: %s", values, exc)
            if self.record is not None and self.record.id == before.id:
                self.update_record(before)
            self.show_notice(
                problem_texts.composed(
                    translate("viewers", "Not saved: %1"), problem_texts.error_text(exc)
                )
            )

        self.ops.set_fields([before.id], edit_label(values), on_error=failed, **values)
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

    def __init__(
        self, catalog: Catalog, tasks: TaskScope, ops: OpRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(catalog, tasks, ops, parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def show_item(self, record: ItemRecord, neighbours: list[ItemRecord] | None = None) -> None:
        self.record = record
        self.label.setText(
            filled(
                translate(
                    "viewers",
                    "%1\n\nThis kind of file (%2) has no viewer here; "
                    "open it with another program.",
                ),
                record.name,
                record.format or record.kind,
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_rating_key(event):
            super().keyPressEvent(event)


class WhileReading:
    """Keys and edits that came while a viewer's records were being read (on a worker),
    replayed in the order they came once it shows them: a Tab then a 3 pressed during the
    read rate the second photo, as they would have a moment later, and none is lost."""

    def __init__(self) -> None:
        self.reading = False
        self._waiting: list[tuple[str, Any]] = []

    def key(self, event: QKeyEvent) -> None:
        """Keep a copy of ``event`` (Qt reuses the event object once the handler returns)."""
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        self._waiting.append(("key", copy))

    def edit(self, values: dict[str, Any]) -> None:
        self._waiting.append(("edit", dict(values)))

    def replay(
        self, press: Callable[[QKeyEvent], None], edit: Callable[[dict[str, Any]], None]
    ) -> None:
        """The records are in: each waiting key to ``press``, each edit to ``edit``."""
        self.reading = False
        waiting, self._waiting = self._waiting, []
        for kind, what in waiting:
            press(what) if kind == "key" else edit(what)


class RecordsOnArrival:
    """Compare's and Survey's opening on ``ids``: the records the grid holds (``cached``)
    shown at once, the others read on a worker (a server round trip on the UI thread froze
    the window, for the server's timeout when it was away): "Loading…" until they come,
    never a blank or the items shown before; keys pressed meanwhile wait for them."""

    tasks: TaskScope
    _grid: QGridLayout
    _note: QLabel | None
    _while_reading: WhileReading

    def _show(self, records: list[ItemRecord]) -> None:  # pragma: no cover - each view's
        raise NotImplementedError

    def _open_on(
        self,
        catalog: Catalog,
        wanted: list[int],
        cached: Callable[[int], ItemRecord | None] | None,
    ) -> None:
        known = {i: r for i in wanted if cached is not None and (r := cached(i)) is not None}
        missing = [i for i in wanted if i not in known]
        if not missing:  # the grid holds them: shown at once
            self._show([known[i] for i in wanted])
            return
        self._say(translate("viewers", "Loading…"))
        self._while_reading.reading = True

        def arrived(records: list[ItemRecord]) -> None:
            known.update({r.id: r for r in records})
            self._show([known[i] for i in wanted if i in known])

        def failed(exc: BaseException) -> None:
            self._while_reading.replay(lambda _e: None, lambda _v: None)  # nothing to act on
            self._say(problem_texts.error_text(exc))

        self.tasks.submit(lambda: catalog.items(missing), arrived, failed)

    @property
    def reading(self) -> bool:
        """The records are being read: edits wait for them (see :meth:`defer`)."""
        return self._while_reading.reading

    def defer(self, values: dict[str, Any]) -> None:
        """A rating or flag key pressed while the records are read: applied to the active
        photo once they show."""
        self._while_reading.edit(values)

    def _say(self, text: str) -> None:
        """A line in the middle of the view instead of the photos."""
        if self._note is None:
            self._note = QLabel(cast(QWidget, self))
            self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(self._note, 0, 0)
        self._note.setText(text)
