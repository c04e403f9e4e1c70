"""Builds the main window's actions, menu bar, toolbar and shortcut list from ``ACTIONS``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QToolBar, QWidget

from smparchive.core import pathnames, paths
from smparchive.gui.action_table import ACTIONS
from smparchive.gui.actions import GROUPS, MENUS, ActionSpec, Host
from smparchive.gui.i18n import filled, translate
from smparchive.gui.icons import standard, tinted
from smparchive.gui.keynames import key, with_keys
from smparchive.gui.undo import undo_with_confirmation


def _icon(name: str) -> QIcon:
    if name.startswith("SP_"):
        return standard(getattr(QStyle.StandardPixmap, name))
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return tinted(f"ui/{name}", colour)


def make_action(spec: ActionSpec, host: Host, parent: QObject) -> QAction:
    """One QAction for ``spec``: translated text, shortcuts named in the tooltip."""
    text = translate("Menus", spec.text)
    act = QAction(text, parent)
    act.setObjectName(f"action_{spec.id}")
    keys = [QKeySequence(k) for k in spec.shortcuts]
    keys = [k for k in keys if not k.isEmpty()]
    if keys:
        act.setShortcuts(keys)
    tip = (
        with_keys(translate("Menus", spec.tip), *spec.tip_keys)
        if spec.tip
        else text.replace("&", "").rstrip(".…")
    )
    named = action_keys(spec, act)
    if named:  # every key of it (the menu shows the first)
        tip += f" ({', '.join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in named)})"
    act.setToolTip(tip)
    act.setStatusTip(tip)
    act.setCheckable(spec.checkable)
    if spec.icon:
        act.setIcon(_icon(spec.icon))
    if spec.handler is not None:
        act.triggered.connect(lambda _checked=False, f=spec.handler: f(host))
    if spec.toggled is not None:
        act.toggled.connect(lambda on, f=spec.toggled: f(host, on))
    if spec.local:
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return act


def build_actions(
    host: Host, parent: QWidget, local_area: QWidget, stack: QUndoStack
) -> dict[str, QAction]:
    """Every action of ``ACTIONS`` by id. Local shortcuts live on ``local_area`` (the
    results and the viewer modes); the others on ``parent`` (the window)."""
    acts: dict[str, QAction] = {}
    for spec in ACTIONS:
        if spec.id in ("undo", "redo"):
            act = _step_action(stack, spec, parent)
        else:
            act = make_action(spec, host, parent)
        acts[spec.id] = act
        if act.shortcuts():
            (local_area if spec.local else parent).addAction(act)
        if spec.anywhere:
            _anywhere(act, spec, parent)
    return acts


def step_text(verb: str, step: str) -> str:
    """Undo's or Redo's text naming the step (``verb`` "&Undo", ``step`` its name): one
    template, so each language joins them its way ("Annuler : Note 4", "Ongedaan maken:
    Map verwijderen"); the verb alone when there is no step."""
    if not step:
        return verb
    return filled(
        translate("Menus", "%1 %2", "Undo or Redo, then the name of the step"), verb, step
    )


def _step_action(stack: QUndoStack, spec: ActionSpec, parent: QWidget) -> QAction:
    """Undo or Redo, naming the step it would take back (text and tooltip) from
    :func:`step_text`: QUndoStack.createUndoAction joins its prefix and the step with a
    space, which read "Annuler Retenir" in French. Undo asks first before a large step."""
    undo = spec.id == "undo"
    verb = translate("Menus", spec.text)
    keys = QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
    act = QAction(verb, parent)
    act.setObjectName(f"action_{spec.id}")
    act.setShortcuts([QKeySequence(k) for k in spec.shortcuts])

    def named(step: str) -> None:
        if not shiboken6.isValid(act):  # the window went, its stack may not have yet
            return
        # a keyword "R&D" in the step is shown as typed, not as a mnemonic
        act.setText(step_text(verb, step.replace("&", "&&")))
        act.setToolTip(f"{step_text(verb.replace('&', ''), step)} ({keys})")

    def enabled(can: bool) -> None:
        if shiboken6.isValid(act):
            act.setEnabled(can)

    named(stack.undoText() if undo else stack.redoText())
    enabled(stack.canUndo() if undo else stack.canRedo())
    (stack.undoTextChanged if undo else stack.redoTextChanged).connect(named)
    (stack.canUndoChanged if undo else stack.canRedoChanged).connect(enabled)
    if undo:  # a large undo (a folder and its items) asks first
        act.triggered.connect(lambda _c=False: undo_with_confirmation(stack, parent))
    else:
        act.triggered.connect(lambda _c=False: stack.redo())
    return act


def _anywhere(act: QAction, spec: ActionSpec, window: QWidget) -> None:
    """The window-wide keys of a local action: a hidden twin on the window that triggers
    it (a QAction has one shortcut context), enabled with it."""
    twin = QAction(window)
    twin.setObjectName(f"action_{spec.id}_anywhere")
    twin.setShortcuts([QKeySequence(k) for k in spec.anywhere])
    twin.triggered.connect(lambda _checked=False: act.trigger())
    act.changed.connect(lambda: twin.setEnabled(act.isEnabled()))
    window.addAction(twin)


def action_keys(spec: ActionSpec, act: QAction) -> list[QKeySequence]:
    """Every key of an action: its own, then those that work anywhere in the window."""
    keys = list(act.shortcuts()) + [QKeySequence(k) for k in spec.anywhere]
    return [k for k in keys if not k.isEmpty()]


def build_menus(
    bar: QMenuBar, acts: dict[str, QAction], recent: Callable[[QMenu], None]
) -> dict[str, QMenu]:
    """The menu bar from the table's ``menu`` paths; returns the menus by path."""
    menus: dict[str, QMenu] = {}
    for path, title in MENUS:
        parent, _sep, _leaf = path.rpartition("/")
        owner: QMenu | QMenuBar = menus[parent] if parent else bar
        menus[path] = owner.addMenu(translate("Menus", title))
        menus[path].setObjectName(f"menu_{path.replace('/', '_')}")
        if path == "file":
            sub = menus[path].addMenu(translate("Menus", "Open &Recent"))
            sub.aboutToShow.connect(partial(recent, sub))
    for spec in ACTIONS:
        if not spec.menu:
            continue
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(acts[spec.id])
    return menus


def build_toolbar(toolbar: QToolBar, acts: dict[str, QAction], ids: Sequence[str | None]) -> None:
    """The toolbar's actions (text beside the icon, so the modes read as a switcher)."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action_id in ids:
        if action_id is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(acts[action_id])


RECENT_LOOK_S = 0.2  # how long File > Open Recent waits for the recent files' drives


def fill_recent(menu: QMenu, open_path: Callable[[Path], None]) -> None:
    """File > Open Recent: the recent catalogues (those still present are enabled)."""
    menu.clear()
    recent = paths.recent_catalogues()
    if not recent:
        act = menu.addAction(translate("Menus", "No recent catalogues"))
        act.setEnabled(False)
        return
    # greyed when gone; one on a share that does not answer at once is offered (opening it
    # says what is wrong): the menu waited for it, frozen, for the share's timeout
    there = pathnames.exist_within(recent, RECENT_LOOK_S)
    for n, (path, exists) in enumerate(zip(recent, there, strict=True), start=1):
        act = menu.addAction(f"&{n % 10} {path.name} — {path.parent}")
        act.setEnabled(exists is not False)
        act.triggered.connect(lambda _c=False, p=path: open_path(p))


def shortcut_rows(acts: dict[str, QAction]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The shortcut sheet's content: (group title, [(keys, what)]) in the table's order,
    one row per action with all its keys (every action with a key names its group), then
    the keys the widgets handle themselves."""
    by_group: dict[str, list[tuple[str, str]]] = {g: [] for g, _t in GROUPS}
    for spec in ACTIONS:
        act = acts.get(spec.id)
        if act is None or not action_keys(spec, act):
            continue
        names = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action_keys(spec, act)]
        names += [key(k) for k in spec.widget_keys]
        # the command's own name: Undo's and Redo's text names the step on the stack ('Undo
        # New collection'), which is the menu's business, not the sheet's
        name = translate("Menus", spec.text).replace("&", "")
        by_group[spec.group].append((", ".join(names), name))
    for group, rows in _widget_rows().items():
        by_group[group] += rows
    sheet = [(translate("Menus", title), by_group[g]) for g, title in GROUPS if by_group[g]]
    return sheet + _viewer_rows()


