"""A drive unplugged and plugged back changes nothing: a damaged photo stays a warning.

A truncated JPEG is pictured by its decoded part and keeps its warning; brought back from
offline it came back as ok (the restore took 'pictured' for 'fine').
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

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
