"""Warnings can be selected (ls --status warning, status:warning); misleading names warn."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from PIL import Image

from smparchive.cli.main import main
from smparchive.core.ingest.walk import misleading_name


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_misleading_names_are_flagged_and_warnings_selectable(tmp_path: Path) -> None:
    media, cat = tmp_path / "media", str(tmp_path / "c.smpcat")
    media.mkdir()
    for name in ("plain.jpg", "photo.jpg.pdf", "invoice\u202egpj.exe.jpg", "IMG_1.jpg"):
        Image.new("RGB", (40, 30), (9, 9, 9)).save(media / name, "JPEG")
    code, out, _ = run("scan", str(media), "--json", "--workers", "0", "-c", cat)
    problems = {Path(p["path"]).name: p for p in json.loads(out)["problems"]}
    assert code == 1
    assert problems["photo.jpg.pdf"]["kind"] == "warning"
    assert "also contains .jpg" in problems["photo.jpg.pdf"]["reason"]
    assert "right-to-left" in problems["invoice\u202egpj.exe.jpg"]["reason"]
    assert "plain.jpg" not in problems and "IMG_1.jpg" not in problems

    _, listed, _ = run("ls", "--status", "warning", "--paths", "-c", cat)
    names = {Path(p).name for p in listed.split()}
    assert names == {"photo.jpg.pdf", "invoice\u202egpj.exe.jpg"}
    _, found, _ = run("search", "status:warning", "--json", "-c", cat)
    assert {Path(r["path"]).name for r in json.loads(found)["items"]} == names
    code, _, err = run("search", "status:nonsense", "-c", cat)
    assert code == 2 and "warning" in err


def test_misleading_name_rule() -> None:
    assert misleading_name("IMG_0001.JPG") is None
    assert misleading_name("talk.v2.final.pptx") is None
    assert misleading_name("archive.tar.gz") is None
    assert misleading_name("photo.jpg.exe") is not None
    assert misleading_name("slides.pdf.pptx") is not None
    assert misleading_name("abc\u202etxt.exe") is not None
