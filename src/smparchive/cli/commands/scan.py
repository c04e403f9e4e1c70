"""scan, verify, duplicates, problems: bringing the catalogue in line with the files."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from smparchive.cli.main import EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, human_bytes, print_json, print_table, to_jsonable
from smparchive.core.progress import CancelToken, ProgressEvent
from smparchive.core.vocab import BAD_STATUSES, ItemStatus

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

SHOWN_PROBLEMS = 40


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "scan",
        help="catalogue new and changed files, re-link moved ones, mark vanished ones",
        description="Scan catalogued folders (all of them without ROOT). A ROOT that is not "
        "catalogued yet is added first. Exit code 1 when problems were found.",
    )
    p.add_argument("roots", nargs="*", metavar="ROOT", help="folder path, root id or label")
    p.add_argument("--no-thumbnails", action="store_true", help="catalogue only, no pictures")
    p.add_argument("--no-previews", action="store_true", help="grid thumbnails only")
    p.add_argument("--retry-errors", action="store_true", help="open failed files again")
    p.add_argument(
        "--wait",
        action="store_true",
        help="when another scan of the catalogue is running, wait for it instead of stopping",
    )
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: CPUs)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds allowed per file")
    add_json_flag(p)
    p.set_defaults(handler=cmd_scan, quick_start=True)

    v = sub.add_parser("verify", help="re-hash files and report those whose bytes changed")
    v.add_argument("--root", action="append", metavar="R", help="only this root (repeatable)")
    add_json_flag(v)
    v.set_defaults(handler=cmd_verify)

    d = sub.add_parser("duplicates", help="groups of identical files (same SHA-256)")
    d.add_argument("--root", action="append", metavar="R", help="only groups touching this root")
    add_json_flag(d)
    d.set_defaults(handler=cmd_duplicates)

    pr = sub.add_parser("problems", help="files in error, with warnings, missing or offline")
    pr.add_argument("--root", action="append", metavar="R", help="only this root (repeatable)")
    add_json_flag(pr)
    pr.set_defaults(handler=cmd_problems)


# -- progress -------------------------------------------------------------------------------
class ProgressBar:
    """A one-line bar on a terminal's stderr: files, bytes, current file and time left."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.enabled = out.isatty()
        self.stage = ""
        self.started = time.monotonic()
        self.width = 0

    def __call__(self, event: ProgressEvent) -> None:
        if not self.enabled:
            return
        from smparchive.core.ingest.report import eta_seconds

        if event.stage != self.stage:
            self.stage, self.started = event.stage, time.monotonic()
        elapsed = time.monotonic() - self.started
        parts = [f"{event.stage}: {event.done}" + (f"/{event.total}" if event.total else "")]
        if event.total:
            frac = min(1.0, event.done / event.total if event.total else 0)
            parts.insert(0, "[" + "#" * int(frac * 20) + "." * (20 - int(frac * 20)) + "]")
        if event.bytes_total:
            parts.append(f"{human_bytes(event.bytes_done)}/{human_bytes(event.bytes_total)}")
        eta = eta_seconds(event, elapsed)
        if eta is not None:
            parts.append(f"{int(eta) // 60}:{int(eta) % 60:02d} left")
        if event.current:
            parts.append(event.current[-40:])
        line = "  ".join(parts)[:120]
        self.out.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.out.flush()

    def done(self) -> None:
        if self.enabled and self.width:
            self.out.write("\r" + " " * self.width + "\r")
            self.out.flush()
            self.width = 0


@contextmanager
def cancel_on_interrupt() -> Iterator[CancelToken]:
    """First Ctrl-C stops cleanly (work done is kept); a second one interrupts at once."""
    token = CancelToken()

    def handler(_sig: int, _frame: Any) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()
        print("\nsmparchive: stopping after the current files ...", file=sys.stderr)

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread
        yield token
        return
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)


def _root_ids(cat: Catalog, specs: list[str] | None) -> list[int] | None:
    return [cat.find_root(s).id for s in specs] if specs else None


# -- scan -----------------------------------------------------------------------------------
def resolve_roots(cat: Catalog, specs: list[str]) -> list[int]:
    """Root ids for ids, labels or paths; a folder not catalogued yet is added."""
    from smparchive.core.catalog.errors import CatalogError

    ids = []
    for spec in specs:
        try:
            ids.append(cat.find_root(spec).id)
        except CatalogError:
            if not Path(spec).expanduser().is_dir():
                raise
            ids.append(cat.add_root(Path(spec)).value)
    return ids


