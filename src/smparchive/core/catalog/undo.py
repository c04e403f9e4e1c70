"""Undo as plain data: row before-images captured by a journal, applied in reverse.

One mechanism serves every mutation: an operation changes rows only through a
:class:`Journal`, which records how to put each row back. Applying an :class:`UndoRecord`
returns the record that redoes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.changes import ChangeSummary as ChangeSummary  # re-exported
from smparchive.core.catalog.changes import OpResult as OpResult  # re-exported
from smparchive.core.catalog.changes import UndoRecord as UndoRecord  # re-exported
from smparchive.core.catalog.chunks import chunks_for, id_conditions, in_ids
from smparchive.core.catalog.keyed_update import update_each
from smparchive.core.catalog.models import Base


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _pk_clause(table: Table, pk: Mapping[str, Any]) -> Any:
    return and_(*(table.c[k] == v for k, v in pk.items()))


# Rows that share their new values are updated through IN lists when at least this many do.
_SHARED = 8


class Journal:
    """Records inverse steps while an operation changes rows in one transaction."""

    def __init__(self, session: OrmSession) -> None:
        self.session = session
        self.steps: list[dict[str, Any]] = []
        # Rows the operation asked for that were already so (a teammate had just set the
        # same rating or keyword): nothing to undo, but the history records them as this
        # person's value too, so a teammate's undo does not take them away.
        self.kept: list[dict[str, Any]] = []

    def update(
        self, table: Table, pks: Sequence[Mapping[str, Any]], values: Mapping[str, Any]
    ) -> int:
        """Set ``values`` on the rows with primary keys ``pks``; returns rows changed."""
        if not pks or not values:
            return 0
        cols = list(values)
        pk_names = [c.name for c in table.primary_key.columns]
        if len(pk_names) != 1:
            return sum(self._update_one(table, pk, values) for pk in pks)
        key = pk_names[0]
        ids = [p[key] for p in pks]
        new = tuple(values[c] for c in cols)
        before: list[list[Any]] = []
        same: list[Any] = []
        dialect = self._dialect()
        for chunk in chunks_for(dialect, ids):
            for row in self._read_rows(table, key, cols, chunk):
                if tuple(row[1:]) != new:
                    before.append(list(row))
                else:
                    same.append(row[0])
            self.session.execute(
                update(table).where(in_ids(table.c[key], chunk, dialect)).values(**values)
            )
        self._record_rows(table, key, cols, before)
        self._keep_rows(table, key, cols, same)
        return len(before)

    def _keep_rows(self, table: Table, key: str, cols: Sequence[str], ids: list[Any]) -> None:
        self.keep(table, [key], [[i] for i in ids], cols)

    def _update_one(self, table: Table, pk: Mapping[str, Any], values: Mapping[str, Any]) -> int:
        cols = list(values)
        found = self.session.execute(
            select(*(table.c[c] for c in cols)).where(_pk_clause(table, pk))
        ).first()
        if found is None:
            return 0
        old = dict(zip(cols, found, strict=True))
        self.steps.append({"op": "update", "table": table.name, "pk": dict(pk), "values": old})
        self.session.execute(update(table).where(_pk_clause(table, pk)).values(**values))
        return 1

    def update_rows(
        self,
        table: Table,
        keys: Sequence[str],
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
    ) -> list[Any]:
        """Give each row its own values: ``rows`` hold a primary key (in ``keys`` order) and
        then the new values of ``columns``. Undo restores the old values of the rows that
        change, journalled as one step; returns the keys of those rows."""
        if not rows or not columns:
            return []
        cols = list(columns)
        width = len(keys)
        if width != 1:  # no such table is updated in bulk; kept correct, not fast
            done = []
            for r in rows:
                pk = dict(zip(keys, r[:width], strict=True))
                if self._update_one(table, pk, dict(zip(cols, r[width:], strict=True))):
                    done.append(tuple(r[:width]))
            return done
        key = keys[0]
        wanted = {r[0]: tuple(r[1:]) for r in rows}
        before: list[list[Any]] = []
        dialect = self._dialect()
        same: list[Any] = []
        for chunk in chunks_for(dialect, list(wanted)):
            for row in self._read_rows(table, key, cols, chunk):
                if tuple(row[1:]) != wanted[row[0]]:
                    before.append(list(row))
                else:
                    same.append(row[0])
        self._keep_rows(table, key, cols, same)
        if not before:
            return []
        self._record_rows(table, key, cols, before)
        # Rows sharing their new values are set together through IN lists; the others each
        # their own (keyed_update: one executemany on SQLite, one statement per chunk on
        # PostgreSQL), in the order of their old values so that the indexes over those
        # columns are rewritten page after page (3x faster for 33,000 capture times).
        shared: dict[Any, list[Any]] = {}
        single: list[list[Any]] = []
        for row in before:
            new = wanted[row[0]]
            try:
                shared.setdefault(new, []).append(row)
            except TypeError:  # unhashable values (JSON lists)
                single.append(row)
        for new, group in shared.items():
            if len(group) < _SHARED:
                single.extend(group)
                continue
            values = dict(zip(cols, new, strict=True))
            for where in id_conditions(table.c[key], sorted(r[0] for r in group), dialect):
                self.session.execute(update(table).where(where).values(values))
        if single:
            try:
                single.sort(key=lambda r: [(v is None, v) for v in r[1:]])
            except TypeError:
                pass
            rows_new = [[r[0], *wanted[r[0]]] for r in single]
            update_each(self.session.connection(), table, key, cols, rows_new)
        return [r[0] for r in before]

    def _read_rows(
        self, table: Table, key: str, cols: Sequence[str], ids: Sequence[Any]
    ) -> list[Any]:
        where = in_ids(table.c[key], ids, self._dialect())
        query = select(table.c[key], *(table.c[c] for c in cols)).where(where)
        return list(self.session.execute(query).all())

    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def _record_rows(
        self, table: Table, key: str, cols: Sequence[str], before: list[list[Any]]
    ) -> None:
        if before:
            # One compact step: the column names once, then each row's key and old values.
            self.steps.append(
                {
                    "op": "update_rows",
                    "table": table.name,
                    "keys": [key],
                    "columns": list(cols),
                    "rows": before,
                }
            )

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

    def insert_missing(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        """Insert the rows not there yet (a concurrent writer may have added some: INSERT ...
        ON CONFLICT DO NOTHING); undo deletes only the rows this call inserted, whose
        primary keys it returns."""
        from smparchive.core.catalog.upsert import insert_missing

        done = insert_missing(self.session, table, rows)
        keys = [c.name for c in table.primary_key.columns]
        if done:
            self.steps.append(
                {
                    "op": "delete_rows",
                    "table": table.name,
                    "keys": keys,
                    "rows": [list(k) for k in done],
                }
            )
        if len(done) == len(rows) or not all(k in rows[0] for k in keys):
            return done  # all new, or rows without their key (an id the database gives)
        inserted = {tuple(k) for k in done}
        there = [[r[k] for k in keys] for r in rows if tuple(r[k] for k in keys) not in inserted]
        self.keep(table, keys, there)
        return done

    def keep(
        self,
        table: Table,
        keys: Sequence[str],
        rows: Sequence[Sequence[Any]],
        columns: Sequence[str] = (),
    ) -> None:
        """Note rows (their ``keys`` values) the operation wanted and found already so: the
        whole rows, or the values of ``columns``."""
        if rows:
            step = {"op": "delete_rows", "table": table.name, "keys": list(keys), "rows": rows}
            if columns:
                step |= {"op": "update_rows", "columns": list(columns)}
            self.kept.append(step)

    def insert_shared_id(self, table: Table, row: Mapping[str, Any]) -> int | None:
        """Insert one row with an autoincrement id unless a unique key already has it (None
        then). Undo deletes it only while nothing else refers to it: a teammate may have
        started using a tag this operation created."""
        from smparchive.core.catalog.upsert import insert_missing

        done = insert_missing(self.session, table, [row])
        if not done:
            return None
        new_id = int(done[0][0])
        self.steps.append(
            {"op": "delete", "table": table.name, "pk": {"id": new_id}, "keep_if_used": True}
        )
        return new_id

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

    def delete_in(self, table: Table, column: str, values: Iterable[Any], *where: Any) -> int:
        """Delete the rows whose ``column`` is one of ``values`` (and that match ``where``),
        one IN list per chunk so that a selection of any size stays under the database's
        bound-parameter limit; undo re-inserts them."""
        wanted = list(dict.fromkeys(values))
        dialect = self.session.get_bind().dialect.name  # PostgreSQL: one array per chunk
        return sum(
            self.delete(table, and_(*where, cond))
            for cond in id_conditions(table.c[column], wanted, dialect)
        )

    def delete_keys(self, table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Delete the rows whose primary key values (in ``keys`` order) are ``rows``."""
        dialect = self._dialect()
        return sum(self.delete(table, where) for where in _key_clauses(table, keys, rows, dialect))

    def record(self, label: str, changes: ChangeSummary) -> UndoRecord | None:
        """The undo record of everything journalled so far (None when nothing changed)."""
        if not self.steps:
            return None
        return UndoRecord(label=label, steps=tuple(reversed(self.steps)), changes=changes)


