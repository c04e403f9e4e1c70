"""What operations report, as plain data: change summaries, undo records, results, the
history's lines and the edit conflict a teammate's newer change raises.

Kept apart from ``undo.py`` and ``audit.py`` (which write them with SQLAlchemy): the app's
window and the command line use these values before, or without, the database toolkit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from smparchive.core.catalog.errors import CatalogError

# set_text without a check of the text typed over (a script's or a batch edit's).
ANY_TEXT = object()


@dataclass(frozen=True)
class ChangeSummary:
    """Which catalogue objects an operation touched (views refresh from this)."""

    items: frozenset[int] = frozenset()
    tags: frozenset[int] = frozenset()
    sessions: frozenset[int] = frozenset()
    collections: frozenset[int] = frozenset()
    events: frozenset[int] = frozenset()
    roots: frozenset[int] = frozenset()
    # items whose picture changed (a video's poster time): views make and show it again
    pictures: frozenset[int] = frozenset()

    def merge(self, other: ChangeSummary) -> ChangeSummary:
        """Union of two summaries."""
        return ChangeSummary(
            items=self.items | other.items,
            tags=self.tags | other.tags,
            sessions=self.sessions | other.sessions,
            collections=self.collections | other.collections,
            events=self.events | other.events,
            roots=self.roots | other.roots,
            pictures=self.pictures | other.pictures,
        )

    @property
    def empty(self) -> bool:
        return (
            not (self.items or self.tags or self.sessions or self.collections or self.events)
            and not self.roots
        )


@dataclass(frozen=True)
class UndoRecord:
    """Steps that undo one operation, newest first; plain JSON-able data."""

    label: str
    steps: tuple[dict[str, Any], ...]
    changes: ChangeSummary = field(default_factory=ChangeSummary)
    entry_id: int | None = None  # the persisted journal entry this record belongs to
    is_redo: bool = False
    # The operation changed no searchable text, so neither does undoing it (no reindex).
    # Entries journalled before this flag existed lack it and are reindexed.
    text_unchanged: bool = False

    def to_json(self) -> dict[str, Any]:
        """Serialise for the persisted journal."""
        out: dict[str, Any] = {
            "label": self.label,
            "steps": [encode_value(s) for s in self.steps],
            "changes": {k: sorted(getattr(self.changes, k)) for k in _CHANGE_FIELDS},
        }
        if self.text_unchanged:
            out["text_unchanged"] = True
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UndoRecord:
        """Inverse of :meth:`to_json`."""
        ch = data.get("changes", {})
        return cls(
            label=data["label"],
            steps=tuple(decode_value(s) for s in data["steps"]),
            changes=ChangeSummary(**{k: frozenset(ch.get(k, ())) for k in _CHANGE_FIELDS}),
            text_unchanged=bool(data.get("text_unchanged", False)),
        )


_CHANGE_FIELDS = ("items", "tags", "sessions", "collections", "events", "roots", "pictures")


T = TypeVar("T")


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What every mutating catalogue operation returns.

    ``value`` is what the operation made, typed by the operation: ``OpResult[int]`` for the
    id of a created object, ``OpResult[None]`` when there is nothing to return.
    """

    changes: ChangeSummary
    undo: UndoRecord | None
    message: str = ""
    value: T = None  # type: ignore[assignment]  # only OpResult[None] omits it
    # an undo or redo that left values a teammate had set the same since (theirs too)
    kept: SameKept | None = None


@dataclass(frozen=True)
class SameKept:
    """What an undo (or redo) left as it is: a teammate set the same value since, so it is
    theirs too (both added "Panel"; one undoes; the keyword stays)."""

    user: str
    field: str  # as in the audit log: 'tag.12', 'items.rating', 'text.caption.fr'
    item_id: int | None  # the first item it stayed on (None: a row of no item, a clock)
    items: int  # on how many items
    at: datetime  # when the teammate set it
    item_name: str | None = None  # the first item's file name
    said: str = ""  # in English (the command line's words)
    tag_kind: str | None = None  # of the tag of a field 'tag.12' (keywords or people)


class EditConflict(CatalogError):
    """A change would overwrite what a teammate changed since; nothing was changed.

    Besides its sentence it says who (``user``), which item and field (``item_id``,
    ``field`` as in the audit log: 'items.rating', 'text.caption.fr'; ``item_name``: the
    item's file name, what the person knows it by), when (``at``) and, for edits, the
    value now there (``now``), so the app can ask in its own words; ``mine_at``: when the
    person's own change (or undo, for a redo) was made, before theirs; ``item_length_s``: a
    recording's length, so a time into it reads as the player shows it ('0:02:40.000' in an
    hour-long one)."""

    def __init__(
        self,
        message: str,
        *,
        user: str | None = None,
        item_id: int | None = None,
        field: str | None = None,
        at: datetime | None = None,
        now: Any = None,
        item_name: str | None = None,
        item_length_s: float | None = None,
        tag_kind: str | None = None,
        mine_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.tag_kind = tag_kind  # of the tag of a field 'tag.12': keywords or people
        self.mine_at = mine_at
        self.user = user
        self.item_id = item_id
        self.item_name = item_name
        self.item_length_s = item_length_s
        self.field = field
        self.at = at
        self.now = now


class NothingLeftToUndo(CatalogError):
    """ "Use mine" on a refused undo found nothing of the change left to take back (a
    teammate merged the keyword it added into another): nothing changed, and it says so
    rather than passing for done."""


# details key of an undo that left every value to a teammate: who holds them (the log says)
HELD_BY = "held_by"


class LeftToTeammate(NothingLeftToUndo):
    """Nothing of one's own was left to undo: every value the step set is held by a
    teammate too (both added "Panel"), so it stays. Not a failure: the app says it on its
    status bar and ``smparchive undo`` in a plain sentence (exit 0); the undo is still
    recorded, so the history says who holds the value and the teammate's later undo is
    no longer held back by this person's."""

    def __init__(self, said: str, user: str | None, at: datetime | None = None) -> None:
        super().__init__(said)
        self.user = user  # who holds the values (None: the history no longer says)
        self.at = at  # when they set them (None: not said)


@dataclass(frozen=True)
class AuditRecord:
    """One line of the history: who did what, when, to how many items."""

    id: int
    at: datetime
    user: str
    action: str  # do | undo | redo | scan
    label: str
    fields: tuple[str, ...]
    details: dict[str, Any]
    item_count: int
    entry_id: int | None
    # the titles of the sessions the change's values name by id (session_id), so a history
    # can say "EMN roundtable" where the record holds 12; a deleted session has none
    session_titles: Mapping[int, str] = field(default_factory=dict)

    def session_ids(self) -> set[int]:
        """The session ids the change's values and earlier values name."""
        values = self.details.get("values") or {}
        before = self.details.get("before") or {}
        found = [values.get("session_id")]
        found += [old.get("session_id") for old in before.values() if isinstance(old, dict)]
        return {v for v in found if isinstance(v, int)}


_PLAIN = (int, str, float, bool, type(None))


def encode_value(value: Any) -> Any:
    if type(value) in _PLAIN:  # most values, e.g. the ids of thousands of rows
        return value
    if isinstance(value, datetime):
        return {"__dt__": value.isoformat()}
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    if isinstance(value, dict):
        return {k: encode_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode_value(v) for v in value]
    return value


def decode_value(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, dict):
        if set(value) == {"__dt__"}:
            return datetime.fromisoformat(value["__dt__"])
        if set(value) == {"__date__"}:
            return date.fromisoformat(value["__date__"])
        return {k: decode_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_value(v) for v in value]
    return value
