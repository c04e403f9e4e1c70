"""A flat, list-backed table model: one row per list entry, fixed column headers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """Rows in ``self.rows``, one column per entry of ``HEADERS`` (translated on display).

    Subclasses set ``HEADERS`` and implement ``data()`` (and ``flags()``/``setData()``
    where needed); ``set_rows()`` replaces the rows with a model reset.
    """

    HEADERS: tuple[str, ...] = ()

    def __init__(self, rows: Iterable[Any] = ()) -> None:
        super().__init__()
        self.rows: list[Any] = list(rows)

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None
