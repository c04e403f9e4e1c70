"""assign, clock: put items into sessions and correct camera clocks (previews, undoable)."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table, session_title
from smparchive.cli.selection import add_filter_args, one_item, select_ids
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.domain import time as t
from smparchive.core.domain import timefmt

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "assign",
        help="assign items to sessions: dry run by default, --apply to confirm",
        description="Without --to/--none/--auto: propose a session for each item (all items, "
        "or those selected) and explain why; --apply confirms. Items assigned by hand are "
        "never changed by an automatic run.",
    )
    p.add_argument("items", nargs="*", help="item ids or file paths (or use filters)")
    add_filter_args(p)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--apply", action="store_true", help="apply the proposals")
    g.add_argument("--dry-run", action="store_true", help="only list proposals (the default)")
    g.add_argument("--to", metavar="SESSION", help="assign the items to SESSION by hand")
    g.add_argument("--none", action="store_true", help="take the items out of sessions by hand")
    g.add_argument("--auto", action="store_true", help="return the items to automatic runs")
    p.add_argument("--only", metavar="IDS", help="with --apply: only these item ids (1,2,5)")
    p.add_argument("--tolerance", type=float, default=15, metavar="MIN",
                   help="break tolerance in minutes (default 15)")  # fmt: skip
    p.add_argument("--room", action="append", default=[], metavar="CAMERA=ROOM",
                   help="a camera (make|model|serial or part of it) stood in ROOM")  # fmt: skip
    add_json_flag(p)
    p.set_defaults(handler=cmd_assign)

    p = sub.add_parser(
        "clock",
        help="list cameras; correct a camera's clock (--set OFFSET, or --pin ITEM TIME)",
    )
    p.add_argument("camera", nargs="?", help="camera key or part of 'make model serial'")
    p.add_argument("--set", dest="offset", metavar="OFFSET", help="e.g. +1h, -30m, +0:02:10")
    p.add_argument(
        "--pin",
        nargs=2,
        metavar=("ITEM", "TIME"),
        help="item ITEM was taken at TIME ('2022-06-01 09:30' in the event zone)",
    )
    p.add_argument("--dry-run", action="store_true", help="preview old/new times and sessions")
    add_json_flag(p)
    p.set_defaults(handler=cmd_clock)


def _name(sessions: dict[int, Any], sid: int | None) -> str:
    if sid is None:
        return ""
    s = sessions.get(sid)
    return f"{sid}: {session_title(s)}" if s else str(sid)


def _camera_rooms(cat: Catalog, specs: list[str]) -> dict[str, str]:
    out = {}
    for spec in specs:
        cam, sep, room = spec.partition("=")
        if not sep or not room.strip():
            raise CatalogError(f"'{spec}' is not CAMERA=ROOM.")
        out[cat.find_camera(cam.strip()).key] = room.strip()
    return out


def cmd_assign(ctx: Context) -> int:
    a = ctx.args
    cat = ctx.catalog()
    named = bool(a.items) or any(
        getattr(a, k, None) for k in ("kind", "day", "session", "tag", "flagged", "status",
                                      "text", "query"))  # fmt: skip
    by_hand = bool(a.to or a.none or a.auto)
    # Assigning by hand needs a selection (select_ids says so clearly); proposals without
    # one cover every item.
    ids = select_ids(cat, a, require=by_hand) if named or by_hand else None
    if ids is not None and (a.to or a.none):
        session = cat.find_session(a.to) if a.to else None
        cat.assign_items(ids, session.id if session else None)
        where = f"session {session.id} '{session_title(session)}'" if session else "no session"
        print(f"{counted(len(ids), 'item')} assigned by hand to {where}.")
        return EXIT_OK
    if ids is not None and a.auto:
        cat.release_items(ids)
        print(f"{counted(len(ids), 'item')} returned to automatic assignment.")
        return EXIT_OK
    proposals = cat.propose_assignments(
        ids, tolerance=timedelta(minutes=a.tolerance), camera_rooms=_camera_rooms(cat, a.room)
    )
    if a.apply:
        only = [int(x) for x in a.only.split(",") if x.strip()] if a.only else None
        r = cat.apply_assignments(proposals, only=only)
        print(f"{counted(r.value, 'item')} assigned ('smparchive undo' reverts).")
        return EXIT_OK
    if a.json:
        print_json(proposals)
        return EXIT_OK
    sessions = {s.id: s for s in cat.sessions()}
    rows = [
        (p.item_id, p.reason.value, _name(sessions, p.current_session_id),
         _name(sessions, p.session_id) if p.actionable else "", p.detail)
        for p in proposals
    ]  # fmt: skip
    print_table(rows, ["item", "reason", "now", "proposed", "why"])
    n = sum(p.actionable for p in proposals)
    choices = sum(p.reason == "overlap" for p in proposals)
    print(
        f"{counted(n, 'change')} proposed; {choices} need a choice (assign --to). "
        "Apply with --apply."
    )
    return EXIT_OK


def cmd_clock(ctx: Context) -> int:
    a = ctx.args
    cat = ctx.catalog()
    if a.pin:
        item_id = one_item(cat, a.pin[0])  # an id or a catalogued file's path
        if a.camera:
            # The pinned item decides the camera; a camera named too must be the same one.
            named, pinned = cat.find_camera(a.camera).key, cat.item(item_id).camera_key
            if named != pinned:
                print(f"Item {item_id} was taken by {pinned or 'no known camera'}, not {named}.")
                return EXIT_FATAL
        known = t.parse_moment(a.pin[1], cat.event_zone())
        if a.dry_run:
            return _show_preview(ctx, cat.preview_pin(item_id, known))
        r = cat.pin_clock(item_id, known)
        print(
            f"{r.message}: {counted(r.value, 'item')} moved. Run 'smparchive assign' to re-assign."
        )
        return EXIT_OK
    if a.offset is not None:
        if not a.camera:
            print("Name the camera whose clock to correct (see 'smparchive clock').")
            return EXIT_FATAL
        key = cat.find_camera(a.camera).key
        offset = t.parse_offset(a.offset)
        if a.dry_run:
            return _show_preview(ctx, cat.preview_clock(key, offset))
        r = cat.set_clock_offset(key, offset)
        print(
            f"{r.message}: {counted(r.value, 'item')} moved. Run 'smparchive assign' to re-assign."
        )
        return EXIT_OK
    groups = cat.cameras()
    if a.camera:
        groups = [cat.find_camera(a.camera)]
    if a.json:
        print_json(groups)
        return EXIT_OK
    tz = cat.event_zone()
    # The camera as every view names it, then its key (make|model|serial: what --camera
    # matches, as a whole or in part).
    rows = [
        (t.camera_name(g.key), g.key, g.count, _moment(g.first, tz), _moment(g.last, tz),
         timefmt.correction_text(g.offset_s) if g.offset_s else "none")
        for g in groups
    ]  # fmt: skip
    print_table(rows, ["camera", "key (make|model|serial)", "items", "first", "last", "correction"])
    return EXIT_OK


def _moment(moment: datetime | None, tz: tzinfo, shift_s: int = 0) -> str:
    """A camera's or item's time as every view shows it: the event's zone, zone named, its
    clock correction marked."""
    shown = timefmt.shown_time(moment, tz, shift_s=shift_s)
    return shown.text(seconds=True) if shown is not None else ""


def _show_preview(ctx: Context, preview: Any) -> int:
    if ctx.args.json:
        print_json(preview)
        return EXIT_OK
    cat = ctx.catalog()
    tz = cat.event_zone()
    sessions = {s.id: s for s in cat.sessions()}
    rows = [
        (r.item_id, r.name, _moment(r.old_utc, tz, r.old_shift_s),
         _moment(r.new_utc, tz, r.new_shift_s),
         _name(sessions, r.old_session_id), _name(sessions, r.new_session_id))
        for r in preview.rows
    ]  # fmt: skip
    print_table(rows, ["item", "name", "old time", "new time", "session now", "session then"])
    shift, camera = timefmt.correction_text(preview.offset_s), t.camera_name(preview.camera_key)
    print(
        f"Preview of {shift} for {camera}: "
        f"{counted(len(preview.rows), 'item')}, {preview.moved_sessions} would change session."
    )
    return EXIT_OK
