"""The inspector's History: who changed the selected item, when, and what (old -> new).

Reads ``Catalog.item_history`` off the UI thread; a new selection waits a moment (keyboard
navigation through the grid asks nothing of the database) and a change to the item shown,
made here or by a teammate (the live feed comes through the same ``changes`` signal),
reloads it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from smparchive.core.catalog import labels
from smparchive.core.catalog.changes import HELD_BY, AuditRecord, ChangeSummary
from smparchive.core.domain import timefmt
from smparchive.gui import edit_names, field_views, problem_texts
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, texts_of, translate
from smparchive.gui.tasks import TaskRunner, TaskScope
from smparchive.gui.theme import quiet
from smparchive.gui.viewers.info import format_time

DELAY_MS = 150
LIMIT = 100

# What a change's values are called in the history (keys of the audit's details).
FIELD_NAMES = {
    "rating": QT_TRANSLATE_NOOP("History", "Rating"),
    "flag": QT_TRANSLATE_NOOP("History", "Flag"),
    "color_label": QT_TRANSLATE_NOOP("History", "Label"),
    "consent": QT_TRANSLATE_NOOP("History", "Consent"),
    "consent_note": QT_TRANSLATE_NOOP("History", "Consent note"),
    "creator": QT_TRANSLATE_NOOP("History", "Creator"),
    "credit_line": QT_TRANSLATE_NOOP("History", "Credit"),
    "copyright": QT_TRANSLATE_NOOP("History", "Copyright"),
    "session_id": QT_TRANSLATE_NOOP("History", "Session"),
    "title": QT_TRANSLATE_NOOP("History", "Title"),
    "caption": QT_TRANSLATE_NOOP("History", "Caption"),
    "alt": QT_TRANSLATE_NOOP("History", "Alt text"),
    "licence": QT_TRANSLATE_NOOP("History", "Licence"),
    "in_point_s": QT_TRANSLATE_NOOP("History", "In point"),
    "out_point_s": QT_TRANSLATE_NOOP("History", "Out point"),
    "poster_time_s": QT_TRANSLATE_NOOP("History", "Poster frame"),
    "focus_x": QT_TRANSLATE_NOOP("History", "Focus point"),
    "focus_y": QT_TRANSLATE_NOOP("History", "Focus point"),
}
TIMES = {"in_point_s", "out_point_s", "poster_time_s"}  # seconds into a recording
# Core's change labels (English: the CLI's 'log' shows them as they are) in the interface's
# words, as the undo step that made them is named (the Edit menu's words: one vocabulary;
# the contexts are where the steps are named, so each is translated once): whole labels,
# and labels that end with the users' own words (a keyword, a name).
LABELS = {
    "Add tags": ("History", QT_TRANSLATE_NOOP("History", "Add keywords")),
    "Remove tags": ("History", QT_TRANSLATE_NOOP("History", "Remove keywords")),
    "Add to collection": ("Edits", edit_names.Step.ADD_TO_COLLECTION),
    "Remove from collection": ("Edits", edit_names.Step.OUT_OF_COLLECTION),
    "Assign items to sessions": ("Edits", edit_names.Step.ASSIGN_TO_SESSIONS),
    "Assign to session": ("History", QT_TRANSLATE_NOOP("History", "Assign to a session")),
    "Take out of sessions": ("Edits", QT_TRANSLATE_NOOP("Edits", "Take out of its session")),
    "Return to automatic assignment": (
        "History",
        QT_TRANSLATE_NOOP("History", "Return to automatic assignment"),
    ),
    "Derive capture times": ("History", QT_TRANSLATE_NOOP("History", "Derive capture times")),
    "Record export": ("History", QT_TRANSLATE_NOOP("History", "Export")),
    # the player's step (labels.readable says an earlier version's label so)
    "Cut into sessions": ("Edits", edit_names.Step.CUT_INTO_SESSIONS),
    "Reorder collection": ("Edits", edit_names.Step.REORDER_COLLECTION),
    "Turn on face detection": ("Edits", edit_names.Step.FACES_ON),
    "Turn off face detection": ("Edits", edit_names.Step.FACES_OFF),
    "Change event": ("Edits", edit_names.Step.EDIT_EVENT),
    "Change session": ("Edits", edit_names.Step.EDIT_SESSION),
    "Delete session": ("Edits", edit_names.Step.DELETE_SESSION),
    "Change collection": ("Edits", QT_TRANSLATE_NOOP("Edits", "Change collection")),
    "Delete collection": ("Edits", QT_TRANSLATE_NOOP("Edits", "Delete collection")),
    "Duplicate collection": ("Edits", QT_TRANSLATE_NOOP("Edits", "Duplicate collection")),
    "Change folder options": ("Edits", QT_TRANSLATE_NOOP("Edits", "Change folder options")),
    "Change tag": ("Edits", QT_TRANSLATE_NOOP("Edits", "Change keyword")),
    "Delete day": ("Edits", QT_TRANSLATE_NOOP("Edits", "Delete day")),
    "Rename day": ("Edits", QT_TRANSLATE_NOOP("Edits", "Rename day")),
    "Delete event": ("Edits", QT_TRANSLATE_NOOP("Edits", "Delete event")),
    "Ignore camera boilerplate captions": (
        "Edits",
        QT_TRANSLATE_NOOP("Edits", "Ignore camera boilerplate captions"),
    ),
    "Read face regions": ("History", QT_TRANSLATE_NOOP("History", "Read face regions")),
    "Remove folder": ("History", QT_TRANSLATE_NOOP("History", "Remove folder")),
    "Edit segment": ("History", QT_TRANSLATE_NOOP("History", "Edit segment")),
    "Delete segment": ("History", QT_TRANSLATE_NOOP("History", "Delete segment")),
}
LABEL_STARTS = (
    ("Import programme ", "History", QT_TRANSLATE_NOOP("History", "Import programme %1")),
    ("Add folder ", "Ingest", QT_TRANSLATE_NOOP("Ingest", "Add folder %1")),
    ("Remove folder ", "FolderActions", QT_TRANSLATE_NOOP("FolderActions", "Remove folder %1")),
    ("Add segment ", "History", QT_TRANSLATE_NOOP("History", "Add segment %1")),
    ("Create tag ", "Edits", QT_TRANSLATE_NOOP("Edits", "Create keyword %1")),
)
QUOTED_STARTS = ("Import programme ", "Add segment ", "Create tag ")  # a name typed: quoted
# labels whose step is named without the value that follows ("Add day 2022-06-03": the
# schedule's "Add day"; "Change session title (fr)": "Edit session")
STEP_STARTS = (
    ("Add day ", edit_names.Step.ADD_DAY),
    ("Add session ", edit_names.Step.ADD_SESSION),
    ("Create event ", edit_names.Step.CREATE_EVENT),
    ("Change session ", edit_names.Step.EDIT_SESSION),
    ("Change event ", edit_names.Step.EDIT_EVENT),
)
SIDECARS_READ = re.compile(r"^Read \d+ sidecars?$")
# a person's handle on a platform set or cleared; a person's consent set
HANDLE = re.compile(r"^(Set|Clear) (.+) handle$")
HANDLE_TEXTS = {
    "Set": QT_TRANSLATE_NOOP("Edits", "Set %1 handle"),
    "Clear": QT_TRANSLATE_NOOP("Edits", "Clear %1 handle"),
}
CONSENT_SET = re.compile(r"^Set person's consent: (.+)$")
# a tag renamed, or merged into the tag that already had the new name (its path, quoted)
TAG_RENAMED = re.compile(r"^Rename tag “(.+)” to “(.+)”$")
TAG_MERGED = re.compile(r"^Merge tag “(.+)” into “(.+)”$")
TAG_DELETED = re.compile(r"^Delete tag “?(.+?)”?$")
COLLECTION_CREATED = "Create collection "
# faces named, confirmed, rejected ("Name 3 faces Ana Lopez"), a person's consent withdrawn
FACES_NAMED = re.compile(r"^Name \d+ faces? (.+)$")
FACES_CONFIRMED = re.compile(r"^Confirm \d+ faces?$")
FACES_REJECTED = re.compile(r"^Reject \d+ faces?$")
CONSENT_WITHDRAWN = re.compile(r"^Withdraw consent: (.+)$")
SEGMENTS_DELETED = re.compile(r"^Delete (\d+) segments$")
# "Correct clock of <camera> by <offset>" (labels.readable names the camera of an older key)
CLOCK = re.compile(r"^Correct clock of (.+) by ([+-].*)$")
CLOCK_TEXT = QT_TRANSLATE_NOOP("Edits", "Correct clock of %1 by %2")
# a correction set back to none (Reset, or 0 typed): not "corrected by +0 s"
CLOCK_RESET_TEXT = QT_TRANSLATE_NOOP("Edits", "Remove clock correction of %1")
NO_OFFSET = ("+0 s", "-0 s", "+0h00m")
# fields whose step's name says the value set ('Rate 4', 'Pick', 'Assign to “Keynote”')
NAMES_VALUE = frozenset({"rating", "flag", "color_label", "session_id"})
ACTIONS = {
    "undo": QT_TRANSLATE_NOOP("History", "Undone"),
    "redo": QT_TRANSLATE_NOOP("History", "Redone"),
    "scan": QT_TRANSLATE_NOOP("History", "Scan"),
}


def field_name(key: str) -> str:
    """'rating' -> 'Rating'; 'caption.fr' -> 'Caption (FR)' in the interface language."""
    base, _, lang = key.partition(".")
    name = translate("History", FIELD_NAMES[base]) if base in FIELD_NAMES else base
    if lang and lang != "x-default":
        return f"{name} ({lang.upper()})"
    return name


def show_value(
    value: Any,
    key: str = "",
    sessions: Mapping[int, str] | None = None,
    cut: int | None = 80,
    *,
    hours: bool = False,
) -> str:
    """A recorded value as the rest of the interface names it: 'Pick', 'Cleared', 'Red',
    the session's title (the record holds codes and ids); text cut at ``cut`` characters.
    ``hours``: times into a recording of an hour or more read as the player shows them
    ('0:02:40.000', where '2:40.000' could be read as two hours forty)."""
    base = key.partition(".")[0]
    if base == "flag" and value in (-1, 0, 1):
        return fmt.flag_name(value) or translate("History", "Unflagged")
    if base == "color_label" and value in (None, ""):
        return translate("History", "No label")
    if base == "color_label":
        value = fmt.label_name(value)
    elif base == "consent" and isinstance(value, str):
        value = fmt.consent_name(value)
    elif base in TIMES and isinstance(value, int | float):
        return format_time(value, millis=True, hours=hours)
    elif base in ("focus_x", "focus_y") and isinstance(value, int | float):
        return fmt.decimal(value, 2)
    elif base == "session_id" and value is None:
        return translate("History", "No session")
    elif base == "session_id" and isinstance(value, int) and sessions is not None:
        title = sessions.get(value)
        value = fmt.quoted(title) if title else translate("History", "a deleted session")
    if value is None or value == "":
        return translate("History", "(empty)")
    text = str(value).replace("\n", " ")
    return text if cut is None or len(text) <= cut else text[: cut - 1] + "…"


def cut_pair(old: str, new: str, cut: int | None) -> tuple[str, str]:
    """A value before and after, each cut at ``cut`` characters around where they first
    differ: a caption that gained a sentence at its end read the same twice when both
    were cut from their start ('... pour la mobil… → ... pour la mobil…')."""
    if cut is None or (len(old) <= cut and len(new) <= cut):
        return old, new
    same = next(
        (n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
        min(len(old), len(new)),
    )
    start = 0
    if same > cut * 2 // 3:
        # as many of the words before the change as the line holds with its end shown,
        # at least a third of the line
        start = max(1, min(same - cut // 3, max(len(old), len(new)) - (cut - 2)))
        space = old.find(" ", start, same)  # from a word's start
        start = space + 1 if space != -1 else start
    return _cut_from(old, start, cut), _cut_from(new, start, cut)


def _cut_from(text: str, start: int, cut: int) -> str:
    if start:
        text = "…" + text[start:]
    return text if len(text) <= cut else text[: cut - 1] + "…"


class HistoryCounts(QObject):
    """History labels with a count, in the language's plural forms."""

    def segments_deleted(self, n: int) -> str:
        return self.tr("Delete %n segments", None, n)


