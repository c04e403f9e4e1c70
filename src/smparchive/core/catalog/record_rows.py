"""Item records made from the rows SQLite keeps, through the standard library alone.

One mechanism for every reading of records from a SQLite catalogue: the full catalogue's
(a grid page, the inspector, an export) and the light reader's (the command line's ``ls``
and ``show``). Each column's conversion from its stored form (times as microseconds,
hashes as 32 bytes, vocabularies as codes; see ``stored.py`` and ``codes.py``) is worked
out once, not looked up for each value: a page of 200 records was ~20 ms of Python, all of
it holding the interpreter the UI thread waits for while the grid scrolls. PostgreSQL
keeps its values' own types and reads through SQLAlchemy's column types.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.codes import (
    COLUMN_ENUMS,
    FORMAT_CODES,
    MIME_CODES,
    long_text,
    value_of,
    value_texts,
)
from smparchive.core.catalog.pathsql import ITEM_PATH_SQL
from smparchive.core.catalog.stored import stored_time
from smparchive.core.domain.consent import (
    RestrictedPerson,
    SessionFlags,
    restrictions,
    withdrawals,
)
from smparchive.core.pathnames import from_catalogue, join_root
from smparchive.core.vocab import Restriction

if TYPE_CHECKING:
    from smparchive.core.catalog.item_records import ItemRecord, TagRef

# The columns SQLAlchemy's types give as aware UTC datetimes, as naive datetimes (the
# device's clock) and as booleans (models.py); the reader's own SQL reads them raw.
UTC_COLUMNS = frozenset({"capture_utc", "first_seen_at", "updated_at", "last_verified_at"})
NAIVE_COLUMNS = frozenset({"capture_local"})
BOOL_COLUMNS = frozenset({"has_embedded_thumb"})

# An item's camera make, model and serial: its camera row's (migration 0031; as
# models._camera_part says them); its path: its folder's and its name (0033).
COLUMN_SQL = {
    f"camera_{part}": f"(SELECT nullif(cameras.{part}, '') FROM cameras "
    f"WHERE cameras.id = items.camera_id)"
    for part in ("make", "model", "serial")
}
COLUMN_SQL["rel_path"] = ITEM_PATH_SQL

# Tags and tag lists shared between the records that carry them: a page's records name the
# same few tags again and again, and every object a record holds is one more for the reader
# thread to allocate and for the cycle collector (on the UI thread) to walk while the grid
# scrolls. Both are immutable; a renamed or moved tag is another key. Bounded: cleared when
# full (a catalogue of many tags only loses the sharing).
_SHARED_MAX = 50_000
_tag_refs: dict[tuple[int, str, str, str], TagRef] = {}
_tag_lists: dict[tuple[TagRef, ...], tuple[TagRef, ...]] = {}

_EPOCH = datetime(1970, 1, 1)
_EPOCH_UTC = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


def _utc(value: Any) -> datetime:
    if type(value) is int:
        return _EPOCH_UTC + value * _MICRO
    moment = stored_time(value)
    assert moment is not None
    return moment.replace(tzinfo=UTC)


def _naive(value: Any) -> datetime:
    if type(value) is int:
        return _EPOCH + value * _MICRO
    moment = stored_time(value)
    assert moment is not None
    return moment


def _hash(value: Any) -> str:
    return value.hex() if isinstance(value, bytes) else str(value)


def _vocabulary(enum: Any) -> Callable[[Any], str]:
    table = value_texts(enum)

    def text(code: Any) -> str:
        # a dict hit for every known code; anything else gets value_of's error
        found = table.get(code) if type(code) is int else None
        return found if found is not None else value_of(enum, code)

    return text


def _short_text(codes: dict[str, str]) -> Callable[[Any], str | None]:
    seen: dict[Any, str | None] = {}

    def text(stored: Any) -> str | None:
        try:
            return seen[stored]
        except KeyError:
            found = long_text(codes, stored)
            if len(seen) < 4096:  # the known codes, and a few values stored as they are
                seen[stored] = found
            return found

    return text


@functools.cache
def _record_sql() -> tuple[str, tuple[tuple[int, Callable[[Any], Any]], ...]]:
    """The record's columns as a SELECT list and each converted column's (position,
    conversion), worked out once."""
    from smparchive.core.catalog.item_records import ITEM_COLUMN_FIELDS

    convert: dict[str, Callable[[Any], Any]] = {
        **{c: _utc for c in UTC_COLUMNS},
        **{c: _naive for c in NAIVE_COLUMNS},
        **{c: bool for c in BOOL_COLUMNS},
        **{c: _vocabulary(e) for c, e in COLUMN_ENUMS.items()},
        "sha256": _hash,
        "mime": _short_text(MIME_CODES),
        "format": _short_text(FORMAT_CODES),
    }
    columns = ", ".join(COLUMN_SQL.get(c, f"items.{c}") for c in ITEM_COLUMN_FIELDS)
    steps = tuple((i, convert[c]) for i, c in enumerate(ITEM_COLUMN_FIELDS) if c in convert)
    return columns, steps


def read_records(
    execute: Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]],
    ids: Sequence[int],
    roots: dict[int, str],
    tag_paths: dict[int, str],
) -> list[ItemRecord]:
    """The records of ``ids`` in that order (missing ids skipped), read by ``execute`` (a
    statement and its parameters -> rows as SQLite gives them); ``roots`` says where each
    root is on this machine and ``tag_paths`` each tag's "Parent|Child" path."""
    if not ids:
        return []
    from smparchive.core.catalog.item_records import TagRef

    columns, steps = _record_sql()
    rows: dict[int, list[Any]] = {}
    texts: dict[int, dict[str, dict[str, str]]] = {}
    tags: dict[int, list[TagRef]] = {}
    people: dict[int, list[RestrictedPerson]] = {}  # restricted people shown
    for chunk in chunked(list(ids)):
        marks = ", ".join("?" * len(chunk))
        for row in execute(f"SELECT {columns} FROM items WHERE items.id IN ({marks})", chunk):
            values = list(row)
            for i, step in steps:
                value = values[i]
                if value is not None:
                    values[i] = step(value)
            rows[values[0]] = values
        for item_id, field, lang, value in execute(
            f"SELECT item_id, field, lang, value FROM item_texts WHERE item_id IN ({marks})",
            chunk,
        ):
            texts.setdefault(item_id, {}).setdefault(field, {})[lang] = value
        for item_id, tag_id, name, kind, restriction, withdrawn_on in execute(
            "SELECT item_tags.item_id, tags.id, tags.name, tags.kind, tags.restriction, "
            "tags.consent_withdrawn_on "
            f"FROM item_tags JOIN tags ON tags.id = item_tags.tag_id "
            f"WHERE item_tags.item_id IN ({marks})",
            chunk,
        ):
            key = (tag_id, name, kind, tag_paths.get(tag_id, name))
            ref = _tag_refs.get(key)
            if ref is None:
                if len(_tag_refs) >= _SHARED_MAX:
                    _tag_refs.clear()
                ref = _tag_refs[key] = TagRef(id=key[0], name=key[1], kind=key[2], path=key[3])
            tags.setdefault(item_id, []).append(ref)
            if restriction != Restriction.NONE:
                on = date.fromisoformat(withdrawn_on) if withdrawn_on else None
                people.setdefault(item_id, []).append((name, restriction, on))
    make = RecordMaker(roots, restricted_sessions(execute))
    return [
        make(found, texts.get(i), tags.get(i), people.get(i))
        for i in ids
        if (found := rows.get(i)) is not None
    ]


