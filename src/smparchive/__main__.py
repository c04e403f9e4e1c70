"""``smparchive`` and ``python -m smparchive``: the app with no arguments, else the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point: no arguments opens the desktop app; otherwise run a terminal command."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:  # scripts ask this often: answer without building the parser
        from smparchive import __version__

        print(f"smparchive {__version__}")
        return 0
    if not args or args[0] in ("gui", "--catalogue-gui"):
        from smparchive.gui.app import main as gui_main

        return gui_main(args[1:])
    if _names_only_a_catalogue(args):
        # 'smparchive -c URL' (or a path) with no command opens the app on it.
        from smparchive.gui.app import main as gui_main

        return gui_main(args)
    from smparchive.cli.main import main as cli_main

    return cli_main(args)


def _names_only_a_catalogue(args: list[str]) -> bool:
    if len(args) == 2 and args[0] in ("-c", "--catalogue"):
        return True
    return len(args) == 1 and args[0].startswith("--catalogue=")


if __name__ == "__main__":
    sys.exit(main())
