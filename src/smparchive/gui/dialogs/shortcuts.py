"""The keyboard shortcut sheet: grouped as the action table, searchable as you type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smparchive.gui.screen_fit import FittedDialog, preferred_size

Groups = list[tuple[str, list[tuple[str, str]]]]


class _GroupFilter(QSortFilterProxyModel):
    """Rows that match, with their group's heading; a matching heading ("Loupe") with all
    its rows (the rows alone said nothing of the mode they are in, so none showed)."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if parent.isValid() and super().filterAcceptsRow(parent.row(), QModelIndex()):
            return True
        return super().filterAcceptsRow(row, parent)


class ShortcutSheet(FittedDialog):
    """Every action with a shortcut, in its group; the field filters keys and names."""

    def __init__(self, groups: Groups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for title, rows in groups:
            group = QStandardItem(title)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setEditable(False)
            for keys, what in rows:
                name = QStandardItem(what)
                key = QStandardItem(keys)
                name.setEditable(False)
                key.setEditable(False)
                group.appendRow([name, key])
            self.model.appendRow([group, QStandardItem()])
        self.proxy = _GroupFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)  # a match keeps its group heading
        self.proxy.setFilterKeyColumn(-1)  # names and keys
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find an action or a key…"))
        self.search.textChanged.connect(self._filter)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        self.view.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.search)
        col.addWidget(self.view, 1)
        col.addWidget(buttons)
        self.search.setFocus()
        # as wide as its longest action, within the screen: at 640 px French names ran
        # out of their column ("… (dans le panneau laté…")
        fm = self.view.fontMetrics()
        names = [n for _t, rows in groups for _k, n in rows] + [t for t, _r in groups]
        key_texts = [k for _t, rows in groups for k, _n in rows]
        widest = max((fm.horizontalAdvance(n) for n in names), default=0)
        widest_keys = max((fm.horizontalAdvance(k) for k in key_texts), default=0)
        scroll = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        margins = col.contentsMargins().left() + col.contentsMargins().right()
        # the indentation of a row, its cells' padding, the frame
        want = widest + widest_keys + 2 * self.view.indentation() + 48 + scroll + margins
        self.resize(preferred_size(self, max(640, want), 680))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()

    def shown_rows(self) -> list[tuple[str, str]]:
        """(action, keys) of the rows the filter leaves (tests, screenshots)."""
        out = []
        for g in range(self.proxy.rowCount()):
            parent = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(parent)):
                out.append(
                    (
                        self.proxy.index(r, 0, parent).data(),
                        self.proxy.index(r, 1, parent).data(),
                    )
                )
        return out
