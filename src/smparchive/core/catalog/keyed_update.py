"""Rows each given their own values by primary key, in as few statements as the engine allows.

SQLite: one executemany of ``UPDATE ... WHERE id = ?`` (its row triggers fire per row either
way, and it is measured fast there). PostgreSQL: psycopg runs an executemany as one
statement per row, and ``items`` has statement-level triggers (``facet_cells``,
``time_cells``: migrations 0037/0038) that fire once per statement, so a clock correction
of 10,000 items ran each trigger 10,000 times. There the rows go as one array parameter per
column, ``UPDATE t SET c = v.c FROM unnest(:keys, :c ...) AS v WHERE t.id = v.k``: one
statement (and one firing of each trigger) per chunk of rows. New rows likewise
(:func:`insert_all`: ``INSERT ... SELECT FROM unnest``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    Float,
    Table,
    TypeDecorator,
    bindparam,
    column,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection

from smparchive.core.catalog.chunks import PG_ID_CHUNK


def update_each(
    conn: Connection, table: Table, key: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Set ``columns`` of each row whose ``key`` is ``row[0]`` to ``row[1:]``.

    Keys must be distinct (one statement cannot set a row twice). Values are bound with each
    column's own type, so they land as an executemany would set them (time zones, codes,
    NULLs)."""
    if not rows or not columns:
        return
    cols = list(columns)
    if conn.dialect.name == "postgresql" and all(_arrayable(table, c) for c in [key, *cols]):
        arrays = _arrays(table, [key, *cols], rows)
        if arrays is not None:
            stmt = _unnest_update(table, key, cols)
            for start in range(0, len(rows), PG_ID_CHUNK):
                conn.execute(stmt, {n: a[start : start + PG_ID_CHUNK] for n, a in arrays.items()})
            return
    stmt = (
        update(table)
        .where(table.c[key] == bindparam("k_"))
        .values({c: bindparam(f"v_{i}", type_=table.c[c].type) for i, c in enumerate(cols)})
    )
    params = [{"k_": r[0], **{f"v_{i}": v for i, v in enumerate(r[1:])}} for r in rows]
    conn.execute(stmt, params)


def _arrayable(table: Table, name: str) -> bool:
    """A column whose values travel in a typed PostgreSQL array: not JSON (a list in a JSON
    value would be taken for a dimension of the array), not an array itself."""
    affinity = table.c[name].type._type_affinity  # a TypeDecorator's is its impl's
    return affinity is not None and not issubclass(affinity, JSON | ARRAY)


def _unnest_update(table: Table, key: str, cols: Sequence[str]) -> Any:
    """``UPDATE table SET c_i = v.v_i FROM unnest(:k_, :v_0 ...) AS v WHERE key = v.k_``."""
    arrays = [bindparam("k_", type_=ARRAY(table.c[key].type))]
    arrays += [bindparam(f"v_{i}", type_=ARRAY(table.c[c].type)) for i, c in enumerate(cols)]
    names = ["k_", *(f"v_{i}" for i in range(len(cols)))]
    source = func.unnest(*arrays).table_valued(*(column(n) for n in names)).render_derived(name="v")
    return (
        update(table)
        .where(table.c[key] == source.c.k_)
        .values({c: source.c[f"v_{i}"] for i, c in enumerate(cols)})
    )


def _arrays(
    table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> dict[str, list[Any]] | None:
    """The parameters of :func:`_unnest_update` (the keys, then each column's values), or
    None when a column's values are of types that one array cannot hold.

    psycopg dumps a list only when its items are of one database type: integers given for a
    float column become floats (as the database would convert them); any other mix (a bool
    among integers, a date among times) is left to the executemany. A TypeDecorator's values
    are its own to convert (codes, UTC times), so they are taken as they come."""
    out: dict[str, list[Any]] = {}
    for n, name in enumerate(names):
        values = [r[n] for r in rows]
        kind = table.c[name].type
        if issubclass(kind._type_affinity or object, Float):
            values = [float(v) if type(v) is int else v for v in values]
        elif not isinstance(kind, TypeDecorator):
            found = {str if isinstance(v, str) else type(v) for v in values if v is not None}
            if len(found) > 1:
                return None
        out["k_" if n == 0 else f"v_{n - 1}"] = values
    return out


def update_dicts(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Each row (a dict of column values with the primary key ``id``) set on its row, as the
    ORM's bulk UPDATE by primary key did, one after another: an item given twice ends with
    the values of both, the later ones winning. Items then naming the same columns go
    together."""
    merged: dict[Any, dict[str, Any]] = {}
    for r in rows:
        merged.setdefault(r["id"], {}).update(r)
    groups: dict[tuple[str, ...], list[list[Any]]] = {}
    for iid, values in merged.items():
        cols = tuple(sorted(c for c in values if c != "id"))
        groups.setdefault(cols, []).append([iid, *(values[c] for c in cols)])
    for cols, group in groups.items():
        update_each(conn, table, "id", cols, group)


def insert_all(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts naming the same columns): one executemany on SQLite; on
    PostgreSQL one ``INSERT ... SELECT FROM unnest(...)`` per chunk, so that the insert
    triggers of items (per statement) fire once per chunk instead of once per row (psycopg
    sends an executemany row by row). Columns left out get their defaults (there a Python
    callable's once per statement); values their column's conversion."""
    if not rows:
        return
    names = list(rows[0])
    if (
        conn.dialect.name == "postgresql"
        and len(rows) > 1
        and all(_arrayable(table, c) for c in names)
        and all(r.keys() == rows[0].keys() for r in rows)
    ):
        arrays = _arrays(table, names, [[r[c] for c in names] for r in rows])
        if arrays is not None:
            stmt = _unnest_insert(table, names)
            for start in range(0, len(rows), PG_ID_CHUNK):
                conn.execute(stmt, {n: a[start : start + PG_ID_CHUNK] for n, a in arrays.items()})
            return
    conn.execute(insert(table), [dict(r) for r in rows])


def _unnest_insert(table: Table, names: Sequence[str]) -> Any:
    """``INSERT INTO table (names) SELECT v.k_, v.v_0 ... FROM unnest(:k_, :v_0 ...) AS v``
    (the parameters as :func:`_arrays` names them)."""
    params = ["k_", *(f"v_{i}" for i in range(len(names) - 1))]
    arrays = [
        bindparam(p, type_=ARRAY(table.c[c].type)) for p, c in zip(params, names, strict=True)
    ]
    source = (
        func.unnest(*arrays).table_valued(*(column(p) for p in params)).render_derived(name="v")
    )
    return insert(table).from_select(list(names), select(*(source.c[p] for p in params)))
