"""Item filters: a plain description of a search, compiled to portable SQL.

The query language (``domain/query.py``) parses text into an :class:`ItemFilter`; the
GUI's facet chips and the CLI's options build the same object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.elements import UnaryExpression

from smparchive.core.catalog import fulltext
from smparchive.core.catalog.chunks import ids_in
from smparchive.core.catalog.itemfilter import ItemFilter as ItemFilter
from smparchive.core.catalog.models import (
    Camera,
    CollectionItem,
    Face,
    FaceScan,
    FacetCell,
    ItemTag,
    MediaItem,
    Segment,
    Tag,
    VocabCode,
)
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.sorts import SORT_NAMES
from smparchive.core.catalog.textfold import folded, folded_equals
from smparchive.core.vocab import BAD_STATUSES, PRESENT_STATUSES, FaceState, ItemStatus

# Every order ends with the item id, so it is total: the first page, the windows read by
# offset (from either end), the far windows from ix_items_facets and the slices of an id
# array all cut the same list (ties left open let an item show twice or never while
# scrolling). Undated items last in ascending order on every engine (SQLite puts NULL
# first, PostgreSQL last): an explicit ``IS NULL`` term or NULLS LAST decides, not the
# engine.
SORTS = {
    # With ix_items_time the whole sort comes from one index (the id is its rowid).
    "time": (MediaItem.capture_utc.is_(None), MediaItem.capture_utc, MediaItem.id),
    # No index gives it: NULLS LAST sorts ~10 % faster at 1M than an ``IS NULL`` term.
    "rating": (MediaItem.rating.desc(), MediaItem.capture_utc.asc().nulls_last(), MediaItem.id),
    "name": (MediaItem.name, MediaItem.id),
    "size": (MediaItem.size.desc(), MediaItem.id),
    "added": (MediaItem.first_seen_at.desc(), MediaItem.id),
}
assert set(SORTS) == set(SORT_NAMES)  # the CLI offers the names without importing this module

# The status index holds only the items that are not OK (0036): SQLite reads a partial
# index only for a query that states its condition, so a search by other statuses says it.
NOT_OK: ColumnElement[bool] = MediaItem.status != ItemStatus.OK.value


def status_in(statuses: Any) -> ColumnElement[bool]:
    """Items with one of ``statuses``, found through the status index when OK is not one."""
    wanted = [str(s) for s in statuses]
    if ItemStatus.OK.value in wanted:
        return MediaItem.status.in_(wanted)
    return and_(MediaItem.status.in_(wanted), NOT_OK)


# A date range's items are dated, said of the time indexes' first column: SQLite sees
# neither that the range implies it nor that the order's undated-last term is then the same
# for all. Said, and that term left out of the order, every time index (by kind, day, or
# none first) reads the range in time order, with the rating and flag from the index
# (migration 0019); before, a date with another condition sorted every match of the range
# (`date:2022-06-03 rating>=3` at a million items: first page 590 -> 3 ms CPU). Only for
# the ids in time order: a count with it could take the time index over a more selective
# one (`camera:R5 date:...` 120 -> 520 ms), as SQLite keeps no statistics here.
DATED = MediaItem.capture_utc.is_(None) == false()


def _statuses(f: ItemFilter) -> ColumnElement[bool]:
    """Items with one of ``f.statuses``. On a team catalogue, the present items of folders
    this computer cannot reach (``f.offline_roots``) are offline here, and only that: the
    stored status is the team's (another computer reaches them; ``ingest_mark_missing``)."""
    stored = status_in(f.statuses)
    if not f.offline_roots:
        return stored
    away = and_(
        MediaItem.root_id.in_(f.offline_roots),
        MediaItem.status.in_([s.value for s in PRESENT_STATUSES]),
    )
    if ItemStatus.OFFLINE.value in f.statuses:
        return or_(and_(stored, not_(away)), away)
    return and_(stored, not_(away))


