"""Every action of the main window, declared once: id, text, shortcut, handler, enabled-when.

The menu bar, the toolbar, the context menus and the shortcut sheet are all built from
``ACTIONS`` (``gui/menus.py``); a new command is one row here. Handlers receive the
``Host`` (the main window seen through a protocol: its narrow dependencies and a few verbs of
the workspace), so this module imports no window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from smparchive.gui import commands as cmd
from smparchive.gui.controllers import exporting, sidecars

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
    def new_catalogue(self) -> None: ...
    def open_catalogue(self) -> None: ...
    def preferences(self) -> None: ...
    def export_view(self) -> None: ...
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
    results or a viewer have the focus (typing 4 in a text field never rates)."""

    id: str
    text: str
    handler: Handler | None = None
    shortcuts: Sequence[Key] = ()
    menu: str = ""
    group: str = ""
    tip: str = ""
    enabled_when: Callable[[Host], bool] = always
    local: bool = False
    checkable: bool = False
    toggled: Toggled | None = None
    separator_before: bool = False
    toolbar: bool = False
    icon: str = ""  # a name in resources/icons/ui (without .svg), or a QStyle standard pixmap


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
    ("catalogue", QT_TRANSLATE_NOOP("Menus", "Catalogue and export")),
)

_N = QT_TRANSLATE_NOOP
_STD = QKeySequence.StandardKey


def _rating_rows() -> list[ActionSpec]:
    rows = []
    for n in range(6):
        rows.append(
            ActionSpec(
                f"rate{n}",
                _N("Menus", "No stars") if n == 0 else "★" * n,
                lambda h, n=n: h.rate(n),
                (str(n),),
                menu="item/rating",
                group="culling",
                enabled_when=has_items,
                local=True,
            )
        )
    return rows


def _label_rows() -> list[ActionSpec]:
    colours = (
        ("red", _N("Menus", "Red")),
        ("yellow", _N("Menus", "Yellow")),
        ("green", _N("Menus", "Green")),
        ("blue", _N("Menus", "Blue")),
    )
    rows = [
        ActionSpec(
            f"label_{colour}",
            text,
            lambda h, c=colour: h.colour_label(c),
            (str(n),),
            menu="item/label",
            group="culling",
            enabled_when=has_items,
            local=True,
        )
        for n, (colour, text) in zip(range(6, 10), colours, strict=True)
    ]
    rows.append(
        ActionSpec(
            "label_none",
            _N("Menus", "None"),
            lambda h: h.colour_label(None),
            menu="item/label",
            enabled_when=has_items,
        )
    )
    return rows


