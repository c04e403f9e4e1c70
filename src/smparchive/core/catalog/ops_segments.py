"""Segments of recordings: a day-long capture cut (virtually) into sessions, with chapters.

A segment is a row pointing into its recording (start and end in seconds of the file); the
recording stays one original, never modified. Every change is undoable; changes report the
recording (and the sessions involved) so views refresh.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, case, exists, func, or_, select

from smparchive.core.catalog import labels
from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import MediaItem, Segment, table_of
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.records import CaptionTrack, Chapter, SegmentRecord
from smparchive.core.catalog.textfold import folded_contains
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.messages import problem
from smparchive.core.vocab import Kind, SegmentOrigin

_SEG: Table = table_of(Segment)
# A cut may end this far past the recording's catalogued duration (container rounding).
_END_SLACK_S = 0.5
_EDITABLE = frozenset({"start_s", "end_s", "title", "session_id", "chapters", "captions"})
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
CAPTION_TIMINGS = ("segment", "recording")


@dataclass(frozen=True, slots=True)
class SegmentSpec:
    """A segment to create (from a proposal or by hand)."""

    start_s: float
    end_s: float
    title: str
    session_id: int | None = None
    chapters: tuple[Chapter, ...] = ()
    origin: str = SegmentOrigin.MANUAL
    reason: str | None = None


def _chapters_json(chapters: Iterable[Chapter | Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for c in chapters:
        start, title, draft = (
            (c.start_s, c.title, c.draft)
            if isinstance(c, Chapter)
            else (c["start_s"], c["title"], c.get("draft", False))
        )
        row: dict[str, Any] = {"start_s": round(float(start), 3), "title": str(title).strip()}
        if draft:  # only a guessed chapter carries the key: older rows read as confirmed
            row["draft"] = True
        out.append(row)
    return sorted(out, key=lambda c: c["start_s"])


def _record(row: Any) -> SegmentRecord:
    return SegmentRecord(
        id=row.id,
        item_id=row.item_id,
        start_s=float(row.start_s),
        end_s=float(row.end_s),
        title=row.title,
        session_id=row.session_id,
        chapters=tuple(
            Chapter(
                start_s=float(c["start_s"]),
                title=str(c["title"]),
                draft=bool(c.get("draft", False)),
            )
            for c in row.chapters or ()
        ),
        origin=row.origin,
        reason=row.reason,
        captions=tuple(
            CaptionTrack(
                language=str(c["language"]),
                name=str(c.get("name", "")),
                timing=str(c.get("timing", "segment")),
                text=str(c["text"]),
                cues=int(c.get("cues", 0)),
            )
            for c in row.captions or ()
        ),
    )


def _captions_json(tracks: Iterable[CaptionTrack | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Caption tracks as stored: one per language (a later one replaces an earlier one)."""
    by_language: dict[str, dict[str, Any]] = {}
    for t in tracks:
        c: dict[str, Any] = (
            {
                "language": t.language,
                "name": t.name,
                "timing": t.timing,
                "text": t.text,
                "cues": t.cues,
            }
            if isinstance(t, CaptionTrack)
            else dict(t)
        )
        language = str(c.get("language", "")).strip()
        if not _LANGUAGE.match(language):
            raise CatalogError(problem("captions.bad_language", language=language))
        if c.get("timing", "segment") not in CAPTION_TIMINGS:
            raise CatalogError(problem("captions.timing"))
        if not str(c.get("text", "")).startswith("WEBVTT"):
            raise CatalogError(problem("captions.not_checked"))
        by_language[language.lower()] = {
            "language": language,
            "name": str(c.get("name", ""))[:255],
            "timing": str(c.get("timing", "segment")),
            "text": str(c["text"]),
            "cues": int(c.get("cues", 0)),
        }
    return [by_language[k] for k in sorted(by_language)]


def _check_span(start: float, end: float, duration: float | None, chapters: Sequence[Any]) -> None:
    if not (math.isfinite(start) and math.isfinite(end)):
        raise CatalogError(problem("segment.times_not_numbers"))
    if start < 0:
        raise CatalogError(problem("segment.before_recording"))
    if end <= start:
        raise CatalogError(
            problem("segment.end_before_start", value=f"{start:.2f}", limit=f"{end:.2f}")
        )
    if duration is not None and end > duration + _END_SLACK_S:
        raise CatalogError(
            problem("segment.after_recording", value=f"{end:.2f}", limit=f"{duration:.2f}")
        )
    for c in chapters:
        at = c["start_s"]
        if not start <= at < end:
            raise CatalogError(
                problem(
                    "segment.chapter_outside",
                    title=c["title"],
                    n=f"{at:.2f}",
                    value=f"{start:.2f}",
                    limit=f"{end:.2f}",
                )
            )


