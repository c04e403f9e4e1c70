"""Programme import planning: which sessions of a parsed programme are new, changed,
unchanged or gone.

Pure: compares a :class:`ParsedSchedule` with the sessions already catalogued (matched by
their external id) so that re-importing an updated programme updates and never duplicates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from smparchive.core.catalog.records import SessionRecord
from smparchive.core.domain.schedule_model import ParsedSchedule, ParsedSession, ScheduleError
from smparchive.core.messages import problem
from smparchive.core.plural import counted

# Session columns a programme owns (a re-import overwrites them).
PROGRAMME_FIELDS = (
    "title",
    "room",
    "start",
    "end",
    "track",
    "abstract",
    "speakers",
    "do_not_record",
    "do_not_publish",
)

# Left as they are when a programme format does not carry them (a CSV has no abstracts).
OPTIONAL_FIELDS = ("track", "abstract")


def session_values(p: ParsedSession) -> dict[str, Any]:
    """Column values of a parsed session (times in UTC)."""
    return {
        "title": p.title.strip(),
        "room": (p.room or "").strip() or None,
        "start": p.start.astimezone(UTC),
        "end": p.end.astimezone(UTC),
        "track": (p.track or "").strip() or None,
        "abstract": p.abstract or None,
        "speakers": list(p.speakers),
        "do_not_record": bool(p.do_not_record),
        "do_not_publish": bool(p.do_not_publish),
    }


def record_values(r: SessionRecord) -> dict[str, Any]:
    """The same columns of a catalogued session, for comparison."""
    return {
        "title": r.title,
        "room": r.room,
        "start": r.start,
        "end": r.end,
        "track": r.track,
        "abstract": r.abstract,
        "speakers": list(r.speakers),
        "do_not_record": r.do_not_record,
        "do_not_publish": r.do_not_publish,
    }


@dataclass(frozen=True, slots=True)
class SessionUpdate:
    """A catalogued session whose programme entry changed."""

    session_id: int
    parsed: ParsedSession
    changed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing a programme would do."""

    add: tuple[ParsedSession, ...]
    update: tuple[SessionUpdate, ...]
    unchanged: tuple[int, ...]
    gone: tuple[SessionRecord, ...]  # in the catalogue, no longer in the programme


def plan_import(parsed: ParsedSchedule, existing: Sequence[SessionRecord]) -> ImportPlan:
    """Match parsed sessions to catalogued ones by external id."""
    by_ext = {r.external_id: r for r in existing if r.external_id}
    add: list[ParsedSession] = []
    update: list[SessionUpdate] = []
    unchanged: list[int] = []
    seen: set[str] = set()
    for p in parsed.sessions:
        seen.add(p.external_id)
        rec = by_ext.get(p.external_id)
        if rec is None:
            add.append(p)
            continue
        new, old = session_values(p), record_values(rec)
        changed = tuple(
            k
            for k in PROGRAMME_FIELDS
            if new[k] != old[k] and not (k in OPTIONAL_FIELDS and new[k] is None)
        )
        if changed:
            update.append(SessionUpdate(rec.id, p, changed))
        else:
            unchanged.append(rec.id)
    gone = tuple(r for r in existing if r.external_id and r.external_id not in seen)
    return ImportPlan(tuple(add), tuple(update), tuple(unchanged), gone)


def overlap_errors(parsed: ParsedSchedule) -> list[str]:
    """The parser's findings of sessions overlapping in one room (each names its element)."""
    return [w for w in parsed.warnings if " overlaps " in w and " in room " in w]


def check_importable(parsed: ParsedSchedule, *, allow_overlaps: bool = False) -> None:
    """Refuse a programme with sessions overlapping in one room (unless allowed)."""
    errors = [] if allow_overlaps else overlap_errors(parsed)
    if errors:
        shown = "; ".join(errors[:3])
        if len(errors) > 3:
            raise ScheduleError(
                problem("programme.overlaps_refused_more", sentences=shown, n=len(errors) - 3)
            )
        raise ScheduleError(problem("programme.overlaps_refused", sentences=shown))


def renamed_day(change: tuple[str, str, str, str]) -> str:
    """One renamed day as a summary shows it: '2022-06-01: “Day 1” → “Opening”', the
    language in brackets for a name in a further one."""
    iso, lang, old, new = change
    said = f" ({lang})" if lang else ""
    return f"{iso}{said}: “{old}” → “{new}”"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """The outcome of a programme import (OpResult.value)."""

    event_id: int
    format: str
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0
    removed_from_programme: tuple[str, ...] = ()
    days_added: tuple[str, ...] = ()
    # (ISO date, language ('' its own name), old name, new name) of days the programme renamed
    days_renamed: tuple[tuple[str, str, str, str], ...] = ()
    speakers_added: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """A short human report."""
        out = [
            f"{counted(len(self.added), 'session')} added, {len(self.updated)} updated, "
            f"{self.unchanged} unchanged."
        ]
        out += [f"  + {t}" for t in self.added]
        out += [f"  ~ {t}" for t in self.updated]
        if self.days_added:
            out.append("Days added: " + ", ".join(self.days_added))
        if self.days_renamed:
            out.append("Days renamed:")
            out += [f"  {renamed_day(r)}" for r in self.days_renamed]
        if self.speakers_added:
            out.append("New speakers (person tags): " + ", ".join(self.speakers_added))
        out += [f"Note: {n}" for n in self.notes]
        out += [f"Warning: {w}" for w in self.warnings]
        return out
