"""Undo as plain data: row before-images captured by a journal, applied in reverse.

One mechanism serves every mutation: an operation changes rows only through a
:class:`Journal`, which records how to put each row back. Applying an :class:`UndoRecord`
returns the record that redoes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.models import Base


@dataclass(frozen=True)
class ChangeSummary:
    """Which catalogue objects an operation touched (views refresh from this)."""

    items: frozenset[int] = frozenset()
    tags: frozenset[int] = frozenset()
    sessions: frozenset[int] = frozenset()
    collections: frozenset[int] = frozenset()
    events: frozenset[int] = frozenset()
    roots: frozenset[int] = frozenset()

    def merge(self, other: ChangeSummary) -> ChangeSummary:
        """Union of two summaries."""
        return ChangeSummary(
            items=self.items | other.items,
            tags=self.tags | other.tags,
            sessions=self.sessions | other.sessions,
            collections=self.collections | other.collections,
            events=self.events | other.events,
            roots=self.roots | other.roots,
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

    def to_json(self) -> dict[str, Any]:
        """Serialise for the persisted journal."""
        return {
            "label": self.label,
            "steps": [_encode(s) for s in self.steps],
            "changes": {k: sorted(getattr(self.changes, k)) for k in _CHANGE_FIELDS},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UndoRecord:
        """Inverse of :meth:`to_json`."""
        ch = data.get("changes", {})
        return cls(
            label=data["label"],
            steps=tuple(_decode(s) for s in data["steps"]),
            changes=ChangeSummary(**{k: frozenset(ch.get(k, ())) for k in _CHANGE_FIELDS}),
        )


_CHANGE_FIELDS = ("items", "tags", "sessions", "collections", "events", "roots")


@dataclass(frozen=True)
class OpResult:
    """What every mutating catalogue operation returns."""

    changes: ChangeSummary
    undo: UndoRecord | None
    message: str = ""
    value: Any = None  # e.g. the id of a created object


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _pk_clause(table: Table, pk: Mapping[str, Any]) -> Any:
    return and_(*(table.c[k] == v for k, v in pk.items()))


class Journal:
    """Records inverse steps while an operation changes rows in one transaction."""

    def __init__(self, session: OrmSession) -> None:
        self.session = session
        self.steps: list[dict[str, Any]] = []

    def update(
        self, table: Table, pks: Sequence[Mapping[str, Any]], values: Mapping[str, Any]
    ) -> int:
        """Set ``values`` on the rows with primary keys ``pks``; returns rows changed."""
        if not pks or not values:
            return 0
        cols = list(values)
        pk_names = [c.name for c in table.primary_key.columns]
        changed = 0
        for chunk in _chunks(pks, 500):
            if len(pk_names) == 1:
                key = pk_names[0]
                ids = [p[key] for p in chunk]
                rows = self.session.execute(
                    select(table.c[key], *(table.c[c] for c in cols)).where(table.c[key].in_(ids))
                ).all()
                for row in rows:
                    old = {c: row[i + 1] for i, c in enumerate(cols)}
                    if any(old[c] != values[c] for c in cols):
                        self.steps.append(
                            {
                                "op": "update",
                                "table": table.name,
                                "pk": {key: row[0]},
                                "values": old,
                            }
                        )
                        changed += 1
                self.session.execute(update(table).where(table.c[key].in_(ids)).values(**values))
            else:
                for pk in chunk:
                    found = self.session.execute(
                        select(*(table.c[c] for c in cols)).where(_pk_clause(table, pk))
                    ).first()
                    if found is None:
                        continue
                    old = dict(zip(cols, found, strict=True))
                    self.steps.append(
                        {"op": "update", "table": table.name, "pk": dict(pk), "values": old}
                    )
                    self.session.execute(
                        update(table).where(_pk_clause(table, pk)).values(**values)
                    )
                    changed += 1
        return changed

    def insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert rows that carry their full primary key; undo deletes them."""
        if not rows:
            return
        self.session.execute(insert(table), [dict(r) for r in rows])
        keys = [c.name for c in table.primary_key.columns]
        self.steps.append(
            {
                "op": "delete_rows",
                "table": table.name,
                "keys": keys,
                "rows": [[r[k] for k in keys] for r in rows],
            }
        )

    def insert_returning_id(self, table: Table, row: Mapping[str, Any]) -> int:
        """Insert one row with an autoincrement id and journal its removal."""
        result = self.session.execute(insert(table).values(**row))
        new_id = int(result.inserted_primary_key[0])  # type: ignore[attr-defined]
        self.steps.append({"op": "delete", "table": table.name, "pk": {"id": new_id}})
        return new_id

    def delete(self, table: Table, where: Any) -> int:
        """Delete rows matching ``where``; undo re-inserts them whole."""
        result = self.session.execute(select(table).where(where))
        columns = list(result.keys())
        rows = [list(r) for r in result]
        if rows:
            # One compact step (column names once, then values); re-inserted in reverse order.
            self.steps.append(
                {"op": "insert_rows", "table": table.name, "columns": columns, "rows": rows}
            )
            self.session.execute(delete(table).where(where))
        return len(rows)

    def delete_keys(self, table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Delete the rows whose primary key values (in ``keys`` order) are ``rows``."""
        return sum(self.delete(table, where) for where in _key_clauses(table, keys, rows))

    def record(self, label: str, changes: ChangeSummary) -> UndoRecord | None:
        """The undo record of everything journalled so far (None when nothing changed)."""
        if not self.steps:
            return None
        return UndoRecord(label=label, steps=tuple(reversed(self.steps)), changes=changes)


def apply_undo(journal: Journal, record: UndoRecord) -> None:
    """Apply ``record`` through ``journal``, which thereby records how to redo it."""
    for step in record.steps:
        table = _table(step["table"])
        if step["op"] == "update":
            journal.update(table, [step["pk"]], step["values"])
        elif step["op"] == "delete":
            journal.delete(table, _pk_clause(table, step["pk"]))
        elif step["op"] == "insert":
            journal.insert(table, [step["row"]])
        elif step["op"] == "delete_rows":
            journal.delete_keys(table, step["keys"], step["rows"])
        elif step["op"] == "insert_rows":
            cols = step["columns"]
            journal.insert(table, [dict(zip(cols, r, strict=True)) for r in reversed(step["rows"])])
        else:  # pragma: no cover - records are produced only by Journal
            raise ValueError(f"unknown undo step {step['op']!r}")


def _key_clauses(table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]]) -> Iterable[Any]:
    """WHERE clauses that together select the rows with these key values.

    Rows are grouped on every key column but the most varied one, which goes in an IN list:
    (tag 7, items 1..10,000) becomes ``tag_id = 7 AND item_id IN (...)`` per 500 items, which
    both SQLite and PostgreSQL answer from an index (row-value IN scans the table in SQLite).
    """
    if not rows:
        return
    width = len(keys)
    spread = [len({r[i] for r in rows}) for i in range(width)]
    last = max(range(width), key=lambda i: spread[i])
    others = [i for i in range(width) if i != last]
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for r in rows:
        groups.setdefault(tuple(r[i] for i in others), []).append(r[last])
    for fixed, values in groups.items():
        same = [table.c[keys[i]] == v for i, v in zip(others, fixed, strict=True)]
        for chunk in _chunks(values, 500):
            yield and_(*same, table.c[keys[last]].in_(list(chunk)))


def _chunks(seq: Sequence[Any], n: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


_PLAIN = (int, str, float, bool, type(None))


def _encode(value: Any) -> Any:
    if type(value) in _PLAIN:  # most values, e.g. the ids of thousands of rows
        return value
    if isinstance(value, datetime):
        return {"__dt__": value.isoformat()}
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, dict):
        if set(value) == {"__dt__"}:
            return datetime.fromisoformat(value["__dt__"])
        if set(value) == {"__date__"}:
            return date.fromisoformat(value["__date__"])
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value