def _fill(text: str, *values: str) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", value)
    return text


def change_lines(
    record: AuditRecord,
    item_id: int,
    cut: int | None = 80,
    restored: Mapping[str, Any] | None = None,
    *,
    hours: bool = False,
) -> list[str]:
    """'Rating: 0 → 3' for each value the change set on this item (the old value when the
    history kept it: changes of up to 50 items); texts cut at ``cut`` characters.
    ``restored``: for an undo or redo, the values it put back (see :func:`put_back`);
    times with hours (``hours``) in a recording of an hour or more."""
    values = record.details.get("values") or {}
    before = (record.details.get("before") or {}).get(str(item_id), {})
    titles = record.session_titles

    def shown(key: str, value: Any, uncut: bool = False) -> str:
        return show_value(value, key, titles, None if uncut else cut, hours=hours)

    def said(key: str, text: str, value: Any) -> str:
        return edit_names.field_value(key, text, value)  # typed words quoted as edits name them

    # one field: the title names it already ("Caption (EN)"), its line says only the change
    named = len({field_name(k) for k in (values or before)}) > 1

    def line(key: str, old: str | None, new: str) -> str:
        if not named:
            return _fill(translate("History", "%1 → %2"), old, new) if old is not None else new
        if old is None:
            return _fill(translate("History", "%1: → %2"), field_name(key), new)
        return _fill(translate("History", "%1: %2 → %3"), field_name(key), old, new)

    lines: list[str] = []
    if record.action == "do" and _said_by_title(record, item_id):
        return lines  # the title says it: 'Rate 4 (was 0)', 'Set caption (EN) to “Talk”'
    for key, new in values.items():
        if key in before:
            old_text, new_text = cut_pair(
                shown(key, before[key], uncut=True), shown(key, new, uncut=True), cut
            )
            lines.append(line(key, said(key, old_text, before[key]), said(key, new_text, new)))
        else:
            lines.append(line(key, None, said(key, shown(key, new), new)))
    holder = record.details.get(HELD_BY)
    if holder and record.action == "redo":  # why the step left the redo list
        text = translate("History", "Left to %1, who made the same change while yours was undone")
        return [_fill(text, str(holder))]
    if holder:  # an undo that found all it set made by a teammate too: nothing put back
        text = translate("History", "Left as it is: %1 made the same change")
        return [_fill(text, str(holder))]
    if record.action != "do" and not values:
        # an undo or redo: what it put back is the value the change replaced
        again = translate("History", "as before the change")
        for key, old in before.items():
            if restored and key in restored:
                back = said(key, shown(key, restored[key]), restored[key])
            else:
                back = again
            lines.append(line(key, said(key, shown(key, old), old), back))
    return lines


