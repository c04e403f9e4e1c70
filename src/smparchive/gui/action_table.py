"""The rows of the action table: one ``ActionSpec`` per command of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from smparchive.core.vocab import ColourLabel
from smparchive.gui import commands as cmd
from smparchive.gui.actions import (
    ActionSpec,
    Handler,
    Host,
    has_items,
    in_collection,
    several,
    two_or_more_photos,
)
from smparchive.gui.controllers import exporting, reveal, sidecars
from smparchive.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps

_STD = QKeySequence.StandardKey


def _rate(n: int) -> Handler:
    return lambda h: h.rate(n)


def _colour(colour: str) -> Handler:
    return lambda h: h.colour_label(colour)


def _rating_rows() -> list[ActionSpec]:
    rows = []
    for n in range(6):
        rows.append(
            ActionSpec(
                f"rate{n}",
                QT_TRANSLATE_NOOP("Menus", "No stars") if n == 0 else "★" * n,
                _rate(n),
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
        (ColourLabel.RED, QT_TRANSLATE_NOOP("Menus", "Red")),
        (ColourLabel.YELLOW, QT_TRANSLATE_NOOP("Menus", "Yellow")),
        (ColourLabel.GREEN, QT_TRANSLATE_NOOP("Menus", "Green")),
        (ColourLabel.BLUE, QT_TRANSLATE_NOOP("Menus", "Blue")),
    )
    rows = [
        ActionSpec(
            f"label_{colour}",
            text,
            _colour(colour),
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
            QT_TRANSLATE_NOOP("Menus", "None"),
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
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Menus", "&New Catalogue…"),
        lambda h: h.new_catalogue(),
        ("Ctrl+Shift+N",),
        menu="file",
        group="catalogue",
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Menus", "&Open Catalogue…"),
        lambda h: h.open_catalogue(),
        (_STD.Open,),
        menu="file",
        group="catalogue",
        icon="SP_DialogOpenButton",
    ),
    ActionSpec(
        "add_folder",
        QT_TRANSLATE_NOOP("Menus", "&Add Folder…"),
        lambda h: h.add_folder(),
        ("Ctrl+Shift+I",),
        menu="file",
        group="catalogue",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Menus", "Catalogue a folder or drive (you can also drop folders on the window)"
        ),
        toolbar=True,
        icon="import",
    ),
    ActionSpec(
        "rescan",
        QT_TRANSLATE_NOOP("Menus", "&Rescan All Folders"),
        lambda h: h.rescan(),
        ("F5",),
        menu="file",
        group="catalogue",
    ),
    ActionSpec(
        "verify",
        QT_TRANSLATE_NOOP("Menus", "&Verify Files (Fixity Check)"),
        lambda h: h.verify_files(),
        (),
        menu="file",
        group="catalogue",
    ),
    ActionSpec(
        "prefs",
        QT_TRANSLATE_NOOP("Menus", "&Preferences…"),
        lambda h: h.preferences(),
        (_STD.Preferences, "Ctrl+,"),
        menu="file",
        group="window",
        separator_before=True,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Menus", "&Quit"),
        lambda h: h.close(),
        (_STD.Quit,),
        menu="file",
        group="window",
        separator_before=True,
    ),
    # Edit (undo/redo come from the undo stack; the table gives their place and keys)
    ActionSpec(
        "undo", QT_TRANSLATE_NOOP("Menus", "&Undo"), None, ("Ctrl+Z",), menu="edit", group="editing"
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Menus", "&Redo"),
        None,
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        menu="edit",
        group="editing",
    ),
    ActionSpec(
        "menu_bar",  # in no menu: the key that opens them (Alt and Alt+letter also do)
        QT_TRANSLATE_NOOP("Menus", "Open the Menu Bar"),
        lambda h: h.open_menu_bar(),
        ("F10",),
        group="navigation",
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Menus", "&Find…"),
        lambda h: h.focus_search(),
        ("Ctrl+F",),
        menu="edit",
        group="navigation",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP("Menus", "Search with words and the query language"),
    ),
    ActionSpec(
        "select_all",
        QT_TRANSLATE_NOOP("Menus", "Select &All"),
        lambda h: h.select_all(),
        ("Ctrl+A",),
        menu="edit",
        group="navigation",
        local=True,
    ),
    ActionSpec(
        "select_none",
        QT_TRANSLATE_NOOP("Menus", "Select &None"),
        lambda h: h.select_none(),
        ("Ctrl+Shift+A",),
        menu="edit",
        group="navigation",
        local=True,
    ),
    # Item
    *_rating_rows(),
    ActionSpec(
        "pick",
        QT_TRANSLATE_NOOP("Menus", "&Pick"),
        lambda h: h.flag(1),
        ("P",),
        menu="item/flag",
        group="culling",
        enabled_when=has_items,
        local=True,
    ),
    ActionSpec(
        "reject",
        QT_TRANSLATE_NOOP("Menus", "Re&ject"),
        lambda h: h.flag(-1),
        ("X",),
        menu="item/flag",
        group="culling",
        enabled_when=has_items,
        local=True,
    ),
    ActionSpec(
        "unflag",
        QT_TRANSLATE_NOOP("Menus", "&Unflag"),
        lambda h: h.flag(0),
        ("U",),
        menu="item/flag",
        group="culling",
        enabled_when=has_items,
        local=True,
    ),
    *_label_rows(),
    ActionSpec(
        "auto_advance",
        QT_TRANSLATE_NOOP("Menus", "&Auto-advance After Rating"),
        menu="item",
        checkable=True,
        toggled=lambda h, on: h.set_auto_advance(on),
        tip=QT_TRANSLATE_NOOP("Menus", "Move to the next item after rating, flagging or labelling"),
    ),
    ActionSpec(
        "caption",
        QT_TRANSLATE_NOOP("Menus", "Edit Capt&ion"),
        lambda h: h.focus_caption(),
        ("Ctrl+Shift+C",),
        menu="item",
        group="editing",
        separator_before=True,
        enabled_when=has_items,
        tip=QT_TRANSLATE_NOOP(
            "Menus", "Type the caption of the selection; %1 applies and returns to the results"
        ),
        tip_keys=("Ctrl+Enter",),
    ),
    ActionSpec(
        "alt_text",
        QT_TRANSLATE_NOOP("Menus", "Edit Alt &Text"),
        lambda h: h.focus_alt_text(),
        ("Ctrl+Shift+X",),
        menu="item",
        group="editing",
        enabled_when=has_items,
    ),
    ActionSpec(
        "tag",
        QT_TRANSLATE_NOOP("Menus", "Add &Keyword…"),
        lambda h: h.focus_keywords(),
        ("T",),
        menu="item",
        group="editing",
        local=True,
        enabled_when=has_items,
    ),
    ActionSpec(
        "person",
        QT_TRANSLATE_NOOP("Menus", "Add &Person…"),
        lambda h: h.focus_people(),
        ("Shift+T",),
        menu="item",
        group="editing",
        local=True,
        enabled_when=has_items,
    ),
    ActionSpec(
        "add_to_collection",
        QT_TRANSLATE_NOOP("Menus", "Add to &Collection…"),
        lambda h: cmd.add_to_collection(_d(h)),
        ("B",),
        menu="item",
        group="editing",
        local=True,
        enabled_when=has_items,
    ),
    ActionSpec(
        "assign",
        QT_TRANSLATE_NOOP("Menus", "Assign to &Session…"),
        lambda h: cmd.choose_session(_d(h)),
        ("S",),
        menu="item",
        group="editing",
        local=True,
        enabled_when=has_items,
    ),
    ActionSpec(
        "export_selection",
        QT_TRANSLATE_NOOP("Menus", "&Export Selection…"),
        lambda h: h.export_selection(),
        ("Ctrl+E",),
        menu="item",
        group="catalogue",
        separator_before=True,
        enabled_when=has_items,
        tip=QT_TRANSLATE_NOOP(
            "Menus", "Export the selected items: preset, names, consent preflight"
        ),
    ),
    ActionSpec(
        "reveal",
        QT_TRANSLATE_NOOP("Menus", "Show in the &File Manager"),
        lambda h: reveal.show_in_file_manager(_d(h)),
        menu="item",
        enabled_when=has_items,
        tip=QT_TRANSLATE_NOOP("Menus", "The selected item's original, in its folder"),
    ),
    ActionSpec(
        "write_sidecars",
        QT_TRANSLATE_NOOP("Menus", "&Write XMP Sidecars"),
        lambda h: sidecars.write_selection(_d(h)),
        menu="item",
        enabled_when=has_items,
        tip=QT_TRANSLATE_NOOP(
            "Menus", "Write the metadata of the selected items into XMP sidecar files"
        ),
    ),
    ActionSpec(
        "read_sidecars",
        QT_TRANSLATE_NOOP("Menus", "Rea&d XMP Sidecars"),
        lambda h: sidecars.read_selection(_d(h)),
        menu="item",
        enabled_when=has_items,
        tip=QT_TRANSLATE_NOOP(
            "Menus", "Take over what the XMP sidecars of the selected items say (undoable)"
        ),
    ),
    # View: the workspace modes first
    ActionSpec(
        "mode_grid",
        QT_TRANSLATE_NOOP("Menus", "&Grid"),
        lambda h: h.set_view_mode("grid"),
        ("G",),
        menu="view",
        group="modes",
        local=True,
        anywhere=("Ctrl+1",),
        checkable=True,
        toolbar=True,
        tip=QT_TRANSLATE_NOOP("Menus", "Thumbnails of the view"),
        icon="grid",
    ),
    ActionSpec(
        "mode_details",
        QT_TRANSLATE_NOOP("Menus", "&Details"),
        lambda h: h.set_view_mode("details"),
        ("Ctrl+2",),
        menu="view",
        group="modes",
        checkable=True,
        toolbar=True,
        tip=QT_TRANSLATE_NOOP("Menus", "The view as a table, one row per item, sortable"),
        icon="details",
    ),
    ActionSpec(
        "mode_loupe",
        QT_TRANSLATE_NOOP("Menus", "L&oupe"),
        lambda h: h.toggle_loupe(),  # and back to the grid (the Space of the grid's viewers)
        ("E", "Space"),
        widget_keys=("Enter",),  # the grid, details and survey open it themselves
        menu="view",
        group="modes",
        local=True,
        checkable=True,
        toolbar=True,
        enabled_when=has_items,
        icon="loupe",
        tip=QT_TRANSLATE_NOOP(
            "Menus",
            "One photo filling the window; steps through the selection when several are selected",
        ),
    ),
    ActionSpec(
        "mode_compare",
        QT_TRANSLATE_NOOP("Menus", "&Compare"),
        lambda h: h.set_mode("compare"),
        ("C",),
        menu="view",
        group="modes",
        local=True,
        checkable=True,
        toolbar=True,
        enabled_when=two_or_more_photos,
        icon="compare",
        tip=QT_TRANSLATE_NOOP("Menus", "Two to four selected photos side by side, zoomed together"),
    ),
    ActionSpec(
        "mode_survey",
        QT_TRANSLATE_NOOP("Menus", "&Survey"),
        lambda h: h.set_mode("survey"),
        ("N",),
        menu="view",
        group="modes",
        local=True,
        checkable=True,
        toolbar=True,
        enabled_when=several,
        icon="survey",
        tip=QT_TRANSLATE_NOOP("Menus", "Every selected photo side by side"),
    ),
    ActionSpec(
        "full_screen",
        QT_TRANSLATE_NOOP("Menus", "&Full Screen"),
        lambda h: h.toggle_full_screen(),
        ("F",),
        menu="view",
        group="modes",
        local=True,
        checkable=True,
    ),
    ActionSpec(
        "bigger",
        QT_TRANSLATE_NOOP("Menus", "&Larger Thumbnails"),
        lambda h: h.resize_thumbnails(24),
        ("Ctrl+=",),
        menu="view",
        group="window",
        separator_before=True,
    ),
    ActionSpec(
        "smaller",
        QT_TRANSLATE_NOOP("Menus", "&Smaller Thumbnails"),
        lambda h: h.resize_thumbnails(-24),
        ("Ctrl+-",),
        menu="view",
        group="window",
    ),
    ActionSpec(
        "toggle_sidebar",
        QT_TRANSLATE_NOOP("Menus", "Show S&idebar"),
        None,
        ("Ctrl+Shift+L",),
        menu="view",
        group="window",
        checkable=True,
        separator_before=True,
        toggled=lambda h, on: h.show_panel("sidebar", on),
    ),
    ActionSpec(
        "toggle_inspector",
        QT_TRANSLATE_NOOP("Menus", "Show &Inspector"),
        None,
        ("Ctrl+I",),
        menu="view",
        group="window",
        checkable=True,
        toggled=lambda h, on: h.show_panel("inspector", on),
    ),
    ActionSpec(
        "go_sidebar",
        QT_TRANSLATE_NOOP("Menus", "Go to Sidebar"),
        lambda h: h.focus_sidebar(),
        ("Ctrl+L",),
        menu="view",
        group="navigation",
    ),
    ActionSpec(
        "people",
        QT_TRANSLATE_NOOP("Menus", "&People…"),
        lambda h: cmd.people(_d(h)),
        ("Ctrl+Shift+F",),
        menu="view",
        group="editing",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Menus", "Faces found in photos: name people, confirm or reject suggestions"
        ),
    ),
    # Programme
    ActionSpec(
        "schedule",
        QT_TRANSLATE_NOOP("Menus", "&Schedule Editor…"),
        lambda h: cmd.schedule_editor(_d(h)),
        ("Ctrl+Shift+S",),
        menu="programme",
        group="editing",
    ),
    ActionSpec(
        "import_programme",
        QT_TRANSLATE_NOOP("Menus", "&Import Programme…"),
        lambda h: cmd.import_programme(_d(h)),
        menu="programme",
    ),
    ActionSpec(
        "proposals",
        QT_TRANSLATE_NOOP("Menus", "&Assign Items to Sessions…"),
        lambda h: cmd.assignment_preview(_d(h)),
        ("Ctrl+Shift+G",),
        menu="programme",
        group="editing",
    ),
    ActionSpec(
        "clocks",
        QT_TRANSLATE_NOOP("Menus", "Camera &Clocks…"),
        lambda h: cmd.clock_dialog(_d(h)),
        ("Ctrl+Shift+K",),
        menu="programme",
        group="editing",
    ),
    ActionSpec(
        "timeline",
        QT_TRANSLATE_NOOP("Menus", "&Timeline…"),
        lambda h: cmd.timeline(_d(h)),
        ("Ctrl+Shift+T",),
        menu="programme",
        group="editing",
    ),
    # Collections
    ActionSpec(
        "new_collection",
        QT_TRANSLATE_NOOP("Menus", "&New Collection…"),
        lambda h: cmd.new_collection(_d(h)),
        ("Ctrl+Shift+B",),
        menu="collections",
        group="editing",
    ),
    ActionSpec(
        "smart_collection",
        QT_TRANSLATE_NOOP("Menus", "New &Smart Collection from Search…"),
        lambda h: cmd.new_smart_collection(_d(h)),
        menu="collections",
    ),
    ActionSpec(
        "remove_from_collection",
        QT_TRANSLATE_NOOP("Menus", "&Remove from Collection"),
        lambda h: cmd.remove_from_collection(_d(h)),
        ("Shift+Del",),
        menu="collections",
        group="editing",
        local=True,
        enabled_when=in_collection,
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Menus", "&Export…"),
        lambda h: h.export_view(),
        ("Ctrl+Shift+E",),
        menu="collections",
        group="catalogue",
        separator_before=True,
        toolbar=True,
        icon="export",
        tip=QT_TRANSLATE_NOOP(
            "Menus", "Export what the browser shows: a collection, session, day or search"
        ),
    ),
    ActionSpec(
        "export_history",
        QT_TRANSLATE_NOOP("Menus", "Export &History…"),
        lambda h: exporting.export_history(_d(h)),
        menu="collections",
    ),
    # Help
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Menus", "&Keyboard Shortcuts"),
        lambda h: h.show_shortcuts(),
        ("F1",),
        menu="help",
        group="navigation",
    ),
    ActionSpec(
        "logs",
        QT_TRANSLATE_NOOP("Menus", "Open &Log Folder"),
        lambda _h: cmd.open_log_folder(),
        menu="help",
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Menus", "&About smparchive"),
        lambda h: cmd.about(_d(h)),
        menu="help",
    ),
)


def spec(action_id: str) -> ActionSpec:
    """The row of ``action_id``."""
    return next(s for s in ACTIONS if s.id == action_id)
