"""The real-world corpus ships with the repository, intact, and its tests never skip."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, REPO


def test_every_manifest_file_is_present_and_unchanged() -> None:
    with (CORPUS / "MANIFEST.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 80
    for row in rows:
        data = (CORPUS / row["path"]).read_bytes()
        assert len(data) == int(row["bytes"]), row["path"]
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["path"]
    licences = {p.name for p in (CORPUS / "LICENSES").iterdir()}
    assert len(licences) >= 10 and (CORPUS / "README.md").is_file()


def test_a_skipped_corpus_test_fails_the_run(tmp_path: Path) -> None:
    test = tmp_path / "test_skips.py"
    test.write_text(
        "import pytest\n"
        "def test_needs_it():\n"
        "    pytest.skip('the real-world corpus is not checked out')\n"
        "def test_other():\n"
        "    pytest.skip('PostgreSQL is not running')\n"
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "tests.conftest",
            "--rootdir",
            str(tmp_path),
            str(test),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout
    assert "1 failed, 1 skipped" in run.stdout
