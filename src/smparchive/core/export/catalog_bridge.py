"""Map catalogue records to the export engine's inputs (no SQL: records come from the facade).

The engine knows nothing of the catalogue; this module turns :class:`ItemRecord` plus the
item's session, day and event into an :class:`ExportEntry`, and the event into
:class:`EventInfo`. Consent is the catalogue's *effective* consent: restricted people shown
lower the entry's consent status, while session flags travel as the entry's session flags so
the engine names the right reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.core.catalog.records import (
    DayRecord,
    EventRecord,
    ItemRecord,
    SessionRecord,
)
from smparchive.core.domain import timefmt
from smparchive.core.domain.consent import (
    CONSENT_RANK,
    SESSION_REASONS,
    EffectiveConsent,
)
from smparchive.core.export.model import (
    ClipSpec,
    ConsentStatus,
    EventInfo,
    ExportEntry,
    FaceBox,
    Kind,
    segment_entry_id,
)
from smparchive.core.export.pipeline import ItemProblem
from smparchive.core.fields import FieldType, token_fields
from smparchive.core.messages import current, problem
from smparchive.core.vocab import FaceState, TagKind

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.domain.sidecars_xmp import SidecarMetadata

__all__ = [
    "CatalogEntries",
    "entry_for_record",
    "event_info",
    "load_entries",
    "load_segment_entries",
    "suggest_alt_texts",
    "unavailable_reason",
]

# item status -> the code of why it cannot go out (core/messages.py); "_why" adds the reason
_STATUS_TEXT = {
    "missing": "export.item_missing",
    "offline": "export.item_offline",
    "error": "export.item_error",
}


@dataclass(frozen=True, slots=True)
class CatalogEntries:
    """Entries for the exportable items, and why the others cannot go out at all."""

    entries: tuple[ExportEntry, ...]
    unavailable: tuple[ItemProblem, ...]
    consent_details: Mapping[str, tuple[str, ...]]  # item id -> catalogue reasons, readable
    names: Mapping[str, str]  # item id -> file name, for every requested item
    # item id -> (reason code, what it is about) per catalogue reason, to phrase them anew
    consent_causes: Mapping[str, tuple[tuple[str, str], ...]]
    # a clip's entry id ('segment-12') -> its recording's item id
    recordings: Mapping[str, int] = field(default_factory=dict)

    def merged(self, other: CatalogEntries) -> CatalogEntries:
        """Both sets of entries (items, then clips of segments)."""
        return CatalogEntries(
            entries=self.entries + other.entries,
            unavailable=self.unavailable + other.unavailable,
            consent_details={**self.consent_details, **other.consent_details},
            names={**self.names, **other.names},
            consent_causes={**self.consent_causes, **other.consent_causes},
            recordings={**self.recordings, **other.recordings},
        )


def event_info(event: EventRecord | None, days: Sequence[DayRecord] = ()) -> EventInfo | None:
    """The export's event description from the catalogue's event and its days.

    Its language is the one the event says its programme is written in; when nobody said,
    ``x-default``: the texts are then shown unmarked on every page, as the catalogue cannot
    tell (not the export's language, which had a French page call an English venue French,
    nor English, which would mark a French programme as English on its own page)."""
    if event is None:
        return None
    dates = sorted(d.date for d in days if d.event_id == event.id)
    return EventInfo(
        title=event.title,
        acronym=event.acronym or "",
        organisation=event.organisation or "",
        description=event.description or "",
        location=event.venue or "",
        start=dates[0] if dates else None,
        end=dates[-1] if dates else None,
        language=event.language or "x-default",
        title_texts=event.translations("title"),
        location_texts=event.translations("venue"),
        description_texts=event.translations("description"),
        organisation_texts=event.translations("organisation"),
    )


def unavailable_reason(rec: ItemRecord) -> str | None:
    """Why an item cannot be exported at all (None: it can)."""
    if rec.status in _STATUS_TEXT:
        code = _STATUS_TEXT[rec.status]
        if rec.status_reason and rec.status == "error":
            # the scan's sentence says it whole ("The file is empty (0 bytes)."): put after
            # "The file could not be read when it was catalogued: " it said it twice
            return current(rec.status_reason)
        if rec.status_reason:
            return problem(f"{code}_why", why=rec.status_reason)
        return problem(code)
    if not rec.sha256:
        return problem("export.item_unhashed")
    return None


def _consent(rec: ItemRecord, effective: EffectiveConsent | None) -> ConsentStatus:
    """Own consent lowered by restricted people shown (session flags are passed apart)."""
    status = rec.consent if rec.consent in CONSENT_RANK else ConsentStatus.UNKNOWN
    for code in effective.reasons if effective else ():
        scope, _, level = code.partition(":")
        if scope == "person" and CONSENT_RANK.get(level, -1) > CONSENT_RANK[status]:
            status = level
    return ConsentStatus(status)


def _own_consent(rec: ItemRecord) -> ConsentStatus:
    return ConsentStatus(rec.consent if rec.consent in CONSENT_RANK else ConsentStatus.UNKNOWN)


def _restricted_people(effective: EffectiveConsent | None) -> tuple[tuple[str, ConsentStatus], ...]:
    """(name, consent) of the restricted people the item shows."""
    out = []
    for code, subject in zip(
        effective.reasons if effective else (), effective.subjects if effective else (), strict=True
    ):
        scope, _, level = code.partition(":")
        if scope == "person" and level in CONSENT_RANK:
            out.append((subject, ConsentStatus(level)))
    return tuple(out)


def _zone(rec: ItemRecord, event_zone: tzinfo | None) -> tzinfo:
    if event_zone is not None:
        return event_zone
    if rec.capture_offset_min is not None:
        return timezone(timedelta(minutes=rec.capture_offset_min))
    return UTC


def _kind(value: str) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        return Kind.OTHER


def entry_for_record(
    rec: ItemRecord,
    *,
    effective: EffectiveConsent | None = None,
    session: SessionRecord | None = None,
    day: DayRecord | None = None,
    event: EventRecord | None = None,
    event_zone: tzinfo | None = None,
    handles: Mapping[int, Mapping[str, str]] | None = None,
    faces: Sequence[FaceBox] = (),
    sidecar: SidecarMetadata | None = None,
) -> ExportEntry:
    """One export entry from an item record and its programme context.

    ``handles``: person tag id -> {platform: handle}, for the post kit's mentions;
    ``faces``: the faces found in the photo (to blur some of them); ``sidecar``: what the
    item's XMP sidecar holds (archival packages write it beside the original).
    """
    keywords: list[str] = []
    hierarchical: list[str] = []
    people: list[str] = []
    mentions: list[tuple[str, str, str]] = []
    for tag in rec.tags:
        if tag.kind == TagKind.PERSON:
            people.append(tag.name)
            for platform, handle in sorted((handles or {}).get(tag.id, {}).items()):
                mentions.append((tag.name, platform, handle))
            continue
        keywords.append(tag.name)
        if "|" in tag.path:
            hierarchical.append(tag.path)
    day_label = (day.label or "") if day else ""
    if event is not None and session is not None:
        day_part = day_label or (day.date.isoformat() if day else "")
        # in the programme's language: an export writes it in its own (programme_keyword)
        hierarchical.append("|".join(p for p in (event.title, day_part, session.title) if p))
    reasons = effective.reasons if effective else ()
    # The corrected time in the event's zone, to the second: what every view shows.
    shown = timefmt.shown_time(rec.capture_utc, _zone(rec, event_zone))
    capture = shown.local.replace(microsecond=0) if shown is not None else None
    focus = (
        (rec.focus_x, rec.focus_y) if rec.focus_x is not None and rec.focus_y is not None else None
    )
    return ExportEntry(
        item_id=str(rec.id),
        source=Path(rec.path),
        sha256=rec.sha256 or "",
        picture_key=rec.picture_key,
        size=rec.size,
        kind=_kind(rec.kind),
        mime=rec.mime or "application/octet-stream",
        original_name=rec.name,
        capture=capture,
        time_source=rec.capture_source or "",
        time_offset_min=rec.capture_offset_min,
        clock_shift_s=rec.clock_shift_s or 0,
        capture_zone_known=event_zone is not None or rec.capture_offset_min is not None,
        title=dict(rec.titles),
        caption=dict(rec.captions),
        alt_text=dict(rec.alt_texts),
        creator=rec.creator or "",
        credit_line=rec.credit_line or "",
        copyright=rec.copyright or "",
        licence=rec.licence or "",
        keywords=tuple(dict.fromkeys(keywords)),
        hierarchical_keywords=tuple(dict.fromkeys(hierarchical)),
        people=tuple(dict.fromkeys(people)),
        handles=tuple(dict.fromkeys(mentions)),
        event_title=event.title if event else "",
        event_titles=event.translations("title") if event else {},
        event_acronym=(event.acronym or "") if event else "",
        day_date=day.date if day else None,
        day_label=day_label,
        day_labels=day.translations() if day else {},
        session_title=session.title if session else "",
        session_titles=session.translations("title") if session else {},
        session_room=(session.room or "") if session else "",
        session_rooms=session.translations("room") if session else {},
        session_start=session.start if session else None,
        session_hours=session_hours(session, event_zone),
        session_speakers=tuple(session.speakers) if session else (),
        session_do_not_record="session:do_not_record" in reasons,
        session_do_not_publish="session:do_not_publish" in reasons
        or bool(session and session.do_not_publish),
        consent=_consent(rec, effective),
        own_consent=_own_consent(rec),
        restricted_people=_restricted_people(effective),
        faces=tuple(faces),
        sidecar=sidecar,
        rating=rec.rating or None,
        rejected=rec.flag == -1,
        focus=focus,
        duration_s=rec.duration_s,
        pages=rec.page_count,
        orientation=rec.orientation,
        width=rec.width,
        height=rec.height,
        # localised texts travel as title/caption/alt_text above; every other stored field
        # is an ItemRecord attribute (tests/core/test_fields.py)
        field_values={
            f.name: getattr(rec, f.name)
            for f in token_fields()
            if not f.derived and f.type is not FieldType.LOCALISED
        },
    )


def load_entries(
    catalog: Catalog, item_ids: Sequence[int], *, sidecars: bool = False
) -> CatalogEntries:
    """Records, programme context and effective consent for ``item_ids``, as entries;
    ``sidecars``: with what each item's XMP sidecar holds (an archival package's).

    Items that are missing, offline, in error or not hashed are listed as unavailable;
    ids the catalogue does not know raise KeyError.
    """
    ids = list(dict.fromkeys(item_ids))
    records = catalog.items(ids)
    if len(records) != len(ids):
        known = {r.id for r in records}
        raise KeyError(f"No item with id {', '.join(str(i) for i in ids if i not in known)}")
    consent = catalog.effective_consent(ids)
    sessions = {s.id: s for s in catalog.sessions(counts=False)}
    days = catalog.days(counts=False)
    days_by_id = {d.id: d for d in days}
    events = {e.id: e for e in catalog.events()}
    main = catalog.event()
    zones = {eid: catalog.event_zone(eid) for eid in events}
    handles = catalog.person_handles()
    faces = _faces(catalog, [r.id for r in records if r.kind == Kind.PHOTO])
    # what Write XMP Sidecars writes for each item: an archival package carries it
    metadata = {i.id: i.metadata for i in catalog.sidecar_items(ids)} if sidecars else {}
    entries: list[ExportEntry] = []
    unavailable: list[ItemProblem] = []
    details: dict[str, tuple[str, ...]] = {}
    causes: dict[str, tuple[tuple[str, str], ...]] = {}
    for rec in records:
        reason = unavailable_reason(rec)
        if reason is not None:
            unavailable.append(ItemProblem(str(rec.id), rec.path, reason))
            continue
        session = sessions.get(rec.session_id) if rec.session_id is not None else None
        day = days_by_id.get(rec.day_id) if rec.day_id is not None else None
        if day is None and session is not None:
            day = days_by_id.get(session.day_id)
        event_id = session.event_id if session else day.event_id if day else None
        event = events.get(event_id) if event_id is not None else main
        zone = zones.get(event.id) if event is not None else None
        effective = consent.get(rec.id)
        entries.append(
            entry_for_record(
                rec,
                effective=effective,
                session=session,
                day=day,
                event=event,
                event_zone=zone,
                handles=handles,
                faces=faces.get(rec.id, ()),
                sidecar=metadata.get(rec.id),
            )
        )
        if effective is not None and effective.details:
            details[str(rec.id)] = effective.details
            causes[str(rec.id)] = tuple(zip(effective.reasons, effective.subjects, strict=True))
    return CatalogEntries(
        entries=tuple(entries),
        unavailable=tuple(unavailable),
        consent_details=details,
        names={str(r.id): r.name for r in records},
        consent_causes=causes,
    )


def _faces(catalog: Catalog, item_ids: Sequence[int]) -> dict[int, list[FaceBox]]:
    """The faces found in these photos; a face is someone's only once confirmed."""
    out: dict[int, list[FaceBox]] = {}
    if not item_ids:
        return out
    for f in catalog.faces(item_ids=item_ids):
        person = (f.person or "") if f.state == FaceState.CONFIRMED else ""
        out.setdefault(f.item_id, []).append(FaceBox(f.x, f.y, f.w, f.h, person))
    return out


