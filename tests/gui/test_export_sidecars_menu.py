"""Export and XMP sidecars from the main window: menus, context menus, history, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint

pytestmark = pytest.mark.gui


def _dialogs(window: Any, kind: type) -> list[Any]:
    return [d for d in window.findChildren(kind) if d.isVisible()]


def test_export_selection_opens_dialog_with_selection(window: Any, qtbot: Any) -> None:
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    ids = window.store.ids[2:5]
    window.select_ids(ids, current_row=2)
    act = window.actions_by_name["export_selection"]
    assert act.isEnabled() and act.shortcut().toString() == "Ctrl+E"
    act.trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    assert dlg.source == ExportSource.items(ids)
    assert dlg.resolved is not None and list(dlg.resolved.item_ids) == ids
    dlg.reject()


def test_ctrl_e_on_a_collection_exports_the_collection(window: Any, qtbot: Any) -> None:
    """The user picks the collection in the sidebar (or selects all of it) and presses
    Ctrl+E: the dialog is about the collection, named after it, not "the selection"."""
    from PySide6.QtCore import Qt

    from smparchive.gui.dialogs.export_dialog import ExportDialog

    cid = window.catalog.create_collection("LinkedIn 3 June", item_ids=window.store.ids[:3]).value
    window.refresh_sidebar()
    window.sidebar.select_key(f"coll:{cid}")
    qtbot.waitUntil(lambda: len(window.store) == 3, timeout=3000)
    window.sidebar.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=3000)
    window.actions_by_name["export_selection"].trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    assert (dlg.source.kind, dlg.source.spec) == ("collection", str(cid))
    assert dlg.windowTitle() == "Export “LinkedIn 3 June”"
    dlg.reject()
    dlg.deleteLater()
    # from the grid: one photo selected is the selection; all of them is the collection
    window.grid.setFocus()
    window.select_ids(window.store.ids[:1], current_row=0)
    window.actions_by_name["export_selection"].trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    assert dlg.source.kind == "items"
    dlg.reject()
    dlg.deleteLater()
    qtbot.keyClick(window.grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    window.actions_by_name["export_selection"].trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    assert dlg.source.kind == "collection"
    dlg.reject()


def test_a_filtered_collection_exports_under_the_collections_name(window: Any, qtbot: Any) -> None:
    """On a collection with a chip still on (Photos, from the view before), Ctrl+E from the
    sidebar exports what is shown: the dialog, the bundle and the page are named after the
    collection, not "the selection"."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    ids = window.store.ids[:4]
    cid = window.catalog.create_collection("LinkedIn 3 June", item_ids=ids).value
    window.refresh_sidebar()
    window.sidebar.select_key(f"coll:{cid}")
    qtbot.waitUntil(lambda: len(window.store) == 4, timeout=3000)
    window.browser.set_chips(window.browser.chips.with_(rating_max=5))
    qtbot.waitUntil(lambda: window.browser.store.complete, timeout=3000)
    window.sidebar.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=3000)
    window.actions_by_name["export_selection"].trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    qtbot.waitUntil(lambda: dlg.resolved is not None, timeout=3000)
    assert dlg.source.kind == "items"  # what the chip leaves, not the whole collection
    assert dlg.windowTitle() == "Export “LinkedIn 3 June”"
    assert "LinkedIn 3 June" in dlg.source_label.text()
    assert "LinkedIn 3 June" in dlg.name.placeholderText()
    assert dlg.resolved.heading == "Collection “LinkedIn 3 June”"  # the page's header
    dlg.reject()


