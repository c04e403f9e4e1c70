"""How the GUI shows and edits a field of the registry (``core/fields.py``), in one place.

The details table's columns and the inspector's rows are the registry's ``column`` and
``section`` fields; this module gives each its translated name, its text in a table cell
(and the cell's sort key), its text in the inspector, and its editor widget. A field with
needs of its own (stars for the rating, colour swatches for the label, the session chooser)
is named in the tables below; any other field gets what its type asks for, so a field added
to the registry shows up, in English, with no change here. Give it a translated name in
``LABELS`` (and its French and Dutch in the .ts files) to finish it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.fields import Field, FieldType
from smparchive.core.vocab import Consent, ItemStatus
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, texts_of, translate
from smparchive.gui.widgets.fields import ChoiceField, StarsField, TextField, colour_icon

__all__ = [
    "LABELS",
    "Editor",
    "EditorWidget",
    "cell",
    "cell_samples",
    "detail",
    "edit_label",
    "label",
    "make_editor",
    "sort_key",
    "value",
]

CONTEXT = "Field"

# The interface's name of each field (the registry's ``label`` is the English fallback and
# the CLI's word); the details table and the inspector both use it.
LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "capture_utc": QT_TRANSLATE_NOOP("Field", "Captured"),
    "capture_source": QT_TRANSLATE_NOOP("Field", "Time from"),
    "camera_model": QT_TRANSLATE_NOOP("Field", "Camera"),
    "lens": QT_TRANSLATE_NOOP("Field", "Lens"),
    "dimensions": QT_TRANSLATE_NOOP("Field", "Dimensions"),
    "length": QT_TRANSLATE_NOOP("Field", "Length"),
    "size": QT_TRANSLATE_NOOP("Field", "Size"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "path": QT_TRANSLATE_NOOP("Field", "Path"),
    "first_seen_at": QT_TRANSLATE_NOOP("Field", "Added"),
    "rating": QT_TRANSLATE_NOOP("Field", "Rating"),
    "flag": QT_TRANSLATE_NOOP("Field", "Flag"),
    "color_label": QT_TRANSLATE_NOOP("Field", "Label"),
    "consent": QT_TRANSLATE_NOOP("Field", "Consent"),
    "consent_note": QT_TRANSLATE_NOOP("Field", "Consent note"),
    "session_id": QT_TRANSLATE_NOOP("Field", "Session"),
    "creator": QT_TRANSLATE_NOOP("Field", "Creator"),
    "credit_line": QT_TRANSLATE_NOOP("Field", "Credit"),
    "copyright": QT_TRANSLATE_NOOP("Field", "Copyright"),
}

# The undo stack's name of an edit made in the inspector.
EDIT_LABELS: dict[str, str] = {
    "rating": QT_TRANSLATE_NOOP("Field", "Set rating"),
    "flag": QT_TRANSLATE_NOOP("Field", "Set flag"),
    "color_label": QT_TRANSLATE_NOOP("Field", "Set colour label"),
    "consent": QT_TRANSLATE_NOOP("Field", "Set consent"),
    "consent_note": QT_TRANSLATE_NOOP("Field", "Set consent note"),
    "creator": QT_TRANSLATE_NOOP("Field", "Set creator"),
    "credit_line": QT_TRANSLATE_NOOP("Field", "Set credit"),
    "copyright": QT_TRANSLATE_NOOP("Field", "Set copyright"),
}


def label(f: Field) -> str:
    """The field's name in the interface language."""
    return translate(CONTEXT, LABELS.get(f.name, f.label))


def edit_label(f: Field) -> str:
    """The undo stack's name for setting the field ("Set rating")."""
    known = EDIT_LABELS.get(f.name)
    if known is not None:
        return translate(CONTEXT, known)
    return translate("Field", "Set %1").replace("%1", label(f))


def value(f: Field, rec: ItemRecord) -> Any:
    """The record's stored value of the field (None for a derived or localised field)."""
    if f.derived:
        return None
    if f.type is FieldType.LOCALISED:
        return rec.text(f.name) if f.name in ("title", "caption", "alt") else None
    return getattr(rec, f.name, None)


# -- text -------------------------------------------------------------------------------------
SessionName = Callable[[int | None], str]


