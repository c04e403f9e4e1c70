"""One rule for an item's programme day, whatever the order of operations: in a session, the
session's day (a dinner from 22:00 to 01:00 keeps its 00:30 photos on its own day); else the
local date of the capture time when it is a programme day. What the user sees (`days`,
`sessions`, `search 'day:1 session:dinner'`) agrees after assignment and clock correction in
either order, and after scans and hand assignment."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from smparchive.cli.main import main
from smparchive.core.demo import programme as demo

NIKON = {"camera_make": "NIKON", "camera_model": "Z 6", "camera_serial": "B"}
BXL = ZoneInfo("Europe/Brussels")
CANON = {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "A"}


def run(capsys, cat: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def _local(h: int, m: int, d: int = 1) -> dict:
    """A zone-less camera time in Brussels on June ``d``."""
    local = datetime(2022, 6, d, h, m)
    return {"capture_local": local, "capture_utc": local.replace(tzinfo=BXL).astimezone(UTC)}


def _catalogue(tmp_path: Path, capsys) -> tuple[Path, list[int]]:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    prog = tmp_path / "schedule.json"
    prog.write_text(demo.schedule_json(), encoding="utf-8")
    assert run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels")[0] == 0
    assert run(capsys, cat, "sessions", "import", str(prog))[0] == 0
    code, out = run(
        capsys, cat, "sessions", "add", "--title", "Conference dinner",
        "--start", "2022-06-01 22:00", "--end", "2022-06-02 01:00", "--room", "Atrium",
    )  # fmt: skip
    assert code == 0, out
    c = open_catalog(cat)
    ids = insert_items(
        c,
        tmp_path / "photos",
        [
            # the Nikon's clock is an hour slow: 21:40, 23:10, 23:30 are 22:40, 00:10, 00:30
            {"name": "n1.jpg", **_local(21, 40), **NIKON},
            {"name": "n2.jpg", **_local(23, 10), **NIKON},
            {"name": "n3.jpg", **_local(23, 30), **NIKON},
            {"name": "c1.jpg", **_local(0, 45, 2), **CANON},  # dinner, after midnight
            {"name": "c2.jpg", **_local(3, 0, 2), **CANON},  # after the dinner: day 2
        ],
    )
    c.close()
    return cat, ids


def _seen(capsys, cat: Path) -> tuple[dict[str, int], int, list[int]]:
    code, out = run(capsys, cat, "days", "--json")
    assert code == 0
    days = {d["date"]: d["item_count"] for d in json.loads(out)}
    code, out = run(capsys, cat, "sessions", "--json")
    dinner = next(s for s in json.loads(out) if s["title"] == "Conference dinner")
    code, out = run(capsys, cat, "search", "day:1 session:dinner", "--ids")
    assert code == 0
    return days, dinner["item_count"], [int(x) for x in out.split()]


ORDERS = (("assign", "clock", "assign"), ("clock", "assign"), ("assign", "clock"))


def test_a_session_after_midnight_keeps_its_items_on_its_day(tmp_path, capsys) -> None:
    for n, steps in enumerate(ORDERS):
        _check_order(tmp_path / str(n), capsys, steps)


def _check_order(tmp_path: Path, capsys, steps: tuple[str, ...]) -> None:
    tmp_path.mkdir()
    cat, ids = _catalogue(tmp_path, capsys)
    for step in steps:
        args = ("assign", "--apply") if step == "assign" else ("clock", "nikon", "--set", "+1h")
        code, out = run(capsys, cat, *args)
        assert code == 0, out
    days, in_dinner, found = _seen(capsys, cat)
    if steps[-1] == "assign":  # 22:40 is now in the dinner too
        assert in_dinner == 4 and sorted(found) == ids[:4]
    else:  # 21:40 was 20 minutes before the dinner when assigned, and no run since
        assert in_dinner == 3 and sorted(found) == ids[1:4]
    # every item of the dinner is on day 1, the photo at 03:00 alone on day 2
    assert days == {"2022-06-01": 4, "2022-06-02": 1}


def test_hand_assignment_and_session_edits_follow_the_same_rule(tmp_path, capsys) -> None:
    cat, ids = _catalogue(tmp_path, capsys)
    code, out = run(capsys, cat, "assign", "--apply")
    assert code == 0
    assert _seen(capsys, cat)[0] == {"2022-06-01": 4, "2022-06-02": 1}
    # taken out of the dinner by hand, the 00:45 photo is on its own date's day
    assert run(capsys, cat, "assign", str(ids[3]), "--none")[0] == 0
    days, in_dinner, found = _seen(capsys, cat)
    assert days == {"2022-06-01": 3, "2022-06-02": 2} and in_dinner == 2
    # put in the dinner by hand, the 03:00 photo is on the dinner's day
    assert run(capsys, cat, "assign", str(ids[4]), "--to", "dinner")[0] == 0
    days, in_dinner, found = _seen(capsys, cat)
    assert days == {"2022-06-01": 4, "2022-06-02": 1} and sorted(found) == [*ids[1:3], ids[4]]
    # the dinner moved to the next evening takes its items to day 2
    code, out = run(capsys, cat, "sessions", "edit", "dinner", "--start", "2022-06-02 22:00",
                    "--end", "2022-06-03 01:00")  # fmt: skip
    assert code == 0, out
    days, in_dinner, found = _seen(capsys, cat)
    assert days == {"2022-06-01": 1, "2022-06-02": 4} and in_dinner == 3 and found == []


def test_a_scanned_photo_is_on_its_capture_dates_day_at_once(tmp_path, capsys) -> None:
    from PIL import Image

    media = tmp_path / "media"
    media.mkdir()
    for name, when in (("DSC_1.JPG", "2022:06:02 00:30:00"), ("DSC_2.JPG", "2022:06:05 10:00:00")):
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = when  # DateTimeOriginal, the camera's wall clock
        Image.new("RGB", (32, 24), (90, 90, 90)).save(media / name, "JPEG", exif=exif.tobytes())
    cat = tmp_path / "c.smpcat"
    prog = tmp_path / "schedule.json"
    prog.write_text(demo.schedule_json(), encoding="utf-8")
    assert run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels")[0] == 0
    assert run(capsys, cat, "sessions", "import", str(prog))[0] == 0
    assert run(capsys, cat, "roots", "add", str(media))[0] == 0
    assert run(capsys, cat, "scan")[0] in (0, 1)
    _code, out = run(capsys, cat, "days", "--json")
    # 2 June is a programme day, 5 June is not: that photo has no day
    assert {d["date"]: d["item_count"] for d in json.loads(out)} == {
        "2022-06-01": 0,
        "2022-06-02": 1,
    }
    _code, out = run(capsys, cat, "search", "day:2", "--json")
    assert [r["name"] for r in json.loads(out)["items"]] == ["DSC_1.JPG"]


def test_sessions_show_counts_the_items_as_sessions_list_does(tmp_path, capsys) -> None:
    cat, _ids = _catalogue(tmp_path, capsys)
    assert run(capsys, cat, "assign", "--apply")[0] == 0
    _code, out = run(capsys, cat, "sessions", "show", "dinner")
    assert "  items     3" in out.splitlines()
    _code, out = run(capsys, cat, "sessions", "show", "dinner", "--json")
    assert json.loads(out)["item_count"] == 3


def test_a_session_crossing_midnight_shows_the_date_it_ends(tmp_path, capsys) -> None:
    cat, _ids = _catalogue(tmp_path, capsys)
    _code, out = run(capsys, cat, "sessions")
    [row] = [line for line in out.splitlines() if "Conference dinner" in line]
    assert row.split()[1:5] == ["2022-06-01", "22:00", "2022-06-02", "01:00"]
    _code, out = run(capsys, cat, "sessions", "show", "dinner")
    assert "  when      2022-06-01 22:00 – 2022-06-02 01:00 (Europe/Brussels)" in out
    _code, out = run(capsys, cat, "sessions", "show", "EMN roundtable")
    assert "  when      2022-06-01 09:30-11:00 (Europe/Brussels)" in out
