"""scan / verify / duplicates / problems in-process: exit codes and --json output."""

from __future__ import annotations

import io
import json
import shutil
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.cli.main import main


def run(*argv: str) -> tuple[int, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(argv))
    text = out.getvalue()
    try:
        return code, json.loads(text)
    except ValueError:
        return code, text


def _photo(path: Path, color: tuple[int, int, int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (80, 60), color).save(path, "JPEG")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "media"
    _photo(root / "day1" / "a.jpg", (255, 0, 0))
    _photo(root / "day1" / "b.jpg", (0, 255, 0))
    shutil.copy2(root / "day1" / "a.jpg", root / "copy-of-a.jpg")
    return root


def test_scan_adds_the_folder_and_reports_json(folder: Path, tmp_path: Path) -> None:
    cat = str(tmp_path / "c.smpcat")
    code, data = run("scan", str(folder), "--json", "--workers", "0", "-c", cat)
    assert code == 0, data
    assert data["scan"]["new"] == 3 and data["scan"]["duplicate_groups"] == 1
    assert data["thumbnails"]["made"] + data["thumbnails"]["reused"] == 3
    assert data["problems"] == []
    code, data = run("scan", "--json", "--workers", "0", "-c", cat)  # all roots, no change
    assert code == 0 and data["scan"]["probed"] == 0 and data["scan"]["unchanged"] == 3


def test_problems_give_exit_1_and_reasons(folder: Path, tmp_path: Path) -> None:
    cat = str(tmp_path / "c.smpcat")
    (folder / "empty.jpg").write_bytes(b"")
    code, data = run("scan", str(folder), "--json", "--no-thumbnails", "--workers", "0", "-c", cat)
    assert code == 1
    [problem] = data["problems"]
    assert problem["kind"] == "error" and "empty" in problem["reason"]
    code, data = run("problems", "--json", "-c", cat)
    assert code == 1 and [p["status"] for p in data] == ["error"]
    assert data[0]["path"].endswith("empty.jpg") and data[0]["reason"]


def test_duplicates_and_verify(folder: Path, tmp_path: Path) -> None:
    cat = str(tmp_path / "c.smpcat")
    assert run("scan", str(folder), "--no-thumbnails", "--workers", "0", "-c", cat)[0] == 0
    code, groups = run("duplicates", "--json", "-c", cat)
    assert code == 0 and len(groups) == 1
    assert sorted(Path(i["path"]).name for i in groups[0]["items"]) == ["a.jpg", "copy-of-a.jpg"]
    code, report = run("verify", "--json", "-c", cat)
    assert code == 0 and report["ok"] == report["checked"] == 3
    (folder / "day1" / "b.jpg").unlink()
    code, report = run("verify", "--json", "-c", cat)
    assert code == 1
    failures = [(Path(f["path"]).name, f["state"]) for f in report["failures"]]
    assert failures == [("b.jpg", "missing")]
    code, text = run("scan", "-c", cat, "--workers", "0")
    assert code == 1 and "1 missing" in text


def test_items_whose_hash_is_pending_are_named_as_such(folder: Path, tmp_path: Path) -> None:
    """A scan stopped after the head pass: verify, duplicates and show say the fingerprint
    is pending (not "damaged", not "no duplicates"); the next scan completes them."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.progress import CancelToken

    cat_path = tmp_path / "c.smpcat"
    cat = open_catalog(cat_path, create=True)
    cat.add_root(folder)
    cancel = CancelToken()
    report = scan(cat, cancel=cancel, options=ScanOptions(workers=0, on_searchable=cancel.cancel))
    assert report.cancelled and report.new == 3 and cat.hash_pending_count() == 3
    [item_id] = cat.ids_for_paths([str(folder / "day1" / "a.jpg")])
    cat.close()
    cat_arg = str(cat_path)
    code, text = run("verify", "-c", cat_arg)
    assert code == 1 and "fingerprint is still pending" in text and "damaged" not in text
    code, text = run("duplicates", "-c", cat_arg)
    assert "3 items are not compared yet" in text
    code, text = run("show", str(item_id), "-c", cat_arg)
    assert code == 0 and "sha256" in text and "pending" in text
    code, data = run("scan", "--json", "--no-thumbnails", "--workers", "0", "-c", cat_arg)
    assert code == 0 and data["scan"]["probed"] == 3 and data["scan"]["new"] == 0
    assert data["scan"]["duplicate_groups"] == 1
    code, text = run("verify", "-c", cat_arg)
    assert code == 0 and "pending" not in text
    code, text = run("duplicates", "-c", cat_arg)
    assert "not compared" not in text and "1 group of identical files" in text


def test_scan_prints_no_library_notes_in_the_terminal(tmp_path: Path) -> None:
    """`smparchive scan` of a card holding a JPEG with a malformed MPO header printed
    Pillow's developer note in the terminal ('…/JpegImagePlugin.py:898: UserWarning: Image
    appears to be a malformed MPO file … warnings.warn('): the scan's head pass opened it
    in the command's own process. The terminal shows the scan's own lines only."""
    import subprocess
    import sys

    from tests.conftest import CORPUS

    source = CORPUS / "images" / "broken" / "pillow-sugarshack_bad_mpo_header.jpg"
    if not source.is_file():
        pytest.skip("the real-world corpus is not checked out")
    card = tmp_path / "card"
    card.mkdir()
    shutil.copy(source, card / "IMG_0001.JPG")
    cat = tmp_path / "c.smpcat"
    done = subprocess.run(
        [sys.executable, "-m", "smparchive", "--catalogue", str(cat), "scan", str(card)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "warnings.warn" not in done.stderr, done.stderr
    assert "1 new" in done.stdout or "1 file" in done.stdout, done.stdout


def test_a_copy_of_a_catalogued_file_reuses_its_thumbnail(folder: Path, tmp_path: Path) -> None:
    """Scanning a copy said '1 made, 0 reused' while its picture came from the cache."""
    cat = str(tmp_path / "c.smpcat")
    assert run("scan", str(folder / "day1"), "--workers", "0", "-c", cat)[0] == 0
    copies = tmp_path / "copies"
    copies.mkdir()
    shutil.copy2(folder / "day1" / "b.jpg", copies / "b again.jpg")
    code, data = run("scan", str(copies), "--json", "--workers", "0", "-c", cat)
    assert code == 0, data
    assert (data["thumbnails"]["made"], data["thumbnails"]["reused"]) == (0, 1)
