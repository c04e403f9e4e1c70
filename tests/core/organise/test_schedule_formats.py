"""Tests for programme parsing: frab JSON/XML, iCalendar and CSV."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smparchive.core.organise.schedule_formats import (
    ParsedSchedule,
    ScheduleError,
    detect_format,
    parse_schedule,
    parse_schedule_bytes,
)

BRUSSELS = "Europe/Brussels"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- frab JSON ------------------------------------------------------------------------------


def frab_event(**fields: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "guid": "11111111-0000-0000-0000-000000000001",
        "id": 101,
        "date": "2022-06-01T09:30:00+02:00",
        "start": "09:30",
        "duration": "01:30",
        "room": "Roundtable Room",
        "title": "EMN roundtable",
        "track": "Policy",
        "abstract": "Policy debate.",
        "persons": [{"public_name": "Hélène Marchetti"}, {"name": "Sophie Vandenberghe"}],
        "do_not_record": False,
    }
    event.update(fields)
    return event


def frab_json(
    events: list[dict[str, Any]], day: str = "2022-06-01", tz: str | None = BRUSSELS
) -> bytes:
    conference: dict[str, Any] = {
        "acronym": "smp22",
        "title": "Skills Mobility Partnerships",
        "start": day,
        "end": day,
        "days": [{"index": 1, "date": day, "rooms": {"Roundtable Room": events}}],
    }
    if tz is not None:
        conference["time_zone_name"] = tz
    return json.dumps({"schedule": {"version": "1.0", "conference": conference}}).encode()


def test_frab_json_reads_sessions_with_speakers_flags_and_zone() -> None:
    data = frab_json(
        [
            frab_event(),
            frab_event(
                guid="g-closing",
                id=102,
                date="2022-06-01T14:00:00+02:00",
                start="14:00",
                duration="1:30:00",
                title="Working group",
                persons=[],
                do_not_record=True,
                do_not_publish=True,
                abstract="",
                description="Closed door.",
            ),
        ]
    )
    schedule = parse_schedule_bytes(data)
    assert schedule.format == "frab-json"
    assert schedule.conference.title == "Skills Mobility Partnerships"
    assert schedule.conference.acronym == "smp22"
    assert schedule.conference.time_zone == BRUSSELS
    assert [d.date for d in schedule.days] == [date(2022, 6, 1)]
    first, second = schedule.sessions
    assert first.external_id == "11111111-0000-0000-0000-000000000001"
    assert first.start_utc == utc(2022, 6, 1, 7, 30)
    assert first.end_utc == utc(2022, 6, 1, 9, 0)
    assert first.start.utcoffset() == timedelta(hours=2)
    assert first.speakers == ("Hélène Marchetti", "Sophie Vandenberghe")
    assert first.room == "Roundtable Room" and first.track == "Policy"
    assert (first.do_not_record, first.do_not_publish) == (False, False)
    assert second.end_utc - second.start_utc == timedelta(minutes=90)
    assert (second.do_not_record, second.do_not_publish) == (True, True)
    assert second.abstract == "Closed door."
    assert schedule.warnings == ()


def test_frab_json_without_iso_date_uses_day_and_start_with_default_zone() -> None:
    data = frab_json([frab_event(date="", start="9:30")], tz=None)
    schedule = parse_schedule_bytes(data, default_tz=BRUSSELS)
    assert schedule.sessions[0].start_utc == utc(2022, 6, 1, 7, 30)
    with pytest.raises(ScheduleError, match="no time zone"):
        parse_schedule_bytes(data)


def test_frab_json_errors_name_the_json_path() -> None:
    data = frab_json([frab_event(), frab_event(guid="g2", duration="90 minutes")])
    with pytest.raises(ScheduleError) as info:
        parse_schedule_bytes(data)
    message = str(info.value)
    assert 'days[0].rooms["Roundtable Room"][1].duration' in message
    assert "90 minutes" in message


def test_frab_json_missing_title_and_syntax_error_are_located() -> None:
    with pytest.raises(ScheduleError, match=r"\[0\]\.title: missing"):
        parse_schedule_bytes(frab_json([frab_event(title=" ")]))
    with pytest.raises(ScheduleError, match="line 2, column"):
        parse_schedule_bytes(b'{"schedule":\n {"conference": [}}')
    with pytest.raises(ScheduleError, match="not valid JSON"):
        parse_schedule_bytes(b'{"schedule":\n {"conference": [}}')
    with pytest.raises(ScheduleError, match="whose days list no rooms"):
        parse_schedule_bytes(b'{"schedule": {}}')


def test_unknown_time_zone_is_an_error() -> None:
    with pytest.raises(ScheduleError, match="unknown time zone 'Europe/Bruxelles'"):
        parse_schedule_bytes(frab_json([frab_event()], tz="Europe/Bruxelles"))
    with pytest.raises(ScheduleError, match="unknown time zone"):
        parse_schedule_bytes(frab_json([frab_event()], tz="../../etc/passwd"))


def test_duplicate_ids_are_kept_apart_and_overlaps_a_warning() -> None:
    twice = parse_schedule_bytes(
        frab_json([frab_event(), frab_event(title="Other", date="2022-06-01T14:00:00+02:00")])
    )
    ids = [s.external_id for s in twice.sessions]
    assert ids == ["11111111-0000-0000-0000-000000000001", "11111111-0000-0000-0000-000000000001#2"]
    assert any("is also used at" in w and "both sessions were kept" in w for w in twice.warnings)
    overlapping = frab_event(
        guid="g2", date="2022-06-01T10:30:00+02:00", start="10:30", title="Late start"
    )
    elsewhere = frab_event(guid="g3", room="Auditorium", title="Parallel track")
    back_to_back = frab_event(
        guid="g4", date="2022-06-01T11:00:00+02:00", start="11:00", title="Next one"
    )
    schedule = parse_schedule_bytes(frab_json([frab_event(), overlapping, elsewhere, back_to_back]))
    assert schedule.overlaps == (
        ("11111111-0000-0000-0000-000000000001", "g2"),
        ("g2", "g4"),  # g2 runs 10:30-12:00, so it overlaps the 11:00 session too
    )
    assert len(schedule.warnings) == 2
    assert (
        " overlaps " in schedule.warnings[0]
        and " in room 'Roundtable Room'" in (schedule.warnings[0])
    )


def test_frab_start_disagreeing_with_date_warns() -> None:
    schedule = parse_schedule_bytes(frab_json([frab_event(start="08:30")]))
    assert schedule.sessions[0].start_utc == utc(2022, 6, 1, 7, 30)
    assert any("differs from date" in w for w in schedule.warnings)


def test_empty_programme_is_an_error() -> None:
    with pytest.raises(ScheduleError, match="no sessions"):
        parse_schedule_bytes(frab_json([]))


# --- DST ------------------------------------------------------------------------------------


def test_dst_spring_forward_duration_is_elapsed_time() -> None:
    # 27 March 2022: Brussels jumps from 02:00 CET to 03:00 CEST.
    event = frab_event(date="", start="01:30", duration="02:00", title="Night session")
    schedule = parse_schedule_bytes(frab_json([event], day="2022-03-27"))
    session = schedule.sessions[0]
    assert session.start_utc == utc(2022, 3, 27, 0, 30)
    assert session.end_utc == utc(2022, 3, 27, 2, 30)
    assert session.end.strftime("%H:%M %z") == "04:30 +0200"


def test_dst_nonexistent_wall_time_is_refused() -> None:
    event = frab_event(date="", start="02:30", duration="00:30")
    with pytest.raises(ScheduleError, match="does not exist in Europe/Brussels"):
        parse_schedule_bytes(frab_json([event], day="2022-03-27"))


def test_dst_fall_back_csv_end_and_duration_agree() -> None:
    # 30 October 2022: 03:00 CEST becomes 02:00 CET, the hour 02:00-03:00 happens twice.
    csv_data = (
        b"date;room;start;duration;title\n"
        b"2022-10-30;Hall;01:30;02:00;Night owls\n"
        b"2022-10-30;Annex;09:00;01:00;Morning\n"
    )
    schedule = parse_schedule_bytes(csv_data, default_tz=BRUSSELS)
    night = next(s for s in schedule.sessions if s.title == "Night owls")
    assert night.start_utc == utc(2022, 10, 29, 23, 30)
    assert night.end_utc == utc(2022, 10, 30, 1, 30)  # 02:30 CET, the second 02:30
    assert night.end.strftime("%H:%M %z") == "02:30 +0100"
    morning = next(s for s in schedule.sessions if s.title == "Morning")
    assert morning.start_utc == utc(2022, 10, 30, 8, 0)  # CET now: UTC+1


def test_dst_fall_back_wall_end_after_repeated_hour() -> None:
    csv_data = b"date,start,end,title,room\n2022-10-30,01:00,04:00,Long night,Hall\n"
    session = parse_schedule_bytes(csv_data, default_tz=BRUSSELS).sessions[0]
    assert session.end_utc - session.start_utc == timedelta(hours=4)


# --- frab XML -------------------------------------------------------------------------------

FRAB_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>1.0</version>
  <conference>
    <acronym>smp22</acronym>
    <title>Skills Mobility Partnerships</title>
    <start>2022-06-01</start>
    <end>2022-06-02</end>
    <venue>Brussels</venue>
    <time_zone_name>Europe/Brussels</time_zone_name>
  </conference>
  <day index="1" date="2022-06-01" start="2022-06-01T06:00:00+02:00"
       end="2022-06-02T03:00:00+02:00">
    <room name="Auditorium">
      <event guid="e-1" id="1">
        <date>2022-06-01T11:30:00+02:00</date>
        <start>11:30</start>
        <duration>01:00</duration>
        <room>Auditorium</room>
        <title>EPRS presentation</title>
        <track>Research</track>
        <abstract>EU économic migration policy.</abstract>
        <persons><person id="7">Lukas Brandtner</person></persons>
        <recording><license/><optout>false</optout></recording>
      </event>
      <event guid="e-2" id="2">
        <start>00:30</start>
        <duration>00:45</duration>
        <room>Auditorium</room>
        <title>Late networking</title>
        <persons/>
        <recording><optout>true</optout></recording>
      </event>
    </room>
  </day>
  <day index="2" date="2022-06-02">
    <room name="Auditorium">
      <event guid="e-3" id="3">
        <date>2022-06-02T09:30:00+02:00</date>
        <start>09:30</start>
        <duration>{duration}</duration>
        <room>Auditorium</room>
        <title>National implementation in Belgium</title>
        <persons><person>Sophie Vandenberghe</person><person>Pieter De Smedt</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""


def test_frab_xml_reads_sessions_and_after_midnight_events() -> None:
    schedule = parse_schedule_bytes(FRAB_XML.replace("{duration}", "01:30").encode())
    assert schedule.format == "frab-xml"
    assert schedule.conference.venue == "Brussels"
    assert schedule.conference.end == date(2022, 6, 2)
    by_id = {s.external_id: s for s in schedule.sessions}
    eprs = by_id["e-1"]
    assert eprs.start_utc == utc(2022, 6, 1, 9, 30)
    assert eprs.speakers == ("Lukas Brandtner",)
    assert eprs.abstract == "EU économic migration policy."
    assert not eprs.do_not_record
    late = by_id["e-2"]  # 00:30 is before the day's 06:00 start: it is the next night
    assert late.date == date(2022, 6, 1)
    assert late.start_utc == utc(2022, 6, 1, 22, 30)
    assert late.do_not_record
    assert by_id["e-3"].speakers == ("Sophie Vandenberghe", "Pieter De Smedt")
    assert [d.label for d in schedule.days] == ["Day 1", "Day 2"]


def test_frab_xml_error_names_element_and_line() -> None:
    data = FRAB_XML.replace("{duration}", "ninety").encode()
    with pytest.raises(ScheduleError) as info:
        parse_schedule_bytes(data)
    message = str(info.value)
    assert '<duration> in <event guid="e-3" id="3"> at line 38' in message
    assert "ninety" in message


def test_frab_xml_malformed_is_located() -> None:
    data = FRAB_XML.replace("{duration}", "01:30").replace("</title>\n        <track>", "<track>")
    with pytest.raises(
        ScheduleError, match=r"line \d+, column \d+: a closing tag does not match its opening tag"
    ):
        parse_schedule_bytes(data.encode())


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b'{"schedule": {"version": "1"\n "conference": {}}}', "a comma is missing"),
        (b'{"schedule": {"version": "1", }}', "a name is not in double quotes"),
        (b'{"schedule": {"version": "1}}', "a text is not closed with a double quote"),
        (b'{"schedule": {}}\n}', "something follows the end of the data"),
        (b"<schedule><conference></schedule>", "a closing tag does not match"),
        (b"<schedule><title>R&D</title></schedule>", "a character is not allowed there"),
    ],
)
def test_a_syntax_error_is_said_plainly_with_its_place(data: bytes, said: str) -> None:
    """The JSON and XML parsers' own English ("Expecting ',' delimiter", "not well-formed
    (invalid token)") reached the programme dialog in every language."""
    with pytest.raises(ScheduleError) as info:
        parse_schedule_bytes(data)
    message = str(info.value)
    assert said in message and re.search(r"line \d+, column \d+", message)
    assert not re.search(r"Expecting|delimiter|well-formed|mismatched|Unterminated", message)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<schedule><conference><title>&c;</title></conference></schedule>
