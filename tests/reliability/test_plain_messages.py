"""Every message a person sees is plain: no exception names, library jargon, reprs or
tracebacks, for the hostile and corrupt corpus and for the CLI's refusals."""

from __future__ import annotations

import errno
import io
import json
import os
import random
import shutil
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PIL import Image
from tests.conftest import CORPUS

from smparchive.cli.main import main
from smparchive.core.messages import has_jargon, plain

BROKEN = ["images/broken", "heic", "video", "pdf", "slides", "images/unusual"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _hostile(folder: Path) -> None:
    """Synthetic hostile files beside the real-world broken ones."""
    folder.mkdir(parents=True)
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "random.pdf").write_bytes(os.urandom(3000))
    (folder / "random.pptx").write_bytes(os.urandom(3000))
    (folder / "random.mp4").write_bytes(os.urandom(3000))
    (folder / "photo.jpg.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(500))
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (1, 2, 3)).save(buf, "JPEG")
    (folder / "cut.jpg").write_bytes(buf.getvalue()[:700])
    with zipfile.ZipFile(folder / "bomb.pptx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("ppt/slides/slide1.xml", b"\0" * (600 * 1024 * 1024 // 16))
    png = io.BytesIO()
    Image.new("L", (1, 1)).save(png, "PNG")
    data = bytearray(png.getvalue())
    data[16:24] = (60000).to_bytes(4, "big") * 2  # claims 60000 x 60000 pixels
    (folder / "huge-claim.png").write_bytes(bytes(data))


def test_scan_of_the_hostile_corpus_speaks_plainly(tmp_path: Path) -> None:
    media = tmp_path / "media"
    for sub in BROKEN:
        shutil.copytree(CORPUS / sub, media / sub.replace("/", "-"))
    _hostile(media / "hostile")
    code, out, err = run("scan", str(media), "--json", "--workers", "2", "-c",
                         str(tmp_path / "c.smpcat"))  # fmt: skip
    assert code == 1 and "Traceback" not in err
    problems = json.loads(out)["problems"]
    assert len(problems) >= 25
    jargon = [(p["path"], p["reason"]) for p in problems if has_jargon(p["reason"])]
    assert jargon == []
    code, out, _ = run("problems", "--json", "-c", str(tmp_path / "c.smpcat"))
    listed = [r["reason"] or "" for r in json.loads(out)] + [
        w for r in json.loads(out) for w in r["warnings"]
    ]
    assert [t for t in listed if has_jargon(t)] == []


def test_cli_refusals_are_one_plain_sentence(tmp_path: Path) -> None:
    cat = str(tmp_path / "c.smpcat")
    garbage = tmp_path / "schedule.json"
    garbage.write_bytes(b"\x89GARBAGE" + random.Random(1).randbytes(2000))
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    media = tmp_path / "m"
    media.mkdir()
    Image.new("RGB", (40, 30)).save(media / "p.jpg")
    assert run("scan", str(media), "--workers", "0", "-c", cat)[0] == 0
    damaged = tmp_path / "damaged.smpcat"
    damaged.write_bytes(Path(cat).read_bytes()[:100] + random.Random(2).randbytes(20000))
    cases = [
        ("sessions", "import", str(garbage), "-c", cat),
        ("export", "1", "--audience", "internal", "--include-unknown-consent",
         "--to", str(a_file), "-c", cat),
        ("ls", "-c", str(damaged)),
        ("set", "424242", "--rating", "2", "-c", cat),
    ]  # fmt: skip
    said = []
    for argv in cases:
        code, out, err = run(*argv)
        assert code == 2, (argv, out, err)
        assert err.count("\n") == 1 and not has_jargon(err), (argv, err)
        said.append(err)
    assert "not a programme" in said[0] and "named as a JSON file" in said[0]
    assert "is a file, not a folder" in said[1]
    assert "is damaged" in said[2] and "backup" in said[2]


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (OSError(errno.ENOENT, "No such file or directory"), "no longer there"),
        (OSError(errno.EIO, "Input/output error"), "read error"),
        (EOFError("unexpected end of data"), "cut short"),
        (AssertionError(), "may be damaged"),
        (ValueError("PDFium: Data format error"), "damaged"),
        (zipfile.BadZipFile("File is not a zip file"), "damaged"),
    ],
)
def test_library_exceptions_become_plain_phrases(exc: BaseException, words: str) -> None:
    text = plain(exc)
    assert words in text and not has_jargon(text)


def test_the_jargon_detector_catches_what_it_must() -> None:
    for text in [
        "The image cannot be opened (UnidentifiedImageError: cannot identify image file)",
        "not an image Pillow can identify",
        "(PDFium: Data format error)",
        "EXIF could not be read by exifread (AssertionError: )",
        "damaged and cannot be read (('file is not a database',))",
        "Traceback (most recent call last):",
    ]:
        assert has_jargon(text), text
