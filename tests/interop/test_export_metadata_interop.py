"""What exported photos carry, read back with exiftool: IPTC-IIM texts, the corrected
capture time in EXIF, no creation date from a file's modification time, EXIF texts that
agree with the catalogue's (``--metadata keep``)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.cli.main import main

EXIFTOOL = shutil.which("exiftool")
pytestmark = pytest.mark.skipif(
    EXIFTOOL is None, reason="exiftool is not installed (scripts/setup.sh --test installs it)"
)

CAMERA = "CAM_0001.JPG"  # EXIF dates with an offset, a camera description, an XMP rating
BARE = "BARE_0002.JPG"  # no date at all: only the file's modification time


def exiftool(*args: str) -> dict[str, Any]:
    assert EXIFTOOL is not None
    done = subprocess.run(
        [EXIFTOOL, "-j", "-a", "-G1", "-charset", "iptc=UTF8", *args],
        capture_output=True,
        check=True,
    )
    [doc] = json.loads(done.stdout)
    return dict(doc)


def _jpeg(path: Path, seed: int) -> None:
    im = Image.effect_noise((600, 400), 30 + seed).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    path.write_bytes(buf.getvalue())


class Cli:
    def __init__(self, capsys: Any, path: Path) -> None:
        self.capsys, self.path = capsys, path

    def __call__(self, *args: str) -> str:
        self.capsys.readouterr()
        code = main(["--catalogue", str(self.path), *args])
        out = self.capsys.readouterr()
        assert code == 0, out.out + out.err
        return out.out

    def export(self, out: Path, *args: str, name: str = CAMERA) -> dict[str, Any]:
        """Export ``name`` with ``args``; exiftool's reading of every image written."""
        out.mkdir(exist_ok=True)
        doc = json.loads(
            self("export", str(self.media / name), "--to", str(out), "--name", "x", "--json", *args)
        )
        assert not doc["problems"], doc["problems"]
        self.warnings = list(doc.get("warnings", []))
        root = Path(doc["payload_root"]) if doc.get("payload_root") else out
        found: dict[str, Any] = {}
        for f in doc["files"]:
            path = Path(f["path"]) if isinstance(f, dict) else Path(f)
            path = path if path.is_absolute() else root / path
            if path.suffix.lower() in (".jpg", ".webp", ".png"):
                found[path.name] = exiftool(str(path))
        assert found
        return found

    media: Path
    warnings: list[Any]


@pytest.fixture
def cli(tmp_path: Path, capsys: Any) -> Cli:
    media = tmp_path / "media"
    media.mkdir()
    _jpeg(media / CAMERA, 0)
    _jpeg(media / BARE, 1)
    assert EXIFTOOL is not None
    subprocess.run(
        [
            EXIFTOOL, "-q", "-overwrite_original",
            "-EXIF:Make=Canon", "-EXIF:Model=Canon EOS R6",
            "-EXIF:DateTimeOriginal=2022:06:01 08:30:00", "-EXIF:CreateDate=2022:06:01 08:30:00",
            "-EXIF:ModifyDate=2022:06:01 08:30:00", "-EXIF:OffsetTimeOriginal=+02:00",
            "-EXIF:OffsetTimeDigitized=+02:00", "-EXIF:OffsetTime=+02:00",
            "-EXIF:SubSecTimeOriginal=42",
            "-EXIF:ImageDescription=OLD EXIF DESCRIPTION", "-EXIF:Artist=Old Artist",
            "-EXIF:Copyright=Old Copyright", "-XMP-xmp:Rating=4",
            str(media / CAMERA),
        ],
        check=True,
    )  # fmt: skip
    os.utime(media / BARE, (1654065000, 1654065000))  # 2022-06-01 06:30 UTC
    c = Cli(capsys, tmp_path / "c.smpcat")
    c.media = media
    c("init")
    c("roots", "add", str(media), "--label", "Media")
    c("scan")
    for name in (CAMERA, BARE):
        c("set", str(media / name), "--consent", "cleared")
    return c


def test_iptc_text_ending_in_non_ascii_is_whole(cli: Cli, tmp_path: Path) -> None:
    photo = str(cli.media / CAMERA)
    cli("set", photo, "--caption", "Pause café", "--title", "Zürich 🇨🇭", "--creator", "Zoë")
    cli("tag", photo, "--add", "Café")
    [e] = cli.export(tmp_path / "out").values()
    assert e["IPTC:Caption-Abstract"] == e["XMP-dc:Description"] == "Pause café"
    assert e["IPTC:ObjectName"] == e["XMP-dc:Title"] == "Zürich 🇨🇭"
    assert e["IPTC:By-line"] == "Zoë"
    assert e["IPTC:Keywords"] == "Café"
