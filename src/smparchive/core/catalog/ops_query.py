"""Reading the catalogue: filtered, sorted, paged id lists and facet counts."""

from __future__ import annotations

import json
import sqlite3
import threading
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from smparchive.core.catalog import fulltext, textwalk
from smparchive.core.catalog.base import CatalogBase, friendly_db_error
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.engine import BUSY_TIMEOUT_MS, WRITE_OPTION
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.filters import ItemFilter, camera_pairs, ids_query, where_clauses
from smparchive.core.catalog.models import FacetTotals, ItemTag, MediaItem, SearchDoc, Tag
from smparchive.core.catalog.summary import SelectionSummary, by_filter, summarise
from smparchive.core.vocab import TagKind

if TYPE_CHECKING:
    from smparchive.core.catalog.records import RootRecord

# Orders broken by the item id to the end: the same rows come out read from either end.
REVERSIBLE = frozenset({"time", "name", "size", "added", "collection"})
PROBE_WALK = 50_000  # index entries a probing walk may pass for a page (see _probe_first_page)
FACETS_KEPT = 16  # facet counts of recent filters, kept until the catalogue changes


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


# The columns facets group by, in the order of ix_items_facets (the whole tuple is read
# from that index). Triggers of migration 0010 watch the same columns.
FACET_COLUMNS = (
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
# Distinct kinds by skipping from one to the next in an index that leads with the kind.
_KINDS_PRESENT = text(
    "WITH RECURSIVE k(v) AS (SELECT min(kind) FROM items UNION ALL "
    "SELECT (SELECT min(kind) FROM items WHERE kind > k.v) FROM k WHERE k.v IS NOT NULL) "
    "SELECT v FROM k WHERE v IS NOT NULL"
)
_STORED = select(FacetTotals.counts).where(FacetTotals.id == 1)
# FacetCounts fields that are dicts; keys go to JSON as [key, count] pairs (int, None keys).
_FACET_DICTS = ("kind", "day", "session", "rating", "flag", "color_label", "consent", "status",
                "camera", "people")  # fmt: skip


def _encode(counts: FacetCounts) -> str:
    data: dict[str, Any] = {"total": counts.total}
    for name in _FACET_DICTS:
        data[name] = [[k, v] for k, v in getattr(counts, name).items()]
    return json.dumps(data, separators=(",", ":"))


def _decode(stored: str) -> FacetCounts:
    data = json.loads(stored)
    values = {name: {k: int(v) for k, v in data[name]} for name in _FACET_DICTS}
    return FacetCounts(total=int(data["total"]), **values)


class QueryOps(CatalogBase):
    """Searches return id lists; records are fetched for what is shown."""

    if TYPE_CHECKING:  # provided by LibraryOps (ops_library.py) in the Catalog facade

        def roots(self, *, counts: bool = True) -> list[RootRecord]: ...

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
        descending: bool = False,
        total: int | None = None,
    ) -> list[int]:
        """Ids of the items matching ``f``, sorted, optionally one window of them.

        ``descending``: the order reversed (row 0 is the last item of the ascending order).
        ``total``: how many items match, when the caller knows it (the browser's count): a
        window in the second half of the result is then read from its end, in the reversed
        order, so the database skips at most half of the result instead of nearly all of it
        (the grid's windows near the end of a million items).
        """
        f = f or ItemFilter()
        reverse = False
        if (
            limit is not None
            and total is not None
            and offset > total // 2
            and sort in REVERSIBLE
            and offset < total
        ):
            limit = min(limit, total - offset)
            offset, reverse = total - offset - limit, True
        with self._read() as s:
            if limit is not None and not offset and not reverse:
                walked = self._walk_first_page(s, f, sort, limit, descending)
                if walked is None:
                    walked = self._probe_first_page(s, f, sort, limit, descending)
                if walked is not None:
                    return walked
            q = ids_query(
                s,
                f,
                self._dialect,
                sort,
                descending=descending != reverse,
                cameras=self._camera_pairs,
            )
            if limit is not None:
                q = q.limit(limit)
            if offset:
                q = q.offset(offset)
            # The DBAPI cursor's rows, not the ORM's: every id of a million-item result
            # (select all, export of the view) in about half the time.
            res = s.connection().execute(q)
            try:
                rows = res.cursor.fetchall() if res.cursor is not None else []
            finally:
                res.close()
            ids = [int(r[0]) for r in rows]
        return ids[::-1] if reverse else ids

    def _walk_first_page(
        self, s: Any, f: ItemFilter, sort: str, limit: int, descending: bool
    ) -> list[int] | None:
        """The first page of a free-text search by walking the browse order (see
        ``textwalk``: broad prefixes at a million items), or None to ask FTS5."""
        if self._dialect != "sqlite" or not f.text.strip() or limit > textwalk.BUDGET:
            return None
        wanted = textwalk.phrases(f.text)
        if wanted is None:
            return None
        doc = select(SearchDoc.doc).where(SearchDoc.item_id == MediaItem.id).scalar_subquery()
        rest = ids_query(
            s,
            replace(f, text=""),
            self._dialect,
            sort,
            descending=descending,
            cameras=self._camera_pairs,
        ).add_columns(doc)
        conn = s.connection()
        # Only where the browse order comes from an index: a sort of the whole filtered
        # result (TEMP B-TREE) for every chunk would cost more than FTS5. The plan does not
        # depend on the values, so every parameter is bound to NULL.
        compiled = rest.compile(conn, compile_kwargs={"render_postcompile": True})
        nulls = (None,) * len(compiled.positiontup or ())
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), nulls).all()
        if any("TEMP B-TREE" in str(row[-1]) for row in plan):
            return None
        return textwalk.first_page(conn, rest, wanted, limit)

    def _probe_first_page(
        self, s: Any, f: ItemFilter, sort: str, limit: int, descending: bool
    ) -> list[int] | None:
        """The first page of a plain free-text search with many matches: walk the browse
        order's index and probe the FTS5 matches (``items.id + 0 IN (...)`` keeps SQLite
        from starting at the matches and sorting all of them). None where that is not
        the better plan: few matches (one index walk per page would pass most items), a
        filter beyond the text, or a browse order that is no index's."""
        if self._dialect != "sqlite" or replace(f, text="") != ItemFilter():
            return None
        probe = fulltext.match_clause(self._dialect, f.text, probe=True)
        bare = fulltext.match_clause(self._dialect, f.text, count_only=True)
        if probe is None or bare is None:
            return None
        conn = s.connection()
        count = select(func.count()).select_from(text("search_fts")).where(bare)
        matched = conn.execute(count).scalar()
        size = conn.execute(select(func.max(MediaItem.id))).scalar() or 0
        # Walking passes ~limit * size / matched index entries: keep it under ~50,000.
        if not matched or limit * size > PROBE_WALK * matched:
            return None
        q = ids_query(s, ItemFilter(), self._dialect, sort, descending=descending)
        q = q.where(probe).limit(limit)
        compiled = q.compile(conn, compile_kwargs={"render_postcompile": True})
        nulls = (None,) * len(compiled.positiontup or ())
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), nulls).all()
        if any("TEMP B-TREE" in str(row[-1]) for row in plan):
            return None
        return [int(i) for i in conn.execute(q).scalars()]

    def count(self, f: ItemFilter | None = None) -> int:
        """How many items match ``f`` (the whole catalogue: its stored facet total while
        valid, a read instead of a count of a million index entries)."""
        f = f or ItemFilter()
        if f == ItemFilter():
            stored = self._stored_facets()
            if stored is not None:
                return stored.total
        with self._read() as s:
            where = where_clauses(s, f, self._dialect, cameras=self._camera_pairs)
            return int(s.scalar(select(func.count(MediaItem.id)).where(*where)) or 0)

    def _camera_pairs(self, s: Any) -> list[tuple[str | None, str | None]]:
        """The distinct cameras, read once per catalogue version (every ``camera:`` search
        and chip needs them; a server catalogue reads them each time)."""
        version = self.data_version()
        hit = self.__dict__.get("_cameras_cache")
        if hit is not None and version is not None and hit[0] == version:
            cached: list[tuple[str | None, str | None]] = hit[1]
            return cached
        pairs = camera_pairs(s)
        if version is not None:
            self.__dict__["_cameras_cache"] = (version, pairs)
        return pairs

    def facets(self, f: ItemFilter | None = None) -> FacetCounts:
        """Facet counts of the current result (the chips' numbers).

        One GROUP BY over every facet column at once, in the order of ``ix_items_facets``:
        the filter (free text above all) is evaluated once and SQLite counts while reading
        that narrow index, so Python only sees one row per distinct combination. Counts are
        kept per filter until anything is committed to the catalogue (see ``data_version``).
        """
        f = f or ItemFilter()
        version = self.data_version()
        cache = self.__dict__.setdefault("_facets_cache", {})
        hit = cache.get(f)
        if hit is not None and version is not None and hit[0] == version:
            cached_counts: FacetCounts = hit[1]
            return cached_counts
        counts = self._whole_facets() if f == ItemFilter() else self._count_facets(f)
        if version is not None:
            cache.pop(f, None)
            cache[f] = (version, counts)
            while len(cache) > FACETS_KEPT:
                cache.pop(next(iter(cache)))
        return counts

    def _stored_facets(self) -> FacetCounts | None:
        """The whole catalogue's facet counts as stored (migration 0010) while nothing they
        count has changed; None when there are none (never counts)."""
        if self._dialect not in ("sqlite", "postgresql"):
            return None
        try:
            with self.engine.connect() as conn, conn.begin():
                if self._dialect == "sqlite":
                    stored = conn.scalar(_STORED)
                else:
                    stored = conn.execute(
                        _STORED.where(
                            FacetTotals.generation
                            == text("(SELECT last_value FROM facet_generation)")
                        )
                    ).scalar()
        except DBAPIError:
            return None
        return _decode(stored) if stored is not None else None

    def _whole_facets(self) -> FacetCounts:
        """Facet counts of the whole catalogue: the stored ones while nothing they count
        has changed (table ``facet_totals``, migration 0010), else counted and stored."""
        try:
            if self._dialect == "sqlite":
                return self._whole_facets_sqlite()
            if self._dialect == "postgresql":
                return self._whole_facets_server()
        except DBAPIError as exc:
            raise CatalogError(friendly_db_error(exc)) from exc
        return self._count_facets(ItemFilter())

    def _whole_facets_sqlite(self) -> FacetCounts:
        with self.engine.connect() as conn:
            with conn.begin():
                stored = conn.scalar(_STORED)
                if stored is not None:
                    return _decode(stored)
                # Read in the count's snapshot: the count is stored below only if no other
                # connection commits in between (a stale count must never be stored).
                seen = conn.exec_driver_sql("PRAGMA data_version").scalar()
                counts = self._count_on(conn, [])
            raw: Any = conn.connection.dbapi_connection  # pragmas outside a transaction
            try:
                # Bookkeeping, not an edit: never wait for a busy writer to store it.
                raw.execute("PRAGMA busy_timeout=0")
                with conn.execution_options(**{WRITE_OPTION: True}).begin():
                    if conn.exec_driver_sql("PRAGMA data_version").scalar() == seen:
                        conn.execute(delete(FacetTotals))
                        conn.execute(insert(FacetTotals).values(id=1, counts=_encode(counts)))
            except DBAPIError:  # busy, a read-only file: counted, not stored
                pass
            finally:
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            return counts

    def _whole_facets_server(self) -> FacetCounts:
        with self.engine.connect() as conn:
            try:
                with conn.begin():
                    stored = conn.execute(
                        _STORED.where(
                            FacetTotals.generation
                            == text("(SELECT last_value FROM facet_generation)")
                        )
                    ).scalar()
                if stored is not None:
                    return _decode(stored)
                with conn.begin():
                    # No write in flight while counting: writers' statement triggers take
                    # ROW EXCLUSIVE on facet_totals and advance facet_generation (0010). The
                    # lock comes before the snapshot (REPEATABLE READ), so the count sees
                    # every write the generation read after it stands for.
                    conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    conn.exec_driver_sql("SET LOCAL lock_timeout = '500ms'")
                    conn.exec_driver_sql("LOCK TABLE facet_totals IN SHARE ROW EXCLUSIVE MODE")
                    generation = conn.exec_driver_sql(
                        "SELECT last_value FROM facet_generation"
                    ).scalar()
                    counts = self._count_on(conn, [])
                    conn.execute(delete(FacetTotals))
                    conn.execute(
                        insert(FacetTotals).values(
                            id=1, generation=generation, counts=_encode(counts)
                        )
                    )
                return counts
            except DBAPIError:  # writers busy for long, a role without rights: count only
                return self._count_facets(ItemFilter())

    def _count_facets(self, f: ItemFilter) -> FacetCounts:
        with self._read() as s:
            where = where_clauses(s, f, self._dialect, cameras=self._camera_pairs)
            return self._count_on(s, where + self._facet_hints(s, f))

    def _facet_hints(self, s: Any, f: ItemFilter) -> list[Any]:
        """Conditions that change no count but let SQLite read a covering index.

        The facets of a day: ix_items_facets leads with the kind, so naming the kinds
        present (``kind IN (...)``) reads just that day's entries of each kind from the
        index, instead of looking up every item of the day in the table (~3 s at 1M)."""
        if self._dialect != "sqlite" or not f.day_ids or f.kinds:
            return []
        return [MediaItem.kind.in_(self._kinds_present(s))]

    def _kinds_present(self, s: Any) -> list[str]:
        """The distinct kinds of the catalogue (a few index seeks), per catalogue version."""
        version = self.data_version()
        hit = self.__dict__.get("_kinds_cache")
        if hit is not None and version is not None and hit[0] == version:
            cached: list[str] = hit[1]
            return cached
        kinds = [str(k) for k in s.execute(_KINDS_PRESENT).scalars()]
        if version is not None:
            self.__dict__["_kinds_cache"] = (version, kinds)
        return kinds

    def _count_on(self, s: Any, where: list[Any]) -> FacetCounts:
        """Count the facets of the items matching ``where`` (on a session or connection)."""
        counters: list[Counter[Any]] = [Counter() for _ in range(9)]
        total = 0
        q = select(*FACET_COLUMNS, func.count()).where(*where).group_by(*FACET_COLUMNS)
        for *values, n in s.execute(q):
            total += n
            make, model = values[-2:]
            values[-2:] = [f"{make or ''} {model or ''}".strip()]
            for counter, value in zip(counters, values, strict=True):
                counter[value] += n
        people = self._people_counts(s, total, where)
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

    def close(self) -> None:
        """Also close the connection that watches for commits."""
        state = self.__dict__.get("_version_watch")
        if state is not None and state[1] is not None:
            with state[0]:
                state[1].close()
                state[1] = None
        super().close()

    def data_version(self) -> int | None:
        """A number that changes whenever anything (this process or another) commits to a
        SQLite catalogue; None where there is no such number (a server catalogue).

        SQLite's ``PRAGMA data_version`` on a connection that never writes: microseconds,
        so cached answers can be checked before every use.
        """
        if self._dialect != "sqlite" or "://" in self.location:
            return None
        state = self.__dict__.setdefault("_version_watch", [threading.Lock(), None])
        with state[0]:
            if state[1] is None:
                conn = sqlite3.connect(
                    f"file:{self.location}?mode=ro", uri=True, check_same_thread=False
                )
                weakref.finalize(self, conn.close)
                state[1] = conn
            return int(state[1].execute("PRAGMA data_version").fetchone()[0])

    def _people_counts(self, s: Any, total: int, where: list[Any]) -> dict[int, int]:
        """Person tag -> items of the result showing them (one GROUP BY in SQL).

        Driven by the matching items (their tag links by primary key): the tag test is
        wrapped in coalesce() so the planner does not loop over every person instead.
        """
        if not total:
            return {}
        persons = select(Tag.id).where(Tag.kind == TagKind.PERSON)
        if not where:  # the whole catalogue: the tag index alone
            q = select(ItemTag.tag_id, func.count()).where(ItemTag.tag_id.in_(persons))
        else:
            matching = select(MediaItem.id).where(*where)
            q = select(ItemTag.tag_id, func.count()).where(
                ItemTag.item_id.in_(matching), func.coalesce(ItemTag.tag_id, 0).in_(persons)
            )
        return dict(s.execute(q.group_by(ItemTag.tag_id)).all())

    def selection_summary(
        self, ids: Sequence[int], fields: Sequence[str] = (), f: ItemFilter | None = None
    ) -> SelectionSummary:
        """Totals of the items ``ids`` and the values of ``fields`` they all share, computed
        in SQL over the whole selection (see ``summary.py``); for a selection too large to
        load every record of. ``f``: the selection is every item matching this filter
        (select all). The whole catalogue is then summed without any id (3.2 s CPU at a
        million items instead of ~20), and so is a filtered selection of at least a quarter
        of the catalogue (``summary.by_filter``: one scan of the items per statement, e.g.
        the 800,000 photos of a million); a smaller one is summed over its ids."""
        large = f is not None and by_filter(len(ids), self.count())
        with self._read() as s:
            where: list[Any] | None = None
            if f is not None:
                clauses = where_clauses(s, f, self._dialect, cameras=self._camera_pairs)
                if not clauses or large:
                    where = clauses
            wanted = list(ids) if where is not None else list(dict.fromkeys(ids))
            return summarise(s, wanted, fields, self._dialect, self.tag_paths(), where)

    def known_ids(self, ids: Sequence[int]) -> set[int]:
        """Those of ``ids`` that are items of the catalogue."""
        out: set[int] = set()
        with self._read() as s:
            for chunk in chunked(list(ids)):
                out.update(
                    int(i) for i in s.scalars(select(MediaItem.id).where(MediaItem.id.in_(chunk)))
                )
        return out

    def ids_for_paths(self, paths: Sequence[str]) -> list[int]:
        """Item ids of catalogued files given as absolute paths (unknown ones skipped)."""
        from pathlib import Path

        roots = [(r.id, Path(r.path)) for r in self.roots()]
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
