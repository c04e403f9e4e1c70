"""Every user-visible item field described once: label, type, editability, sort, search facet,
CLI option, export token, XMP property, details column and inspector section.

Front ends build from this table instead of keeping their own lists, and read it when they
build (functions below, not copies taken at import), so a field added here shows up in:

- the CLI's ``set`` options (``cli/commands/items.py``, from ``cli_fields()``);
- the result orders (``core/catalog/sorts.py``, from ``sort_names()``);
- the query language's facets (``domain/query.py``: ``facet:value`` of a field with no
  search of its own compares the field, ``ItemFilter.field_values``);
- the export name tokens (``export/naming.py``: ``{token}`` shows the field's value);
- the details table's columns (``column``) and the inspector's rows (``section``), through
  ``gui/field_views.py``, the one place that picks a field's widget, cell text and
  translated name.

``tests/core/test_fields.py`` registers a throwaway field and finds it in each of them. The
catalogue's validators (``EDITABLE``) and the sidecar properties are checked against the table
by the same tests, so a field the catalogue cannot store fails there.

Imports nothing heavy: the CLI reads it while building its parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from smparchive.core.vocab import ColourLabel, Consent, Flag, ItemStatus, Kind, stored_values

__all__ = [
    "EDITABLE_FIELDS",
    "FIELDS",
    "Field",
    "FieldType",
    "Section",
    "by_facet",
    "by_name",
    "cli_fields",
    "column_fields",
    "export_tokens",
    "facets",
    "section_fields",
    "sort_names",
    "token_fields",
]


class Section(StrEnum):
    """The inspector's group that shows a field (localised texts have the caption editor)."""

    CULLING = "culling"
    RIGHTS = "rights"
    FILE = "file"


