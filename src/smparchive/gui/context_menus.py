"""Right-click menus of the results and the sidebar, made of the main window's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu

from smparchive.gui.i18n import translate
from smparchive.gui.models.sidebar_model import Node

if TYPE_CHECKING:
    from smparchive.gui.main_window import MainWindow

RESULTS_MENU = (
    "open_viewer",
    None,
    "@rating",
    "@flag",
    "@label",
    None,
    "tag",
    "person",
    "add_to_collection",
    "remove_from_collection",
    "assign",
    None,
    "export_selection",
    "write_sidecars",
    "read_sidecars",
)


def install(w: MainWindow) -> None:
    """Right-click menus on the grid, the details table and the sidebar."""
    for view in (w.grid, w.table):
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos, v=view: results_menu(w, v, pos).popup(v.viewport().mapToGlobal(pos))
        )
    w.sidebar.menu_requested.connect(lambda node, at: _popup_sidebar(w, node, at))


def _popup_sidebar(w: MainWindow, node: Node, at: QPoint) -> None:
    menu = sidebar_menu(w, node)
    if menu is not None:
        menu.popup(at)


def results_menu(w: MainWindow, view: QAbstractItemView, pos: QPoint) -> QMenu:
    """The item menu; right-clicking outside the selection selects the item clicked."""
    index = view.indexAt(pos)
    if index.isValid() and not view.selectionModel().isSelected(index):
        # exactly that item, whatever modifier keys Qt believes are held (setCurrentIndex
        # would extend the selection with Ctrl or Shift)
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    acts = w.actions_by_name
    menu = QMenu(view)
    for key in RESULTS_MENU:
        if key is None:
            menu.addSeparator()
        elif key.startswith("@"):
            sub = w.submenus.get(key[1:])
            if sub is not None:
                menu.addMenu(sub)
        elif key == "remove_from_collection" and w.browser.collection_id is None:
            continue
        else:
            menu.addAction(acts[key])
    return menu


def sidebar_menu(w: MainWindow, node: Node) -> QMenu | None:
    """Export… (and the export history) on a collection, session or day."""
    from smparchive.gui.controllers.exporting import export_node, source_for_node

    if source_for_node(node) is None:
        return None
    menu = QMenu(w.sidebar)
    act = menu.addAction(
        translate("ContextMenus", "Export “%1”…").replace("%1", node.label.strip())
    )
    act.triggered.connect(lambda _c=False: export_node(w, node))
    menu.addAction(w.actions_by_name["export_history"])
    return menu