def put_back(records: Sequence[AuditRecord], item_id: int) -> dict[int, dict[str, Any]]:
    """Audit id of each undo/redo in ``records`` (newest first) -> the values it put back on
    the item: what the change it took back had replaced ('Rating: 3 → 0', not '3 → as
    before the change'), when that change is among ``records``."""
    out: dict[int, dict[str, Any]] = {}
    for n, record in enumerate(records):
        if record.action == "do" or record.entry_id is None:
            continue
        wanted = ("do", "redo") if record.action == "undo" else ("undo",)
        taken_back = next(
            (r for r in records[n + 1 :] if r.entry_id == record.entry_id and r.action in wanted),
            None,
        )
        if taken_back is not None:
            before = (taken_back.details.get("before") or {}).get(str(item_id))
            if before:
                out[record.id] = dict(before)
    return out


def _field_key(words: str) -> str:
    """'credit line' -> 'credit_line'; 'in point' -> 'in_point_s'; 'caption (fr)' ->
    'caption.fr' (the details' keys)."""
    name, _, lang = words.partition(" (")
    key = labels.field_of_words(name.strip())
    return f"{key}.{lang.rstrip(')')}" if lang else key


def label_text(label: str) -> str:
    """A change's label in the interface's language, as its undo step is named ('Tag
    “Panel”' -> 'Ajout de « Panel »'); a label it does not know is shown as recorded."""
    label = labels.readable(label)
    if label in LABELS:
        return translate(*LABELS[label])
    if label.startswith("Set "):  # "Set rating", "Set consent, flag", "Set caption (fr)"
        keys = [_field_key(part) for part in label[4:].split(", ")]
        if all(k.partition(".")[0] in FIELD_NAMES for k in keys):
            return ", ".join(dict.fromkeys(field_name(k) for k in keys))
    m = CLOCK.match(label)
    if m is not None:
        return clock_step(m.group(1), m.group(2))
    if label.startswith(labels.CLOCK_RESET):
        return _fill(translate("Edits", CLOCK_RESET_TEXT), label[len(labels.CLOCK_RESET) :])
    for pattern, step in (
        (TAG_RENAMED, edit_names.Step.RENAME_TAG),
        (TAG_MERGED, edit_names.Step.MERGE_TAG),
    ):
        m = pattern.match(label)
        if m is not None:
            old, new = edit_names.quoted(m.group(1), None), edit_names.quoted(m.group(2), None)
            return edit_names.named(step, old, new)
    tagged = labels.tag_values(label)
    if tagged is not None:  # named as the undo step is: 'Tag “Panel”'
        return edit_names.tag(tagged)
    untagged = labels.tag_values(label, labels.UNTAG)
    if untagged is not None:
        return edit_names.untag(untagged)
    m = SEGMENTS_DELETED.match(label)
    if m is not None:
        # plural forms: pyside6-lupdate reads them only from self.tr (French said "1
        # segments supprimés" through QCoreApplication.translate)
        return texts_of(HistoryCounts).segments_deleted(int(m.group(1)))
    m = FACES_NAMED.match(label)
    if m is not None:
        return edit_names.name_faces(m.group(1))
    if FACES_CONFIRMED.match(label):
        return edit_names.named(edit_names.Step.CONFIRM_FACES)
    if FACES_REJECTED.match(label):
        return edit_names.named(edit_names.Step.REJECT_FACES)
    m = CONSENT_WITHDRAWN.match(label)
    if m is not None:
        return edit_names.withdraw_consent(m.group(1))
    m = CONSENT_SET.match(label)
    if m is not None:
        said = translate("Edits", "Set consent of %1")
        return _fill(said, edit_names.quoted(m.group(1), None))
    m = HANDLE.match(label)
    if m is not None:
        return _fill(translate("Edits", HANDLE_TEXTS[m.group(1)]), m.group(2))
    if SIDECARS_READ.match(label):
        return edit_names.named(edit_names.Step.READ_SIDECARS)
    for start, step in STEP_STARTS:
        if label.startswith(start):
            return edit_names.named(step)
    if label.startswith(COLLECTION_CREATED) and len(label) > len(COLLECTION_CREATED):
        return edit_names.new_collection(label[len(COLLECTION_CREATED) :])
    m = TAG_DELETED.match(label)
    if m is not None:
        return edit_names.named(edit_names.Step.DELETE_TAG, edit_names.quoted(m.group(1), None))
    for start, context, text in LABEL_STARTS:
        if label.startswith(start) and len(label) > len(start):
            name = label[len(start) :]
            if start in QUOTED_STARTS:
                name = edit_names.quoted(name, None)
            return _fill(translate(context, text), name)
    return label


