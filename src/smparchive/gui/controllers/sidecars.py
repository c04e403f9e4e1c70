"""XMP sidecars from the app: write or read those of the selection off the UI thread.

Both run on the serial write executor (so a sidecar written after an edit carries it);
reading changes the catalogue as one step that goes onto the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smparchive.core.catalog.undo import ChangeSummary
from smparchive.core.organise.sidecars import SidecarReport, read_sidecars, write_sidecars
from smparchive.gui.i18n import translate
from smparchive.gui.tasks import TaskContext, TaskHandle
from smparchive.gui.undo import CatalogCommand

if TYPE_CHECKING:
    from smparchive.gui.main_window import MainWindow


def write_selection(w: MainWindow) -> TaskHandle | None:
    """Item > Write XMP Sidecars."""
    ids = w.selected_ids()
    if not ids:
        return None
    catalog = w.catalog
    languages = w.settings.caption_languages
    lang = languages[0] if languages else "en"

    def work(_ctx: TaskContext) -> SidecarReport:
        return write_sidecars(catalog, ids, default_lang=lang)

    label = translate("Sidecars", "Writing %1 XMP sidecars").replace("%1", str(len(ids)))
    return w.runner.submit(
        work,
        label=label,
        write=True,
        job=True,
        on_done=lambda report: _summary(w, report),
        on_error=lambda exc: _failed(w, translate("Sidecars", "Writing sidecars failed: %1"), exc),
    )


def read_selection(w: MainWindow) -> TaskHandle | None:
    """Item > Read XMP Sidecars: an undoable step when anything changed."""
    ids = w.selected_ids()
    if not ids:
        return None
    catalog = w.catalog

    def work(_ctx: TaskContext) -> SidecarReport:
        return read_sidecars(catalog, ids)

    def done(report: SidecarReport) -> None:
        if report.undo is not None:
            changes = report.undo.changes
            if changes.empty:
                read = {o.item_id for o in report.outcomes if o.action == "read"}
                changes = ChangeSummary(items=frozenset(read))
            w.undo_stack.push(
                CatalogCommand(
                    catalog,
                    w.runner,
                    report.undo,
                    w.on_changes,
                    translate("Sidecars", "Read sidecars"),
                )
            )
            w.on_changes(changes)
        _summary(w, report)

    label = translate("Sidecars", "Reading %1 XMP sidecars").replace("%1", str(len(ids)))
    return w.runner.submit(
        work,
        label=label,
        write=True,
        job=True,
        on_done=done,
        on_error=lambda exc: _failed(w, translate("Sidecars", "Reading sidecars failed: %1"), exc),
    )


def _failed(w: MainWindow, text: str, exc: BaseException) -> None:
    w.show_error(text.replace("%1", str(exc) or exc.__class__.__name__))


def _summary(w: MainWindow, report: SidecarReport) -> None:
    from smparchive.gui.dialogs.sidecar_summary import SidecarSummaryDialog

    names = {i: r.name for i in (o.item_id for o in report.outcomes) if (r := w.store.cached(i))}
    dialog = SidecarSummaryDialog(report, names, w)
    w.last_sidecar_summary = dialog
    dialog.show()
