"""The names of the result orders, without importing the query layer (the CLI's choices).

The field registry (``core/fields.py``) says them: a field with a ``sort`` name is a result
order; ``filters.SORTS`` says how each one sorts. They are written out here so that ``ls``
and ``show`` do not build the registry (a dataclass and ~40 fields) at every start:
``fields.sort_names()`` gives the same tuple (tests/core/test_fields.py checks it).
"""

from __future__ import annotations

SORT_NAMES: tuple[str, ...] = ("time", "name", "size", "added", "rating")
