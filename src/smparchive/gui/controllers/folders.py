"""The sidebar's catalogued folders: rescan one, open it, say where it is now, or remove it
from the catalogue (the files are never touched)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from smparchive.gui.controllers.ingest import announce_mapped
from smparchive.gui.models.sidebar_model import Node, folder_id

if TYPE_CHECKING:
    from smparchive.gui.controllers.ingest import IngestController
    from smparchive.gui.deps import Deps


class FolderActions(QObject):
    """What right-clicking a row of the sidebar's Folders offers."""

    def __init__(
        self,
        deps: Deps,
        ingest: IngestController,
        changed: Callable[[], None],
        removed: Callable[[str], None],
        verify: Callable[[int], None],
    ) -> None:
        super().__init__(deps.parent)
        self.deps = deps
        self.ingest = ingest
        self.changed = changed  # the sidebar and the grid read again
        self.removed = removed  # a folder's row (its key) is gone
        self.verify = verify  # a fixity check of one folder's files

    def menu(self, node: Node, parent: QWidget) -> QMenu | None:
        """The folder's menu, or None when ``node`` is not a catalogued folder."""
        root_id = folder_id(node)
        if root_id is None:
            return None
        menu = QMenu(parent)
        rescan = menu.addAction(self.tr("Rescan This Folder"))
        rescan.triggered.connect(lambda _c=False: self.ingest.rescan_roots([root_id]))
        if node.online:
            check = menu.addAction(self.tr("Verify This Folder's Files"))
            check.triggered.connect(lambda _c=False: self.verify(root_id))
            show = menu.addAction(self.tr("Open in the File Manager"))
            show.triggered.connect(
                lambda _c=False: QDesktopServices.openUrl(QUrl.fromLocalFile(node.path))
            )
        else:
            find = menu.addAction(self.tr("Find Missing Folder…"))
            find.triggered.connect(lambda _c=False: self.relocate(root_id, node.label))
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove from the Catalogue…"))
        remove.triggered.connect(lambda _c=False: self.confirm_remove(node))
        return menu

    def relocate(self, root_id: int, name: str) -> None:
        """Ask where the folder is now; the catalogue checks that it holds the folder's
        files before using it, then rescans it."""
        from smparchive.gui.commands import folder_to_start
        from smparchive.gui.filedialogs import existing_directory

        title = self.tr("Where Is “%1” Now?").replace("%1", name)
        chosen = existing_directory(self.deps.parent, title, folder_to_start(self.deps))
        if not chosen:
            return
        catalog = self.deps.catalog

        def work(_ctx: Any) -> None:
            catalog.map_root(root_id, Path(chosen))

        def done(_value: Any) -> None:
            announce_mapped(self.deps, root_id)  # the shown items' paths
            self.changed()
            self.ingest.rescan_roots([root_id])

        self.deps.runner.submit(
            work,
            label=self.tr("Using a folder here"),
            write=True,
            on_done=done,
            on_error=lambda exc: self.deps.show_failure(exc, "%1"),  # the reason alone
        )

    def confirm_remove(self, node: Node) -> None:
        """Ask, naming the folder and its items, then forget them (not undoable)."""
        root_id = folder_id(node)
        assert root_id is not None
        count = node.count
        if count is None:
            text = self.tr(
                "“%1” and its items leave the catalogue, with their ratings, captions, tags "
                "and sessions. The files themselves are not touched. This cannot be undone."
            )
        else:
            text = self.tr(
                "“%1” and its %Ln items leave the catalogue, with their ratings, captions, "
                "tags and sessions. The files themselves are not touched. This cannot be "
                "undone.",
                None,
                count,
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove the Folder from the Catalogue?"),
            text.replace("%1", node.label),
            QMessageBox.StandardButton.NoButton,
            self.deps.parent,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setObjectName("removeFolderBox")
        if self.deps.catalog.shared:  # one person's removal is everyone's
            box.setInformativeText(
                self.tr("This is the team catalogue: the folder leaves it for everyone.")
            )
        box.exec()
        if box.clickedButton() is not remove:
            return
        key = node.key

        def done(result: Any) -> None:
            self.deps.ops.forget_steps(result.value)  # its steps with nothing left to undo
            self.removed(key)
            self.changed()

        self.deps.ops.run(
            self.tr("Remove folder %1").replace("%1", node.label),
            lambda catalog: catalog.remove_root(root_id),
            done,
        )