def _d(h: Host) -> Deps:
    return h.deps


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", _N("Menus", "&New Catalogue…"), lambda h: h.new_catalogue(),
               ("Ctrl+Shift+N",), menu="file", group="catalogue"),
    ActionSpec("open", _N("Menus", "&Open Catalogue…"), lambda h: h.open_catalogue(),
               (_STD.Open,), menu="file", group="catalogue", icon="SP_DialogOpenButton"),
    ActionSpec("add_folder", _N("Menus", "&Add Folder…"), lambda h: h.add_folder(),
               ("Ctrl+Shift+I",), menu="file", group="catalogue", separator_before=True,
               tip=_N("Menus", "Catalogue a folder or drive (you can also drop folders on "
                      "the window)"), toolbar=True, icon="import"),
    ActionSpec("rescan", _N("Menus", "&Rescan All Folders"), lambda h: h.rescan(), ("F5",),
               menu="file", group="catalogue"),
    ActionSpec("prefs", _N("Menus", "&Preferences…"), lambda h: h.preferences(),
               (_STD.Preferences, "Ctrl+,"), menu="file", separator_before=True),
    ActionSpec("quit", _N("Menus", "&Quit"), lambda h: h.close(), (_STD.Quit,), menu="file",
               separator_before=True),
    # Edit (undo/redo come from the undo stack; the table gives their place and keys)
    ActionSpec("undo", _N("Menus", "&Undo"), None, ("Ctrl+Z",), menu="edit",
               group="editing"),
    ActionSpec("redo", _N("Menus", "&Redo"), None, ("Ctrl+Shift+Z", "Ctrl+Y"), menu="edit",
               group="editing"),
    ActionSpec("find", _N("Menus", "&Find…"), lambda h: h.focus_search(), ("Ctrl+F",),
               menu="edit", group="navigation", separator_before=True,
               tip=_N("Menus", "Search with words and the query language")),
    ActionSpec("select_all", _N("Menus", "Select &All"), lambda h: h.select_all(), ("Ctrl+A",),
               menu="edit", group="navigation", local=True),
    ActionSpec("select_none", _N("Menus", "Select &None"), lambda h: h.select_none(),
               ("Ctrl+Shift+A",), menu="edit", group="navigation", local=True),
    # Item
    ActionSpec("open_viewer", _N("Menus", "&Loupe"), lambda h: h.toggle_loupe(),
               ("Space", "Return"), menu="item", group="modes", local=True,
               enabled_when=has_items,
               tip=_N("Menus", "Show the current item large; Space again returns to the grid")),
    *_rating_rows(),
    ActionSpec("pick", _N("Menus", "&Pick"), lambda h: h.flag(1), ("P",), menu="item/flag",
               group="culling", enabled_when=has_items, local=True),
    ActionSpec("reject", _N("Menus", "Re&ject"), lambda h: h.flag(-1), ("X",),
               menu="item/flag", group="culling", enabled_when=has_items, local=True),
    ActionSpec("unflag", _N("Menus", "&Unflag"), lambda h: h.flag(0), ("U",),
               menu="item/flag", group="culling", enabled_when=has_items, local=True),
    *_label_rows(),
    ActionSpec("auto_advance", _N("Menus", "&Auto-advance After Rating"), menu="item",
               checkable=True, toggled=lambda h, on: h.set_auto_advance(on),
               tip=_N("Menus", "Move to the next item after rating, flagging or labelling")),
    ActionSpec("caption", _N("Menus", "Edit &Caption"), lambda h: h.focus_caption(),
               ("Ctrl+Shift+C",), menu="item", group="editing", separator_before=True,
               enabled_when=has_items,
               tip=_N("Menus", "Type the caption of the selection; Ctrl+Enter applies and "
                      "returns to the grid")),
    ActionSpec("alt_text", _N("Menus", "Edit Alt &Text"), lambda h: h.focus_alt_text(),
               ("Ctrl+Shift+X",), menu="item", group="editing", enabled_when=has_items),
    ActionSpec("tag", _N("Menus", "Add &Keyword…"), lambda h: h.focus_keywords(), ("T",),
               menu="item", group="editing", local=True, enabled_when=has_items),
    ActionSpec("person", _N("Menus", "Add &Person…"), lambda h: h.focus_people(),
               ("Shift+T",), menu="item", group="editing", local=True, enabled_when=has_items),
    ActionSpec("add_to_collection", _N("Menus", "Add to &Collection…"),
               lambda h: cmd.add_to_collection(_d(h)), ("B",), menu="item", group="editing",
               local=True, enabled_when=has_items),
    ActionSpec("assign", _N("Menus", "Assign to &Session…"),
               lambda h: cmd.choose_session(_d(h)), ("S",), menu="item", group="editing",
               local=True, enabled_when=has_items),
    ActionSpec("export_selection", _N("Menus", "&Export Selection…"),
               lambda h: exporting.export_selection(_d(h)), ("Ctrl+E",), menu="item",
               group="catalogue", separator_before=True, enabled_when=has_items,
               tip=_N("Menus", "Export the selected items: preset, names, consent preflight")),
    ActionSpec("write_sidecars", _N("Menus", "&Write XMP Sidecars"),
               lambda h: sidecars.write_selection(_d(h)), menu="item", enabled_when=has_items,
               tip=_N("Menus", "Write the metadata of the selected items into XMP sidecar "
                      "files")),
    ActionSpec("read_sidecars", _N("Menus", "Rea&d XMP Sidecars"),
               lambda h: sidecars.read_selection(_d(h)), menu="item", enabled_when=has_items,
               tip=_N("Menus", "Take over what the XMP sidecars of the selected items say "
                      "(undoable)")),
    # View: the workspace modes first
    ActionSpec("mode_grid", _N("Menus", "&Grid"), lambda h: h.set_mode("grid"), ("G",),
               menu="view", group="modes", local=True, checkable=True, toolbar=True,
               tip=_N("Menus", "Thumbnails of the view"), icon="grid"),
    ActionSpec("mode_loupe", _N("Menus", "L&oupe"), lambda h: h.set_mode("loupe"), ("E",),
               menu="view", group="modes", local=True, checkable=True, toolbar=True,
               enabled_when=has_items, icon="loupe",
               tip=_N("Menus", "One photo filling the window; steps through the selection "
                      "when several are selected")),
    ActionSpec("mode_compare", _N("Menus", "&Compare"), lambda h: h.set_mode("compare"),
               ("C",), menu="view", group="modes", local=True, checkable=True, toolbar=True,
               enabled_when=two_or_more_photos, icon="compare",
               tip=_N("Menus", "Two to four selected photos side by side, zoomed together")),
    ActionSpec("full_screen", _N("Menus", "&Full Screen"), lambda h: h.toggle_full_screen(),
               ("F",), menu="view", group="modes", local=True, checkable=True),
    ActionSpec("view_grid", _N("Menus", "Thumbnail &Grid"), lambda h: h.set_view_mode("grid"),
               ("Ctrl+1",), menu="view", group="navigation", checkable=True,
               separator_before=True),
    ActionSpec("view_details", _N("Menus", "&Details"),
               lambda h: h.set_view_mode("details"), ("Ctrl+2",), menu="view",
               group="navigation", checkable=True),
    ActionSpec("bigger", _N("Menus", "&Larger Thumbnails"), lambda h: h.resize_thumbnails(24),
               ("Ctrl+=",), menu="view", separator_before=True),
    ActionSpec("smaller", _N("Menus", "&Smaller Thumbnails"),
               lambda h: h.resize_thumbnails(-24), ("Ctrl+-",), menu="view"),
    ActionSpec("toggle_sidebar", _N("Menus", "Show S&idebar"), None, ("Ctrl+Shift+L",),
               menu="view", checkable=True, separator_before=True,
               toggled=lambda h, on: h.show_panel("sidebar", on)),
    ActionSpec("toggle_inspector", _N("Menus", "Show &Inspector"), None, ("Ctrl+I",),
               menu="view", checkable=True,
               toggled=lambda h, on: h.show_panel("inspector", on)),
    ActionSpec("go_sidebar", _N("Menus", "Go to Sidebar"), lambda h: h.focus_sidebar(),
               ("Ctrl+L",), menu="view", group="navigation"),
    # Programme
    ActionSpec("schedule", _N("Menus", "&Schedule Editor…"),
               lambda h: cmd.schedule_editor(_d(h)), ("Ctrl+Shift+S",), menu="programme"),
    ActionSpec("import_programme", _N("Menus", "&Import Programme…"),
               lambda h: cmd.import_programme(_d(h)), menu="programme"),
    ActionSpec("proposals", _N("Menus", "&Assign Items to Sessions…"),
               lambda h: cmd.assignment_preview(_d(h)), ("Ctrl+Shift+G",), menu="programme",
               group="editing"),
    ActionSpec("clocks", _N("Menus", "Camera &Clocks…"), lambda h: cmd.clock_dialog(_d(h)),
               ("Ctrl+Shift+K",), menu="programme"),
    ActionSpec("timeline", _N("Menus", "&Timeline…"), lambda h: cmd.timeline(_d(h)),
               ("Ctrl+Shift+T",), menu="programme"),
    # Collections
    ActionSpec("new_collection", _N("Menus", "&New Collection…"),
               lambda h: cmd.new_collection(_d(h)), ("Ctrl+Shift+B",), menu="collections",
               group="editing"),
    ActionSpec("smart_collection", _N("Menus", "New &Smart Collection from Search…"),
               lambda h: cmd.new_smart_collection(_d(h)), menu="collections"),
    ActionSpec("remove_from_collection", _N("Menus", "&Remove from Collection"),
               lambda h: cmd.remove_from_collection(_d(h)), ("Shift+Del",),
               menu="collections", group="editing", local=True, enabled_when=in_collection),
    ActionSpec("export", _N("Menus", "&Export…"), lambda h: h.export_view(), ("Ctrl+Shift+E",),
               menu="collections", group="catalogue", separator_before=True, toolbar=True,
               icon="export",
               tip=_N("Menus", "Export what the browser shows: a collection, session, day or "
                      "search")),
    ActionSpec("export_history", _N("Menus", "Export &History…"),
               lambda h: exporting.export_history(_d(h)), menu="collections"),
    # Help
    ActionSpec("shortcuts", _N("Menus", "&Keyboard Shortcuts"), lambda h: h.show_shortcuts(),
               ("F1",), menu="help", group="navigation"),
    ActionSpec("logs", _N("Menus", "Open &Log Folder"), lambda _h: cmd.open_log_folder(),
               menu="help"),
    ActionSpec("about", _N("Menus", "&About smparchive"), lambda h: cmd.about(_d(h)),
               menu="help"),
)  # fmt: skip

# The right-click menu of the results: action ids, "@submenu" and None for separators.
RESULTS_MENU: tuple[str | None, ...] = (
    "open_viewer",
    "mode_compare",
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
    "write_sidecars",
    "read_sidecars",
)

# The toolbar: action ids in order (None: a separator); the search field follows.
TOOLBAR: tuple[str | None, ...] = (
    "add_folder",
    None,
    "mode_grid",
    "mode_loupe",
    "mode_compare",
    None,
    "export",
)


def spec(action_id: str) -> ActionSpec:
    """The row of ``action_id``."""
    return next(s for s in ACTIONS if s.id == action_id)
