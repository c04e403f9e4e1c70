"""The sidebar tree: sections with counts; items can be dropped on sessions, tags, collections."""

from __future__ import annotations

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from smparchive.gui import formatting as fmt
from smparchive.gui.models.roles import COUNT_ROLE
from smparchive.gui.models.sidebar_model import Node, SidebarModel

Index = QModelIndex | QPersistentModelIndex


class _CountDelegate(QStyledItemDelegate):
    """Draws the item count right-aligned in a muted colour; rows get some air.

    A label too long for the row takes two lines: session titles run long, and sessions
    of one programme often differ only at their end ("… in the Mediterranean", "… in West
    Africa"), which a cut at the right hid (whole only in the tooltip). Wrapping reads
    best: the whole title shows, its start and its end; a middle ellipsis would hide the
    middle, which may be what tells two titles apart. What even two lines cannot hold is
    cut in the middle, so its end still shows. Short rows keep one line.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._line: QSize | None = None  # a one-line row: every row asks, once computed

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if self._line is None:
            size = super().sizeHint(option, index)
            self._line = QSize(size.width(), size.height() + 6)
        line = self._line
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or option.fontMetrics.horizontalAdvance(text) <= self._room(option, index):
            return line
        return QSize(line.width(), line.height() + option.fontMetrics.lineSpacing())

    def _room(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The width a row's label has: the column less the row's indentation, its icon,
        the style's margins and its count."""
        depth = 1  # the root's decoration (sections open and close)
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        count = index.data(COUNT_ROLE)
        count_width = (
            option.fontMetrics.horizontalAdvance(fmt.number(count)) + 12 if count is not None else 0
        )
        icon = self.view.iconSize().width() if self.view.iconSize().isValid() else 16
        margins = 4 * (
            QApplication.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        )
        width = self.view.viewport().width()
        return width - depth * self.view.indentation() - icon - margins - count_width

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(COUNT_ROLE)
        if count is None:
            opt = QStyleOptionViewItem(option)
            self._fit(opt)
            super().paint(painter, opt, index)
            return
        # One style option for the row, asked of the model once: the row's panel
        # (selection, hover) spans the whole row, count included; the icon and label are
        # drawn left of the count. (Asking twice, as super().paint does again, was half
        # of a sidebar's repaint: ~13 model calls a row.)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = fmt.number(count)
        width = opt.fontMetrics.horizontalAdvance(text) + 12
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        row = QRect(opt.rect)
        opt.rect = row.adjusted(0, 0, -width, 0)
        self._fit(opt)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(opt.palette.color(role))
        r = QRect(row.right() - width, row.top(), width - 6, row.height())
        painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def _fit(self, opt: QStyleOptionViewItem) -> None:
        """A two-line row wraps its label. One longer than two lines shows its start on
        the first and its end on the second, the middle left out ("09:30 Policy roundtable:
        Skills" / "…partnerships in West Africa"): Qt cut a wrapped label's last line at its
        right ("… partnerships in West …"), the end that tells two titles apart."""
        opt.textElideMode = Qt.TextElideMode.ElideMiddle
        if self._line is None or opt.rect.height() <= self._line.height():
            return
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        fm = opt.fontMetrics
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # the label's own rectangle, less a margin for the rounding of its layout
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).width()
        room -= fm.averageCharWidth()
        text = opt.text
        if room <= 0 or fm.horizontalAdvance(text) <= 2 * room - 8 * fm.averageCharWidth():
            return  # two lines hold it (with what breaking between words leaves unused)
        first, second = two_lines(text, room, fm)
        # Qt breaks a label at a line separator (U+2028), not at a newline
        opt.text = f"{first}\u2028{second}"
        opt.textElideMode = Qt.TextElideMode.ElideRight  # (each line fits: nothing more cut)


# moves that go up the rows (Home and the others go down): where an empty header is passed over
_UPWARD = frozenset(
    {
        QAbstractItemView.CursorAction.MoveUp,
        QAbstractItemView.CursorAction.MovePageUp,
        QAbstractItemView.CursorAction.MoveEnd,
        QAbstractItemView.CursorAction.MovePrevious,
    }
)


def two_lines(text: str, room: int, fm: QFontMetrics) -> tuple[str, str]:
    """``text`` too long for two lines of ``room`` pixels: its start, cut after a word, and
    its end, from a word's start ("…partnerships in West Africa" cut inside a word read
    "…s pour la mobilité", a fragment that is no word)."""
    first = fm.elidedText(text, Qt.TextElideMode.ElideRight, room).removesuffix("…")
    if " " in first.rstrip():
        first = first.rstrip()[: first.rstrip().rfind(" ")]  # at a word's end
    rest = text[len(first) :].strip()
    second = fm.elidedText(rest, Qt.TextElideMode.ElideLeft, room)
    if second != rest and second.startswith("…"):
        kept = second[1:]
        start = len(rest) - len(kept)
        if start > 0 and not rest[start - 1].isspace() and " " in kept.strip():
            kept = kept[kept.index(" ") :]  # from the next word's start
        second = "…" + kept.lstrip()
    return first, second


