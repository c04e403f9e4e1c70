"""roots add|list|remove|set: the folders and drives a catalogue covers."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table
from smparchive.core.vocab import RootState, SidecarPolicy, stored_values
from smparchive.core.volumes import folder_gone


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("roots", help="catalogued folders and drives")
    rs = p.add_subparsers(dest="roots_cmd", metavar="ACTION", required=True)
    a = rs.add_parser("add", help="catalogue a folder or drive in place (nothing is copied)")
    a.add_argument("path")
    a.add_argument("--label", help="a name for the folder or drive")
    add_json_flag(a)
    a.set_defaults(handler=cmd_add)
    ls = rs.add_parser("list", aliases=["ls"], help="list catalogued folders")
    add_json_flag(ls)
    ls.set_defaults(handler=cmd_list)
    rm = rs.add_parser("remove", help="forget a folder and its items (files are not touched)")
    rm.add_argument("root", help="id, label or path")
    rm.add_argument("--yes", action="store_true", help="confirm: all metadata of its items goes")
    rm.set_defaults(handler=cmd_remove)
    st = rs.add_parser("set", help="change a folder's label, sidecar policy or ignore patterns")
    st.add_argument("root", help="id, label or path")
    st.add_argument("--label")
    st.add_argument(
        "--sidecars",
        choices=stored_values(SidecarPolicy),
        help="write XMP sidecars beside the originals, or into the catalogue's mirror",
    )
    st.add_argument(
        "--ignore",
        action="append",
        metavar="GLOB",
        help="ignore pattern (repeatable; replaces the list)",
    )
    st.set_defaults(handler=cmd_set)
    mp = rs.add_parser(
        "map", help="this computer sees a folder elsewhere (a share mounted at another path)"
    )
    mp.add_argument("root", help="id or label")
    mp.add_argument("path", nargs="?", help="where this computer sees it")
    mp.add_argument("--forget", action="store_true", help="use the path it was added at again")
    mp.set_defaults(handler=cmd_map)
    lc = rs.add_parser(
        "locate",
        help="look for a folder this computer does not see where it was added (the same "
        "volume or files under /media, /mnt ...); proposes a map, changes nothing",
    )
    lc.add_argument("root", help="id or label")
    add_json_flag(lc)
    lc.set_defaults(handler=cmd_locate)


def cmd_add(ctx: Context) -> int:
    cat = ctx.catalog(create=True)
    result = cat.add_root(Path(ctx.args.path), ctx.args.label)
    root = cat.root(result.value)
    if ctx.args.json:
        print_json(root)
    else:
        print(
            f"{result.message}: root {root.id} '{root.label}'. Run 'smparchive scan' to "
            "catalogue its files."
        )
    return EXIT_OK


def cmd_list(ctx: Context) -> int:
    from smparchive.cli.times import action_when  # the zone rules only where a time is shown

    roots = ctx.catalog().roots()
    if ctx.args.json:
        print_json(roots)
        return EXIT_OK
    print_table(
        [
            (
                r.id,
                r.label,
                r.path,
                r.item_count,
                RootState.of(r.online),
                r.sidecar_policy,
                action_when(r.last_scan_at),
            )
            for r in roots
        ],
        ["id", "label", "path", "items", "state", "sidecars", "last scan"],
    )
    return EXIT_OK


def cmd_remove(ctx: Context) -> int:
    cat = ctx.catalog()
    root = cat.find_root(ctx.args.root)
    if not ctx.args.yes:
        print(
            f"This forgets {counted(root.item_count, 'item')} of {root.path} and their tags, "
            "captions and assignments (the files stay). Repeat with --yes to confirm."
        )
        return EXIT_FATAL
    cat.remove_root(root.id)
    print(f"Forgot {root.path}.")
    return EXIT_OK


def cmd_set(ctx: Context) -> int:
    cat = ctx.catalog()
    root = cat.find_root(ctx.args.root)
    cat.set_root_options(
        root.id,
        label=ctx.args.label,
        sidecar_policy=ctx.args.sidecars,
        ignore_patterns=ctx.args.ignore,
    )
    print(f"Updated {root.path}.")
    return EXIT_OK


def cmd_locate(ctx: Context) -> int:
    cat = ctx.catalog()
    root = cat.find_root(ctx.args.root)
    found = cat.locate_root(root.id)
    if ctx.args.json:
        print_json({"root": root.id, "path": root.path, "found": [str(p) for p in found]})
        return EXIT_OK if found else EXIT_PROBLEMS
    if not folder_gone(root.path):  # an empty mount point is not the folder
        print(f"Folder {root.id} is at {root.path} on this computer.")
        return EXIT_OK
    if not found:
        print(f"Folder {root.id} ({root.path}) is not on this computer, nor found under the "
              "usual mount points; mount it, then: smparchive roots map "
              f"{root.id} PATH")  # fmt: skip
        return EXIT_PROBLEMS
    for path in found:
        print(f"Folder {root.id} ({root.path}) is at {path} on this computer? Map it with: "
              f"smparchive roots map {root.id} {shlex.quote(str(path))}")  # fmt: skip
    return EXIT_OK


def cmd_map(ctx: Context) -> int:
    cat = ctx.catalog()
    if ctx.args.forget == bool(ctx.args.path):
        print("Give the PATH where this computer sees the folder, or --forget.")
        return EXIT_FATAL
    root = cat.find_root(ctx.args.root)
    cat.map_root(root.id, None if ctx.args.forget else Path(ctx.args.path))
    print(f"Folder {root.id} ('{root.label or ''}') is at {cat.root(root.id).path} here.")
    return EXIT_OK
