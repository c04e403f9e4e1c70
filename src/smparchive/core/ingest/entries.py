"""Turning a worker's :class:`Look` at a file into catalogue values (an IngestEntry)."""

from __future__ import annotations

from typing import Any

from smparchive.core.catalog.ops_ingest import IngestEntry
from smparchive.core.catalog.ops_metadata import COLOR_LABELS
from smparchive.core.ingest.tasks import Look
from smparchive.core.ingest.walk import FoundFile
from smparchive.core.media.boilerplate import drop_boilerplate
from smparchive.core.media.info import Kind, MediaInfo, Outcome
from smparchive.core.media.readers import reader_version
from smparchive.core.media.xmp import DEFAULT_TEXT_LANG, keyword_tree, read_alt
from smparchive.core.vocab import ItemStatus, TagKind, ThumbState, TimeSource

MAX_TEXT = 20_000  # a title/caption longer than this is cut (a broken XMP, not a caption)


def outcome_columns(
    info: MediaInfo,
    *,
    thumbnails: bool,
    provisional: bool,
    thumbnail_problem: str | None = None,
    extra_warnings: tuple[str, ...] = (),
) -> dict[str, Any]:
    """status, status_reason, warnings and thumb_state for a probe outcome."""
    problems = [p for p in info.problems if p] + [w for w in extra_warnings if w]
    reason: str | None = None
    if info.outcome is Outcome.ERROR:
        reason = problems.pop() if problems else "The file cannot be read."
        status, thumb = ItemStatus.ERROR, ThumbState.NONE
    elif info.outcome is Outcome.WARNING:
        if thumbnail_problem and thumbnail_problem not in problems:
            problems.append(thumbnail_problem)
        # a damaged photo's partial picture is shown (the warning says it is partial)
        partial = thumbnails and thumbnail_problem is not None
        status, thumb = ItemStatus.WARNING, ThumbState.OK if partial else ThumbState.NONE
    else:
        status = ItemStatus.OK
        if thumbnails:
            thumb = ThumbState.OK
        elif info.kind is Kind.OTHER or (info.kind is Kind.AUDIO and not provisional):
            thumb = ThumbState.NONE  # nothing to picture; not a problem
        else:
            thumb = ThumbState.PENDING
    return {
        "status": status,
        "status_reason": reason,
        "warnings": "\n".join(dict.fromkeys(problems)) or None,
        "thumb_state": thumb,
    }


def technical_columns(info: MediaInfo) -> dict[str, Any]:
    """Facts a probe determines (overwritten by every re-probe)."""
    return {
        "kind": str(info.kind),
        "mime": info.mime,
        "format": info.format,
        "width": info.width,
        "height": info.height,
        "orientation": info.orientation,
        "duration_s": info.duration_s,
        "frame_rate": info.frame_rate,
        "video_codec": info.video_codec,
        "audio_codec": info.audio_codec,
        "page_count": info.page_count,
        "camera_make": _short(info.camera_make, 200),
        "camera_model": _short(info.camera_model, 200),
        "camera_serial": _short(info.camera_serial, 200),
        "lens": _short(info.lens, 200),
        "gps_lat": info.gps_lat,
        "gps_lon": info.gps_lon,
        "gps_alt": info.gps_alt,
        "has_embedded_thumb": bool(info.embedded_thumbnail),
        "reader_version": reader_version(info.kind, info.format),
    }


def to_entry(found: FoundFile, look: Look) -> IngestEntry:
    """Everything the catalogue stores for a file after a first look or a full probe."""
    info = look.info
    drop_boilerplate(info)  # every path (first look, full probe) ends here
    technical = technical_columns(info)
    technical.update(
        outcome_columns(
            info,
            thumbnails=bool(look.thumbnails),
            provisional=look.provisional,
            thumbnail_problem=look.thumbnail_problem,
            extra_warnings=(found.name_warning,) if found.name_warning else (),
        )
    )
    capture = info.capture
    entry = IngestEntry(
        rel_path=found.rel_path,
        name=found.rel_path.rsplit("/", 1)[-1],
        size=found.size,
        mtime_ns=found.mtime_ns,
        sha256=look.sha256,
        technical=technical,
        user=user_columns(info),
        capture_local=capture.local.replace(tzinfo=None) if capture else None,
        capture_offset_min=capture.offset_minutes if capture else None,
        capture_source=str(capture.source) if capture else TimeSource.FILE_MTIME,
        texts=texts_of(info),
        tags=tags_of(info),
    )
    if info.text or info.notes or info.slide_titles:
        entry.content = (info.text, info.notes, [t for t in info.slide_titles if t])
    return entry


def user_columns(info: MediaInfo) -> dict[str, Any]:
    """Values a file carries for fields the user may edit (they only fill defaults)."""
    out: dict[str, Any] = {}
    if info.rating is not None:
        if info.rating < 0:
            out["flag"] = -1
        else:
            out["rating"] = max(0, min(5, int(info.rating)))
    if info.picked is not None and "flag" not in out:
        out["flag"] = 1 if info.picked else -1
    label = (info.color_label or "").strip().lower()
    if label in COLOR_LABELS:
        out["color_label"] = label
    for name, limit in (
        ("creator", 500),
        ("credit_line", 500),
        ("copyright", 1000),
        ("licence", 500),
    ):
        value = _short(getattr(info, name), limit)
        if value:
            out[name] = value
    return out


def texts_of(info: MediaInfo) -> list[tuple[str, str, str]]:
    """(field, language, value) rows for titles, captions and alt texts."""
    rows = []
    for fld, values in (("title", info.title), ("caption", info.caption), ("alt", info.alt_text)):
        # An x-default repeating a language's text is that language's copy, not a text.
        for lang, value in read_alt(values or {}, DEFAULT_TEXT_LANG).items():
            text = (value or "").strip()
            if text:
                rows.append((fld, (lang or "x-default").strip().lower()[:16], text[:MAX_TEXT]))
    return rows


def tags_of(info: MediaInfo) -> list[tuple[str, str]]:
    """(kind, path) of keywords (hierarchies kept as trees, 'A|B|C') and people."""
    tags: dict[tuple[str, str], None] = {}
    keywords, people = keyword_tree(info.keywords, info.hierarchical_keywords, info.people)
    for path in keywords:
        tags[(TagKind.KEYWORD, path)] = None
    for person in [*info.people, *people]:
        person = person.replace("|", "/").strip()
        if person and (TagKind.PERSON, person.lower()) not in {(k, p.lower()) for k, p in tags}:
            tags[(TagKind.PERSON, person)] = None
    return list(tags)


def _short(value: str | None, limit: int) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value[:limit] or None
