"""init, info, check, undo, redo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.cli.main import EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, human_bytes, print_json
from smparchive.core import paths

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.changes import OpResult, UndoRecord


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a catalogue (or open and upgrade an existing one)")
    p.add_argument("path", nargs="?", help="catalogue file (default: --catalogue or the default)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("info", help="counts by kind and status, schema version, file locations")
    add_json_flag(p)
    p.set_defaults(handler=cmd_info, read_only=True)

    p = sub.add_parser(
        "check",
        help="check the catalogue file for damage (reads every page; only --compact writes)",
    )
    p.add_argument(
        "--full", action="store_true", help="also check every index against its table (slower)"
    )
    p.add_argument(
        "--compact",
        action="store_true",
        help="then give the file's free space back (VACUUM; takes about as long as a copy)",
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("undo", help="undo your last change to the catalogue")
    p.add_argument(
        "--yes", action="store_true", help="confirm undoing a large step (it says what it removes)"
    )
    p.set_defaults(handler=cmd_undo)
    p = sub.add_parser("redo", help="redo the change you undid last")
    p.set_defaults(handler=cmd_redo)


def cmd_init(ctx: Context) -> int:
    if ctx.args.path:
        ctx.args.catalogue = str(Path(ctx.args.path).expanduser())
    cat = ctx.catalog(create=True)
    if "://" not in cat.location:
        paths.remember_catalogue(Path(cat.location))
    info = cat.info()
    if ctx.args.json:
        print_json(info)
    else:
        print(
            f"Catalogue ready: {info.location} (schema {info.schema_revision}, "
            f"{counted(info.items, 'item')})"
        )
    return EXIT_OK


def cmd_info(ctx: Context) -> int:
    info = ctx.catalog().info()
    if ctx.args.json:
        print_json(info)
        return EXIT_OK
    print(f"Catalogue:  {info.location}")
    print(f"Cache:      {info.cache_dir or '-'}")
    print(f"Schema:     {info.schema_revision}")
    print(f"Items:      {info.items} ({human_bytes(info.total_bytes)})")
    for kind, n in sorted(info.by_kind.items()):
        print(f"  {kind:<10} {n}")
    print("Status:     " + ", ".join(f"{k} {v}" for k, v in sorted(info.by_status.items())))
    print(f"Folders:    {info.roots}")
    print(f"Events:     {info.events}   sessions: {info.sessions}")
    print(f"Tags:       {info.tags}   collections: {info.collections}")
    print(f"Log files:  {paths.log_dir()}")
    return EXIT_OK


def cmd_check(ctx: Context) -> int:
    """SQLite's integrity check on the catalogue file (opening it skips this: too slow)."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.catalog.schema import integrity_problems

    location = ctx.args.catalogue
    if location is not None and "://" in location:
        print("A database server keeps its own integrity: nothing to check here.")
        return EXIT_OK
    path = Path(location) if location is not None else paths.default_catalogue()
    if not path.is_file():
        raise CatalogError(f"No catalogue at {path}.")
    problems = integrity_problems(path.absolute(), full=ctx.args.full)
    sizes: tuple[int, int] | None = None
    if ctx.args.compact and not problems:
        from smparchive.core.catalog.schema import compact

        before = path.stat().st_size
        compact(ctx.catalog().engine)
        sizes = (before, path.stat().st_size)
    if ctx.args.json:
        out: dict[str, object] = {"catalogue": str(path), "ok": not problems, "problems": problems}
        if sizes is not None:
            out["bytes_before"], out["bytes_after"] = sizes
        print_json(out)
    elif problems:
        print(f"{path} is damaged; SQLite reports:")
        for line in problems[:50]:
            print(f"  {line}")
        print("The file has not been changed; restore it from a backup.")
    else:
        print(f"{path}: no damage found.")
    if sizes is not None and not ctx.args.json:
        print(f"Compacted: {human_bytes(sizes[0])} -> {human_bytes(sizes[1])}.")
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_undo(ctx: Context) -> int:
    from smparchive.core.catalog.undo_impact import undo_impact

    cat = ctx.catalog()
    record = cat.next_undo()
    if record is None:
        print("Nothing to undo.")
        return EXIT_PROBLEMS
    impact = undo_impact(cat, record)
    if impact and not ctx.args.yes:
        print(f"{impact.sentence()} Run 'smparchive undo --yes' to do it; nothing was changed.")
        return EXIT_PROBLEMS
    result = _undone(cat, record)
    if isinstance(result, int):
        return result
    print(f"Undone: {_step(cat, record.entry_id, result.message.removeprefix('Undo '))}")
    if result.kept is not None:  # what stays, as the app's status bar says it
        print(result.kept.said)
    return EXIT_OK


def cmd_redo(ctx: Context) -> int:
    cat = ctx.catalog()
    record = cat.next_redo()
    if record is None:
        print("Nothing to redo.")
        return EXIT_PROBLEMS
    result = _undone(cat, record)
    if isinstance(result, int):
        return result
    print(f"Redone: {_step(cat, record.entry_id, result.message)}")
    if result.kept is not None:
        print(result.kept.said)
    return EXIT_OK


def _step(cat: Catalog, entry_id: int | None, label: str) -> str:
    """The step as the app's Edit menu and the log name it ('Rate 4', not 'Set rating'):
    from the values its change set, when the history still holds that change."""
    from smparchive.core.catalog.labels import readable, step_name

    if entry_id is not None:
        for r in cat.history(limit=500):
            if r.entry_id == entry_id and r.action == "do":
                return step_name(r.label, r.details.get("values") or {})
    return readable(label)


def _undone(cat: Catalog, record: UndoRecord) -> OpResult[None] | int:
    """Apply the undo (or redo) ``record``; else the exit code, said: refused (the step by
    the name the app gives it, then why, in one sentence), or left to a teammate who holds
    all it set (on stdout, exit 0: the command did its part)."""
    from smparchive.cli.output import refusal
    from smparchive.core.catalog.audit import EditConflict, NothingLeftToUndo
    from smparchive.core.catalog.changes import LeftToTeammate
    from smparchive.core.catalog.labels import readable
    from smparchive.core.messages import labelled

    try:
        return cat.undo(record)
    except LeftToTeammate as exc:  # nothing of one's own to undo: said, not a failure
        print(labelled(readable(record.label.removeprefix("Undo ")), str(exc)))
        return EXIT_OK
    except (EditConflict, NothingLeftToUndo) as exc:
        refusal(exc, readable(record.label.removeprefix("Undo ")))
        return EXIT_PROBLEMS