"""


def test_frab_xml_entity_bomb_and_external_entities_are_refused() -> None:
    with pytest.raises(ScheduleError, match="line 2: XML with DOCTYPE"):
        parse_schedule_bytes(BOMB)
    external = b'<?xml version="1.0"?>\n<!DOCTYPE s SYSTEM "file:///etc/passwd"><schedule/>'
    with pytest.raises(ScheduleError, match="DOCTYPE"):
        parse_schedule_bytes(external)


def test_frab_xml_wrong_root_is_refused() -> None:
    with pytest.raises(ScheduleError, match="root element must be <schedule>"):
        parse_schedule_bytes(b"<html><body/></html>")


# --- iCalendar ------------------------------------------------------------------------------

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
X-WR-CALNAME:SMP 2022
BEGIN:VEVENT
UID:opening@smp
DTSTART;TZID=Europe/Brussels:20220601T090000
DTEND;TZID=Europe/Brussels:20220601T093000
SUMMARY:Welcome and opening
LOCATION:Auditorium
CATEGORIES:Plenary,Policy
ATTENDEE;CN=Amara Okonkwo-Reyes:mailto:a@example.org
ATTENDEE;CN="Marchetti, Hélène":mailto:h@example.org
END:VEVENT
BEGIN:VEVENT
UID:eprs@smp
DTSTART:20220601T093000Z
DURATION:PT1H
SUMMARY:EPRS presentation
DESCRIPTION:On EU migration policy.\\nSpeakers: Lukas Brandtner; Nadia El Amrani
X-DO-NOT-RECORD:TRUE
END:VEVENT
BEGIN:VEVENT
DTSTART:20220602T093000
DTEND:20220602T110000
SUMMARY:Floating session
LOCATION:Auditorium
CLASS:CONFIDENTIAL
END:VEVENT
BEGIN:VEVENT
UID:allday@smp
DTSTART;VALUE=DATE:20220601
SUMMARY:Exhibition
END:VEVENT
END:VCALENDAR
"""


