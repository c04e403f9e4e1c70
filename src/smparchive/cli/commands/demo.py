"""demo: generate the sample SMP conference archive, catalogue it and open it in the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, Context
from smparchive.cli.output import counted

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

DEMO_CATALOGUE = "demo.smpcat"
IGNORED = ["Programme/*"]  # the programme is imported, not catalogued as media


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="generate a sample conference archive, catalogue it and open it",
        description="Write the demo archive into DIR (default: a folder in the user data "
        "folder), catalogue it (DIR/demo.smpcat unless --catalogue is given), import its "
        "programme, assign items to sessions and open the app. Running it again reuses "
        "the files and the catalogue.",
    )
    p.add_argument("dir", nargs="?", metavar="DIR", help="where the demo archive goes")
    p.add_argument("--no-gui", action="store_true", help="do not open the desktop app")
    p.add_argument("--seed", type=int, default=2022, help="random seed of the generator")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: CPUs)")
    p.set_defaults(handler=cmd_demo)


def default_dir() -> Path:
    """The demo folder in the user data folder."""
    from smparchive.core.paths import dirs

    return Path(dirs().user_data_dir) / "demo"


def cmd_demo(ctx: Context) -> int:
    from smparchive.cli.commands.scan import ProgressBar, cancel_on_interrupt
    from smparchive.core.demo import MARKER, DemoError, generate_demo
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.workers import WorkerPool

    args = ctx.args
    target = Path(args.dir).expanduser() if args.dir else default_dir()
    bar = ProgressBar(sys.stderr)
    if (target / MARKER).is_file():
        print(f"Reusing the demo archive in {target}.")
    else:
        print(f"Writing the demo archive into {target} ...")
        try:
            generate_demo(target, seed=args.seed, progress=bar)
        except DemoError as exc:
            bar.done()
            print(f"smparchive: {exc}", file=sys.stderr)
            return EXIT_FATAL
        bar.done()
    if args.catalogue is None:
        args.catalogue = str((target / DEMO_CATALOGUE).absolute())
    cat = ctx.catalog(create=True)
    root_id = cat.add_root(target, "SMP demo").value
    if list(cat.root(root_id).ignore_patterns) != IGNORED:
        cat.set_root_options(root_id, ignore_patterns=IGNORED)
    options = ScanOptions(workers=args.workers)
    with cancel_on_interrupt() as cancel, WorkerPool.for_options(options) as pool:
        report = scan(cat, [root_id], bar, cancel, options, pool=pool)
        bar.done()
        thumbs = build_thumbnails(cat, bar, cancel, root_ids=[root_id], options=options, pool=pool)
        bar.done()
        thumbs.add_scan(report)  # the scan's own, from the reads that hashed (as scan)
    print(
        f"Catalogued {counted(report.files_seen, 'file')}: {report.new} new, "
        f"{report.unchanged} unchanged; {counted(thumbs.made, 'thumbnail')} made."
    )
    _organise(cat, target)
    from smparchive.core.catalog.engine import mask_url  # SQLAlchemy: not for --help

    print(f"Catalogue: {mask_url(cat.location)}")
    if args.no_gui:
        return EXIT_OK
    location = cat.location
    ctx.close()
    ctx._catalog = None
    try:
        from smparchive.gui.app import main as gui_main
    except ImportError as exc:  # no Qt on this machine
        print(f"smparchive: the desktop app cannot start ({exc}).", file=sys.stderr)
        return EXIT_FATAL
    return int(gui_main([location]))


def _organise(cat: Catalog, target: Path) -> None:
    """Import the programme and assign items to sessions, with what the catalogue offers."""
    schedule = target / "Programme" / "schedule.json"
    events = cat.events()
    if events:
        print(f"Programme already imported ({events[0].title}).")
    elif schedule.is_file():
        from smparchive.core.organise.programme import import_programme

        summary = import_programme(cat, schedule).value
        event = cat.event(summary.event_id)
        print(
            f"Imported the programme ({event.title if event else schedule.name}): "
            f"{counted(len(summary.days_added), 'day')}, "
            f"{counted(len(summary.added), 'session')}."
        )
        _french_programme(cat, summary.event_id)
        cat.rederive_capture_times()  # capture times in the event's zone
        _correct_clocks(cat, target)  # first run only: a later run keeps the user's choice
    result = cat.auto_assign()
    print(f"Assigned items to sessions ({len(result.changes.items)} changed).")
    if not cat.segments():
        print(
            "Day 1's livestream spans several sessions: 'smparchive segments propose' shows "
            "where it would be cut and why, 'smparchive segments apply' cuts it (or, in the "
            "player, 'Cut into sessions…')."
        )
    from smparchive.core.demo.social import SOCIAL_POST, make_social_post

    if make_social_post(cat) is not None:
        print(
            f"Made the collection “{SOCIAL_POST}”: try\n"
            f'  smparchive export --collection "{SOCIAL_POST}" --preset mastodon --post '
            "--lang fr --page --to OUT"
        )


def _french_programme(cat: Catalog, event_id: int) -> None:
    """The programme's French titles, rooms and venue, as the bilingual conference has them
    (its schedule.json, as frab's, holds the English ones only)."""
    from smparchive.core.demo.programme import (
        ROOMS_FR,
        SESSIONS,
        TITLE_FR,
        TITLES_FR,
        VENUE_FR,
    )

    cat.set_event_text("title", "fr", TITLE_FR, event_id)
    cat.set_event_text("venue", "fr", VENUE_FR, event_id)
    french = {s.title: TITLES_FR[s.key] for s in SESSIONS if s.key in TITLES_FR}
    for session in cat.sessions(event_id=event_id, counts=False):
        texts: dict[tuple[str, str], str | None] = {}
        if session.title in french:
            texts[("title", "fr")] = french[session.title]
        # a room's French name where it differs ("Auditorium" is French too)
        if session.room and ROOMS_FR.get(session.room, session.room) != session.room:
            texts[("room", "fr")] = ROOMS_FR[session.room]
        if texts:  # one undo step a session
            cat.set_programme_texts("session", session.id, texts)


def _correct_clocks(cat: Catalog, target: Path) -> None:
    """Correct the demo camera whose clock ran late, as an archivist would before anyone
    picks photos: uncorrected, its coffee-break frames sat in the roundtable an hour early.
    The correction is an ordinary one (Camera Clocks shows it, undo or reset takes it back)."""
    from smparchive.core.demo import MARKER
    from smparchive.core.demo.manifest import DemoManifest
    from smparchive.core.domain import time as t
    from smparchive.core.domain.timefmt import correction_text

    try:
        manifest = DemoManifest.from_json((target / MARKER).read_text(encoding="utf-8"), target)
    except (OSError, ValueError):
        return  # not our demo folder's manifest: nothing known to correct
    for camera in manifest.cameras:
        if camera.clock_offset_s:
            key = t.camera_key(camera.make, camera.model, camera.serial)
            moved = cat.set_clock_offset(key, -camera.clock_offset_s).value
            way = "behind" if camera.clock_offset_s < 0 else "ahead"
            print(
                f"The clock of {t.camera_name(key)} was {way}: corrected by "
                f"{correction_text(-camera.clock_offset_s)}, {counted(moved, 'item')} moved "
                "(Camera Clocks shows it)."
            )
