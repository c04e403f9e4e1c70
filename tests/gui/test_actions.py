"""The action table builds menus, toolbar and context menu; gui/ has no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

GUI = Path(__file__).resolve().parents[2] / "src" / "smparchive" / "gui"


def _graph() -> dict[str, set[str]]:
    """Module -> gui modules it imports (top level, TYPE_CHECKING and inside functions)."""
    modules = {}
    for path in GUI.rglob("*.py"):
        parts = path.relative_to(GUI.parent.parent).with_suffix("").parts
        modules[".".join(parts).removesuffix(".__init__")] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_gui_has_no_import_cycle() -> None:
    graph = _graph()
    assert "smparchive.gui.main_window" in graph
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_controller_or_dialog_takes_the_main_window() -> None:
    for folder in ("controllers", "dialogs", "widgets", "views", "viewers"):
        for path in (GUI / folder).glob("*.py"):
            assert "main_window" not in path.read_text(encoding="utf-8"), path


def test_action_table_is_consistent(qapp: Any) -> None:
    from PySide6.QtGui import QKeySequence

    from smparchive.gui.action_table import ACTIONS
    from smparchive.gui.actions import GROUPS, MENUS, RESULTS_MENU, TOOLBAR

    ids = [s.id for s in ACTIONS]
    assert len(ids) == len(set(ids))
    menus = {m for m, _t in MENUS}
    assert all(s.menu in menus for s in ACTIONS if s.menu)
    assert all(k is None or k.lstrip("@") in ids + list(menus) for k in RESULTS_MENU)
    assert all(k is None or k in ids for k in TOOLBAR)
    # the shortcut sheet lists every key under its action's group (none fall in the last)
    groups = {g for g, _t in GROUPS}
    assert [s.id for s in ACTIONS if (s.shortcuts or s.anywhere) and s.group not in groups] == []
    seen: dict[tuple[str, bool], str] = {}
    for spec in ACTIONS:
        keys = [(k, spec.local) for k in spec.shortcuts] + [(k, False) for k in spec.anywhere]
        for key, local in keys:
            text = QKeySequence(key).toString()
            if not text:  # a standard key this platform does not define
                continue
            assert (text, local) not in seen, (spec.id, seen.get((text, local)))
            seen[(text, local)] = spec.id


@pytest.mark.gui
def test_menus_toolbar_and_enabled_rules_come_from_the_table(window: Any) -> None:
    from smparchive.gui.action_table import ACTIONS

    acts = window.actions_by_name
    for spec in ACTIONS:
        if spec.menu:
            assert acts[spec.id] in window.menus[spec.menu].actions(), spec.id
    toolbar = [a.objectName() for a in window.toolbar.actions() if not a.isSeparator()]
    assert "action_add_folder" in toolbar and "action_export" in toolbar
    assert "action_mode_compare" in toolbar

    photos = [i for i in window.store.ids if window.store.cached(i).kind == "photo"]
    window.select_ids(photos[:1])
    window._selection_changed()
    assert not acts["mode_compare"].isEnabled()  # one photo: nothing to compare
    assert not acts["remove_from_collection"].isEnabled()  # not in a collection
    window.select_ids(photos[:2])
    window._selection_changed()
    assert acts["mode_compare"].isEnabled()
