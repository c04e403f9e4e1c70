"""search QUERY: the query language of the app, with facet counts."""

from __future__ import annotations

import argparse
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from smparchive.cli.main import EXIT_OK, Context, add_json_flag
from smparchive.cli.output import print_json, print_table, session_title
from smparchive.cli.times import add_utc_flag, header, item_json, when, zone_of
from smparchive.core.catalog.sorts import SORT_NAMES
from smparchive.core.vocab import Flag, TagKind

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

HELP = """Bare words are free text (prefix match, accents folded: reunion finds réunion).
Facets: kind:photo day:1 day:2022-06-01 session:"EMN roundtable" room:Auditorium tag:Policy
person:"Jane Doe" rating>=4 flag:pick color:red consent:cleared camera:nikon status:missing
date:2022-06-01..2022-06-02 orientation:portrait in:"Collection" is:duplicate sort:rating
segment:roundtable (recordings holding such a segment) is:segmented.
The same facet twice means either value; tag: and person: must all match; -facet:x excludes."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search",
        help="search items with the query language",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="+", help="the search (quote it in the shell)")
    p.add_argument("--sort", choices=sorted(SORT_NAMES), help="overrides sort: in the query")
    p.add_argument("--limit", type=int, default=200, help="at most this many items (200)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--facets", action="store_true", help="also count results by facet")
    p.add_argument("--ids", action="store_true", help="print only item ids")
    add_utc_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=cmd_search, read_only=True)


def _facets(cat: Catalog, f: Any) -> dict[str, Any]:
    fc = cat.facets(f)
    sessions = {s.id: session_title(s) for s in cat.sessions()}
    days = {d.id: d.date.isoformat() for d in cat.days()}
    people = {t.id: t.name for t in cat.tags(TagKind.PERSON)}
    flags = {int(f): f.label for f in Flag}
    # items with no camera (documents, scans): counted as every other facet's "none"
    unknown = fc.total - sum(fc.camera.values())
    return {
        "total": fc.total,
        "kind": fc.kind,
        "day": {days.get(k, "none") if k else "none": v for k, v in fc.day.items()},
        "session": {sessions.get(k, "none") if k else "none": v for k, v in fc.session.items()},
        "rating": fc.rating,
        "flag": {flags.get(k, str(k)): v for k, v in fc.flag.items()},
        "color": {k or "none": v for k, v in fc.color_label.items()},
        "consent": fc.consent,
        "status": fc.status,
        "camera": {**fc.camera, **({"none": unknown} if unknown else {})},
        "person": {people.get(k, str(k)): v for k, v in fc.people.items()},
    }


def cmd_search(ctx: Context) -> int:
    from smparchive.core.domain.query import parse_search

    a = ctx.args
    cat = ctx.catalog()
    text = " ".join(a.query)
    search = parse_search(text, cat)
    ids = cat.query_ids(search.filter, sort=a.sort or search.sort, limit=a.limit, offset=a.offset)
    facets = _facets(cat, search.filter) if a.facets else None
    if a.ids:
        print("\n".join(map(str, ids)))
        return EXIT_OK
    records = cat.items(ids)
    if a.json:
        tz: tzinfo | None = cat.event_zone()
        items = [item_json(r, tz) for r in records]
        out: dict[str, Any] = {"query": text, "sort": a.sort or search.sort, "items": items}
        out["total"] = facets["total"] if facets else cat.count(search.filter)
        if facets is not None:
            out["facets"] = facets
        print_json(out)
        return EXIT_OK
    tz = zone_of(cat, a)
    print_table(
        [(r.id, r.kind, when(r, tz), r.rating or "", r.status, r.rel_path) for r in records],
        ["id", "kind", header(a), "rating", "status", "path"],
    )
    if facets is not None:
        for name, counts in facets.items():
            if name != "total" and counts:
                shown = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str))
                print(f"{name:<8} {shown}")
    return EXIT_OK
