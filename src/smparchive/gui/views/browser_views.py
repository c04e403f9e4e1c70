"""The two browser views over the item models: a thumbnail grid and a details table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from smparchive.core.fields import Field
from smparchive.gui import field_views
from smparchive.gui.views.delegate import ThumbnailDelegate
from smparchive.gui.views.tables import tab_leaves
from smparchive.gui.views.uniform_grid import UniformGrid


def is_open_key(event: QKeyEvent) -> bool:
    """Space or Enter (without modifiers) opens the viewer on the current item."""
    plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
    return plain and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` current and the only selection of ``view``, and scroll to it."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)


class GridView(UniformGrid):
    """A wrapping grid of equal cells laid out by arithmetic (see ``uniform_grid.py``):
    showing, End, Ctrl+End and PageDown cost the same at 100 or 1,000,000 rows.

    ``visible_rows_changed(first, last)`` fires (debounced) after scrolling or resizing so
    the thumbnail loader can drop requests for rows no longer on screen.
    """

    open_requested = Signal()
    visible_rows_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, wrapping=True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Always there: a scroll bar that comes and goes changes the viewport's width, and
        # with it the number of columns (4 <-> 3 after a search, a scroll or the loupe).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegate = ThumbnailDelegate(parent=self)
        self.setItemDelegate(self.delegate)
        self.set_thumb_size(180)
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(60)
        self._visible_timer.timeout.connect(self._emit_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._visible_timer.start())
        self.doubleClicked.connect(lambda _i: self.open_requested.emit())

    def selectAll(self) -> None:
        """Every row as one range (Qt's own walks every row looking for hidden ones: two
        model calls per row, seconds at a million items); the grid hides none."""
        model, sel = self.model(), self.selectionModel()
        rows = model.rowCount() if model is not None else 0
        if (
            rows
            and sel is not None
            and self.selectionMode()
            in (
                QAbstractItemView.SelectionMode.ExtendedSelection,
                QAbstractItemView.SelectionMode.MultiSelection,
            )
        ):
            flags = QItemSelectionModel.SelectionFlag
            found = QItemSelection(model.index(0, 0), model.index(rows - 1, 0))
            sel.select(found, flags.ClearAndSelect | flags.Rows)

    def set_thumb_size(self, size: int) -> None:
        self.delegate.thumb_size = size
        cell = self.delegate.cell_size()
        self.setGridSize(cell)
        self.setIconSize(QSize(size, size))
        self._fit_columns()
        self.scheduleDelayedItemsLayout()

    def visible_rows(self) -> tuple[int, int]:
        """First and last row on screen (-1, -1 when empty)."""
        first, last = self.visible_span()
        return (first, last) if last >= first else (-1, -1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_open_key(event):  # Space/Enter opens, as in the other result view
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def select_row(self, row: int) -> None:
        select_row(self, row)

    def _emit_visible(self) -> None:
        self.visible_rows_changed.emit(*self.visible_rows())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._visible_timer.start()

    def _fit_columns(self) -> None:
        """Cells that fill the view's width, as Lightroom's grid does: as many columns as
        cells of the chosen size nearly fit (rounded), each as wide as the width shared
        among them, and as much taller as wider, so the pictures grow or shrink with the
        cells and no wide gap is left between them."""
        cell = self.delegate.cell_size()
        width = self.viewport().width() - 2
        columns = max(1, (2 * width + cell.width()) // (2 * cell.width()))
        wide = max(1, width // columns)
        fitted = QSize(wide, cell.height() + wide - cell.width())
        if fitted != self.gridSize():
            self.setGridSize(fitted)


# Opening widths by field; a column is widened to show its name and every text of its
# vocabulary whole in the interface's language (field_views.cell_samples).
OPENING_WIDTHS = {
    "name": 220,
    "capture_utc": 175,
    "kind": 70,
    "rating": 70,
    "flag": 70,
    "color_label": 70,
    "session_id": 220,
    "camera_model": 140,
    "dimensions": 100,
}


class DetailsView(QTableView):
    """The sortable details table (sorting is done by the catalogue)."""

    open_requested = Signal()
    PADDING = 16  # a cell's margins (the style's, both sides) and a little air

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_leaves(self)  # Tab goes on to the inspector, not to the next cell
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        self._arrow = (-1, Qt.SortOrder.AscendingOrder)  # where show_sort put the arrow
        header.sectionClicked.connect(self._header_clicked)
        self.doubleClicked.connect(lambda _i: self.open_requested.emit())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        for col, f in enumerate(getattr(model, "columns", ())):
            self.setColumnWidth(col, self.opening_width(f))

    def opening_width(self, f: Field) -> int:
        """How wide the field's column opens: its default, or its widest text."""
        header = self.horizontalHeader()
        texts = self.fontMetrics()
        # the header also draws the sort arrow beside the name
        named = header.fontMetrics().horizontalAdvance(field_views.label(f)) + 2 * self.PADDING
        shown = max((texts.horizontalAdvance(s) for s in field_views.cell_samples(f)), default=0)
        default = OPENING_WIDTHS.get(f.name, header.defaultSectionSize())
        return max(default, named, shown + self.PADDING if shown else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_open_key(event):  # Space/Enter opens, as in the other result view
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def select_row(self, row: int) -> None:
        select_row(self, row)

    def show_sort(self, sort: str, descending: bool) -> None:
        """Put the header's arrow on the column the rows are sorted by (the catalogue's order
        in use: a search's, a collection's own), none when no column shows that order."""
        header = self.horizontalHeader()
        columns = getattr(self.model(), "columns", ())
        column = next((i for i, f in enumerate(columns) if f.sort == sort), -1)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)  # -1: no arrow
        self._arrow = (column, order)

    def _header_clicked(self, column: int) -> None:
        model = self.model()
        if model is None or not getattr(model, "sortable", lambda _c: False)(column):
            # Qt has moved the arrow to the clicked column already: put it back where the
            # rows' order is, or the header claims a sort (by consent) that did not happen
            self.horizontalHeader().setSortIndicator(*self._arrow)
            return
        header = self.horizontalHeader()
        model.sort(column, header.sortIndicatorOrder())