class SegmentOps(CatalogBase):
    """Read, create, edit and delete segments of recordings."""

    # -- reading ----------------------------------------------------------------------------
    def segments(
        self,
        item_id: int | None = None,
        *,
        session_ids: Sequence[int] = (),
        text: str = "",
        segment_ids: Sequence[int] | None = None,
    ) -> list[SegmentRecord]:
        """Segments, by recording then start; filtered by recording, sessions, ids, or a text
        found in the segment's title, its chapters' titles or its session's title."""
        q = select(Segment).order_by(Segment.item_id, Segment.start_s, Segment.id)
        if item_id is not None:
            q = q.where(Segment.item_id == item_id)
        if session_ids:
            q = q.where(Segment.session_id.in_(list(session_ids)))
        if text.strip():
            q = q.where(segment_text_clause(text, self.engine.dialect.name))
        with self._read() as s:
            if segment_ids is not None:
                rows = []
                for chunk in chunked(list(segment_ids)):
                    rows += list(s.scalars(q.where(Segment.id.in_(chunk))))
                rows.sort(key=lambda r: (r.item_id, r.start_s, r.id))
            else:
                rows = list(s.scalars(q))
            return [_record(r) for r in rows]

    def segment(self, segment_id: int) -> SegmentRecord:
        """One segment; CatalogError when unknown."""
        found = self.segments(segment_ids=[segment_id])
        if not found:
            raise CatalogError(problem("missing.segment", value=segment_id))
        return found[0]

    def segment_counts(self, item_ids: Sequence[int]) -> dict[int, int]:
        """How many segments each of ``item_ids`` holds (items with none are left out)."""
        out: dict[int, int] = {}
        with self._read() as s:
            for chunk in chunked(list(item_ids)):
                q = (
                    select(Segment.item_id, func.count())
                    .where(Segment.item_id.in_(chunk))
                    .group_by(Segment.item_id)
                )
                out.update({int(i): int(n) for i, n in s.execute(q)})
        return out

    # -- writing ----------------------------------------------------------------------------
    def add_segment(
        self,
        item_id: int,
        start_s: float,
        end_s: float,
        title: str,
        *,
        session_id: int | None = None,
        chapters: Sequence[Chapter] = (),
        origin: str = SegmentOrigin.MANUAL,
        reason: str | None = None,
    ) -> OpResult[int]:
        """Add one segment to a recording (value = its id)."""
        spec = SegmentSpec(start_s, end_s, title, session_id, tuple(chapters), origin, reason)

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            duration = _recording_duration(ctx, item_id)
            new_id = _insert(ctx, item_id, spec, duration)
            sessions = frozenset({session_id} if session_id is not None else ())
            return ChangeSummary(items=frozenset({item_id}), sessions=sessions), new_id

        return self._write(f"Add segment {title.strip()}", op, text_unchanged=True)

    def apply_segments(
        self, item_id: int, specs: Sequence[SegmentSpec], *, keep_manual: bool = True
    ) -> OpResult[list[int]]:
        """Replace the recording's programme segments by ``specs`` in one undoable step.

        Segments made or moved by hand, or given captions, stay (with ``keep_manual``), and
        a proposed segment for a session that already has such a one on this recording is
        skipped.
        """

        def op(ctx: WriteContext) -> tuple[ChangeSummary, list[int]]:
            duration = _recording_duration(ctx, item_id)
            existing = list(ctx.session.scalars(select(Segment).where(Segment.item_id == item_id)))
            touched = {r.session_id for r in existing if r.session_id is not None}
            if keep_manual:
                # made or moved by hand, or given captions by hand: kept
                kept = [r for r in existing if r.origin == SegmentOrigin.MANUAL or r.captions]
                drop = [r.id for r in existing if r not in kept]
                manual_sessions = {r.session_id for r in kept}
            else:
                drop = [r.id for r in existing]
                manual_sessions = set()
            for chunk in chunked(drop):
                ctx.journal.delete(_SEG, _SEG.c.id.in_(chunk))
            made = []
            for spec in specs:
                if spec.session_id is not None and spec.session_id in manual_sessions:
                    continue
                made.append(_insert(ctx, item_id, spec, duration))
                if spec.session_id is not None:
                    touched.add(spec.session_id)
            changes = ChangeSummary(items=frozenset({item_id}), sessions=frozenset(touched))
            return changes, made

        return self._write(labels.CUT_INTO_SESSIONS, op, text_unchanged=True)

    def edit_segment(self, segment_id: int, **fields: Any) -> OpResult[None]:
        """Change a segment's start_s, end_s, title, session_id, chapters or captions (caption
        tracks, one per language; see ``organise.segments.attach_captions``). Moving a cut
        makes the segment hand-made (a new proposal leaves it alone)."""
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise CatalogError(f"A segment has no editable field {', '.join(sorted(unknown))}.")
        if "title" in fields:
            fields["title"] = _clean_title(fields["title"])
        if "chapters" in fields:
            fields["chapters"] = _chapters_json(fields["chapters"])
        if "captions" in fields:
            fields["captions"] = _captions_json(fields["captions"])
        if "start_s" in fields or "end_s" in fields:
            fields["origin"] = SegmentOrigin.MANUAL

        def op(ctx: WriteContext) -> ChangeSummary:
            row = ctx.session.get(Segment, segment_id)
            if row is None:
                raise CatalogError(problem("missing.segment", value=segment_id))
            start = float(fields.get("start_s", row.start_s))
            end = float(fields.get("end_s", row.end_s))
            chapters = fields.get("chapters", row.chapters or [])
            _check_span(start, end, _recording_duration(ctx, row.item_id), chapters)
            session_id = fields.get("session_id", row.session_id)
            _check_session(ctx, session_id)
            sessions = {x for x in (row.session_id, session_id) if x is not None}
            item_id = row.item_id
            ctx.journal.update(_SEG, [{"id": segment_id}], fields)
            return ChangeSummary(items=frozenset({item_id}), sessions=frozenset(sessions))

        return self._write("Edit segment", op, text_unchanged=True)

    def delete_segments(self, segment_ids: Sequence[int]) -> OpResult[None]:
        """Delete segments (their recording is untouched)."""
        ids = list(dict.fromkeys(segment_ids))

        def op(ctx: WriteContext) -> ChangeSummary:
            items: set[int] = set()
            sessions: set[int] = set()
            found = set()
            for chunk in chunked(ids):
                for sid, iid, sess in ctx.session.execute(
                    select(Segment.id, Segment.item_id, Segment.session_id).where(
                        Segment.id.in_(chunk)
                    )
                ):
                    found.add(sid)
                    items.add(iid)
                    if sess is not None:
                        sessions.add(sess)
            missing = [str(i) for i in ids if i not in found]
            if missing:
                raise CatalogError(problem("missing.segment", value=", ".join(missing[:10])))
            for chunk in chunked(ids):
                ctx.journal.delete(_SEG, _SEG.c.id.in_(chunk))
            return ChangeSummary(items=frozenset(items), sessions=frozenset(sessions))

        label = "Delete segment" if len(ids) == 1 else f"Delete {len(ids)} segments"
        return self._write(label, op, text_unchanged=True)


