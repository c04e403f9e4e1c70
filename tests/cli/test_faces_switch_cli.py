"""Turning face detection on is a privacy decision for the whole catalogue: the history
says who made it and when, and ``undo`` takes it back like any other change (it was a bare
setting: ``log`` showed nothing and ``undo`` undid the change before it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smparchive.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_the_faces_switch_is_in_the_log_and_undone_by_undo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cat = str(tmp_path / "c.smpcat")
    assert run(capsys, "-c", cat, "init")[0] == 0
    assert run(capsys, "-c", cat, "faces", "enable")[0] == 0
    code, out = run(capsys, "-c", cat, "log")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and "Turn on face detection" in lines[1]
    code, out = run(capsys, "-c", cat, "undo")
    assert code == 0 and "Undone: Turn on face detection" in out
    assert "Face detection: off" in run(capsys, "-c", cat, "faces", "status")[1]
    assert run(capsys, "-c", cat, "faces", "disable")[0] == 0
    assert "Turn off face detection" not in run(capsys, "-c", cat, "log")[1]  # already off
