"""Consistent look for the app's small data tables, their columns fitted to the view.

Columns are sized to their contents (header and the rows in view) and share the view's
width: when everything fits, the ``stretch`` column takes the spare room; when it does not
(a 1366 px screen, French headers), the widest columns are cut to a common width first, the
``stretch`` column (the one that matters: a reason, a description) getting twice the others'
share, and no column narrower than its header. Cut texts end in "…" and show whole in their
tooltip. The columns are fitted again when the rows change or the view is resized; a column
the user drags keeps its width until then.

Keyboard: Tab and Shift+Tab leave a table for the dialog's next control and the arrow keys
move within it (:func:`tab_leaves`), and Space ticks or unticks the selected rows' check
box (:class:`SpaceChecks`), as in a list of check boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

FLOOR = 72  # no column is cut narrower than this (or its header, if narrower)
PADDING = 12  # room around a cell's text
# Up to this many rows, a column is fitted to its first rows as Qt reads them (1,000 and
# those in view); beyond, to the rows in view only: Qt's 1,000 rows of each column were
# ~1 s of the UI thread after each clock preview of a 200,000-item camera (and after the
# Assign dialog's 65,637 proposals), the dialog frozen while the user types.
WHOLE_FIT_ROWS = 1000
WRAP_ROWS = 200  # wrapped rows are measured one by one: longer lists stay one line each
STRETCH_WEIGHT = 2.0  # the stretch column's share of the room, against 1 for the others


def share_width(
    natural: Sequence[int], floors: Sequence[int], room: int, stretch: int | None
) -> list[int]:
    """Column widths within ``room`` pixels: ``natural`` when they fit (the spare room to
    ``stretch``), else every column cut to at most a common cap (``STRETCH_WEIGHT`` times
    it for ``stretch``) but never below its floor."""
    n = len(natural)
    if sum(natural) <= room:
        out = list(natural)
        if stretch is not None and 0 <= stretch < n:
            out[stretch] += room - sum(natural)
        return out
    weights = [STRETCH_WEIGHT if c == stretch else 1.0 for c in range(n)]

    def widths(cap: float) -> list[int]:
        return [min(natural[c], max(floors[c], int(cap * weights[c]))) for c in range(n)]

    low, high = 0.0, float(max(natural, default=0))
    for _step in range(30):  # the largest cap whose widths fit
        mid = (low + high) / 2
        if sum(widths(mid)) <= room:
            low = mid
        else:
            high = mid
    out = widths(low)
    spare = room - sum(out)
    cut = [c for c in range(n) if out[c] < natural[c]]
    if spare > 0 and cut:  # the rounding's few pixels to the column cut the most
        worst = max(cut, key=lambda c: natural[c] - out[c])
        out[worst] += min(spare, natural[worst] - out[worst])
    return out


class _ElidedTips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the column cuts it (unless the model
    gives a tooltip of its own)."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        text = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(text, str)
            and text
            and index.data(Qt.ItemDataRole.ToolTipRole) is None
            and option.fontMetrics.horizontalAdvance(text) + PADDING > option.rect.width()
        ):
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)


def tab_leaves(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab go to the next and previous control, not to the next cell.

    QTableView turns tab-key navigation on: Tab then walked the cells and never left the
    table, so the controls below it (a dialog's fields, its buttons) were out of the
    keyboard's reach. The arrow keys move between cells; while a cell is being edited,
    Tab still commits it and edits the next one (the delegate does that)."""
    view.setTabKeyNavigation(False)