class FieldTexts(QObject):
    """Texts with a count (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def pages(self, n: int) -> str:
        return self.tr("%Ln pages", None, n)


def _pages(n: int) -> str:
    return texts_of(FieldTexts).pages(n)


def _length(rec: ItemRecord) -> str:
    if rec.duration_s:
        return fmt.duration(rec.duration_s)
    return _pages(rec.page_count) if rec.page_count else ""


def _plain(f: Field, v: Any) -> str:
    """Text of a value by the field's type."""
    if v is None:
        return ""
    if f.type is FieldType.TIME and isinstance(v, datetime):
        return fmt.date_time(v)
    if f.type is FieldType.BYTES:
        return fmt.size(int(v))
    if f.type is FieldType.NUMBER:
        return f"{v:g}" if isinstance(v, float) else str(v)
    return str(v)


# (display, sort key) of a table cell, by field; session names come from the caller
_CELLS: dict[str, Callable[[ItemRecord, SessionName], tuple[str, Any]]] = {
    "name": lambda r, _s: (r.name, r.name.lower()),
    "capture_utc": lambda r, _s: (
        fmt.capture(r),
        r.capture_utc.timestamp() if r.capture_utc else 0,
    ),
    "kind": lambda r, _s: (fmt.kind_name(r.kind), r.kind),
    "rating": lambda r, _s: ("★" * r.rating, r.rating),
    "flag": lambda r, _s: (fmt.flag_name(r.flag), r.flag),
    "color_label": lambda r, _s: (fmt.label_name(r.color_label), r.color_label or ""),
    "session_id": lambda r, s: (s(r.session_id), s(r.session_id)),
    "camera_model": lambda r, _s: (fmt.camera(r), fmt.camera(r)),
    "dimensions": lambda r, _s: (fmt.dimensions(r), (r.width or 0) * (r.height or 0)),
    "length": lambda r, _s: (_length(r), r.duration_s or r.page_count or 0),
    "size": lambda r, _s: (fmt.size(r.size), r.size),
    "consent": lambda r, _s: (fmt.consent_shown(r), r.effective_consent),
    "status": lambda r, _s: (
        "" if r.status == ItemStatus.OK and not r.warnings else fmt.status_text(r),
        r.status,
    ),
    "first_seen_at": lambda r, _s: (fmt.date_time(r.first_seen_at), r.first_seen_at),
}


def _cell(f: Field, rec: ItemRecord, session_name: SessionName) -> tuple[str, Any]:
    special = _CELLS.get(f.name)
    if special is not None:
        return special(rec, session_name)
    v = value(f, rec)
    if f.type in (FieldType.INT, FieldType.NUMBER, FieldType.BYTES):
        return _plain(f, v), v if v is not None else 0
    if f.type is FieldType.TIME:
        return _plain(f, v), v.timestamp() if isinstance(v, datetime) else 0
    text = _plain(f, v)
    return text, text.lower()


def cell(f: Field, rec: ItemRecord, session_name: SessionName) -> str:
    """The field's text in a details table cell."""
    return _cell(f, rec, session_name)[0]


def sort_key(f: Field, rec: ItemRecord, session_name: SessionName) -> Any:
    """What the details table sorts the field's cells by (when the core does not)."""
    return _cell(f, rec, session_name)[1]


# Every text a details column can show, where that set is small or all of one shape: the
# column opens wide enough for the widest in the interface's language ('Diaporama', 'Ne pas
# publier', '28 sept. 2022 23:59'), not at a width chosen for English words.
_MOMENTS = tuple(datetime(2022, month, 28, 23, 59) for month in range(1, 13))
_SAMPLES: dict[str, Callable[[], list[str]]] = {
    "kind": lambda: [fmt.kind_name(k) for k in fmt.KIND_NAMES],
    "flag": lambda: [fmt.flag_name(f) for f in fmt.FLAG_NAMES],
    "color_label": lambda: [fmt.label_name(c) for c in fmt.LABEL_NAMES],
    "consent": lambda: [fmt.consent_name(c) for c in fmt.CONSENT_NAMES],
    "status": lambda: [fmt.status_name(s) for s in fmt.STATUS_NAMES],
    # as the cells show them at their longest: the zone named, a correction marked
    "capture_utc": lambda: [fmt.capture_widest(m.replace(tzinfo=UTC)) for m in _MOMENTS],
    # as the cells show them: this computer's clock, with its zone where not the event's
    "first_seen_at": lambda: [fmt.date_time(m.replace(tzinfo=UTC)) for m in _MOMENTS],
}


