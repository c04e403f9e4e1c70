"""A layout that wraps its widgets like words (tag chips, a player's controls)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left-to-right, wrapping to the next line when full.

    ``right_from``: the items from this index on sit at the right end of their line (a
    row of controls with its tools on the right, as a box layout's stretch would put
    them). Hidden widgets take no room; an item wider than the line gets the line's width.
    Its minimum width is its widest item's: a row of controls never makes its window
    wider, it takes another line.
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 4, right_from: int | None = None
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.right_from = right_from
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        """Remove and delete every widget."""
        while self._items:
            item = self._items.pop()
            w = item.widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        inner = QRect(0, 0, width - m.left() - m.right(), 0)
        return self._do_layout(inner, test=True) + m.top() + m.bottom()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        m = self.contentsMargins()
        self._do_layout(rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom()), test=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, test: bool) -> int:
        """Places the items in ``rect`` (unless ``test``); the height they take."""
        gap = self.spacing()
        width = max(1, rect.width())
        shown = [(n, item) for n, item in enumerate(self._items) if not item.isEmpty()]
        split = self.right_from if self.right_from is not None else len(self._items)
        right = [item.sizeHint().width() for n, item in shown if n >= split]
        first_right = next((n for n, _ in shown if n >= split), None)
        lines: list[list[tuple[int, QLayoutItem, QSize]]] = [[]]
        used = 0  # the current line's width so far
        for n, item in shown:
            hint = item.sizeHint()
            hint.setWidth(min(hint.width(), width))
            # the right-hand items start a line together when they do not all fit beside
            # the left-hand ones ('In' and 'Out' of a player were split over two lines)
            wanted = sum(right) + gap * (len(right) - 1) if n == first_right else hint.width()
            if lines[-1] and used + gap + min(wanted, width) > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + hint.width()
            lines[-1].append((n, item, hint))
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _, _, hint in line)
            if not test:
                self._place(line, rect.x(), rect.x() + width, y, height)
            y += height + gap
        return max(0, y - gap - rect.y())

    def _place(
        self, line: list[tuple[int, QLayoutItem, QSize]], left: int, right: int, y: int, h: int
    ) -> None:
        """One line: its items from the left, those from ``right_from`` on from the right,
        each centred on the line's height."""
        gap = self.spacing()
        split = self.right_from if self.right_from is not None else len(self._items)
        x = left
        for n, item, hint in line:
            if n < split:
                item.setGeometry(QRect(QPoint(x, y + (h - hint.height()) // 2), hint))
                x += hint.width() + gap
        x = right
        for n, item, hint in reversed(line):
            if n >= split:
                x -= hint.width()
                item.setGeometry(QRect(QPoint(x, y + (h - hint.height()) // 2), hint))
                x -= gap
