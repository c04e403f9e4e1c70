"""Keyboard-friendly pickers: add the selection to a collection, assign it to a session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from smparchive.gui import edit_names
from smparchive.gui.i18n import translate

if TYPE_CHECKING:
    from smparchive.core.catalog.records import SessionRecord
    from smparchive.gui.deps import Deps


class Pickers(QObject):
    """Texts with a count (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def add_to_collection(self, n: int) -> str:
        return self.tr("Add %Ln items to the collection (type a new name to create one):", None, n)

    def session_for(self, n: int) -> str:
        return self.tr("Session for the %Ln selected items:", None, n)

    def added(self, n: int, name: str) -> str:
        return self.tr("%Ln items added to the collection “%1”", None, n).replace("%1", name)

    def made(self, n: int, name: str) -> str:
        return self.tr("Collection “%1” made with %Ln items", None, n).replace("%1", name)

    def assigned(self, n: int, title: str) -> str:
        return self.tr("%Ln items assigned to the session “%1”", None, n).replace("%1", title)

    def unassigned(self, n: int) -> str:
        return self.tr("%Ln items taken out of their session", None, n)


def pick_collection(w: Deps, ids: list[int]) -> None:
    """Type a collection name: an existing one gets the items, a new name creates it."""
    # the sidebar's (read on a worker): a read here waited for the server before the
    # dialog opened, and keys typed meanwhile must reach the dialog
    curated = dict(w.collections)
    names = list(curated.values())
    name, ok = QInputDialog.getItem(
        w.parent,
        translate("Pickers", "Add to Collection"),
        Pickers().add_to_collection(len(ids)),
        names,
        0,
        True,
    )
    w.focus_results()  # the keyboard goes on culling where it was
    name = name.strip()
    if not ok or not name:
        return
    found = next((i for i, n in curated.items() if n.casefold() == name.casefold()), None)
    if found is not None:
        collect(w, ids, curated[found], found)
        return
    # Not among the sidebar's (made a moment ago, by a teammate, or before the sidebar's
    # first read): the write itself looks for it by name, on the worker, else makes it.
    texts = Pickers()
    outcome: dict[str, Any] = {}

    def op(c: Any) -> Any:
        same = [x for x in c.collections() if not x.smart and x.name.casefold() == name.casefold()]
        outcome["found"] = same[0] if same else None
        if same:
            return c.add_to_collection(same[0].id, ids)
        return c.create_collection(name, item_ids=ids)

    def label_of(_result: Any) -> str:
        # the collection named, quoted as the History and the status bar name it
        existing = outcome.get("found")
        if existing is not None:
            return edit_names.add_to_collection(existing.name)
        return edit_names.new_collection(name)

    def done(_result: Any) -> None:
        existing = outcome.get("found")
        if existing is not None:
            w.tell(texts.added(len(ids), existing.name))
        else:
            w.tell(texts.made(len(ids), name))

    w.ops.run(edit_names.new_collection(name), op, done, label_of=label_of)


def collect(w: Deps, ids: list[int], name: str, collection_id: int | None) -> None:
    """Add ``ids`` to a collection (a new one named ``name`` when ``collection_id`` is None)
    and say so in the status bar: the grid shows nothing of it."""
    texts = Pickers()
    if collection_id is None:
        w.ops.run(
            edit_names.new_collection(name),
            lambda c: c.create_collection(name, item_ids=ids),
            lambda _result: w.tell(texts.made(len(ids), name)),
        )
    else:
        known = {"name": name}

        def op(c: Any) -> Any:
            if not known["name"]:  # one the sidebar does not show yet: named on the worker
                known["name"] = c.collection(collection_id).name
            return c.add_to_collection(collection_id, ids)

        step = edit_names.named(edit_names.Step.ADD_TO_COLLECTION)
        w.ops.run(
            edit_names.add_to_collection(name) if name else step,
            op,
            lambda _result: w.tell(texts.added(len(ids), known["name"])),
            # named once the worker read it (a collection the sidebar did not show yet)
            label_of=lambda _result: edit_names.add_to_collection(known["name"]),
        )


def pick_session(w: Deps, ids: list[int]) -> None:
    """Choose a session (type to jump) for the selected items."""
    if not ids:
        return
    sessions = list(w.sessions)
    from smparchive.gui import formatting as fmt

    # the event's zone as the sidebar read it (on a worker), not read again here
    # (each session in its own event's zone)
    main = fmt.event_zone()

    def label_of(s: SessionRecord) -> str:
        tz = fmt.zone_of(event_id=s.event_id)
        day = fmt.day(s.start.astimezone(tz).date(), "ddd d MMM")
        return f"{day} {fmt.zoned_clock(s.start, tz, main)} {s.title}"

    labels = [translate("Pickers", "No session")] + [label_of(s) for s in sessions]
    label, ok = QInputDialog.getItem(
        w.parent,
        translate("Pickers", "Assign to Session"),
        Pickers().session_for(len(ids)),
        labels,
        0,
        False,
    )
    w.focus_results()
    if not ok:
        return
    index = labels.index(label)
    assign(w, ids, sessions[index - 1].id if index > 0 else None)


def assign(w: Deps, ids: list[int], session_id: int | None) -> None:
    """Assign ``ids`` to a session (None: to none) and say so in the status bar: in a
    session's view they leave it, and nothing said where they went."""
    texts = Pickers()
    said = (
        texts.assigned(len(ids), w.session_titles.get(session_id, ""))
        if session_id is not None
        else texts.unassigned(len(ids))
    )
    w.ops.run(
        # the session named as the History names it, quoted alike
        edit_names.assign(w.session_titles.get(session_id) if session_id is not None else None),
        lambda c: c.assign_items(ids, session_id),
        lambda _result: w.tell(said),
    )