def cell_samples(f: Field) -> list[str]:
    """The texts the field's details column should show whole (none for free text)."""
    samples = _SAMPLES.get(f.name)
    return samples() if samples else []


# The inspector's longer forms (one record), where they differ from the table cell
_DETAILS: dict[str, Callable[[ItemRecord], str]] = {
    "kind": lambda r: " · ".join(x for x in (fmt.kind_name(r.kind), r.format or "") if x),
    # short enough for the panel ('(+1 h)'; the zone where a bare time could be misread);
    # the tooltip, the Time from row and the loupe spell it out
    "capture_utc": fmt.capture,
    "capture_source": fmt.capture_source,
    "status": fmt.status_text,
}


def detail(f: Field, rec: ItemRecord) -> str:
    """The field's text in the inspector's rows (one record selected)."""
    special = _DETAILS.get(f.name)
    return special(rec) if special is not None else cell(f, rec, lambda _sid: "")


# -- editors ----------------------------------------------------------------------------------
EditorWidget = TextField | ChoiceField | StarsField


@dataclass(frozen=True, slots=True)
class Editor:
    """An inspector editor: the widget, what it shows with nothing selected, whether it takes
    the whole row (no label beside it), and the stored value of what it commits."""

    widget: EditorWidget
    empty: Any = None
    wide: bool = False
    stored: Callable[[Any], Any] = lambda v: v


def _flag() -> Editor:
    choices: list[tuple[Any, str, Any]] = [
        (1, translate("Field", "Pick (P)"), None),
        (0, translate("Field", "Unflagged (U)"), None),
        (-1, translate("Field", "Reject (X)"), None),
    ]
    return Editor(ChoiceField(choices), empty=0)


def _colour_label() -> Editor:
    labels: list[tuple[Any, str, Any]] = [(None, translate("Field", "None"), None)]
    keys = {"red": "6", "yellow": "7", "green": "8", "blue": "9"}
    for name, colour in fmt.LABEL_COLOURS.items():
        text = fmt.label_name(name) + (f" ({keys[name]})" if name in keys else "")
        labels.append((name, text, colour_icon(colour)))
    return Editor(ChoiceField(labels))


def _consent() -> Editor:
    choices = [(k, fmt.consent_name(k), None) for k in fmt.CONSENT_NAMES]
    return Editor(ChoiceField(choices), empty=Consent.UNKNOWN.value)


def _consent_note() -> Editor:
    # under the consent, the whole width: its label was the widest of the group and
    # squeezed every field beside it (French "Note de consentement")
    text = translate("Field", "Consent note")
    note = TextField(placeholder=text)
    note.setAccessibleName(text)
    note.setToolTip(text)
    return Editor(note, wide=True, stored=lambda v: v or None)


def _session() -> Editor:
    # the sessions are filled in by the inspector (set_sessions)
    return Editor(ChoiceField([(None, translate("Field", "No session"), None)]))


_EDITORS: dict[str, Callable[[], Editor]] = {
    "rating": lambda: Editor(StarsField(), empty=0),
    "flag": _flag,
    "color_label": _colour_label,
    "consent": _consent,
    "consent_note": _consent_note,
    "session_id": _session,
}


def make_editor(f: Field) -> Editor:
    """The inspector's editor for a field: its own, else one for its type."""
    special = _EDITORS.get(f.name)
    if special is not None:
        return special()
    if f.type is FieldType.CHOICE:
        choices: list[tuple[Any, str, Any]] = [(c, c, None) for c in f.choices]
        if f.clear is not None:
            choices.insert(0, (None, translate("Field", "None"), None))
        return Editor(ChoiceField(choices))
    if f.type is FieldType.INT and f.low is not None and f.high is not None:
        return Editor(ChoiceField([(n, str(n), None) for n in range(f.low, f.high + 1)]))
    return Editor(TextField(), stored=lambda v: v or None)