def test_ical_reads_zones_speakers_categories_and_flags() -> None:
    schedule = parse_schedule_bytes(ICS.encode(), default_tz=BRUSSELS)
    assert schedule.format == "ical"
    assert schedule.conference.title == "SMP 2022"
    by_title = {s.title: s for s in schedule.sessions}
    opening = by_title["Welcome and opening"]
    assert opening.external_id == "opening@smp"
    assert opening.start_utc == utc(2022, 6, 1, 7, 0)
    assert opening.room == "Auditorium" and opening.track == "Plenary"
    assert opening.speakers == ("Amara Okonkwo-Reyes", "Marchetti, Hélène")
    eprs = by_title["EPRS presentation"]
    assert eprs.end_utc == utc(2022, 6, 1, 10, 30)
    assert eprs.start.utcoffset() == timedelta(hours=2)  # shown in the conference zone
    assert eprs.speakers == ("Lukas Brandtner", "Nadia El Amrani")
    assert eprs.abstract == "On EU migration policy."
    assert eprs.do_not_record
    floating = by_title["Floating session"]
    assert floating.start_utc == utc(2022, 6, 2, 7, 30)
    assert floating.do_not_publish
    assert floating.external_id.startswith("ics:")
    assert "Exhibition" not in by_title
    assert any("all-day" in w for w in schedule.warnings)