def session_hours(session: SessionRecord | None, zone: tzinfo | None) -> str:
    """A session's programme hours, '09:30–11:00', in ``zone`` (the event's); "" without a
    zone (stored in UTC, they would read two hours early in Brussels) or a session."""
    if session is None or zone is None:
        return ""
    return f"{session.start.astimezone(zone):%H:%M}–{session.end.astimezone(zone):%H:%M}"


def _clip_name(title: str, start_s: float) -> str:
    whole = int(start_s)
    h, rest = divmod(whole, 3600)
    m, sec = divmod(rest, 60)
    return f"{title} ({h}h{m:02d}m{sec:02d}s).mp4"


def load_segment_entries(
    catalog: Catalog, segment_ids: Sequence[int], language: str = ""
) -> CatalogEntries:
    """Entries for recording segments: each a clip of its recording, with the segment's
    session as its programme context. Consent is the recording's own and that of the people
    it shows, plus the segment's session flags (a do-not-publish session's clip is held
    back even when the rest of the day's recording may go out). ``language``: the export's,
    in which a clip titled as its session is named (the preflight's rows)."""
    segments = catalog.segments(segment_ids=list(dict.fromkeys(segment_ids)))
    if not segments:
        return CatalogEntries((), (), {}, {}, {})
    recording_ids = list(dict.fromkeys(s.item_id for s in segments))
    base = load_entries(catalog, recording_ids)
    by_id = {e.item_id: e for e in base.entries}
    sessions = {s.id: s for s in catalog.sessions(counts=False)}
    days = {d.id: d for d in catalog.days(counts=False)}
    # the programme's language, for a clip titled as its session is (a programme text)
    languages = {e.id: e.language for e in catalog.events()}
    consent = catalog.effective_consent(recording_ids)
    entries: list[ExportEntry] = []
    unavailable: list[ItemProblem] = []
    details: dict[str, tuple[str, ...]] = {}
    causes: dict[str, tuple[tuple[str, str], ...]] = {}
    names: dict[str, str] = {}
    recordings: dict[str, int] = {}
    for seg in segments:
        key = segment_entry_id(seg.id)
        recordings[key] = seg.item_id
        names[key] = seg.title
        rec_entry = by_id.get(str(seg.item_id))
        if rec_entry is None:  # the recording cannot go out at all: neither can its clip
            why = next(
                (p.message for p in base.unavailable if p.item_id == str(seg.item_id)),
                problem("export.recording_unavailable"),
            )
            unavailable.append(
                ItemProblem(
                    str(seg.item_id), f"{seg.title} ({base.names.get(str(seg.item_id), '')})", why
                )
            )
            continue
        session = sessions.get(seg.session_id) if seg.session_id is not None else None
        day = days.get(session.day_id) if session is not None else None
        if language and session is not None and seg.title == session.title:
            # named as its clip and its page name it: "Table ronde du REM" in French
            names[key] = session.title_in(language)
        effective = consent.get(seg.item_id)
        people = tuple(
            (code, about)
            for code, about in zip(
                effective.reasons if effective else (),
                effective.subjects if effective else (),
                strict=True,
            )
            if not code.startswith("session:")
        )
        own_details = tuple(
            d
            for code, d in zip(
                effective.reasons if effective else (),
                effective.details if effective else (),
                strict=True,
            )
            if not code.startswith("session:")
        )
        seg_causes = list(people)
        seg_details = list(own_details)
        for code, holds in (
            ("session:do_not_publish", session is not None and session.do_not_publish),
            ("session:do_not_record", session is not None and session.do_not_record),
        ):
            if holds and session is not None:
                seg_causes.append((code, session.title))
                seg_details.append(SESSION_REASONS[code].format(title=session.title))
        if seg_details:
            details[key] = tuple(seg_details)
            causes[key] = tuple(seg_causes)
        capture = rec_entry.capture
        if capture is not None:
            capture = capture + timedelta(seconds=int(seg.start_s))
        # A clip named after its session has the programme's text, in the programme's
        # language: a French page showed the English title unmarked under the session's
        # heading marked English. A title typed for the clip is in no language said.
        title_lang = "x-default"
        title: dict[str, str] = {}
        if session is not None and day is not None and seg.title == session.title:
            title_lang = languages.get(day.event_id) or "x-default"
            title = dict(session.titles)  # and its session's titles in further languages
        entries.append(
            replace(
                rec_entry,
                item_id=key,
                # its file name ({name}) speaks the export's language, as its page does
                original_name=_clip_name(names[key], seg.start_s),
                capture=capture,
                title={title_lang: seg.title, **title},
                caption={},
                alt_text={},
                day_date=day.date if day is not None else rec_entry.day_date,
                day_label=(day.label or "") if day is not None else rec_entry.day_label,
                day_labels=day.translations() if day is not None else rec_entry.day_labels,
                session_title=session.title if session is not None else "",
                session_titles=session.translations("title") if session is not None else {},
                session_room=(session.room or "") if session is not None else "",
                session_rooms=session.translations("room") if session is not None else {},
                session_start=session.start if session is not None else None,
                session_hours=session_hours(
                    session,
                    rec_entry.capture.tzinfo
                    if rec_entry.capture is not None and rec_entry.capture_zone_known
                    else None,
                ),
                session_speakers=tuple(session.speakers) if session is not None else (),
                session_do_not_publish=bool(session is not None and session.do_not_publish),
                session_do_not_record=bool(session is not None and session.do_not_record),
                duration_s=round(seg.duration_s, 3),
                clip=ClipSpec(
                    segment_id=seg.id,
                    recording_id=seg.item_id,
                    recording_name=rec_entry.original_name,
                    start_s=seg.start_s,
                    end_s=seg.end_s,
                    chapters=tuple((c.start_s, c.title) for c in seg.chapters if not c.draft),
                    draft_chapters=sum(1 for c in seg.chapters if c.draft),
                    recording_duration_s=rec_entry.duration_s,
                    captions=tuple((c.language, c.timing, c.text) for c in seg.captions),
                ),
            )
        )
    return CatalogEntries(
        entries=tuple(entries),
        unavailable=tuple(unavailable),
        consent_details=details,
        names=names,
        consent_causes=causes,
        recordings=recordings,
    )


def suggest_alt_texts(catalog: Catalog, item_ids: Sequence[int], language: str) -> dict[int, str]:
    """Draft alt texts (marked as drafts) for the photos among ``item_ids``."""
    from smparchive.core.export.alttext import suggest_alt_text

    loaded = load_entries(catalog, item_ids)
    return {
        int(e.item_id): suggest_alt_text(e, language)
        for e in loaded.entries
        if e.kind is Kind.PHOTO
    }