def segment_text_clause(text: str, dialect: str) -> Any:
    """Segments whose title, chapter titles or session title contain ``text`` (any case;
    ``%`` and ``_`` are themselves).

    Only the chapters' titles are read, never the JSON around them: "title", "draft" or a
    start time must not find every segment that has chapters."""
    text = text.strip()
    return or_(
        folded_contains(Segment.title, text),
        _chapter_title_exists(text, dialect),
        Segment.session_id.in_(
            select(ProgrammeSession.id).where(folded_contains(ProgrammeSession.title, text))
        ),
    )


def _chapter_title_exists(text: str, dialect: str) -> Any:
    """EXISTS a chapter of the segment whose title contains ``text`` (any case).

    A chapter that is not an object reads as having no title (never an error)."""
    if dialect == "postgresql":  # the column is json (not jsonb) there
        chapters = case(
            (func.json_typeof(Segment.chapters) == "array", Segment.chapters), else_=None
        )
        chapter = func.json_array_elements(chapters).column_valued("chapter")
        title = case(
            (func.json_typeof(chapter) == "object", chapter.op("->>")("title")), else_=None
        )
        return exists().where(folded_contains(title, text))  # FROM the set of chapters
    each = func.json_each(Segment.chapters).table_valued("value", "type").alias("chapter")
    obj = case((each.c.type == "object", each.c.value), else_=None)
    named = func.json_extract(obj, "$.title")
    return exists().select_from(each).where(folded_contains(named, text))


def _clean_title(title: Any) -> str:
    value = " ".join(str(title or "").split())
    if not value:
        raise CatalogError(problem("segment.needs_title"))
    return value[:500]


def _recording_duration(ctx: WriteContext, item_id: int) -> float | None:
    row = ctx.session.execute(
        select(MediaItem.kind, MediaItem.duration_s).where(MediaItem.id == item_id)
    ).first()
    if row is None:
        raise CatalogError(problem("missing.item", value=item_id))
    if row.kind not in (Kind.VIDEO, Kind.AUDIO):
        raise CatalogError(problem("segment.not_recording", value=item_id))
    return float(row.duration_s) if row.duration_s else None


def _check_session(ctx: WriteContext, session_id: int | None) -> None:
    if session_id is not None and ctx.session.get(ProgrammeSession, session_id) is None:
        raise CatalogError(problem("missing.session", value=session_id))


def _insert(ctx: WriteContext, item_id: int, spec: SegmentSpec, duration: float | None) -> int:
    chapters = _chapters_json(spec.chapters)
    start, end = float(spec.start_s), float(spec.end_s)
    _check_span(start, end, duration, chapters)
    _check_session(ctx, spec.session_id)
    return ctx.journal.insert_returning_id(
        _SEG,
        {
            "item_id": item_id,
            "start_s": round(start, 3),
            "end_s": round(end, 3),
            "title": _clean_title(spec.title),
            "session_id": spec.session_id,
            "chapters": chapters,
            "origin": str(spec.origin),
            "reason": spec.reason,
        },
    )
