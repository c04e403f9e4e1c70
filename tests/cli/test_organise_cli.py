"""CLI: event, days, sessions (import), and ls by day and session name."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from smparchive.cli.main import main
from smparchive.core.demo import programme as demo


def run(capsys, cat: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_event_sessions_import_and_ls_filters(tmp_path, capsys) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    prog = tmp_path / "schedule.json"
    prog.write_text(demo.schedule_json(), encoding="utf-8")
    code, out = run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels")
    assert code == 0 and "Europe/Brussels" in out
    code, out = run(capsys, cat, "sessions", "import", str(prog))
    assert code == 0 and "7 sessions added" in out
    code, out = run(capsys, cat, "sessions", "import", str(prog), "--json")
    assert json.loads(out)["unchanged"] == 7
    code, out = run(capsys, cat, "sessions", "--json")
    assert len(json.loads(out)) == 7
    code, out = run(capsys, cat, "days")
    assert "2022-06-01" in out and "2022-06-02" in out

    c = open_catalog(cat)
    emn = c.find_session("EMN roundtable")
    insert_items(
        c,
        tmp_path / "photos",
        [
            {"capture_utc": datetime(2022, 6, 1, 7, 45, tzinfo=UTC), "session_id": emn.id,
             "day_id": emn.day_id},
            {"capture_utc": datetime(2022, 6, 2, 8, 0, tzinfo=UTC)},
        ],
    )  # fmt: skip
    c.close()
    code, out = run(capsys, cat, "ls", "--day", "2022-06-01", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out = run(capsys, cat, "ls", "--session", "EMN roundtable", "--json")
    assert [r["session_id"] for r in json.loads(out)] == [emn.id]
    code, out = run(capsys, cat, "ls", "--session", "No such talk")
    assert code == 2 and "No session matches" in out

    code, out = run(
        capsys, cat, "sessions", "add", "--title", "Evening reception",
        "--start", "2022-06-01 18:00", "--end", "19:30", "--room", "Foyer",
    )  # fmt: skip
    assert code == 0
    code, out = run(capsys, cat, "sessions", "show", "reception", "--json")
    data = json.loads(out)
    assert data["start"] == "2022-06-01T16:00:00+00:00" and data["room"] == "Foyer"
    code, out = run(capsys, cat, "sessions", "edit", "reception", "--room", "Auditorium")
    assert code == 0
    code, out = run(capsys, cat, "sessions", "delete", "reception")
    assert code == 0 and "deleted" in out


def test_bad_programme_is_reported_with_its_line(tmp_path, capsys) -> None:
    cat = tmp_path / "c.smpcat"
    bad = tmp_path / "bad.csv"
    lines = demo.schedule_csv().splitlines()
    lines[2] = lines[2].replace("09:30", "25:99")
    bad.write_text("\n".join(lines), encoding="utf-8")
    code, out = run(capsys, cat, "sessions", "import", str(bad), "--tz", "Europe/Brussels")
    assert code == 2 and "line 3" in out


def test_search_collection_assign_and_clock_from_the_cli(tmp_path, capsys) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    prog = tmp_path / "schedule.json"
    prog.write_text(demo.schedule_json(), encoding="utf-8")
    assert run(capsys, cat, "sessions", "import", str(prog))[0] == 0
    c = open_catalog(cat)
    cam_b = {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "B"}
    ids = insert_items(
        c,
        tmp_path / "photos",
        [
            {"name": "reunion.jpg", "rating": 5, "capture_local": datetime(2022, 6, 1, 8, 40),
             "capture_utc": datetime(2022, 6, 1, 6, 40, tzinfo=UTC), **cam_b},
            {"name": "other.jpg", "rating": 2, "capture_local": datetime(2022, 6, 1, 10, 40),
             "capture_utc": datetime(2022, 6, 1, 8, 40, tzinfo=UTC), **cam_b},
            {"name": "scan.pdf", "kind": "document", "mime": "application/pdf"},
        ],
    )  # fmt: skip
    c.close()
    # every facet adds up to the total: items with no camera are counted as "none"
    code, out = run(capsys, cat, "search", "rating>=0", "--json", "--facets")
    facets = json.loads(out)["facets"]
    assert facets["camera"] == {"Canon EOS R6": 2, "none": 1} and facets["total"] == 3

    code, out = run(capsys, cat, "search", "réunion rating>=4", "--json", "--facets")
    data = json.loads(out)
    assert code == 0 and [r["id"] for r in data["items"]] == [ids[0]]
    assert data["total"] == 1 and data["facets"]["kind"] == {"photo": 1}
    code, out = run(capsys, cat, "search", "kind:photograph")
    assert code == 2 and "kind:photograph" in out

    code, out = run(capsys, cat, "clock", "--json")
    assert json.loads(out)[0]["key"] == "Canon|EOS R6|B"
    # The table names each camera as the app does, beside the key --camera matches.
    code, out = run(capsys, cat, "clock")
    canon = next(line for line in out.splitlines() if "Canon|EOS R6|B" in line)
    assert canon.startswith("Canon EOS R6 (B) ") and "unknown camera" in out
    code, out = run(capsys, cat, "clock", "--pin", str(ids[0]), "2022-06-01 09:40", "--dry-run",
                    "--json")  # fmt: skip
    assert json.loads(out)["offset_s"] == 3600
    # the preview's rows as records (made as each is read), named as they always were
    row = json.loads(out)["rows"][0]
    assert list(row) == [
        "item_id", "name", "old_utc", "new_utc", "old_session_id", "new_session_id",
        "reason", "picture_key", "old_shift_s", "new_shift_s", "camera_clock",
    ]  # fmt: skip
    # the item by its file, as every other command takes it; a wrong one said in a sentence
    photo = str(tmp_path / "photos" / "reunion.jpg")
    code, out = run(capsys, cat, "clock", "--pin", photo, "2022-06-01 09:40", "--dry-run",
                    "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["offset_s"] == 3600
    for wrong, said in ((str(tmp_path / "nothing.jpg"), "Not catalogued"), ("999", "No item")):
        code, out = run(capsys, cat, "clock", "--pin", wrong, "2022-06-01 09:40")
        assert code == 2 and said in out and "Traceback" not in out, out
    code, out = run(capsys, cat, "clock", "canon", "--set", "+1h")
    assert code == 0 and "2 items moved" in out
    # the preview marks each time's correction, as `ls` does (its old times read bare)
    code, out = run(capsys, cat, "clock", "canon", "--set", "+2h", "--dry-run")
    line = next(x for x in out.splitlines() if "reunion.jpg" in x)
    assert "09:40:00 CEST, corrected by +1 h" in line and "10:40:00 CEST, corrected by +2 h" in line
    code, out = run(capsys, cat, "assign", "--json")
    proposals = {p["item_id"]: p for p in json.loads(out)}
    assert proposals[ids[0]]["reason"] == "inside"
    # the explanation, written when read, prints as the text it always was
    assert list(proposals[ids[0]])[:4] == ["item_id", "session_id", "reason", "detail"]
    assert proposals[ids[0]]["detail"] == (
        "captured 2022-06-01 09:40:00 CEST, inside 'EMN roundtable: policy debate on Skills "
        "Mobility Partnerships' 09:30-11:00"
    )
    code, out = run(capsys, cat, "assign", "--apply")
    assert code == 0
    code, out = run(capsys, cat, "ls", "--query", 'session:"EMN roundtable"', "--json")
    assert [r["id"] for r in json.loads(out)] == [ids[0]]

    assert run(capsys, cat, "collection", "create", "Picks", str(ids[1]))[0] == 0
    assert run(capsys, cat, "collection", "add", "Picks", str(ids[0]), "--at", "0")[0] == 0
    code, out = run(capsys, cat, "collection", "show", "picks", "--json")
    assert [r["id"] for r in json.loads(out)["items"]] == [ids[0], ids[1]]
    assert run(capsys, cat, "collection", "move", "Picks", str(ids[0]), "--to", "1")[0] == 0
    assert run(capsys, cat, "collection", "create", "Best", "--query", "rating>=4")[0] == 0
    code, out = run(capsys, cat, "collection", "list", "--json")
    assert {c["name"]: c["item_count"] for c in json.loads(out)} == {"Best": 1, "Picks": 2}
    code, out = run(capsys, cat, "search", 'in:"Picks"', "--ids")
    assert out.split() == [str(ids[0]), str(ids[1])]


OTHER_CONFERENCE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Conference//EN
X-WR-CALNAME:Digital Heritage Days
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
UID:dhd-1@example.org
DTSTART;TZID=Europe/Amsterdam:20230912T090000
SUMMARY:Keynote
ATTENDEE;CN=TBA:mailto:x@example.org
END:VEVENT
BEGIN:VEVENT
UID:dhd-1@example.org
DTSTART;TZID=Europe/Amsterdam:20230912T140000
DTEND;TZID=Europe/Amsterdam:20230912T150000
SUMMARY:Workshop
END:VEVENT
END:VCALENDAR
"""


