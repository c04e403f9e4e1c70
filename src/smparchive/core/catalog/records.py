"""Frozen records returned by catalogue reads: safe to pass between threads.

Records are built with keywords only (``SessionRecord(id=..., title=...)``): adding a field
cannot silently shift the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from smparchive.core.catalog.info_record import CatalogInfo as CatalogInfo

# Defined apart (the command line's read commands need only these); part of this module's API.
from smparchive.core.catalog.item_records import ITEM_COLUMN_FIELDS as ITEM_COLUMN_FIELDS
from smparchive.core.catalog.item_records import ItemRecord as ItemRecord
from smparchive.core.catalog.item_records import TagRef as TagRef


@dataclass(frozen=True, slots=True, kw_only=True)
class RootRecord:
    id: int
    path: str
    label: str | None
    volume_id: str | None
    online: bool
    sidecar_policy: str
    ignore_patterns: tuple[str, ...]
    added_at: datetime
    last_scan_at: datetime | None
    item_count: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRecord:
    id: int
    title: str
    acronym: str | None
    time_zone: str
    venue: str | None
    description: str | None
    organisation: str | None
    language: str | None = None  # of the programme's texts; None: not said
    # the title and venue in further languages (0041): (field, language, text)
    texts: tuple[tuple[str, str, str], ...] = ()

    def translations(self, field: str) -> dict[str, str]:
        """``field``'s texts in further languages than the programme's ({language: text})."""
        return field_texts(self.texts, field)

    def text_in(self, field: str, language: str) -> str | None:
        """``field`` ("title", "venue", "description", "organisation") in ``language``: its
        translation, else the programme's own text."""
        own: str | None = getattr(self, field)
        return in_language(self.translations(field), language) or own

    def name(self, language: str | None = None) -> str:
        """The event's name where people read it (the sidebar's heading and breadcrumb, an
        export's folder): its acronym as someone wrote it ('SMP 2022', 'TC'), else its title
        (in ``language`` when it has one there). A programme file's acronym is often its
        web address's slug ('smp2022', '36c3': all lower case, no space): not a name."""
        short = self.written_acronym()
        if short:
            return short
        title = self.text_in("title", language) if language else self.title
        return title or (self.acronym or "").strip()

    def written_acronym(self) -> str:
        """The acronym when someone wrote it ('SMP 2022'), '' when it is a web address's
        slug ('smp2022': all lower case, no space) or missing."""
        short = (self.acronym or "").strip()
        return short if short != short.lower() or " " in short else ""

    def main_title(self, language: str | None = None) -> str:
        """The title without its subtitle: 'Partenariats pour la mobilité des compétences'
        of '… : des politiques à la pratique' (after a colon or a spaced dash)."""
        return main_title_of((self.text_in("title", language) if language else self.title) or "")


def main_title_of(title: str) -> str:
    """``title`` without its subtitle (after a colon or a spaced dash)."""
    return re.split(r"\s*:\s|\s[-–—]\s", title, maxsplit=1)[0].strip()


def field_texts(texts: Iterable[tuple[str, str, str]], field: str) -> dict[str, str]:
    """``field``'s texts of (field, language, text) rows: {language: text}."""
    return {lang: value for f, lang, value in texts if f == field}


def in_language(texts: Mapping[str, str], language: str) -> str | None:
    """The text of ``texts`` ({language: text}) in ``language``, or in its base language
    ("fr" for "fr-BE"), or one of that base's regional texts; None when there is none."""
    lang = language.strip().lower()
    base = lang.split("-")[0]
    lowered = {k.lower(): v for k, v in texts.items() if v}
    for key in (lang, base):
        if key in lowered:
            return lowered[key]
    return next((v for k, v in lowered.items() if k.split("-")[0] == base), None)


# the programme's texts kept in further languages (0041), by the field each translates
# ("description" is a session's abstract)
PROGRAMME_TEXT_FIELDS = {
    "session": ("title", "room", "description"),
    "event": ("title", "venue", "description", "organisation"),
    "day": ("label",),  # 0042
}

# an event's fields that can be set (the CLI's options, the catalogue's checks)
EVENT_FIELDS = ("title", "acronym", "time_zone", "venue", "description", "organisation", "language")


