"""Item times as SQLite keeps them since migration 0013: integers of microseconds since
1970-01-01 (naive: UTC for ``capture_utc`` and the bookkeeping times, the device's own
clock for ``capture_local``). Standard library only: the sqlite3 read path uses it."""

from __future__ import annotations

from datetime import datetime, timedelta

_EPOCH = datetime(1970, 1, 1)


def micros_of(moment: datetime) -> int:
    """A naive datetime as microseconds since 1970-01-01 (of its own clock)."""
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def moment_of(micros: int) -> datetime:
    """The naive datetime ``micros`` microseconds after 1970-01-01 (exact)."""
    return _EPOCH + timedelta(microseconds=micros)


def stored_time(value: datetime | int | str | None) -> datetime | None:
    """An item time as a read gives it (an integer; text in a catalogue written before
    0013; a datetime from PostgreSQL), naive, as the database keeps it."""
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, int):
        return moment_of(value)
    return datetime.fromisoformat(value)
