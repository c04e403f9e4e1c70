"""collection: curated, ordered sets of items and smart collections (saved searches)."""

from __future__ import annotations

import argparse

from smparchive.cli.main import EXIT_OK, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table
from smparchive.cli.selection import add_filter_args, select_ids
from smparchive.cli.times import item_json, when


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("collection", help="curated and smart collections (undoable)")
    cs = p.add_subparsers(dest="collection_cmd", metavar="ACTION", required=True)
    a = cs.add_parser("list", aliases=["ls"], help="collections with item counts")
    add_json_flag(a)
    a.set_defaults(handler=cmd_list)
    a = cs.add_parser("show", help="the items of a collection, in order")
    a.add_argument("name", help="collection name or id")
    add_json_flag(a)
    a.set_defaults(handler=cmd_show)
    a = cs.add_parser("create", help="create a collection (--query makes a smart one)")
    a.add_argument("name")
    a.add_argument("items", nargs="*", help="item ids or paths to put in it")
    a.add_argument("--query", dest="smart_query", help="saved search in the query language")
    a.add_argument("--description")
    a.set_defaults(handler=cmd_create)
    a = cs.add_parser("add", help="add items (at the end, or --at POSITION)")
    a.add_argument("name")
    a.add_argument("items", nargs="*", help="item ids or paths (or use filters)")
    add_filter_args(a)
    a.add_argument("--at", type=int, help="0-based position")
    a.set_defaults(handler=cmd_add)
    a = cs.add_parser("remove", help="remove items from a collection")
    a.add_argument("name")
    a.add_argument("items", nargs="*", help="item ids or paths (or use filters)")
    add_filter_args(a)
    a.set_defaults(handler=cmd_remove)
    a = cs.add_parser("move", help="move items to a position (0-based)")
    a.add_argument("name")
    a.add_argument("items", nargs="+", help="item ids, kept in this order")
    a.add_argument("--to", type=int, required=True, metavar="POSITION")
    a.set_defaults(handler=cmd_move)
    a = cs.add_parser("rename", help="rename a collection")
    a.add_argument("name")
    a.add_argument("new_name")
    a.set_defaults(handler=cmd_rename)
    a = cs.add_parser("duplicate", help="copy a collection")
    a.add_argument("name")
    a.add_argument("--as", dest="new_name", help="name of the copy")
    a.set_defaults(handler=cmd_duplicate)
    a = cs.add_parser("delete", help="delete a collection (items stay in the catalogue)")
    a.add_argument("name")
    a.set_defaults(handler=cmd_delete)


def cmd_list(ctx: Context) -> int:
    rows = ctx.catalog().collections()
    if ctx.args.json:
        print_json(rows)
    else:
        print_table(
            [(c.id, c.name, c.item_count, c.query or "") for c in rows],
            ["id", "name", "items", "query (smart)"],
        )
    return EXIT_OK


def cmd_show(ctx: Context) -> int:
    cat = ctx.catalog()
    c = cat.find_collection(ctx.args.name)
    records = cat.items(cat.collection_item_ids(c.id))
    if ctx.args.json:
        print_json({"collection": c, "items": [item_json(r, cat.event_zone()) for r in records]})
        return EXIT_OK
    print(f"# {c.id} {c.name}" + (f"  (smart: {c.query})" if c.query else ""))
    tz = cat.event_zone()
    print_table(
        [(n, r.id, r.kind, when(r, tz), r.rel_path) for n, r in enumerate(records)],
        ["pos", "id", "kind", "captured", "path"],
    )
    return EXIT_OK


def cmd_create(ctx: Context) -> int:
    a = ctx.args
    cat = ctx.catalog()
    ids = select_ids(cat, a, require=False) if a.items else []
    r = cat.create_collection(a.name, query=a.smart_query, description=a.description, item_ids=ids)
    print(f"Collection {r.value} '{a.name}' created.")
    return EXIT_OK


def cmd_add(ctx: Context) -> int:
    cat = ctx.catalog()
    c = cat.find_collection(ctx.args.name)
    ids = select_ids(cat, ctx.args, require=True)
    cat.add_to_collection(c.id, ids, ctx.args.at)
    print(f"{counted(len(ids), 'item')} added to '{c.name}'.")
    return EXIT_OK


def cmd_remove(ctx: Context) -> int:
    cat = ctx.catalog()
    c = cat.find_collection(ctx.args.name)
    ids = select_ids(cat, ctx.args, require=True)
    cat.remove_from_collection(c.id, ids)
    print(f"{counted(len(ids), 'item')} removed from '{c.name}'.")
    return EXIT_OK


def cmd_move(ctx: Context) -> int:
    cat = ctx.catalog()
    c = cat.find_collection(ctx.args.name)
    ids = select_ids(cat, ctx.args, require=True)
    cat.move_in_collection(c.id, ids, ctx.args.to)
    print(f"{counted(len(ids), 'item')} moved to position {ctx.args.to}.")
    return EXIT_OK


def cmd_rename(ctx: Context) -> int:
    cat = ctx.catalog()
    c = cat.find_collection(ctx.args.name)
    cat.rename_collection(c.id, ctx.args.new_name)
    print(f"Renamed to '{ctx.args.new_name}'.")
    return EXIT_OK


def cmd_duplicate(ctx: Context) -> int:
    cat = ctx.catalog()
    c = cat.find_collection(ctx.args.name)
    r = cat.duplicate_collection(c.id, ctx.args.new_name)
    print(f"Copied to collection {r.value} '{cat.collection(r.value).name}'.")
    return EXIT_OK


def cmd_delete(ctx: Context) -> int:
    cat = ctx.catalog()
    c = cat.find_collection(ctx.args.name)
    cat.delete_collection(c.id)
    print(f"Collection '{c.name}' deleted ('smparchive undo' restores it).")
    return EXIT_OK
