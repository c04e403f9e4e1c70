"""The CLI's log and undo name a camera and a field as people do: the log said 'Correct
clock of FUJIFILM|X-T4|C9012 by +1h' (the camera's key) and 'Set in point s'."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from smparchive.cli.main import main


def run(capsys, cat: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_log_and_undo_name_the_camera_and_the_fields(tmp_path, capsys) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    fuji = {"camera_make": "FUJIFILM", "camera_model": "X-T4", "camera_serial": "C9012"}
    _photo, video = insert_items(
        c,
        tmp_path / "media",
        [
            {"name": "a.jpg", "capture_utc": datetime(2022, 6, 1, 8, tzinfo=UTC), **fuji},
            {"name": "talk.mp4", "kind": "video", "duration_s": 60.0},
        ],
    )
    c.set_clock_offset("FUJIFILM|X-T4|C9012", 3600)
    c.set_fields([video], in_point_s=7.15, out_point_s=9.9)
    c.close()
    code, out = run(capsys, cat, "log")
    assert code == 0
    assert "Correct clock of FUJIFILM X-T4 (C9012) by +1 h" in out and "FUJIFILM|" not in out
    assert "Set in point, out point" in out and "point s" not in out
    code, out = run(capsys, cat, "undo")
    assert code == 0 and "Undone: Set in point, out point" in out
    code, out = run(capsys, cat, "undo")
    assert "Undone: Correct clock of FUJIFILM X-T4 (C9012) by +1 h" in out


def test_labels_written_by_earlier_versions_read_as_todays() -> None:
    from smparchive.core.catalog.labels import readable

    assert readable("Correct clock of FUJIFILM|X-T4|C9012 by +1h") == (
        "Correct clock of FUJIFILM X-T4 (C9012) by +1h"
    )
    assert readable("Undo Set in point s, out point s") == "Undo Set in point, out point"
    assert readable("Set color label") == "Set colour label"
    assert readable("Set focus x, focus y") == "Set focus point"
    assert readable("Set caption (fr)") == "Set caption (fr)"
    assert readable("Tag Panel") == "Tag Panel"