def test_another_conference_is_never_merged_silently(tmp_path, capsys) -> None:
    cat = tmp_path / "c.smpcat"
    smp = tmp_path / "schedule.json"
    smp.write_text(demo.schedule_json(), encoding="utf-8")
    other = tmp_path / "dhd.ics"
    other.write_text(OTHER_CONFERENCE, encoding="utf-8")
    assert run(capsys, cat, "sessions", "import", str(smp))[0] == 0

    code, out = run(capsys, cat, "sessions", "import", str(other))
    assert code == 2
    assert "looks like another conference" in out and "--new-event" in out and "--event" in out
    code, out = run(capsys, cat, "sessions", "--json")
    assert len(json.loads(out)) == 7  # nothing was imported

    # Lenient: no DTEND and a repeated UID are accepted, and the warnings are listed.
    code, out = run(capsys, cat, "sessions", "import", str(other), "--new-event")
    assert code == 0 and "2 sessions added" in out
    assert "Warning:" in out and "no DTEND or DURATION" in out and "both sessions were kept" in out
    from smparchive.core.catalog.catalog import open_catalog

    c = open_catalog(cat)
    events = {e.title for e in c.events()}
    c.close()
    assert {"Digital Heritage Days"} < events
    code, out = run(capsys, cat, "tag", "--list", "--tag-kind", "person", "--json")
    assert "TBA" not in {t["name"] for t in json.loads(out)}

    # Merging on purpose, by the event's title.
    title = next(e for e in events if e != "Digital Heritage Days")
    code, out = run(capsys, cat, "sessions", "import", str(other), "--event", title)
    assert code == 0 and "2 sessions added" in out