def test_ical_properties_it_cannot_read_are_named_without_the_library_words() -> None:
    """A bad GEO or LAST-MODIFIED was reported in icalendar's own English: "GEO ignored
    (could not convert string to float: 'abc')"."""
    bad = ICS.replace(
        "SUMMARY:Welcome and opening\n",
        "SUMMARY:Welcome and opening\nGEO:abc;def\nLAST-MODIFIED:2022-13-99\n",
    )
    schedule = parse_schedule_bytes(bad.encode(), default_tz="Europe/Brussels")
    where = "VEVENT at line 5 (UID opening@smp)"
    assert f"{where}: GEO ignored: its value cannot be read" in schedule.warnings
    assert f"{where}: LAST-MODIFIED ignored: its value cannot be read" in schedule.warnings
    assert not any("float" in w or "format" in w for w in schedule.warnings)
    assert len(schedule.sessions) == 3  # the event itself is kept


def test_ical_floating_times_need_a_zone() -> None:
    with pytest.raises(ScheduleError, match="VEVENT at line 23: DTSTART is a floating time"):
        parse_schedule_bytes(ICS.encode())


def test_ical_start_without_end_gets_a_default_length_and_end_before_start_errs() -> None:
    # RFC 5545 allows a VEVENT with DTSTART and neither DTEND nor DURATION.
    no_end = ICS.replace("DTEND;TZID=Europe/Brussels:20220601T093000\n", "")
    schedule = parse_schedule_bytes(no_end.encode(), default_tz=BRUSSELS)
    opening = next(s for s in schedule.sessions if s.external_id == "opening@smp")
    assert opening.end_utc - opening.start_utc == timedelta(minutes=30)
    assert any(
        "line 5 (UID opening@smp)" in w and "no DTEND or DURATION" in w and "30 minutes" in w
        for w in schedule.warnings
    )
    backwards = ICS.replace("20220601T093000\n", "20220601T083000\n")
    with pytest.raises(ScheduleError, match=r"ends .* before it starts"):
        parse_schedule_bytes(backwards.encode(), default_tz=BRUSSELS)