def apply_undo(journal: Journal, record: UndoRecord) -> None:
    """Apply ``record`` through ``journal``, which thereby records how to redo it."""
    steps = record.steps
    i = 0
    while i < len(steps):
        step = steps[i]
        table = _table(step["table"])
        if step["op"] == "update":
            # Older journals hold one step per row: a run of them over one table and the
            # same columns, each row once, is applied (and journalled) as one row set.
            run = _update_run(steps, i)
            if len(run) > 1:
                key = next(iter(step["pk"]))
                cols = list(step["values"])
                rows = [[s["pk"][key], *(s["values"][c] for c in cols)] for s in run]
                journal.update_rows(table, [key], cols, rows)
                i += len(run)
                continue
            journal.update(table, [step["pk"]], step["values"])
        elif step["op"] == "update_rows":
            journal.update_rows(table, step["keys"], step["columns"], step["rows"])
        elif step["op"] == "delete":
            if not (step.get("keep_if_used") and _in_use(journal.session, table, step["pk"])):
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
        i += 1


def _in_use(session: OrmSession, table: Table, pk: Mapping[str, Any]) -> bool:
    """True when a row of any table (the same one included) refers to this row."""
    (key, value), *_ = pk.items()
    for other in Base.metadata.tables.values():
        for fk in other.foreign_keys:
            if fk.column.table is table and fk.column.name == key:
                found = session.execute(select(fk.parent).where(fk.parent == value).limit(1))
                if found.first() is not None:
                    return True
    return False


def _update_run(steps: Sequence[Mapping[str, Any]], start: int) -> list[Mapping[str, Any]]:
    """The per-row update steps from ``start`` on that can be applied as one row set."""
    first = steps[start]
    if len(first["pk"]) != 1:
        return [first]
    key = next(iter(first["pk"]))
    cols = list(first["values"])
    seen = {first["pk"][key]}
    run = [first]
    for step in steps[start + 1 :]:
        if (
            step["op"] != "update"
            or step["table"] != first["table"]
            or list(step["pk"]) != [key]
            or list(step["values"]) != cols
            or step["pk"][key] in seen
        ):
            break
        seen.add(step["pk"][key])
        run.append(step)
    return run


def _key_clauses(
    table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]], dialect: str = "sqlite"
) -> Iterable[Any]:
    """WHERE clauses that together select the rows with these key values.

    Rows are grouped on every key column but the most varied one, which goes in an IN list:
    (tag 7, items 1..10,000) becomes ``tag_id = 7 AND item_id IN (...)`` per chunk of items, which
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
        for cond in id_conditions(table.c[keys[last]], values, dialect):
            yield and_(*same, cond)
