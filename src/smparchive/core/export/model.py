"""Frozen input records for the export engine, independent of the catalogue.

The integrator maps catalogue records into :class:`ExportEntry` and :class:`EventInfo`; the
engine never reads the catalogue. Localised texts are ``{language: text}`` dicts, with
``x-default`` for text whose language is unknown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.core.catalog.records import in_language
from smparchive.core.daylabel import day_name_in
from smparchive.core.media.kinds import TimeSource
from smparchive.core.vocab import Consent, Kind

if TYPE_CHECKING:  # imported where used: XMP and MWG cost ~27 ms of every command's start
    from smparchive.core.domain.sidecars_xmp import SidecarMetadata

__all__ = [
    "ClipSpec",
    "ConsentStatus",
    "EventInfo",
    "ExportEntry",
    "FaceBox",
    "Kind",
    "LangText",
    "pick_text",
    "segment_entry_id",
]

LangText = Mapping[str, str]


# What the people shown or recorded agreed to: the catalogue's own vocabulary.
ConsentStatus = Consent


@dataclass(frozen=True, slots=True)
class EventInfo:
    """The conference the exported items belong to."""

    title: str
    acronym: str = ""
    organisation: str = ""
    description: str = ""
    location: str = ""
    start: date | None = None
    end: date | None = None
    url: str = ""
    # the language of the texts above and of the programme's (day, session and room names)
    language: str = "en"
    # the title and location in further languages ({language: text}): a page or post in
    # one of them shows that text instead, unmarked
    title_texts: LangText = field(default_factory=dict)
    location_texts: LangText = field(default_factory=dict)
    description_texts: LangText = field(default_factory=dict)
    organisation_texts: LangText = field(default_factory=dict)

    def text_in(self, field: str, language: str) -> str:
        """``field`` ("title", "location", "description", "organisation") in ``language``
        when the programme has it so, else the programme's own."""
        own: str = getattr(self, field)
        return programme_text(own, getattr(self, f"{field}_texts"), language)


def segment_entry_id(segment_id: int) -> str:
    """The export id of a recording segment's clip ('segment-12'; items are '12')."""
    return f"segment-{segment_id}"


