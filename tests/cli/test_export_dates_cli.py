"""Export names: ``{date}`` beside ``{time}`` is the day the photo was taken (a 00:30 photo of
a dinner that began at 22:00 is named 2 June, as its manifest dates it), ``{day_date}`` and
``{day}`` the programme day, which the default folders group by (the dinner in one folder)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cli_helpers import run


def _photo(path: Path, when: str) -> None:
    from PIL import Image

    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when  # DateTimeOriginal, the camera's wall clock
    Image.new("RGB", (320, 240), (90, 120, 90)).save(path, "JPEG", exif=exif.tobytes())


def _catalogue(tmp_path: Path) -> Path:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    _photo(media / "DSC_1.JPG", "2022:06:01 23:30:00")
    _photo(media / "DSC_2.JPG", "2022:06:02 00:30:00")
    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    try:
        cat.create_event("Test Conference", acronym="TC", time_zone="Europe/Brussels")
        dinner = datetime(2022, 6, 1, 20, 0, tzinfo=UTC)  # 22:00 to 01:00 in Brussels
        cat.add_session("Conference dinner", dinner, dinner.replace(hour=23))
        scan(cat, [cat.add_root(media).value], options=ScanOptions(workers=0))
        cat.auto_assign()
        cat.set_fields(cat.query_ids(), consent="cleared")
    finally:
        cat.close()
    return path


def test_date_and_time_tokens_name_the_moment_the_photo_was_taken(
    capsys: Any, tmp_path: Path
) -> None:
    cat = _catalogue(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, _ = run(
        capsys, cat, "export", "--session", "dinner", "--to", str(out), "--json",
        "--template", "{date}_{time}_{day_date}_{original}.{ext}",
    )  # fmt: skip
    assert code == 0, stdout
    names = sorted(Path(f["path"]).name for f in json.loads(stdout)["files"])
    assert names == [
        "2022-06-01_233000_2022-06-01_DSC_1.jpg",
        "2022-06-02_003000_2022-06-01_DSC_2.jpg",
    ]
    # the default layout groups by programme day: the dinner's photos share one folder
    out2 = tmp_path / "out2"
    out2.mkdir()
    code, stdout, _ = run(capsys, cat, "export", "--session", "dinner", "--to", str(out2), "--json")
    assert code == 0, stdout
    folders = {str(Path(f["path"]).parent.parent.name) for f in json.loads(stdout)["files"]}
    assert len(folders) == 1 and next(iter(folders)).startswith("2022-06-01")


def test_actions_read_on_this_computers_clock_with_its_zone_everywhere(
    capsys: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """A computer in New York, an event in Brussels: the export history, the log, the
    folders' last scan and an item's first seen read the New York clock with its zone
    named, as the app shows them ('roots list' printed the UTC digits unlabelled, so the
    same scan read 20:02 there and 15:02 in the app); scripts keep UTC ISO in JSON."""
    import time

    cat = _catalogue(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert run(capsys, cat, "export", "--session", "dinner", "--to", str(out))[0] == 0
    monkeypatch.setenv("TZ", "America/New_York")  # a machine far from the event
    time.tzset()
    try:
        _code, stdout, _ = run(capsys, cat, "export", "history", "--json")
        made = datetime.fromisoformat(json.loads(stdout)[0]["created_at"]).astimezone(UTC)
        _code, roots_json, _ = run(capsys, cat, "roots", "list", "--json")
        scanned = datetime.fromisoformat(json.loads(roots_json)[0]["last_scan_at"])
        _code, history, _ = run(capsys, cat, "export", "history")
        _code, log, _ = run(capsys, cat, "log")
        _code, roots, _ = run(capsys, cat, "roots", "list")
        _code, shown, _ = run(capsys, cat, "show", "1")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    new_york = ZoneInfo("America/New_York")

    def reads(moment: datetime) -> str:
        local = moment.astimezone(new_york)
        return f"{local:%Y-%m-%d %H:%M:%S} {local.tzname()}"

    header, row = history.splitlines()[:2]
    assert header.split()[1] == "when" and "(UTC)" not in header + log
    assert reads(made) in row
    assert reads(made)[:16] in log.splitlines()[1]  # the export's entry, the same clock
    assert reads(scanned) in roots
    assert re.search(r"first seen +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d E[SD]T\n", shown)
    assert "CEST" in shown  # the photo's own time stays the event's
