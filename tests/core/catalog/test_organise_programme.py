"""Events, days, sessions and programme import (every format; re-import; all or nothing)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smparchive.core.catalog.schema import CatalogError
from smparchive.core.demo import programme as demo
from smparchive.core.organise.programme import import_programme

BXL = ZoneInfo("Europe/Brussels")

XML = """<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <conference>
    <acronym>smp22</acronym><title>SMP</title>
    <start>2022-06-01</start><end>2022-06-01</end>
    <time_zone_name>Europe/Brussels</time_zone_name>
  </conference>
  <day index="1" date="2022-06-01">
    <room name="Auditorium">
      <event guid="x-1" id="1">
        <date>2022-06-01T09:00:00+02:00</date><start>09:00</start><duration>00:30</duration>
        <room>Auditorium</room><title>Opening</title>
        <persons><person id="1">Amara Okonkwo-Reyes</person></persons>
      </event>
      <event guid="x-2" id="2">
        <date>2022-06-01T{start}:00+02:00</date><start>{start}</start><duration>01:00</duration>
        <room>Auditorium</room><title>{title}</title>
        <persons><person id="2">Lukas Brandtner</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
X-WR-CALNAME:SMP ics
BEGIN:VEVENT
UID:opening@smp
DTSTART;TZID=Europe/Brussels:20220601T090000
DTEND;TZID=Europe/Brussels:20220601T093000
SUMMARY:Welcome and opening
LOCATION:Auditorium
ATTENDEE;CN=Amara Okonkwo-Reyes:mailto:a@example.org
END:VEVENT
BEGIN:VEVENT
UID:eprs@smp
DTSTART:20220601T093000Z
DURATION:PT1H
SUMMARY:EPRS presentation
LOCATION:Auditorium
END:VEVENT
END:VCALENDAR
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_frab_json_imports_then_reimports_without_duplicates(catalog, tmp_path) -> None:
    path = _write(tmp_path, "schedule.json", demo.schedule_json())
    first = import_programme(catalog, path).value
    assert len(first.added) == 7 and first.unchanged == 0
    ev = catalog.event()
    assert ev.time_zone == "Europe/Brussels" and ev.acronym == "smp2022"
    assert [d.date.isoformat() for d in catalog.days()] == ["2022-06-01", "2022-06-02"]
    emn = catalog.find_session("EMN roundtable")
    assert emn.start == datetime(2022, 6, 1, 7, 30, tzinfo=UTC)  # 09:30 in Brussels (CEST)
    assert emn.room == "Roundtable Room" and "Hélène Marchetti" in emn.speakers
    closed = catalog.find_session("closed-door")
    assert closed.do_not_publish and closed.do_not_record

    again = import_programme(catalog, path).value
    assert again.added == () and again.updated == () and again.unchanged == 7
    assert len(catalog.sessions()) == 7
    people = {t.name for t in catalog.tags("person")}
    assert "Tomás Ferreira" in people and len(people) == len(demo.SPEAKERS)


def test_speakers_are_person_tags_linked_to_sessions(catalog, tmp_path) -> None:
    from sqlalchemy import select

    from smparchive.core.catalog.models import SessionTag, Tag

    import_programme(catalog, _write(tmp_path, "schedule.json", demo.schedule_json()))
    emn = catalog.find_session("EMN roundtable")
    with catalog._read() as s:
        names = set(
            s.scalars(
                select(Tag.name)
                .join(SessionTag, SessionTag.tag_id == Tag.id)
                .where(SessionTag.session_id == emn.id)
            )
        )
    assert names == set(emn.speakers)


def test_csv_reimport_updates_by_external_id_and_keeps_abstracts(catalog, tmp_path) -> None:
    import_programme(catalog, _write(tmp_path, "schedule.json", demo.schedule_json()))
    csv_text = demo.schedule_csv().replace(
        "Debate with the audience", "Open debate with the audience"
    )
    summary = import_programme(catalog, _write(tmp_path, "p.csv", csv_text)).value
    assert summary.added == ()
    assert summary.updated == ("Open debate with the audience (title)",)
    assert summary.unchanged == 6
    debate = catalog.find_session("Open debate")
    assert debate.abstract  # a CSV without abstracts does not wipe them


