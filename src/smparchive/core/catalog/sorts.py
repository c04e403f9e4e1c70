"""The names of the result orders, without importing the query layer (the CLI's choices).

Derived from the field registry (``core/fields.py``): a field with a ``sort`` name is a
result order; ``filters.SORTS`` says how each one sorts.
"""

from __future__ import annotations

from smparchive.core.fields import sort_names

SORT_NAMES: tuple[str, ...] = sort_names()
