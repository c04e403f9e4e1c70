"""The catalogue side of XMP sidecars: what to write, and applying what was read back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, select

from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.models import (
    Day,
    Event,
    ItemTag,
    ItemText,
    MediaItem,
    Root,
    Tag,
    table_of,
    utcnow,
)
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.ops_metadata import COLOR_LABELS, CONSENT_VALUES
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.catalog.tagging import ensure_tag_path, link_tags
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.plural import counted
from smparchive.core.vocab import Consent, TagKind

if TYPE_CHECKING:  # imported where used: XMP and MWG cost ~27 ms of every app start
    from smparchive.core.domain.sidecars_xmp import SidecarItem, SidecarMetadata
    from smparchive.core.media.mwg import FaceRegions

_TEXTS = (("title", "titles"), ("caption", "captions"), ("alt", "alt_texts"))
_TAGS = (
    (TagKind.KEYWORD, "keywords"),
    (TagKind.PERSON, "people"),
    (TagKind.ORGANISATION, "organisations"),
    (TagKind.PLACE, "places"),
)
_PLAIN = ("creator", "credit_line", "copyright", "licence")
_ITEMS = table_of(MediaItem)
_TEXT_ROWS = table_of(ItemText)
_LINKS = table_of(ItemTag)


class SidecarOps(CatalogBase):
    """Reading items for sidecars and applying sidecar metadata (undoable)."""

    def sidecar_items(self, item_ids: Sequence[int]) -> list[SidecarItem]:
        """Items with their root, policy and the metadata a sidecar carries, in order."""
        from smparchive.core.domain.sidecars_xmp import SidecarItem

        with self._read() as s:
            records = self._items_by_ids(s, list(dict.fromkeys(item_ids)))
            roots = {r.id: r for r in s.scalars(select(Root))}
            events = dict(
                s.execute(select(Day.id, Event.title).join(Event, Event.id == Day.event_id)).all()
            )
            session_ids = {r.session_id for r in records if r.session_id is not None}
            sessions = (
                dict(
                    s.execute(
                        select(ProgrammeSession.id, ProgrammeSession.title).where(
                            ProgrammeSession.id.in_(session_ids)
                        )
                    ).all()
                )
                if session_ids
                else {}
            )
            regions = _face_regions(s, records)
        out = []
        for r in records:
            root = roots[r.root_id]
            event = " - ".join(
                t for t in (events.get(r.day_id or 0), sessions.get(r.session_id or 0)) if t
            )
            out.append(
                SidecarItem(
                    id=r.id,
                    root_id=root.id,
                    root_path=root.path,
                    root_label=root.label,
                    root_online=bool(root.online),
                    policy=root.sidecar_policy,
                    rel_path=r.rel_path,
                    status=r.status,
                    metadata=_metadata_of(r, event or None, regions.get(r.id)),
                )
            )
        return out

    def apply_sidecar_metadata(
        self, updates: Sequence[tuple[int, SidecarMetadata]]
    ) -> OpResult[None]:
        """Apply what sidecars said: each field they hold replaces the catalogue's value.

        Fields left as ``None`` are not touched; a rating of -1 rejects, any other rating
        clears a reject (a pick stays). One undoable operation for all items.
        """

        def op(ctx: WriteContext) -> ChangeSummary:
            items: set[int] = set()
            tags: set[int] = set()
            for item_id, meta in updates:
                changed, touched = _apply_one(ctx, item_id, meta)
                if changed:
                    items.add(item_id)
                tags |= touched
            return ChangeSummary(items=frozenset(items), tags=frozenset(tags))

        return self._write(f"Read {counted(len(updates), 'sidecar')}", op)


def _face_regions(s: Any, records: Sequence[ItemRecord]) -> dict[int, FaceRegions]:
    """Per item, its confirmed faces (and those read from the file) as MWG regions.

    An item whose faces the catalogue knows gets its regions even when none is left (the
    last confirmed face rejected): the sidecar's regions are then rewritten without it,
    not left naming someone the photo does not show."""
    from smparchive.core.catalog.models import Face
    from smparchive.core.media.mwg import FaceRegions, Region
    from smparchive.core.vocab import FaceState

    by_id = {r.id: r for r in records}
    found: dict[int, list[Region]] = {}
    for chunk in chunked(list(by_id)):
        for iid in s.scalars(select(Face.item_id).where(Face.item_id.in_(chunk)).distinct()):
            found.setdefault(iid, [])
        rows = s.execute(
            select(Face.item_id, Face.x, Face.y, Face.w, Face.h, Tag.name)
            .outerjoin(Tag, Tag.id == Face.person_id)
            .where(
                Face.item_id.in_(chunk),
                (Face.state == FaceState.CONFIRMED) | (Face.source == "file"),
            )
            .order_by(Face.item_id, Face.id)
        )
        for iid, x, y, w, h, name in rows:
            found.setdefault(iid, []).append(Region(name, x, y, w, h))
    out = {}
    for iid, regions in found.items():
        r = by_id[iid]
        size = (r.width, r.height) if r.width and r.height else None
        out[iid] = FaceRegions(tuple(regions), size, r.orientation)
    return out


def _metadata_of(
    r: ItemRecord, event: str | None, regions: FaceRegions | None = None
) -> SidecarMetadata:
    from smparchive.core.domain.sidecars_xmp import SidecarMetadata

    by_kind: dict[str, list[str]] = {}
    for t in r.tags:
        by_kind.setdefault(t.kind, []).append(t.name if t.kind == TagKind.PERSON else t.path)
    return SidecarMetadata(
        titles=dict(r.titles),
        captions=dict(r.captions),
        alt_texts=dict(r.alt_texts),
        keywords=tuple(by_kind.get(TagKind.KEYWORD, ())),
        people=tuple(by_kind.get(TagKind.PERSON, ())),
        organisations=tuple(by_kind.get(TagKind.ORGANISATION, ())),
        places=tuple(by_kind.get(TagKind.PLACE, ())),
        rating=r.rating,
        flag=r.flag,
        color_label=r.color_label,
        creator=r.creator,
        credit_line=r.credit_line,
        copyright=r.copyright,
        licence=r.licence,
        consent=None if r.consent == Consent.UNKNOWN else r.consent,
        event=event,
        regions=regions,
    )


def _apply_one(ctx: WriteContext, item_id: int, meta: SidecarMetadata) -> tuple[bool, set[int]]:
    """Apply one item's sidecar values; returns (item changed, tags created or linked)."""
    row = ctx.session.execute(
        select(MediaItem.flag, MediaItem.rating, *(getattr(MediaItem, c) for c in _PLAIN))
        .add_columns(MediaItem.color_label, MediaItem.consent)
        .where(MediaItem.id == item_id)
    ).first()
    if row is None:
        return False, set()
    current = row._mapping
    values: dict[str, Any] = {}
    if meta.rating is not None and 0 <= meta.rating <= 5:
        values["rating"] = meta.rating
    if meta.flag in (-1, 1):
        values["flag"] = meta.flag
    elif meta.flag == 0 and current["flag"] == -1:
        values["flag"] = 0
    if meta.color_label in COLOR_LABELS:
        values["color_label"] = meta.color_label
    if meta.consent in CONSENT_VALUES:
        values["consent"] = meta.consent
    for col in _PLAIN:
        value = getattr(meta, col)
        if value is not None and value.strip():
            values[col] = value.strip()[: 1000 if col == "copyright" else 500]
    values = {k: v for k, v in values.items() if current[k] != v}
    changed = bool(values)
    if values:
        ctx.journal.update(_ITEMS, [{"id": item_id}], {**values, "updated_at": utcnow()})
    for fld, attr in _TEXTS:
        texts = getattr(meta, attr)
        if texts is not None:
            changed |= _replace_texts(ctx, item_id, fld, texts)
    touched: set[int] = set()
    for kind, attr in _TAGS:
        paths = getattr(meta, attr)
        if paths is not None:
            did, ids = _replace_tags(ctx, item_id, kind, paths)
            changed |= did
            touched |= ids
    return changed, touched


