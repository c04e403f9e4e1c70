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
from tests.interop.test_exiftool_interop import Cli as BaseCli

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


class Cli(BaseCli):
    """The command line of the interop tests, exporting and reading back with exiftool."""

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


PRESETS = (
    ("--preset", "web"),
    ("--preset", "social"),
    ("--preset", "thumbnails"),
    ("--preset", "mastodon"),
    ("--preset", "custom", "--size", "300", "--format", "webp"),
    ("--preset", "custom", "--size", "300", "--format", "png"),
    ("--preset", "web", "--metadata", "keep"),
)


@pytest.mark.parametrize("args", PRESETS, ids=lambda a: "-".join(a[1::2]))
def test_clock_correction_reaches_exif(cli: Cli, tmp_path: Path, args: tuple[str, ...]) -> None:
    cli("set", str(cli.media / CAMERA), "--alt", "A speaker at a lectern")  # platforms ask
    cli("clock", "Canon EOS R6", "--set", "+1h")
    for name, e in cli.export(tmp_path / "out", *args).items():
        assert e["XMP-photoshop:DateCreated"] == "2022:06:01 09:30:00+02:00", name
        # what Lightroom, digiKam, Photo Mechanic and Flickr show: the corrected time
        assert e["ExifIFD:DateTimeOriginal"] == "2022:06:01 09:30:00", name
        assert e["ExifIFD:CreateDate"] == "2022:06:01 09:30:00", name
        assert e["ExifIFD:OffsetTimeOriginal"] == "+02:00", name
        assert e["ExifIFD:OffsetTimeDigitized"] == "+02:00", name
        # the modification date moved with the camera's clock, as exiftool's AllDates does
        assert e["IFD0:ModifyDate"] == "2022:06:01 09:30:00", name
        assert e["ExifIFD:OffsetTime"] == "+02:00", name
        assert e.get("ExifIFD:SubSecTimeOriginal", 42) == 42, name
        if "IPTC:DateCreated" in e:
            assert (e["IPTC:DateCreated"], e["IPTC:TimeCreated"]) == (
                "2022:06:01",
                "09:30:00+02:00",
            ), name


def test_pinned_clock_reaches_exif(cli: Cli, tmp_path: Path) -> None:
    item = json.loads(cli("show", str(cli.media / CAMERA), "--json"))[0]["id"]
    # no event: the pinned time is UTC; the export shows it at the file's offset (+02:00)
    cli("clock", "Canon EOS R6", "--pin", str(item), "2022-06-01 07:47")
    [e] = cli.export(tmp_path / "out").values()
    assert e["ExifIFD:DateTimeOriginal"] == e["ExifIFD:CreateDate"] == "2022:06:01 09:47:00"
    assert e["ExifIFD:OffsetTimeOriginal"] == "+02:00"
    assert e["IPTC:TimeCreated"] == "09:47:00+02:00"


@pytest.mark.parametrize("metadata", ["publication", "keep"])
def test_no_creation_date_from_a_file_date(cli: Cli, tmp_path: Path, metadata: str) -> None:
    shown = json.loads(cli("show", str(cli.media / BARE), "--json"))[0]
    assert shown["capture_source"] == "mtime"  # the premise: only the file's date is known
    out = tmp_path / "out"
    [e] = cli.export(out, "--metadata", metadata, "--cms", name=BARE).values()
    dates = {k: v for k, v in e.items() if "Date" in k or "TimeCreated" in k}
    dates = {k: v for k, v in dates.items() if not k.startswith(("System:", "File:", "ICC"))}
    assert dates == {}
    # the manifest names it for what it is; the CMS hand-off does not call it the date
    assert "file date" in (out / "x" / "manifest.csv").read_text("utf-8")
    assert "date_published" not in (out / "x" / "media-feed.json").read_text("utf-8")
    rows = (out / "x" / "wordpress-media.csv").read_text("utf-8").splitlines()
    header, row = rows[0].split(","), rows[1].split(",")
    assert row[header.index("date")] == ""


@pytest.mark.parametrize("metadata", ["publication", "keep"])
def test_exif_texts_agree_with_the_catalogue(cli: Cli, tmp_path: Path, metadata: str) -> None:
    photo = str(cli.media / CAMERA)
    caption = "Pause café\nin the foyer"
    cli("set", photo, "--caption", caption, "--creator", "Zoë Martin", "--copyright", "© SMP")
    [e] = cli.export(tmp_path / "out", "--metadata", metadata).values()
    # Windows Explorer, Flickr and Google Photos read EXIF; Lightroom reads XMP
    assert e["IFD0:ImageDescription"] == e["XMP-dc:Description"] == caption
    assert e["IFD0:Artist"] == "Zoë Martin" and e["XMP-dc:Creator"] == "Zoë Martin"
    assert e["IFD0:Copyright"] == e["XMP-dc:Rights"] == "© SMP"
    if metadata == "keep":
        assert e["IFD0:Make"] == "Canon"
        assert e["XMP-xmp:Rating"] == 4  # read from the source's XMP into the catalogue
    else:
        assert "XMP-xmp:Rating" not in e


def test_keep_help_says_what_is_kept(capsys: Any) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "all the source's metadata" not in text
    assert "the source's EXIF" in text


def test_the_exported_credit_is_the_catalogues_names(cli: Cli, tmp_path: Path) -> None:
    """XMP-photoshop:Credit and IPTC:Credit, as Lightroom and exiftool read them: the
    credit the catalogue holds; a "Photo:" typed before the names is a label, not a name
    (a page or a post puts its own language's label there)."""
    for n, (typed, expected) in enumerate(
        (
            ("EMN / SMP 2022", "EMN / SMP 2022"),
            ("Photo: EMN / SMP 2022", "EMN / SMP 2022"),
            ("Crédit\u00a0: Ana", "Ana"),
        )
    ):
        cli("set", str(cli.media / CAMERA), "--credit", typed)
        [e] = cli.export(tmp_path / f"out{n}").values()
        assert (e["XMP-photoshop:Credit"], e["IPTC:Credit"]) == (expected, expected)


def test_shortened_iptc_copies_are_named(cli: Cli, tmp_path: Path) -> None:
    credit = "Jean-Émile Dupont / IOM – Brussels"  # 37 bytes: IIM Credit holds 32
    cli("set", str(cli.media / CAMERA), "--credit", credit, "--caption", "Short caption")
    [e] = cli.export(tmp_path / "out").values()
    assert e["XMP-photoshop:Credit"] == credit  # XMP: the authoritative copy, whole
    assert e["IPTC:Credit"] == "Jean-Émile Dupont / IOM – Bru"  # cut at a character
    said = [str(w) for w in cli.warnings]
    shortened = [w for w in said if "IPTC-IIM" in w]
    assert len(shortened) == 1, said
    assert "Credit" in shortened[0] and CAMERA in shortened[0] and "32" in shortened[0]
    assert "Caption" not in shortened[0]
    cli.export(tmp_path / "webp", "--preset", "custom", "--size", "300", "--format", "webp")
    assert not [w for w in cli.warnings if "IPTC-IIM" in str(w)]  # WebP carries no IPTC-IIM
