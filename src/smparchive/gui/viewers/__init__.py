"""Viewers for catalogued items: photo loupe, video/audio player, slide-deck viewer, compare.

Entry points for the main window (both return an unshown top-level window; call ``show()``;
it deletes itself when closed)::

    window = open_viewer(parent, catalog, ids, index, runner=tasks, ops=ops)  # ViewerWindow
    window.currentChanged.connect(select_in_grid)       # item id now shown
    window.show()

    compare = open_compare(parent, catalog, ids, runner=tasks, ops=ops)  # 2-4 photo ids
    compare.show()

``ids`` is the current result in display order; the window walks it and picks the viewer by
each item's kind (photo -> loupe, video/audio -> player, slides/document -> deck viewer).
Writes (rating, flag, in/out points, poster time) go through the app's ``OpRunner``: off the
UI thread, onto the undo stack, announced by its ``changes`` signal. Background reads and
decodes run on the app's ``TaskRunner`` through a ``TaskScope`` that drops late results.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # loaded on first use: the main window starts without PIL or pdfium
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.viewers.compare import CompareView
    from smparchive.gui.viewers.window import ViewerWindow

__all__ = ["open_compare", "open_viewer"]


def open_viewer(
    parent: QWidget | None, catalog: Catalog, ids: Sequence[int], index: int = 0, **options: Any
) -> ViewerWindow:
    """A viewer window over ``ids`` starting at ``ids[index]`` (not shown yet)."""
    from smparchive.gui.viewers.window import ViewerWindow

    return ViewerWindow(catalog, ids, index, parent, **options)


def open_compare(
    parent: QWidget | None, catalog: Catalog, ids: Sequence[int], **options: Any
) -> CompareView:
    """A compare window for the first 2-4 photos among ``ids`` (not shown yet)."""
    from smparchive.gui.viewers.compare import CompareView

    return CompareView(catalog, ids, parent, **options)
