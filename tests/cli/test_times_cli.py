"""CLI times: a recording whose container says 07:30 UTC lists as 09:30 in Brussels, a
corrected camera is marked, --utc asks for UTC, JSON keeps both, show names the source."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from smparchive.cli.main import main


def run(capsys, cat: Path, *args: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def _recording(path: Path, creation_time: str) -> None:
    import av
    import numpy as np

    with av.open(str(path), "w", format="mp4") as c:
        c.metadata["creation_time"] = creation_time
        stream = c.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 5)
            c.mux(stream.encode(frame))
        c.mux(stream.encode(None))


def _photo(path: Path, when: str) -> None:
    from PIL import Image

    exif = Image.Exif()
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = when  # DateTimeOriginal, no offset: the camera's wall clock
    exif[0x010F], exif[0x0110] = "NIKON CORPORATION", "NIKON Z 6_2"
    Image.new("RGB", (32, 24), (90, 90, 90)).save(path, "JPEG", exif=exif.tobytes())


def test_local_time_everywhere_utc_on_request(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    media = tmp_path / "media"
    media.mkdir()
    _recording(media / "EMN_roundtable_0930.mp4", "2022-06-01T07:30:00.000000Z")
    _photo(media / "DSC_0001.JPG", "2022:06:01 08:53:27")  # an hour late
    cat = tmp_path / "c.smpcat"
    assert run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels")[0] == 0
    assert run(capsys, cat, "roots", "add", str(media))[0] == 0
    assert run(capsys, cat, "scan")[0] in (0, 1)

    code, out = run(capsys, cat, "ls")
    assert code == 0
    lines = {line.split()[-1]: line for line in out.splitlines()[1:]}
    assert "2022-06-01 09:30 CEST" in lines["EMN_roundtable_0930.mp4"]
    assert "07:30" not in lines["EMN_roundtable_0930.mp4"]
    assert "2022-06-01 08:53 CEST" in lines["DSC_0001.JPG"]

    code, out = run(capsys, cat, "clock", "Nikon", "--set", "+1h")
    assert code == 0
    code, out = run(capsys, cat, "ls")
    photo = next(line for line in out.splitlines() if "DSC_0001" in line)
    assert "2022-06-01 09:53 CEST, corrected by +1 h" in photo
    code, out = run(capsys, cat, "ls", "--utc")
    assert "captured (UTC)" in out.splitlines()[0]
    photo = next(line for line in out.splitlines() if "DSC_0001" in line)
    assert "2022-06-01 07:53 UTC, corrected by +1 h" in photo
    code, out = run(capsys, cat, "search", "DSC_0001")
    assert "2022-06-01 09:53 CEST, corrected by +1 h" in out

    code, out = run(capsys, cat, "ls", "--json")
    by_name = {r["name"]: r for r in json.loads(out)}
    assert by_name["DSC_0001.JPG"]["captured"] == {
        "local": "2022-06-01T09:53:27+02:00",
        "utc": "2022-06-01T07:53:27Z",
        "zone": "Europe/Brussels",
        "corrected_by_s": 3600,
        "source": "exif",
    }
    assert by_name["EMN_roundtable_0930.mp4"]["captured"]["local"] == "2022-06-01T09:30:00+02:00"

    video_id = str(by_name["EMN_roundtable_0930.mp4"]["id"])
    code, out = run(capsys, cat, "show", video_id)
    assert "2022-06-01 09:30 CEST" in out and "container date, UTC" in out
    code, out = run(capsys, cat, "show", str(by_name["DSC_0001.JPG"]["id"]))
    assert "camera EXIF without offset, corrected by +1 h" in out
