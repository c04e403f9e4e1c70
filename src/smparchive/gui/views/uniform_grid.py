"""A view of equal cells whose layout is arithmetic: O(1) for any number of rows.

QListView lays out a wrapping list row by row, asking the model about every row (two
Python calls per row through PySide): seconds for a million rows, in batches between
events, and until the last batch End made the last item current while the view scrolled
only as far as the rows laid out so far. Here every cell has the view's grid size, so
where row ``r`` is, which row is under a point and how tall the content is are a few
multiplications: the first screenful, End, Ctrl+End and PageDown land at once, and only
the visible cells are ever asked for (painting).

``wrapping=True``: cells flow left to right in as many columns as fit, scrolling
vertically (the browser grid). ``wrapping=False``: one row of cells scrolling
horizontally (the filmstrip under the loupe).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAccessible, QMouseEvent, QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyleOptionRubberBand,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Action = QAbstractItemView.CursorAction


class UniformGrid(QAbstractItemView):
    """Equal cells of :meth:`gridSize`, laid out by arithmetic (see the module)."""

    def __init__(self, parent: QWidget | None = None, *, wrapping: bool = True) -> None:
        super().__init__(parent)
        self._wrapping = wrapping
        self._grid = QSize(100, 100)
        self._band_origin: QPoint | None = None  # rubber band start, content coordinates
        self._band = QRect()  # in viewport coordinates, shown while dragging a selection
        self.selection_rect_visible = True
        self.mark_current = False  # paint the current cell framed even without focus

    # -- geometry ---------------------------------------------------------------------------
    def gridSize(self) -> QSize:
        return QSize(self._grid)

    def setGridSize(self, size: QSize) -> None:
        if size.width() < 1 or size.height() < 1 or size == self._grid:
            return
        self._grid = QSize(size)
        self.updateGeometries()
        self.viewport().update()

    def _count(self) -> int:
        model = self.model()
        return model.rowCount(self.rootIndex()) if model is not None else 0

    def columns(self) -> int:
        """Cells per line (all of them in one line when not wrapping)."""
        if not self._wrapping:
            return max(1, self._count())
        return max(1, self.viewport().width() // self._grid.width())

    def _lines(self) -> int:
        n = self._count()
        return (n + self.columns() - 1) // self.columns() if n else 0

    def _content_rect(self, row: int) -> QRect:
        """The cell of ``row`` in content coordinates (before scrolling)."""
        w, h = self._grid.width(), self._grid.height()
        if not self._wrapping:
            return QRect(row * w, 0, w, h)
        line, col = divmod(row, self.columns())
        return QRect(col * w, line * h, w, h)

    def _row_at(self, x: int, y: int) -> int:
        """The row under content point (x, y), -1 for none."""
        if x < 0 or y < 0:
            return -1
        w, h = self._grid.width(), self._grid.height()
        if self._wrapping:
            col, line = x // w, y // h
            if col >= self.columns():
                return -1
            row = line * self.columns() + col
        else:
            if y >= h:
                return -1
            row = x // w
        return row if row < self._count() else -1

    def horizontalOffset(self) -> int:
        return 0 if self._wrapping else self.horizontalScrollBar().value()

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value() if self._wrapping else 0

    def visualRect(self, index: Index) -> QRect:
        if not index.isValid() or index.parent() != self.rootIndex():
            return QRect()
        return self._content_rect(index.row()).translated(
            -self.horizontalOffset(), -self.verticalOffset()
        )

    def indexAt(self, point: QPoint) -> QModelIndex:
        row = self._row_at(point.x() + self.horizontalOffset(), point.y() + self.verticalOffset())
        model = self.model()
        if row < 0 or model is None:
            return QModelIndex()
        return model.index(row, 0, self.rootIndex())

    def isIndexHidden(self, index: Index) -> bool:
        return False

    def updateGeometries(self) -> None:
        """Scroll ranges from the row count alone (no row is asked about)."""
        vp = self.viewport().size()
        w, h = self._grid.width(), self._grid.height()
        if self._wrapping:
            bar = self.verticalScrollBar()
            bar.setRange(0, max(0, self._lines() * h - vp.height()))
            bar.setPageStep(max(1, vp.height()))
            bar.setSingleStep(max(1, h // 4))
            self.horizontalScrollBar().setRange(0, 0)
        else:
            bar = self.horizontalScrollBar()
            bar.setRange(0, max(0, self._count() * w - vp.width()))
            bar.setPageStep(max(1, vp.width()))
            bar.setSingleStep(max(1, w // 4))
            self.verticalScrollBar().setRange(0, 0)
        super().updateGeometries()

    def scrollTo(
        self,
        index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if not index.isValid():
            return
        rect = self._content_rect(index.row())
        Hint = QAbstractItemView.ScrollHint
        if self._wrapping:
            bar, start, size, span = (
                self.verticalScrollBar(),
                rect.top(),
                rect.height(),
                self.viewport().height(),
            )
        else:
            bar, start, size, span = (
                self.horizontalScrollBar(),
                rect.left(),
                rect.width(),
                self.viewport().width(),
            )
        value = bar.value()
        if hint == Hint.PositionAtTop:
            value = start
        elif hint == Hint.PositionAtBottom:
            value = start + size - span
        elif hint == Hint.PositionAtCenter:
            value = start + size // 2 - span // 2
        elif start < value:
            value = start
        elif start + size > value + span:
            value = start + size - span
        bar.setValue(max(bar.minimum(), min(bar.maximum(), value)))

    # -- keys -------------------------------------------------------------------------------
    def moveCursor(self, action: Action, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        n = self._count()
        model = self.model()
        if not n or model is None:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        cols = self.columns() if self._wrapping else 1
        if self._wrapping:
            page = max(1, self.viewport().height() // self._grid.height()) * cols
        else:
            page = max(1, self.viewport().width() // self._grid.width())
        if row < 0:
            row = 0 if action not in (Action.MoveEnd, Action.MovePageDown) else n - 1
        elif action == Action.MoveLeft or action == Action.MovePrevious:
            row -= 1
        elif action == Action.MoveRight or action == Action.MoveNext:
            row += 1
        elif action == Action.MoveUp:
            row = row - cols if row - cols >= 0 else row
        elif action == Action.MoveDown:
            if row + cols < n:
                row += cols
            elif row // cols < (n - 1) // cols:
                row = n - 1  # onto a shorter last line: its last cell
        elif action == Action.MoveHome:
            row = 0
        elif action == Action.MoveEnd:
            row = n - 1
        elif action == Action.MovePageUp:
            row -= page
        elif action == Action.MovePageDown:
            row += page
        row = max(0, min(n - 1, row))
        return model.index(row, 0, self.rootIndex())

    # -- selection --------------------------------------------------------------------------
    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        """The rows in reading order from the cell at the rectangle's top left to the one at
        its bottom right (a Shift+key or Shift+click span, a rubber band), as QListView's
        list mode selects: one range whatever its size."""
        model, sel = self.model(), self.selectionModel()
        if model is None or sel is None:
            return
        area = rect.normalized().translated(self.horizontalOffset(), self.verticalOffset())
        found = QItemSelection()
        a, b = self._nearest_row(area.topLeft()), self._nearest_row(area.bottomRight())
        if a >= 0 and b >= 0:
            first, last = min(a, b), max(a, b)
            found.select(model.index(first, 0, self.rootIndex()), model.index(last, 0))
        sel.select(found, command)

    def _nearest_row(self, at: QPoint) -> int:
        """The row of the cell at content point ``at``, clamped into the cells (-1: none)."""
        n = self._count()
        if not n:
            return -1
        w, h = self._grid.width(), self._grid.height()
        if self._wrapping:
            cols = self.columns()
            col = max(0, min(cols - 1, at.x() // w))
            line = max(0, min(self._lines() - 1, at.y() // h))
            return min(n - 1, line * cols + col)
        return max(0, min(n - 1, at.x() // w))

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        """The viewport: measuring every selected row would be O(selection)."""
        return QRegion(self.viewport().rect())

    # -- painting ---------------------------------------------------------------------------
    def visible_span(self) -> tuple[int, int]:
        """First and last row with a cell on screen ((0, -1) when none)."""
        n = self._count()
        if not n:
            return 0, -1
        vp = self.viewport().rect()
        w, h = self._grid.width(), self._grid.height()
        if self._wrapping:
            cols = self.columns()
            top = self.verticalOffset()
            first = (top // h) * cols
            last = ((top + vp.height() - 1) // h + 1) * cols - 1
        else:
            left = self.horizontalOffset()
            first, last = left // w, (left + vp.width() - 1) // w
        return first, min(n - 1, last)

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if model is None:
            return
        painter = QPainter(self.viewport())
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        sel = self.selectionModel()
        current = self.currentIndex()
        focus = current.isValid() and (
            self.mark_current or self.hasFocus() or self.viewport().hasFocus()
        )
        enabled = self.isEnabled()
        active = self.isActiveWindow()
        first, last = self.visible_span()
        delegate = self.itemDelegate()
        for row in range(first, last + 1):
            index = model.index(row, 0, self.rootIndex())
            rect = self.visualRect(index)
            if not rect.intersects(event.rect()):
                continue
            opt = QStyleOptionViewItem(option)
            opt.rect = rect
            state = opt.state
            if enabled:
                state |= QStyle.StateFlag.State_Enabled
            if active:
                state |= QStyle.StateFlag.State_Active
            if sel is not None and sel.isSelected(index):
                state |= QStyle.StateFlag.State_Selected
            if focus and index == current:
                state |= QStyle.StateFlag.State_HasFocus
            opt.state = state
            delegate.paint(painter, opt, index)
        if (
            self.selection_rect_visible
            and not self._band.isNull()
            and self.state() == QAbstractItemView.State.DragSelectingState
        ):
            band = QStyleOptionRubberBand()
            band.initFrom(self)
            band.shape = band.shape.Rectangle
            band.opaque = False
            band.rect = self._band.normalized()
            painter.save()
            self.style().drawControl(QStyle.ControlElement.CE_RubberBand, band, painter)
            painter.restore()
        if self.state() == QAbstractItemView.State.DraggingState and self.showDropIndicator():
            self._paint_drop_indicator(painter)
        painter.end()

    def _paint_drop_indicator(self, painter: QPainter) -> None:
        at = self.viewport().mapFromGlobal(self.cursor().pos())
        index = self.indexAt(at)
        if not index.isValid():
            return
        rect = self.visualRect(index)
        x = rect.left() if at.x() < rect.center().x() else rect.right()
        painter.save()
        painter.setPen(self.palette().highlight().color())
        painter.drawLine(x, rect.top() + 2, x, rect.bottom() - 2)
        painter.drawLine(x + 1, rect.top() + 2, x + 1, rect.bottom() - 2)
        painter.restore()

    # -- mouse: the rubber band -------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._band_origin = QPoint(
            pos.x() + self.horizontalOffset(), pos.y() + self.verticalOffset()
        )
        self._band = QRect()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if (
            self._band_origin is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and self.state() == QAbstractItemView.State.DragSelectingState
        ):
            origin = self._band_origin - QPoint(self.horizontalOffset(), self.verticalOffset())
            self._band = QRect(origin, event.position().toPoint()).normalized()
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._band_origin = None
        if not self._band.isNull():
            self._band = QRect()
            self.viewport().update()

    # -- the model's data changed: repaint what is on screen of it ---------------------------
    def dataChanged(self, topLeft: Index, bottomRight: Index, roles: Sequence[int] = ()) -> None:
        """Repaint the cells of the changed rows that are on screen, found by arithmetic.

        Qt's own handler of a range asks :meth:`visualRect` for every row in it: a page of
        200 records arriving while scrolling made 200 calls into Python, each waiting for
        the interpreter behind the page readers (40-70 ms of the UI thread at a million
        items). A single cell, and anything while a screen reader listens (Qt tells it what
        changed), still goes through Qt."""
        first, last = topLeft.row(), bottomRight.row()
        if first == last or QAccessible.isActive() or not topLeft.isValid():
            super().dataChanged(topLeft, bottomRight, list(roles))
            return
        shown_first, shown_last = self.visible_span()
        first, last = max(first, shown_first), min(last, shown_last)
        if first > last or not self.isVisible():
            return  # none on screen: painted when scrolled to, from the model
        w, h = self._grid.width(), self._grid.height()
        if self._wrapping:
            cols = self.columns()
            top, bottom = first // cols, last // cols
            rect = QRect(0, top * h, cols * w, (bottom - top + 1) * h)
        else:
            rect = QRect(first * w, 0, (last - first + 1) * w, h)
        self.viewport().update(rect.translated(-self.horizontalOffset(), -self.verticalOffset()))

    # -- the model's rows changed: only the scroll range follows -----------------------------
    def rowsInserted(self, parent: Index, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        self.updateGeometries()
        self.viewport().update()

    def rowsAboutToBeRemoved(self, parent: Index, start: int, end: int) -> None:
        super().rowsAboutToBeRemoved(parent, start, end)
        self.viewport().update()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in (old.rowsRemoved, old.modelReset, old.layoutChanged):
                try:
                    signal.disconnect(self._relayout)
                except (RuntimeError, TypeError):
                    pass
        super().setModel(model)
        if model is not None:
            for signal in (model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self._relayout)
        self._relayout()

    def _relayout(self, *_args: object) -> None:
        self.updateGeometries()
        self.viewport().update()

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        self.updateGeometries()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometries()