def test_frab_xml_update_and_removed_session_note(catalog, tmp_path) -> None:
    p = _write(tmp_path, "s.xml", XML.format(start="10:00", title="EPRS talk"))
    assert len(import_programme(catalog, p).value.added) == 2
    p2 = _write(tmp_path, "s2.xml", XML.format(start="11:00", title="EPRS talk, moved"))
    s = import_programme(catalog, p2).value
    assert s.updated == ("EPRS talk, moved (title, start, end)",)
    moved = catalog.find_session("moved")
    assert moved.start == datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    assert len(catalog.sessions()) == 2

    # A programme without x-2: the session stays, with a note.
    only_opening = XML.split('<event guid="x-2"')[0] + "</room></day></schedule>"
    s3 = import_programme(catalog, _write(tmp_path, "s3.xml", only_opening)).value
    assert len(s3.removed_from_programme) == 1
    # named at the venue's time, as the programme shows it (11:00 in Brussels, not 09:00 UTC)
    assert any("left alone: EPRS talk, moved (2022-06-01 11:00)" in n for n in s3.notes)
    assert len(catalog.sessions()) == 2


def test_ical_import_and_reimport(catalog, tmp_path) -> None:
    p = _write(tmp_path, "p.ics", ICS)
    first = import_programme(catalog, p, default_tz="Europe/Brussels").value
    assert first.format == "ical" and len(first.added) == 2
    again = import_programme(catalog, p, default_tz="Europe/Brussels").value
    assert again.unchanged == 2 and len(catalog.sessions()) == 2


def test_import_is_undoable_as_a_whole(catalog, tmp_path) -> None:
    result = import_programme(catalog, _write(tmp_path, "s.json", demo.schedule_json()))
    catalog.undo(result.undo)
    assert catalog.sessions() == [] and catalog.events() == [] and catalog.tags("person") == []


def test_malformed_programme_names_the_line_and_imports_nothing(catalog, tmp_path) -> None:
    bad = demo.schedule_csv().splitlines()
    bad[3] = bad[3].replace("11:30", "11h99")
    p = _write(tmp_path, "bad.csv", "\n".join(bad) + "\n")
    with pytest.raises(CatalogError, match="line 4"):
        import_programme(catalog, p, default_tz="Europe/Brussels")
    assert catalog.sessions() == [] and catalog.events() == []


def test_unknown_time_zone_is_refused(catalog, tmp_path) -> None:
    p = _write(tmp_path, "p.csv", demo.schedule_csv())
    with pytest.raises(CatalogError, match="Mars/Olympus"):
        import_programme(catalog, p, default_tz="Mars/Olympus")
    with pytest.raises(CatalogError, match="Unknown time zone"):
        catalog.create_event("X", time_zone="Mars/Olympus")


def test_overlap_in_one_room_is_refused_unless_allowed(catalog, tmp_path) -> None:
    lines = demo.schedule_csv().splitlines()
    # Move the EPRS talk (Auditorium 11:30) onto the opening (Auditorium 09:00-09:30).
    lines[3] = lines[3].replace(";11:30;12:30;", ";09:15;10:00;")
    p = _write(tmp_path, "clash.csv", "\n".join(lines) + "\n")
    with pytest.raises(CatalogError, match=r"overlap.*line 4"):
        import_programme(catalog, p, default_tz="Europe/Brussels")
    assert catalog.sessions() == []
    import_programme(catalog, p, default_tz="Europe/Brussels", allow_overlaps=True)
    assert len(catalog.sessions()) == 7