def restricted_sessions(
    execute: Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]],
) -> dict[int, SessionFlags]:
    """The sessions not for publication or not to be recorded, by id (a few: read whole;
    portable SQL, also run on PostgreSQL)."""
    return {
        int(i): SessionFlags(title, bool(dnp), bool(dnr))
        for i, title, dnp, dnr in execute(
            "SELECT id, title, do_not_publish, do_not_record FROM sessions "
            "WHERE do_not_publish OR do_not_record",
            (),
        )
    }


class RecordMaker:
    """Makes item records from their columns' values (in ``ITEM_COLUMN_FIELDS``' order),
    texts, tags and restricted people; ``roots`` says where each root is on this machine,
    ``sessions`` which sessions restrict their items (``consent.restrictions``)."""

    def __init__(self, roots: dict[int, str], sessions: dict[int, SessionFlags]) -> None:
        self._roots = roots
        self._sessions = sessions
        self._folders: dict[tuple[int, str], str] = {}  # (root, folder) -> its OS path
        self._fields, self._rest = _setters()
        from smparchive.core.catalog.item_records import ITEM_COLUMN_FIELDS, ItemRecord

        self._record = ItemRecord
        self._kind_at = ITEM_COLUMN_FIELDS.index("kind")
        self._session_at = ITEM_COLUMN_FIELDS.index("session_id")

    def __call__(
        self,
        values: Sequence[Any],
        texts: dict[str, dict[str, str]] | None,
        tags: list[TagRef] | None,
        people: list[RestrictedPerson] | None = None,
    ) -> ItemRecord:
        """An item record; its tags sorted by kind, then path, as every view lists them;
        ``people``: the restricted people it shows, (name, restriction, withdrawn on)."""
        t = texts or {}
        made = object.__new__(self._record)
        for put, value in zip(self._fields, values, strict=True):
            put(made, value)
        path_of, titles, captions, alt_texts, tags_of, held, withdrawn = self._rest
        session = self._sessions.get(values[self._session_at]) if self._sessions else None
        if session or people:
            shown = [(name, level) for name, level, _on in people or ()]
            held(made, restrictions(values[self._kind_at], session, shown))
        else:
            held(made, ())
        withdrawn(made, withdrawals(people) if people else ())
        path_of(made, self._path(values[1], values[2]))
        titles(made, t.get("title", {}))
        captions(made, t.get("caption", {}))
        alt_texts(made, t.get("alt", {}))
        tags_of(made, _shared_list(tuple(sorted(tags, key=_tag_order))) if tags else ())
        return made

    def _path(self, root_id: int, rel_path: str) -> str:
        """``join_root`` of the root's place and ``rel_path``, its folder's part joined once
        per page (``os.path.join`` is a left fold: the same text)."""
        root = self._roots.get(root_id, "")
        if not root:
            return join_root(root, rel_path)
        folder, _slash, name = rel_path.rpartition("/")
        key = (root_id, folder)
        place = self._folders.get(key)
        if place is None:
            place = self._folders[key] = join_root(root, folder)
        return os.path.join(place, from_catalogue(name))


