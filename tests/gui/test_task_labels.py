"""A failed read is said under the name of its task (``TaskRunner.submit(label=...)``): the
French and Dutch apps said "sidebar counts: …", an internal English label. Every label is
a translated phrase naming what was being done, and a task nobody named says its reason
alone (it said ": reason")."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.messages import problem

GUI = Path(__file__).resolve().parents[2] / "src" / "smparchive" / "gui"

SAID = {
    "fr": "Comptage des éléments du panneau latéral\u00a0: Le catalogue est occupé",
    "nl": "Items in de zijbalk tellen: De catalogus is bezet",
}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_failed_count_of_the_sidebar_is_named_in_the_language(
    language: str, window: Any, monkeypatch: Any, request: Any
) -> None:
    request.getfixturevalue({"fr": "french", "nl": "dutch"}[language])
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, _title=None: shown.append(text))

    def locked(_catalog: Any) -> dict[str, int]:
        raise CatalogError(problem("db.locked"))

    monkeypatch.setattr("smparchive.gui.main_window.slow_counts", locked)
    window._slow_due = window._results_seen = True
    window._count_slow()
    assert len(shown) == 1 and shown[0].startswith(SAID[language]), shown
    assert "sidebar" not in shown[0]


def test_a_task_nobody_named_says_its_reason_alone(window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, _title=None: shown.append(text))
    window.runner.task_failed.emit("", CatalogError(problem("db.locked")), False)
    assert shown == ["The catalogue is busy or locked by another program; try again in a moment."]


def _label_problems(path: Path) -> list[str]:
    """Tasks in ``path`` whose failure would be said under an untranslated label, or none."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "submit"
        ):
            continue
        keywords = {k.arg: k.value for k in node.keywords}
        label = keywords.get("label")
        where = f"{path.relative_to(GUI)}:{node.lineno}"
        if isinstance(label, ast.Constant | ast.JoinedStr):
            found.append(f"{where}: the label {ast.unparse(label)} is not translated")
        elif label is None and "on_error" not in keywords and len(node.args) == 1:
            found.append(f"{where}: no label, and its failure is said")  # a TaskRunner's
    return found


def test_every_task_label_a_person_can_read_is_translated() -> None:
    """The guard for labels still to come: a failed task is said under its label."""
    problems = [p for path in sorted(GUI.rglob("*.py")) for p in _label_problems(path)]
    assert problems == []