def _viewer_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys the loupe's viewers handle themselves, from the table they read them from
    (their hint lines name only some: F1 has them all)."""
    from smparchive.gui.viewers.keys import GROUPS as VIEWER_GROUPS
    from smparchive.gui.viewers.keys import TABLES, key_names

    sheet = []
    for group, title in VIEWER_GROUPS:
        rows: dict[str, list[str]] = {}  # one row per command, with all its keys
        for row in TABLES[group]:
            rows.setdefault(translate("ViewerKeys", row.what), []).append(key_names(row))
        sheet.append((translate("Menus", title), [(", ".join(k), w) for w, k in rows.items()]))
    return sheet


def _widget_rows() -> dict[str, list[tuple[str, str]]]:
    """Keys that are no action of the window: the grid's, the search's, a field's, the
    sidebar's rows' (Delete in the grid is nothing). The viewer modes show their own."""
    return {
        "editing": [
            (key("F2"), translate("Menus", "Rename a keyword or person (in the sidebar)")),
            (
                key("Del"),
                translate("Menus", "Delete a keyword or person from every item (in the sidebar)"),
            ),
        ],
        # keys alone in the keys column (a long "Esc in Loupe, Compare or Survey" there
        # squeezed the French action names out of theirs)
        "navigation": [
            (
                key("←/→/↑/↓"),
                with_keys(
                    translate("Commands", "Move in the grid (%1 extends the selection)"), "Shift"
                ),
            ),
            (key("Home/End"), translate("Menus", "To the first or last item")),
            (key("PgUp/PgDown"), translate("Menus", "A screen up or down")),
            (
                f"{key('Enter')}, {key('Down')}",
                translate("Menus", "From the search: to the results"),
            ),
            (key("Esc"), translate("Menus", "From a field: back to the results")),
            (
                key("Esc"),
                translate(
                    "Menus",
                    "From Loupe, Compare or Survey: back to the grid or the details, the "
                    "selection kept",
                ),
            ),
        ],
    }
