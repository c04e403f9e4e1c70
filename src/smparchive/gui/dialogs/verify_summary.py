"""What a fixity check found: counts, then one row per file it could not confirm."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from smparchive.core.ingest.verify_report import VerifyEntry, VerifyReport
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts
from smparchive.gui.i18n import QT_TRANSLATE_NOOP
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, preferred_size
from smparchive.gui.views.tables import tidy

Index = QModelIndex | QPersistentModelIndex

STATES = {
    "changed": QT_TRANSLATE_NOOP("VerifyModel", "Damaged"),
    "missing": QT_TRANSLATE_NOOP("VerifyModel", "Missing"),
    "modified": QT_TRANSLATE_NOOP("VerifyModel", "Edited"),
    "unreadable": QT_TRANSLATE_NOOP("VerifyModel", "Not checked"),
    "not checked": QT_TRANSLATE_NOOP("VerifyModel", "Not checked"),
}
_WORST_FIRST = ("changed", "missing", "modified", "unreadable", "not checked")


class VerifyModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("VerifyModel", "Result"),
        QT_TRANSLATE_NOOP("VerifyModel", "File"),
        QT_TRANSLATE_NOOP("VerifyModel", "Why"),
    )
    rows: list[VerifyEntry]

    def __init__(self, entries: list[VerifyEntry]) -> None:
        rank = {s: n for n, s in enumerate(_WORST_FIRST)}
        super().__init__(sorted(entries, key=lambda e: (rank.get(e.state, 9), e.path)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr(STATES.get(e.state, e.state))
            return (state, e.path, problem_texts.sentence(e.detail))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.path}\n{problem_texts.sentence(e.detail)}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and e.state == "changed":
            return QColor("#b91c1c")
        return None


class VerifySummaryDialog(FittedDialog):
    """Non-modal summary of one fixity check; "Show Them" lists its files in the grid."""

    def __init__(
        self,
        report: VerifyReport,
        show: Callable[[list[int]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("verifySummary")
        self.setWindowTitle(self.tr("Fixity Check"))
        entries = [*report.failures, *report.not_checked]
        self.resize(preferred_size(self, 980, 520 if entries else 220))
        self.summary = QLabel(self.summary_text())
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col = QVBoxLayout(self)
        col.addWidget(self.summary)
        self.model = VerifyModel(entries)
        self.view = QTableView()
        self.view.setModel(self.model)
        tidy(self.view, stretch=2, wrap=True)
        self.view.setVisible(bool(entries))
        col.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.show_button = None
        if entries:
            ids = list(dict.fromkeys(e.item_id for e in entries))
            self.show_button = buttons.addButton(
                self.tr("Show Them"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.show_button.clicked.connect(lambda _c=False: show(ids))
        col.addWidget(buttons)

    def summary_text(self) -> str:
        r = self.report
        checked = (
            self.tr("%Ln files checked", None, r.checked) + " (" + fmt.size(r.bytes_checked) + ")"
        )
        if r.cancelled:
            lead = self.tr("Stopped: %1 so far.").replace("%1", checked)
        elif not r.failures and not r.not_checked:
            lead = self.tr("%1: every file has the bytes it had when catalogued.").replace(
                "%1", checked
            )
        else:
            lead = checked + "."
        parts = [lead]
        counts = {s: sum(1 for e in r.failures if e.state == s) for s in _WORST_FIRST}
        if counts["changed"]:
            parts.append(
                self.tr(
                    "%Ln damaged: the bytes changed although size and date did not (bit rot "
                    "or a bad copy); they are listed under Problems > Errors.",
                    None,
                    counts["changed"],
                )
            )
        if counts["missing"]:
            parts.append(self.tr("%Ln no longer there.", None, counts["missing"]))
        if counts["modified"]:
            parts.append(
                self.tr("%Ln edited since the last scan: rescan them.", None, counts["modified"])
            )
        unchecked = counts["unreadable"] + len(r.not_checked)
        if unchecked:
            parts.append(self.tr("%Ln could not be checked.", None, unchecked))
        if r.skipped_offline:
            parts.append(
                self.tr(
                    "%Ln on folders or drives that are not connected were not checked.",
                    None,
                    r.skipped_offline,
                )
            )
        return "\n".join(parts)