def _replace_texts(ctx: WriteContext, item_id: int, field: str, texts: dict[str, str]) -> bool:
    table = _TEXT_ROWS
    want = {(k or "x-default").strip().lower()[:16]: v.strip() for k, v in texts.items() if v}
    have = dict(
        ctx.session.execute(
            select(ItemText.lang, ItemText.value).where(
                ItemText.item_id == item_id, ItemText.field == field
            )
        ).all()
    )
    stale = [lang for lang, value in have.items() if want.get(lang) != value]
    fresh = [lang for lang, value in want.items() if have.get(lang) != value]
    if stale:
        ctx.journal.delete(
            table,
            and_(table.c.item_id == item_id, table.c.field == field, table.c.lang.in_(stale)),
        )
    ctx.journal.insert(
        table, [{"item_id": item_id, "field": field, "lang": g, "value": want[g]} for g in fresh]
    )
    return bool(stale or fresh)


def _replace_tags(
    ctx: WriteContext, item_id: int, kind: str, paths: Sequence[str]
) -> tuple[bool, set[int]]:
    target: set[int] = set()
    created: set[int] = set()
    for path in paths:
        if path.strip():
            tid, new = ensure_tag_path(ctx, path, kind)
            target.add(tid)
            created |= new
    have = set(
        ctx.session.scalars(
            select(ItemTag.tag_id)
            .join(Tag, Tag.id == ItemTag.tag_id)
            .where(ItemTag.item_id == item_id, Tag.kind == kind)
        )
    )
    gone = sorted(have - target)
    table = _LINKS
    if gone:
        ctx.journal.delete(table, and_(table.c.item_id == item_id, table.c.tag_id.in_(gone)))
    link_tags(ctx, [item_id], target - have)
    return bool(gone or target - have), created | set(gone) | (target - have)
