"""alt-text and handle: alt text drafts from the catalogue; people's handles on platforms.

smparchive alt-text suggest --collection "Social post – EMN roundtable" --lang fr
smparchive alt-text suggest 12 13 --lang fr --apply      # store the drafts (undoable)
smparchive handle set "Ana Lopes" mastodon @ana@eupolicy.social
smparchive handle list
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table
from smparchive.cli.selection import add_filter_args, select_ids

# Mirrors core/export/platforms.py (a test checks they agree); named here for a quick --help.
PLATFORMS = ("linkedin", "mastodon", "instagram", "x", "facebook", "website")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "alt-text",
        help="suggest draft alt texts from the programme and people tags",
        description="A draft says who and where (people tagged, session, room, day), never "
        "what the picture shows: finish it and remove the draft marker. A platform export "
        "holds back photos whose alt text is missing or still a draft.",
    )
    ss = p.add_subparsers(dest="alt_command", required=True)
    s = ss.add_parser("suggest", help="print a draft alt text per photo (--apply stores them)")
    s.add_argument("items", nargs="*", help="item ids or file paths (or use filters)")
    s.add_argument("--collection", metavar="NAME", help="the photos of a collection")
    add_filter_args(s)
    s.add_argument("--lang", "--language", default="en", help="language of the draft (en/fr/nl)")
    s.add_argument(
        "--apply",
        action="store_true",
        help="store each draft as the photo's alt text in --lang where it has none (undoable)",
    )
    add_json_flag(s)
    s.set_defaults(handler=cmd_suggest)

    p = sub.add_parser("handle", help="people's handles on publication platforms (for posts)")
    hs = p.add_subparsers(dest="handle_command", required=True)
    a = hs.add_parser("set", help="set a person's handle on a platform (undoable)")
    a.add_argument("person", help="the person tag (name or path)")
    a.add_argument("platform", choices=PLATFORMS)
    a.add_argument("handle", help="e.g. @ana@eupolicy.social ('' clears it)")
    a.set_defaults(handler=cmd_handle_set)
    a = hs.add_parser("list", aliases=["ls"], help="every person's handles")
    add_json_flag(a)
    a.set_defaults(handler=cmd_handle_list)


def cmd_suggest(ctx: Context) -> int:
    from smparchive.core.export.alttext import alt_text_for, suggest_alt_text
    from smparchive.core.export.catalog_bridge import load_entries
    from smparchive.core.vocab import Kind, TextField

    a = ctx.args
    cat = ctx.catalog()
    if a.collection:
        ids = cat.collection_item_ids(cat.find_collection(a.collection).id)
        ids += select_ids(cat, a, require=False) if a.items else []
    else:
        ids = select_ids(cat, a, require=True)
    loaded = load_entries(cat, ids)
    rows: list[dict[str, Any]] = []
    for e in loaded.entries:
        if e.kind is not Kind.PHOTO:
            continue
        own = e.alt_text.get(a.lang) or e.alt_text.get(a.lang.split("-")[0]) or ""
        rows.append(
            {
                "item_id": int(e.item_id),
                "name": e.original_name,
                "alt_text": own,
                "other_language": "" if own else alt_text_for(e.alt_text, a.lang),
                "suggestion": suggest_alt_text(e, a.lang),
                "applied": False,
            }
        )
    if a.apply:
        for row in rows:
            if not row["alt_text"]:
                cat.set_text([row["item_id"]], TextField.ALT, a.lang, str(row["suggestion"]))
                row["applied"] = True
    if a.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("No photos selected.", file=sys.stderr)
        return EXIT_PROBLEMS
    for row in rows:
        print(f"{row['item_id']} {row['name']}")
        if row["alt_text"]:
            print(f"  alt text ({a.lang}): {row['alt_text']}")
        elif row["other_language"]:
            print(f"  alt text (other language only): {row['other_language']}")
        print(f"  {'stored' if row['applied'] else 'suggested'}: {row['suggestion']}")
    applied = sum(1 for r in rows if r["applied"])
    if a.apply:
        print(
            f"{counted(applied, 'draft')} stored; finish each and remove its draft marker "
            "('smparchive undo' takes a draft back)."
        )
    return EXIT_OK


def cmd_handle_set(ctx: Context) -> int:
    from smparchive.core.vocab import TagKind

    a = ctx.args
    cat = ctx.catalog()
    tag = cat.find_tag(a.person, TagKind.PERSON)
    if tag is None:
        print(f"smparchive: no person tag '{a.person}'.", file=sys.stderr)
        return EXIT_FATAL
    result = cat.set_person_handle(tag.id, a.platform, a.handle or None)
    if result.undo is None:
        print("Nothing changed.")
    elif a.handle:
        print(f"{tag.name} is {a.handle} on {a.platform}.")
    else:
        print(f"{tag.name}'s {a.platform} handle cleared.")
    return EXIT_OK


def cmd_handle_list(ctx: Context) -> int:
    a = ctx.args
    cat = ctx.catalog()
    handles = cat.person_handles()
    names = {t.id: t.path for t in cat.tags("person")}
    rows = [
        (names.get(tid, str(tid)), platform, handle)
        for tid, found in handles.items()
        if tid in names
        for platform, handle in sorted(found.items())
    ]
    rows.sort()
    if a.json:
        print_json([{"person": p, "platform": pl, "handle": h} for p, pl, h in rows])
    else:
        print_table(rows, ["person", "platform", "handle"])
    return EXIT_OK
