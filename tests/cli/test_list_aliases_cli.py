"""Every 'list' subcommand also answers to 'ls', as the top-level listing does."""

from __future__ import annotations

from pathlib import Path

import pytest

from smparchive.cli.main import main


@pytest.mark.parametrize(
    "command",
    [("roots",), ("collection",), ("days",), ("sessions",), ("segments",), ("handle",)],
)
def test_ls_lists_as_list_does(
    command: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An archivist who types `smparchive ls` types `smparchive roots ls` too: it was
    "invalid choice: 'ls' (choose from 'add', 'list', ...)"."""
    cat = str(tmp_path / "c.smpcat")
    media = tmp_path / "media"
    media.mkdir()
    assert main(["--catalogue", cat, "roots", "add", str(media)]) == 0
    capsys.readouterr()
    assert main(["--catalogue", cat, *command, "list", "--json"]) == 0
    listed = capsys.readouterr()
    assert main(["--catalogue", cat, *command, "ls", "--json"]) == 0
    aliased = capsys.readouterr()
    assert (aliased.out, aliased.err) == (listed.out, listed.err)
    assert listed.out.strip()
