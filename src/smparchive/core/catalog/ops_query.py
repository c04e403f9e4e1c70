"""Reading the catalogue: filtered, sorted, paged id lists and facet counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from smparchive.core.catalog.base import CatalogBase
from smparchive.core.catalog.filters import ItemFilter, ids_query, where_clauses
from smparchive.core.catalog.models import ItemTag, MediaItem, Tag


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
        """Facet counts of the current result (the chips' numbers)."""
        f = f or ItemFilter()
        with self._read() as s:
            where = where_clauses(s, f, self._dialect)

            def by(col: object) -> dict:
                q = select(col, func.count()).where(*where).group_by(col)
                return dict(s.execute(q).all())

            camera = func.trim(
                func.coalesce(MediaItem.camera_make, "")
                + " "
                + func.coalesce(MediaItem.camera_model, "")
            )
            kinds = by(MediaItem.kind)
            people_q = (
                select(ItemTag.tag_id, func.count())
                .join(Tag, Tag.id == ItemTag.tag_id)
                .join(MediaItem, MediaItem.id == ItemTag.item_id)
                .where(Tag.kind == "person", *where)
                .group_by(ItemTag.tag_id)
            )
            return FacetCounts(
                total=sum(kinds.values()),
                kind=kinds,
                day=by(MediaItem.day_id),
                session=by(MediaItem.session_id),
                rating=by(MediaItem.rating),
                flag=by(MediaItem.flag),
                color_label=by(MediaItem.color_label),
                consent=by(MediaItem.consent),
                status=by(MediaItem.status),
                camera={k: v for k, v in by(camera).items() if k},
                people=dict(s.execute(people_q).all()),
            )

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
