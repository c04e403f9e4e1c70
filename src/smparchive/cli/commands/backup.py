"""backup, restore: whole-catalogue copies, for SQLite files and PostgreSQL databases."""

from __future__ import annotations

import argparse
from pathlib import Path

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, Context
from smparchive.cli.output import counted
from smparchive.core import paths
from smparchive.core.catalog.errors import CatalogError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="copy the whole catalogue to a file (SQLite copy or pg_dump)")
    p.add_argument("target", nargs="?", help="backup file (default: the backups folder)")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser(
        "restore", help="replace the catalogue's contents with a backup (keeps a copy first)"
    )
    p.add_argument("source", help="a file made by 'smparchive backup'")
    p.add_argument("--yes", action="store_true", help="really replace the current contents")
    p.set_defaults(handler=cmd_restore)


def _location(ctx: Context) -> str:
    loc = ctx.args.catalogue
    return str(loc) if loc is not None else str(paths.default_location())


def cmd_backup(ctx: Context) -> int:
    from smparchive.core.catalog import backups
    from smparchive.core.catalog.engine import is_url

    cat = ctx.catalog()  # opened (and checked) first: a backup of a catalogue, not any file
    info = cat.info()
    target = (
        Path(ctx.args.target).expanduser()
        if ctx.args.target
        else backups.default_backup_name(cat.location, info.schema_revision)
    )
    if is_url(cat.location):
        backups.dump_server(cat.location, target)
    else:
        backups.backup_file(Path(cat.location), target)
    print(f"Backed up {counted(info.items, 'item')} to {target}")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from smparchive.core.catalog import backups
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.engine import is_url, mask_url

    source = Path(ctx.args.source).expanduser()
    if not source.is_file():
        raise CatalogError(f"No backup file at {source}.")
    location = _location(ctx)
    if not ctx.args.yes:
        print(
            f"This replaces everything in {mask_url(location)} with {source}; "
            "run again with --yes (a copy of the current contents is kept first)."
        )
        return EXIT_FATAL
    if is_url(location):
        cat = open_catalog(location)
        try:
            safety = backups.default_backup_name(location, cat.info().schema_revision)
        finally:
            cat.close()
        backups.dump_server(location, safety)
        backups.restore_server(location, source)
    else:
        path = Path(location).expanduser().absolute()
        from smparchive.core.catalog.schema import check_sqlite_file, inspect_existing

        check_sqlite_file(source, create=False)
        inspect_existing(source)  # a damaged or foreign file is refused before anything
        safety = None
        if path.exists():
            cat = open_catalog(path)
            try:
                safety = backups.default_backup_name(str(path), cat.info().schema_revision)
            finally:
                cat.close()
            backups.backup_file(path, safety)
        backups.restore_file(source, path)
    reopened = open_catalog(location)  # upgrades an older backup's schema
    try:
        items = reopened.info().items
    finally:
        reopened.close()
    kept = f"; the previous contents are in {safety}" if safety else ""
    print(f"Restored {counted(items, 'item')} from {source}{kept}")
    return EXIT_OK