def test_ical_unknown_tzid_is_an_error() -> None:
    bad = ICS.replace("X-WR-CALNAME:SMP 2022", "X-WR-TIMEZONE:Mars/Olympus_Mons")
    with pytest.raises(ScheduleError, match="unknown time zone 'Mars/Olympus_Mons'"):
        parse_schedule_bytes(bad.encode(), default_tz=BRUSSELS)


def test_ical_from_outlook_names_windows_time_zones() -> None:
    """Outlook and Exchange write TZID=W. Europe Standard Time: with no default zone the
    import was refused ("unknown time zone 'W. Europe Standard Time'")."""
    outlook = ICS.replace("TZID=Europe/Brussels", "TZID=W. Europe Standard Time").replace(
        "DTSTART:20220602T093000\nDTEND:20220602T110000",
        "DTSTART:20220602T073000Z\nDTEND:20220602T090000Z",
    )
    schedule = parse_schedule_bytes(outlook.encode())
    opening = next(s for s in schedule.sessions if s.external_id == "opening@smp")
    assert opening.start_utc == utc(2022, 6, 1, 7, 0)
    assert opening.start.utcoffset() == timedelta(hours=2)  # the conference zone: CEST


def test_ical_tzid_neither_known_nor_defined_is_said_not_silently_reread() -> None:
    """A TZID the file does not define and this computer does not know was read in the
    default zone without a word: 09:00 in a Brussels programme became 09:00 New York."""
    odd = ICS.replace("TZID=Europe/Brussels", "TZID=Brussels conference time")
    schedule = parse_schedule_bytes(odd.encode(), default_tz="America/New_York")
    opening = next(s for s in schedule.sessions if s.external_id == "opening@smp")
    assert opening.start_utc == utc(2022, 6, 1, 13, 0)  # what the person chose, and...
    assert (
        schedule.warnings.count(
            "the time zone 'Brussels conference time' (TZID) is neither one this computer knows "
            "nor defined in the file: its times were read in the default time zone, "
            "America/New_York"
        )
        == 1
    )  # ...said, once for the file, not once per time
    later = ICS.replace(
        "DTSTART:20220602T093000\nDTEND:20220602T110000",
        "DTSTART;TZID=Brussels conference time:20220602T093000\n"
        "DTEND;TZID=Brussels conference time:20220602T110000",
    )
    with pytest.raises(ScheduleError) as info:  # no default zone to read it in
        parse_schedule_bytes(later.encode())
    assert str(info.value) == (
        "VEVENT at line 23: the time zone 'Brussels conference time' (TZID) is neither one "
        "this computer knows nor defined in the file; give a default time zone"
    )


# --- CSV ------------------------------------------------------------------------------------

CSV_TEXT = (
    "Day;Room;Start;End;Title;Speakers;Track;Do not record\n"
    "2022-06-01;Auditorium;09:00;09:30;Welcome and opening;Amara Okonkwo-Reyes, Hélène "
    "Marchetti;Plenary;\n"
    '01/06/2022;Roundtable Room;9h30;11:00;"EMN roundtable; policy debate";Hélène Marchetti;'
    "Policy;yes\n"
    "\n"
    "2022-06-02;Auditorium;09:30;11:00;National implementation in Belgium;;;no\n"
)


def test_csv_semicolon_with_bom_and_header_synonyms() -> None:
    schedule = parse_schedule_bytes(
        b"\xef\xbb\xbf" + CSV_TEXT.encode(), default_tz=BRUSSELS, name="smp"
    )
    assert schedule.format == "csv"
    assert schedule.conference.title == "smp"
    assert schedule.conference.time_zone == BRUSSELS
    opening, roundtable, national = schedule.sessions
    assert opening.speakers == ("Amara Okonkwo-Reyes", "Hélène Marchetti")
    assert roundtable.title == "EMN roundtable; policy debate"
    assert roundtable.start_utc == utc(2022, 6, 1, 7, 30)
    assert roundtable.do_not_record and not national.do_not_record
    assert national.speakers == () and national.track is None
    assert [d.date for d in schedule.days] == [date(2022, 6, 1), date(2022, 6, 2)]


def test_csv_comma_delimiter_duration_and_explicit_id(tmp_path: Path) -> None:
    path = tmp_path / "programme.csv"
    path.write_text(
        "ID,date,title,start,duration,speakers,do_not_publish\n"
        's-1,2022-06-02,Closing,12:30,30,"Amara Okonkwo-Reyes; Hélène Marchetti",1\n',
        encoding="utf-8",
    )
    schedule = parse_schedule(path, default_tz=BRUSSELS)
    closing = schedule.sessions[0]
    assert closing.external_id == "s-1"
    assert closing.end_utc == utc(2022, 6, 2, 11, 0)
    assert closing.speakers == ("Amara Okonkwo-Reyes", "Hélène Marchetti")
    assert closing.do_not_publish and closing.room is None


