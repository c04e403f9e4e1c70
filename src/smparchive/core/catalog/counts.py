"""What counting reports, as plain data: facet counts and a selection's summary.

Kept apart from the SQL that computes them (``ops_query.py``, ``summary.py``): the app's
window uses these types before the database toolkit is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from smparchive.core.catalog.item_records import TagRef


@dataclass(frozen=True)
class FacetCounts:
    """Counts of the current result by facet value."""

    total: int
    kind: dict[str, int]
    day: dict[int | None, int]
    session: dict[int | None, int]
    rating: dict[int, int]
    flag: dict[int, int]
    color_label: dict[str | None, int]
    consent: dict[str, int]
    status: dict[str, int]
    camera: dict[str, int]
    people: dict[int, int]


@dataclass(frozen=True)
class SelectionSummary:
    """The whole selection's totals and shared values.

    ``common`` holds a field's value when every selected item has that same value (None
    included); a field left out differs between them. ``texts`` holds the localised text
    every selected item has, by (field, language); those in ``mixed_texts`` differ; any
    other none of them has. ``tags``/``tag_counts``: the tags on any of them and how many
    of the selected items carry each; ``filled``: languages in which every selected item
    has a title, caption or alt text.
    """

    ids: tuple[int, ...]
    count: int
    size: int
    kinds: dict[str, int]
    common: dict[str, Any] = field(default_factory=dict)
    texts: dict[tuple[str, str], str | None] = field(default_factory=dict)
    mixed_texts: frozenset[tuple[str, str]] = frozenset()
    tags: dict[int, TagRef] = field(default_factory=dict)
    tag_counts: dict[int, int] = field(default_factory=dict)
    filled: frozenset[str] = frozenset()
