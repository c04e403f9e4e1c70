"""The terminal front end: ``smparchive COMMAND ...`` on the same core as the app.

Exit codes: 0 ok; 1 partial success or problems found; 2 usage or fatal error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from smparchive import __version__
from smparchive.core import lazylog
from smparchive.core.catalog.errors import CatalogError

if TYPE_CHECKING:  # imported when first used: keeps "smparchive --help" quick
    from smparchive.core.catalog.catalog import Catalog

EXIT_OK, EXIT_PROBLEMS, EXIT_FATAL = 0, 1, 2

EPILOG = """exit codes: 0 ok, 1 partial success or problems found, 2 usage or fatal error.
The catalogue is --catalogue PATH, else $SMPARCHIVE_CATALOGUE, else the default one in the
user data folder. A PostgreSQL URL (postgresql+psycopg://...) opens a shared team catalogue."""


class Context:
    """What a command handler needs: parsed args and the catalogue, opened on first use."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._catalog: Catalog | None = None

    def catalog(self, *, create: bool = False) -> Catalog:
        """The open catalogue (created first when ``create``)."""
        if self._catalog is None and not create and getattr(self.args, "read_only", False):
            # Read-only commands on an up-to-date SQLite file: the standard library's
            # sqlite3 answers the common reads, without importing SQLAlchemy (see
            # core/catalog/reader.py); anything else still goes to the full catalogue.
            from smparchive.core.catalog.reader import open_reader

            self._catalog = cast("Catalog | None", open_reader(self.args.catalogue))
        if self._catalog is None:
            from smparchive.core.catalog.catalog import open_catalog

            lazylog.ready()

            self._catalog = open_catalog(self.args.catalogue, create=create)
        return self._catalog

    def close(self) -> None:
        if self._catalog is not None:
            self._catalog.close()


Handler = Callable[[Context], int]


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Every listing command takes --json."""
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def command_modules() -> dict[str, str]:
    """Command name (and alias) -> its module under ``cli/commands``, from the generated
    index (``cli/command_index.py``): a command line naming one command imports and builds
    only its module's parser (building every command's cost more than a read command)."""
    from smparchive.cli.command_index import COMMANDS

    out: dict[str, str] = {}
    for name, module, _help, aliases in COMMANDS:
        for each in (name, *aliases):
            out.setdefault(each, module)
    return out


_GLOBAL_LONG = ("--catalogue", "--verbose", "--version", "--help")


def _global_option(arg: str) -> str | None:
    """The global long option ``arg`` names as argparse reads it: whole, or by a prefix
    only it has ('--catalog', '--verb'); None for anything else."""
    name = arg.split("=", 1)[0]
    if len(name) < 3 or not name.startswith("--"):
        return None
    matches = [option for option in _GLOBAL_LONG if option.startswith(name)]
    return matches[0] if len(matches) == 1 else None


def _command_in(argv: list[str]) -> str | None:
    """The command word of a command line (after the global options), if any."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        option = _global_option(arg)
        if arg == "-c" or (option == "--catalogue" and "=" not in arg):
            i += 2
        elif arg.startswith("-c") or arg == "-v" or option in ("--catalogue", "--verbose"):
            i += 1  # -cPATH, --catalogue=PATH, -v, --verbose
        elif arg.startswith("-"):
            return None  # --help, --version, a mistake: the full parser answers
        else:
            return arg
    return None


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it ($COLUMNS, the
    terminal, else 80), without importing shutil (and bz2, lzma ...) for every command."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class Parser(argparse.ArgumentParser):
    """ArgumentParser whose help formatters get the terminal width from :func:`_columns`
    (argparse builds one per argument added; its own way imports shutil). Subcommands'
    parsers are of this class too (argparse makes them of the parent's class)."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        make: Any = self.formatter_class  # typeshed's protocol omits the width argument
        return cast(argparse.HelpFormatter, make(prog=self.prog, width=_columns() - 2))


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser, with every command module under ``cli/commands`` (or, given
    the command line ``argv``, only the module of the command it names)."""
    parser: argparse.ArgumentParser = Parser(
        prog="smparchive",
        description="Catalogue, organise, view and export conference media.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"smparchive {__version__}")
    parser.add_argument(
        "--catalogue",
        "-c",
        metavar="PATH",
        default=None,
        help="catalogue file or database URL "
        "(default: $SMPARCHIVE_CATALOGUE or the user data folder)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log progress details")
    parser.set_defaults(json=False)  # commands with --json set it; errors are printed plainly
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    command = _command_in(argv) if argv is not None else None
    only = command_modules().get(command) if command is not None else None
    if command is None and argv is not None and _top_help(argv):
        # 'smparchive --help' (or no command) prints the list of commands: their names and
        # one-line helps from the index, none of their options, so no command module is
        # imported and none of their parsers is filled in.
        from smparchive.cli.command_index import COMMANDS

        for name, _module, help_text, aliases in COMMANDS:
            kwargs: dict[str, Any] = {"aliases": aliases} if aliases else {}
            sub.add_parser(name, help=help_text, **kwargs)
    elif only is None or command is None:
        import pkgutil

        from smparchive.cli import commands

        for name in sorted(mod.name for mod in pkgutil.iter_modules(commands.__path__)):
            importlib.import_module(f"smparchive.cli.commands.{name}").register(sub)
    else:
        module = importlib.import_module(f"smparchive.cli.commands.{only}")
        module.register(
            cast("argparse._SubParsersAction[argparse.ArgumentParser]", _Only(sub, command))
        )
    _accept_globals_everywhere(sub)
    return parser


class _Unbuilt:
    """Stands for a parser nobody will use: takes any call and any attribute, builds nothing."""

    def __getattr__(self, _name: str) -> Any:
        return self._anything

    def _anything(self, *_args: Any, **_kwargs: Any) -> _Unbuilt:
        return self


def _top_help(argv: list[str]) -> bool:
    """The command line asks only for the list of commands: empty, or -h/--help before any
    command (argparse prints the top-level help and stops there)."""
    return not argv or any(a in ("-h", "--help") for a in argv)


class _Only:
    """The command modules' view of the subparsers when the command line names a command:
    that command's parser is built, its siblings' in the same module are not (argparse
    never looks at them; building them costs more than a read command's own work)."""

    def __init__(self, sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str):
        self._sub = sub
        self._name = name

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._name or self._name in kwargs.get("aliases", ()):
            return self._sub.add_parser(name, **kwargs)
        return _Unbuilt()


def _accept_globals_everywhere(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Let --catalogue also follow the command: 'smparchive ls -c cat.smpcat'; and --json
    count wherever it is given: 'sessions --json list' as 'sessions list --json' (an
    action's default would otherwise reset what its command's --json said)."""
    for p in set(sub.choices.values()):
        p.add_argument(
            "--catalogue", "-c", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
        for action in p._actions:
            if "--json" in action.option_strings:
                action.default = argparse.SUPPRESS  # absent: main() sets False
            if isinstance(action, argparse._SubParsersAction):
                _accept_globals_everywhere(action)


# True while the process may end without Python's clean-up of its modules (see
# smparchive.__main__): parsing the command line, and after a read command.
quick_exit = True
# The cycle collector's thresholds to restore once a command that is not quick is known
# (smparchive.__main__ slows it while the process starts).
usual_gc: tuple[int, int, int] | None = None


def _setup_logging(verbose: bool) -> None:
    from smparchive.core.logsetup import setup_logging

    setup_logging(verbose=verbose)


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    global quick_exit
    quick_exit = True
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_FATAL
    quick_exit = bool(getattr(args, "read_only", False))
    if quick_exit or getattr(args, "quick_start", False):
        # Read commands (and a scan's quick look, ``quick_start``) log nothing when all
        # goes well: logging is set up (and imported) only when something asks for a
        # logger (core/lazylog.py), or the full catalogue opens.
        lazylog.defer(lambda: _setup_logging(args.verbose))
    else:
        lazylog.defer(None)
        _setup_logging(args.verbose)
    if not (quick_exit or getattr(args, "quick_start", False)):
        usual_pace()  # a scan calls it once it knows it is not a quick rescan
    if args.catalogue is not None and "://" not in args.catalogue:
        args.catalogue = str(Path(args.catalogue).expanduser())
    ctx = Context(args)
    try:
        return int(args.handler(ctx))
    except CatalogError as exc:
        print(f"smparchive: {exc}", file=sys.stderr)
        _json_error(args, str(exc))
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("smparchive: interrupted; work done so far is kept.", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        from smparchive.core.logsetup import log_file

        lazylog.logger("smparchive.cli").exception("command failed")
        print(f"smparchive: unexpected error; details are in {log_file()}", file=sys.stderr)
        _json_error(args, f"unexpected error; details are in {log_file()}")
        return EXIT_FATAL
    finally:
        ctx.close()


def usual_pace() -> None:
    """Give the cycle collector back its usual thresholds (smparchive.__main__ slows it
    while the process starts): every command but the quick ones, once it is known."""
    if usual_gc is not None:
        import gc

        gc.set_threshold(*usual_gc)


def _json_error(args: argparse.Namespace, message: str) -> None:
    """Under --json a failure is still JSON on stdout (scripts parse it, not stderr)."""
    if getattr(args, "json", False):
        import json

        print(json.dumps({"error": message}))
