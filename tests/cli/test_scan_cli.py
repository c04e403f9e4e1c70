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
