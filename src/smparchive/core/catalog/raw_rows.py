"""Rows of many items read as the database keeps them, converted here in one loop.

A preview reading 65,000 to 200,000 rows paid, per value, a column type's conversion
(``UTCMicros``, ``VocabCode``, ``ContentHash``) and a row object around the driver's tuple:
~1 s for a camera of 200,000 items. :func:`fetch` hands back the driver's tuples of a
statement whose columns are :func:`raw`, and the functions below convert what is used,
the same values the column types give (on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import NullType

from smparchive.core.catalog.codes import (
    ASSIGNMENT_CODES,
    KIND_CODES,
    TIME_SOURCE_CODES,
    value_of,
)
from smparchive.core.catalog.stored import stored_time
from smparchive.core.progress import CancelToken
from smparchive.core.vocab import Assignment, Kind, TimeSource

EPOCH_UTC = datetime(1970, 1, 1, tzinfo=UTC)
# the texts ``VocabCode`` gives for stored codes (plain str, as a read gives them)
KINDS: dict[int, str] = {code: str(value) for value, code in KIND_CODES.items()}
SOURCES: dict[int, str] = {code: str(value) for value, code in TIME_SOURCE_CODES.items()}
ASSIGNMENTS: dict[int, str] = {code: str(value) for value, code in ASSIGNMENT_CODES.items()}


def raw(column: Any) -> Any:
    """A column as the database gives it (no conversion per value by its type)."""
    return type_coerce(column, NullType())


def fetch(s: Any, q: Any, cancel: CancelToken | None = None, batch: int = 1000) -> list[Any]:
    """The driver's rows of ``q`` (no row objects made of them: ~0.15 s for 200,000);
    ``cancel`` is asked between batches of ``batch`` rows."""
    if cancel is None:
        return [r for part in batches(s, q, 0) for r in part]
    return [r for part in batches(s, q, batch, cancel) for r in part]


def batches(s: Any, q: Any, batch: int, cancel: CancelToken | None = None) -> Iterator[list[Any]]:
    """The driver's rows of ``q`` in lists of ``batch`` (all at once when 0), ``cancel``
    asked before each: a caller done with a batch lets its rows go before the next."""
    result = s.connection().execute(q)
    dbapi_error = result.dialect.loaded_dbapi.Error
    try:
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                part = result.cursor.fetchmany(batch) if batch else result.cursor.fetchall()
            except dbapi_error as exc:  # as SQLAlchemy would have raised it
                raise DBAPIError.instance(None, None, exc, dbapi_error) from exc
            if not part:
                return
            yield part
            if not batch:
                return
    finally:
        result.close()


def utc(value: Any) -> datetime | None:
    """A stored UTC time as ``UTCMicros`` gives it: aware UTC."""
    if type(value) is int:
        return EPOCH_UTC + timedelta(0, 0, value)
    moment = stored_time(value)
    return None if moment is None else moment.replace(tzinfo=UTC)


def code(table: Mapping[int, str], enum: Any, stored: Any) -> str | None:
    """A stored code's text (``VocabCode``); an unknown code raises as it does."""
    if stored is None:
        return None
    got = table.get(stored)
    return got if got is not None else value_of(enum, stored)


def kind(stored: Any) -> str:
    """An item's kind from its stored code."""
    got = KINDS.get(stored)
    return got if got is not None else value_of(Kind, stored)


def source(stored: Any) -> str | None:
    """An item's capture time source from its stored code."""
    return code(SOURCES, TimeSource, stored)


def assignment(stored: Any) -> str | None:
    """How an item got its session ('auto', 'manual' or None) from its stored code (0034)."""
    return code(ASSIGNMENTS, Assignment, stored)
