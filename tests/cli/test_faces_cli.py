"""faces enable|scan|status|list|name|confirm and people consent, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.faces.conftest import EXPECTED, needs_faces, scanned_catalogue

from smparchive.cli.main import main

pytestmark = needs_faces


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_faces_from_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cat = str(scanned_catalogue(tmp_path, faces=False))
    code, _, err = run(capsys, "-c", cat, "faces", "scan", "--workers", "0")
    assert code == 2 and "off for this catalogue" in err  # privacy: nothing ran
    assert run(capsys, "-c", cat, "scan", "--workers", "0")[0] == 0
    code, out, _ = run(capsys, "-c", cat, "faces", "status")
    assert "off" in out and "Pictures searched (photos and video posters): 0 of 13" in out

    assert run(capsys, "-c", cat, "faces", "enable")[0] == 0
    code, out, _ = run(capsys, "-c", cat, "scan", "--workers", "0")  # faces after thumbnails
    assert code == 0 and f"13 photos searched, {sum(EXPECTED.values())} faces found" in out
    code, out, _ = run(capsys, "-c", cat, "faces", "scan", "--workers", "0")
    assert code == 0 and "Searched 0 photos" in out  # incremental
    code, out, _ = run(capsys, "-c", cat, "faces", "list", "--json")
    faces = json.loads(out)
    obama = next(f for f in faces if f["file"] == "obama-1.jpg")
    group = obama["cluster"]
    members = {f["file"] for f in faces if f["cluster"] == group}
    assert {"obama-2.jpg", "obama-3.jpg", "obama-4.jpg"} <= members

    code, out, _ = run(capsys, "-c", cat, "faces", "name", "Barack Obama", "--group", str(group))
    assert code == 0 and f"{len(members)} photos now showing Barack Obama" in out
    code, out, _ = run(capsys, "-c", cat, "search", 'person:"Barack Obama"')
    assert all(name in out for name in members)

    code, out, _ = run(
        capsys, "-c", cat, "people", "consent", "Barack Obama", "--withdrawn", "--date",
        "2026-11-30",
    )  # fmt: skip
    assert code == 0 and "Consent withdrawn on 2026-11-30 for Barack Obama" in out
    assert all(name in out for name in members)

    # A web export holds his photos back; with --blur-faces they go out, his face blurred.
    out_dir = tmp_path / "web"
    out_dir.mkdir()
    query = ("-q", 'person:"Barack Obama"', "--to", str(out_dir))
    assert run(capsys, "-c", cat, "set", "--kind", "photo", "--consent", "cleared")[0] == 0
    code, out, _ = run(capsys, "-c", cat, "export", *query, "--dry-run")
    assert code == 1 and "Barack Obama" in out and "Faces blurred" not in out
    code, out, _ = run(capsys, "-c", cat, "export", *query, "--blur-faces", "--json")
    report = json.loads(out)
    assert code == 0 and report["held_back"] == []
    assert {b["name"] for b in report["faces_blurred"]} == members
    assert all(b["people"] == ["Barack Obama"] for b in report["faces_blurred"])