def test_event_language_is_set_shown_and_refused_when_not_a_code(tmp_path, capsys) -> None:
    cat = tmp_path / "c.smpcat"
    assert run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels")[0] == 0
    code, out = run(capsys, cat, "event", "--language", "fr")
    assert code == 0 and "language      fr" in out
    code, out = run(capsys, cat, "event", "--language", "French please")
    assert code != 0 and "'French please' is not a language code" in out
    code, out = run(capsys, cat, "event", "--json")
    assert json.loads(out)["language"] == "fr"
    code, out = run(capsys, cat, "event", "--language", "")
    assert code == 0 and "language" not in out


def test_a_session_s_and_the_event_s_texts_in_another_language(tmp_path, capsys) -> None:
    """'sessions edit ID --title-lang fr …' sets the French title, '' clears it; 'event
    --title-lang/--venue-lang' likewise; the programme's own language is refused."""
    cat = tmp_path / "c.smpcat"
    run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels", "--language", "en")
    run(capsys, cat, "sessions", "add", "--title", "EMN roundtable", "--start",
        "2022-06-01 09:30", "--end", "11:00")  # fmt: skip
    code, _ = run(capsys, cat, "sessions", "edit", "1", "--title-lang", "fr", "Table ronde du REM")
    assert code == 0
    code, out = run(capsys, cat, "sessions", "show", "table ronde")  # found by either title
    assert code == 0 and "title fr  Table ronde du REM" in out
    code, out = run(capsys, cat, "sessions", "edit", "1", "--title-lang", "en", "Other")
    assert code != 0 and "'en' is the programme's own language" in out
    run(capsys, cat, "sessions", "edit", "1", "--title-lang", "fr", "")
    assert "title fr" not in run(capsys, cat, "sessions", "show", "1")[1]
    code, out = run(capsys, cat, "event", "--venue-lang", "fr", "Bruxelles", "--title-lang",
                    "nl", "SMP (nl)")  # fmt: skip
    assert code == 0 and "venue fr      Bruxelles" in out and "title nl      SMP (nl)" in out
    assert json.loads(run(capsys, cat, "event", "--json")[1])["texts"] == [
        ["title", "nl", "SMP (nl)"], ["venue", "fr", "Bruxelles"],
    ]  # fmt: skip
    code, out = run(capsys, cat, "log")
    assert "Change session title (fr)" in out and "Change event venue (fr)" in out