class SidebarView(QTreeView):
    """Emits ``node_chosen`` when the user picks a row (keyboard or mouse)."""

    node_chosen = Signal(object)  # Node
    menu_requested = Signal(object, QPoint)  # Node under the mouse, global position
    # Enter: the keyboard goes on to the results of the row chosen; Space (True): and the
    # loupe opens on them, as Space does in the grid
    results_requested = Signal(bool)
    # F2 and Delete on a keyword or a person (the Node): rename it, delete it from every item
    rename_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, model: SidebarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = model
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setItemDelegate(_CountDelegate(self))
        # a long title takes two lines (see _CountDelegate); every other row asks for the
        # one-line size computed once, so the rows' heights cost little
        self.setUniformRowHeights(False)
        self.setAnimated(True)
        self.setIndentation(14)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(220)
        self._typed = QElapsedTimer()  # since the last letter typed to find a row
        self._expanded: set[str] = {
            "sec:library",
            "sec:programme",
            "sec:collections",
            "sec:problems",
        }
        self._current_key = "all"
        self._seen: set[str] = set()
        self.expanded.connect(lambda i: self._track(i, True))
        self.collapsed.connect(lambda i: self._track(i, False))
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # which titles need two lines changed

    def _menu(self, pos: QPoint) -> None:
        n = self.sidebar.node(self.indexAt(pos))
        if n is not None and not n.is_section:
            self.menu_requested.emit(n, self.viewport().mapToGlobal(pos))

    def current_key(self) -> str:
        """Key of the row the browser shows."""
        return self._current_key

    def _track(self, index: QModelIndex, expanded: bool) -> None:
        n = self.sidebar.node(index)
        if n is not None:
            (self._expanded.add if expanded else self._expanded.discard)(n.key)

    def _remember(self) -> None:
        n = self.sidebar.node(self.currentIndex())
        if n is not None:
            self._current_key = n.key

    def _restore(self) -> None:
        for key in self._expanded:
            idx = self.sidebar.index_of(key)
            if idx.isValid():
                self.setExpanded(idx, True)
        for section in self.sidebar.sections:  # programme days open the first time
            if section.key != "sec:programme":
                continue
            for day in section.children:
                if day.key not in self._seen:
                    self._seen.add(day.key)
                    self._expanded.add(day.key)
                if day.key in self._expanded:
                    self.setExpanded(self.sidebar.index_of(day.key), True)
        idx = self.sidebar.index_of(self._current_key)
        if idx.isValid():
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(idx)
            self.selectionModel().blockSignals(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # over a view that is no row (a scan's items) no row was current: Ctrl+L gave the
        # keys to the sidebar with nothing marked. The row last chosen is marked, neither
        # selected nor chosen (the view stays), and the arrows go on from it.
        if not self.currentIndex().isValid():
            idx = self.sidebar.index_of(self._current_key)
            model = self.selectionModel()
            model.blockSignals(True)
            model.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)
            model.blockSignals(False)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space and self._finding():
            # a space inside a row's name typed to find it ('No session', 'Sans séance'):
            # it opened the loupe on the row found so far, and the next letters went to it
            self.keyboardSearch(" ")
            self._typed.start()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.results_requested.emit(key == Qt.Key.Key_Space)
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Delete) and self._current_tag() is not None:
            signal = self.rename_requested if key == Qt.Key.Key_F2 else self.delete_requested
            signal.emit(self._current_tag())
        else:
            if event.text().isprintable() and event.text().strip():
                self._typed.start()  # a letter: Qt finds the row whose name starts so
            super().keyPressEvent(event)

    def _finding(self) -> bool:
        """Letters are being typed to find a row (Qt's own pause between them)."""
        pause = QApplication.keyboardInputInterval()
        return self._typed.isValid() and not self._typed.hasExpired(pause)

    def _current_tag(self) -> Node | None:
        n = self.sidebar.node(self.currentIndex())
        return n if n is not None and n.drop is not None and n.drop[0] == "tag" else None

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # An empty section's header (Keywords, Smart collections with nothing under them)
        # can be neither chosen nor opened: arrowed onto, it left the grid on the previous
        # source with no row marked. The arrows pass over it, or stay where they are.
        idx = super().moveCursor(cursorAction, modifiers)
        step = self.indexAbove if cursorAction in _UPWARD else self.indexBelow
        while idx.isValid() and self._empty_header(idx):
            idx = step(idx)
        return idx if idx.isValid() else self.currentIndex()

    def selectionCommand(
        self, index: Index, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        # on a header the row the grid shows stays marked (the header only opens or closes)
        n = self.sidebar.node(index)
        if n is not None and n.filter is None:
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def _empty_header(self, index: QModelIndex) -> bool:
        n = self.sidebar.node(index)
        return n is not None and n.filter is None and not n.children

    def select_key(self, key: str) -> None:
        idx = self.sidebar.index_of(key)
        if idx.isValid():
            self.setCurrentIndex(idx)

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        n: Node | None = self.sidebar.node(current)
        if n is not None and n.filter is not None:
            self._current_key = n.key
            self.node_chosen.emit(n)
