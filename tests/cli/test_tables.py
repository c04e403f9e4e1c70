"""Terminal tables keep what a person reads them for: whole reasons, file names."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image
from tests.cli.cli_helpers import run

from smparchive.cli.output import print_table


def test_problems_prints_the_whole_reason_and_the_file_name(tmp_path: Path, capsys: Any) -> None:
    root = tmp_path / "a card from the second day of the conference" / "DCIM" / "100_FUJI"
    root.mkdir(parents=True)
    buf = io.BytesIO()
    Image.effect_noise((64, 48), 40).convert("RGB").save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    (root / "DSCF0009.JPG").write_bytes(data[: len(data) // 2])  # a cut copy
    cat = tmp_path / "c.smpcat"
    run(capsys, cat, "roots", "add", str(root.parent.parent))
    run(capsys, cat, "scan")

    _code, out, _ = run(capsys, cat, "problems")

    row = next(line for line in out.splitlines() if "DSCF0009.JPG" in line)
    assert "…" not in row.split("DSCF0009.JPG", 1)[1]  # the reason is whole
    assert row.rstrip().endswith((".", ")"))


def test_a_long_middle_cell_keeps_its_end() -> None:
    out = io.StringIO()
    path = "/media/share/SMP2022/Photos/2022-06-02/Camera of the second photographer/IMG_0001.JPG"
    print_table([(7, path, "ok")], ["id", "path", "status"], out)
    row = out.getvalue().splitlines()[1]
    assert "…" in row and "IMG_0001.JPG  ok" in row
    assert row.startswith("7   /media/share")


def test_counts_agree_with_their_noun() -> None:
    """'smparchive duplicates' said '1 groups of identical files'."""
    from smparchive.cli.output import counted

    assert counted(1, "group") == "1 group"
    assert counted(0, "group") == "0 groups" and counted(2, "group") == "2 groups"
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"
