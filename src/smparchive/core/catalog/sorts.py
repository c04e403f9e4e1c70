"""The names of the result orders, without importing the query layer (the CLI's choices)."""

from __future__ import annotations

SORT_NAMES: tuple[str, ...] = ("time", "rating", "name", "size", "added")
