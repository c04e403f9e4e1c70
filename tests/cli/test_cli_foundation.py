"""The CLI in-process: init, roots, info, ls --json, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smparchive.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_init_roots_info_ls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cat = str(tmp_path / "c.smpcat")
    media = tmp_path / "media"
    media.mkdir()
    code, out, _ = run(capsys, "--catalogue", cat, "init")
    assert code == 0 and "Catalogue ready" in out
    code, out, _ = run(capsys, "--catalogue", cat, "roots", "add", str(media), "--json")
    assert code == 0 and json.loads(out)["path"] == str(media.resolve())
    code, out, _ = run(capsys, "roots", "list", "--json", "--catalogue", cat)
    assert code == 0 and [r["label"] for r in json.loads(out)] == ["media"]
    code, out, _ = run(capsys, "-c", cat, "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["roots"] == 1 and info["schema_revision"]
    code, out, _ = run(capsys, "-c", cat, "ls", "--json")
    assert code == 0 and json.loads(out) == []


def test_ls_set_tag_undo(tmp_path: Path, capsys, catalog, add_items, catalog_path) -> None:
    ids = add_items([{}, {}, {"kind": "video"}])
    cat = str(catalog_path)
    code, _, _ = run(
        capsys, "-c", cat, "set", str(ids[0]), str(ids[1]), "--rating", "4", "--flag", "pick"
    )
    assert code == 0
    code, out, _ = run(capsys, "-c", cat, "ls", "--min-rating", "4", "--json")
    assert [r["id"] for r in json.loads(out)] == ids[:2]
    code, _, _ = run(capsys, "-c", cat, "tag", "--kind", "photo", "--add", "Panel|Speakers")
    assert code == 0
    code, out, _ = run(capsys, "-c", cat, "ls", "--tag", "Panel", "--json")
    assert [r["id"] for r in json.loads(out)] == ids[:2]
    code, out, _ = run(capsys, "-c", cat, "undo")
    assert code == 0 and "Undone" in out
    code, out, err = run(capsys, "-c", cat, "ls", "--tag", "Panel|Speakers", "--json")
    assert code == 2 and "No tag" in err  # the tag's creation was undone too
    code, out, _ = run(capsys, "-c", cat, "ls", "--json")
    assert all(r["tags"] == [] for r in json.loads(out))
    code, out, _ = run(capsys, "-c", cat, "ls", "--kind", "video", "--paths")
    assert out.strip().endswith("IMG_0002.JPG")


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"not a database at all", "not an smparchive catalogue"), (b"", "empty file")],
)
def test_bad_catalogue_exit_2_and_untouched(
    tmp_path: Path, capsys, content: bytes, needle: str
) -> None:
    bad = tmp_path / "bad.smpcat"
    bad.write_bytes(content)
    code, _out, err = run(capsys, "-c", str(bad), "info")
    assert code == 2 and needle in err and err.count("\n") == 1
    assert bad.read_bytes() == content


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["ls", "--min-rating", "9"])
    assert exc.value.code == 2
    assert main([]) == 2


def test_every_command_has_help(capsys) -> None:
    from smparchive.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0, name
    assert "exit codes" in parser.format_help()


def test_python_dash_m_and_version() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "smparchive", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.startswith("smparchive ")
