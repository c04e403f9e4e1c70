"""Item values as SQLite keeps them in a compact form. Standard library only: the sqlite3
read path uses it.

- Times (migration 0013): integers of microseconds since 1970-01-01 (naive: UTC for
  ``capture_utc`` and the bookkeeping times, the device's own clock for ``capture_local``).
- Content hashes (migration 0014): the 32 bytes of a SHA-256 (hexadecimal in Python).
"""

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


def hash_bytes(value: str) -> bytes | str:
    """A content hash as SQLite keeps it: a lowercase 64-digit hexadecimal hash as its 32
    bytes; anything else (not a SHA-256) as the text it is."""
    if len(value) == 64 and value == value.lower():
        try:
            return bytes.fromhex(value)
        except ValueError:
            return value
    return value


def hash_text(value: bytes | str | None) -> str | None:
    """A content hash as a read gives it (32 bytes, or text), as hexadecimal text."""
    return value.hex() if isinstance(value, bytes) else value