class SpaceChecks(QObject):
    """Space (no modifier) ticks the check box of every selected row, or unticks them all
    when the current row's is ticked: the rows are selected whole, so Qt's own Space, which
    toggles only the current cell and only when it is the check box's, did nothing."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            return self.toggle()
        return False

    def _checkable(self, row: int) -> QModelIndex | None:
        model = self.view.model()
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                return index
        return None

    def toggle(self) -> bool:
        """Tick or untick the selected rows; False when none has a check box (Space then
        does what the view does with it)."""
        view, model = self.view, self.view.model()
        if model is None or view.selectionModel() is None:
            return False
        selection = view.selectionModel()
        rows = sorted({i.row() for i in selection.selectedIndexes()})
        current = view.currentIndex().row()
        if not rows and current >= 0:  # the current row (a dialog opens on one, unselected)
            rows = [current]
        boxes = [b for b in (self._checkable(r) for r in rows) if b is not None]
        if not boxes:
            return False
        if not selection.hasSelection():  # the row ticked shows selected, as Qt's Space does
            selection.select(
                view.currentIndex(),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        lead = (self._checkable(current) if current in rows else None) or boxes[0]
        ticked = lead.data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Checked, 2)
        state = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        for box in boxes:
            model.setData(box, state, Qt.ItemDataRole.CheckStateRole)
        return True


def keyboard(view: QAbstractItemView) -> QAbstractItemView:
    """A table's keys as a list's: Tab leaves it (:func:`tab_leaves`), Space ticks the
    selected rows (:class:`SpaceChecks`)."""
    tab_leaves(view)
    if view.findChild(SpaceChecks) is None:
        SpaceChecks(view)
    return view


class ColumnFit(QObject):
    """Keeps a table's columns fitted to its contents and width (see the module)."""

    def __init__(self, view: QTableView, stretch: int | None, wrap: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.wrap = wrap
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                signal.connect(self._timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def natural(self) -> list[int]:
        """Each column's width for its header and the rows in view, whole (and the first
        rows Qt reads, up to ``WHOLE_FIT_ROWS`` rows)."""
        view, header = self.view, self.view.horizontalHeader()
        count = header.count()
        model = view.model()
        many = model is not None and model.rowCount() > WHOLE_FIT_ROWS
        # the horizontal header's precision is the rows sizeHintForColumn reads: 0 the rows
        # in view, but every row of a hidden view (fit() skips those), hence the check here
        keep = header.resizeContentsPrecision()
        if many and view.isVisible():
            header.setResizeContentsPrecision(0)
        try:
            return [
                0
                if view.isColumnHidden(c)
                else max(header.sectionSizeHint(c), view.sizeHintForColumn(c) + PADDING)
                for c in range(count)
            ]
        finally:
            header.setResizeContentsPrecision(keep)

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        if not view.isVisible():
            # fitted when shown (the Show event): a closed dialog's 200,000-row table was
            # fitted after each late reset, ~1 s of the UI thread nobody saw
            return
        natural = self.natural()
        floors = [
            0 if w == 0 else min(w, max(header.sectionSizeHint(c), FLOOR))
            for c, w in enumerate(natural)
        ]
        room = view.viewport().width()
        if room <= 0 or not natural:
            return
        for c, width in enumerate(share_width(natural, floors, room, self.stretch)):
            if width and header.sectionSize(c) != width:
                header.resizeSection(c, width)
        model = view.model()
        if self.wrap and model is not None and model.rowCount() <= WRAP_ROWS:
            view.resizeRowsToContents()  # the stretch column's text wraps, whole


def tidy(
    view: QTableView,
    *,
    stretch: int | None = None,
    single: bool = False,
    wrap: bool = False,
) -> QTableView:
    """One line per row, no row numbers, alternating colours, whole-row selection, columns
    fitted to their contents within the view (:class:`ColumnFit`; call after setModel),
    the keys of a list (:func:`keyboard`).

    ``stretch``: the column that takes the spare width and most of the room when there is
    too little; ``single``: at most one row selected; ``wrap``: rows as tall as their text
    (a list of reasons to read, up to ``WRAP_ROWS`` rows; longer lists stay one line each).
    """
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    vh = view.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(24)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(_ElidedTips(view))
    view.setProperty("columnFit", True)  # for tests: fitted by ColumnFit
    keyboard(view)
    fitter = ColumnFit(view, stretch, wrap)
    fitter.fit()
    return view
