"""The core's English counts agree with their number: '1 file written', '2 files written',
never '1 file(s) written' (in the CLI, the logs, manifests and the catalogue); sentences
stored with '(s)' by earlier versions are still recognised."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from smparchive.core import messages
from smparchive.core.messages import identify, problem

SRC = Path(messages.__file__).resolve().parents[1]
HEDGED = re.compile(r"[A-Za-z]\((s|es|ies)\)")  # "item(s)", "match(es)", "entr(ies)"
VALUES = {"name": "EMN roundtable", "value": "4", "limit": "64", "where": "line 2",
          "other": "{date}", "target": "/media/card",
          "why": "replace the object with a picture of it"}  # fmt: skip


def _said(code: str, n: int) -> messages.Message:
    names = set(re.findall(r"\{(\w+)\}", messages.PROBLEMS[code])) - {"n"}
    return problem(code, n=n, **{k: VALUES[k] for k in names})


COUNTED = [
    "collection.items_not_in", "export.deck_left_out", "export.documents_keep_metadata",
    "export.draft_alt_texts_withheld", "export.draft_chapters_withheld", "export.files_written",
    "export.iptc_shortened", "export.template_unknown_tokens", "folder.gone_midway",
    "folder.gone_midway_here", "folder.not_holding", "folder.unreachable",
    "folder.unreachable_here", "missing.items", "programme.csv_lacks_columns",
    "programme.gone", "query.days_count", "segment.speaker_chapters",
]  # fmt: skip


def test_every_sentence_for_one_is_tested() -> None:
    assert sorted(getattr(messages, "ONE", {})) == COUNTED


@pytest.mark.parametrize("code", COUNTED)
def test_a_count_of_one_and_of_two_read_as_english(code: str) -> None:
    one, two = _said(code, 1), _said(code, 2)
    assert not HEDGED.search(one) and not HEDGED.search(two)
    assert one != two  # "1 file written", "2 files written"
    assert not re.search(r"\b1 \w+s\b", one)  # not "its 1 items"
    # a stored copy is read back with its code and count (a list's sentence for many,
    # "Items 3, 4 are not in the collection.", does not say how many: the app says it for many)
    assert identify(str(one)) == (code, one.values)
    shown = "{n}" in messages.PROBLEMS[code]
    assert identify(str(two)) == (code, {k: v for k, v in two.values.items() if shown or k != "n"})


def test_the_sentences_users_saw_with_a_hedged_plural() -> None:
    chapters = problem("export.draft_chapters_withheld", name="EMN roundtable", n=1)
    assert chapters.startswith("EMN roundtable: its 1 chapter is an evenly spaced draft")
    assert problem("export.draft_chapters_withheld", name="X", n=4).startswith(
        "X: its 4 chapters are an evenly spaced draft"
    )
    assert problem("export.draft_alt_texts_withheld", n=1).startswith(
        "1 item goes out without its alt text"
    )
    assert problem("export.draft_alt_texts_withheld", n=2).startswith(
        "2 items go out without their alt text"
    )
    assert problem("export.files_written", n=1) == "1 file written"
    assert problem("export.files_written", n=12) == "12 files written"
    assert problem("missing.items", value="7", n=1) == "No item with id 7."
    assert problem("missing.items", value="7, 9", n=2) == "No items with ids 7, 9."
    assert problem("programme.gone", n=1, value="Keynote") == (
        "1 session no longer in the programme was left alone: Keynote"
    )
    assert problem("query.days_count", value="day:3", n=1) == "'day:3': there is 1 programme day."


@pytest.mark.parametrize(
    ("stored", "code", "values"),
    [
        ("12 file(s) written", "export.files_written", {"n": "12"}),
        ("No item(s) with id 3, 4.", "missing.items", {"value": "3, 4"}),
        ("'day:9': there are 2 programme day(s).", "query.days_count",
         {"value": "day:9", "n": "2"}),
        ("3 item(s) go out without their alt text: it is still a suggested draft (finish it in "
         "the caption editor, Ctrl+Shift+X, and remove the draft marker).",
         "export.draft_alt_texts_withheld", {"n": "3"}),
    ],
)  # fmt: skip
def test_sentences_stored_with_a_hedged_plural_are_still_recognised(
    stored: str, code: str, values: dict[str, str]
) -> None:
    assert identify(stored) == (code, values)


def test_sentences_the_core_composes_count_in_english() -> None:
    from smparchive.core.catalog.undo_impact import UndoImpact
    from smparchive.core.domain.programme import ImportSummary

    one = ImportSummary(event_id=1, format="frab", added=("Keynote",))
    assert one.lines()[0] == "1 session added, 0 updated, 0 unchanged."
    two = ImportSummary(event_id=1, format="frab", added=("A", "B"))
    assert two.lines()[0].startswith("2 sessions added")
    undo = UndoImpact(label="Add folder", removed_folders=("/card",), removed_items=1)
    assert "and its 1 catalogued item from the catalogue" in undo.sentence()
    assert UndoImpact(label="Rate", changed_items=1).sentence() == "Undoing 'Rate' changes 1 item."


def _literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module (f-strings' text parts too), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def test_no_text_for_people_hedges_its_plural() -> None:
    """A count says '1 item' or '2 items' (the app through Qt's plural forms): no template in
    core/messages.py, no text of the app or the core, says 'item(s)'."""
    templates = [*messages.PROBLEMS.values(), *getattr(messages, "ONE", {}).values()]
    former = {t for _code, t in messages.FORMER_PROBLEMS}  # stored by earlier versions
    hedged = [t for t in templates if HEDGED.search(t)]
    hedged += [
        f"{path.relative_to(SRC)}:{line}: {text!r}"
        for package in ("core", "gui", "cli")
        for path in sorted((SRC / package).rglob("*.py"))
        for line, text in _literals(path)
        if HEDGED.search(text) and text not in former
    ]
    assert hedged == []