def test_csv_bad_rows_name_their_line() -> None:
    bad_time = CSV_TEXT.replace("9h30", "half past nine")
    with pytest.raises(ScheduleError, match="line 3, start: time 'half past nine'"):
        parse_schedule_bytes(bad_time.encode(), default_tz=BRUSSELS)
    bad_date = CSV_TEXT.replace("2022-06-02", "tomorrow")
    with pytest.raises(ScheduleError, match=r"line 5, column 1 \(date\): date 'tomorrow'"):
        parse_schedule_bytes(bad_date.encode(), default_tz=BRUSSELS)
    backwards = CSV_TEXT.replace("09:30;11:00", "11:00;09:30")
    with pytest.raises(ScheduleError, match=r"line 5: session .* before it starts"):
        parse_schedule_bytes(backwards.encode(), default_tz=BRUSSELS)
    bad_flag = CSV_TEXT.replace("Policy;yes", "Policy;perhaps")
    with pytest.raises(ScheduleError, match="line 3, do_not_record: 'perhaps'"):
        parse_schedule_bytes(bad_flag.encode(), default_tz=BRUSSELS)


def test_csv_saved_with_carriage_returns_alone_reads_like_any_other() -> None:
    """Excel for Mac's "CSV (Macintosh)" ends lines with a carriage return alone: before,
    the import refused it with Python's words ('new-line character seen in unquoted field
    - do you need to open the file in universal-newline mode?')."""
    unix = parse_schedule_bytes(CSV_TEXT.encode(), default_tz=BRUSSELS)
    mac = parse_schedule_bytes(CSV_TEXT.replace("\n", "\r").encode(), default_tz=BRUSSELS)
    assert mac.sessions == unix.sessions and len(mac.sessions) >= 3
    bad = CSV_TEXT.replace("9h30", "half past nine").replace("\n", "\r")
    with pytest.raises(ScheduleError, match="line 3, start: time 'half past nine'"):
        parse_schedule_bytes(bad.encode(), default_tz=BRUSSELS)  # lines still counted


def test_csv_with_a_quote_never_closed_says_so_in_plain_words() -> None:
    """Before: "the CSV cannot be read (field larger than field limit (131072))"."""
    open_quote = CSV_TEXT.replace(";National", ';"National') + "x" * 140_000
    with pytest.raises(ScheduleError) as caught:
        parse_schedule_bytes(open_quote.encode(), default_tz=BRUSSELS)
    text = str(caught.value)
    assert text.startswith("line 5: a field is longer than 131072 characters")  # where it opened
    assert "quotation mark opened and never closed" in text
    assert "field limit" not in text and "(131072)" not in text


def test_csv_missing_columns_and_zone() -> None:
    with pytest.raises(ScheduleError, match=r"line 1: the header lacks .*end or duration"):
        parse_schedule_bytes(b"date,start,title\n2022-06-01,09:00,x\n", default_tz=BRUSSELS)
    with pytest.raises(ScheduleError, match="give a default time zone"):
        parse_schedule_bytes(CSV_TEXT.encode())


def test_csv_repeated_rows_are_kept_once_with_a_warning() -> None:
    row = "2022-06-01;Hall;10:00;11:00;Talk\n"
    data = ("date;room;start;end;title\n" + row + row).encode()
    schedule = parse_schedule_bytes(data, default_tz=BRUSSELS)
    assert len(schedule.sessions) == 1
    assert any("line 3: repeats the session 'Talk' of line 2" in w for w in schedule.warnings)


def test_csv_external_ids_are_stable_across_cosmetic_edits() -> None:
    first = parse_schedule_bytes(CSV_TEXT.encode(), default_tz=BRUSSELS)
    reexported = (  # same sessions, another spreadsheet: commas, other case and spacing
        "TITLE,start,END,room,date,speakers\n"
        "  WELCOME  and Opening ,9:00,09:30,auditorium,01.06.2022,Someone else\n"
        '"EMN roundtable; policy debate",09:30,11:00,Roundtable  Room,2022-06-01,\n'
        "National implementation in Belgium,09:30,11:00,Auditorium,2022-06-02,\n"
    )
    second = parse_schedule_bytes(reexported.encode("utf-8-sig"), default_tz=BRUSSELS)
    assert [s.external_id for s in first.sessions] == [s.external_id for s in second.sessions]
    moved = CSV_TEXT.replace("National implementation in Belgium", "Another title")
    third = parse_schedule_bytes(moved.encode(), default_tz=BRUSSELS)
    assert first.sessions[2].external_id != third.sessions[2].external_id


