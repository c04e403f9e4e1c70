"""Scans noted beside a SQLite catalogue, written into it at its next full open.

A rescan that finds nothing changed (``core/ingest/rescan.py``) is answered without
SQLAlchemy, whose import alone costs more than the whole rescan. Its only effects on the
catalogue would be bookkeeping: the history entry "Scan <folders>" with its counts and the
roots' "last scanned" time. Rather than writing the catalogue from a second code path, it
appends one JSON line to ``<catalogue>.scan-notes``; :func:`apply_scan_notes`, called
whenever the catalogue is opened in full (the app, any command that edits or lists the
history or the roots, the next scan that finds a change), writes each noted scan through
the catalogue's own methods with its own time and user, then empties the file. Both sides
hold an ``flock`` on the notes file, so a note is never lost between reading and emptying.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING

from smparchive.core import lazylog

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

NOTES_SUFFIX = ".scan-notes"


@contextmanager
def _locked(path: str, mode: str) -> Iterator[IO[str]]:
    with open(path, mode, encoding="utf-8") as fh:
        try:
            import fcntl
        except ImportError:  # Windows: no cross-process lock (scans hold the scan lock)
            yield fh
            return
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        yield fh  # closing the file drops the lock


def note_scan(
    location: str, roots: Sequence[tuple[int, str]], counts: dict[str, int], user: str
) -> None:
    """Note a scan of ``roots`` ((id, folder as this computer sees it)) that changed
    nothing but its own bookkeeping."""
    line = json.dumps(
        {
            "at": datetime.now(UTC).isoformat(),
            "user": user,
            "roots": [[root_id, folder] for root_id, folder in roots],
            "counts": counts,
        }
    )
    with _locked(location + NOTES_SUFFIX, "a") as fh:
        fh.write(line + "\n")


def apply_scan_notes(catalog: Catalog) -> int:
    """Write the scans noted beside the SQLite catalogue into it (history entries, roots'
    last scan times, then the history's retention), oldest first; returns how many. A
    failure is logged and leaves the notes for the next open: opening never fails here."""
    path = str(catalog.location) + NOTES_SUFFIX
    try:
        if "://" in path or os.path.getsize(path) == 0:
            return 0
    except OSError:
        return 0  # no notes (the usual case: one stat per open)
    from smparchive.core.pathnames import display

    try:
        with _locked(path, "r+") as fh:
            notes = [json.loads(line) for line in fh.read().splitlines() if line.strip()]
            places: dict[int, str] = {}
            for note in notes:
                at = datetime.fromisoformat(note["at"])
                roots = [(int(root_id), str(folder)) for root_id, folder in note["roots"]]
                for root_id, folder in roots:
                    catalog.ingest_root_seen(root_id, online=True, scanned=True, when=at)
                    places[root_id] = folder
                catalog.record_scan(
                    [display(folder) for _id, folder in roots],
                    {k: int(v) for k, v in note["counts"].items()},
                    user=str(note["user"]),
                    at=at,
                )
            if notes:
                catalog.prune_history()
                for root_id, folder in places.items():
                    if os.path.isdir(folder):
                        catalog.remember_root_place(root_id, folder)
            fh.seek(0)
            fh.truncate()
        return len(notes)
    except Exception as exc:
        lazylog.logger(__name__).warning("scans noted in %s not written yet: %s", path, exc)
        return 0
