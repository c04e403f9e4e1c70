"""Fixity: hash catalogued files again and report those whose bytes changed or vanished.

A file whose size and mtime still match the catalogue but whose SHA-256 differs has been
damaged silently (bit rot, a bad copy): it becomes an error item. A file edited since the
last scan (size or mtime differ) is reported as modified; a rescan catalogues its new state.
Hashing releases the GIL, so a small thread pool keeps both cores busy without pickling.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from smparchive.core.catalog.models import utcnow
from smparchive.core.catalog.ops_ingest import ItemRef
from smparchive.core.ingest.report import Meter
from smparchive.core.ingest.transient import folder_gone, transient_cause
from smparchive.core.ingest.verify_report import VerifyEntry, VerifyReport
from smparchive.core.media.hashing import sha256_file
from smparchive.core.messages import problem
from smparchive.core.pathnames import display, os_path
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink, null_progress

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

FLUSH_EVERY = 500


def _not_checked(exc: OSError) -> str:
    """Why a file could not be checked now (its folder or drive went away, or access is
    denied: nothing is known either way)."""
    cause = transient_cause(exc)
    return problem(f"verify.{cause}" if cause is not None else "verify.unreadable")


def _check(ref: ItemRef, path: str, root: str) -> VerifyEntry:
    try:
        st = os.stat(path)
        digest = sha256_file(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and not folder_gone(root):
            return VerifyEntry(ref.id, display(path), "missing", problem("file.gone"))
        return VerifyEntry(ref.id, display(path), "unreadable", _not_checked(exc))
    if digest == ref.sha256:
        return VerifyEntry(ref.id, display(path), "ok")
    if st.st_size == ref.size and st.st_mtime_ns == ref.mtime_ns:
        why = problem("verify.changed", value=ref.sha256, other=digest)
        return VerifyEntry(ref.id, display(path), "changed", why)
    return VerifyEntry(ref.id, display(path), "modified", problem("verify.modified"))


def verify(
    catalog: Catalog,
    root_ids: Sequence[int] | None = None,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
    *,
    threads: int | None = None,
) -> VerifyReport:
    """Re-hash every present item (of ``root_ids``) and record the outcome per item."""
    cancel = cancel or CancelToken()
    started = time.monotonic()
    report = VerifyReport()
    roots = {r.id: r for r in catalog.roots(counts=False)}
    refs: list[tuple[ItemRef, str, str]] = []
    away: set[int] = set()  # counted once (a team catalogue lists them as offline too)
    for ref in catalog.verify_targets(root_ids):
        root = roots.get(ref.root_id)
        if root is None or not os.path.isdir(root.path):
            report.skipped_offline += 1
            away.add(ref.id)
            continue
        refs.append((ref, os_path(root.path, ref.rel_path), root.path))
    unhashed = catalog.hash_pending_items(root_ids)
    waiting = {ref.id for ref in unhashed}
    for ref in catalog.problem_items(root_ids):  # offline, or present but without a hash
        if ref.id in waiting or ref.id in away:
            continue
        if ref.status == "offline":
            report.skipped_offline += 1  # its drive is away: say so, do not stay silent
        elif ref.status in ("ok", "warning", "error") and not ref.sha256:
            report.not_checked.append(
                VerifyEntry(ref.id, display(ref.path), "not checked", problem("verify.never_read"))
            )
    for ref in unhashed:  # catalogued from its head: the scan stopped before its hash
        report.not_checked.append(
            VerifyEntry(ref.id, display(ref.path), "not checked", problem("verify.hash_pending"))
        )
    total, bytes_total = len(refs), sum(r.size for r, _p, _r in refs)
    meter = Meter(progress or null_progress)
    ok_ids: list[int] = []
    damaged: list[tuple[int, str]] = []
    missing: list[int] = []

    def flush() -> None:
        catalog.record_verified(ok_ids, damaged, utcnow())
        if missing:
            catalog.ingest_mark_missing(missing)
        ok_ids.clear()
        damaged.clear()
        missing.clear()

    workers = threads or min(4, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        window = workers * 4
        pending: list[Any] = []
        it = iter(refs)
        while True:
            while len(pending) < window and not cancel.cancelled:
                nxt = next(it, None)
                if nxt is None:
                    break
                pending.append((nxt[0], pool.submit(_check, *nxt)))
            if not pending:
                break
            ref, fut = pending.pop(0)
            entry = fut.result()
            report.checked += 1
            report.bytes_checked += ref.size
            if entry.state == "ok":
                report.ok += 1
                ok_ids.append(ref.id)
            else:
                report.failures.append(entry)
                if entry.state == "changed":
                    damaged.append((ref.id, entry.detail))
                elif entry.state == "missing":
                    missing.append(ref.id)
            if len(ok_ids) + len(damaged) + len(missing) >= FLUSH_EVERY:
                flush()
            meter(
                ProgressEvent(
                    "verify", report.checked, total, report.bytes_checked, bytes_total, entry.path
                )
            )
    flush()
    report.cancelled = cancel.cancelled
    report.seconds = time.monotonic() - started
    return report
