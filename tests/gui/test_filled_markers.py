"""A sentence's %1, %2 … are filled in one pass (``gui.i18n.filled``): filled one marker
after the other, a '%2' in the first value (a URL-encoded file name, "Trip%202022") was
replaced by the second value, so the user read a name they never typed."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.changes import EditConflict
from smparchive.core.catalog.undo_impact import UndoImpact
from smparchive.gui.opening import OpeningWindow
from smparchive.gui.undo import impact_text

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "src" / "smparchive" / "gui"


def test_a_catalogue_name_with_a_marker_stays_as_named(qtbot: Any) -> None:
    w = OpeningWindow(None, "/archive/Trip%202022.smparchive")
    qtbot.addWidget(w)
    w.show_upgrading("1a2b3c4d", "5e6f7a8b")
    assert "Trip%202022.smparchive was made by" in w.detail.text()
    assert "schema 1a2b" in w.detail.text()


def test_an_undo_label_with_a_marker_stays_as_named() -> None:
    impact = UndoImpact(label="Add folder", removed_folders=("/card",), removed_items=3)
    text = impact_text(impact, "Add folder Stage%20left")
    assert "“Add folder Stage%20left”" in text and "removes /card" in text


def test_a_file_name_with_a_marker_stays_in_the_teammate_question(window: Any) -> None:
    exc = EditConflict(
        "changed since",
        user="camille",
        item_id=1,
        field="items.rating",
        at=datetime(2022, 6, 1, 9, 0, tzinfo=UTC),
        now=3,
        item_name="me%40home.jpg",  # "%40" is a URL-encoded "@"
    )
    assert "me%40home.jpg" in window.ops._conflict_text(exc, undo=True)
    exc.user = "ann%2b"  # and a login name with a marker is not the field's name
    assert "The change ann%2b made to the rating of" in window.ops._gone_text(exc)


def _chained(tree: ast.AST) -> list[int]:
    """Lines where a marker is filled into text already filled with another marker: a
    ``.replace("%N", …)`` on a ``.replace("%M", …)`` call, or on a name bound to one."""

    def marker(node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and bool(node.args)
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and len(node.args[0].value) == 2
            and node.args[0].value[0] == "%"
            and node.args[0].value[1].isdigit()
        )

    found = []
    for scope in ast.walk(tree):
        if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        filled_names = {
            t.id
            for node in ast.walk(scope)
            if isinstance(node, ast.Assign) and marker(node.value)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        for node in ast.walk(scope):
            if marker(node):
                base = node.func.value  # type: ignore[attr-defined]
                if marker(base) or (isinstance(base, ast.Name) and base.id in filled_names):
                    found.append(node.lineno)
    return sorted(set(found))


def test_no_gui_sentence_fills_its_markers_one_after_the_other() -> None:
    chained = {
        str(path.relative_to(GUI)): lines
        for path in sorted(GUI.rglob("*.py"))
        if (lines := _chained(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert chained == {}, "fill %1, %2 … with gui.i18n.filled, in one pass"
