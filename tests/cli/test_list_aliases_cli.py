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


@pytest.mark.parametrize("spelling", ["--catalogue", "--catalog", "--cat", "-c"])
def test_a_shortened_catalogue_option_still_builds_one_command(
    spelling: str, tmp_path: Path
) -> None:
    """`smparchive --catalog PATH ls` (argparse takes the prefix) built every command's
    parser, importing every command module (~115 ms of CPU at each call of a script),
    where `--catalogue` builds the one named."""
    import subprocess
    import sys

    cat = str(tmp_path / "c.smpcat")
    assert main(["--catalogue", cat, "init"]) == 0
    probe = (
        "import sys; from smparchive.cli.main import main; "
        f"code = main([{spelling!r}, {cat!r}, '--verb', 'ls']); "
        "print(code, 'smparchive.cli.commands.export' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[-2:] == ["0", "False"]