def clock_step(camera: str, offset: str) -> str:
    """A camera's clock correction, as its step and its History entry name it: 'Correct
    clock of X-T4 by +1 h' in the interface's units ('+2 j 1 h' in French), 'Remove clock
    correction of X-T4' for none (not 'by +0 s')."""
    if offset.strip() in NO_OFFSET:
        return _fill(translate("Edits", CLOCK_RESET_TEXT), camera)
    seconds = timefmt.parse_correction(offset)
    if seconds == 0:
        return _fill(translate("Edits", CLOCK_RESET_TEXT), camera)
    shown = offset if seconds is None else fmt.correction_text(seconds)
    return _fill(translate("Edits", CLOCK_TEXT), camera, shown)


def _texts_of(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` without a text's x-default when the text in a language is there too (a
    text in the catalogue's language sets both: one step)."""
    langs = {k.partition(".")[0] for k in values if "." in k and not k.endswith(".x-default")}
    return {k: v for k, v in values.items() if not (k.endswith(".x-default") and k[:-10] in langs)}


def step_name(values: Mapping[str, Any], sessions: Mapping[int, str] | None = None) -> str | None:
    """The undo step that set ``values``, as the Edit menu names it ('Rate 4', 'Pick', 'Set
    caption (FR) to « … »', 'Assign to « Keynote »', 'Set consent'); None when no one
    step names them."""
    values = _texts_of(values)
    named = edit_names.set_values(values)
    if named is not None or len(values) != 1:
        return named
    key, value = next(iter(values.items()))
    base, _, lang = key.partition(".")
    if lang and lang != "x-default" and base in ("title", "caption", "alt"):
        return edit_names.edit_text(field_name(base), lang, value or None)
    if base == "session_id" and (value is None or (sessions and value in sessions)):
        return edit_names.assign(None if value is None else (sessions or {})[value])
    if base in field_views.EDIT_LABELS:
        return translate("Field", field_views.EDIT_LABELS[base])
    return None


def _folded(record: AuditRecord, item_id: int) -> str | None:
    """The value one field had before a change, as shown after the step's name ('Rate 4
    (was 0)'), where it helps: a rating, flag, label, choice or time (a text's change is
    shown below, cut around where it changed; an empty value says nothing)."""
    values = _texts_of(record.details.get("values") or {})
    before = (record.details.get("before") or {}).get(str(item_id), {})
    if len(values) != 1:
        return None
    key = next(iter(values))
    base = key.partition(".")[0]
    if key not in before or base not in NAMES_VALUE:
        return None
    if (base != "flag" and before[key] in (None, "")) or step_name(values) is None:
        return None
    return show_value(before[key], key, record.session_titles)


def _said_by_title(record: AuditRecord, item_id: int) -> bool:
    """The change's title says all of it: a value and the one it replaced ('Rate 4 (was
    0)'), or a value chosen where there was none ('Assign to “Keynote”'). A typed text
    always has its line, '(empty) → “Talk”' for its first, as every other set of it."""
    if _folded(record, item_id) is not None:
        return True
    values = _texts_of(record.details.get("values") or {})
    before = (record.details.get("before") or {}).get(str(item_id), {})
    if len(values) != 1 or step_name(values, record.session_titles) is None:
        return False
    key = next(iter(values))
    if key.partition(".")[0] not in NAMES_VALUE:
        return False  # 'Set in point', 'Set caption (FR) to …': the value is on the line below
    return key in before and before[key] in (None, "")


def change_title(
    record: AuditRecord, item_id: int | None = None, restored: Mapping[str, Any] | None = None
) -> str:
    """What the change was, named as its undo step is ('Rate 4 (was 0)'; 'Undone: Rate 4'),
    else the fields it set, else its label (tags, collections: their names are the users'
    own words). ``item_id``: the item whose history it is (the value it had before);
    ``restored``: for a redo, the values it put back (see :func:`put_back`)."""
    values = record.details.get("values") or {}
    if record.action == "scan":
        roots = ", ".join(record.details.get("roots") or [record.label])
        return _fill(translate("History", "%1: %2"), translate("History", ACTIONS["scan"]), roots)
    # an undo's label is "Undo <the change>": the History says "Undone: <the change>"
    label = record.label.removeprefix("Undo ") if record.action == "undo" else record.label
    # the values the step set: a change's; for an undo, those it took back (the item's
    # values before it); for a redo, those it put back
    before = (record.details.get("before") or {}).get(str(item_id), {})
    set_by = values or (before if record.action == "undo" else dict(restored or {}))
    # (a session's texts are the programme's: named by their label, not as an item's)
    what = (
        step_name(set_by, record.session_titles)
        if set_by and not labels.programme_change(label)
        else None
    )
    if what is None and values:
        what = ", ".join(dict.fromkeys(field_name(k) for k in values))
    elif what is None:
        what = label_text(label)
    if record.action in ACTIONS:
        return _fill(
            translate("History", "%1: %2"), translate("History", ACTIONS[record.action]), what
        )
    old = _folded(record, item_id) if item_id is not None else None
    return edit_names.was(what, old) if old is not None else what


class HistoryEntry(QWidget):
    """One change: when and who on a quiet line, then what, wrapped to the panel's width
    (a table's three columns cut the change to 'Drapeau : Rejeté →…' at 1366 px). Its
    tooltip holds the whole values (a caption is shown cut at 80 characters)."""

    def __init__(
        self,
        record: AuditRecord,
        item_id: int,
        parent: QWidget | None = None,
        restored: Mapping[str, Any] | None = None,
        *,
        hours: bool = False,
    ) -> None:
        super().__init__(parent)
        self.when = fmt.date_time(record.at)
        self.who = record.user
        what = change_title(record, item_id, restored)
        lines = change_lines(record, item_id, restored=restored, hours=hours)
        self.change = "\n".join([what, *("  " + line for line in lines)])
        self.head = QLabel(f"{self.when} · {self.who}", self)
        self.head.setWordWrap(True)
        quiet(self.head)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown = [f"<b>{html.escape(what)}</b>", *(html.escape(line) for line in lines)]
        self.body.setText("<br>".join(shown))
        whole = "\n".join(
            [what, *change_lines(record, item_id, cut=None, restored=restored, hours=hours)]
        )
        self.setToolTip(f"{fmt.date_time(record.at, fmt.DATE_TIME_PATTERN)} · {self.who}\n{whole}")
        self.body.setToolTip(self.toolTip())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.head)
        column.addWidget(self.body)


class HistoryPanel(QGroupBox):
    """The history of the single selected item (nothing for a multi-selection): its changes,
    newest first, one under the other, each as wide as the inspector."""

    def __init__(
        self,
        history_of: Callable[[int, int], list[AuditRecord]],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("History"))
        self._history_of = history_of
        self._scope = TaskScope(runner, self)
        self.item_id: int | None = None
        self.hours = False  # the item is a recording of an hour or more: times with hours
        self.records: list[AuditRecord] = []
        self.entries: list[HistoryEntry] = []
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        quiet(self.note)
        # the entries grow the inspector, which scrolls (a table of its own, in it, showed
        # three changes at a time behind a second scroll bar)
        self.list = QWidget(self)
        self._list_layout = QVBoxLayout(self.list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(8)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._show([], self.tr("Select one item to see who changed it and when."))

    def show_item(self, item_id: int | None, length_s: float | None = None) -> None:
        """Show the history of ``item_id`` (None: no single item selected); ``length_s``
        is its length when it is a recording (its in/out/poster times then read alike)."""
        hours = (length_s or 0.0) >= 3600
        if item_id == self.item_id and hours == self.hours:
            return
        self.item_id, self.hours = item_id, hours
        if item_id is None:
            self._timer.stop()
            self._show([], self.tr("Select one item to see who changed it and when."))
            return
        self._clear()
        self.note.setText(self.tr("Loading…"))
        self.note.show()
        self._timer.start()

    def changed(self, changes: ChangeSummary) -> None:
        """Reload when the item shown changed (here, in another window or by a teammate)."""
        if self.item_id is not None and self.item_id in changes.items:
            self._timer.start()

    def reload(self) -> None:
        item_id = self.item_id
        if item_id is None:
            return
        history_of = self._history_of

        def done(records: list[AuditRecord]) -> None:
            if item_id == self.item_id:
                self._show(records, self.tr("No changes recorded for this item yet."))

        def failed(exc: BaseException) -> None:
            if item_id == self.item_id:
                why = problem_texts.error_text(exc)  # in the interface's language
                said = self.tr("The history could not be read: %1")
                self._show([], problem_texts.composed(said, why))

        self._scope.submit(lambda: history_of(item_id, LIMIT), done, failed)

    def _clear(self) -> None:
        for entry in self.entries:
            self._list_layout.removeWidget(entry)
            entry.deleteLater()
        self.entries = []

    def _show(self, records: list[AuditRecord], empty: str) -> None:
        self.records = records
        self._clear()
        self.note.setText(empty)
        self.note.setVisible(not records)
        self.list.setVisible(bool(records))
        item_id = self.item_id or 0
        back = put_back(records, item_id)
        for r in records:
            entry = HistoryEntry(r, item_id, self.list, restored=back.get(r.id), hours=self.hours)
            self._list_layout.addWidget(entry)
            self.entries.append(entry)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the panel shows, entry by entry: when, who, what (tests, accessibility)."""
        return [(e.when, e.who, e.change) for e in self.entries]