@settings(max_examples=40, deadline=None)
@given(
    title=st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1
    ).filter(lambda t: t.strip() and '"' not in t),
    room=st.sampled_from(["Auditorium", "Salle Région de Bruxelles-Capitale", ""]),
)
def test_csv_ids_depend_only_on_normalised_content(title: str, room: str) -> None:
    data = f'date,room,start,end,title\n2022-06-01,"{room}",10:00,11:00,"{title}"\n'
    noisy = f'Title;Start;End;Room;Date\n"  {title} ";10:00:00;11:00;" {room.upper()}";01/06/2022\n'
    one = parse_schedule_bytes(data.encode(), default_tz=BRUSSELS).sessions[0]
    two = parse_schedule_bytes(noisy.encode(), default_tz=BRUSSELS).sessions[0]
    assert one.external_id == two.external_id
    other = data.replace("10:00", "10:05")
    three = parse_schedule_bytes(other.encode(), default_tz=BRUSSELS).sessions[0]
    assert three.external_id != one.external_id


def test_csv_in_windows_1252_is_read_with_a_warning() -> None:
    data = "date;start;end;title\n2022-06-01;09:00;10:00;Réunion\n".encode("cp1252")
    schedule = parse_schedule_bytes(data, default_tz=BRUSSELS)
    assert schedule.sessions[0].title == "Réunion"
    assert any("Windows-1252" in w for w in schedule.warnings)


# --- dispatch -------------------------------------------------------------------------------


def test_detect_format_by_content() -> None:
    assert detect_format(b"\xef\xbb\xbf  {") == "frab-json"
    assert detect_format(b"\n<?xml version='1.0'?><schedule/>") == "frab-xml"
    assert detect_format(b"begin:vcalendar\r\n") == "ical"
    assert detect_format(b"date;start\n") == "csv"
    assert detect_format("\ufeffBEGIN:VCALENDAR\n".encode("utf-16")) == "ical"


def test_parse_schedule_prefixes_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "programme.json"
    path.write_bytes(b'{"schedule": 3}')
    with pytest.raises(ScheduleError, match=r"^programme\.json: this is JSON in an unknown layout"):
        parse_schedule(path)
    with pytest.raises(ScheduleError, match="cannot be read"):
        parse_schedule(tmp_path / "missing.json")


def test_same_programme_in_all_formats_agrees(tmp_path: Path) -> None:
    json_schedule = parse_schedule_bytes(frab_json([frab_event()]))
    csv_schedule = parse_schedule_bytes(
        "id;date;room;start;end;title;speakers;track\n"
        "11111111-0000-0000-0000-000000000001;2022-06-01;Roundtable Room;09:30;11:00;"
        'EMN roundtable;"Hélène Marchetti, Sophie Vandenberghe";Policy\n'.encode(),
        default_tz=BRUSSELS,
    )

    def key(schedule: ParsedSchedule) -> list[tuple[object, ...]]:
        return [
            (s.external_id, s.title, s.room, s.start_utc, s.end_utc, s.speakers)
            for s in schedule.sessions
        ]

    assert key(json_schedule) == key(csv_schedule)


# --- lenient and honest imports -------------------------------------------------------------

