"""Tidying keywords and people from the sidebar, as in Lightroom's Keyword List: rename a
tag (merging it into the tag that already has the new name, once asked), delete it from
every item (once asked, with the number of items that carry it). The counts are read off
the UI thread; the changes go through the op runner: undoable, in each item's history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from smparchive.core.vocab import TagKind
from smparchive.gui import edit_names
from smparchive.gui import formatting as fmt
from smparchive.gui.formatting import quoted
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled, translate
from smparchive.gui.keynames import with_keys

Done = Callable[[int | None], None]  # after the change: the tag that remains (None: deleted)

if TYPE_CHECKING:
    from smparchive.core.catalog.records import TagRecord
    from smparchive.gui.deps import Deps


# The dialogs name the kind of tag the row is (a person is no "tag" to the people tidying):
# rename title, merge title, delete title, and the count of items a delete touches.
_WORDS: dict[str, tuple[str, str, str, str]] = {
    TagKind.KEYWORD: (
        QT_TRANSLATE_NOOP("Vocabulary", "Rename Keyword"),
        QT_TRANSLATE_NOOP("Vocabulary", "Merge Keywords"),
        QT_TRANSLATE_NOOP("Vocabulary", "Delete Keyword"),
        QT_TRANSLATE_NOOP("Vocabulary", "Items that carry it (or a keyword under it): %1"),
    ),
    TagKind.PERSON: (
        QT_TRANSLATE_NOOP("Vocabulary", "Rename Person"),
        QT_TRANSLATE_NOOP("Vocabulary", "Merge People"),
        QT_TRANSLATE_NOOP("Vocabulary", "Delete Person"),
        QT_TRANSLATE_NOOP("Vocabulary", "Items that name this person: %1"),
    ),
    TagKind.ORGANISATION: (
        QT_TRANSLATE_NOOP("Vocabulary", "Rename Organisation"),
        QT_TRANSLATE_NOOP("Vocabulary", "Merge Organisations"),
        QT_TRANSLATE_NOOP("Vocabulary", "Delete Organisation"),
        QT_TRANSLATE_NOOP("Vocabulary", "Items that name it (or an organisation under it): %1"),
    ),
    TagKind.PLACE: (
        QT_TRANSLATE_NOOP("Vocabulary", "Rename Place"),
        QT_TRANSLATE_NOOP("Vocabulary", "Merge Places"),
        QT_TRANSLATE_NOOP("Vocabulary", "Delete Place"),
        QT_TRANSLATE_NOOP("Vocabulary", "Items that name it (or a place under it): %1"),
    ),
}
_RENAME, _MERGE, _DELETE, _CARRY = range(4)
# the sidebar section a tag row sits in says its kind
_SECTION_KINDS = {
    "sec:people": TagKind.PERSON,
    "sec:keywords": TagKind.KEYWORD,
    "sec:organisations": TagKind.ORGANISATION,
    "sec:places": TagKind.PLACE,
}


def _word(kind: str, which: int) -> str:
    return translate("Vocabulary", _WORDS.get(kind, _WORDS[TagKind.KEYWORD])[which])


def kind_of(node: object) -> str:
    """The tag kind of a sidebar row (keyword, person, organisation, place), from its
    section; a keyword when it sits in none of theirs."""
    while getattr(node, "parent", None) is not None:
        node = node.parent  # type: ignore[attr-defined]
    return _SECTION_KINDS.get(str(getattr(node, "key", "")), TagKind.KEYWORD)


def tag_of(node: object) -> int | None:
    """The tag id of a sidebar row (a keyword or a person), else None."""
    drop = getattr(node, "drop", None)
    return drop[1] if drop is not None and drop[0] == "tag" else None


def ask_name(parent: QWidget, name: str, kind: str = TagKind.KEYWORD) -> str | None:
    """The new name typed, or None when the person cancelled (tests replace it)."""
    text, ok = QInputDialog.getText(
        parent,
        _word(kind, _RENAME),
        translate("Vocabulary", "New name for %1:").replace("%1", quoted(name)),
        QLineEdit.EchoMode.Normal,
        name,
    )
    return text.strip() if ok else None


def confirm(
    parent: QWidget, title: str, text: str, info: str, action: str, *, destructive: bool = False
) -> bool:
    """Ask before a change to many items; True when the person chose ``action`` (tests
    replace it and read what would be asked)."""
    box, go = confirm_box(parent, title, text, info, action, destructive=destructive)
    box.exec()
    return box.clickedButton() is go


def confirm_box(
    parent: QWidget, title: str, text: str, info: str, action: str, *, destructive: bool = False
) -> tuple[QMessageBox, QPushButton]:
    """The question and its ``action`` button (its text with a mnemonic, '&Merge').

    Enter chooses the action the person asked for (a merge, undoable with Ctrl+Z); for a
    ``destructive`` one (a delete from every item) Cancel stays the default, as the GNOME
    and macOS guidelines ask, so a held Enter never deletes: Alt and the letter do."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(info)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if destructive else go)
    box.setEscapeButton(cancel)
    return box, go


