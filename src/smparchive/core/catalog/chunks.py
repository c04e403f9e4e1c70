"""Id lists split so that no statement exceeds the database's bound-parameter limit.

Every ``IN (...)`` over a caller's selection goes through :func:`chunked`: a selection of
any size (100,000 items, a whole camera) must never fail with "too many SQL variables".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

# Bound parameters one statement may carry on every supported backend: SQLite before 3.32
# allows 999 (32,766 since), PostgreSQL 65,535. The catalogue keeps to the smallest.
MAX_BOUND_PARAMS = 999
# Ids per IN list: leaves room for the statement's other parameters (a tag id, the new
# values of an update ...). Larger lists were not faster in benchmarks/bench_catalogue.py.
ID_CHUNK = 900


def chunked(ids: Sequence[T], size: int = ID_CHUNK) -> Iterator[Sequence[T]]:
    """``ids`` in consecutive slices of at most ``size`` (default :data:`ID_CHUNK`)."""
    if size < 1:
        raise ValueError("chunk size must be positive")
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def ids_in(column: Any, ids: Sequence[int]) -> Any:
    """``column IN (ids)`` as one condition, for an id list of any size.

    For a condition inside a larger query (a filter), which cannot be split over several
    statements: up to :data:`ID_CHUNK` ids are bound parameters as usual; more are written
    into the statement as integer literals, which no parameter limit applies to.
    """
    from sqlalchemy import bindparam

    if len(ids) <= ID_CHUNK:
        return column.in_(list(ids))
    values = [int(i) for i in ids]  # integers only: nothing else is ever written inline
    return column.in_(bindparam(None, values, expanding=True, literal_execute=True))


# PostgreSQL takes a whole id list as one array parameter (``= ANY(:ids)``): the statement
# text stays short (an IN list of 900 parameters is rendered, sent and parsed every time),
# so one statement per 20,000 ids instead of one per 900 (benchmarks/bench_bulk_edit.py).
PG_ID_CHUNK = 20_000


def chunk_size(dialect: str) -> int:
    """Ids per statement on this backend."""
    return PG_ID_CHUNK if dialect == "postgresql" else ID_CHUNK


def chunks_for(dialect: str, ids: Sequence[T]) -> Iterator[Sequence[T]]:
    """``ids`` in slices sized for the backend (see :func:`in_ids`)."""
    return chunked(ids, chunk_size(dialect))


def id_conditions(column: Any, ids: Sequence[Any], dialect: str) -> Iterator[Any]:
    """``column IN chunk`` for each backend-sized slice of ``ids``: one statement each
    (:func:`chunks_for` and :func:`in_ids` together, the loop every bulk statement runs)."""
    for chunk in chunks_for(dialect, ids):
        yield in_ids(column, chunk, dialect)


def in_ids(column: Any, ids: Sequence[Any], dialect: str) -> Any:
    """``column IN ids``: one array parameter on PostgreSQL, an IN list elsewhere."""
    if dialect == "postgresql":
        from sqlalchemy import ARRAY, any_, bindparam

        return column == any_(bindparam(None, list(ids), type_=ARRAY(column.type)))
    return column.in_(list(ids))
