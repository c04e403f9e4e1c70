"""INSERT ... ON CONFLICT on both engines (SQLite 3.24+ and PostgreSQL share the syntax).

Concurrent writers that insert the same row (a tag link, a search document, a new keyword)
meet at the primary key or unique index instead of failing: the second one keeps the row
that is there (``DO NOTHING``) or overwrites it (``DO UPDATE``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, select, tuple_
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.chunks import ID_CHUNK, MAX_BOUND_PARAMS, chunked


def dialect_insert(s: OrmSession, table: Table) -> Any:
    """The dialect's INSERT construct (it has ``on_conflict_do_nothing/update``)."""
    return dialect_insert_for(s.connection().dialect.name, table)


def dialect_insert_for(name: str, table: Any) -> Any:
    """The INSERT construct of the dialect called ``name`` (imported here: the PostgreSQL
    dialect costs ~55 ms of CPU to import, the app's start on a SQLite file need not pay)."""
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    if name == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table)
    raise NotImplementedError(f"no upsert for {name}")  # pragma: no cover


def ids_by_key(
    s: Any,
    table: Table,
    keys: Sequence[str],
    wanted: Iterable[tuple[Any, ...]],
    *,
    add: bool = True,
) -> dict[tuple[Any, ...], int]:
    """The id of each row of ``table`` whose unique columns ``keys`` hold one of
    ``wanted``, the rows added when new unless not ``add`` (ON CONFLICT DO NOTHING:
    teammates adding the same one at once get one row); on a session or a connection,
    inside the caller's transaction. Cameras and folders are named this way."""
    todo = sorted(set(wanted))
    found: dict[tuple[Any, ...], int] = {}
    if not todo:
        return found
    columns = [table.c[k] for k in keys]

    def read(chunk_of: Sequence[tuple[Any, ...]]) -> None:
        for chunk in chunked(list(chunk_of), 300):
            q = select(table.c.id, *columns).where(tuple_(*columns).in_(list(chunk)))
            found.update((tuple(r[1:]), int(r[0])) for r in s.execute(q))

    read(todo)
    missing = [k for k in todo if k not in found]
    if missing and add:
        bind = s.get_bind() if hasattr(s, "get_bind") else s
        stmt = dialect_insert_for(bind.dialect.name, table).on_conflict_do_nothing(
            index_elements=columns
        )
        s.execute(stmt, [dict(zip(keys, k, strict=True)) for k in missing])
        read(missing)
    return found


def insert_missing(
    s: OrmSession, table: Table, rows: Sequence[Mapping[str, Any]]
) -> list[tuple[Any, ...]]:
    """Insert the rows that are not there yet (by any unique key); returns the primary keys
    of the rows actually inserted, so undo removes only those."""
    if not rows:
        return []
    pk = list(table.primary_key.columns)
    if _by_arrays(s, table, rows):
        base = dialect_insert(s, table)
        select_rows = _array_rows(table, rows)
        stmt = base.from_select(list(rows[0]), select_rows).on_conflict_do_nothing()
        return [tuple(r) for r in s.execute(stmt.returning(*pk))]
    stmt = dialect_insert(s, table).on_conflict_do_nothing().returning(*pk)
    # SQLAlchemy sends a parameter list with RETURNING as multi-row INSERTs in batches under
    # the parameter limit ("insertmanyvalues"), compiled once: RETURNING reports exactly the
    # rows inserted. (One .values(chunk) statement per 500 rows was compiled every time:
    # 8x slower for 40,000 rows.)
    per = max(1, MAX_BOUND_PARAMS // max(1, len(rows[0])))
    stmt = stmt.execution_options(insertmanyvalues_page_size=per)
    return [tuple(r) for r in s.execute(stmt, [dict(r) for r in rows])]


def upsert(
    s: OrmSession,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    key: Sequence[str],
    update: Sequence[str],
) -> None:
    """Insert rows, or set ``update`` columns from the new row where ``key`` exists."""
    if not rows:
        return
    if _by_arrays(s, table, rows):
        _upsert_arrays(s, table, rows, key, update)
        return
    base = dialect_insert(s, table)
    stmt = base.on_conflict_do_update(
        index_elements=[table.c[k] for k in key],
        set_={c: base.excluded[c] for c in update},
    )
    per = max(1, ID_CHUNK // max(1, len(rows[0])))
    for start in range(0, len(rows), per):
        s.execute(stmt.values([dict(r) for r in rows[start : start + per]]))


def _upsert_arrays(
    s: OrmSession,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    key: Sequence[str],
    update: Sequence[str],
) -> None:
    """PostgreSQL: many rows as one array parameter per column (``unnest``), one statement
    for thousands of rows instead of one per 450 rows of two parameters each."""
    names = list(rows[0])
    base = dialect_insert(s, table)
    stmt = base.from_select(names, _array_rows(table, rows))
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c[k] for k in key],
        set_={c: base.excluded[c] for c in update},
    )
    s.execute(stmt)


def _array_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> Any:
    """SELECT of ``rows`` from one array parameter per column (PostgreSQL ``unnest``)."""
    from sqlalchemy import ARRAY, bindparam, func, select

    names = list(rows[0])
    arrays = [
        bindparam(f"a_{n}", [r[c] for r in rows], type_=ARRAY(table.c[c].type))
        for n, c in enumerate(names)
    ]
    source = func.unnest(*arrays).table_valued(*names).render_derived()
    return select(*(source.c[c] for c in names))


def _by_arrays(s: OrmSession, table: Table, rows: Sequence[Mapping[str, Any]]) -> bool:
    """Many rows of plain columns on PostgreSQL go as arrays (see ``_array_rows``)."""
    from sqlalchemy import Boolean, Float, Integer, String

    if len(rows) <= 100 or s.get_bind().dialect.name != "postgresql":
        return False
    plain = (Integer, String, Float, Boolean)
    return all(isinstance(table.c[c].type, plain) for c in rows[0])
