"""Export history: what left the archive, when, how, and under which consent overrides."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.core.catalog.records import ExportRecordView
from smparchive.core.vocab import ExportStatus
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, translate
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, preferred_size
from smparchive.gui.tasks import TaskScope, owned
from smparchive.gui.views.tables import tidy
from smparchive.gui.widgets.fields import grey_until

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps

Index = QModelIndex | QPersistentModelIndex

STATUS: dict[str, str] = {
    ExportStatus.OK: QT_TRANSLATE_NOOP("ExportHistoryModel", "Done"),
    ExportStatus.PARTIAL: QT_TRANSLATE_NOOP("ExportHistoryModel", "Partly done"),
    ExportStatus.FAILED: QT_TRANSLATE_NOOP("ExportHistoryModel", "Failed"),
    ExportStatus.CANCELLED: QT_TRANSLATE_NOOP("ExportHistoryModel", "Cancelled"),
}
KINDS = {
    "folder": QT_TRANSLATE_NOOP("ExportHistoryModel", "Folder"),
    "zip": QT_TRANSLATE_NOOP("ExportHistoryModel", "ZIP file"),
    "bagit": QT_TRANSLATE_NOOP("ExportHistoryModel", "BagIt bag"),
}


class ExportHistoryModel(ListTableModel):
    """One row per export, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ExportHistoryModel", "When"),
        QT_TRANSLATE_NOOP("ExportHistoryModel", "Status"),
        QT_TRANSLATE_NOOP("ExportHistoryModel", "Items"),
        QT_TRANSLATE_NOOP("ExportHistoryModel", "Size"),
        QT_TRANSLATE_NOOP("ExportHistoryModel", "Preset"),
        QT_TRANSLATE_NOOP("ExportHistoryModel", "As"),
        QT_TRANSLATE_NOOP("ExportHistoryModel", "Overrides"),
        QT_TRANSLATE_NOOP("ExportHistoryModel", "Target"),
    )
    rows: list[ExportRecordView]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            overrides = len(r.overrides.get("decisions", ()))
            return (
                fmt.date_time(r.created_at),
                self.tr(STATUS.get(r.status, r.status)),
                fmt.number(r.item_count),
                fmt.size(r.bytes),
                r.preset,
                self.tr(KINDS.get(r.target_kind, r.target_kind)),
                fmt.number(overrides) if overrides else "",
                r.target,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                r.target,
                problem_texts.joined(r.source or "", "; "),
                problem_texts.joined(r.message or "", ", "),
            ]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and r.status != ExportStatus.OK:
            return QColor("#d97706")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExportHistoryDialog(FittedDialog):
    """Lists ``catalog.export_history()``; shows an export's items or its folder."""

    def __init__(self, w: Deps) -> None:
        super().__init__(w.parent)
        self.w = w
        self.setWindowTitle(self.tr("Export History"))
        self.resize(preferred_size(self, 1300, 640))
        self.model = ExportHistoryModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        tidy(
            self.view,
            stretch=7,
            single=True,
        )
        self.view.doubleClicked.connect(lambda _i: self.show_items())
        self.summary = QLabel(self.tr("Reading the history…"))
        self.buttons = QDialogButtonBox()
        self.items_btn = self.buttons.addButton(
            self.tr("Show Items"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_btn = self.buttons.addButton(
            self.tr("Open Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.items_btn.clicked.connect(self.show_items)
        self.folder_btn.clicked.connect(self.open_folder)
        col = QVBoxLayout(self)
        col.addWidget(self.summary)
        col.addWidget(self.view, 1)
        col.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reading_items = False  # an export's items are being read (Show Items waits)
        # an export's target -> the folder Open Folder opens, None when it is not there (or
        # not reachable): looked at on a worker, once per target the user chooses
        self.folders: dict[str, Path | None] = {}
        self._looking: set[str] = set()
        self.tasks = TaskScope(w.runner, self)
        self._update_buttons()  # greyed until the history is read and a row chosen
        self.load()

    @classmethod
    def show_for(cls, w: Deps) -> ExportHistoryDialog:
        dlg = cls(w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def load(self) -> None:
        catalog = self.w.catalog
        self.w.runner.submit(
            lambda _ctx: catalog.export_history(),
            label=translate("Tasks", "Reading the export history"),
            on_done=self._loaded,
        )

    def _loaded(self, rows: list[ExportRecordView]) -> None:
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("%Ln exports, newest first.", None, len(rows))
            if rows
            else self.tr("Nothing has been exported from this catalogue yet.")
        )
        if rows:
            self.view.selectRow(0)
        self._update_buttons()

    def current(self) -> ExportRecordView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        r = self.current()
        self.items_btn.setEnabled(r is not None and r.item_count > 0 and not self.reading_items)
        if r is not None and r.target not in self.folders:
            self._look_for(r.target)
        self.folder_btn.setEnabled(r is not None and self.folders.get(r.target) is not None)

    def _look_for(self, target: str) -> None:
        """Look for ``target`` on a worker (Open Folder greyed meanwhile): on a share that
        stopped answering the look blocks for the share's timeout, on the UI thread it
        froze the window at every row chosen."""
        if target in self._looking:
            return
        self._looking.add(target)

        def found(folder: Path | None) -> None:
            self._looking.discard(target)
            self.folders[target] = folder
            self._update_buttons()

        self.tasks.submit(lambda: export_folder(target), found, lambda _exc: found(None))

    def show_items(self) -> None:
        """Browse the items an export wrote, read on a worker (Show Items is greyed until
        they come); shown even if the dialog was closed meanwhile: they were asked for."""
        r = self.current()
        if r is None or self.reading_items:
            return
        w, export_id = self.w, r.id
        label = self.tr("Export of %1").replace("%1", fmt.date_time(r.created_at))
        self.reading_items = True
        focus_back = grey_until(self.items_btn)

        def ungrey(_value: object = None) -> None:
            self.reading_items = False
            self._update_buttons()
            focus_back()

        # the dialog's own part, dropped once it is closed and deleted (the runner's guard);
        # the items are shown, or the failure said, all the same: they were asked for
        over = owned(ungrey, self, what="Show Items")

        def read(ids: list[int]) -> None:
            over(None)
            w.browser.set_scope(ItemFilter(item_ids=tuple(ids)), label)

        def failed(exc: BaseException) -> None:
            over(None)
            w.show_failure(exc, "%1")

        w.runner.submit(
            lambda _ctx: w.catalog.exported_item_ids(export_id),
            label=label,
            on_done=read,
            on_error=failed,
        )

    def open_folder(self) -> None:
        r = self.current()
        folder = self.folders.get(r.target) if r is not None else None
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def export_folder(target: str) -> Path | None:
    """The folder that shows an export's ``target`` (a folder or bag itself, a ZIP's
    folder), None when it is not there; blocks on a share that stopped answering."""
    path = Path(target)
    if path.is_dir():
        return path
    return path.parent if path.exists() else None