def tag_subtree_ids(s: Any, tag_ids: tuple[int, ...]) -> dict[int, set[int]]:
    """Each tag id with all its descendants (a keyword matches its children too)."""
    rows = s.execute(select(Tag.id, Tag.parent_id)).all()
    children: dict[int, list[int]] = {}
    for tid, parent in rows:
        if parent is not None:
            children.setdefault(parent, []).append(tid)
    out: dict[int, set[int]] = {}
    for root in tag_ids:
        seen = {root}
        stack = [root]
        while stack:
            for c in children.get(stack.pop(), []):
                if c not in seen:
                    seen.add(c)
                    stack.append(c)
        out[root] = seen
    return out


# session -> the cameras with items: (id, make, model)
CameraPairs = Callable[[Any], list[tuple[int, str | None, str | None]]]


def shared_keys() -> Select[Any]:
    """The hash keys (``items.sha_key``, a content hash's first bytes) that several items
    share: the only contents that can be duplicates, read from ix_items_sha_key alone."""
    return (
        select(MediaItem.sha_key)
        .where(MediaItem.sha_key.is_not(None))
        .group_by(MediaItem.sha_key)
        .having(func.count() > 1)
    )


def camera_pairs(s: Any) -> list[tuple[int, str | None, str | None]]:
    """The cameras of the catalogue's items (id, make, model), read from the counts kept
    per combination of facet values (``facet_cells``: a few thousand rows where the
    distinct values of ix_items_camera took a walk over every entry, ~0.2 s at 1M) and the
    cameras' own rows (0031)."""
    present = (
        select(FacetCell.camera_id)
        .where(FacetCell.camera_id.is_not(None))
        .group_by(FacetCell.camera_id)
        .having(func.sum(FacetCell.n) > 0)
    )
    q = select(Camera.id, Camera.make, Camera.model).where(Camera.id.in_(present))
    return [(int(i), make or None, model or None) for i, make, model in s.execute(q)]


