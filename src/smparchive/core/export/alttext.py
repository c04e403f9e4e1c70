"""Alt text assistance, offline: a draft from what the catalogue knows, and how to spot one.

A suggestion is built from the programme and the tags (the people tagged on the photo, who
among them speaks in the session, the session's title, room and day): it says where and
who, never what the picture shows, so it is a *draft* for a person to finish. It starts with
a marker (``[Draft]``, ``[Brouillon]``, ``[Concept]``) that stays until someone edits it
away; a platform's export holds back a photo whose alt text is still a draft, as it holds
back one with none (both can be confirmed like consent), and every export but an archive's
goes without a draft (:func:`without_drafts`): never published as if it were finished.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from smparchive.core.export.model import ExportEntry, LangText
from smparchive.core.frenchtype import spaced_all

__all__ = [
    "DRAFT_MARKERS",
    "alt_text_for",
    "draft_marker",
    "is_draft",
    "strip_draft",
    "suggest_alt_text",
    "without_drafts",
]

DRAFT_MARKERS = {"en": "[Draft]", "fr": "[Brouillon]", "nl": "[Concept]"}

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}

# {people}, {session}, {room}, {day}: each phrase is left out when the catalogue lacks it.
_PHRASES = {
    "en": {
        "photo": "Photo",
        "speaker": "{people} speaking",
        "people": "{people}",
        "session": "at the session “{session}”",
        "event": "at {event}",
        "room": "in {room}",
        "room_named": "in {room}",
        "day": "on {day}",
        "and": "and",
    },
    "fr": {
        "photo": "Photo",
        "speaker": "{people} au micro",
        "people": "{people}",
        "session": "pendant la séance « {session} »",
        "event": "à {event}",
        "room": "salle {room}",
        "room_named": "{room}",  # "Salle Europa", not "salle Salle Europa"
        "day": "le {day}",
        "and": "et",
    },
    "nl": {
        "photo": "Foto",
        "speaker": "{people} aan het woord",
        "people": "{people}",
        "session": "tijdens de sessie ‘{session}’",
        "event": "op {event}",
        "room": "in {room}",
        "room_named": "in {room}",
        "day": "op {day}",
        "and": "en",
    },
}
_PHRASES["fr"] = spaced_all(_PHRASES["fr"])  # one French spacing rule (core.frenchtype)

# A room whose name starts with a word for "room" ("Salle Europa", "Room 2", "zaal 3") is
# named without the phrase's own room word, in any language.
_NAMED_ROOM = re.compile(r"(salle|room|zaal)\b", re.IGNORECASE)


def _base(language: str) -> str:
    base = language.split("-")[0].lower()
    return base if base in _PHRASES else "en"


def draft_marker(language: str) -> str:
    """The marker a draft in ``language`` starts with."""
    return DRAFT_MARKERS[_base(language)]


def is_draft(text: str) -> bool:
    """Whether ``text`` still starts with a draft marker (any language's)."""
    head = text.lstrip().casefold()
    return any(head.startswith(m.casefold()) for m in DRAFT_MARKERS.values())


def strip_draft(text: str) -> str:
    """``text`` without its draft marker (when a person accepts the draft as it is)."""
    stripped = text.lstrip()
    for marker in DRAFT_MARKERS.values():
        if stripped.casefold().startswith(marker.casefold()):
            return stripped[len(marker) :].lstrip()
    return text


def without_drafts(texts: LangText) -> LangText:
    """``texts`` without the languages whose alt text is still a draft (what may be
    published: a draft is left out, so the output does what it does for no alt text)."""
    return {lang: text for lang, text in texts.items() if not is_draft(text)}


def alt_text_for(texts: LangText, language: str) -> str:
    """The alt text a post in ``language`` would use: that language's, else x-default,
    else any ("" when the item has none)."""
    for key in (language, language.split("-")[0], "x-default"):
        if texts.get(key):
            return texts[key]
    return next((v for v in texts.values() if v), "")


def _day(day: date, language: str) -> str:
    month = _MONTHS[_base(language)].split()[day.month - 1]
    if _base(language) == "en":
        return f"{day.day} {month} {day.year}"
    if _base(language) == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def _names(names: Sequence[str], word: str) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


def suggest_alt_text(entry: ExportEntry, language: str = "en") -> str:
    """A draft alt text for ``entry`` in ``language`` (en, fr, nl), marked as a draft.

    People tagged on the photo come first (those in the session's speaker list described as
    speaking), then the session, room and day. The person finishes it: what the picture
    shows (a gesture, a slide, the audience) is theirs to add.
    """
    words = _PHRASES[_base(language)]
    people = list(dict.fromkeys(p.strip() for p in entry.people if p.strip()))
    speakers = {s.strip().casefold() for s in entry.session_speakers}
    speaking = [p for p in people if p.casefold() in speakers]
    others = [p for p in people if p.casefold() not in speakers]
    parts: list[str] = []
    if speaking:
        parts.append(words["speaker"].format(people=_names(speaking, words["and"])))
    if others:
        joined = _names(others, words["and"])
        parts.append(words["people"].format(people=joined) if not speaking else joined)
    who = f" {words['and']} ".join(parts) if len(parts) == 2 else "".join(parts)
    where: list[str] = []
    if entry.session_title:
        title = entry.session_title_in(language)
        where.append(words["session"].format(session=title))
    elif entry.event_title:
        where.append(words["event"].format(event=entry.event_title_in(language)))
    room = entry.session_room_in(language)
    if room:
        named = _NAMED_ROOM.match(room.strip())
        where.append(words["room_named" if named else "room"].format(room=room))
    if entry.day_date is not None:
        where.append(words["day"].format(day=_day(entry.day_date, language)))
    sentence = " ".join(x for x in (who or words["photo"], *where) if x)
    return f"{draft_marker(language)} {sentence[0].upper()}{sentence[1:]}."
