"""Turning command-line options into item filters and id lists."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.itemfilter import status_filter
from smparchive.core.vocab import FILTER_STATUSES, Flag, Kind, stored_values

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.itemfilter import ItemFilter

KINDS = list(stored_values(Kind))
FLAGS = {f.label: int(f) for f in Flag}


def add_filter_args(p: argparse.ArgumentParser) -> None:
    """The filter options shared by ls, set, tag, export ..."""
    g = p.add_argument_group("filters")
    g.add_argument("--kind", action="append", choices=KINDS, help="repeatable")
    g.add_argument("--day", action="append", help="day id or date YYYY-MM-DD (repeatable)")
    g.add_argument(
        "--session", action="append", help="session id or (part of the) title (repeatable)"
    )
    g.add_argument("--tag", action="append", help="tag path; items must have every tag given")
    g.add_argument("--min-rating", type=int, choices=range(0, 6), metavar="0-5")
    g.add_argument("--flagged", choices=sorted(FLAGS), help="pick, reject or none")
    g.add_argument(
        "--status",
        action="append",
        choices=[str(s.value) for s in FILTER_STATUSES] + ["warning"],
        help="ok, warning (read with a problem), error, missing or offline (repeatable)",
    )
    g.add_argument("--text", help="free text (prefix match, accents folded)")
    g.add_argument("--query", "-q", help="a search in the query language (see 'search --help')")


def filter_from_args(cat: Catalog, a: argparse.Namespace) -> ItemFilter:
    """An ItemFilter from the shared filter options."""
    from smparchive.core.catalog.itemfilter import ItemFilter

    f = ItemFilter()
    q = getattr(a, "query", None)
    if q:
        from smparchive.core.domain.query import parse_query

        f = parse_query(q, cat)
    changes: dict[str, Any] = {}
    if a.kind:
        changes["kinds"] = tuple(a.kind)
    if a.day:
        changes["day_ids"] = tuple(day_id(cat, d) for d in a.day)
    if a.session:
        changes["session_ids"] = tuple(i for spec in a.session for i in session_ids(cat, spec))
    if a.tag:
        ids = []
        for path in a.tag:
            t = cat.find_tag(path)
            if t is None:
                raise CatalogError(f"No tag '{path}'.")
            ids.append(t.id)
        changes["tag_ids"] = tuple(ids)
    if a.min_rating is not None:
        changes["rating_min"] = a.min_rating
    if a.flagged:
        changes["flags"] = (FLAGS[a.flagged],)
    if a.status:  # error and warning as Problems > Errors and Warnings list them
        changes["sub"] = (*f.sub, status_filter(a.status))
    if a.text:
        changes["text"] = f"{f.text} {a.text}".strip()
    return f.with_(**changes)


def day_id(cat: Catalog, spec: str) -> int:
    """A day given as its id or its date (YYYY-MM-DD)."""
    if spec.isdigit():
        return int(spec)
    try:
        wanted = date.fromisoformat(spec)
    except ValueError:
        raise CatalogError(f"'{spec}' is neither a day id nor a date (YYYY-MM-DD).") from None
    for d in cat.days():
        if d.date == wanted:
            return int(d.id)
    raise CatalogError(f"No day {spec} in the catalogue's programme.")


def session_ids(cat: Catalog, spec: str) -> list[int]:
    """Sessions given as an id, an external id or (part of) a title: every match counts."""
    hits = cat.find_sessions(spec)
    if not hits:
        raise CatalogError(f"No session matches '{spec}'.")
    return [int(s.id) for s in hits]


def one_item(cat: Catalog, ref: str) -> int:
    """The item named by ``ref``: its id, or the path of a catalogued file; a clear
    :class:`CatalogError` for anything else."""
    if ref.isdigit():
        if int(ref) in cat.known_ids([int(ref)]):
            return int(ref)
        raise CatalogError(f"No item with id {ref} in this catalogue; nothing was changed.")
    found = cat.ids_for_paths([ref])
    if len(found) != 1:
        raise CatalogError(f"Not catalogued: {ref}; nothing was changed.")
    return int(found[0])


def select_ids(cat: Catalog, a: argparse.Namespace, *, require: bool) -> list[int]:
    """Items named as ids/paths, else those matching the filter options."""
    named: list[str] = list(getattr(a, "items", []) or [])
    ids: list[int] = [int(x) for x in named if x.isdigit()]
    if ids:  # a mistyped id must not pass for success (nor leave an undo step)
        known = cat.known_ids(ids)
        unknown = [str(i) for i in dict.fromkeys(ids) if i not in known]
        if unknown:
            shown = ", ".join(unknown[:10]) + (" ..." if len(unknown) > 10 else "")
            raise CatalogError(
                f"No item with id {shown} in this catalogue; nothing was changed."
                if len(unknown) == 1
                else f"No items with ids {shown} in this catalogue; nothing was changed."
            )
    paths = [x for x in named if not x.isdigit()]
    if paths:
        found = cat.ids_for_paths(paths)
        if len(found) < len(paths):
            missing = [p for p in paths if not cat.ids_for_paths([p])]
            raise CatalogError(
                f"Not catalogued: {', '.join(missing[:5])}"
                + (" ..." if len(missing) > 5 else "")
                + "; nothing was changed."
            )
        ids.extend(found)
    has_filter = (
        any(
            getattr(a, k, None)
            for k in ("kind", "day", "session", "tag", "flagged", "status", "text", "query")
        )
        or getattr(a, "min_rating", None) is not None
    )
    if has_filter:
        ids.extend(cat.query_ids(filter_from_args(cat, a)))
    if require and not ids:
        raise CatalogError("No items selected: give item ids or paths, or filters that match.")
    return list(dict.fromkeys(ids))
