"""A drive unplugged and plugged back changes nothing: a damaged photo stays a warning.

A truncated JPEG is pictured by its decoded part and keeps its warning; brought back from
offline it came back as ok (the restore took 'pictured' for 'fine').
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.cli.cli_helpers import run


def _status(capsys: Any, cat: Path) -> dict[str, str]:
    import json

    _code, out, _ = run(capsys, cat, "problems", "--json")
    return {Path(p["path"]).name: p["status"] for p in json.loads(out)}


def test_a_damaged_photo_is_still_a_warning_after_its_drive_comes_back(
    tmp_path: Path, capsys: Any
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    buf = io.BytesIO()
    Image.effect_noise((640, 480), 40).convert("RGB").save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    (card / "CUT.JPG").write_bytes(data[: len(data) * 6 // 10])
    cat = tmp_path / "c.smpcat"
    run(capsys, cat, "roots", "add", str(card))
    run(capsys, cat, "scan")
    assert _status(capsys, cat) == {"CUT.JPG": "warning"}

    card.rename(tmp_path / "unplugged")
    run(capsys, cat, "scan")
    assert _status(capsys, cat) == {"CUT.JPG": "offline"}

    (tmp_path / "unplugged").rename(card)
    run(capsys, cat, "scan")
    assert _status(capsys, cat) == {"CUT.JPG": "warning"}


def test_while_its_drive_is_unplugged_a_damaged_photo_stays_a_problem_and_says_why(
    tmp_path: Path, capsys: Any
) -> None:
    """Unplugged, the truncated JPEG left Problems > Warnings (1 -> 0, back after re-plug)
    and 'problems' gave the other offline rows an empty reason. What is known of a file's
    content stays known while its folder is offline, and every offline row says why."""
    import json

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.domain.query import ItemFilter

    card = tmp_path / "card"
    card.mkdir()
    buf = io.BytesIO()
    Image.effect_noise((640, 480), 40).convert("RGB").save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    (card / "CUT.JPG").write_bytes(data[: len(data) * 6 // 10])
    (card / "FINE.JPG").write_bytes(data)
    (card / "JUNK.JPG").write_bytes(b"\xff\xd8\xff" + b"not a picture" * 50)
    cat = tmp_path / "c.smpcat"
    run(capsys, cat, "roots", "add", str(card))
    run(capsys, cat, "scan")
    warnings = ItemFilter(warnings=True)

    def counts() -> int:  # what Problems > Warnings counts
        c = open_catalog(cat)
        try:
            return c.count(warnings)
        finally:
            c.close()

    assert counts() == 1
    card.rename(tmp_path / "unplugged")
    run(capsys, cat, "scan")
    assert counts() == 1  # the content's warning stays known while it is away
    _code, out, _ = run(capsys, cat, "problems", "--json")
    rows = {Path(p["path"]).name: p for p in json.loads(out)}
    assert {r["status"] for r in rows.values()} == {"offline"}
    assert all("offline" in (r["reason"] or "") for r in rows.values())  # every row: why
    assert rows["CUT.JPG"]["warnings"] and "truncated" in rows["CUT.JPG"]["warnings"][0]
    assert "damaged" in rows["JUNK.JPG"]["reason"]  # and why it could not be read
    _code, out, _ = run(capsys, cat, "problems")
    lines = {n: line for line in out.splitlines() for n in rows if n in line}
    assert all("offline" in line for line in lines.values())
    assert "truncated" in lines["CUT.JPG"]
    (tmp_path / "unplugged").rename(card)
    run(capsys, cat, "scan")
    assert counts() == 1


def test_a_progressive_jpeg_cut_short_is_still_a_warning_after_its_drive_comes_back(
    tmp_path: Path, capsys: Any
) -> None:
    """The corpus's truncated progressive JPEG shows whole but coarse: its warning says the
    data cannot be decoded in full (no share to tell), and it stays a warning when its drive
    comes back (the restore knows the warning by its words)."""
    import shutil

    from tests.conftest import CORPUS

    source = CORPUS / "images/broken/pillow-truncated_jpeg.jpg"
    if not source.is_file():
        pytest.skip("the real-world corpus is not checked out")
    card = tmp_path / "card"
    card.mkdir()
    shutil.copyfile(source, card / "CUT.JPG")
    cat = tmp_path / "c.smpcat"
    run(capsys, cat, "roots", "add", str(card))
    run(capsys, cat, "scan")
    assert _status(capsys, cat) == {"CUT.JPG": "warning"}
    card.rename(tmp_path / "unplugged")
    run(capsys, cat, "scan")
    (tmp_path / "unplugged").rename(card)
    run(capsys, cat, "scan")
    assert _status(capsys, cat) == {"CUT.JPG": "warning"}
