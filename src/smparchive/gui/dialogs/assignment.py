"""Assignment preview: each item, its proposed session and why; accept or reject per item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from smparchive.gui import formatting as fmt
from smparchive.gui.views.tables import tidy

if TYPE_CHECKING:
    from smparchive.gui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex

REASONS = {
    "inside": "Inside the session",
    "break": "In a break, nearest session",
    "none": "In a break, no session near",
    "overlap": "Parallel sessions: choose",
    "manual": "Assigned by hand",
    "no-time": "No capture time",
    "deck": "Deck matches the session",
    "no-match": "No session matches",
}


class ProposalsModel(QAbstractTableModel):
    """Proposals with a check box (accepted) for those that change something."""

    HEADERS = ("Accept", "Item", "Captured", "Now", "Proposed", "Reason", "Why")

    def __init__(self, session_title: Any) -> None:
        super().__init__()
        self.rows: list[tuple[Any, Any]] = []  # (proposal, record or None)
        self.accepted: set[int] = set()
        self.session_title = session_title

    def set_rows(self, rows: list[tuple[Any, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.accepted = {p.item_id for p, _r in rows if p.actionable}
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
            and 0 <= section < 7
        ):
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() == 0 and self.rows[index.row()][0].actionable:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p, rec = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0 and p.actionable:
            return Qt.CheckState.Checked if p.item_id in self.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            reason = str(getattr(p.reason, "value", p.reason))
            return (
                "",
                rec.name if rec else str(p.item_id),
                fmt.capture(rec) if rec else "",
                self.session_title(p.current_session_id),
                self.session_title(p.session_id) if p.actionable else "",
                fmt.tr(REASONS.get(reason, reason)),
                p.detail,
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 5:
            reason = str(getattr(p.reason, "value", p.reason))
            if reason in ("overlap", "none", "no-match", "no-time"):
                return QColor("#d97706")
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            return p.detail
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        p = self.rows[index.row()][0]
        if not p.actionable:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(p.item_id)
        else:
            self.accepted.discard(p.item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_accepted(self, rows: list[int], accepted: bool) -> None:
        for row in rows:
            p = self.rows[row][0]
            if p.actionable:
                (self.accepted.add if accepted else self.accepted.discard)(p.item_id)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0))


class AssignmentDialog(QDialog):
    """Runs the assignment rules as a dry run and applies the accepted proposals."""

    def __init__(self, w: MainWindow, item_ids: list[int] | None = None) -> None:
        super().__init__(w)
        self.w = w
        self.item_ids = item_ids
        self.setWindowTitle(self.tr("Assign Items to Sessions"))
        self.resize(1150, 640)
        self.model = ProposalsModel(lambda sid: w.session_titles.get(sid, "—") if sid else "—")
        self.view = QTableView()
        self.view.setModel(self.model)
        tidy(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 60), (1, 170), (2, 120), (3, 170), (4, 170), (5, 190)):
            self.view.setColumnWidth(col, width)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("Changes and choices"), "changes")
        self.show_filter.addItem(self.tr("Everything"), "all")
        self.show_filter.activated.connect(lambda _i: self._fill())
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_filter)
        self.buttons = QDialogButtonBox()
        accept_sel = self.buttons.addButton(
            self.tr("Accept Selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        reject_sel = self.buttons.addButton(
            self.tr("Reject Selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_btn = self.buttons.addButton(
            self.tr("Apply Accepted"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        accept_sel.clicked.connect(lambda: self.model.set_accepted(self._rows(), True))
        reject_sel.clicked.connect(lambda: self.model.set_accepted(self._rows(), False))
        self.apply_btn.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.view, 1)
        col.addWidget(self.buttons)
        self.proposals: list[tuple[Any, Any]] = []
        self.load()

    @classmethod
    def open(cls, w: MainWindow) -> AssignmentDialog | None:
        if not hasattr(w.catalog, "propose_assignments"):
            w.show_error(cls.tr("Assignment proposals are not available in this build yet."))  # type: ignore[arg-type]
            return None
        dlg = cls(w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def _rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})

    def load(self) -> None:
        catalog, ids = self.w.catalog, self.item_ids

        def work(_ctx: Any) -> list[tuple[Any, Any]]:
            proposals = catalog.propose_assignments(ids)
            recs = {r.id: r for r in catalog.items([p.item_id for p in proposals])}
            return [(p, recs.get(p.item_id)) for p in proposals]

        self.summary.setText(self.tr("Working out proposals…"))
        self.w.runner.submit(work, label="proposals", on_done=self._loaded)

    def _loaded(self, rows: list[tuple[Any, Any]]) -> None:
        self.proposals = rows
        self._fill()

    def _fill(self) -> None:
        rows = self.proposals
        if self.show_filter.currentData() == "changes":
            rows = [
                r
                for r in rows
                if r[0].actionable or str(getattr(r[0].reason, "value", r[0].reason)) == "overlap"
            ]
        self.model.set_rows(rows)
        changes = sum(1 for p, _r in self.proposals if p.actionable)
        choices = sum(
            1 for p, _r in self.proposals if str(getattr(p.reason, "value", p.reason)) == "overlap"
        )
        self.summary.setText(
            self.tr("%1 items: %2 would change session, %3 need a choice (assign them by hand).")
            .replace("%1", fmt.number(len(self.proposals)))
            .replace("%2", fmt.number(changes))
            .replace("%3", fmt.number(choices))
        )
        self.apply_btn.setEnabled(changes > 0)

    def apply(self) -> None:
        proposals = [p for p, _r in self.proposals]
        only = sorted(self.model.accepted)
        if not only:
            return
        self.w.edits.run(
            self.tr("Assign to sessions"),
            lambda c: c.apply_assignments(proposals, only=only),
            on_done=lambda _r: self.load(),
        )