def cmd_scan(ctx: Context) -> int:
    args = ctx.args
    if not args.roots and not args.retry_errors and "sqlalchemy" not in sys.modules:
        # A fresh process: a rescan that changes nothing is answered before importing
        # SQLAlchemy (core/ingest/rescan.py); in a process that has it, the full scan
        # costs no more.
        from smparchive.core.ingest.rescan import unchanged_rescan

        quick = unchanged_rescan(
            args.catalogue, thumbnails=not args.no_thumbnails, previews=not args.no_previews
        )
        if quick is not None:
            from smparchive.cli import main as cli

            cli.quick_exit = True  # nothing left to close: see smparchive.__main__
            return _report(args, quick.report, quick.thumbnails, [], quick.earlier_errors)
    from smparchive.cli.main import usual_pace

    usual_pace()  # a full scan: the cycle collector at its usual pace again
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.scanlock import scan_lock
    from smparchive.core.ingest.workers import WorkerPool

    cat = ctx.catalog(create=bool(args.roots))
    options = ScanOptions(
        workers=args.workers,
        timeout_s=args.timeout,
        retry_errors=args.retry_errors,
        pictures=not args.no_thumbnails,
    )
    bar = ProgressBar(sys.stderr)

    def waiting(message: str) -> None:
        print(f"smparchive: {message}", file=sys.stderr)

    with (
        cancel_on_interrupt() as cancel,
        scan_lock(cat, wait=args.wait, on_wait=waiting, cancel=cancel),
        WorkerPool.for_options(options) as pool,
    ):
        # Inside the lock: two scans adding the same folder at once must not both add it.
        ids = resolve_roots(cat, args.roots) if args.roots else None
        report = scan(cat, ids, bar, cancel, options, pool=pool)
        bar.done()
        thumbs = None
        if not args.no_thumbnails and not report.cancelled and cat.thumbnails is not None:
            thumbs = build_thumbnails(
                cat,
                bar,
                cancel,
                root_ids=ids,
                previews=not args.no_previews,
                options=options,
                pool=pool,
            )
            thumbs.add_scan(report)  # the scan's own, from the reads that hashed
            bar.done()
            faces = _faces_after(cat, bar, cancel, ids, options, thumbs.cancelled)
            if faces is not None and not args.json:
                print(
                    f"Faces: {counted(faces.photos, 'photo')} searched, "
                    f"{counted(faces.faces, 'face')} found."
                )
    problems = list(report.problems) + (list(thumbs.problems) if thumbs else [])
    # Errors found by earlier scans are still errors: a quiet rescan does not make them ok.
    reported = {p.item_id for p in problems if p.item_id is not None}
    earlier = [
        r for r in cat.problem_items(ids) if r.status == ItemStatus.ERROR and r.id not in reported
    ]
    return _report(args, report, thumbs, problems, len(earlier))


def _report(
    args: argparse.Namespace, report: Any, thumbs: Any, problems: list[Any], earlier: int
) -> int:
    """Print what a scan found; returns the exit code."""
    if args.json:
        print_json(
            {
                # with the count the report works out: its categories add up to files_seen
                "scan": {**to_jsonable(report), "not_read": report.not_read},
                "thumbnails": thumbs,
                "problems": problems,
                "earlier_errors": earlier,
            }
        )
    else:
        _print_summary(report, thumbs, problems)
        if earlier:
            print(
                f"{counted(earlier, 'file')} still in error since an earlier scan (see "
                "'smparchive problems'; 'scan --retry-errors' reads them again)."
            )
    cancelled = report.cancelled or bool(thumbs and thumbs.cancelled)
    failed = problems or earlier or cancelled or report.has_problems
    return EXIT_PROBLEMS if failed else EXIT_OK


