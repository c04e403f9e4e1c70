"""A catalogue scanned by an earlier version keeps that version's sentences: 'smparchive
problems' says them in today's words ('... (the file is cut short (an incomplete copy or
download?)).' read like a program talking)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from smparchive.cli.main import main

TRUNCATED = (
    "The image data is truncated or damaged (the file is cut short (an incomplete copy or "
    "download?))."
)
EXIF = (
    "The camera information (EXIF) could not be read (its contents could not be read; it may "
    "be damaged)."
)
MKV = "The file cannot be opened as MKV (the file is cut short (an incomplete copy or download?))."


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def test_problems_says_sentences_stored_before_in_todays_words(
    tmp_path: Path, item_inserter: Any
) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    ids = item_inserter(
        cat,
        tmp_path / "media",
        [
            {"name": "cut.jpg", "status": "warning", "warnings": f"{TRUNCATED}\n{EXIF}"},
            {"name": "talk.mkv", "status": "error", "status_reason": MKV},
        ],
    )
    cat.close()

    code, table = _run("-c", str(path), "problems")
    assert code == 1
    assert (
        "The image data cannot be decoded in full: the file is cut short, perhaps an "
        "incomplete copy or download. The camera information (EXIF) could not be read: it "
        "may be damaged."
    ) in table
    assert (
        "The file cannot be opened as MKV (the file is cut short, perhaps an incomplete copy "
        "or download)."
    ) in table
    assert "((" not in table and "download?" not in table

    _code, shown = _run("-c", str(path), "show", str(ids[1]))
    assert (
        "The file cannot be opened as MKV (the file is cut short, perhaps an incomplete copy "
        "or download)."
    ) in shown
    assert "download?" not in shown

    _code, listed = _run("-c", str(path), "problems", "--json")
    by_name = {Path(p["path"]).name: p for p in json.loads(listed)}
    assert by_name["cut.jpg"]["warnings"] == [
        "The image data cannot be decoded in full: the file is cut short, perhaps an "
        "incomplete copy or download.",
        "The camera information (EXIF) could not be read: it may be damaged.",
    ]
    assert by_name["talk.mkv"]["reason"] == (
        "The file cannot be opened as MKV (the file is cut short, perhaps an incomplete copy "
        "or download)."
    )


def test_an_export_says_why_a_damaged_file_is_unavailable_once(
    tmp_path: Path, item_inserter: Any
) -> None:
    """The export's 'Unavailable' list read 'The file could not be read when it was
    catalogued: The file cannot be opened as MKV (...).': the scan's sentence says it."""
    from smparchive.core.catalog.catalog import open_catalog

    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    item_inserter(
        cat,
        tmp_path / "media",
        [
            {"name": "talk.mkv", "status": "error", "status_reason": MKV},
            {
                "name": "empty.jpg",
                "status": "error",
                "status_reason": "The file is empty (0 bytes).",
            },
        ],
    )
    cat.close()

    _code, out = _run(
        "-c", str(path), "export", "-q", "status:error", "--dry-run", "--to", str(tmp_path / "out")
    )
    lines = [line for line in out.splitlines() if "talk.mkv" in line or "empty.jpg" in line]
    assert len(lines) == 2, out
    assert any(
        line.endswith(
            "talk.mkv — The file cannot be opened as MKV (the file is cut short, perhaps an "
            "incomplete copy or download)."
        )
        for line in lines
    ), lines
    assert any(line.endswith("empty.jpg — The file is empty (0 bytes).") for line in lines), lines