def rename_tag(
    w: Deps, tag_id: int, name: str, done: Done | None = None, kind: str = TagKind.KEYWORD
) -> None:
    """Ask for a new name; when another tag has it already, ask before merging the two."""
    new = ask_name(w.parent, name, kind=kind)
    if not new or new == name:
        return
    catalog = w.catalog

    def read(_ctx: object) -> tuple[TagRecord | None, int]:
        return catalog.tag_named(tag_id, new), catalog.tag_items_count(tag_id)

    def asked(found: tuple[TagRecord | None, int]) -> None:
        other, mine = found
        if other is None:
            # as its History entry names it: 'Rename “Panel” to “Panels”'
            label = edit_names.named(edit_names.Step.RENAME_TAG, quoted(name), quoted(new))
            w.ops.run(label, lambda c: c.rename_tag(tag_id, new), lambda r: _after(done, r.value))
            return
        text = filled(
            translate("Vocabulary", "%1 already exists. Merge %2 into it?"),
            quoted(other.name),
            quoted(name),
        )
        # counts as "Label: 12" lines: right in every language without plural forms
        info = "\n".join(
            [
                filled(
                    translate("Vocabulary", "Items with %1: %2"), quoted(name), fmt.number(mine)
                ),
                filled(
                    translate("Vocabulary", "Items with %1: %2"),
                    quoted(other.name),
                    fmt.number(other.item_count),
                ),
                with_keys(
                    translate("Vocabulary", "Afterwards all of them carry %2; %1 undoes it."),
                    "Ctrl+Z",
                ).replace("%2", quoted(other.name)),
            ]
        )
        merge = translate("Vocabulary", "&Merge")
        if confirm(w.parent, _word(kind, _MERGE), text, info, merge):
            label = edit_names.named(edit_names.Step.MERGE_TAG, quoted(name), quoted(other.name))
            w.ops.run(label, lambda c: c.rename_tag(tag_id, new), lambda r: _after(done, r.value))

    w.runner.submit(read, on_done=asked, on_error=lambda e: _failed(w, e))


def delete_tag(
    w: Deps, tag_id: int, name: str, done: Done | None = None, kind: str = TagKind.KEYWORD
) -> None:
    """Ask, stating how many items carry the tag, then delete it from all of them."""
    catalog = w.catalog

    def asked(count: int) -> None:
        text = translate("Vocabulary", "Delete %1 from every item?").replace("%1", quoted(name))
        info = "\n".join(
            [
                _word(kind, _CARRY).replace("%1", fmt.number(count)),
                with_keys(translate("Vocabulary", "%1 puts it back."), "Ctrl+Z"),
            ]
        )
        delete = translate("Vocabulary", "&Delete")
        title = _word(kind, _DELETE)
        if confirm(w.parent, title, text, info, delete, destructive=True):
            label = edit_names.named(edit_names.Step.DELETE_TAG, quoted(name))
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
    w.show_failure(exc, "%1")
