"""Tidying keywords and people from the sidebar, as in Lightroom's Keyword List: rename a
tag (merging it into the tag that already has the new name, once asked), delete it from
every item (once asked, with the number of items that carry it). The counts are read off
the UI thread; the changes go through the op runner: undoable, in each item's history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts
from smparchive.gui.formatting import quoted
from smparchive.gui.i18n import translate
from smparchive.gui.keynames import with_keys

Done = Callable[[int | None], None]  # after the change: the tag that remains (None: deleted)

if TYPE_CHECKING:
    from smparchive.core.catalog.records import TagRecord
    from smparchive.gui.deps import Deps


def tag_of(node: object) -> int | None:
    """The tag id of a sidebar row (a keyword or a person), else None."""
    drop = getattr(node, "drop", None)
    return drop[1] if drop is not None and drop[0] == "tag" else None


def ask_name(parent: QWidget, name: str) -> str | None:
    """The new name typed, or None when the person cancelled (tests replace it)."""
    text, ok = QInputDialog.getText(
        parent,
        translate("Vocabulary", "Rename"),
        translate("Vocabulary", "New name for %1:").replace("%1", quoted(name)),
        QLineEdit.EchoMode.Normal,
        name,
    )
    return text.strip() if ok else None


def confirm(parent: QWidget, title: str, text: str, info: str, action: str) -> bool:
    """Ask before a change to many items; True when the person chose ``action`` (tests
    replace it and read what would be asked)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(info)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def rename_tag(w: Deps, tag_id: int, name: str, done: Done | None = None) -> None:
    """Ask for a new name; when another tag has it already, ask before merging the two."""
    new = ask_name(w.parent, name)
    if not new or new == name:
        return
    catalog = w.catalog

    def read(_ctx: object) -> tuple[TagRecord | None, int]:
        return catalog.tag_named(tag_id, new), catalog.tag_items_count(tag_id)

    def asked(found: tuple[TagRecord | None, int]) -> None:
        other, mine = found
        if other is None:
            label = translate("Vocabulary", "Rename %1").replace("%1", quoted(name))
            w.ops.run(label, lambda c: c.rename_tag(tag_id, new), lambda r: _after(done, r.value))
            return
        text = (
            translate("Vocabulary", "%1 already exists. Merge %2 into it?")
            .replace("%1", quoted(other.name))
            .replace("%2", quoted(name))
        )
        # counts as "Label: 12" lines: right in every language without plural forms
        info = "\n".join(
            [
                translate("Vocabulary", "Items with %1: %2")
                .replace("%1", quoted(name))
                .replace("%2", fmt.number(mine)),
                translate("Vocabulary", "Items with %1: %2")
                .replace("%1", quoted(other.name))
                .replace("%2", fmt.number(other.item_count)),
                with_keys(
                    translate("Vocabulary", "Afterwards all of them carry %2; %1 undoes it."),
                    "Ctrl+Z",
                ).replace("%2", quoted(other.name)),
            ]
        )
        merge = translate("Vocabulary", "Merge")
        if confirm(w.parent, translate("Vocabulary", "Merge Tags"), text, info, merge):
            label = (
                translate("Vocabulary", "Merge %1 into %2")
                .replace("%1", quoted(name))
                .replace("%2", quoted(other.name))
            )
            w.ops.run(label, lambda c: c.rename_tag(tag_id, new), lambda r: _after(done, r.value))

    w.runner.submit(read, on_done=asked, on_error=lambda e: _failed(w, e))


def delete_tag(w: Deps, tag_id: int, name: str, done: Done | None = None) -> None:
    """Ask, stating how many items carry the tag, then delete it from all of them."""
    catalog = w.catalog

    def asked(count: int) -> None:
        text = translate("Vocabulary", "Delete %1 from every item?").replace("%1", quoted(name))
        info = "\n".join(
            [
                translate("Vocabulary", "Items that carry it (or a tag under it): %1").replace(
                    "%1", fmt.number(count)
                ),
                with_keys(translate("Vocabulary", "%1 puts it back."), "Ctrl+Z"),
            ]
        )
        delete = translate("Vocabulary", "Delete")
        if confirm(w.parent, translate("Vocabulary", "Delete Tag"), text, info, delete):
            label = translate("Vocabulary", "Delete %1").replace("%1", quoted(name))
            w.ops.run(label, lambda c: c.delete_tag(tag_id), lambda _r: _after(done, None))

    w.runner.submit(
        lambda _ctx: catalog.tag_items_count(tag_id),
        on_done=asked,
        on_error=lambda e: _failed(w, e),
    )


def _after(done: Done | None, tag_id: int | None) -> None:
    """``done`` with the tag that remains (None once deleted)."""
    if done is not None:
        done(tag_id)


def _failed(w: Deps, exc: BaseException) -> None:
    w.show_error(problem_texts.error_text(exc))