def test_a_session_s_room_and_description_in_another_language(tmp_path, capsys) -> None:
    """'sessions edit ID --room-lang fr …' (and --description-lang) sets the French room in
    one undoable step, '' clears it; 'undo' puts it back."""
    cat = tmp_path / "c.smpcat"
    run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels", "--language", "en")
    run(capsys, cat, "sessions", "add", "--title", "EMN roundtable", "--start",
        "2022-06-01 09:30", "--end", "11:00", "--room", "Roundtable Room")  # fmt: skip
    code, _ = run(capsys, cat, "sessions", "edit", "1", "--room-lang", "fr",
                  "Salle de la table ronde", "--description-lang", "fr", "Deux panels")  # fmt: skip
    assert code == 0
    out = run(capsys, cat, "sessions", "show", "1")[1]
    assert "room fr   Salle de la table ronde" in out and "description fr Deux panels" in out
    assert "room      Roundtable Room" in out  # the programme's own, kept
    run(capsys, cat, "sessions", "edit", "1", "--room-lang", "fr", "")
    out = run(capsys, cat, "sessions", "show", "1")[1]
    assert "room fr" not in out and "description fr Deux panels" in out
    assert run(capsys, cat, "undo")[0] == 0
    assert "room fr   Salle de la table ronde" in run(capsys, cat, "sessions", "show", "1")[1]
    code, out = run(capsys, cat, "event", "--organisation-lang", "fr", "REM")
    assert code == 0 and "organisation fr REM" in out


def test_days_rename_keeps_a_day_s_name_in_french_and_lists_it(tmp_path, capsys) -> None:
    """'days rename DAY --label-lang fr TEXT' keeps the French name beside the own one;
    'days list --lang fr' names each day in French, the generic 'Day 2' as 'Jour 2'."""
    cat = tmp_path / "c.smpcat"
    run(capsys, cat, "event", "--title", "SMP", "--tz", "Europe/Brussels", "--language", "en")
    run(capsys, cat, "days", "add", "2022-06-01", "--label", "Day 1 – Welcome")
    run(capsys, cat, "days", "add", "2022-06-02", "--label", "Day 2")
    code, out = run(capsys, cat, "days", "rename", "2022-06-01", "--label-lang", "fr", "Accueil")
    assert code == 0, out
    code, out = run(capsys, cat, "days", "list", "--lang", "fr")
    assert "Accueil" in out and "Jour 2" in out and "Day 1 – Welcome" not in out, out
    code, out = run(capsys, cat, "days")
    assert "Day 1 – Welcome" in out and "fr: Accueil" in out, out
    code, out = run(capsys, cat, "days", "rename", "2022-06-01", "--label-lang", "en", "x")
    assert code != 0 and "programme's own language" in out, out


