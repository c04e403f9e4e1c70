"""An iCalendar programme's languages (RFC 5545 LANGUAGE parameter): the programme's own
language from its events' SUMMARY, a SUMMARY, LOCATION or DESCRIPTION given again in
another language kept as the session's text in it, the calendar's NAME per language."""

from __future__ import annotations

from smparchive.core.organise.schedule_ical import parse_ical

TWO_LANGUAGES = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
NAME;LANGUAGE=en:Summer school
NAME;LANGUAGE=fr:Université d'été
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
UID:opening
DTSTART:20220601T070000Z
DTEND:20220601T080000Z
SUMMARY;LANGUAGE=fr:Ouverture
SUMMARY;LANGUAGE=en:Opening
LOCATION;LANGUAGE=en:Main hall
LOCATION;LANGUAGE=fr:Grande salle
DESCRIPTION;LANGUAGE=en:Welcome to all.\\nSpeakers: Ana Silva; Bo Li
DESCRIPTION;LANGUAGE=fr:Bienvenue à tous.\\nIntervenants: Ana Silva; Bo Li
END:VEVENT
BEGIN:VEVENT
UID:closing
DTSTART:20220601T150000Z
DTEND:20220601T160000Z
SUMMARY;LANGUAGE=en:Closing
END:VEVENT
END:VCALENDAR
"""


def test_texts_in_several_languages_become_the_session_s_texts() -> None:
    parsed = parse_ical(TWO_LANGUAGES.encode())
    assert parsed.conference.language == "en"  # both events' titles are in English
    assert parsed.conference.title == "Summer school"
    opening = next(s for s in parsed.sessions if s.external_id == "opening")
    assert (opening.title, opening.room, opening.abstract) == (
        "Opening",
        "Main hall",
        "Welcome to all.",
    )
    assert opening.speakers == ("Ana Silva", "Bo Li")
    assert set(opening.texts) == {
        ("title", "fr", "Ouverture"),
        ("room", "fr", "Grande salle"),
        ("description", "fr", "Bienvenue à tous."),
    }


def test_a_calendar_in_one_language_says_it() -> None:
    french = TWO_LANGUAGES.replace("SUMMARY;LANGUAGE=en:Closing", "SUMMARY;LANGUAGE=fr:Clôture")
    french = french.replace("SUMMARY;LANGUAGE=en:Opening\n", "")
    parsed = parse_ical(french.encode())
    assert parsed.conference.language == "fr"
    assert parsed.conference.title == "Université d'été"
    opening = next(s for s in parsed.sessions if s.external_id == "opening")
    # the programme's language throughout: the room and description it gives in French
    assert (opening.title, opening.room) == ("Ouverture", "Grande salle")
    assert ("room", "en", "Main hall") in opening.texts
