"""The names of edits, one source for every place the app names one: the undo stack (Edit >
Undo, the Ctrl+Z tooltip), the History panel and the sentences saying a step was refused.

A value the person typed or chose (a keyword, a session's title, a caption) is quoted in the
interface's quotation marks ("Tag “Panel”", « Panel » in French), the same way wherever the
edit is named; a number or a value from a fixed list (a rating, a flag) is not. The CLI
shows the core's English labels (``core.catalog.labels``), which quote the same values.

A step is named as an action, after "Undo: " (``menus.step_text``): French names it by a
noun ("Annuler : Note 4", "Annuler : Suppression de « Panel »"), never by an infinitive
("Annuler Retenir" read as broken French); Dutch by an infinitive phrase ("Ongedaan maken:
Map verwijderen"). Every step named here is its own message in the "Edits" context.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, elided, filled, translate

# fields whose values are the person's own words: quoted where the app names them
QUOTED = frozenset(
    {"title", "caption", "alt", "consent_note", "creator", "credit_line", "copyright"}
)
CUT = 40  # a typed text in a step's name (the Edit menu is one line)
# Every step is its own message in "Edits", even where a button does the same in the same
# words ("Pick"): a step is named as an action done ("Marquage comme retenu" after
# "Annuler : "), a button as the verb to do it ("Retenir").
FLAGS = {
    1: QT_TRANSLATE_NOOP("Edits", "Pick"),
    -1: QT_TRANSLATE_NOOP("Edits", "Reject"),
    0: QT_TRANSLATE_NOOP("Edits", "Unflag"),
}
LABEL = QT_TRANSLATE_NOOP("MainWindow", "Label %1")
NO_LABEL = QT_TRANSLATE_NOOP("Edits", "Remove label")  # not 'Label None' ('Libellé Aucun')
# in and out points: one step each (setting one may clear the other, which lies past it)
IN_POINT = QT_TRANSLATE_NOOP("Edits", "Set in point")
OUT_POINT = QT_TRANSLATE_NOOP("Edits", "Set out point")
NO_POINTS = QT_TRANSLATE_NOOP("Edits", "Clear in/out points")
POSTER = QT_TRANSLATE_NOOP("Edits", "Set poster frame")


class Step(StrEnum):
    """The steps named where they are made (a dialog, the player), through :func:`named`."""

    IN_VIEWER = QT_TRANSLATE_NOOP("Edits", "Edit in the viewer")
    READ_SIDECARS = QT_TRANSLATE_NOOP("Edits", "Read sidecars")
    RENAME_TAG = QT_TRANSLATE_NOOP("Edits", "Rename %1 to %2")
    MERGE_TAG = QT_TRANSLATE_NOOP("Edits", "Merge %1 into %2")
    DELETE_TAG = QT_TRANSLATE_NOOP("Edits", "Delete %1")
    NEW_SMART_COLLECTION = QT_TRANSLATE_NOOP("Edits", "New smart collection")
    ADD_TO_COLLECTION = QT_TRANSLATE_NOOP("Edits", "Add to collection")
    OUT_OF_COLLECTION = QT_TRANSLATE_NOOP("Edits", "Remove from collection")
    REORDER_COLLECTION = QT_TRANSLATE_NOOP("Edits", "Reorder collection")
    ASSIGN_TO_SESSIONS = QT_TRANSLATE_NOOP("Edits", "Assign to sessions")
    FACES_ON = QT_TRANSLATE_NOOP("Edits", "Turn on face detection")
    FACES_OFF = QT_TRANSLATE_NOOP("Edits", "Turn off face detection")
    CONFIRM_FACES = QT_TRANSLATE_NOOP("Edits", "Confirm faces")
    REJECT_FACES = QT_TRANSLATE_NOOP("Edits", "Reject faces")
    SIDECAR_POLICY = QT_TRANSLATE_NOOP("Edits", "Change sidecar policy")
    CREATE_EVENT = QT_TRANSLATE_NOOP("Edits", "Create event")
    EDIT_EVENT = QT_TRANSLATE_NOOP("Edits", "Edit event")
    ADD_DAY = QT_TRANSLATE_NOOP("Edits", "Add day")
    RENAME_DAY = QT_TRANSLATE_NOOP("Edits", "Rename day")
    ADD_SESSION = QT_TRANSLATE_NOOP("Edits", "Add session")
    EDIT_SESSION = QT_TRANSLATE_NOOP("Edits", "Edit session")
    DELETE_SESSION = QT_TRANSLATE_NOOP("Edits", "Delete session")
    IMPORT_PROGRAMME = QT_TRANSLATE_NOOP("Edits", "Import programme")
    CUT_INTO_SESSIONS = QT_TRANSLATE_NOOP("Edits", "Cut into sessions")
    MOVE_START = QT_TRANSLATE_NOOP("Edits", "Move start of %1")
    MOVE_END = QT_TRANSLATE_NOOP("Edits", "Move end of %1")
    ADD_CAPTIONS = QT_TRANSLATE_NOOP("Edits", "Add captions to %1")
    ADD_CHAPTER = QT_TRANSLATE_NOOP("Edits", "Add a chapter to %1")
    CONFIRM_CHAPTERS = QT_TRANSLATE_NOOP("Edits", "Confirm the chapters of %1")


def named(step: Step, *values: str) -> str:
    """``step`` in the interface's language, its %1, %2 taking ``values`` as given, in one
    pass (a '%2' typed in the first stays as typed; French "de %1" elided before a vowel)."""
    said = translate("Edits", step.value)
    for n, value in enumerate(values, 1):
        said = elided(said, f"%{n}", value)
    return filled(said, *values)


def quoted(value: str, cut: int | None = CUT) -> str:
    """``value`` in the language's quotation marks, cut at ``cut`` characters."""
    text = value.replace("\n", " ")
    if cut is not None and len(text) > cut:
        text = text[: cut - 1] + "…"
    return fmt.quoted(text)


