"""Which items each mode shows, and the way back: the rules of Grid/Loupe/Compare/Survey.

- Loupe (E, Space, Enter) walks the selection when several items are selected, else the
  whole view from the current item; the grid's current item follows it.
- Compare (C) shows the first two to four selected photos; Survey (N) every selected item.
- Esc (or Space or E in the loupe) returns to the grid or the details table, whichever was
  shown, with the selection as it was; G (Ctrl+1) to the grid, Ctrl+2 to the details.
  In full screen Esc first leaves full screen. F toggles full screen with the photo alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

from smparchive.core.vocab import Kind
from smparchive.gui.i18n import translate
from smparchive.gui.models.item_store import ItemStore
from smparchive.gui.selection import Selection
from smparchive.gui.workspace import Workspace

if TYPE_CHECKING:
    from smparchive.gui.viewers.walk import Walk

COMPARE_CANDIDATES = 2000  # selected items Compare looks for photos among (not a million)


class ModeController(QObject):
    """Switches the workspace's modes from the selection; keeps the grid in step."""

    def __init__(
        self,
        workspace: Workspace,
        selection: Selection,
        store: ItemStore,
        view: Callable[[], QAbstractItemView],
        window: QMainWindow,
        panels: Callable[[], list[QWidget]],
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.selection = selection
        self.store = store
        self.view = view
        self.window = window
        self.panels = panels  # hidden in full screen: the photo alone
        self.notify = notify
        self._hidden: list[QWidget] = []
        workspace.escape.connect(self.escape)
        workspace.loupe_requested.connect(self.loupe)
        workspace.shown.connect(self._follow)
        workspace.filmstrip_chosen.connect(self._filmstrip)

    @property
    def mode(self) -> str:
        return self.workspace.mode

    def set_mode(self, mode: str) -> bool:
        """Switch to ``mode``; False (with a message saying why) when it cannot show."""
        if mode == "grid":
            self.back_to_grid()
            return True
        if mode == "loupe":
            return self.loupe()
        if mode == "compare":
            # the photos among the first selected items (Compare shows up to four, and says
            # so when more are selected)
            records = self.selection.records(limit=COMPARE_CANDIDATES)
            photos = [r.id for r in records if r.kind == Kind.PHOTO]
            if self.workspace.show_compare(photos, selected=self.selection.count()):
                return True
            self.notify(translate("Workspace", "Select two to four photos to compare them."))
            return False
        if mode == "survey":
            if self.workspace.show_survey(self.selection.ids()):
                return True
            self.notify(translate("Workspace", "Select two or more items to survey them."))
            return False
        raise ValueError(f"unknown mode {mode!r}")

    def loupe(self, start_id: int | None = None) -> bool:
        """The loupe over the selection (several selected) or the view, at ``start_id``
        (default: the item the mode shows, else the grid's current item)."""
        if start_id is None:
            start_id = self.workspace.current_id() or self.selection.current_id()
        selected = self.selection.ids()
        if len(selected) >= 2:
            index = selected.index(start_id) if start_id in selected else 0
            self.workspace.show_loupe(selected, index, through_selection=True)
            return True
        if not len(self.store):
            return False
        row = self.store.row_of(start_id) if start_id is not None else None
        index = row if row is not None else max(0, self.selection.current_row())
        self.loupe_over_view(index)
        return True

    def loupe_over_view(self, row: int) -> None:
        """The loupe over every item of the view at ``row``, at once: a held result's id
        list, or the rows of a windowed one (a million items) read page by page as the loupe
        steps, never every id first."""
        self.workspace.show_loupe(self._view_walk(), row, through_selection=False)

    def _view_walk(self) -> Sequence[int] | Walk:
        if self.store.complete:
            return self.store.ids
        from smparchive.gui.viewers.walk import StoreRows

        return StoreRows(self.store)

    def toggle_loupe(self) -> None:
        """Space, E, Enter: into the loupe, and from the loupe back to the grid."""
        if self.mode == "loupe":
            self.back_to_grid()
        else:
            self.loupe()

    def back_to_grid(self) -> None:
        self.workspace.show_grid()
        view = self.view()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if view.currentIndex().isValid():
            view.scrollTo(view.currentIndex())

    def escape(self) -> None:
        if self.window.isFullScreen():
            self.toggle_full_screen()
        else:
            self.back_to_grid()

    def toggle_full_screen(self) -> None:
        """The window full screen with the panels hidden, and back as it was."""
        if self.window.isFullScreen():
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            self.window.showNormal()
            return
        self._hidden = [w for w in self.panels() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.window.showFullScreen()

    def follow_view(self) -> None:
        """The rows of the view changed (an edit under a filter): a loupe walking the view
        whose item left it shows the item the selection was handed on to, in the rows as
        they are now (it showed the item gone, "2 / 4" of a view of three); with no item
        left, the grid (its empty state says why). The keyboard stays where it was."""
        loupe = self.workspace.loupe
        if self.mode != "loupe" or loupe is None:
            return
        if self.workspace.through_selection:
            self.follow_selection()  # the items that left are out of the selection too
            return
        shown = loupe.current_id()
        row = self.store.row_of(shown) if shown is not None else None
        if row is not None:
            # it stays: its position and its neighbours are the view's as it is now (another
            # item leaving left "2 / 4" of a view of three, the arrows on the item gone)
            self.workspace.follow_loupe(self._view_walk(), row)
            return
        focus = QApplication.focusWidget()
        row = self.selection.current_row()
        if row >= 0 and len(self.store):
            self.loupe_over_view(row)
        else:
            self.back_to_grid()
        if focus is not None and not self.workspace.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow_selection(self) -> None:
        """The selection changed under a loupe walking it (another item selected or left
        out, an item gone from the view): it walks the selection as it is now, its "2 of 3
        selected" with it (it kept the count and the items it opened on). The item shown
        stays when still selected; one that left hands on to the next selected after it.
        Fewer than two selected: the loupe walks the view, as it would open now."""
        loupe = self.workspace.loupe
        if self.mode != "loupe" or loupe is None or not self.workspace.through_selection:
            return
        if self.selection.pending():
            return  # a large selection's ids being read: followed once they are in
        selected = self.selection.ids()
        walked = [loupe.ids.id_at(i) for i in range(len(loupe.ids))]
        if selected == walked:
            return
        shown = loupe.current_id()
        if len(selected) < 2:
            row = self.store.row_of(shown) if shown is not None else None
            if row is None:
                row = self.selection.current_row()
            if row >= 0 and len(self.store):
                self.loupe_over_view(row)
            else:
                self.back_to_grid()
            return
        if shown in selected:
            self.workspace.follow_loupe(selected, selected.index(shown))
            return
        # the shown item left: the next of the walk still selected (else the one before)
        chosen = set(selected)
        at = loupe.index
        after = [i for i in walked[at + 1 :] if i in chosen]
        before = [i for i in reversed(walked[:at]) if i in chosen]
        target = (after or before or selected)[0]
        self.workspace.show_loupe(selected, selected.index(target), through_selection=True)

    # -- keeping the grid in step -----------------------------------------------------------
    def _follow(self, item_id: int) -> None:
        """The loupe moved: the grid's current item follows (the selection stays when the
        loupe walks it; else the new item becomes the selection, as in the grid)."""
        row = self.store.row_of(item_id)
        loupe = self.workspace.loupe
        walks_view = loupe is not None and not self.workspace.through_selection
        if row is None and loupe is not None and walks_view and len(loupe.ids) == len(self.store):
            # the loupe walks the whole view: its position is the row (of a windowed result
            # whose page around it the grid does not hold)
            row = loupe.index if loupe.current_id() == item_id else None
        if row is None:
            return
        view = self.view()
        index = view.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        if self.workspace.through_selection:
            view.selectionModel().setCurrentIndex(index, flags.NoUpdate)
        else:
            view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        view.scrollTo(index)

    def _filmstrip(self, row: int) -> None:
        if not 0 <= row < len(self.store):
            return
        if self.mode == "loupe":
            self.loupe_over_view(row)
        else:
            item_id = self.store.id_at(row)
            self.workspace.filmstrip_pick(row, self.store.cached(item_id) if item_id else None)
