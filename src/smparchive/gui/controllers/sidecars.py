"""XMP sidecars from the app: write or read those of the selection off the UI thread.

Both run on the serial write executor (so a sidecar written after an edit carries it);
reading changes the catalogue, so it is an operation on the op runner: one step on the undo
stack and one ``changes`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from smparchive.core.catalog.changes import ChangeSummary, OpResult
from smparchive.gui import edit_names
from smparchive.gui.i18n import translate
from smparchive.gui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:  # the sidecar code (XMP, MWG) is imported when first used
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.organise.sidecars import SidecarReport
    from smparchive.gui.deps import Deps


class Sidecars(QObject):
    """Texts with a count (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def writing(self, n: int) -> str:
        return self.tr("Writing %Ln XMP sidecars", None, n)

    def reading(self, n: int) -> str:
        return self.tr("Reading %Ln XMP sidecars", None, n)


def write_selection(w: Deps) -> TaskHandle | None:
    """Item > Write XMP Sidecars."""
    ids = w.selected_ids()
    if not ids:
        return None
    catalog = w.catalog
    languages = w.settings.caption_languages
    lang = languages[0] if languages else "en"

    def work(_ctx: TaskContext) -> SidecarReport:
        from smparchive.core.organise.sidecars import write_sidecars

        return write_sidecars(catalog, ids, default_lang=lang)

    label = Sidecars().writing(len(ids))
    return w.runner.submit(
        work,
        label=label,
        write=True,
        job=True,
        on_done=lambda report: _summary(w, report),
        on_error=lambda exc: _failed(w, translate("Sidecars", "Writing sidecars failed: %1"), exc),
    )


def read_selection(w: Deps) -> TaskHandle | None:
    """Item > Read XMP Sidecars: one operation on the op runner (undoable when anything
    changed), shown as a job."""
    ids = w.selected_ids()
    if not ids:
        return None

    def op(catalog: Catalog) -> OpResult[Any]:
        from smparchive.core.organise.sidecars import read_sidecars

        report = read_sidecars(catalog, ids)
        changes = report.undo.changes if report.undo is not None else ChangeSummary()
        if report.undo is not None and changes.empty:
            read = {o.item_id for o in report.outcomes if o.action == "read"}
            changes = ChangeSummary(items=frozenset(read))
        return OpResult(changes=changes, undo=report.undo, value=report)

    label = Sidecars().reading(len(ids))
    return w.ops.run(
        edit_names.named(edit_names.Step.READ_SIDECARS),
        op,
        lambda result: _summary(w, result.value),
        on_error=lambda exc: _failed(w, translate("Sidecars", "Reading sidecars failed: %1"), exc),
        job=True,
        job_label=label,
    )


def _failed(w: Deps, text: str, exc: BaseException) -> None:
    w.show_failure(exc, text)


def _summary(w: Deps, report: SidecarReport) -> None:
    """The summary dialog (found by tests and screenshots under ``sidecarSummary``)."""
    from smparchive.gui.dialogs.sidecar_summary import SidecarSummaryDialog

    store = w.browser.store
    names = {i: r.name for i in (o.item_id for o in report.outcomes) if (r := store.cached(i))}
    dialog = SidecarSummaryDialog(report, names, w.parent)
    dialog.setObjectName("sidecarSummary")
    dialog.show()
