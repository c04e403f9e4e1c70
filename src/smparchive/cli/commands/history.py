"""log: who changed what, and when (the catalogue's audit log)."""

from __future__ import annotations

import argparse

from smparchive.cli.main import EXIT_OK, Context, add_json_flag
from smparchive.cli.output import print_json, print_table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("log", help="who changed what and when (newest first)")
    p.add_argument("--item", type=int, metavar="ID", help="only changes to this item")
    p.add_argument("--user", metavar="NAME", help="only changes by this person")
    p.add_argument("--limit", type=int, default=50, help="at most this many entries (50)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_log)


def cmd_log(ctx: Context) -> int:
    a = ctx.args
    rows = ctx.catalog().history(item_id=a.item, user=a.user, limit=a.limit)
    if a.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("No changes recorded" + (" for that filter." if a.item or a.user else "."))
        return EXIT_OK
    print_table(
        [
            (
                r.at.strftime("%Y-%m-%d %H:%M:%S"),
                r.user,
                r.action if r.action != "do" else "",
                r.label,
                r.item_count or "",
                ", ".join(f"{k}={v}" for k, v in r.details.get("values", {}).items()),
            )
            for r in rows
        ],
        ["when (UTC)", "who", "", "change", "items", "values"],
    )
    return EXIT_OK
