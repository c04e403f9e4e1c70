"""Right-click menus of the results and the sidebar, made of the table's actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from smparchive.gui.actions import RESULTS_MENU
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, translate
from smparchive.gui.models.sidebar_model import Node

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps


def results_menu(
    acts: dict[str, QAction], menus: dict[str, QMenu], view: QAbstractItemView, pos: QPoint
) -> QMenu:
    """The item menu; right-clicking outside the selection selects the item clicked.
    Actions that do not apply here (Remove from Collection outside a collection) are left
    out rather than greyed."""
    index = view.indexAt(pos)
    if index.isValid() and not view.selectionModel().isSelected(index):
        # exactly that item, whatever modifier keys Qt believes are held (setCurrentIndex
        # would extend the selection with Ctrl or Shift)
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    menu = QMenu(view)
    for key in RESULTS_MENU:
        if key is None:
            menu.addSeparator()
        elif key.startswith("@"):
            menu.addMenu(menus[key[1:]])
        elif key == "remove_from_collection" and not acts[key].isEnabled():
            continue
        else:
            menu.addAction(acts[key])
    return menu


def sidebar_menu(
    deps: Deps,
    acts: dict[str, QAction],
    node: Node,
    parent: QWidget,
    tag_done: Callable[[Node, int | None], None] | None = None,
) -> QMenu | None:
    """Export… (and the export history) on a collection, session or day; Rename… and
    Delete… on a keyword or a person (``tag_done``: after the change, with the tag that
    remains)."""
    from smparchive.gui.controllers.exporting import export_node, source_for_node

    if node.drop is not None and node.drop[0] == "tag":
        return tag_menu(deps, node, parent, tag_done)
    if source_for_node(node) is None:
        return None
    menu = QMenu(parent)
    act = menu.addAction(translate("ContextMenus", "Export “%1”…").replace("%1", node.text))
    act.triggered.connect(lambda _c=False: export_node(deps, node))
    menu.addAction(acts["export_history"])
    if node.drop is not None and node.drop[0] == "session":
        session_flag_actions(deps, menu, node.drop[1], node.flags)
    return menu


def session_flag_actions(deps: Deps, menu: QMenu, session_id: int, flags: tuple[str, ...]) -> None:
    """'Not for Publication' and 'Do Not Record', ticked when set: choosing one turns it on
    or off, one undoable step."""
    from smparchive.gui import formatting as fmt
    from smparchive.gui.dialogs.schedule_editor import edit_session

    menu.addSeparator()
    for flag, text in SESSION_FLAG_ACTIONS.items():
        act = menu.addAction(translate("ContextMenus", text))
        act.setCheckable(True)
        act.setChecked(flag in flags)
        act.setToolTip(fmt.session_flag_tip(flag))
        act.toggled.connect(lambda on, f=flag: edit_session(deps, session_id, f, on))
    menu.setToolTipsVisible(True)


SESSION_FLAG_ACTIONS = {
    "do_not_publish": QT_TRANSLATE_NOOP("ContextMenus", "&Not for Publication"),
    "do_not_record": QT_TRANSLATE_NOOP("ContextMenus", "Do Not &Record"),
}


def tag_menu(
    deps: Deps,
    node: Node,
    parent: QWidget,
    done: Callable[[Node, int | None], None] | None = None,
) -> QMenu:
    """Rename… (F2) and Delete… (Del) on a keyword or a person of the sidebar."""
    from smparchive.gui.controllers import vocabulary
    from smparchive.gui.keynames import key

    assert node.drop is not None
    tag_id, name, kind = node.drop[1], node.label.strip(), vocabulary.kind_of(node)
    after = (lambda t: done(node, t)) if done is not None else None
    menu = QMenu(parent)
    rename_text = translate("ContextMenus", "Rename…")
    rename = menu.addAction(f"{rename_text}\t{key('F2')}")
    rename.triggered.connect(
        lambda _c=False: vocabulary.rename_tag(deps, tag_id, name, after, kind)
    )
    delete_text = translate("ContextMenus", "Delete from Every Item…")
    delete = menu.addAction(f"{delete_text}\t{key('Del')}")
    delete.triggered.connect(
        lambda _c=False: vocabulary.delete_tag(deps, tag_id, name, after, kind)
    )
    return menu


def install_results(
    views: tuple[QAbstractItemView, ...], menu_for: Callable[[QAbstractItemView, QPoint], QMenu]
) -> None:
    """Right-click menus on the grid and the details table."""
    from PySide6.QtCore import Qt

    for view in views:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos, v=view: menu_for(v, pos).popup(v.viewport().mapToGlobal(pos))
        )