def test_a_re_import_renaming_a_day_says_so_and_search_finds_it_by_a_word(tmp_path, capsys) -> None:
    """`sessions import` lists the day it renamed; `search day:welcome` finds its items."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    sheet = tmp_path / "programme.csv"
    header = "date;start;end;title;day name (en);day name (fr)\n"
    sheet.write_text(header + "2022-06-01;09:00;10:00;Opening;Day one;Jour un\n", "utf-8")
    tz = ("--tz", "Europe/Brussels")
    assert run(capsys, cat, "sessions", "import", str(sheet), *tz)[0] == 0
    c = open_catalog(cat)
    (item,) = insert_items(c, tmp_path / "photos", [{"day_id": c.days()[0].id}])
    c.close()
    sheet.write_text(header + "2022-06-01;09:00;10:00;Opening;Welcome day;Accueil\n", "utf-8")
    code, out = run(capsys, cat, "sessions", "import", str(sheet), *tz)
    assert code == 0
    assert "Days renamed:\n  2022-06-01: “Day one” → “Welcome day”\n" in out
    assert "\n  2022-06-01 (fr): “Jour un” → “Accueil”" in out
    assert "(en)" not in out  # the English name is the day's own, said once
    for query in ("day:welcome", 'jour:"accueil"'):
        code, out = run(capsys, cat, "search", query, "--json")
        assert code == 0 and [r["id"] for r in json.loads(out)["items"]] == [item], query


def test_a_second_events_sessions_read_in_its_own_zone(tmp_path, capsys) -> None:
    """A follow-up in New York beside the Brussels conference: its 09:30 round table was
    listed, shown and edited in Brussels time ('15:30', '(Europe/Brussels)'); now in New
    York's, as its programme says, and "be precise" names each in its own zone."""
    from smparchive.core.catalog.catalog import open_catalog

    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    cat.create_event("SMP 2022", time_zone="Europe/Brussels")
    ny = int(cat.create_event("SMP follow-up", time_zone="America/New_York").value)
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)  # 09:30 in Brussels
    cat.add_session("Round table", start, start.replace(hour=9))
    start = datetime(2022, 6, 8, 13, 30, tzinfo=UTC)  # 09:30 in New York
    there = cat.add_session("Round table NY", start, start.replace(hour=15), event_id=ny).value
    cat.close()
    out = run(capsys, path, "sessions", "show", str(there))[1]
    assert "when      2022-06-08 09:30-11:30 (America/New_York)" in out, out
    rows = [r.split() for r in run(capsys, path, "sessions", "list")[1].splitlines()]
    assert [str(there), "2022-06-08", "09:30", "11:30"] in [r[:4] for r in rows], rows
    code, out = run(capsys, path, "sessions", "edit", str(there), "--start", "2022-06-08 10:00")
    assert code == 0, out
    out = run(capsys, path, "sessions", "show", str(there))[1]
    assert "when      2022-06-08 10:00-11:30 (America/New_York)" in out, out
    code, out = run(capsys, path, "sessions", "show", "table")
    assert code != 0 and "2022-06-08 10:00 EDT" in out and "2022-06-01 09:30 CEST" in out, out


def test_sessions_add_to_a_second_event_reads_its_zone(tmp_path, capsys) -> None:
    """'sessions add --event "SMP follow-up" --start "2022-06-08 09:30"' adds the session
    to the New York event at 09:30 there (there was no --event: it went to the first
    event, its times read in Brussels time, 03:30 in New York)."""
    from smparchive.core.catalog.catalog import open_catalog

    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    cat.create_event("SMP 2022", time_zone="Europe/Brussels")
    ny = int(cat.create_event("SMP follow-up", time_zone="America/New_York").value)
    cat.close()
    when = ("--start", "2022-06-08 09:30", "--end", "11:00")
    code, out = run(capsys, path, "sessions", "add", "--title", "Round table NY", *when,
                    "--event", "SMP follow-up")  # fmt: skip
    assert code == 0, out
    cat = open_catalog(path)
    (s,) = cat.sessions(counts=False)
    cat.close()
    assert s.event_id == ny
    assert s.start == datetime(2022, 6, 8, 13, 30, tzinfo=UTC)  # 09:30 EDT
    out = run(capsys, path, "sessions", "show", str(s.id))[1]
    assert "when      2022-06-08 09:30-11:00 (America/New_York)" in out, out
    code, out = run(capsys, path, "sessions", "add", "--title", "x", *when, "--event", "Nope")
    assert code != 0 and "No event called 'Nope'" in out, out
