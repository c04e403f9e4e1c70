"""`smparchive tag --rename` and `--delete`: the vocabulary tidied from the terminal too
(the CLI is the app's second client); undoable with `smparchive undo`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smparchive.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_rename_merge_delete_and_undo(
    capsys: pytest.CaptureFixture[str], catalog: Any, add_items: Any, catalog_path: Path
) -> None:
    ids = add_items([{}, {}, {}])
    catalog.tag_items(ids[:2], ["IOM"])
    catalog.tag_items(ids[2:], ["I.O.M.", "Blurry"])
    cat = str(catalog_path)
    code, out, _ = run(capsys, "-c", cat, "tag", "--rename", "I.O.M.", "iom")
    assert code == 0 and out.strip() == "Merged 'I.O.M.' (1 item) into 'IOM'."
    code, out, _ = run(capsys, "-c", cat, "tag", "--rename", "Blurry", "Soft")
    assert code == 0 and out.strip() == "Renamed 'Blurry' to 'Soft' on 1 item."
    code, out, _ = run(capsys, "-c", cat, "tag", "--delete", "IOM")
    assert code == 0 and out.strip() == "Deleted 'IOM' from 3 items."
    assert [t.path for t in catalog.tags()] == ["Soft"]
    run(capsys, "-c", cat, "undo")
    run(capsys, "-c", cat, "undo")
    assert sorted(t.path for t in catalog.tags()) == ["Blurry", "IOM"]
    code, _, err = run(capsys, "-c", cat, "tag", "--delete", "Nothing")
    assert code != 0 and "No keyword tag 'Nothing'" in err
