"""What scans could not catalogue (link loops, too-long paths, pipes, unreadable folders)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select

from smparchive.core.catalog.base import CatalogBase
from smparchive.core.catalog.models import ScanProblem, utcnow


@dataclass(frozen=True, slots=True)
class ScanProblemRecord:
    """A path under a root that the last complete scan of that root skipped, and why."""

    root_id: int
    path: str
    reason: str
    seen_at: datetime


class ScanProblemOps(CatalogBase):
    """Kept per root and replaced by each complete walk, so fixed problems disappear."""

    def record_scan_problems(self, root_id: int, problems: Iterable[tuple[str, str]]) -> None:
        """Replace the root's problems with those of a walk that ran to the end."""
        now = utcnow()
        rows = {path: reason for path, reason in problems}
        with self._write_sessions() as s, s.begin():
            s.execute(delete(ScanProblem).where(ScanProblem.root_id == root_id))
            if rows:
                s.execute(
                    insert(ScanProblem),
                    [
                        {"root_id": root_id, "path": p, "reason": r, "seen_at": now}
                        for p, r in rows.items()
                    ],
                )

    def scan_problems(self, root_ids: Sequence[int] | None = None) -> list[ScanProblemRecord]:
        """Skipped paths, by root and path."""
        q = select(ScanProblem).order_by(ScanProblem.root_id, ScanProblem.path)
        if root_ids:
            q = q.where(ScanProblem.root_id.in_(list(root_ids)))
        with self._read() as s:
            return [ScanProblemRecord(p.root_id, p.path, p.reason, p.seen_at) for p in s.scalars(q)]
