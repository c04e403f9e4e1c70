"""Viewers for catalogued items: photo loupe, video/audio player, slide-deck viewer, compare.

Entry points for the main window (both return an unshown top-level window; call ``show()``;
it deletes itself when closed)::

    window = open_viewer(parent, catalog, ids, index)   # -> ViewerWindow
    window.changed.connect(push_undo_and_refresh)       # OpResult of every write
    window.currentChanged.connect(select_in_grid)       # item id now shown
    window.thumbnailUpdated.connect(reload_thumbnail)   # item id whose poster was regenerated
    window.show()

    compare = open_compare(parent, catalog, ids)        # 2-4 photo ids -> CompareView
    compare.changed.connect(push_undo_and_refresh)
    compare.show()

``ids`` is the current result in display order; the window walks it and picks the viewer by
each item's kind (photo -> loupe, video/audio -> player, slides/document -> deck viewer).
Writes go through ``catalog.set_fields`` (rating, flag, in/out points, poster time).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from smparchive.gui.viewers.compare import MAX_COMPARED, CompareView
from smparchive.gui.viewers.window import ViewerWindow, viewer_kind

__all__ = [
    "MAX_COMPARED",
    "CompareView",
    "ViewerWindow",
    "open_compare",
    "open_viewer",
    "viewer_kind",
]


def open_viewer(
    parent: QWidget | None, catalog: Any, ids: Sequence[int], index: int = 0, **options: Any
) -> ViewerWindow:
    """A viewer window over ``ids`` starting at ``ids[index]`` (not shown yet)."""
    return ViewerWindow(catalog, ids, index, parent, **options)


def open_compare(parent: QWidget | None, catalog: Any, ids: Sequence[int]) -> CompareView:
    """A compare window for the first 2-4 photos among ``ids`` (not shown yet)."""
    return CompareView(catalog, ids, parent)
