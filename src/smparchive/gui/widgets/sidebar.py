"""The sidebar tree: sections with counts; items can be dropped on sessions, tags, collections."""

from __future__ import annotations

from PySide6.QtCore import (
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
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
    """Draws the item count right-aligned in a muted colour; rows get some air."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(COUNT_ROLE)
        if count is None:
            super().paint(painter, option, index)
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
        self.setUniformRowHeights(True)
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
