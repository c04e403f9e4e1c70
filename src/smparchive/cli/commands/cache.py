"""cache info|trim: the cache folder beside the catalogue (pictures, decks' renditions,
rendered pages)."""

from __future__ import annotations

import argparse
import re

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, human_bytes, print_json

UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}

TRIM_POLICY = """Every file in the cache folder counts. Leftovers of interrupted writes go
first, then previews (1600 px) and rendered pages, then decks' PDF renditions (LibreOffice
makes them again), then grid thumbnails (256 px), least recently used first within each; a
camera's embedded picture only when nothing else is left. Files of items on offline drives
are kept. Trimmed grid thumbnails are made again by the next scan's thumbnail job. Originals
are never touched: only files inside the cache folder are deleted."""


def parse_size(text: str) -> int:
    """'500M' -> 524288000, '2G', '1.5GB', '1024' (bytes); binary units (1M = 1024 KB)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*", text.upper())
    if m is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 500M, 2G)")
    return int(float(m.group(1)) * UNITS[m.group(2)])


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cache", help="show or trim the cache (thumbnails, previews, decks' PDFs)")
    ss = p.add_subparsers(dest="cache_cmd", metavar="ACTION", required=True)
    i = ss.add_parser("info", help="where the cache is, its size, and files per kind")
    add_json_flag(i)
    i.set_defaults(handler=cmd_info)
    t = ss.add_parser(
        "trim",
        help="delete cached files until the cache fits a size limit",
        description=TRIM_POLICY,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    t.add_argument(
        "--limit", required=True, type=parse_size, metavar="SIZE", help="e.g. 500M or 2G"
    )
    add_json_flag(t)
    t.set_defaults(handler=cmd_trim)
    sh = ss.add_parser(
        "share",
        help="team catalogue: keep everyone's thumbnails in one folder (e.g. on the share)",
    )
    sh.add_argument("folder", nargs="?", help="a folder every teammate can write to")
    sh.add_argument("--off", action="store_true", help="go back to a cache per person")
    sh.set_defaults(handler=cmd_share)


def cmd_info(ctx: Context) -> int:
    from smparchive.core.cache_folder import folder_stats

    cache = ctx.catalog().thumbnails
    if cache is None:
        print("This catalogue has no thumbnail cache folder.")
        return EXIT_OK
    st = folder_stats(cache.root)
    if ctx.args.json:
        print_json(
            {
                "location": str(st.root),
                "total_bytes": st.total_bytes,
                "files": st.files,
                "bytes": st.bytes,
            }
        )
        return EXIT_OK
    print(f"Location: {st.root}")
    print(f"Total: {human_bytes(st.total_bytes)} in {counted(sum(st.files.values()), 'file')}")
    for name in sorted(st.files):
        print(f"  {name}: {counted(st.files[name], 'file')}, {human_bytes(st.bytes[name])}")
    return EXIT_OK


def cmd_trim(ctx: Context) -> int:
    from smparchive.core.ingest.thumbnails import trim_cache

    report = trim_cache(ctx.catalog(), ctx.args.limit)
    if report is None:
        print("This catalogue has no thumbnail cache folder.")
        return EXIT_FATAL
    if ctx.args.json:
        print_json(
            {
                "limit_bytes": report.limit_bytes,
                "bytes_before": report.bytes_before,
                "bytes_after": report.bytes_after,
                "bytes_freed": report.bytes_freed,
                "deleted": report.deleted,
                "kept_offline": report.kept,
                "errors": report.errors,
                "under_limit": report.under_limit,
            }
        )
    else:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.deleted.items())) or "nothing"
        print(
            f"Freed {human_bytes(report.bytes_freed)} ({kinds}); the cache now holds "
            f"{human_bytes(report.bytes_after)} (limit {human_bytes(report.limit_bytes)})."
        )
        if report.kept:
            print(f"Kept {counted(report.kept, 'file')} of items on offline drives.")
        if report.errors:
            print(f"{counted(report.errors, 'file')} could not be deleted.")
        if not report.under_limit:
            print("The cache is still over the limit.")
    return EXIT_OK if report.under_limit and not report.errors else EXIT_PROBLEMS


def cmd_share(ctx: Context) -> int:
    from pathlib import Path

    from smparchive.core.catalog.engine import is_url

    cat = ctx.catalog()
    if not is_url(cat.location):
        print("A catalogue file keeps its cache beside it; 'share' is for team catalogues.")
        return EXIT_FATAL
    if ctx.args.off == bool(ctx.args.folder):
        print("Give a FOLDER, or --off.")
        return EXIT_FATAL
    cat.set_shared_cache(None if ctx.args.off else Path(ctx.args.folder))
    print(f"Thumbnail cache for this catalogue: {cat.cache_dir}")
    return EXIT_OK