ICS_DUPLICATE_UID = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Conference//EN
X-WR-CALNAME:SMP 2022
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
UID:slot@smp
DTSTART;TZID=Europe/Brussels:20220601T090000
DTEND;TZID=Europe/Brussels:20220601T100000
SUMMARY:Morning panel
END:VEVENT
BEGIN:VEVENT
UID:slot@smp
DTSTART;TZID=Europe/Brussels:20220601T140000
DTEND;TZID=Europe/Brussels:20220601T150000
SUMMARY:Afternoon panel
END:VEVENT
END:VCALENDAR
"""


def test_ical_duplicate_uids_are_kept_distinct_with_a_warning() -> None:
    schedule = parse_schedule_bytes(ICS_DUPLICATE_UID.encode())
    assert [(s.title, s.external_id) for s in schedule.sessions] == [
        ("Morning panel", "slot@smp"),
        ("Afternoon panel", "slot@smp#2"),
    ]
    assert any("UID slot@smp" in w and "both sessions were kept" in w for w in schedule.warnings)
    again = parse_schedule_bytes(ICS_DUPLICATE_UID.encode())  # stable on re-import
    assert [s.external_id for s in again.sessions] == ["slot@smp", "slot@smp#2"]


@pytest.mark.parametrize(
    "header",
    [
        "Datum;Raum;Beginn;Ende;Titel;Referenten",  # German
        "Datum;Zaal;Begin;Einde;Titel;Sprekers",  # Dutch
        "Date;Salle;Début;Fin;Titre;Intervenants",  # French
        "Jour;Lieu;Heure de début;Heure de fin;Intitulé;Orateurs",  # French, longer
        "Dag;Lokaal;Aanvang;Eindtijd;Onderwerp;Spreker",  # Dutch, other words
    ],
)
def test_csv_headers_in_german_dutch_and_french(header: str) -> None:
    data = f"{header}\n2022-06-01;Saal A;09:30;11:00;Rundtisch;Hélène Marchetti\n".encode()
    [session] = parse_schedule_bytes(data, default_tz=BRUSSELS).sessions
    assert (session.title, session.room) == ("Rundtisch", "Saal A")
    assert session.start_utc == utc(2022, 6, 1, 7, 30) and session.end_utc == utc(2022, 6, 1, 9)
    assert session.speakers == ("Hélène Marchetti",)


def test_unsupported_formats_are_named_as_such() -> None:
    v2 = {"version": "2", "talks": [{"code": "X1", "title": "Hi"}], "rooms": [{"id": 1}]}
    with pytest.raises(ScheduleError, match="schedule v2 JSON") as info:
        parse_schedule_bytes(json.dumps(v2).encode())
    assert "missing" not in str(info.value) and "supported are frab" in str(info.value)
    nested = {"schedule": {"version": "2.0", "conference": {"days": [{"date": "2022-06-01"}]}}}
    with pytest.raises(ScheduleError, match=r"schedule JSON \(version 2.0\)"):
        parse_schedule_bytes(json.dumps(nested).encode())
    with pytest.raises(ScheduleError, match="not valid JSON"):
        parse_schedule_bytes(b"{garbage, not json at all")
    with pytest.raises(ScheduleError, match="unknown layout"):
        parse_schedule_bytes(b'{"foo": 1, "bar": []}')
    with pytest.raises(ScheduleError, match="not a programme in a supported format"):
        parse_schedule_bytes(b"%PDF-1.7 binary stuff\n\x00\x01\x02", default_tz=BRUSSELS)


def test_junk_speaker_names_are_dropped() -> None:
    data = (
        b"date;start;end;title;speakers\n"
        b"2022-06-01;09:00;10:00;Opening;Amara Okonkwo-Reyes; - ; TBA\n"
        b"2022-06-01;10:00;11:00;Panel;n/a\n"
        b"2022-06-01;11:00;12:00;Closing;TBC;?;N.N.\n"
    )
    schedule = parse_schedule_bytes(data, default_tz=BRUSSELS)
    assert [s.speakers for s in schedule.sessions] == [("Amara Okonkwo-Reyes",), (), ()]
    ical = ICS_DUPLICATE_UID.replace(
        "SUMMARY:Morning panel\n", "SUMMARY:Morning panel\nATTENDEE;CN=TBA:mailto:x@example.org\n"
    )
    assert parse_schedule_bytes(ical.encode()).sessions[0].speakers == ()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            ("DTSTART;TZID=Europe/Brussels:20220601T090000", "DTSTART:2022-06-01"),
            "DTSTART is not an iCalendar date or time such as 20220601T093000: '2022-06-01'",
        ),
        (
            ("DURATION:PT1H", "DURATION:PTX"),
            "DURATION is not a duration such as PT1H30M: 'PTX'",
        ),
        (
            ("X-WR-CALNAME:SMP 2022", "X-WR-CALNAME:SMP 2022\nthis is not a line"),
            "not a valid iCalendar file: the line 'this is not a line' is not in the form "
            "NAME:value",
        ),
        (  # before: "invalid DTEND: Wrong date format 20221399"
            ("DTEND;TZID=Europe/Brussels:20220601T093000", "DTEND;VALUE=DATE:20221399"),
            "DTEND is not an iCalendar date or time such as 20220601T093000: '20221399'",
        ),
        (  # a download cut short; before: "Found no components where exactly one is
            # required: BEGIN:VCALENDAR\nVERSION:2.0 [...]" (the file's start quoted)
            ("END:VCALENDAR\n", ""),
            "not a whole iCalendar file: BEGIN:VCALENDAR or its END:VCALENDAR is missing "
            "(is the file cut short?)",
        ),
        (  # two exports pasted together; before: "Found multiple components where only
            # one is allowed: BEGIN:VCALENDAR [...]"
            ("END:VCALENDAR\n", "END:VCALENDAR\n" + ICS),
            "the file holds several calendars one after the other: import them one at a time",
        ),
    ],
)
def test_an_unreadable_ical_value_is_named_with_what_the_file_holds(
    change: tuple[str, str], said: str
) -> None:
    """icalendar's own English reached the programme dialog: "invalid DTSTART: Expected
    datetime, date, or time. Got: '2022-06-01'", "Content line could not be parsed into
    parts"."""
    bad = ICS.replace(*change)
    assert bad != ICS
    with pytest.raises(ScheduleError) as info:
        parse_schedule_bytes(bad.encode(), default_tz="Europe/Brussels")
    assert said in str(info.value)
    assert "Expected" not in str(info.value) and "Content line" not in str(info.value)
    assert "Found" not in str(info.value) and "Wrong" not in str(info.value)
    assert "VERSION:2.0" not in str(info.value)  # no piece of the file quoted
