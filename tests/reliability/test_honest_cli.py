"""The CLI never claims success it did not have: unknown ids, no-op edits, bad names, undo."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from smparchive.cli.main import main
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.errors import CatalogError

START = datetime(2024, 1, 1, 9, tzinfo=UTC)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cat(tmp_path: Path) -> str:
    root = tmp_path / "media"
    root.mkdir()
    for n in range(5):
        Image.new("RGB", (40, 30), (n * 50, 0, 0)).save(root / f"p{n}.jpg")
    path = str(tmp_path / "c.smpcat")
    code, out, err = run("scan", str(root), "--workers", "0", "--no-thumbnails", "-c", path)
    assert code == 0, out + err
    return path


def test_unknown_id_is_an_error_and_leaves_no_undo_step(cat: str) -> None:
    code, out, err = run("set", "99999", "--rating", "3", "-c", cat)
    assert code == 2 and out == ""
    assert err == "smparchive: No item with id 99999 in this catalogue; nothing was changed.\n"
    code, out, err = run("set", "1", "99998", "99999", "--rating", "3", "-c", cat)
    assert code == 2 and "ids 99998, 99999" in err
    code, out, err = run("tag", "99999", "--add", "x", "-c", cat)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    # The last step is still adding the folder: undo says what it would remove and waits.
    code, out, err = run("undo", "-c", cat)
    assert code == 1
    assert "removes" in out and "its 5 catalogued items" in out and "undo --yes" in out
    code, out, _ = run("ls", "--json", "-c", cat)
    assert out.count('"id"') == 5
    code, out, err = run("undo", "--yes", "-c", cat)
    assert code == 0 and out.startswith("Undone: Add folder")
    code, out, _ = run("ls", "-c", cat)
    assert "p0.jpg" not in out


def test_no_op_edits_say_nothing_changed(cat: str) -> None:
    assert run("set", "1", "2", "--rating", "4", "-c", cat)[1] == "Updated 2 items.\n"
    code, out, _ = run("set", "1", "2", "--rating", "4", "-c", cat)
    assert code == 0 and out.startswith("Nothing changed")
    assert run("set", "1", "--title", "Opening", "-c", cat)[1] == "Updated 1 item.\n"
    assert run("set", "1", "--title", "Opening", "-c", cat)[1].startswith("Nothing changed")
    assert run("tag", "1", "--add", "keynote", "-c", cat)[1] == "Tagged 1 item.\n"
    assert run("tag", "1", "--add", "keynote", "-c", cat)[1].startswith("Nothing changed")
    # The no-ops left no undo steps: undo takes back the tag, then the title.
    assert run("undo", "-c", cat)[1] == "Undone: Tag “keynote”\n"
    assert run("undo", "-c", cat)[1].startswith("Undone: Set title")
    assert run("undo", "-c", cat)[1] == "Undone: Rate 4\n"  # as the app names the step


@pytest.mark.parametrize("name", ["", "  ", "a\nb", "tab\there", "esc\x1b[31m"])
def test_bad_tag_and_collection_names_are_refused(cat: str, name: str) -> None:
    code, out, err = run("tag", "1", "--add", name, "-c", cat)
    assert code == 2 and out == "" and err.count("\n") == 1 and "A tag cannot" in err
    code, out, err = run("collection", "create", name, "-c", cat)
    assert code == 2 and err.count("\n") == 1 and "A collection name cannot" in err


def test_nul_and_control_characters_are_refused_in_the_catalogue(cat: str) -> None:
    c = open_catalog(Path(cat))
    try:
        for bad in ("a\0b", "line\nbreak", ""):
            with pytest.raises(CatalogError, match=r"^A tag cannot"):
                c.tag_items([1], [bad])
            with pytest.raises(CatalogError, match=r"^A collection name cannot"):
                c.create_collection(bad)
            with pytest.raises(CatalogError, match=r"^A session title cannot"):
                c.add_session(
                    bad, datetime(2024, 1, 1, 9, tzinfo=UTC), datetime(2024, 1, 1, 10, tzinfo=UTC)
                )
        assert c.tags() == [] and c.next_undo() is not None
        assert c.next_undo().label.startswith("Add folder")
    finally:
        c.close()


@pytest.mark.parametrize("size", ["0", "-5", "15", "40000"])
def test_absurd_export_sizes_are_refused(cat: str, tmp_path: Path, size: str) -> None:
    code, _out, err = run(
        "export", "1", "--preset", "custom", "--size", size, "--to", str(tmp_path), "-c", cat
    )
    assert code == 2 and "picture size must be between 16 and 30000 pixels" in err
    assert not any(tmp_path.glob("**/*-1x1.*"))
