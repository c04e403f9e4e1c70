"""Cut a day-long recording into one segment per session of the programme.

The recording's span is its corrected capture time (container creation time plus the
camera's clock correction, as for photos) plus its duration. Each session of the programme
that span overlaps becomes a segment, clipped to the recording; then each cut that falls
inside the recording is moved to the likeliest change within two minutes (scene cut, end of
silence or black: ``core/media/boundaries.py``). Every cut carries its reasons, so a dry run
can show why it is where it is. Nothing is written here: ``Catalog.apply_segments`` does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.ops_segments import SegmentSpec
from smparchive.core.catalog.records import Chapter, SessionRecord
from smparchive.core.messages import problem
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink
from smparchive.core.vocab import Kind, SegmentOrigin

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

WINDOW_S = 120.0  # analysed either side of a programme boundary
MIN_OVERLAP_S = 60.0  # a session the recording catches for less than this is left out


@dataclass(frozen=True, slots=True)
class ProposedCut:
    """One proposed segment: a session's part of the recording, and why it is cut there."""

    session_id: int
    title: str
    start_s: float
    end_s: float
    programme_start_s: float  # where the programme puts the session (may lie outside)
    programme_end_s: float
    reasons: tuple[str, ...]
    chapters: tuple[Chapter, ...] = ()

    def spec(self) -> SegmentSpec:
        return SegmentSpec(
            start_s=self.start_s,
            end_s=self.end_s,
            title=self.title,
            session_id=self.session_id,
            chapters=self.chapters,
            origin=SegmentOrigin.PROGRAMME,
            reason="; ".join(self.reasons),
        )


@dataclass(frozen=True, slots=True)
class SegmentProposal:
    """What ``segments propose`` shows and ``segments apply`` writes, for one recording."""

    item_id: int
    name: str
    path: str
    recording_start: datetime | None
    duration_s: float | None
    cuts: tuple[ProposedCut, ...]
    notes: tuple[str, ...] = ()  # why nothing was proposed, what was left out

    def specs(self) -> list[SegmentSpec]:
        return [c.spec() for c in self.cuts]


def clock(seconds: float) -> str:
    """Seconds of a recording as H:MM:SS(.s)."""
    whole = int(seconds)
    tenth = round((seconds - whole) * 10)
    if tenth == 10:
        whole, tenth = whole + 1, 0
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" + (f".{tenth}" if tenth else "")


def _hm(moment: datetime, zone: tzinfo | None) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def programme_cuts(
    start: datetime,
    duration_s: float,
    sessions: Sequence[SessionRecord],
    *,
    room: str | None = None,
    zone: tzinfo | None = None,
    zones: Mapping[int, tzinfo] | None = None,
    draft_chapters: bool = True,
) -> tuple[list[ProposedCut], list[str]]:
    """One cut per session the recording covers (pure: no file is read). The recording's
    times read in ``zone``, a session's in its own event's (``zones`` by event id)."""
    end = start + timedelta(seconds=duration_s)

    def hours(s: SessionRecord) -> str:
        tz = (zones or {}).get(s.event_id, zone)
        return f"{_hm(s.start, tz)}-{_hm(s.end, tz)}"

    notes: list[str] = []
    caught = [
        s
        for s in sessions
        if (min(s.end, end) - max(s.start, start)).total_seconds()
        >= min(MIN_OVERLAP_S, (s.end - s.start).total_seconds() / 2)
    ]
    if not caught:
        within = [s for s in sessions if s.start <= start and end <= s.end]
        if within:  # a short recording of one session: it belongs to it whole
            notes.append(
                problem("segment.within_session", name=within[0].title, value=hours(within[0]))
            )
        else:
            notes.append(
                problem("segment.no_session", value=_hm(start, zone), limit=_hm(end, zone))
            )
        return [], notes
    # Sessions running at the same time in other rooms are parallel: one room is recorded
    # (the recording's own session's room, else the room that covers most of it). Sessions
    # in other rooms at other times stay (a livestream follows the programme across rooms).
    parallel = {
        s.id
        for s in caught
        for o in caught
        if o.id != s.id and (o.room or "") != (s.room or "") and o.start < s.end and s.start < o.end
    }
    if parallel:
        if room is None:
            cover: dict[str, float] = {}
            for s in caught:
                span = (min(s.end, end) - max(s.start, start)).total_seconds()
                cover[s.room or ""] = cover.get(s.room or "", 0.0) + span
            room = max(sorted(cover), key=lambda r: cover[r])
        dropped = [s for s in caught if s.id in parallel and (s.room or "") != room]
        if dropped:
            notes.append(
                f"Parallel sessions: room {room or '(no room)'} chosen; left out: "
                + ", ".join(f"{s.title} ({s.room or 'no room'})" for s in dropped)
                + "."
            )
        caught = [s for s in caught if s not in dropped]
    cuts: list[ProposedCut] = []
    for s in sorted(caught, key=lambda s: s.start):
        p_start = (s.start - start).total_seconds()
        p_end = (s.end - start).total_seconds()
        reasons = [problem("segment.programme", value=hours(s))]
        if p_start < 0:
            reasons.append(problem("segment.starts_with_recording"))
        if p_end > duration_s:
            reasons.append(problem("segment.ends_with_recording"))
        lo, hi = max(0.0, p_start), min(duration_s, p_end)
        chapters: tuple[Chapter, ...] = ()
        if draft_chapters and len(s.speakers) > 1:
            step = (hi - lo) / len(s.speakers)
            chapters = tuple(
                # a guess, not the speakers' real times: a draft until a person places it
                Chapter(start_s=round(lo + k * step, 3), title=name, draft=True)
                for k, name in enumerate(s.speakers)
            )
            reasons.append(problem("segment.speaker_chapters", n=len(s.speakers)))
        cuts.append(
            ProposedCut(
                s.id, s.title, round(lo, 3), round(hi, 3), p_start, p_end, tuple(reasons), chapters
            )
        )
    return cuts, notes


