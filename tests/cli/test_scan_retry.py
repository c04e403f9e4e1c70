"""scan --retry-errors reads failed files again; a rescan exits 1 while errors remain."""

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


def test_retry_errors_reads_a_repaired_file_again(tmp_path: Path) -> None:
    root, cat = tmp_path / "media", str(tmp_path / "c.smpcat")
    root.mkdir()
    good = io.BytesIO()
    Image.new("RGB", (80, 60), (10, 200, 30)).save(good, "JPEG")
    photo = root / "a.jpg"
    photo.write_bytes(b"\0" * len(good.getvalue()))  # damaged copy, same size
    stamp = photo.stat().st_mtime_ns
    code, data = run("scan", str(root), "--json", "--workers", "0", "-c", cat)
    assert code == 1 and data["scan"]["errors"] == 1

    # Repaired in place with the same size and date: a plain rescan cannot see it...
    photo.write_bytes(good.getvalue())
    os.utime(photo, ns=(stamp, stamp))
    code, data = run("scan", "--json", "--workers", "0", "-c", cat)
    assert data["scan"]["probed"] == 0 and data["problems"] == []
    assert code == 1 and data["earlier_errors"] == 1  # ... and does not pretend all is well

    # ... --retry-errors opens it again.
    code, data = run("scan", "--retry-errors", "--json", "--workers", "0", "-c", cat)
    assert data["scan"]["probed"] == 1 and data["scan"]["errors"] == 0
    assert code == 0 and data["earlier_errors"] == 0
    code, data = run("problems", "--json", "-c", cat)
    assert code == 0 and data == []
