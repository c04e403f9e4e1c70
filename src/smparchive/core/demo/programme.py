"""The demo conference: Skills Mobility Partnerships (SMP), Brussels, 1-2 June 2022.

Speakers and abstracts are invented. The programme is written as a frab/pretalx
``schedule.json`` and as a CSV sheet; both read back through ``parse_schedule`` to the
same sessions.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TIME_ZONE = "Europe/Brussels"
ZONE = ZoneInfo(TIME_ZONE)
TITLE = "Skills Mobility Partnerships: from policy to practice"
ACRONYM = "smp2022"
VENUE = "Brussels, Région de Bruxelles-Capitale (hybrid: on site and online)"
DAY_ONE = date(2022, 6, 1)
DAY_TWO = date(2022, 6, 2)
_GUIDS = uuid.UUID("5d0c6a4e-2f4b-4e59-9a57-6d2b1e0f2022")  # namespace for stable guids


@dataclass(frozen=True, slots=True)
class Speaker:
    """An invented speaker and the role shown in the programme."""

    name: str
    role: str


SPEAKERS: dict[str, Speaker] = {
    s.name: s
    for s in (
        Speaker("Amara Okonkwo-Reyes", "Director, IOM Regional Office for the EU"),
        Speaker("Lukas Brandtner", "Policy analyst, European Parliamentary Research Service"),
        Speaker("Sophie Vandenberghe", "Adviser, Belgian Federal Public Service Employment"),
        Speaker("Hélène Marchetti", "Coordinator, European Migration Network (EMN)"),
        Speaker("Pieter De Smedt", "Economic migration unit, Région de Bruxelles-Capitale"),
        Speaker("Tomás Ferreira", "Employers' federation, vocational training committee"),
        Speaker("Nadia El Amrani", "Journalist and moderator"),
    )
}


@dataclass(frozen=True, slots=True)
class DemoSession:
    """One programme session, in local Brussels wall-clock time."""

    key: str  # short slug used in file names
    event_id: int
    day: date
    start: time
    end: time
    title: str
    room: str
    track: str
    abstract: str
    speakers: tuple[str, ...]
    do_not_record: bool = False
    do_not_publish: bool = False

    @property
    def guid(self) -> str:
        return str(uuid.uuid5(_GUIDS, self.key))

    @property
    def start_local(self) -> datetime:
        return datetime.combine(self.day, self.start, tzinfo=ZONE)

    @property
    def end_local(self) -> datetime:
        return datetime.combine(self.day, self.end, tzinfo=ZONE)

    @property
    def start_utc(self) -> datetime:
        return self.start_local.astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        return self.end_local.astimezone(UTC)


SESSIONS: tuple[DemoSession, ...] = (
    DemoSession(
        "opening", 1001, DAY_ONE, time(9, 0), time(9, 30), "Welcome and opening",
        "Auditorium", "Plenary",
        "Opening words by the organisers and the International Organization for Migration; "
        "aims of the réunion and practical information for participants on site and online.",
        ("Hélène Marchetti", "Amara Okonkwo-Reyes"),
    ),
    DemoSession(
        "emn-roundtable", 1002, DAY_ONE, time(9, 30), time(11, 0),
        "EMN roundtable: policy debate on Skills Mobility Partnerships", "Roundtable Room",
        "Policy",
        "Member States, the Commission and IOM compare how skills partnerships with countries "
        "of origin are designed, financed and evaluated.",
        ("Hélène Marchetti", "Amara Okonkwo-Reyes", "Sophie Vandenberghe", "Tomás Ferreira"),
    ),
    DemoSession(
        "eprs", 1003, DAY_ONE, time(11, 30), time(12, 30),
        "EPRS presentation on EU economic migration policy", "Auditorium", "Research",
        "The European Parliamentary Research Service presents its briefing on legal pathways, "
        "the Talent Pool proposal and the recast Single Permit Directive.",
        ("Lukas Brandtner",),
    ),
    DemoSession(
        "working-group", 1004, DAY_ONE, time(14, 0), time(15, 30),
        "Working group: employers and training partners (closed-door)", "Roundtable Room",
        "Working group",
        "Closed-door exchange under the Chatham House rule between employers, training "
        "providers and public employment services. Not recorded, photos not for publication.",
        ("Pieter De Smedt", "Tomás Ferreira"),
        do_not_record=True,
        do_not_publish=True,
    ),
    DemoSession(
        "belgium", 2001, DAY_TWO, time(9, 30), time(11, 0),
        "National implementation in Belgium", "Auditorium", "Implementation",
        "How federal and regional authorities share the work: single permits, recognition of "
        "qualifications and the pilot run with the Région de Bruxelles-Capitale.",
        ("Sophie Vandenberghe", "Pieter De Smedt"),
    ),
    DemoSession(
        "debate", 2002, DAY_TWO, time(11, 30), time(12, 30), "Debate with the audience",
        "Auditorium", "Plenary",
        "Questions from the room and from online participants, moderated.",
        ("Nadia El Amrani", "Amara Okonkwo-Reyes", "Lukas Brandtner", "Sophie Vandenberghe"),
    ),
    DemoSession(
        "closing", 2003, DAY_TWO, time(12, 30), time(13, 0), "Closing", "Auditorium",
        "Plenary", "Conclusions and next steps for the EMN and its partners.",
        ("Amara Okonkwo-Reyes", "Hélène Marchetti"),
    ),
)  # fmt: skip

SESSION_BY_KEY: dict[str, DemoSession] = {s.key: s for s in SESSIONS}

# The conference is bilingual (Brussels: French and English): its programme in French too,
# beside the English one it was published in (frab's schedule.json holds one language).
TITLE_FR = "Partenariats pour la mobilité des compétences : des politiques à la pratique"
VENUE_FR = "Bruxelles, Région de Bruxelles-Capitale (hybride : sur place et en ligne)"
TITLES_FR: dict[str, str] = {
    "opening": "Accueil et ouverture",
    "emn-roundtable": (
        "Table ronde du REM : débat politique sur les partenariats pour la mobilité des compétences"
    ),
    "eprs": "Présentation de l’EPRS sur la politique migratoire économique de l’UE",
    "working-group": "Groupe de travail : employeurs et partenaires de formation (huis clos)",
    "belgium": "Mise en œuvre nationale en Belgique",
    "debate": "Débat avec le public",
    "closing": "Clôture",
}
# its rooms by their French names, as the venue's signs have them
ROOMS_FR: dict[str, str] = {
    "Auditorium": "Auditorium",
    "Roundtable Room": "Salle de la table ronde",
}


def session_at(moment: datetime) -> DemoSession | None:
    """The session running at an aware ``moment`` (None in breaks)."""
    for session in SESSIONS:
        if session.start_utc <= moment < session.end_utc:
            return session
    return None


def _hhmm(delta: timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _event(session: DemoSession) -> dict[str, object]:
    event: dict[str, object] = {
        "guid": session.guid,
        "id": session.event_id,
        "date": session.start_local.isoformat(),
        "start": f"{session.start:%H:%M}",
        "duration": _hhmm(session.end_local - session.start_local),
        "room": session.room,
        "slug": f"{ACRONYM}-{session.event_id}-{session.key}",
        "url": f"https://programme.example.org/{ACRONYM}/talk/{session.event_id}/",
        "title": session.title,
        "subtitle": "",
        "track": session.track,
        "type": "Session",
        "language": "en",
        "abstract": session.abstract,
        "description": "",
        "recording_license": "",
        "do_not_record": session.do_not_record,
        "persons": [
            {
                "code": uuid.uuid5(_GUIDS, n).hex[:6].upper(),
                "public_name": n,
                "biography": SPEAKERS[n].role,
            }
            for n in session.speakers
        ],
        "links": [],
        "attachments": [],
    }
    if session.do_not_publish:
        event["do_not_publish"] = True  # not a frab field; smparchive reads it
    return event


def schedule_json() -> str:
    """The programme as a pretalx/frab ``schedule.json`` document."""
    days = []
    rooms = sorted({s.room for s in SESSIONS})
    for index, day in enumerate((DAY_ONE, DAY_TWO), start=1):
        by_room: dict[str, list[dict[str, object]]] = {room: [] for room in rooms}
        for session in (s for s in SESSIONS if s.day == day):
            by_room[session.room].append(_event(session))
        days.append(
            {
                "index": index,
                "date": day.isoformat(),
                "day_start": datetime.combine(day, time(6, 0), tzinfo=ZONE).isoformat(),
                "day_end": datetime.combine(day, time(20, 0), tzinfo=ZONE).isoformat(),
                "rooms": by_room,
            }
        )
    conference = {
        "acronym": ACRONYM,
        "title": TITLE,
        "start": DAY_ONE.isoformat(),
        "end": DAY_TWO.isoformat(),
        "daysCount": 2,
        "timeslot_duration": "00:15",
        "time_zone_name": TIME_ZONE,
        "venue": VENUE,
        "rooms": [{"name": room, "guid": str(uuid.uuid5(_GUIDS, room))} for room in rooms],
        "tracks": [{"name": t} for t in sorted({s.track for s in SESSIONS})],
        "days": days,
    }
    doc = {"schedule": {"version": "2022-05-30", "base_url": "", "conference": conference}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def schedule_csv() -> str:
    """The programme as a semicolon-separated sheet (as a spreadsheet in Belgium saves it)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            "ID",
            "Date",
            "Room",
            "Start",
            "End",
            "Title",
            "Speakers",
            "Track",
            "Do not record",
            "Do not publish",
        ]
    )
    for s in SESSIONS:
        writer.writerow(
            [
                s.guid,
                s.day.isoformat(),
                s.room,
                f"{s.start:%H:%M}",
                f"{s.end:%H:%M}",
                s.title,
                ", ".join(s.speakers),
                s.track,
                "yes" if s.do_not_record else "",
                "yes" if s.do_not_publish else "",
            ]
        )
    return out.getvalue()
