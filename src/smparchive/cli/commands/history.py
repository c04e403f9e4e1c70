"""log: who changed what, and when (the catalogue's audit log)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from smparchive.cli.main import EXIT_OK, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table

if TYPE_CHECKING:
    from smparchive.core.catalog.changes import AuditRecord


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("log", help="who changed what and when (newest first)")
    p.add_argument("--item", type=int, metavar="ID", help="only changes to this item")
    p.add_argument("--user", metavar="NAME", help="only changes by this person")
    p.add_argument("--limit", type=int, default=50, help="at most this many entries (50)")
    p.add_argument(
        "--prune",
        action="store_true",
        help="forget history beyond the catalogue's retention (scans also do this)",
    )
    p.add_argument(
        "--keep-days",
        type=int,
        metavar="N",
        help="with --prune: keep N days of history from now on, for everyone (0: no limit)",
    )
    p.add_argument(
        "--keep-rows",
        type=int,
        metavar="N",
        help="with --prune: keep at most the newest N entries from now on (0: no limit)",
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_log)


def cmd_prune(ctx: Context) -> int:
    from dataclasses import replace

    a = ctx.args
    cat = ctx.catalog()
    keep = cat.audit_retention()
    if a.keep_days is not None or a.keep_rows is not None:
        keep = replace(
            keep,
            days=keep.days if a.keep_days is None else a.keep_days,
            rows=keep.rows if a.keep_rows is None else a.keep_rows,
        )
        cat.set_audit_retention(keep)
    removed = cat.prune_history(keep)
    left = cat.history_count()
    if a.json:
        print_json({"removed": removed, "kept": left, "keep_days": keep.days,
                    "keep_rows": keep.rows})  # fmt: skip
        return EXIT_OK
    days = counted(keep.days, "day") if keep.days else "no age limit"
    rows = f"at most {counted(keep.rows, 'entry', 'entries')}" if keep.rows else "no count limit"
    gone = counted(removed, "entry", "entries")
    print(f"History: {gone} removed, {left} kept ({days}, {rows}; entries that "
          "can still be undone are always kept).")  # fmt: skip
    return EXIT_OK


def cmd_log(ctx: Context) -> int:
    from smparchive.cli.times import action_when  # the zone rules only where a time is shown

    a = ctx.args
    if a.prune:
        return cmd_prune(ctx)
    if a.keep_days is not None or a.keep_rows is not None:
        from smparchive.core.catalog.errors import CatalogError

        raise CatalogError("--keep-days and --keep-rows go with --prune.")
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
                action_when(r.at),
                r.user,
                _change(r, rows, a.item),
                r.item_count or "",
                _values(r.action, r.details.get("values", {}), r.details.get("held_by")),
            )
            for r in rows
        ],
        ["when", "who", "change", "items", "values"],
        sentences=("change",),
    )
    return EXIT_OK


def _change(r: AuditRecord, rows: Sequence[AuditRecord], item: int | None) -> str:
    """The change as the app's Edit menu and History name it: "Rate 4 (was 0)", "Undo
    Rate 4", "Redo Tag “Panel”", "Scan /media/card" (an undo's label already says "Undo",
    a scan's "Scan": not twice). ``rows``: the log shown (a redo's values are its change's);
    ``item``: the item it is about (its value before the change)."""
    from smparchive.core.catalog.labels import TYPED_TEXTS, readable, step_name, was

    label = readable(r.label)
    if r.action == "scan":
        return label if label.lower().startswith("scan") else f"Scan {label}"
    label = label.removeprefix("Undo ").removeprefix("Redo ")
    values = r.details.get("values") or {}
    befores = list((r.details.get("before") or {}).items())
    if item is not None:
        befores = [(k, v) for k, v in befores if k == str(item)]
    if r.action == "undo" and not values:
        # what the undo took back: the values the items had before it
        values = befores[0][1] if len({repr(v) for _k, v in befores}) == 1 else {}
    elif r.action == "redo" and not values:
        done = next((o for o in rows if o.entry_id == r.entry_id and o.action == "do"), None)
        values = (done.details.get("values") or {}) if done is not None else {}
    name = step_name(label, values)
    if r.action != "do":
        return f"{r.action.capitalize()} {name}"
    # the value it replaced, when one field of the items shown all had the same one
    olds = {repr(v): v for _k, v in befores}
    if len(values) == 1 and len(olds) == 1 and name != readable(r.label):
        key = next(iter(values))
        old = next(iter(olds.values())).get(key)
        if (old is not None and old != "") or key.partition(".")[0] in TYPED_TEXTS:
            return was(name, key, old)  # a text's first too: '(was empty)', as the app's
    return name


def _values(action: str, values: dict[str, object], held_by: object = None) -> str:
    """An edit's values as set (a rating of 0 is one); a scan's counts that are not 0; who
    holds what an undo left as it was (a keyword both had added)."""
    from smparchive.core.catalog.labels import field_words

    if held_by:  # (details' HELD_BY)
        return f"left to {held_by}, who made the same change"
    if action == "scan":
        return ", ".join(f"{k}={v}" for k, v in values.items() if v)
    # a field as the app names it: 'label=red', 'alt text (fr)=…' (the log keeps the column)
    return ", ".join(f"{field_words(k)}={v}" for k, v in values.items())
