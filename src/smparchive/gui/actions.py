"""Every action of the main window, declared once: id, text, shortcut, handler, enabled-when.

The menu bar, the toolbar, the context menus and the shortcut sheet are all built from
``action_table.ACTIONS`` (``gui/menus.py``); a new command is one row there. This module
holds the row type, the enabled-when rules, the menus and the toolbar's order. Handlers receive the
``Host`` (the main window seen through a protocol: its narrow dependencies and a few verbs of
the workspace), so this module imports no window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QKeySequence

from smparchive.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps

Key = str | QKeySequence.StandardKey


class Host(Protocol):
    """What action handlers may use of the window."""

    @property
    def deps(self) -> Deps: ...

    def rate(self, value: int) -> None: ...
    def flag(self, value: int) -> None: ...
    def colour_label(self, value: str | None) -> None: ...
    def set_view_mode(self, mode: str) -> None: ...
    def set_mode(self, mode: str) -> None: ...
    def toggle_loupe(self) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def focus_search(self) -> None: ...
    def open_menu_bar(self) -> None: ...
    def focus_sidebar(self) -> None: ...
    def focus_keywords(self) -> None: ...
    def focus_people(self) -> None: ...
    def focus_caption(self) -> None: ...
    def focus_alt_text(self) -> None: ...
    def select_all(self) -> None: ...
    def select_none(self) -> None: ...
    def resize_thumbnails(self, delta: int) -> None: ...
    def show_panel(self, name: str, visible: bool) -> None: ...
    def add_folder(self) -> None: ...
    def rescan(self) -> None: ...
    def verify_files(self) -> None: ...
    def new_catalogue(self) -> None: ...
    def open_catalogue(self) -> None: ...
    def preferences(self) -> None: ...
    def export_view(self) -> None: ...
    def export_selection(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def set_auto_advance(self, on: bool) -> None: ...
    def close(self) -> bool: ...

    # for enabled_when
    def selected_count(self) -> int: ...
    def selected_photo_count(self) -> int: ...
    def in_collection(self) -> bool: ...


Handler = Callable[[Host], object]
Toggled = Callable[[Host, bool], object]


# enabled_when rules: the window re-evaluates them when the selection or the view changes
def always(_h: Host) -> bool:
    return True


def has_items(h: Host) -> bool:
    """Something is selected (or current)."""
    return h.selected_count() > 0


def two_or_more_photos(h: Host) -> bool:
    """Compare shows the first four of them."""
    return h.selected_photo_count() >= 2


def several(h: Host) -> bool:
    return h.selected_count() >= 2


def in_collection(h: Host) -> bool:
    return h.in_collection() and h.selected_count() > 0


@dataclass(frozen=True)
class ActionSpec:
    """One action. ``text``/``tip`` are English source texts, translated in context
    "Menus" when the action is built; ``menu`` is the menu path ("item/rating"),
    ``group`` the section of the shortcut sheet. ``local`` shortcuts work only where the
    results or a viewer have the focus (typing 4 in a text field never rates); ``anywhere``
    keys of a local action work in the whole window (Ctrl+1 beside G)."""

    id: str
    text: str
    handler: Handler | None = None
    shortcuts: Sequence[Key] = ()
    menu: str = ""
    group: str = ""
    tip: str = ""
    enabled_when: Callable[[Host], bool] = always
    local: bool = False
    anywhere: Sequence[Key] = ()
    widget_keys: tuple[str, ...] = ()  # keys its widgets handle themselves, in the sheet's row
    checkable: bool = False
    toggled: Toggled | None = None
    separator_before: bool = False
    toolbar: bool = False
    icon: str = ""  # a name in resources/icons/ui (without .svg), or a QStyle standard pixmap
    tip_keys: tuple[str, ...] = ()  # keys the tip names as %1, %2… (gui/keynames.py)


# Menu titles, in menu-bar order; submenus are "parent/child".
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("item", QT_TRANSLATE_NOOP("Menus", "&Item")),
    ("item/rating", QT_TRANSLATE_NOOP("Menus", "&Rating")),
    ("item/flag", QT_TRANSLATE_NOOP("Menus", "&Flag")),
    ("item/label", QT_TRANSLATE_NOOP("Menus", "Colour &Label")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("programme", QT_TRANSLATE_NOOP("Menus", "&Programme")),
    ("collections", QT_TRANSLATE_NOOP("Menus", "&Collections")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)

# Groups of the shortcut sheet, in order.
GROUPS: tuple[tuple[str, str], ...] = (
    ("modes", QT_TRANSLATE_NOOP("Menus", "Viewing modes")),
    ("culling", QT_TRANSLATE_NOOP("Menus", "Rating and flags")),
    ("editing", QT_TRANSLATE_NOOP("Menus", "Captions, keywords and sessions")),
    ("navigation", QT_TRANSLATE_NOOP("Menus", "Moving around")),
    ("window", QT_TRANSLATE_NOOP("Menus", "Window and panels")),
    ("catalogue", QT_TRANSLATE_NOOP("Menus", "Catalogue and export")),
)


# The right-click menu of the results: action ids, "@submenu" and None for separators.
RESULTS_MENU: tuple[str | None, ...] = (
    "mode_loupe",
    "mode_compare",
    "mode_survey",
    None,
    "@item/rating",
    "@item/flag",
    "@item/label",
    None,
    "caption",
    "tag",
    "person",
    "add_to_collection",
    "remove_from_collection",
    "assign",
    None,
    "export_selection",
    "reveal",
    "write_sidecars",
    "read_sidecars",
)

# The workspace's modes: one exclusive group, the one shown checked (toolbar and View menu).
MODE_ACTIONS: tuple[str, ...] = (
    "mode_grid",
    "mode_details",
    "mode_loupe",
    "mode_compare",
    "mode_survey",
)

# The toolbar: action ids in order (None: a separator). The search field stays the full-width
# row under it (in the toolbar it went into the overflow menu on narrow windows).
TOOLBAR: tuple[str | None, ...] = (
    "add_folder",
    None,
    *MODE_ACTIONS,
    None,
    "export",
    "find",
)
