"""sidecars write|read: XMP sidecars out to disk, and the catalogue rebuilt from them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smparchive.cli.main import EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table
from smparchive.cli.selection import add_filter_args, select_ids

if TYPE_CHECKING:
    from smparchive.core.organise.sidecars import SidecarReport

NAMING = """Beside the originals (folders set with 'roots set --sidecars beside'): name.ext.xmp;
an existing name.xmp is updated only when no other file shares the base name. Otherwise:
<catalogue>.sidecars/<root id>-<label>/<path>.xmp next to the catalogue. Fields smparchive
owns replace those of an existing sidecar; everything else in it is kept."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sidecars", help="write XMP sidecars, or read them back into the catalogue")
    ss = p.add_subparsers(dest="sidecars_cmd", metavar="ACTION", required=True)
    w = ss.add_parser(
        "write",
        help="write the metadata of items into XMP sidecars",
        description=NAMING,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common(w)
    w.add_argument(
        "--foreign",
        choices=["merge", "refuse"],
        default="merge",
        help="a sidecar another program wrote: merge into it (default) or leave it alone",
    )
    w.set_defaults(handler=cmd_write)
    r = ss.add_parser(
        "read",
        help="apply what sidecars say to the catalogue (undoable; 'undo' reverts it)",
        description="Each field a sidecar holds replaces the catalogue's value; fields it "
        "does not hold are left alone.",
    )
    _common(r)
    r.set_defaults(handler=cmd_read)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("items", nargs="*", help="item ids or file paths (or use filters, or --all)")
    add_filter_args(p)
    p.add_argument("--all", action="store_true", help="every item of the catalogue")
    p.add_argument(
        "--dry-run", action="store_true", help="report what would happen; change nothing"
    )
    p.add_argument(
        "--mirror",
        metavar="DIR",
        type=Path,
        help="mirror folder to use (default: <catalogue>.sidecars; for 'read' from another "
        "catalogue, give its folder)",
    )
    p.add_argument(
        "--default-lang",
        default="en",
        help="the default language: its text is written as x-default, and an x-default "
        "another program edited is read back as it (default: en)",
    )
    add_json_flag(p)


def _ids(ctx: Context) -> list[int]:
    cat = ctx.catalog()
    if ctx.args.all:
        return list(cat.query_ids(None))
    return select_ids(cat, ctx.args, require=True)


def cmd_write(ctx: Context) -> int:
    a = ctx.args
    from smparchive.core.organise.sidecars import write_sidecars

    report = write_sidecars(
        ctx.catalog(),
        _ids(ctx),
        dry_run=a.dry_run,
        foreign=a.foreign,
        mirror_dir=a.mirror,
        default_lang=a.default_lang.strip().lower() or "en",
    )
    return _show(ctx, report)


def cmd_read(ctx: Context) -> int:
    a = ctx.args
    from smparchive.core.organise.sidecars import read_sidecars

    report = read_sidecars(
        ctx.catalog(),
        _ids(ctx),
        dry_run=a.dry_run,
        mirror_dir=a.mirror,
        default_lang=a.default_lang.strip().lower() or "en",
    )
    return _show(ctx, report)


def _show(ctx: Context, report: SidecarReport) -> int:
    data: dict[str, Any] = {
        "mode": report.mode,
        "dry_run": report.dry_run,
        "counts": report.counts,
        "problems": len(report.problems),
        "undoable": report.undo is not None,
        "outcomes": report.outcomes,
    }
    if ctx.args.json:
        print_json(data)
    else:
        print_table(
            [
                (o.item_id, o.action, o.sidecar or "", ", ".join(o.fields), o.reason or "")
                for o in report.outcomes
            ],
            ["id", "action", "sidecar", "fields", "why"],
        )
        summary = ", ".join(f"{n} {k}" for k, n in sorted(report.counts.items())) or "no items"
        prefix = "Dry run: " if report.dry_run else ""
        print(f"{prefix}{summary}; {counted(len(report.problems), 'problem')}.")
        if report.undo is not None:
            print("Run 'smparchive undo' to revert what was read.")
    return EXIT_PROBLEMS if report.problems else EXIT_OK
