"""The main window's menus and keyboard shortcuts (shown in menus and tooltips)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from smparchive.core import paths
from smparchive.gui.i18n import translate
from smparchive.gui.icons import standard

if TYPE_CHECKING:
    from smparchive.gui.main_window import MainWindow


# Colour label items: translate("Menus", colour.capitalize()).
_COLOUR_TEXTS = (
    QT_TRANSLATE_NOOP("Menus", "Red"),
    QT_TRANSLATE_NOOP("Menus", "Yellow"),
    QT_TRANSLATE_NOOP("Menus", "Green"),
    QT_TRANSLATE_NOOP("Menus", "Blue"),
)


def make_action(
    parent: MainWindow,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcut: str | QKeySequence.StandardKey | None = None,
    *,
    tip: str = "",
    checkable: bool = False,
    local: bool = False,
) -> QAction:
    """An action whose tooltip names its shortcut. ``local`` ones work in the results only
    (so typing digits in a text field never rates)."""
    act = QAction(text, parent)
    if shortcut is not None:
        seq = QKeySequence(shortcut)
        act.setShortcut(seq)
        keys = seq.toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{tip or text.replace('&', '').rstrip('.…')} ({keys})")
    elif tip:
        act.setToolTip(tip)
    act.setCheckable(checkable)
    if slot is not None:
        act.triggered.connect(lambda _checked=False: slot())
    if local:
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.results.addAction(act)
    return act


def build_menus(w: MainWindow) -> dict[str, QAction]:
    """Create every menu; returns actions by name for tests and enabling."""
    acts: dict[str, QAction] = {}
    bar = w.menuBar()
    from smparchive.gui import commands as cmd
    from smparchive.gui.controllers import exporting, sidecars

    # File
    m = bar.addMenu(translate("Menus", "&File"))
    acts["new"] = make_action(
        w, translate("Menus", "&New Catalogue…"), partial(cmd.new_catalogue, w), "Ctrl+Shift+N"
    )
    acts["open"] = make_action(
        w,
        translate("Menus", "&Open Catalogue…"),
        partial(cmd.open_catalogue, w),
        QKeySequence.StandardKey.Open,
    )
    acts["open"].setIcon(standard(QStyle.StandardPixmap.SP_DialogOpenButton))
    m.addAction(acts["new"])
    m.addAction(acts["open"])
    recent = m.addMenu(translate("Menus", "Open &Recent"))
    recent.aboutToShow.connect(partial(_fill_recent, w, recent))
    m.addSeparator()
    acts["add_folder"] = make_action(
        w,
        translate("Menus", "&Add Folder…"),
        partial(cmd.add_folder, w),
        "Ctrl+Shift+I",
        tip=translate(
            "Menus", "Catalogue a folder or drive (you can also drop folders on the window)"
        ),
    )
    acts["rescan"] = make_action(
        w, translate("Menus", "&Rescan All Folders"), partial(cmd.rescan, w), "F5"
    )
    m.addAction(acts["add_folder"])
    m.addAction(acts["rescan"])
    m.addSeparator()
    acts["prefs"] = make_action(
        w,
        translate("Menus", "&Preferences…"),
        partial(cmd.preferences, w),
        QKeySequence.StandardKey.Preferences,
    )
    if acts["prefs"].shortcut().isEmpty():
        acts["prefs"].setShortcut(QKeySequence("Ctrl+,"))
    m.addAction(acts["prefs"])
    m.addSeparator()
    acts["quit"] = make_action(
        w, translate("Menus", "&Quit"), w.close, QKeySequence.StandardKey.Quit
    )
    m.addAction(acts["quit"])

    # Edit
    m = bar.addMenu(translate("Menus", "&Edit"))
    undo = w.undo_stack.createUndoAction(w, translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = w.undo_stack.createRedoAction(w, translate("Menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.setToolTip(translate("Menus", "Undo (Ctrl+Z)"))
    redo.setToolTip(translate("Menus", "Redo (Ctrl+Shift+Z)"))
    acts["undo"], acts["redo"] = undo, redo
    m.addAction(undo)
    m.addAction(redo)
    m.addSeparator()
    acts["find"] = make_action(
        w,
        translate("Menus", "&Find…"),
        w.focus_search,
        QKeySequence("Ctrl+F"),
        tip=translate("Menus", "Search with words and the query language"),
    )
    acts["select_all"] = make_action(
        w, translate("Menus", "Select &All"), lambda: w.view.selectAll(), "Ctrl+A", local=True
    )
    acts["select_none"] = make_action(
        w,
        translate("Menus", "Select &None"),
        lambda: w.view.clearSelection(),
        "Ctrl+Shift+A",
        local=True,
    )
    for key in ("find", "select_all", "select_none"):
        m.addAction(acts[key])

    # Item (culling)
    m = bar.addMenu(translate("Menus", "&Item"))
    acts["open_viewer"] = make_action(
        w, translate("Menus", "&Open in Viewer"), w.open_viewer, "Space", local=True
    )
    acts["open_viewer"].setShortcuts([QKeySequence("Space"), QKeySequence("Return")])
    m.addAction(acts["open_viewer"])
    rating = w.submenus["rating"] = m.addMenu(translate("Menus", "&Rating"))
    for n in range(6):
        name = translate("Menus", "No stars") if n == 0 else "★" * n
        acts[f"rate{n}"] = make_action(w, name, partial(w.rate, n), str(n), local=True)
        rating.addAction(acts[f"rate{n}"])
    flag = w.submenus["flag"] = m.addMenu(translate("Menus", "&Flag"))
    for key, text, value in (
        ("pick", translate("Menus", "&Pick"), 1),
        ("reject", translate("Menus", "Re&ject"), -1),
        ("unflag", translate("Menus", "&Unflag"), 0),
    ):
        shortcut = {"pick": "P", "reject": "X", "unflag": "U"}[key]
        acts[key] = make_action(w, text, partial(w.flag, value), shortcut, local=True)
        flag.addAction(acts[key])
    label = w.submenus["label"] = m.addMenu(translate("Menus", "Colour &Label"))
    for n, colour in zip(range(6, 10), ("red", "yellow", "green", "blue"), strict=True):
        acts[f"label_{colour}"] = make_action(
            w,
            translate("Menus", colour.capitalize()),
            partial(w.colour_label, colour),
            str(n),
            local=True,
        )
        label.addAction(acts[f"label_{colour}"])
    acts["label_none"] = make_action(
        w, translate("Menus", "None"), partial(w.colour_label, None), "0", local=False
    )
    acts["label_none"].setShortcut(QKeySequence())
    label.addAction(acts["label_none"])
    acts["auto_advance"] = make_action(
        w,
        translate("Menus", "&Auto-advance After Rating"),
        None,
        checkable=True,
        tip=translate("Menus", "Move to the next item after rating, flagging or labelling"),
    )
    acts["auto_advance"].setChecked(w.settings.auto_advance)
    acts["auto_advance"].toggled.connect(lambda on: setattr(w.settings, "auto_advance", on))
    m.addAction(acts["auto_advance"])
    m.addSeparator()
    acts["tag"] = make_action(
        w, translate("Menus", "Add &Keyword…"), w.inspector.focus_keywords, "T", local=True
    )
    acts["person"] = make_action(
        w, translate("Menus", "Add &Person…"), w.inspector.focus_people, "Shift+T", local=True
    )
    acts["add_to_collection"] = make_action(
        w,
        translate("Menus", "Add to &Collection…"),
        partial(cmd.add_to_collection, w),
        "B",
        local=True,
    )
    acts["assign"] = make_action(
        w,
        translate("Menus", "Assign to &Session…"),
        partial(cmd.choose_session, w),
        "S",
        local=True,
    )
    for key in ("tag", "person", "add_to_collection", "assign"):
        m.addAction(acts[key])
    m.addSeparator()
    acts["export_selection"] = make_action(
        w,
        translate("Menus", "&Export Selection…"),
        partial(exporting.export_selection, w),
        "Ctrl+E",
        tip=translate("Menus", "Export the selected items: preset, names, consent preflight"),
    )
    acts["write_sidecars"] = make_action(
        w,
        translate("Menus", "&Write XMP Sidecars"),
        partial(sidecars.write_selection, w),
        tip=translate("Menus", "Write the metadata of the selected items into XMP sidecar files"),
    )
    acts["read_sidecars"] = make_action(
        w,
        translate("Menus", "Rea&d XMP Sidecars"),
        partial(sidecars.read_selection, w),
        tip=translate(
            "Menus", "Take over what the XMP sidecars of the selected items say (undoable)"
        ),
    )
    for key in ("export_selection", "write_sidecars", "read_sidecars"):
        m.addAction(acts[key])

    # View
    m = bar.addMenu(translate("Menus", "&View"))
    acts["view_grid"] = make_action(
        w, translate("Menus", "&Grid"), partial(w.set_view_mode, "grid"), "Ctrl+1", checkable=True
    )
    acts["view_details"] = make_action(
        w,
        translate("Menus", "&Details"),
        partial(w.set_view_mode, "details"),
        "Ctrl+2",
        checkable=True,
    )
    acts["view_grid"].setChecked(w.settings.view_mode == "grid")
    acts["view_details"].setChecked(w.settings.view_mode == "details")
    acts["bigger"] = make_action(
        w, translate("Menus", "&Larger Thumbnails"), partial(cmd.thumb_size, w, 24), "Ctrl+="
    )
    acts["smaller"] = make_action(
        w, translate("Menus", "&Smaller Thumbnails"), partial(cmd.thumb_size, w, -24), "Ctrl+-"
    )
    acts["toggle_sidebar"] = make_action(
        w, translate("Menus", "Show S&idebar"), None, "Ctrl+Shift+L", checkable=True
    )
    acts["toggle_inspector"] = make_action(
        w, translate("Menus", "Show &Inspector"), None, "Ctrl+I", checkable=True
    )
    for key, widget in (("toggle_sidebar", w.sidebar), ("toggle_inspector", w.inspector)):
        acts[key].setChecked(True)
        acts[key].toggled.connect(widget.setVisible)
    acts["go_sidebar"] = make_action(
        w, translate("Menus", "Go to Sidebar"), w.sidebar.setFocus, "Ctrl+L"
    )
    for key in (
        "view_grid",
        "view_details",
        None,
        "bigger",
        "smaller",
        None,
        "toggle_sidebar",
        "toggle_inspector",
        "go_sidebar",
    ):
        m.addSeparator() if key is None else m.addAction(acts[key])

    # Programme
    m = bar.addMenu(translate("Menus", "&Programme"))
    acts["schedule"] = make_action(
        w, translate("Menus", "&Schedule Editor…"), partial(cmd.schedule_editor, w), "Ctrl+Shift+S"
    )
    acts["import_programme"] = make_action(
        w, translate("Menus", "&Import Programme…"), partial(cmd.import_programme, w)
    )
    acts["proposals"] = make_action(
        w,
        translate("Menus", "&Assign Items to Sessions…"),
        partial(cmd.assignment_preview, w),
        "Ctrl+Shift+G",
    )
    acts["clocks"] = make_action(
        w, translate("Menus", "Camera &Clocks…"), partial(cmd.clock_dialog, w), "Ctrl+Shift+K"
    )
    acts["timeline"] = make_action(
        w, translate("Menus", "&Timeline…"), partial(cmd.timeline, w), "Ctrl+Shift+T"
    )
    for key in ("schedule", "import_programme", "proposals", "clocks", "timeline"):
        m.addAction(acts[key])

    # Collections
    m = bar.addMenu(translate("Menus", "&Collections"))
    acts["new_collection"] = make_action(
        w, translate("Menus", "&New Collection…"), partial(cmd.new_collection, w), "Ctrl+Shift+B"
    )
    acts["smart_collection"] = make_action(
        w,
        translate("Menus", "New &Smart Collection from Search…"),
        partial(cmd.new_smart_collection, w),
    )
    acts["remove_from_collection"] = make_action(
        w,
        translate("Menus", "&Remove from Collection"),
        partial(cmd.remove_from_collection, w),
        "Shift+Del",
        local=True,
    )
    acts["export"] = make_action(
        w,
        translate("Menus", "&Export…"),
        partial(exporting.export_view, w),
        "Ctrl+Shift+E",
        tip=translate(
            "Menus", "Export what the browser shows: a collection, session, day or search"
        ),
    )
    acts["export_history"] = make_action(
        w, translate("Menus", "Export &History…"), partial(exporting.export_history, w)
    )
    for key in (
        "new_collection",
        "smart_collection",
        "add_to_collection",
        "remove_from_collection",
        None,
        "export",
        "export_history",
    ):
        m.addSeparator() if key is None else m.addAction(acts[key])

    # Help
    m = bar.addMenu(translate("Menus", "&Help"))
    acts["shortcuts"] = make_action(
        w, translate("Menus", "&Keyboard Shortcuts"), partial(cmd.show_shortcuts, w, acts), "F1"
    )
    acts["logs"] = make_action(
        w, translate("Menus", "Open &Log Folder"), partial(cmd.open_folder, paths.log_dir())
    )
    acts["about"] = make_action(w, translate("Menus", "&About smparchive"), partial(cmd.about, w))
    for key in ("shortcuts", "logs", "about"):
        m.addAction(acts[key])
    for act in acts.values():
        local = act.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        if act not in w.actions() and not act.shortcut().isEmpty() and not local:
            w.addAction(act)
    return acts


def _fill_recent(w: MainWindow, menu: QMenu) -> None:
    from smparchive.gui import commands as cmd

    menu.clear()
    recent = paths.recent_catalogues()
    if not recent:
        act = menu.addAction(translate("Menus", "No recent catalogues"))
        act.setEnabled(False)
        return
    for n, path in enumerate(recent, start=1):
        act = menu.addAction(f"&{n % 10} {path.name} — {path.parent}")
        act.setEnabled(path.exists())
        act.triggered.connect(partial(cmd.request_catalogue, w, path, False))
