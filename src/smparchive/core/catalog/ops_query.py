"""Reading the catalogue: filtered, sorted, paged id lists and facet counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from smparchive.core.catalog.base import CatalogBase
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.filters import ItemFilter, ids_query, where_clauses
from smparchive.core.catalog.models import ItemTag, MediaItem, Tag
from smparchive.core.vocab import TagKind


@dataclass(frozen=True)
class FacetCounts:
    """Counts of the current result by facet value."""

    total: int
    kind: dict[str, int]
    day: dict[int | None, int]
    session: dict[int | None, int]
    rating: dict[int, int]
    flag: dict[int, int]
    color_label: dict[str | None, int]
    consent: dict[str, int]
    status: dict[str, int]
    camera: dict[str, int]
    people: dict[int, int]


class QueryOps(CatalogBase):
    """Searches return id lists; records are fetched for what is shown."""

    @property
    def _dialect(self) -> str:
        return self.engine.dialect.name

    def query_ids(
        self,
        f: ItemFilter | None = None,
        *,
        sort: str = "time",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[int]:
        """Ids of the items matching ``f``, sorted, optionally one page of them."""
        f = f or ItemFilter()
        with self._read() as s:
            q = ids_query(s, f, self._dialect, sort)
            if limit is not None:
                q = q.limit(limit)
            if offset:
                q = q.offset(offset)
            return list(s.scalars(q))

    def count(self, f: ItemFilter | None = None) -> int:
        """How many items match ``f``."""
        f = f or ItemFilter()
        with self._read() as s:
            return int(
                s.scalar(
                    select(func.count(MediaItem.id)).where(*where_clauses(s, f, self._dialect))
                )
                or 0
            )

    def facets(self, f: ItemFilter | None = None) -> FacetCounts:
        """Facet counts of the current result (the chips' numbers).

        One pass over the matching rows, counted in Python: the filter (free text above
        all) is evaluated once instead of once per facet.
        """
        f = f or ItemFilter()
        cols = (
            MediaItem.id,
            MediaItem.kind,
            MediaItem.day_id,
            MediaItem.session_id,
            MediaItem.rating,
            MediaItem.flag,
            MediaItem.color_label,
            MediaItem.consent,
            MediaItem.status,
            MediaItem.camera_make,
            MediaItem.camera_model,
        )
        counters: list[Counter[Any]] = [Counter() for _ in range(9)]
        ids: list[int] = []
        with self._read() as s:
            where = where_clauses(s, f, self._dialect)
            for item_id, *values in s.execute(select(*cols).where(*where)):
                ids.append(item_id)
                make, model = values[-2:]
                values[-2:] = [f"{make or ''} {model or ''}".strip()]
                for counter, value in zip(counters, values, strict=True):
                    counter[value] += 1
            people = self._people_counts(s, ids, where)
        total = len(ids)
        by_kind, by_day, by_session, by_rating, by_flag, by_color, by_consent, by_status, cams = (
            counters
        )
        return FacetCounts(
            total=total,
            kind=dict(by_kind),
            day=dict(by_day),
            session=dict(by_session),
            rating=dict(by_rating),
            flag=dict(by_flag),
            color_label=dict(by_color),
            consent=dict(by_consent),
            status=dict(by_status),
            camera={k: v for k, v in cams.items() if k},
            people=people,
        )

    def _people_counts(self, s: Any, ids: list[int], where: list[Any]) -> dict[int, int]:
        """Person tag -> items of the result showing them.

        A result of a few thousand items is counted from its ids (no second evaluation of
        the filter, free text above all); a larger one is joined in SQL instead.
        """
        if not ids:
            return {}
        person = Tag.kind == TagKind.PERSON
        if len(ids) <= 5000:
            out: Counter[int] = Counter()
            for chunk in chunked(ids):
                q = (
                    select(ItemTag.tag_id, func.count())
                    .join(Tag, Tag.id == ItemTag.tag_id)
                    .where(person, ItemTag.item_id.in_(chunk))
                    .group_by(ItemTag.tag_id)
                )
                out.update(dict(s.execute(q).all()))
            return dict(out)
        q = (
            select(ItemTag.tag_id, func.count())
            .join(Tag, Tag.id == ItemTag.tag_id)
            .join(MediaItem, MediaItem.id == ItemTag.item_id)
            .where(person, *where)
            .group_by(ItemTag.tag_id)
        )
        return dict(s.execute(q).all())

    def ids_for_paths(self, paths: Sequence[str]) -> list[int]:
        """Item ids of catalogued files given as absolute paths (unknown ones skipped)."""
        from pathlib import Path

        roots = [(r.id, Path(r.path)) for r in self.roots()]  # type: ignore[attr-defined]
        wanted: list[tuple[int, str]] = []
        for p in paths:
            ap = Path(p).expanduser().resolve()
            for rid, rp in roots:
                try:
                    wanted.append((rid, ap.relative_to(rp).as_posix()))
                    break
                except ValueError:
                    continue
        out = []
        with self._read() as s:
            for rid, rel in wanted:
                i = s.scalar(
                    select(MediaItem.id).where(MediaItem.root_id == rid, MediaItem.rel_path == rel)
                )
                if i is not None:
                    out.append(int(i))
        return out
