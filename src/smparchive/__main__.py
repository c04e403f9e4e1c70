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
    if argv is not None:
        from smparchive.cli import main as cli

        return cli.main(args)
    # The process's own command line. Python's cycle collector runs several passes over
    # every object while a command imports its ~150 modules (~10 ms of a read command):
    # it runs 100x less often until the command is known, and stays so for the short read
    # commands (memory stays bounded); every other command gets Python's usual pace back.
    import gc

    usual = gc.get_threshold()
    gc.set_threshold(100 * usual[0], *usual[1:])
    if sys.stderr is not None:
        import faulthandler

        # a crash in a native library (a decoder, pdfium, libvlc) prints every thread's
        # stack, not just "Segmentation fault"
        faulthandler.enable()
    from smparchive.cli import main as cli

    cli.usual_gc = usual
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse: --help, a usage error
        if not (cli.quick_exit and isinstance(exc.code, int)):
            raise
        code = exc.code
    if cli.quick_exit:
        _end_process(code)
    return code


def _end_process(code: int) -> None:
    """End the process now that a read command (or the help) has printed everything and
    closed its catalogue: Python's own clean-up of the ~150 modules a command loads costs
    a fifth of a read command's CPU. Output is flushed and the exit handlers (the log
    file's) run first, as at a normal exit."""
    import atexit
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say
            pass
    atexit._run_exitfuncs()
    os._exit(code)


def _names_only_a_catalogue(args: list[str]) -> bool:
    if len(args) == 2 and args[0] in ("-c", "--catalogue"):
        return True
    return len(args) == 1 and args[0].startswith("--catalogue=")


if __name__ == "__main__":
    sys.exit(main())