def test_event_day_session_crud_with_undo(catalog) -> None:
    eid = catalog.create_event("SMP", time_zone="Europe/Brussels", acronym="smp").value
    start = datetime(2022, 6, 1, 9, 0, tzinfo=BXL)
    sid = catalog.add_session(
        "Opening", start, datetime(2022, 6, 1, 9, 30, tzinfo=BXL), room="Auditorium",
        speakers=["Jane Doe"],
    ).value  # fmt: skip
    assert [d.date.isoformat() for d in catalog.days()] == ["2022-06-01"]
    with pytest.raises(CatalogError, match="already taken"):
        catalog.add_session(
            "Clash", datetime(2022, 6, 1, 9, 15, tzinfo=BXL),
            datetime(2022, 6, 1, 10, 0, tzinfo=BXL), room="auditorium",
        )  # fmt: skip
    r = catalog.update_session(sid, title="Welcome", speakers=["Jane Doe", "John Roe"])
    assert catalog.session(sid).title == "Welcome"
    assert {t.name for t in catalog.tags("person")} == {"Jane Doe", "John Roe"}
    catalog.undo(r.undo)
    assert catalog.session(sid).title == "Opening"
    d = catalog.delete_session(sid)
    assert catalog.sessions() == []
    catalog.undo(d.undo)
    assert catalog.session(sid).speakers == ("Jane Doe",)
    catalog.update_event(eid, venue="Brussels")
    assert catalog.event().venue == "Brussels"
    de = catalog.delete_event(eid)
    assert catalog.events() == [] and catalog.sessions() == []
    catalog.undo(de.undo)
    assert catalog.session(sid).title == "Opening"


def test_delete_session_unassigns_items_and_undo_restores(catalog, add_items) -> None:
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    sid = catalog.add_session(
        "Opening", datetime(2022, 6, 1, 9, tzinfo=BXL), datetime(2022, 6, 1, 10, tzinfo=BXL)
    ).value
    ids = add_items([{"session_id": sid, "assignment": "manual"}])
    r = catalog.delete_session(sid)
    assert catalog.item(ids[0]).session_id is None
    catalog.undo(r.undo)
    assert catalog.item(ids[0]).session_id == sid
    assert catalog.item(ids[0]).assignment == "manual"


FRENCH_XML = XML.replace(
    "<title>Opening</title>", "<title>Ouverture</title><language>fr</language>"
)


def test_the_programme_language_comes_with_the_import_and_is_kept(catalog, tmp_path) -> None:
    """The publication page marks programme texts by this language: the demo's frab
    sessions say English; a programme whose sessions mostly say French is French."""
    import_programme(catalog, _write(tmp_path, "schedule.json", demo.schedule_json()))
    assert catalog.event().language == "en"

    other = open_catalog_at(tmp_path / "fr.smpcat")
    try:
        xml = FRENCH_XML.format(start="09:30", title="Table ronde").replace(
            "<title>Table ronde</title>", "<title>Table ronde</title><language>FR</language>"
        )
        import_programme(other, _write(tmp_path, "fr.xml", xml))
        assert other.event().language == "fr"
    finally:
        other.close()


def test_a_programme_that_says_no_language_leaves_it_unsaid(catalog, tmp_path) -> None:
    """One session in French and one saying nothing: no majority, so nothing is claimed."""
    import_programme(
        catalog, _write(tmp_path, "p.xml", FRENCH_XML.format(start="09:30", title="x"))
    )
    assert catalog.event().language is None


def test_the_programme_language_is_set_checked_cleared_and_undone(catalog) -> None:
    eid = catalog.create_event("SMP", time_zone="Europe/Brussels").value
    assert catalog.event().language is None
    done = catalog.update_event(eid, language="pt-BR")
    assert catalog.event().language == "pt-BR"
    with pytest.raises(CatalogError, match="'français' is not a language code"):
        catalog.update_event(eid, language="français")
    assert catalog.event().language == "pt-BR"
    catalog.undo(done.undo)
    assert catalog.event().language is None
    catalog.update_event(eid, language="fr")
    catalog.update_event(eid, language="  ")  # cleared, as for every event field
    assert catalog.event().language is None


def open_catalog_at(path: Path):  # type: ignore[no-untyped-def]
    from smparchive.core.catalog.catalog import open_catalog

    return open_catalog(path, create=True)
