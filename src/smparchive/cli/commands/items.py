"""ls, show, set, tag: listing and editing catalogued items."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table
from smparchive.cli.selection import add_filter_args, filter_from_args, select_ids
from smparchive.cli.times import action_when, add_utc_flag, header, item_json, when, zone_of
from smparchive.core.catalog.labels import field_words
from smparchive.core.catalog.sorts import SORT_NAMES
from smparchive.core.domain import timefmt
from smparchive.core.pathnames import display
from smparchive.core.vocab import Flag, TagKind, hash_pending, stored_values

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.item_records import ItemRecord
    from smparchive.core.catalog.undo import OpResult

FLAG_NAMES = {**{f.label: int(f) for f in Flag}, "unflag": int(Flag.NONE)}


def _add_field_options(p: argparse.ArgumentParser) -> None:
    """One option per settable field of the registry (``core/fields.py``)."""
    if not isinstance(p, argparse.ArgumentParser):
        return  # ``set`` is not the command run (cli.main._Only): ls and show skip the registry
    from smparchive.core.fields import FieldType, cli_fields

    for f in cli_fields():
        assert f.cli is not None
        if f.type is FieldType.INT and f.low is not None and f.high is not None:
            p.add_argument(
                f.cli,
                dest=f"field_{f.name}",
                type=int,
                choices=range(f.low, f.high + 1),
                metavar=f"{f.low}-{f.high}",
                help=f.help or None,
            )
        else:
            choices = f.cli_choices()
            p.add_argument(
                f.cli,
                dest=f"field_{f.name}",
                choices=choices,
                metavar=None if choices else f.name.upper(),
                help=f.help or None,
            )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ls", help="list items, with filters")
    add_filter_args(p)
    p.add_argument("--sort", choices=sorted(SORT_NAMES), default="time")
    p.add_argument("--limit", type=int, default=None, help="at most this many items")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--paths", action="store_true", help="print only absolute paths")
    add_utc_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=cmd_ls, read_only=True)

    p = sub.add_parser("show", help="everything the catalogue knows about items")
    p.add_argument("items", nargs="+", help="item ids or file paths")
    add_utc_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=cmd_show, read_only=True)

    p = sub.add_parser("set", help="set metadata fields on items (catalogue only, undoable)")
    p.add_argument("items", nargs="*", help="item ids or file paths (or use filters)")
    add_filter_args(p)
    _add_field_options(p)
    p.add_argument(
        "--lang", default="en", help="language of --title/--caption/--alt (en, fr, nl ...)"
    )
    p.add_argument(
        "--expect",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="change nothing (exit 1) unless FIELD still has VALUE, e.g. --expect rating=3 "
        "--expect caption= (empty); texts in --lang",
    )
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("tag", help="add or remove keywords, people, organisations or places")
    p.add_argument("items", nargs="*", help="item ids or file paths (or use filters)")
    add_filter_args(p)
    p.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="TAG",
        help="tag to add; 'Parent|Child' for hierarchy (repeatable)",
    )
    p.add_argument("--remove", action="append", default=[], metavar="TAG")
    p.add_argument(
        "--tag-kind",
        dest="tag_kind",
        default=TagKind.KEYWORD.value,
        choices=stored_values(TagKind),
    )
    p.add_argument("--list", action="store_true", help="list tags with counts")
    p.add_argument(
        "--rename",
        nargs=2,
        metavar=("TAG", "NAME"),
        help="rename a tag on every item; a NAME another tag has already merges the two",
    )
    p.add_argument(
        "--delete", metavar="TAG", help="delete a tag (and the tags under it) from every item"
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_tag)


def _row(r: ItemRecord, tz: tzinfo | None) -> tuple[object, ...]:
    flag = {1: "pick", -1: "reject"}.get(r.flag, "")
    return (r.id, r.kind, when(r, tz), r.rating or "", flag, r.status, r.rel_path)


def cmd_ls(ctx: Context) -> int:
    cat = ctx.catalog()
    f = filter_from_args(cat, ctx.args)
    ids = cat.query_ids(f, sort=ctx.args.sort, limit=ctx.args.limit, offset=ctx.args.offset)
    records = cat.items(ids)
    if ctx.args.json:
        tz: tzinfo | None = cat.event_zone()
        print_json([item_json(r, tz) for r in records])
    elif ctx.args.paths:
        for r in records:
            print(display(r.path))
    else:
        tz = zone_of(cat, ctx.args)
        print_table(
            [_row(r, tz) for r in records],
            ["id", "kind", header(ctx.args), "rating", "flag", "status", "path"],
        )
    return EXIT_OK


# What `show` prints instead of the stored time columns (those stay in --json).
_TIME_FIELDS = frozenset(
    {"capture_utc", "capture_local", "capture_offset_min", "capture_source", "clock_shift_s"}
)
# `show`'s words for the columns whose names are no words of the app's ('rel_path',
# 'mtime_ns' were printed as stored); the others read as ``field_words`` says them
SHOW_WORDS = {
    "root_id": "folder (id)",
    "rel_path": "path in folder",
    "mime": "media type",
    "mtime_ns": "file modified",
    "duration_s": "duration (s)",
    "page_count": "pages",
    "gps_lat": "latitude",
    "gps_lon": "longitude",
    "gps_alt": "altitude (m)",
    "day_id": "day (id)",
    "session_id": "session (id)",
    "status_reason": "why",
    "thumb_state": "thumbnail",
    "has_embedded_thumb": "embedded thumbnail",
    "first_seen_at": "first seen",
    "updated_at": "updated",
    "last_verified_at": "last verified",
    "tags": "keywords",
}


def cmd_show(ctx: Context) -> int:
    from smparchive.core.messages import current

    cat = ctx.catalog()
    ids = select_ids(cat, ctx.args, require=True)
    records = cat.items(ids)
    if ctx.args.json:
        tz: tzinfo | None = cat.event_zone()
        print_json([item_json(r, tz) for r in records])
        return EXIT_OK
    tz = zone_of(cat, ctx.args)
    for r in records:
        print(f"# {r.id}  {r.path}")
        for key in r.__class__.__dataclass_fields__:
            if key == "capture_utc":
                print(f"  {'captured':<20} {when(r, tz)}")
                source = timefmt.source_text(
                    r.capture_source, r.capture_offset_min, r.clock_shift_s
                )
                print(f"  {'time from':<20} {source}")
                continue
            if key in _TIME_FIELDS:
                continue
            v = getattr(r, key)
            if key == "mtime_ns" and v is not None:  # the file's own time, as an action's
                v = datetime.fromtimestamp(v / 1e9, UTC)
            if isinstance(v, datetime):  # first seen, updated, verified: actions' times
                v = action_when(v)
            if key == "sha256" and v is None and hash_pending(r.status, v, r.status_reason):
                v = "pending (the scan that catalogued it stopped before reading it in full)"
            if key in ("status_reason", "warnings") and v:  # an earlier version's wording too
                v = "\n".join(current(line) for line in v.split("\n"))
            if key in _TEXTS and isinstance(v, dict):  # a line per language: 'alt text (fr)'
                for lang, text in v.items():
                    print(f"  {field_words(f'{_TEXTS[key]}.{lang}'):<20} {text}")
            elif v not in (None, "", {}, ()):
                print(f"  {SHOW_WORDS.get(key) or field_words(key):<20} {v}")  # as the app says
    return EXIT_OK


_TEXTS = {"titles": "title", "captions": "caption", "alt_texts": "alt"}  # a record's texts


def cmd_set(ctx: Context) -> int:
    from smparchive.core.fields import FieldType, cli_fields

    a = ctx.args
    cat = ctx.catalog()
    ids = select_ids(cat, a, require=True)
    fields: dict[str, object] = {}
    texts: dict[str, str] = {}
    for f in cli_fields():
        raw = getattr(a, f"field_{f.name}")
        if raw is None:
            continue
        if f.type is FieldType.LOCALISED:
            texts[f.name] = raw
        else:
            fields[f.name] = raw if f.type is FieldType.INT else f.parse(raw)
    if not fields and not texts:
        print("Nothing to set: give at least one field option (see --help).")
        return EXIT_FATAL
    if a.expect:
        return _set_checked(cat, ids, fields, texts, a)
    results = [cat.set_fields(ids, **fields)] if fields else []
    for key, value in texts.items():
        results.append(cat.set_text(ids, key, a.lang, value))
    if all(r.undo is None for r in results):
        print(f"Nothing changed: {counted(len(ids), 'item')} already had these values.")
    else:
        print(f"Updated {counted(len(ids), 'item')}.")
    return EXIT_OK


# the option names and the app's words (labels.FIELD_WORDS) for the column names
_EXPECT_ALIASES = {"color": "color_label", "label": "color_label", "credit": "credit_line"}


def _set_checked(
    cat: Catalog,
    ids: list[int],
    fields: dict[str, object],
    texts: dict[str, str],
    a: argparse.Namespace,
) -> int:
    """One edit, made only if the items still hold the --expect values (someone else may
    have changed them since you looked): exit 1 naming what changed otherwise."""
    from smparchive.cli.output import refusal
    from smparchive.core.catalog.audit import EditConflict

    want_fields: dict[str, object] = {}
    want_texts: dict[tuple[str, str], str | None] = {}
    for spec in a.expect:
        name, sep, value = spec.partition("=")
        name = _EXPECT_ALIASES.get(name.strip(), name.strip()).replace("-", "_")
        if not sep:
            print(f"--expect needs FIELD=VALUE, not '{spec}'.", file=sys.stderr)
            return EXIT_FATAL
        if name in ("title", "caption", "alt"):
            want_texts[(name, a.lang)] = value or None
        elif name == "flag":
            want_fields[name] = FLAG_NAMES.get(value, value)
        else:
            want_fields[name] = None if value in ("", "none") and name != "rating" else value
    try:
        cat.edit_items(
            ids,
            fields=fields,
            texts={(k, a.lang): v for k, v in texts.items()},
            expect_fields=want_fields,
            expect_texts=want_texts,
        )
    except EditConflict as exc:
        refusal(exc)
        return EXIT_PROBLEMS
    print(f"Updated {counted(len(ids), 'item')}.")
    return EXIT_OK


def cmd_tag(ctx: Context) -> int:
    a = ctx.args
    cat = ctx.catalog()
    if a.list:
        tags = cat.tags(None if a.tag_kind == TagKind.KEYWORD and not a.add else a.tag_kind)
        if a.json:
            print_json(tags)
        else:
            print_table(
                [(t.id, t.kind, t.path, t.item_count, t.restriction) for t in tags],
                ["id", "kind", "tag", "items", "restriction"],
            )
        return EXIT_OK
    if a.rename or a.delete:
        return _tidy_tag(cat, a)
    ids = select_ids(cat, a, require=True)
    if not a.add and not a.remove:
        print("Give --add TAG or --remove TAG (or --list).")
        return EXIT_FATAL
    tag_ids = []
    for name in a.remove or []:
        t = cat.find_tag(name, a.tag_kind)
        if t is None:
            print(f"No {a.tag_kind} tag '{name}'; nothing was changed.", file=sys.stderr)
            return EXIT_FATAL
        tag_ids.append(t.id)
    results: list[OpResult[Any]] = []
    if a.add:
        results.append(cat.tag_items(ids, a.add, kind=a.tag_kind))
    if tag_ids:
        results.append(cat.remove_tags(ids, tag_ids))
    if all(r.undo is None for r in results):
        print(f"Nothing changed: {counted(len(ids), 'item')} already had these tags.")
    else:
        print(f"Tagged {counted(len(ids), 'item')}.")
    return EXIT_OK


def _tidy_tag(cat: Catalog, a: argparse.Namespace) -> int:
    """``tag --rename TAG NAME`` and ``tag --delete TAG``: the whole catalogue, undoable."""
    name = a.rename[0] if a.rename else a.delete
    tag = cat.find_tag(name, a.tag_kind)
    if tag is None:
        print(f"No {a.tag_kind} tag '{name}'; nothing was changed.", file=sys.stderr)
        return EXIT_FATAL
    if a.delete:
        count = cat.tag_items_count(tag.id)
        cat.delete_tag(tag.id)
        print(f"Deleted '{tag.path}' from {counted(count, 'item')}.")
        return EXIT_OK
    new = a.rename[1]
    other = cat.tag_named(tag.id, new)
    count = cat.tag_items_count(tag.id)
    cat.rename_tag(tag.id, new)
    if other is not None:
        print(f"Merged '{tag.path}' ({counted(count, 'item')}) into '{other.path}'.")
    else:
        print(f"Renamed '{tag.path}' to '{new.strip()}' on {counted(count, 'item')}.")
    return EXIT_OK