@dataclass(frozen=True, slots=True)
class ClipSpec:
    """A part of a recording exported as a clip of its own (stream copy, chapters)."""

    segment_id: int
    recording_id: int
    recording_name: str
    start_s: float
    end_s: float
    chapters: tuple[tuple[float, str], ...] = ()  # (seconds of the recording, title)
    # chapters the app only guessed (speakers spread evenly), left out of the clip, its
    # chapter track and the page until a person confirms them: the preflight says so
    draft_chapters: int = 0
    recording_duration_s: float | None = None
    # WebVTT caption files the user added: (language, timing, text), timing "segment" or
    # "recording" (media.webvtt.clip_webvtt)
    captions: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A face found in a photo: its box as fractions of the upright picture, and the person
    it was confirmed to be ('' when nobody confirmed it: unknown or only suggested)."""

    x: float
    y: float
    w: float
    h: float
    person: str = ""


@dataclass(frozen=True, slots=True)
class ExportEntry:
    """One catalogued file offered for export, with everything the export needs to know."""

    item_id: str
    source: Path
    sha256: str
    size: int
    kind: Kind
    mime: str
    original_name: str
    # the catalogue's picture of it (thumbcache.picture_key: a video's chosen poster frame)
    picture_key: str | None = None
    capture: datetime | None = None  # aware; the local wall clock is used for names
    time_source: str = ""  # where ``capture`` came from (media.info.TimeSource value)
    time_offset_min: int | None = None  # the offset the file recorded with it, if any
    clock_shift_s: int = 0  # the camera clock correction included in ``capture``
    # False: neither the file nor the event gives a zone; ``capture``'s offset is a stand-in
    capture_zone_known: bool = True
    title: LangText = field(default_factory=dict)
    caption: LangText = field(default_factory=dict)
    alt_text: LangText = field(default_factory=dict)
    # languages whose alt text was a draft, left out of ``alt_text`` by the plan (so a post
    # kit can say "still a draft" where it would otherwise say "no alt text")
    draft_alt_languages: tuple[str, ...] = ()
    creator: str = ""
    credit_line: str = ""
    copyright: str = ""
    licence: str = ""
    keywords: tuple[str, ...] = ()
    hierarchical_keywords: tuple[str, ...] = ()  # "Event|Day 1|Keynote"
    people: tuple[str, ...] = ()
    # (person, platform, handle) for the people tagged who have a handle on a platform
    handles: tuple[tuple[str, str, str], ...] = ()
    event_title: str = ""
    event_titles: LangText = field(default_factory=dict)  # in further languages
    event_acronym: str = ""
    day_date: date | None = None
    day_label: str = ""
    day_labels: LangText = field(default_factory=dict)  # the day's name in further languages
    session_title: str = ""  # in the programme's language (EventInfo.language)
    session_titles: LangText = field(default_factory=dict)  # in further languages
    session_room: str = ""
    session_rooms: LangText = field(default_factory=dict)  # in further languages
    session_start: datetime | None = None  # the programme's start: the page's session order
    session_hours: str = ""  # "09:30–11:00" in the event's zone ("" when it has none)
    session_speakers: tuple[str, ...] = ()
    session_do_not_record: bool = False
    session_do_not_publish: bool = False
    consent: ConsentStatus = ConsentStatus.UNKNOWN
    rating: int | None = None
    rejected: bool = False  # flagged Rejected (X) while culling
    focus: tuple[float, float] | None = None  # (x, y) in 0..1 of the displayed image
    duration_s: float | None = None
    pages: int | None = None
    orientation: int | None = None  # EXIF 1-8 as catalogued
    width: int | None = None  # stored pixel size, used to estimate output sizes
    height: int | None = None
    clip: ClipSpec | None = None  # set: the entry is this part of the recording ``source``
    # The record's values of registry fields with an export name token (core/fields.py) that
    # the entry has no attribute of its own for: ``{token}`` of a newly added field.
    field_values: Mapping[str, object] = field(default_factory=dict)
    # For blurring faces (export.faceblur): the item's own consent before the people shown
    # lowered it (None: ``consent``), the restricted people shown as (name, their consent),
    # and the faces found in the photo.
    own_consent: ConsentStatus | None = None
    restricted_people: tuple[tuple[str, ConsentStatus], ...] = ()
    faces: tuple[FaceBox, ...] = ()
    # What the catalogue's XMP sidecar of the item holds (Write XMP Sidecars), written beside
    # the original in an archival package (export.sidecars); None: made from the entry.
    sidecar: SidecarMetadata | None = None

    def day_label_in(self, language: str, pattern: str | None = None) -> str:
        """The day's name in ``language`` (``daylabel.day_name_in``: its name there when the
        programme gave one, "Jour 1" for a generic "Day 1"); "" with no day's name."""
        return day_name_in(self.day_label, self.day_labels, language, pattern)

    def session_title_in(self, language: str) -> str:
        """The session's title in ``language`` when the programme has it, else its own."""
        return programme_text(self.session_title, self.session_titles, language)

    def title_in(self, language: str) -> str:
        """The item's title in ``language`` (a clip's: its session's there), else its own
        name: what a clip is called in an export in ``language``."""
        return (
            pick_text(self.title, language) or self.session_title_in(language) or self.original_name
        )

    def session_room_in(self, language: str) -> str:
        """The session's room in ``language`` when the programme has it, else its own."""
        return programme_text(self.session_room, self.session_rooms, language)

    def event_title_in(self, language: str) -> str:
        """The event's title in ``language`` when the programme has it, else its own."""
        return programme_text(self.event_title, self.event_titles, language)

    def programme_keyword(self, language: str) -> str:
        """The item's place in the programme as a keyword tree, "Event|Day 1|Keynote", in
        ``language`` when the programme has it so ("": the programme's own), as the
        catalogue bridge puts it among the hierarchical keywords."""
        day = self.day_label_in(language) if language else self.day_label
        day = day or (self.day_date.isoformat() if self.day_date else "")
        parts = (self.event_title_in(language), day, self.session_title_in(language))
        return "|".join(p for p in parts if p)

    @property
    def catalogue_id(self) -> int:
        """The catalogue item behind the entry (a clip's: its recording)."""
        return self.clip.recording_id if self.clip is not None else int(self.item_id)

    @property
    def created(self) -> datetime | None:
        """``capture`` when it is a creation time read from the file's own metadata (EXIF,
        XMP, IPTC, a container or document date); None for a file's modification time,
        which says when the file was last copied or saved, not when it was made."""
        return None if self.time_source == TimeSource.FILE_MTIME else self.capture

    def __post_init__(self) -> None:
        if self.capture is not None and self.capture.tzinfo is None:
            raise ValueError(f"{self.item_id}: capture time must be timezone-aware")
        if self.focus is not None:
            x, y = self.focus
            if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise ValueError(f"{self.item_id}: focus point must lie in 0..1")


def programme_text(own: str, translations: LangText, language: str) -> str:
    """A programme text (a session's title or room, the event's title or venue) for
    ``language``: its translation into that language (or its base language) when there is
    one, else the programme's own ``own``. The catalogue's one rule (``in_language``: the
    sidebar's and inspector's), for what an export writes."""
    return in_language(translations, language) or own


def pick_text(texts: LangText, language: str) -> str:
    """The text in ``language``, else ``x-default``, else the first non-empty one."""
    for key in (language, language.split("-")[0], "x-default"):
        value = texts.get(key)
        if value:
            return value
    return next((v for v in texts.values() if v), "")
