"""What a scan skips stays listed by 'smparchive problems' until a later scan no longer
finds it (schema 0002)."""

from __future__ import annotations

import io
import json
import os
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from PIL import Image

from smparchive.cli.main import main


def run(*argv: str) -> tuple[int, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(argv))
    return code, json.loads(out.getvalue())


def test_skipped_paths_are_kept_until_fixed(tmp_path: Path) -> None:
    root = tmp_path / "media"
    root.mkdir()
    Image.new("RGB", (40, 30), (10, 20, 30)).save(root / "ok.jpg", "JPEG")
    os.mkfifo(root / "pipe.jpg")
    (root / "loop").symlink_to(root, target_is_directory=True)
    cat = str(tmp_path / "c.smpcat")
    assert run("-c", cat, "roots", "add", str(root), "--json")[0] == 0
    code, _ = run("-c", cat, "scan", "--no-thumbnails", "--json")
    assert code == 1

    # Listed later, from the catalogue, without scanning again.
    code, problems = run("-c", cat, "problems", "--json")
    skipped = {Path(p["path"]).name: p["reason"] for p in problems if p["status"] == "skipped"}
    assert code == 1
    assert set(skipped) == {"pipe.jpg", "loop"}
    assert all(reason for reason in skipped.values())

    (root / "pipe.jpg").unlink()
    (root / "loop").unlink()
    run("-c", cat, "scan", "--no-thumbnails", "--json")
    code, problems = run("-c", cat, "problems", "--json")
    assert code == 0 and problems == []
