"""`smparchive undo` refused by a teammate's change says so in one sentence naming the step
(it printed "smparchive: Nothing was undone: bob had made ..." and "smparchive: Cannot undo
'Set rating': bob changed ...")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smparchive.cli.main import EXIT_PROBLEMS, main


def _run(capsys: Any, cat: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def team(tmp_path: Path) -> Any:
    """A catalogue with two photos; ``bob`` is a teammate's handle on it (the CLI is the
    default user)."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    path = tmp_path / "team.smpcat"
    mine = open_catalog(path, create=True)
    insert_items(mine, tmp_path / "media", [{"name": "a.jpg"}, {"name": "b.jpg"}])
    mine.close()
    bob = open_catalog(path)
    bob.set_user_name("bob")
    yield path, bob
    bob.close()


def test_undo_of_a_change_bob_had_just_made_is_one_sentence(capsys: Any, team: Any) -> None:
    path, bob = team
    item = bob.query_ids()[0]
    bob.tag_items([item], ["Panel"])
    assert _run(capsys, path, "tag", str(item), "--add", "Panel")[0] == 0
    code, _out, err = _run(capsys, path, "undo")
    assert code == EXIT_PROBLEMS
    assert "Tag “Panel” was not undone: bob had made the same change just before you" in err
    assert "smparchive:" not in err and "Nothing was undone" not in err


def test_undo_over_bobs_newer_value_names_the_file_as_the_app_does(capsys: Any, team: Any) -> None:
    path, bob = team
    item = bob.query_ids()[0]
    assert _run(capsys, path, "set", str(item), "--rating", "2")[0] == 0
    bob.set_fields([item], rating=5)
    code, _out, err = _run(capsys, path, "undo")
    assert code == EXIT_PROBLEMS
    assert "Set rating was not undone: bob changed the rating of a.jpg at " in err
    # the words of the app's question about it
    assert "after your change. Undoing your change would replace their value." in err
    assert bob.item(item).rating == 5


def test_a_teammates_change_in_the_way_is_titled_as_in_the_app(capsys: Any, team: Any) -> None:
    """The app titles every such refusal "Changed by someone else"; the CLI printed
    "smparchive: ..." for an undo and a checked edit alike."""
    path, bob = team
    first, second = bob.query_ids()
    bob.tag_items([first], ["Panel"])
    _run(capsys, path, "tag", str(first), "--add", "Panel")
    refusals = [_run(capsys, path, "undo")[2]]
    _run(capsys, path, "set", str(second), "--rating", "2")
    bob.set_fields([second], rating=5)
    refusals.append(_run(capsys, path, "undo")[2])
    code, _out, err = _run(
        capsys, path, "set", str(second), "--rating", "1", "--expect", "rating=2"
    )
    assert code == EXIT_PROBLEMS
    refusals.append(err)
    for said in refusals:
        title, sentence = said.splitlines()
        assert title == "Changed by someone else"
        assert "bob" in sentence and "smparchive:" not in sentence
