"""Video capture times as an archivist expects them (Geneva, June: UTC+2).

A camera writes its local wall clock into the QuickTime creation time (13:05 means 13:05
at the venue), a phone writes UTC (11:05Z is 13:05 at the venue), and a file with its own
offset says so. All three, and the camera's photo taken at the same moment, read 13:05;
the camera's clock correction moves its video with its photos; a catalogue made before
(every container time read as UTC) is put right by the next scan; exiftool agrees.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest

from smparchive.cli.main import main
from smparchive.core.catalog.codes import TIME_SOURCE_CODES
from smparchive.core.vocab import TimeSource


def run(capsys, cat: Path, *args: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def _movie(path: Path, metadata: dict[str, str], fmt: str = "mov", **options: str) -> Path:
    """A tiny movie whose container carries ``metadata`` (PyAV, with none of FFmpeg's own
    marks, as a camera's file has none)."""
    import av
    import numpy as np

    with av.open(str(path), "w", format=fmt, options={"fflags": "+bitexact", **options}) as c:
        for key, value in metadata.items():
            c.metadata[key] = value
        stream = c.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        stream.metadata["handler_name"] = "Video Media Handler"  # not FFmpeg's own
        for i in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 5)
            c.mux(stream.encode(frame))
        c.mux(stream.encode(None))
    return path


def _photo(path: Path, when: str) -> None:
    from PIL import Image

    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when  # DateTimeOriginal, the camera's wall clock
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R6"
    Image.new("RGB", (32, 24), (90, 90, 90)).save(path, "JPEG", exif=exif.tobytes())


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    # The camera: QuickTime CreateDate 13:05, its local clock (what exiftool shows by default).
    _movie(
        folder / "MVI_0042.MOV",
        {"creation_time": "2022-06-01T13:05:00Z", "make": "Canon", "model": "Canon EOS R6"},
    )
    _photo(folder / "IMG_0041.JPG", "2022:06:01 13:05:00")
    # A phone: UTC, as the specification says (Android marks its files).
    _movie(
        folder / "VID_20220601_130500.mp4",
        {"creation_time": "2022-06-01T11:05:00Z", "com.android.version": "13"},
        movflags="use_metadata_tags",
    )
    # A camera file with no maker's mark at all: read as local time, like exiftool.
    _movie(folder / "C0001.MP4", {"creation_time": "2022-06-01T13:05:00Z"}, fmt="mp4")
    # A date with its own offset wins over a later export's UTC stamp.
    _movie(
        folder / "export.mp4",
        {"creation_time": "2022-06-03T16:00:00Z", "date": "2022-06-01T13:05:00+0200"},
        fmt="mp4",
    )
    return folder


def _listing(capsys, cat: Path) -> dict[str, dict]:  # type: ignore[no-untyped-def,type-arg]
    code, out = run(capsys, cat, "ls", "--json")
    assert code == 0, out
    return {r["name"]: r for r in json.loads(out)}


def _catalogue(capsys, tmp_path: Path, media: Path) -> Path:  # type: ignore[no-untyped-def]
    cat = tmp_path / "c.smpcat"
    assert run(capsys, cat, "event", "--title", "Geneva", "--tz", "Europe/Zurich")[0] == 0
    assert run(capsys, cat, "roots", "add", str(media))[0] == 0
    assert run(capsys, cat, "scan")[0] in (0, 1)
    return cat


def test_camera_phone_and_offset_videos_read_as_at_the_venue(
    tmp_path: Path,
    media: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    cat = _catalogue(capsys, tmp_path, media)
    rows = _listing(capsys, cat)
    for name in ("MVI_0042.MOV", "IMG_0041.JPG", "VID_20220601_130500.mp4", "C0001.MP4"):
        assert rows[name]["captured"]["local"] == "2022-06-01T13:05:00+02:00", name
        assert rows[name]["captured"]["utc"] == "2022-06-01T11:05:00Z", name
    assert rows["export.mp4"]["captured"]["local"] == "2022-06-01T13:05:00+02:00"
    assert rows["MVI_0042.MOV"]["captured"]["source"] == "container-local"
    assert rows["VID_20220601_130500.mp4"]["captured"]["source"] == "container-utc"

    _code, out = run(capsys, cat, "show", str(rows["MVI_0042.MOV"]["id"]))
    assert "2022-06-01 13:05 CEST" in out and "camera's local time" in out
    _code, out = run(capsys, cat, "show", str(rows["VID_20220601_130500.mp4"]["id"]))
    assert "2022-06-01 13:05 CEST" in out and "UTC (phone or recorder)" in out

    # The camera ran an hour slow: its correction moves its video with its photo.
    assert run(capsys, cat, "clock", "Canon", "--set", "+1h")[0] == 0
    rows = _listing(capsys, cat)
    for name in ("MVI_0042.MOV", "IMG_0041.JPG"):
        assert rows[name]["captured"]["local"] == "2022-06-01T14:05:00+02:00", name
        assert rows[name]["captured"]["corrected_by_s"] == 3600
    assert rows["VID_20220601_130500.mp4"]["captured"]["local"] == "2022-06-01T13:05:00+02:00"


def test_a_catalogue_read_by_the_old_rule_is_put_right_by_the_next_scan(
    tmp_path: Path,
    media: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    cat = _catalogue(capsys, tmp_path, media)
    rows = _listing(capsys, cat)
    camera = rows["MVI_0042.MOV"]["id"]
    assert run(capsys, cat, "set", str(camera), "--rating", "4")[0] == 0
    # What the old code stored: the container time taken as UTC whatever wrote it.
    conn = sqlite3.connect(cat)
    conn.execute(
        "UPDATE items SET capture_source = ?, capture_offset_min = 0, "
        "capture_utc = capture_local WHERE id = ?",
        (TIME_SOURCE_CODES[TimeSource.CONTAINER_LEGACY], camera),  # 'container', stored
    )
    conn.commit()
    conn.close()
    before = _listing(capsys, cat)["MVI_0042.MOV"]["captured"]["local"]
    assert before == "2022-06-01T15:05:00+02:00"  # the defect as users saw it
    assert run(capsys, cat, "scan")[0] in (0, 1)
    row = _listing(capsys, cat)["MVI_0042.MOV"]
    assert row["captured"]["local"] == "2022-06-01T13:05:00+02:00"
    assert row["captured"]["source"] == "container-local"
    assert row["rating"] == 4  # the archivist's work is kept
    # Once put right, a rescan finds nothing to read again.
    assert run(capsys, cat, "scan")[0] in (0, 1)
    assert _listing(capsys, cat)["MVI_0042.MOV"]["captured"]["source"] == "container-local"


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_exiftool_reads_what_we_show(media: Path) -> None:
    """exiftool's CreateDate, as local time for the camera (its default) and with
    ``-api QuickTimeUTC`` for the phone (in the venue's zone), is the time we show."""
    env = {**os.environ, "TZ": "Europe/Zurich"}

    def create_date(path: Path, *api: str) -> str:
        out = subprocess.run(
            ["exiftool", *api, "-s3", "-QuickTime:CreateDate", str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return out.stdout.strip()

    assert create_date(media / "MVI_0042.MOV") == "2022:06:01 13:05:00"
    phone = media / "VID_20220601_130500.mp4"
    assert create_date(phone, "-api", "QuickTimeUTC") == "2022:06:01 13:05:00+02:00"
