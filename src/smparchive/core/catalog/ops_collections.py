"""Collections: named, ordered, curated sets of items, and smart collections (saved searches).

Every change is undoable. A smart collection stores query text in the shared query language
(``core/domain/query.py``); its content is whatever the query finds when it is listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, select

from smparchive.core.catalog.audit import id_runs
from smparchive.core.catalog.audit_positions import SHIFTED
from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.chunks import id_conditions
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.models import Collection, CollectionItem, MediaItem, table_of, utcnow
from smparchive.core.catalog.records import CollectionRecord
from smparchive.core.catalog.textfold import folded, folded_equals
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.messages import problem

_COLL: Table = table_of(Collection)
_CI: Table = table_of(CollectionItem)


class CollectionOps(CatalogBase):
    """Create, rename, fill, order, duplicate and delete collections."""

    if TYPE_CHECKING:  # provided by QueryOps (ops_query.py) in the Catalog facade

        def count(self, f: ItemFilter | None = None) -> int: ...
        def query_ids(
            self,
            f: ItemFilter | None = None,
            *,
            sort: str = "time",
            limit: int | None = None,
            offset: int = 0,
            descending: bool = False,
            total: int | None = None,
        ) -> list[int]: ...

    # -- reading ----------------------------------------------------------------------------
    def collections(self) -> list[CollectionRecord]:
        """Every collection by name; smart ones count what their query finds now."""
        with self._read() as s:
            counts = dict(
                s.execute(
                    select(CollectionItem.collection_id, func.count()).group_by(
                        CollectionItem.collection_id
                    )
                ).all()
            )
            rows = list(s.scalars(select(Collection).order_by(folded(Collection.name))))
        out = []
        for c in rows:
            n = counts.get(c.id, 0)
            if c.query is not None:
                try:
                    n = self.count(self.smart_filter(c.query))
                except CatalogError:
                    n = 0
            out.append(
                CollectionRecord(
                    id=c.id,
                    name=c.name,
                    description=c.description,
                    query=c.query,
                    created_at=c.created_at,
                    item_count=n,
                )
            )
        return out

    def collection(self, collection_id: int) -> CollectionRecord:
        """One collection; CatalogError when unknown."""
        for c in self.collections():
            if c.id == collection_id:
                return c
        raise CatalogError(problem("missing.collection", value=collection_id))

    def find_collection(self, spec: str) -> CollectionRecord:
        """A collection by id or name (case-insensitive)."""
        spec = spec.strip()
        every = self.collections()
        for c in every:
            if spec == str(c.id) or c.name.casefold() == spec.casefold():
                return c
        raise CatalogError(problem("collection.named_missing", name=spec))

    def smart_filter(self, query: str) -> ItemFilter:
        """The filter of a saved search (parsed with the shared query language)."""
        from smparchive.core.domain.query import parse_query

        return parse_query(query, self)  # type: ignore[arg-type]  # Catalog is the Resolver

    def collection_item_ids(
        self,
        collection_id: int,
        *,
        sort: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[int]:
        """Items of a collection: curated ones in their order (or ``sort``), smart ones as
        their query finds them (sorted by capture time unless ``sort``)."""
        c = self.collection(collection_id)
        query_ids = self.query_ids
        if c.query is not None:
            return list(
                query_ids(
                    self.smart_filter(c.query), sort=sort or "time", limit=limit, offset=offset
                )
            )
        if sort is not None and sort != "collection":
            f = ItemFilter(collection_id=collection_id)
            return list(query_ids(f, sort=sort, limit=limit, offset=offset))
        q = (
            select(CollectionItem.item_id)
            .where(CollectionItem.collection_id == collection_id)
            .order_by(CollectionItem.position, CollectionItem.item_id)
            .limit(limit)
            .offset(offset)
        )
        with self._read() as s:
            return list(s.scalars(q))

    # -- writing ----------------------------------------------------------------------------
    def create_collection(
        self,
        name: str,
        *,
        query: str | None = None,
        description: str | None = None,
        item_ids: Sequence[int] = (),
    ) -> OpResult[int]:
        """Create a collection (value = its id); with ``query`` it is a smart collection."""
        name = _clean_name(name)
        if query is not None:
            from smparchive.core.domain.query import canonical_query

            query = canonical_query(query.strip())  # "jour:1" is kept as "day:1"
            self.smart_filter(query)  # refuse a query that does not parse, naming the token
            if item_ids:
                raise CatalogError(problem("collection.smart_from_query"))

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            _check_free(ctx, name, None)
            cid = ctx.journal.insert_returning_id(
                _COLL,
                {"name": name, "query": query, "description": description, "created_at": utcnow()},
            )
            added = _insert(ctx, cid, list(item_ids), None)
            return ChangeSummary(collections=frozenset({cid}), items=frozenset(added)), cid

        return self._write(f"Create collection {name}", op, text_unchanged=True)

    def update_collection(
        self,
        collection_id: int,
        *,
        name: str | None = None,
        description: str | bool | None = False,
        query: str | bool | None = False,
    ) -> OpResult[None]:
        """Rename, describe, or change the query of a smart collection."""
        values: dict[str, Any] = {}
        if name is not None:
            values["name"] = _clean_name(name)
        if description is not False:
            values["description"] = description or None
        if query is not False:
            if query is None or not str(query).strip():
                raise CatalogError(problem("collection.smart_needs_query"))
            from smparchive.core.domain.query import canonical_query

            values["query"] = canonical_query(str(query).strip())
            self.smart_filter(values["query"])

        def op(ctx: WriteContext) -> ChangeSummary:
            row = _require(ctx, collection_id)
            if "query" in values and row.query is None:
                raise CatalogError(problem("collection.curated_not_search", name=row.name))
            if "name" in values:
                _check_free(ctx, values["name"], collection_id)
            ctx.journal.update(_COLL, [{"id": collection_id}], values)
            return ChangeSummary(collections=frozenset({collection_id}))

        return self._write("Change collection", op, text_unchanged=True)

    def rename_collection(self, collection_id: int, name: str) -> OpResult[None]:
        """Give a collection a new (unique) name."""
        return self.update_collection(collection_id, name=name)

    def delete_collection(self, collection_id: int) -> OpResult[None]:
        """Delete a collection (its items stay in the catalogue)."""

        def op(ctx: WriteContext) -> ChangeSummary:
            _require(ctx, collection_id)
            ids = set(_ordered(ctx, collection_id))
            ctx.journal.delete(_CI, _CI.c.collection_id == collection_id)
            ctx.journal.delete(_COLL, _COLL.c.id == collection_id)
            return ChangeSummary(collections=frozenset({collection_id}), items=frozenset(ids))

        return self._write("Delete collection", op, text_unchanged=True)

    def add_to_collection(
        self, collection_id: int, item_ids: Sequence[int], position: int | None = None
    ) -> OpResult[None]:
        """Add items (at the end, or before ``position``); items already in it are moved."""

        def op(ctx: WriteContext) -> ChangeSummary:
            _require_curated(ctx, collection_id)
            added = _insert(ctx, collection_id, list(item_ids), position, details)
            return ChangeSummary(collections=frozenset({collection_id}), items=frozenset(added))

        details: dict[str, Any] = {}
        return self._write("Add to collection", op, text_unchanged=True, details=details)

    def remove_from_collection(self, collection_id: int, item_ids: Sequence[int]) -> OpResult[None]:
        """Remove items from a collection (not from the catalogue)."""
        ids = sorted(set(item_ids))

        def op(ctx: WriteContext) -> ChangeSummary:
            _require_curated(ctx, collection_id)
            gone = set(ids)
            order = [i for i in _ordered(ctx, collection_id) if i not in gone]
            ctx.journal.delete_in(_CI, "item_id", ids, _CI.c.collection_id == collection_id)
            shifted = _renumber(ctx, collection_id, order, details)
            items = frozenset(ids) | frozenset(shifted)
            return ChangeSummary(collections=frozenset({collection_id}), items=items)

        details: dict[str, Any] = {}
        return self._write("Remove from collection", op, text_unchanged=True, details=details)

    def move_in_collection(
        self, collection_id: int, item_ids: Sequence[int], position: int
    ) -> OpResult[None]:
        """Move items (kept in the given order) so the first lands at ``position`` (0-based,
        counted among the other items; beyond the end means last)."""

        def op(ctx: WriteContext) -> ChangeSummary:
            _require_curated(ctx, collection_id)
            order = _ordered(ctx, collection_id)
            members = set(order)
            moving = [i for i in dict.fromkeys(item_ids) if i in members]
            missing = set(item_ids) - members
            if missing:
                raise CatalogError(
                    problem(
                        "collection.items_not_in",
                        value=", ".join(map(str, sorted(missing))),
                        n=len(missing),
                    )
                )
            moved = set(moving)
            rest = [i for i in order if i not in moved]
            pos = max(0, min(position, len(rest)))
            new_order = rest[:pos] + moving + rest[pos:]
            shifted = _renumber(ctx, collection_id, new_order, details, moving)
            items = frozenset(moving) | frozenset(shifted)
            return ChangeSummary(collections=frozenset({collection_id}), items=items)

        details: dict[str, Any] = {}
        return self._write("Reorder collection", op, text_unchanged=True, details=details)

    def duplicate_collection(self, collection_id: int, name: str | None = None) -> OpResult[int]:
        """Copy a collection (items and order, or the query) under a new name (value = id)."""

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            src = _require(ctx, collection_id)
            new_name = _clean_name(name) if name else _copy_name(ctx, src.name)
            _check_free(ctx, new_name, None)
            cid = ctx.journal.insert_returning_id(
                _COLL,
                {
                    "name": new_name,
                    "query": src.query,
                    "description": src.description,
                    "created_at": utcnow(),
                },
            )
            order = _ordered(ctx, collection_id)
            ctx.journal.insert(
                _CI,
                [{"collection_id": cid, "item_id": i, "position": n} for n, i in enumerate(order)],
            )
            return ChangeSummary(collections=frozenset({cid})), cid

        return self._write("Duplicate collection", op, text_unchanged=True)


# -- helpers -----------------------------------------------------------------------------------
def _clean_name(name: str) -> str:
    from smparchive.core.catalog.names import check_name

    return " ".join(check_name(name, "A collection name").split())


def _require(ctx: WriteContext, collection_id: int) -> Collection:
    # The collection's row lock makes writers of one collection take turns on PostgreSQL
    # (SQLite writers already do): each then reads the order the previous one committed.
    row = ctx.session.get(Collection, collection_id, with_for_update=True)
    if row is None:
        raise CatalogError(problem("missing.collection", value=collection_id))
    return row


def _require_curated(ctx: WriteContext, collection_id: int) -> None:
    row = _require(ctx, collection_id)
    if row.query is not None:
        raise CatalogError(
            problem("collection.smart_follows_query", name=row.name, value=row.query)
        )


def _check_free(ctx: WriteContext, name: str, exclude: int | None) -> None:
    q = select(Collection.id).where(folded_equals(Collection.name, name))
    if exclude is not None:
        q = q.where(Collection.id != exclude)
    if ctx.session.scalar(q) is not None:
        raise CatalogError(problem("collection.exists", name=name))


def _copy_name(ctx: WriteContext, base: str) -> str:
    names = {n.lower() for n in ctx.session.scalars(select(Collection.name))}
    candidate, n = f"{base} (copy)", 2
    while candidate.lower() in names:
        candidate, n = f"{base} (copy {n})", n + 1
    return candidate


def _ordered(ctx: WriteContext, collection_id: int) -> list[int]:
    return list(
        ctx.session.scalars(
            select(CollectionItem.item_id)
            .where(CollectionItem.collection_id == collection_id)
            .order_by(CollectionItem.position, CollectionItem.item_id)
        )
    )


def _insert(
    ctx: WriteContext,
    collection_id: int,
    item_ids: list[int],
    position: int | None,
    details: dict[str, Any] | None = None,
) -> list[int]:
    """Put ``item_ids`` in the collection before ``position`` (None: at the end); returns
    them and the items that shifted (:func:`_renumber`)."""
    wanted = list(dict.fromkeys(item_ids))
    if not wanted:
        return []
    known = set()
    dialect = ctx.session.get_bind().dialect.name
    for cond in id_conditions(MediaItem.id, wanted, dialect):
        known |= set(ctx.session.scalars(select(MediaItem.id).where(cond)))
    unknown = [i for i in wanted if i not in known]
    if unknown:
        shown = ", ".join(map(str, unknown[:10]))
        raise CatalogError(problem("missing.items", value=shown, n=len(unknown)))
    adding = set(wanted)
    now = _ordered(ctx, collection_id)
    # already in it (a teammate added it a moment ago): this person's choice too, so a
    # teammate's undo leaves it in (core/catalog/undo_theirs)
    there = [[collection_id, i] for i in now if i in adding]
    ctx.journal.keep(_CI, ["collection_id", "item_id"], there)
    order = [i for i in now if i not in adding]
    pos = len(order) if position is None else max(0, min(position, len(order)))
    shifted = _renumber(ctx, collection_id, order[:pos] + wanted + order[pos:], details, wanted)
    return list(dict.fromkeys(wanted + shifted))


def _renumber(
    ctx: WriteContext,
    collection_id: int,
    order: list[int],
    details: dict[str, Any] | None = None,
    chosen: Sequence[int] = (),
) -> list[int]:
    """Store ``order`` as positions 0..n-1, rewriting only rows whose position changes;
    returns the items of those rows. They are the change's too (its undo puts them back; a
    teammate's later move of one is a newer order undo asks about); those it only shifted
    (already in it, not ``chosen`` to move) are noted in ``details`` for undo's check."""
    current = dict(
        ctx.session.execute(
            select(CollectionItem.item_id, CollectionItem.position).where(
                CollectionItem.collection_id == collection_id
            )
        ).all()
    )
    changed = [i for n, i in enumerate(order) if current.get(i) != n]
    if not changed:
        return []
    present = [i for i in changed if i in current]
    ctx.journal.delete_in(_CI, "item_id", present, _CI.c.collection_id == collection_id)
    pos = {i: n for n, i in enumerate(order)}
    ctx.journal.insert_missing(
        _CI, [{"collection_id": collection_id, "item_id": i, "position": pos[i]} for i in changed]
    )
    passed = set(present) - set(chosen)
    if details is not None and passed:
        details[SHIFTED] = id_runs(passed)
    return changed
