"""What writing or reading XMP sidecars did: counts, then one row per item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.organise.sidecars import SidecarOutcome, SidecarReport
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, preferred_size
from smparchive.gui.views.tables import tidy

Index = QModelIndex | QPersistentModelIndex

ACTIONS = {
    "created": QT_TRANSLATE_NOOP("OutcomesModel", "Created"),
    "updated": QT_TRANSLATE_NOOP("OutcomesModel", "Updated"),
    "merged": QT_TRANSLATE_NOOP("OutcomesModel", "Merged into existing"),
    "unchanged": QT_TRANSLATE_NOOP("OutcomesModel", "Unchanged"),
    "read": QT_TRANSLATE_NOOP("OutcomesModel", "Taken over"),
    "skipped": QT_TRANSLATE_NOOP("OutcomesModel", "Skipped"),
}

# The sidecar fields by the names the inspector uses (the core reports its field names).
FIELD_NAMES = {
    "titles": QT_TRANSLATE_NOOP("OutcomesModel", "Title"),
    "captions": QT_TRANSLATE_NOOP("OutcomesModel", "Caption"),
    "alt_texts": QT_TRANSLATE_NOOP("OutcomesModel", "Alt text"),
    "keywords": QT_TRANSLATE_NOOP("OutcomesModel", "Keywords"),
    "people": QT_TRANSLATE_NOOP("OutcomesModel", "People"),
    "organisations": QT_TRANSLATE_NOOP("OutcomesModel", "Organisations"),
    "places": QT_TRANSLATE_NOOP("OutcomesModel", "Places"),
    "rating": QT_TRANSLATE_NOOP("OutcomesModel", "Rating"),
    "flag": QT_TRANSLATE_NOOP("OutcomesModel", "Flag"),
    "color_label": QT_TRANSLATE_NOOP("OutcomesModel", "Label"),
    "creator": QT_TRANSLATE_NOOP("OutcomesModel", "Creator"),
    "credit_line": QT_TRANSLATE_NOOP("OutcomesModel", "Credit"),
    "copyright": QT_TRANSLATE_NOOP("OutcomesModel", "Copyright"),
    "licence": QT_TRANSLATE_NOOP("OutcomesModel", "Licence"),
    "consent": QT_TRANSLATE_NOOP("OutcomesModel", "Consent"),
    "event": QT_TRANSLATE_NOOP("OutcomesModel", "Event"),
}


class OutcomesModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("OutcomesModel", "Item"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Result"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Fields / why"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Sidecar"),
    )
    rows: list[SidecarOutcome]

    def __init__(self, outcomes: list[SidecarOutcome], names: dict[int, str]) -> None:
        # problems first, so they are seen
        super().__init__(sorted(outcomes, key=lambda o: (not o.problem, o.action != "skipped")))
        self.names = names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        o = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.names.get(o.item_id) or Path(o.path).name,
                self.tr(ACTIONS.get(o.action, o.action)),
                ", ".join(self.tr(FIELD_NAMES.get(f, f)) for f in o.fields)
                if o.fields
                else problem_texts.sentence(o.reason or ""),
                Path(o.sidecar).name if o.sidecar else "",
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = problem_texts.sentence(o.reason or "")
            return "\n".join(x for x in (o.path, o.sidecar or "", reason) if x)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and o.problem:
            return QColor("#d97706")
        return None


class SidecarSummaryDialog(FittedDialog):
    """Non-modal summary of one sidecar run."""

    def __init__(
        self, report: SidecarReport, names: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        written, read = self.tr("XMP Sidecars Written"), self.tr("XMP Sidecars Read")
        self.setWindowTitle(written if report.mode == "write" else read)
        self.resize(preferred_size(self, 1000, 560))
        self.summary = QLabel(self.summary_text())
        self.summary.setWordWrap(True)
        self.model = OutcomesModel(report.outcomes, names)
        self.view = QTableView()
        self.view.setModel(self.model)
        tidy(self.view, stretch=2, wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.summary)
        col.addWidget(self.view, 1)
        col.addWidget(buttons)

    def summary_text(self) -> str:
        counts = self.report.counts
        total = len(self.report.outcomes)
        problems = len(self.report.problems)
        if self.report.mode == "write":
            done = counts.get("created", 0) + counts.get("updated", 0) + counts.get("merged", 0)
            # each count in its own piece, with its own plural forms
            written = self.tr("%Ln of %2 items: sidecar written", None, done)
            how = (
                self.tr("%Ln new", None, counts.get("created", 0)),
                self.tr("%Ln updated", None, counts.get("updated", 0)),
                self.tr("%Ln merged", None, counts.get("merged", 0)),
            )
            text = filled(
                self.tr("%1 (%2)"), written.replace("%2", fmt.number(total)), ", ".join(how)
            )
            parts = [text]
        else:
            text = self.tr(
                "%Ln of %2 items changed from their sidecars (Edit > Undo reverts it)",
                None,
                counts.get("read", 0),
            )
            parts = [text.replace("%2", fmt.number(total))]
        if counts.get("unchanged"):
            parts.append(self.tr("%Ln already up to date", None, counts["unchanged"]))
        if counts.get("skipped"):
            parts.append(self.tr("%Ln skipped", None, counts["skipped"]))
        if problems:
            parts.append(self.tr("%Ln need attention", None, problems))
        return "; ".join(parts) + "."