def where_clauses(
    s: Any,
    f: ItemFilter,
    dialect: str,
    *,
    cameras: CameraPairs | None = None,
    time_order: bool = False,
    unindexed: frozenset[str] = frozenset(),
) -> list[ColumnElement[bool]]:
    """The WHERE conditions for a filter (``s`` is used to expand tag hierarchies).

    ``cameras``: where the distinct cameras come from (the catalogue keeps them per data
    version); by default they are read from ``s`` when a camera is asked for.
    ``time_order``: the ids are read in time order (see ``ids_query``).
    ``unindexed``: the filter's fields (top level) whose conditions SQLite must read from
    the rows, not find through their index (see ``unindexed``)."""
    c = _Conditions(unindexed)
    if f.item_ids is not None:
        c.append(ids_in(MediaItem.id, f.item_ids) if f.item_ids else false())
    if f.text.strip():
        m = fulltext.match_clause(dialect, f.text)
        if m is not None:
            c.append(m)
    if f.kinds:
        kinds: ColumnElement[bool] = MediaItem.kind.in_(f.kinds)
        if time_order and f.day_ids and dialect == "sqlite":
            kinds = func.likely(kinds, type_=Boolean)  # see ids_query
        c.add("kinds", kinds)
    if f.day_ids:
        c.add("day_ids", MediaItem.day_id.in_(f.day_ids))
    if f.session_ids:
        c.add("session_ids", MediaItem.session_id.in_(f.session_ids))
    if f.unassigned:
        c.add("unassigned", MediaItem.session_id.is_(None))
    if f.rooms:
        c.append(
            exists().where(
                ProgrammeSession.id == MediaItem.session_id,
                folded(ProgrammeSession.room).in_([r.lower() for r in f.rooms]),
            )
        )
    # Tags: "id IN (items of these tags)" reads the tag index once; a correlated EXISTS
    # probed every item for every tag of the subtree (4.2 s vs 56 ms at 100k items).
    if f.tag_ids:
        for ids in tag_subtree_ids(s, f.tag_ids).values():
            c.append(MediaItem.id.in_(select(ItemTag.item_id).where(ItemTag.tag_id.in_(ids))))
    if f.any_tag_ids:
        ids_any: set[int] = set()
        for ids in tag_subtree_ids(s, f.any_tag_ids).values():
            ids_any |= ids
        c.append(MediaItem.id.in_(select(ItemTag.item_id).where(ItemTag.tag_id.in_(ids_any))))
    if f.rating_min is not None:
        c.append(MediaItem.rating >= f.rating_min)
    if f.rating_max is not None:
        c.append(MediaItem.rating <= f.rating_max)
    if f.flags:
        c.add("flags", MediaItem.flag.in_(f.flags))
        if 0 not in f.flags:
            # Said outright so SQLite reads ix_items_flag_time, which holds only the
            # flagged items (a partial index: SQLite uses it when the query names its
            # condition; 0022).
            c.add("flags", MediaItem.flag != 0)
    if f.color_labels:
        c.append(MediaItem.color_label.in_(f.color_labels))
    if f.consents:
        c.append(MediaItem.consent.in_(f.consents))
    if f.cameras:
        c.add("cameras", _camera_clause(cameras(s) if cameras else camera_pairs(s), f.cameras))
    if f.statuses:
        c.add("statuses", _statuses(f))  # with the status index's condition (0036)
    if f.warnings:
        # The ids of both kinds, each from its own index (ix_items_status, the partial
        # ix_items_warned): as "status = 'warning' OR warnings IS NOT NULL AND ..." every
        # item row was read (facets of the Warnings view ~2.2 s at a million items).
        # A warning about the file's content stays known while its folder is offline (a
        # truncated JPEG left the Warnings view when its card was unplugged); an unreadable
        # one is an error, a file gone has no content to warn about.
        warned = union_all(
            select(MediaItem.id).where(MediaItem.status == ItemStatus.WARNING.value, NOT_OK),
            select(MediaItem.id).where(
                MediaItem.warnings.is_not(None),
                or_(
                    MediaItem.status.not_in([s.value for s in BAD_STATUSES]),
                    and_(
                        MediaItem.status == ItemStatus.OFFLINE.value,
                        MediaItem.status_reason.is_(None),
                    ),
                ),
            ),
        )
        c.append(MediaItem.id.in_(warned))
    if f.errors:
        # Each kind from ix_items_status. Unplugged, an unreadable file kept its reason
        # (restored as an error when it is back) but left the Errors view while it was away.
        failed = union_all(
            select(MediaItem.id).where(MediaItem.status == ItemStatus.ERROR.value, NOT_OK),
            select(MediaItem.id).where(
                MediaItem.status == ItemStatus.OFFLINE.value,
                MediaItem.status_reason.is_not(None),
            ),
        )
        c.append(MediaItem.id.in_(failed))
    if f.date_from is not None:
        c.add("date_from", MediaItem.capture_utc >= f.date_from)
    if f.date_to is not None:
        c.add("date_to", MediaItem.capture_utc < f.date_to)
    if f.orientation:
        w, h = _display_dims()
        if f.orientation == "landscape":
            c.append(w > h)
        elif f.orientation == "portrait":
            c.append(w < h)
        elif f.orientation == "square":
            c.append(and_(w == h, MediaItem.width.is_not(None)))
    if f.collection_id is not None:
        c.append(
            exists()
            .where(
                CollectionItem.item_id == MediaItem.id,
                CollectionItem.collection_id == f.collection_id,
            )
            .correlate_except(CollectionItem)
        )
    if f.root_id is not None:
        c.append(MediaItem.root_id == f.root_id)
    if f.duplicates:
        # Contents whose first bytes several items share (ix_items_sha_key alone), then
        # those whose whole hash several items share.
        keys = shared_keys()
        dup = (
            select(MediaItem.sha256)
            .where(MediaItem.sha256.is_not(None), MediaItem.sha_key.in_(keys))
            .group_by(MediaItem.sha256)
            .having(func.count() > 1)
        )
        c.append(and_(MediaItem.sha_key.in_(keys), MediaItem.sha256.in_(dup)))
    if f.face_counts:
        c.append(_face_count_clause(f.face_counts))
    if f.unknown_faces:
        c.append(
            MediaItem.id.in_(
                select(Face.item_id).where(
                    or_(Face.person_id.is_(None), Face.state == FaceState.REJECTED)
                )
            )
        )
    for name, value in f.field_values:
        c.append(_field_clause(name, value))
    if f.segmented:
        c.append(MediaItem.id.in_(select(Segment.item_id)))
    for text in f.segment_texts:
        from smparchive.core.catalog.ops_segments import segment_text_clause

        found = select(Segment.item_id).where(segment_text_clause(text, dialect))
        c.append(MediaItem.id.in_(found))
    for sf in f.sub:
        c.extend(where_clauses(s, sf, dialect, cameras=cameras))
    for ef in f.exclude:
        inner = where_clauses(s, ef, dialect, cameras=cameras)
        if inner:
            # COALESCE: a NULL column (no colour label ...) is "not matching", so it stays.
            c.append(not_(func.coalesce(and_(*inner), false())))
    if f.any_of:
        either = [where_clauses(s, af, dialect, cameras=cameras) for af in f.any_of]
        if all(either):  # a filter with no condition matches everything
            c.append(or_(*(and_(*inner) for inner in either)))
    return list(c)


