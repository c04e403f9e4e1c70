"""`smparchive undo` refused by a teammate's change says so in one sentence naming the step
(it printed "smparchive: Nothing was undone: bob had made ..." and "smparchive: Cannot undo
'Set rating': bob changed ...")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.core.catalog.test_team_undo import made_at

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
    code, out, err = _run(capsys, path, "undo")
    # nothing of mine to undo is no failure: a plain sentence, exit 0 (it was exit 1 and
    # "Changed by someone else" on stderr)
    assert (code, err) == (0, "")
    assert out.startswith(
        "Tag “Panel” was not undone: bob had made the same change just before you"
    )
    assert "smparchive:" not in out and "Nothing was undone" not in out
    # the log says who holds the keyword now
    _code, log, _err = _run(capsys, path, "log", "--item", str(item))
    assert "left to bob, who made the same change" in log


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
    second = bob.query_ids()[1]
    refusals = []
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


def test_undo_after_bob_tagged_the_same_says_the_keyword_stays(capsys: Any, team: Any) -> None:
    """I tag both photos "Panel"; bob then adds "Panel" to the first (a change of nothing).
    My undo was refused as if bob had changed it since; now it takes "Panel" off the
    second only and says why it stays on the first, and `log` shows the undo as the
    History panel lists it; undoing a change bob made in full says it stays, titled as
    the app titles it."""
    path, bob = team
    first, second = bob.query_ids()
    assert _run(capsys, path, "tag", str(first), str(second), "--add", "Panel")[0] == 0
    bob.tag_items([first], ["Panel"])
    code, out, err = _run(capsys, path, "undo")
    assert (code, err) == (0, "")
    when = made_at(bob, first, "bob")  # on this computer's clock, its zone named
    assert out.splitlines()[1:] == [
        f"bob made the same change to the keywords of a.jpg at {when}, after you, so that "
        "stays as it is."
    ]
    assert [[t.name for t in r.tags] for r in bob.items([first, second])] == [["Panel"], []]
    # the History panel's lines of each photo: the undo is on the second only
    _code, log, _err = _run(capsys, path, "log", "--item", str(first))
    assert "Undo" not in log and log.index("bob") < log.index("Tag “Panel”")
    _code, log, _err = _run(capsys, path, "log", "--item", str(second))
    assert log.index("Undo Tag “Panel”") < log.index("Tag “Panel”")
    assert _run(capsys, path, "set", str(second), "--rating", "3")[0] == 0
    bob.set_fields([second], rating=3)
    code, out, err = _run(capsys, path, "undo")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Set rating was not undone: bob made the same change at {made_at(bob, second, 'bob')}, "
        "after you, so it stays as it is; change the item by hand if it should differ. This "
        "step is no longer in your undo history.",
    ]
    assert bob.item(second).rating == 3