def refine_cuts(
    path: Path | str,
    cuts: Sequence[ProposedCut],
    duration_s: float,
    *,
    window_s: float = WINDOW_S,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> list[ProposedCut]:
    """Move each cut inside the recording to the likeliest change within ``window_s``.

    A boundary two sessions share (one ends as the next starts) is analysed once and used
    as both; the first session's end then falls at the second's start.
    """
    from smparchive.core.media.boundaries import analyse_window, suggest

    # (time, starting?) of each boundary to analyse, by (cut index, 'start'|'end')
    wanted: dict[tuple[float, bool], list[tuple[int, str]]] = {}
    for i, c in enumerate(cuts):
        if 0 < c.programme_start_s < duration_s:
            wanted.setdefault((c.programme_start_s, True), []).append((i, "start"))
        if 0 < c.programme_end_s < duration_s:
            follows = any(abs(o.programme_start_s - c.programme_end_s) < 1 for o in cuts)
            key = (c.programme_end_s, True) if follows else (c.programme_end_s, False)
            wanted.setdefault(key, []).append((i, "end"))
    out = list(cuts)
    for n, ((at, starting), users) in enumerate(sorted(wanted.items())):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(ProgressEvent("analyse", n, len(wanted), current=clock(at)))
        facts = analyse_window(path, at - window_s, min(duration_s, at + window_s))
        found = suggest(facts, at, starting=starting)
        for i, side in users:
            c = out[i]
            if found is None:
                if facts.problems:
                    note = problem(f"segment.{side}_kept", why=facts.problems[0])
                else:
                    note = problem(f"segment.{side}_kept_no_change", n=f"{window_s:.0f}")
                out[i] = replace(c, reasons=(*c.reasons, note))
                continue
            moved = found.time_s - at
            note = problem(
                f"segment.{side}_at",
                value=clock(found.time_s),
                signals=found.describe(),
                n=f"{moved:+.0f}",
            )
            if side == "start" and found.time_s < c.end_s:
                chapters = _shift_first_chapter(c.chapters, found.time_s)
                out[i] = replace(
                    c, start_s=found.time_s, chapters=chapters, reasons=(*c.reasons, note)
                )
            elif side == "end" and found.time_s > c.start_s:
                out[i] = replace(c, end_s=found.time_s, reasons=(*c.reasons, note))
    if progress is not None:
        progress(ProgressEvent("analyse", len(wanted), len(wanted)))
    # chapters must stay inside their (moved) segment
    return [
        replace(c, chapters=tuple(ch for ch in c.chapters if c.start_s <= ch.start_s < c.end_s))
        for c in out
    ]


def _shift_first_chapter(chapters: tuple[Chapter, ...], start: float) -> tuple[Chapter, ...]:
    if not chapters:
        return chapters
    return (replace(chapters[0], start_s=start), *chapters[1:])


def propose_segments(
    catalog: Catalog,
    item_id: int,
    *,
    refine: bool = True,
    window_s: float = WINDOW_S,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> SegmentProposal:
    """The segments the programme suggests for one recording (nothing is written)."""
    rec = catalog.item(item_id)
    if rec.kind not in (Kind.VIDEO, Kind.AUDIO):
        raise CatalogError(problem("segment.item_not_recording", value=item_id, name=rec.name))
    base = SegmentProposal(item_id, rec.name, rec.path, rec.capture_utc, rec.duration_s, ())
    if rec.capture_utc is None:
        return replace(base, notes=("The recording has no capture time.",))
    if not rec.duration_s:
        return replace(base, notes=("The recording's duration is not known.",))
    sessions = catalog.sessions(counts=False)
    zones = catalog.event_zones()  # each session at its own event's time
    room, zone = None, catalog.event_zone()
    if rec.session_id is not None:
        own = next((s for s in sessions if s.id == rec.session_id), None)
        room = own.room or "" if own is not None else None
        zone = zones.get(own.event_id, zone) if own is not None else zone
    cuts, notes = programme_cuts(
        rec.capture_utc, rec.duration_s, sessions, room=room, zone=zone, zones=zones
    )
    if rec.clock_shift_s:
        notes.insert(0, problem("segment.clock_corrected", n=f"{rec.clock_shift_s:+d}"))
    if refine and cuts:
        if Path(rec.path).is_file():
            cuts = refine_cuts(
                rec.path, cuts, rec.duration_s, window_s=window_s, progress=progress, cancel=cancel
            )
        else:
            notes.append(problem("segment.file_unreadable_now"))
    return replace(base, cuts=tuple(cuts), notes=tuple(notes))