def quoted_list(values: Iterable[str]) -> str:
    """'“Panel”, “Keynote”': each value quoted (a list quoted as one read as one keyword)."""
    return ", ".join(quoted(v, None) for v in values)


def field_value(key: str, shown: str, value: object) -> str:
    """A field's value as shown (``shown``) in an edit's name or its History line: quoted
    when it is the person's words (``key`` a text field and ``value`` not empty)."""
    if key.partition(".")[0] in QUOTED and isinstance(value, str) and value:
        return fmt.quoted(shown)
    return shown


def tag(paths: Iterable[str]) -> str:
    """Tagging items: 'Tag “Panel”' (the undo step and the History entry alike)."""
    return translate("Edits", "Tag %1").replace("%1", quoted_list(paths))


def untag(names: Iterable[str]) -> str:
    """Taking keywords off items: 'Remove “Panel”'."""
    return translate("Edits", "Remove %1").replace("%1", quoted_list(names))


def new_collection(name: str) -> str:
    """Making a collection of items: 'New collection “Keynotes”'."""
    return translate("Edits", "New collection %1").replace("%1", quoted(name))


def add_to_collection(name: str) -> str:
    """Adding items to a collection: 'Add to “Keynotes”'."""
    return translate("Edits", "Add to %1").replace("%1", quoted(name))


def rate(stars: int) -> str:
    """Rating items: 'Rate 4' (a number: not quoted)."""
    return translate("Edits", "Rate %1").replace("%1", str(stars))


def flag(value: int) -> str:
    """Flagging items: 'Pick', 'Reject', 'Unflag'."""
    return translate("Edits", FLAGS[value])


def colour_label(value: str | None) -> str:
    """Giving items a colour label: 'Label Red'; taking it off: 'Remove label'."""
    if not value:
        return translate("Edits", NO_LABEL)
    return translate("MainWindow", LABEL).replace("%1", fmt.label_name(value))


def set_values(values: Mapping[str, Any]) -> str | None:
    """The step that sets ``values`` (a field's key -> its new value), as every place that
    sets them names it ('Rate 4', 'Pick', 'Label Red', 'Set in point'); None for other
    fields (their step is named where they are edited)."""
    keys = set(values)
    if keys == {"rating"} and isinstance(values["rating"], int):
        return rate(values["rating"])
    if keys == {"flag"} and values["flag"] in FLAGS:
        return flag(values["flag"])
    if keys == {"color_label"}:
        return colour_label(values["color_label"])
    points = [values.get("in_point_s"), values.get("out_point_s")]
    if keys and keys <= {"in_point_s", "out_point_s"} and None in points:
        if values.get("in_point_s") is not None:
            return translate("Edits", IN_POINT)
        if values.get("out_point_s") is not None:
            return translate("Edits", OUT_POINT)
        return translate("Edits", NO_POINTS)
    if keys == {"poster_time_s"}:
        return translate("Edits", POSTER)
    return None


def was(name: str, old: str) -> str:
    """A step's name with the value it replaced: 'Rate 4 (was 0)' (the History, the
    audit log)."""
    return filled(translate("Edits", "%1 (was %2)"), name, old)


def name_faces(name: str) -> str:
    """Naming faces: 'Name faces “Ana Lopez”'."""
    return translate("Edits", "Name faces %1").replace("%1", quoted(name))


def withdraw_consent(name: str) -> str:
    """Withdrawing a person's consent: 'Withdraw consent of “Ana Lopez”'."""
    return translate("Edits", "Withdraw consent of %1").replace("%1", quoted(name))


def assign(title: str | None) -> str:
    """Assigning items to the session titled ``title`` (None: to no session)."""
    if title is None:
        return translate("Edits", "Take out of its session")
    return translate("Edits", "Assign to %1").replace("%1", quoted(title))


def edit_text(name: str, lang: str, value: str | None) -> str:
    """Setting a text field (``name`` as the History names it, 'Caption') in ``lang``:
    'Set caption (EN) to “Opening talk”'; 'Clear caption (EN)' for no text."""
    # mid-sentence: "Modifier légende (FR)", not "Modifier Légende"
    said = name[:1].lower() + name[1:]
    cleared = translate("Edits", "Clear %1 (%2)")
    text = translate("Edits", "Set %1 (%2) to %3") if value else cleared
    return filled(text, said, lang.upper(), quoted(value) if value else "")