def _faces_after(
    cat: Catalog,
    bar: ProgressBar,
    cancel: CancelToken,
    ids: list[int] | None,
    options: Any,
    cancelled: bool,
) -> Any:
    """Faces after thumbnails, only in a catalogue that enabled them and with the detector
    installed (privacy: nothing runs otherwise). Its own workers: they load the models once
    at start, with a longer time limit."""
    from smparchive.core.media.faces import faces_unavailable

    if cancelled or not cat.faces_enabled() or faces_unavailable() is not None:
        return None
    from smparchive.core.ingest.faces import FaceJob

    report = FaceJob(cat, root_ids=ids, options=options).run(bar, cancel)
    bar.done()
    return report


def _entries(n: int) -> str:
    return "entry" if n == 1 else "entries"


def _were(n: int) -> str:
    return "was" if n == 1 else "were"


def _reread(report: Any) -> str:
    """Of the unchanged files, those read again by a newer reader (``media.readers``)."""
    if not report.reread:
        return ""
    noun = "document" if report.reread_documents else "file"
    return f" ({counted(report.reread, noun)} re-read with the current reader)"


def _print_summary(report: Any, thumbs: Any, problems: list[Any]) -> None:
    from smparchive.core.problem_rows import file_row

    # Every file seen is in one category, so they add up (the rarer ones when there are).
    sorts = [f"{report.new} new"]
    if report.completed:
        sorts.append(f"{report.completed} completed (left unfinished by an earlier scan)")
    sorts += [f"{report.changed} changed", f"{report.moved} moved"]
    sorts.append(f"{report.unchanged} unchanged{_reread(report)}")
    if report.not_read:
        sorts.append(f"{report.not_read} not read this time")
    print(
        f"Scanned {counted(report.files_seen, 'file')} ({human_bytes(report.bytes_seen)}) in "
        f"{report.seconds:.1f} s: {', '.join(sorts)}, {report.missing} missing."
    )
    extra = []
    if report.returned:
        extra.append(f"{report.returned} back online")
    if report.offline_roots and report.offline_here:  # a team's: not offline for the others
        extra.append(
            f"{counted(len(report.offline_roots), 'folder')} not reachable from this computer "
            f"({counted(report.offline_items, 'item')} unchanged for the team)"
        )
    elif report.offline_roots:
        extra.append(
            f"{counted(len(report.offline_roots), 'folder')} offline "
            f"({counted(report.offline_items, 'item')})"
        )
    if report.duplicate_groups:
        extra.append(
            f"{counted(report.duplicate_groups, 'group')} of duplicates "
            "(see 'smparchive duplicates')"
        )
    if report.skipped:
        extra.append(f"{report.skipped} hidden or ignored {_entries(report.skipped)} skipped")
    if report.unavailable:
        extra.append(
            f"{counted(report.unavailable, 'file')} could not be read this time and stayed as "
            "catalogued (the next scan tries again)"
        )
    if extra:
        print("Also: " + "; ".join(extra) + ".")
    if thumbs is not None:
        print(
            f"Thumbnails: {thumbs.made} made, {thumbs.reused} reused, {thumbs.previews} "
            f"previews, {thumbs.failed} failed ({thumbs.seconds:.1f} s)."
        )
    if report.cancelled or (thumbs and thumbs.cancelled):
        print(
            "Stopped early: what was done is kept (files catalogued but not read in full yet "
            "have their fingerprint pending); run the scan again to finish."
        )
    if problems:
        counts: dict[str, int] = {}
        for p in problems:
            counts[p.kind] = counts.get(p.kind, 0) + 1
        print("Problems: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) + ":")
        for p in problems[:SHOWN_PROBLEMS]:
            reason = " ".join(p.reason.split("\n"))
            print(f"  {p.kind:8} {file_row(p.path, reason)}")
        if len(problems) > SHOWN_PROBLEMS:
            print(f"  ... and {len(problems) - SHOWN_PROBLEMS} more (see 'smparchive problems').")


# -- verify, duplicates, problems -----------------------------------------------------------
def cmd_verify(ctx: Context) -> int:
    from smparchive.core.ingest import verify

    cat = ctx.catalog()
    bar = ProgressBar(sys.stderr)
    with cancel_on_interrupt() as cancel:
        report = verify(cat, _root_ids(cat, ctx.args.root), bar, cancel)
    bar.done()
    if ctx.args.json:
        print_json(report)
    else:
        print(
            f"Verified {counted(report.checked, 'file')} ({human_bytes(report.bytes_checked)}) in "
            f"{report.seconds:.1f} s: {report.ok} intact, {len(report.failures)} not."
        )
        if report.skipped_offline:
            n = report.skipped_offline
            print(f"{counted(n, 'item')} on offline folders {_were(n)} not checked.")
        if report.not_checked:
            print(
                f"{counted(len(report.not_checked), 'item')} could not be checked (never read "
                "completely, or the fingerprint is still pending)."
            )
        shown = report.failures + report.not_checked
        if shown:
            print_table(
                [(f.item_id, f.state, f.path, f.detail) for f in shown],
                ["id", "state", "path", "detail"],
            )
    bad = report.failures or report.not_checked or report.cancelled
    return EXIT_PROBLEMS if bad else EXIT_OK


def cmd_duplicates(ctx: Context) -> int:
    cat = ctx.catalog()
    root_ids = _root_ids(cat, ctx.args.root)
    groups = cat.duplicate_groups(root_ids)
    pending = cat.hash_pending_count(root_ids)
    if pending and not ctx.args.json:  # (JSON lists the groups; `show` marks pending items)
        print(
            "1 item is not compared yet: its fingerprint is still pending (a scan stopped "
            "before reading it in full); scan again to include it."
            if pending == 1
            else f"{pending} items are not compared yet: their fingerprint is still pending (a "
            "scan stopped before reading them in full); scan again to include them."
        )
    if ctx.args.json:
        print_json(
            [
                {
                    "sha256": g.sha256,
                    "size": g.size,
                    "wasted_bytes": g.wasted_bytes,
                    "items": [{"id": r.id, "path": r.path, "status": r.status} for r in g.items],
                }
                for g in groups
            ]
        )
        return EXIT_OK
    if not groups:
        print("No duplicates.")
        return EXIT_OK
    wasted = sum(g.wasted_bytes for g in groups)
    print(
        f"{counted(len(groups), 'group')} of identical files; {human_bytes(wasted)} could be freed."
    )
    for g in groups:
        print(f"\n{g.sha256[:16]}  {human_bytes(g.size)} x {len(g.items)}")
        for r in g.items:
            print(
                f"  {r.id:>7}  {r.path}" + ("" if r.status == ItemStatus.OK else f"  [{r.status}]")
            )
    return EXIT_OK


def cmd_problems(ctx: Context) -> int:
    from smparchive.core.catalog.itemfilter import PROBLEM_VIEWS
    from smparchive.core.messages import current, item_problems

    cat = ctx.catalog()
    root_ids = _root_ids(cat, ctx.args.root)
    items = cat.problem_items(root_ids)
    skipped = cat.scan_problems(root_ids)
    # the app's Problems views each item is in (an unreadable file on an unplugged card is
    # in Errors and Offline): their counts are the sidebar's
    listed = {r.id for r in items}
    in_view = {name: listed & set(cat.query_ids(f)) for name, f in PROBLEM_VIEWS.items()}

    def views(item_id: int) -> list[str]:
        return [name for name, ids in in_view.items() if item_id in ids]

    if ctx.args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "path": r.path,
                    "kind": r.kind,
                    "status": r.status,
                    # why it is listed (its folder offline, gone, unreadable): never empty
                    # for those; its warnings apart
                    "reason": " ".join(item_problems(r.status, r.status_reason)) or None,
                    "warnings": [current(w) for w in r.warnings.split("\n")] if r.warnings else [],
                    "views": views(r.id),
                }
                for r in items
            ]
            + [
                {
                    "id": None,
                    "path": p.path,
                    "kind": None,
                    "status": "skipped",
                    "reason": p.reason,
                    "warnings": [],
                    "views": [],
                }
                for p in skipped
            ]
        )
    elif not items and not skipped:
        print("No problems.")
    else:
        print_table(
            [
                (
                    r.id,
                    r.status,
                    r.path,
                    " ".join(item_problems(r.status, r.status_reason, r.warnings)),
                )
                for r in items
            ]
            + [("", "skipped", p.path, p.reason) for p in skipped],
            ["id", "status", "path", "reason"],
        )
        print("Problems views: " + " · ".join(f"{n} {len(ids)}" for n, ids in in_view.items()))
    return EXIT_PROBLEMS if skipped or any(r.status in BAD_STATUSES for r in items) else EXIT_OK