@dataclass(frozen=True, slots=True, kw_only=True)
class DayRecord:
    id: int
    event_id: int
    date: date
    label: str | None
    item_count: int = 0
    # the day's name in further languages than the programme's (0042): (field, language, text)
    texts: tuple[tuple[str, str, str], ...] = ()

    def translations(self, field: str = "label") -> dict[str, str]:
        """The day's names in further languages ({language: text})."""
        return field_texts(self.texts, field)

    def name_in(self, language: str, pattern: str | None = None) -> str:
        """The day's name in ``language`` (see :func:`daylabel.day_name_in`); '' when it
        has none ("Day N" by its number is the caller's)."""
        from smparchive.core.daylabel import day_name_in

        return day_name_in(self.label, self.translations(), language, pattern)


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionRecord:
    id: int
    event_id: int
    day_id: int
    title: str
    room: str | None
    start: datetime
    end: datetime
    track: str | None
    abstract: str | None
    speakers: tuple[str, ...]
    external_id: str | None
    do_not_record: bool
    do_not_publish: bool
    item_count: int = 0
    # the title, room and description in further languages than the programme's (0041):
    # (field, language, text)
    texts: tuple[tuple[str, str, str], ...] = ()

    @property
    def titles(self) -> tuple[tuple[str, str], ...]:
        """The title in further languages: ((language, text), ...)."""
        return tuple((lang, value) for f, lang, value in self.texts if f == "title")

    def translations(self, field: str) -> dict[str, str]:
        """``field``'s texts in further languages than the programme's ({language: text})."""
        return field_texts(self.texts, field)

    def text_in(self, field: str, language: str) -> str | None:
        """``field`` ("title", "room", "description": the abstract) in ``language`` ("fr",
        "fr-BE"): its translation, else the programme's own text. The one way every view
        and export names a session in its reader's language."""
        own: str | None = self.abstract if field == "description" else getattr(self, field)
        return in_language(self.translations(field), language) or own

    def title_in(self, language: str) -> str:
        """The title in ``language`` ("fr", "fr-BE"), else the programme's own."""
        return self.text_in("title", language) or self.title

    def search_texts(self) -> tuple[str, ...]:
        """What an item's search text takes from its session (``searchtext``): the title,
        room, description and speakers, and every text kept in further languages."""
        own = (self.title, self.room or "", self.abstract or "", *self.speakers)
        return tuple(t for t in (*own, *(text for _, _, text in self.texts)) if t)


@dataclass(frozen=True, slots=True, kw_only=True)
class TagRecord:
    id: int
    name: str
    kind: str
    parent_id: int | None
    path: str
    restriction: str
    item_count: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class CollectionRecord:
    id: int
    name: str
    description: str | None
    query: str | None
    created_at: datetime
    item_count: int = 0

    @property
    def smart(self) -> bool:
        return self.query is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportRecordView:
    id: int
    created_at: datetime
    target: str
    target_kind: str
    preset: str
    source: str | None
    settings: dict[str, Any]
    overrides: dict[str, Any]
    item_count: int
    bytes: int
    status: str
    message: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Chapter:
    """A chapter mark inside a segment: seconds from the start of the recording.

    A *draft* chapter is one the app guessed (a session's speakers spread evenly over its
    segment), not a time anybody saw: it is shown as a draft and never published until a
    person places or confirms it (``confirmed_chapters``)."""

    start_s: float
    title: str
    draft: bool = False


def confirmed_chapters(chapters: Iterable[Chapter]) -> tuple[Chapter, ...]:
    """``chapters`` accepted by a person as they are: none of them is a draft any more."""
    return tuple(Chapter(start_s=c.start_s, title=c.title) for c in chapters)


@dataclass(frozen=True, slots=True, kw_only=True)
class CaptionTrack:
    """A WebVTT caption file a user added to a segment, kept in the catalogue (a copy: the
    user's file is never changed, and the catalogue does not depend on it staying)."""

    language: str  # BCP 47 ('en', 'fr'): the page's srclang
    name: str  # the file it came from
    timing: str  # "segment": timed from the segment's start; "recording": from the file's
    text: str  # the checked WebVTT (UTF-8)
    cues: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentRecord:
    """A part of one recording (seconds of the file), usually one session of a day capture."""

    id: int
    item_id: int
    start_s: float
    end_s: float
    title: str
    session_id: int | None
    chapters: tuple[Chapter, ...]
    origin: str  # SegmentOrigin
    reason: str | None
    captions: tuple[CaptionTrack, ...] = ()

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s