class FieldType(StrEnum):
    TEXT = "text"  # one line of free text
    LOCALISED = "localised"  # text per language (title, caption, alt text)
    INT = "int"
    CHOICE = "choice"  # one of ``choices``
    TIME = "time"
    NUMBER = "number"  # float
    BYTES = "bytes"


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One user-visible field of an item.

    ``name`` is the ``ItemRecord`` attribute (for localised texts: the ``item_texts.field``;
    for a ``derived`` field: a name the front ends compute from the whole record, such as
    the dimensions from width and height); ``sort``/``facet``/``cli``/``token``/``xmp``/
    ``column``/``section`` are None where the field has none.
    """

    name: str
    label: str  # English; the GUI translates it (context "Field")
    type: FieldType
    editable: bool = False
    choices: tuple[str, ...] = ()  # words a user types (CHOICE fields)
    clear: str | None = None  # the word that clears the field ("none"), if it may be empty
    low: int | None = None  # INT range
    high: int | None = None
    sort: str | None = None  # result order name (``sort:NAME``, ``--sort NAME``)
    facet: str | None = None  # query-language key (``KEY:value``)
    cli: str | None = None  # the ``set`` option
    token: str | None = None  # export file-name token (``{token}``)
    xmp: str | None = None  # XMP property written to and read from sidecars
    column: int | None = None  # position among the details table's columns
    section: Section | None = None  # the inspector group showing (or editing) it
    derived: bool = False  # shown from several record attributes, not stored as one
    help: str = ""

    def parse(self, text: str) -> Any:
        """What a user typed (CLI) as the value ``Catalog.set_fields`` stores; raises
        ValueError with one sentence when it is not a value of this field."""
        value = text.strip()
        if self.clear is not None and value.lower() == self.clear:
            return None
        if self.name == "flag":
            return int(Flag.parse(value))
        if self.type is FieldType.INT:
            n = int(value)
            if (self.low is not None and n < self.low) or (self.high is not None and n > self.high):
                raise ValueError(f"{self.label} must be from {self.low} to {self.high}.")
            return n
        if self.type is FieldType.CHOICE and value not in self.choices:
            raise ValueError(f"{self.label} must be one of {', '.join(self.choices)}.")
        return value

    def cli_choices(self) -> list[str] | None:
        """The values the ``set`` option accepts (None: free text or a number)."""
        if self.name == "flag":
            return sorted([*(f.label for f in Flag), "unflag"])
        if self.type is FieldType.CHOICE:
            return [*self.choices, *([self.clear] if self.clear else [])]
        if self.type is FieldType.INT and self.low is not None and self.high is not None:
            return [str(n) for n in range(self.low, self.high + 1)]
        return None


# In the inspector's order within a section; the details table orders by ``column``.
FIELDS: tuple[Field, ...] = (
    Field(name="name", label="File name", type=FieldType.TEXT, sort="name", token="original",
          column=1),
    Field(name="kind", label="Kind", type=FieldType.CHOICE, choices=stored_values(Kind),
          facet="kind", column=3, section=Section.FILE),
    Field(name="capture_utc", label="Captured", type=FieldType.TIME, sort="time",
          facet="date", token="date", column=2, section=Section.FILE),
    Field(name="capture_source", label="Time from", type=FieldType.TEXT,
          section=Section.FILE),
    Field(name="camera_model", label="Camera", type=FieldType.TEXT, facet="camera",
          column=8, section=Section.FILE),
    Field(name="lens", label="Lens", type=FieldType.TEXT, section=Section.FILE),
    Field(name="dimensions", label="Dimensions", type=FieldType.TEXT, derived=True, column=9,
          section=Section.FILE),
    Field(name="length", label="Length", type=FieldType.NUMBER, derived=True, column=10,
          section=Section.FILE),
    Field(name="size", label="Size", type=FieldType.BYTES, sort="size", column=11,
          section=Section.FILE),
    Field(name="status", label="Status", type=FieldType.CHOICE,
          choices=stored_values(ItemStatus), facet="status", column=13, section=Section.FILE),
    Field(name="path", label="Path", type=FieldType.TEXT, column=15, section=Section.FILE),
    Field(name="first_seen_at", label="Added", type=FieldType.TIME, sort="added", column=14),
    Field(name="rating", label="Rating", type=FieldType.INT, editable=True, low=0, high=5,
          sort="rating", facet="rating", cli="--rating", xmp="xmp:Rating", column=4,
          section=Section.CULLING, help="0-5 stars"),
    Field(name="flag", label="Flag", type=FieldType.CHOICE, editable=True,
          choices=tuple(f.label for f in Flag), facet="flag", cli="--flag",
          xmp="digiKam:PickLabel", column=5, section=Section.CULLING,
          help="pick, reject or none"),
    Field(name="color_label", label="Colour label", type=FieldType.CHOICE, editable=True,
          choices=stored_values(ColourLabel), clear="none", facet="color", cli="--color",
          xmp="xmp:Label", column=6, section=Section.CULLING),
    Field(name="consent", label="Consent", type=FieldType.CHOICE, editable=True,
          choices=stored_values(Consent), facet="consent", cli="--consent",
          xmp="plus:ModelReleaseStatus", column=12, section=Section.CULLING),
    Field(name="consent_note", label="Consent note", type=FieldType.TEXT, editable=True,
          cli="--consent-note", section=Section.CULLING),
    # assigned, not typed: the inspector's session chooser asks the catalogue to assign
    Field(name="session_id", label="Session", type=FieldType.TEXT, facet="session",
          token="session", column=7, section=Section.CULLING),
    Field(name="day_id", label="Day", type=FieldType.TEXT, facet="day", token="day"),
    Field(name="creator", label="Creator", type=FieldType.TEXT, editable=True,
          cli="--creator", token="creator", xmp="dc:creator", section=Section.RIGHTS),
    Field(name="credit_line", label="Credit line", type=FieldType.TEXT, editable=True,
          cli="--credit", xmp="photoshop:Credit", section=Section.RIGHTS),
    Field(name="copyright", label="Copyright", type=FieldType.TEXT, editable=True,
          cli="--copyright", xmp="dc:rights", section=Section.RIGHTS),
    Field(name="licence", label="Licence", type=FieldType.TEXT, editable=True,
          cli="--licence", xmp="xmpRights:UsageTerms"),
    Field(name="title", label="Title", type=FieldType.LOCALISED, editable=True,
          cli="--title", token="title", xmp="dc:title",
          help="title text; language with --lang"),
    Field(name="caption", label="Caption", type=FieldType.LOCALISED, editable=True,
          cli="--caption", xmp="dc:description", help="caption text; language with --lang"),
    Field(name="alt", label="Alt text", type=FieldType.LOCALISED, editable=True, cli="--alt",
          xmp="Iptc4xmpCore:AltTextAccessibility", help="alt text; language with --lang"),
)  # fmt: skip

# Plain (not localised) fields a user may set with ``Catalog.set_fields``.
EDITABLE_FIELDS = tuple(f.name for f in FIELDS if f.editable and f.type is not FieldType.LOCALISED)


def by_name(name: str) -> Field:
    """The field called ``name`` (KeyError when there is none)."""
    for f in FIELDS:
        if f.name == name:
            return f
    raise KeyError(name)


def cli_fields() -> tuple[Field, ...]:
    """Fields with a ``set`` option, in table order."""
    return tuple(f for f in FIELDS if f.cli)


def sort_names() -> tuple[str, ...]:
    """Result orders, ``time`` (the default) first."""
    names = [f.sort for f in FIELDS if f.sort]
    return tuple(sorted(names, key=lambda n: (n != "time", names.index(n))))


def facets() -> tuple[str, ...]:
    """Query-language keys that search a field."""
    return tuple(f.facet for f in FIELDS if f.facet)


def by_facet(key: str) -> Field | None:
    """The field the query key ``key`` searches, if any."""
    return next((f for f in FIELDS if f.facet == key), None)


def export_tokens() -> tuple[str, ...]:
    """Export name tokens that show a field's value."""
    return tuple(f.token for f in FIELDS if f.token)


def token_fields() -> tuple[Field, ...]:
    """Fields with an export name token, in table order."""
    return tuple(f for f in FIELDS if f.token)


def column_fields() -> tuple[Field, ...]:
    """The details table's columns, in their order."""
    return tuple(sorted((f for f in FIELDS if f.column is not None), key=lambda f: f.column or 0))


def section_fields(section: Section) -> tuple[Field, ...]:
    """The inspector rows of one group, in table order."""
    return tuple(f for f in FIELDS if f.section is section)