_UNARY_PLUS: operators.custom_op[Any] = operators.custom_op("+")


def unindexed(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """``condition`` said of ``+column`` for each item column but the id: the same rows,
    but SQLite finds them through no index on those columns (its own way of hearing "do not
    lead with this one")."""
    items = MediaItem.__table__

    def swap(element: Any, **kw: Any) -> Any:
        if isinstance(element, Column) and element.table is items and element.key != "id":
            return UnaryExpression(element, operator=_UNARY_PLUS, type_=element.type)
        return None

    return visitors.replacement_traverse(condition, {}, swap)


class _Conditions(list[ColumnElement[bool]]):
    """The conditions of a filter; those of the fields in ``unindexed`` said unindexed."""

    def __init__(self, unindexed_fields: frozenset[str]) -> None:
        super().__init__()
        self.unindexed = unindexed_fields

    def add(self, field: str, condition: ColumnElement[bool]) -> None:
        self.append(unindexed(condition) if field in self.unindexed else condition)


def _field_clause(name: str, value: Any) -> ColumnElement[bool]:
    """A registry field's column equals ``value`` (text: whatever the case; None: empty)."""
    column: ColumnElement[Any] | None = MediaItem.__table__.c.get(name)
    if column is None and name in ("camera_make", "camera_model", "camera_serial"):
        column = getattr(MediaItem, name).expression  # its camera row's (0031)
    if column is None:
        raise ValueError(f"No item field '{name}' to search")
    if value is None:
        return column.is_(None)
    if isinstance(value, str) and isinstance(column.type, VocabCode):
        return column == value.lower()  # compared as its stored code
    if isinstance(value, str):
        return folded_equals(column, value)
    return cast("ColumnElement[bool]", column == value)  # typed Any by the comparison


def _face_count_clause(counts: tuple[str, ...]) -> ColumnElement[bool]:
    """Photos searched for faces with that many found ("0" needs the photo searched)."""
    per_item = select(Face.item_id).group_by(Face.item_id).having(func.count() == 1)
    parts: list[ColumnElement[bool]] = []
    for wanted in counts:
        if wanted == "0":
            parts.append(
                MediaItem.id.in_(select(FaceScan.item_id))
                & MediaItem.id.not_in(select(Face.item_id))
            )
        elif wanted == "1":
            parts.append(MediaItem.id.in_(per_item))
        else:
            parts.append(
                MediaItem.id.in_(
                    select(Face.item_id).group_by(Face.item_id).having(func.count() >= 2)
                )
            )
    return or_(*parts)


def _camera_clause(
    known: list[tuple[int, str | None, str | None]], cameras: tuple[str, ...]
) -> ColumnElement[bool]:
    """Cameras whose "make model" contains any of ``cameras`` (case-insensitive).

    The substring is matched against the few distinct cameras (read from facet_cells),
    and the items then selected by their cameras' ids: an index lookup, where a substring
    test on every item scanned the whole catalogue (seconds at a million items, for nothing
    when no camera matches).
    """
    wanted = [cam.lower() for cam in cameras]
    ids = sorted(
        camera_id
        for camera_id, make, model in known
        if any(w in f"{make or ''} {model or ''}".lower() for w in wanted)
    )
    if not ids:
        return false()
    if len(ids) == 1:
        return MediaItem.camera_id == ids[0]
    return MediaItem.camera_id.in_(ids)


def _display_dims() -> tuple[Any, Any]:
    # EXIF orientations 5-8 swap width and height on screen.
    swapped = MediaItem.orientation.in_((5, 6, 7, 8))
    w = case((swapped, MediaItem.height), else_=MediaItem.width)
    h = case((swapped, MediaItem.width), else_=MediaItem.height)
    return w, h


def _reverse(term: Any) -> Any:
    """One ORDER BY term the other way round (``x DESC`` -> ``x ASC``, ``x`` -> ``x DESC``,
    ``x ASC NULLS LAST`` -> ``x DESC NULLS FIRST``)."""
    if isinstance(term, UnaryExpression):
        if term.modifier is operators.desc_op:
            return term.element.asc()
        if term.modifier is operators.asc_op:
            return term.element.desc()
        if term.modifier is operators.nulls_last_op:
            return _reverse(term.element).nulls_first()
        if term.modifier is operators.nulls_first_op:
            return _reverse(term.element).nulls_last()
    return term.desc()


def ids_query(
    s: Any,
    f: ItemFilter,
    dialect: str,
    sort: str = "time",
    *,
    descending: bool = False,
    cameras: CameraPairs | None = None,
    unindexed: frozenset[str] = frozenset(),
) -> Select[Any]:
    """SELECT item ids for a filter, sorted; the caller adds LIMIT/OFFSET.

    ``descending``: the whole order reversed in SQL (the last row first), so a window at
    either end of a large result is read from the index without fetching the rest.
    ``unindexed``: see ``where_clauses``.
    """
    order: tuple[Any, ...] = SORTS.get(sort, SORTS["time"])
    dated: tuple[Any, ...] = ()
    ranged = f.date_from is not None or f.date_to is not None
    if order is SORTS["time"] and ranged and "date_from" not in unindexed:
        dated, order = (DATED,), order[1:]  # the range's items are dated: see DATED
    # A kind and a day in time order: the kind said likely. A kind keeps most items (the
    # photos: 80 % at 1M), a day a few, but SQLite keeps no statistics here and, once the
    # kind was a small integer code (0023; before, its text made the index wider), took
    # ix_items_kind_time and ix_items_day_time for equal: `panel kind:photo day:3` read
    # every photo in time order (first page 24 -> 1,000 ms CPU). Other orders, counts and
    # facets keep ix_items_facets (kind and day).
    by_time = order is SORTS["time"] or bool(dated)
    where = where_clauses(s, f, dialect, cameras=cameras, time_order=by_time, unindexed=unindexed)
    q = select(MediaItem.id).where(*dated, *where)
    if f.collection_id is not None and sort == "collection":
        q = q.join(
            CollectionItem,
            and_(
                CollectionItem.item_id == MediaItem.id,
                CollectionItem.collection_id == f.collection_id,
            ),
        )
        by = (CollectionItem.position, CollectionItem.item_id)
        return q.order_by(*(t.desc() for t in by) if descending else by)
    return q.order_by(*(_reverse(t) for t in order) if descending else order)