def test_exporting_the_photos_view_is_named_after_it(window: Any, qtbot: Any) -> None:
    """Sidebar Photos, one photo selected, Collections > Export (Ctrl+Shift+E): the dialog
    read "Export the selection (30 items)" while one item was selected, and the bundle was
    called "selection". It exports what Photos shows and says so."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    window.sidebar.select_key("kind:photo")
    qtbot.waitUntil(lambda: window.browser.store.complete and len(window.store) == 30)
    window.select_ids(window.store.ids[:1])
    window.actions_by_name["export"].trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    qtbot.waitUntil(lambda: dlg.resolved is not None, timeout=3000)
    assert len(dlg.resolved.item_ids) == 30
    assert dlg.windowTitle() == "Export “Photos”"
    assert dlg.source_label.text().startswith("Export what “Photos” shows (30 items)")
    assert "selection" not in dlg.name.placeholderText() and "Photos" in dlg.name.placeholderText()
    dlg.reject()


def test_export_view_uses_the_session_shown(window: Any) -> None:
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    sid = window.catalog.test_sessions["roundtable"]
    window.catalog.assign_items(window.store.ids[5:9], sid)
    window.refresh_sidebar()
    window.sidebar.select_key(f"session:{sid}")
    window.actions_by_name["export"].trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    assert (dlg.source.kind, dlg.source.spec) == ("session", str(sid))
    assert sorted(dlg.resolved.item_ids) == sorted(window.store.ids)
    assert len(window.store) == 4
    dlg.reject()
    window.sidebar.select_key("all")
    window.search.set_text("talk")
    window.actions_by_name["export"].trigger()
    dlg = next(d for d in _dialogs(window, ExportDialog) if d.source.kind == "query")
    assert dlg.source.spec == "talk"
    dlg.reject()


def test_sidebar_and_grid_context_menus(window: Any) -> None:
    from smparchive.gui import context_menus
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    cid = window.catalog.create_collection("Best", item_ids=window.store.ids[:3]).value
    window.refresh_sidebar()
    node = window.sidebar_model.by_key[f"coll:{cid}"]
    menu = context_menus.sidebar_menu(window.deps, window.actions_by_name, node, window)
    assert menu is not None
    menu.actions()[0].trigger()
    (dlg,) = _dialogs(window, ExportDialog)
    assert (dlg.source.kind, len(dlg.resolved.item_ids)) == ("collection", 3)
    dlg.reject()
    assert (
        context_menus.sidebar_menu(
            window.deps, window.actions_by_name, window.sidebar_model.by_key["all"], window
        )
        is None
    )

    rect = window.grid.visualRect(window.grid_model.index(4, 0))
    grid_menu = context_menus.results_menu(
        window.actions_by_name, window.menus, window.grid, rect.center()
    )
    assert window.selected_ids() == [window.store.ids[4]]  # right-click selects
    names = [a.text().replace("&", "") for a in grid_menu.actions()]
    assert "Export Selection…" in names and "Write XMP Sidecars" in names
    assert (
        context_menus.results_menu(
            window.actions_by_name, window.menus, window.grid, QPoint(-5, -5)
        )
        is not None
    )


def test_export_history_lists_exports(window: Any, tmp_path: Any) -> None:
    from smparchive.gui.controllers.exporting import export_history
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog

    ids = window.store.ids[:2]
    window.catalog.record_export(
        {"bundle": str(tmp_path), "target": "folder", "preset": "web", "items": ids, "bytes": 10}
    )
    export_history(window.deps)
    (dlg,) = _dialogs(window, ExportHistoryDialog)
    assert dlg.model.rowCount() == 1
    assert dlg.model.index(0, 2).data() == "2"
    dlg.show_items()
    assert sorted(window.store.ids) == sorted(ids)
    dlg.close()


def test_sidecars_write_then_read_is_undoable(window: Any, qtbot: Any) -> None:
    from smparchive.gui.dialogs.sidecar_summary import SidecarSummaryDialog

    cat = window.catalog
    ids = window.store.ids[:3]
    cat.set_fields(ids, rating=4)
    window.store.refresh(ids)
    window.select_ids(ids, current_row=0)
    window.actions_by_name["write_sidecars"].trigger()
    summary = window.last_sidecar_summary
    assert isinstance(summary, SidecarSummaryDialog)
    assert summary.report.counts.get("created") == 3, summary.report.outcomes
    assert "3 of 3 items" in summary.summary.text()
    summary.close()

    window.ops.set_fields(ids, "Rate 1", rating=1)
    assert {r.rating for r in cat.items(ids)} == {1}
    depth = window.undo_stack.count()
    window.actions_by_name["read_sidecars"].trigger()
    assert {r.rating for r in cat.items(ids)} == {4}
    assert window.undo_stack.count() == depth + 1
    assert "3 of 3 items changed" in window.last_sidecar_summary.summary.text()
    window.undo_stack.undo()
    assert {r.rating for r in cat.items(ids)} == {1}
    window.undo_stack.redo()
    assert {r.rating for r in cat.items(ids)} == {4}
