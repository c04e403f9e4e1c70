"""The catalogue: the only package with SQL.

Public API (import these names from ``smparchive.core.catalog``; everything else in the
package is its implementation and may change):

- ``open_catalog(location, create=...) -> Catalog``: open (and migrate) a file or URL.
- ``Catalog``: every operation. Reads return frozen records (``ItemRecord``,
  ``SessionRecord`` ...); writes return ``OpResult[T]`` (``changes``, ``undo``, ``value``).
- ``CatalogError``: one clear sentence for users, raised for anything a user can cause.
- ``ItemFilter``: what ``Catalog.query_ids``/``facets`` select; built by the CLI options
  and by the query language (``core/domain/query.py``).
- ``ChangeSummary``, ``UndoRecord``, ``OpResult``: what operations report, and undo data.
- ``chunked``: split id lists under the database's bound-parameter limit.

The names are loaded on first use, so importing ``CatalogError`` (the CLI does at start)
does not import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from smparchive.core.catalog.errors import CatalogError

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog, open_catalog
    from smparchive.core.catalog.chunks import chunked
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.core.catalog.ops_segments import SegmentSpec
    from smparchive.core.catalog.records import (
        CatalogInfo,
        Chapter,
        CollectionRecord,
        DayRecord,
        EventRecord,
        ExportRecordView,
        ItemRecord,
        RootRecord,
        SegmentRecord,
        SessionRecord,
        TagRecord,
        TagRef,
    )
    from smparchive.core.catalog.undo import ChangeSummary, OpResult, UndoRecord

__all__ = [
    "Catalog",
    "CatalogError",
    "CatalogInfo",
    "ChangeSummary",
    "Chapter",
    "CollectionRecord",
    "DayRecord",
    "EventRecord",
    "ExportRecordView",
    "ItemFilter",
    "ItemRecord",
    "OpResult",
    "RootRecord",
    "SegmentRecord",
    "SegmentSpec",
    "SessionRecord",
    "TagRecord",
    "TagRef",
    "UndoRecord",
    "chunked",
    "open_catalog",
]

_HOME = {
    "Catalog": "catalog",
    "open_catalog": "catalog",
    "chunked": "chunks",
    "ItemFilter": "filters",
    "ChangeSummary": "undo",
    "OpResult": "undo",
    "UndoRecord": "undo",
    "SegmentSpec": "ops_segments",
    **{
        name: "records"
        for name in (
            "CatalogInfo",
            "Chapter",
            "CollectionRecord",
            "DayRecord",
            "EventRecord",
            "ExportRecordView",
            "ItemRecord",
            "RootRecord",
            "SegmentRecord",
            "SessionRecord",
            "TagRecord",
            "TagRef",
        )
    },
}


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
