"""Every command: its module under ``cli/commands`` and its one-line help, generated from
the modules' ``register`` functions (``python -m smparchive.cli.command_index`` rewrites
this file; ``tests/core/catalog/test_reader.py`` fails while it is stale).

``smparchive --help`` lists the commands from here and ``smparchive COMMAND`` imports only
COMMAND's module: importing the 17 command modules to print their names cost more than
a read command's whole work. A command missing here still runs (the full parser is built
when the command line names a command this index does not know).
"""

from __future__ import annotations

Row = tuple[str, str, str | None, tuple[str, ...]]

# (command, module, help, aliases), in the order the full parser lists them.
COMMANDS: tuple[Row, ...] = (
    ("alt-text", "alttext", "suggest draft alt texts from the programme and people tags", ()),
    ("handle", "alttext", "people's handles on publication platforms (for posts)", ()),
    ("backup", "backup", "copy the whole catalogue to a file (SQLite copy or pg_dump)", ()),
    (
        "restore",
        "backup",
        "replace the catalogue's contents with a backup (keeps a copy first)",
        (),
    ),
    ("cache", "cache", "show or trim the cache (thumbnails, previews, decks' PDFs)", ()),
    ("init", "catalogue", "create a catalogue (or open and upgrade an existing one)", ()),
    ("info", "catalogue", "counts by kind and status, schema version, file locations", ()),
    (
        "check",
        "catalogue",
        "check the catalogue file for damage (reads every page; only --compact writes)",
        (),
    ),
    ("undo", "catalogue", "undo your last change to the catalogue", ()),
    ("redo", "catalogue", "redo the change you undid last", ()),
    ("collection", "collections", "curated and smart collections (undoable)", ()),
    ("demo", "demo", "generate a sample conference archive, catalogue it and open it", ()),
    (
        "export",
        "export",
        "export a collection, session, day, search or items (or: export history)",
        (),
    ),
    ("faces", "faces", "find faces in photos and name the people in them", ()),
    ("people", "faces", "people: consent by person", ()),
    ("log", "history", "who changed what and when (newest first)", ()),
    ("ls", "items", "list items, with filters", ()),
    ("show", "items", "everything the catalogue knows about items", ()),
    ("set", "items", "set metadata fields on items (catalogue only, undoable)", ()),
    ("tag", "items", "add or remove keywords, people, organisations or places", ()),
    ("assign", "organise", "assign items to sessions: dry run by default, --apply to confirm", ()),
    (
        "clock",
        "organise",
        "list cameras; correct a camera's clock (--set OFFSET, or --pin ITEM TIME)",
        (),
    ),
    ("event", "programme", "show or set the event (title, acronym, time zone, venue)", ()),
    ("days", "programme", "programme days: list, add, rename, delete", ()),
    ("sessions", "programme", "programme sessions: list, show, add, edit, delete, import", ()),
    ("roots", "roots", "catalogued folders and drives", ()),
    ("scan", "scan", "catalogue new and changed files, re-link moved ones, mark vanished ones", ()),
    ("verify", "scan", "re-hash files and report those whose bytes changed", ()),
    ("duplicates", "scan", "groups of identical files (same SHA-256)", ()),
    ("problems", "scan", "files in error, with warnings, missing or offline", ()),
    ("search", "search", "search items with the query language", ()),
    (
        "segments",
        "segments",
        "segments of recordings: one per session, with chapters (undoable)",
        (),
    ),
    ("sidecars", "sidecars", "write XMP sidecars, or read them back into the catalogue", ()),
)


def generate() -> tuple[Row, ...]:
    """COMMANDS as the command modules' ``register`` functions define them now."""
    import importlib
    import pkgutil
    from typing import Any

    from smparchive.cli import commands

    rows: list[Row] = []

    class Anything:
        def __getattr__(self, _name: str) -> Any:
            return lambda *_a, **_k: self

    class Recorder:
        def __init__(self, module: str) -> None:
            self.module = module

        def add_parser(self, name: str, **kwargs: Any) -> Any:
            aliases = tuple(kwargs.get("aliases", ()))
            rows.append((name, self.module, kwargs.get("help"), aliases))
            return Anything()

    for name in sorted(mod.name for mod in pkgutil.iter_modules(commands.__path__)):
        importlib.import_module(f"smparchive.cli.commands.{name}").register(Recorder(name))
    return tuple(rows)


def write() -> None:
    """Rewrite this file's COMMANDS from the command modules (then run ``ruff format``)."""
    from pathlib import Path

    path = Path(__file__)
    head, rest = path.read_text(encoding="utf-8").split("COMMANDS: ", 1)
    kind, rest = rest.split(" = (\n", 1)
    tail = rest.split("\n)\n", 1)[1]
    body = "".join(f"    {row!r},\n" for row in generate())
    path.write_text(f"{head}COMMANDS: {kind} = (\n{body})\n{tail}", encoding="utf-8")


if __name__ == "__main__":
    write()
