"""What controllers, commands and dialogs receive: narrow dependencies, never the window.

``Deps`` is built once per main window. It holds the catalogue (for reads), the task runner
(background reads), the op runner (every write), the settings, the selection, the browser
controller (to show a result set), and three callbacks: report an error, give the keyboard
back to the results, say briefly what a command did. Modules that take it import no window,
so gui/ has no import cycle (``tests/gui/test_actions.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import RootRecord, SessionRecord
    from smparchive.gui.controllers.browser import BrowserController
    from smparchive.gui.models.thumbnails import ThumbnailLoader
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.selection import Selection
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import TaskRunner


@dataclass(frozen=True)
class Deps:
    """The narrow dependencies of a controller or dialog."""

    catalog: Catalog
    runner: TaskRunner
    ops: OpRunner
    settings: Settings
    selection: Selection
    browser: BrowserController
    parent: QWidget  # dialogs' parent window
    show_error: Callable[[str], None]  # a sentence in the interface's language
    show_failure: Callable[[BaseException, str], None]  # why an operation failed: %1
    focus_results: Callable[[], None]
    tell: Callable[[str], None]  # a short line in the status bar (what a command did)
    session_titles: dict[int, str] = field(default_factory=dict)  # kept up to date in place
    sessions: list[SessionRecord] = field(default_factory=list)  # in start order, in place
    thumbs: ThumbnailLoader | None = None  # the window's thumbnails (a dialog's pictures)
    # curated collections, id -> name in the sidebar's order, in place (read with it, on a
    # worker: a picker or a drop reads no catalogue on the UI thread)
    collections: dict[int, str] = field(default_factory=dict)
    # the catalogued folders in the order they were added, ``online`` as this computer sees
    # them, in place (read with the sidebar, on a worker: the folder chooser opens at once)
    roots: list[RootRecord] = field(default_factory=list)

    def selected_ids(self) -> list[int]:
        return self.selection.ids()