@functools.cache
def _setters() -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The slot setters of ``ItemRecord``'s column fields (in ``ITEM_COLUMN_FIELDS``' order)
    and of its path, titles, captions, alt texts and tags.

    A record is filled through its slots rather than its generated ``__init__``: a frozen
    dataclass's ``__init__`` sets each of its 56 fields by ``object.__setattr__`` from 56
    keyword arguments (~30 us a record here against ~13), and a page's 200 records are made
    while the UI thread waits for the interpreter. Every field is set, as ``__init__`` would.
    """
    from smparchive.core.catalog.item_records import ITEM_COLUMN_FIELDS, ItemRecord

    slots = ItemRecord.__dict__
    rest = ("path", "titles", "captions", "alt_texts", "tags", "restrictions", "withdrawn")
    assert {f.name for f in dataclasses.fields(ItemRecord)} == {*ITEM_COLUMN_FIELDS, *rest}
    assert ITEM_COLUMN_FIELDS[1:3] == ("root_id", "rel_path")  # RecordMaker._path reads them
    return (
        tuple(slots[name].__set__ for name in ITEM_COLUMN_FIELDS),
        tuple(slots[name].__set__ for name in rest),
    )


def _shared_list(tags: tuple[TagRef, ...]) -> tuple[TagRef, ...]:
    """The one tuple of these tags that records share (see ``_tag_lists``)."""
    found = _tag_lists.get(tags)
    if found is not None:
        return found
    if len(_tag_lists) >= _SHARED_MAX:
        _tag_lists.clear()
    _tag_lists[tags] = tags
    return tags


def _tag_order(tag: TagRef) -> tuple[str, str]:
    return (tag.kind, tag.path.lower())
