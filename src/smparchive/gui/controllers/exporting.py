"""Opening the export dialog on what the user means: the selection, the view, a sidebar row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.gui.i18n import translate
from smparchive.gui.models.sidebar_model import Node

if TYPE_CHECKING:  # the export packages load on first use, not at startup
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.deps import Deps
    from smparchive.gui.dialogs.export_dialog import ExportDialog


def source_for_node(node: Node) -> ExportSource | None:
    """The export source a sidebar row stands for (a collection, session or day)."""
    from smparchive.core.export.catalog_export import ExportSource

    kind, _sep, ident = node.key.partition(":")
    if not ident.isdigit():
        return None
    if kind == "coll":
        return ExportSource.collection(ident)
    if kind == "session":
        return ExportSource.session(ident)
    if kind == "day":
        return ExportSource.day(ident)
    return None


def source_for_view(w: Deps, node: Node | None, ids: list[int] | None = None) -> ExportSource:
    """What the browser shows: a whole collection (``node``, the sidebar row), a search over
    everything, else the ids (``ids``: every id of the result, when already read). The
    search is the one whose result is shown, not a text typed since that failed."""
    from smparchive.core.export.catalog_export import ExportSource

    b = w.browser
    no_chips = b.chips == ItemFilter()
    if no_chips and not b.shown_query.strip():
        found = source_for_node(node) if node is not None else None
        if found is not None:
            return found
    if no_chips and b.scope == ItemFilter() and b.shown_query.strip():
        # as typed ("type:vidéo"): the dialog names it so; the core reads every language's
        return ExportSource.query(b.shown_query.strip())
    # a collection, session or day narrowed by chips or words: named after it; another
    # sidebar row (Photos, Warnings ...) names it too: it is the view, not a selection
    within = source_for_node(node) if node is not None else None
    name = node.text if node is not None and within is None and node.filter else ""
    return ExportSource.items(b.store.ids if ids is None else ids, within, name)


def _needs_ids(w: Deps, node: Node | None) -> bool:
    """The view's export source is its id list (not a collection, session, day or query)."""
    b = w.browser
    no_chips = b.chips == ItemFilter()
    on_node = node is not None and source_for_node(node) is not None
    if no_chips and not b.shown_query.strip() and on_node:
        return False
    return not (no_chips and b.scope == ItemFilter() and b.shown_query.strip())


def export_selection(w: Deps) -> ExportDialog | None:
    """Item > Export Selection…: the selected items (or the current one)."""
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import open_export_dialog

    ids = w.selected_ids()
    if not ids:
        w.show_error(translate("Exporting", "Select the items to export first."))
        return None
    return open_export_dialog(w.parent, w.catalog, w.runner, ExportSource.items(ids), w.settings)


def export_view(w: Deps, node: Node | None) -> ExportDialog | None:
    """Collections > Export…: everything the browser shows now."""
    from smparchive.gui.dialogs.export_dialog import open_export_dialog

    store = w.browser.store
    if not len(store):
        w.show_error(translate("Exporting", "Nothing to export: the view is empty."))
        return None
    if store.complete or not _needs_ids(w, node):
        return open_export_dialog(
            w.parent, w.catalog, w.runner, source_for_view(w, node), w.settings
        )

    def ready(ids: list[int]) -> None:  # every id of a windowed result, read off the UI thread
        open_export_dialog(w.parent, w.catalog, w.runner, source_for_view(w, node, ids), w.settings)

    store.all_ids(ready)
    return None


def export_node(w: Deps, node: Node) -> ExportDialog | None:
    """Export… on a collection, session or day in the sidebar."""
    from smparchive.gui.dialogs.export_dialog import open_export_dialog

    source = source_for_node(node)
    if source is None:
        return None
    return open_export_dialog(w.parent, w.catalog, w.runner, source, w.settings)


def export_history(w: Deps) -> None:
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog

    ExportHistoryDialog.show_for(w)
