"""Tidying the vocabulary: rename a tag, merge it into the tag of the same name, delete it
from every item (Lightroom's Keyword List, digiKam's Tags Manager). Undoable, recorded in
the history of every item they touch."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import (
    Face,
    ItemTag,
    SessionTag,
    Setting,
    Tag,
    table_of,
    tag_key,
)
from smparchive.core.catalog.ops_metadata import HANDLES_KEY
from smparchive.core.catalog.records import TagRecord
from smparchive.core.catalog.tagging import stored_path
from smparchive.core.catalog.textquery import fold
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.messages import problem
from smparchive.core.vocab import Restriction


class VocabularyOps(CatalogBase):
    def tag_items_count(self, tag_id: int) -> int:
        """How many items carry the tag or one of its children (what deleting it touches)."""
        from smparchive.core.catalog.filters import tag_subtree_ids

        with self._read() as s:
            ids = sorted(tag_subtree_ids(s, (tag_id,))[tag_id])
            items: set[int] = set()
            for chunk in chunked(ids):
                items.update(s.scalars(select(ItemTag.item_id).where(ItemTag.tag_id.in_(chunk))))
        return len(items)

    def tag_named(self, tag_id: int, name: str) -> TagRecord | None:
        """The other tag that renaming ``tag_id`` to ``name`` would meet (same kind and
        parent, same name in any case), with its item count (children included); or None."""
        key = tag_key(name)
        with self._read() as s:
            tag = s.get(Tag, tag_id)
            if tag is None:
                raise CatalogError(problem("missing.tag", value=tag_id))
            other = _met(s, tag, key)
            if other is None:
                return None
            record = TagRecord(
                id=other.id,
                name=other.name,
                kind=other.kind,
                parent_id=other.parent_id,
                path=self.tag_paths().get(other.id, other.name),
                restriction=other.restriction,
            )
        return replace(record, item_count=self.tag_items_count(other.id))

    def rename_tag(self, tag_id: int, name: str) -> OpResult[int]:
        """Rename a tag; when another tag of its kind and parent already has that name (in
        any case), merge this one into it: its items, speakers, faces and children go to the
        other tag, and this one is deleted. value = the id of the tag that remains."""
        from smparchive.core.catalog.names import check_name

        new = check_name(name, "A tag").strip()
        if not new or "|" in new:
            raise CatalogError(problem("tag.bad_name"))

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            tag = ctx.session.get(Tag, tag_id)
            if tag is None:
                raise CatalogError(problem("missing.tag", value=tag_id))
            was = stored_path(ctx, tag_id)  # as it is now (a teammate may have renamed it)
            into = _met(ctx.session, tag, tag_key(new))
            if into is None:
                ctx.journal.update(
                    table_of(Tag), [{"id": tag_id}], {"name": new, "name_key": tag_key(new)}
                )
                ctx.label = f"Rename tag “{was}” to “{stored_path(ctx, tag_id)}”"
                items = _items_of(ctx, _subtree(ctx, tag_id))
                return ChangeSummary(tags=frozenset({tag_id}), items=frozenset(items)), tag_id
            changes = _merge(ctx, tag_id, into.id)
            ctx.label = f"Merge tag “{was}” into “{stored_path(ctx, into.id)}”"
            return changes, into.id

        # the label names the tags as they are when it runs (ctx.label)
        return self._write(f"Rename tag {tag_id}", op)


def _met(s: Session, tag: Tag, key: str) -> Tag | None:
    """The other tag beside ``tag`` that the name of ``key`` is: the same name in any case,
    else the one that reads the same without accents ('mobilite' beside 'Mobilité', as
    typing it would tag); None when there is none, or several."""
    other = s.scalar(_same_place(tag).where(Tag.id != tag.id, Tag.name_key == key))
    if other is not None:
        return other
    plain = fold(key)
    near = [
        t
        for t in s.scalars(
            _same_place(tag).where(Tag.id != tag.id, func.length(Tag.name_key) == len(key))
        )
        if fold(t.name_key or "") == plain
    ]
    return near[0] if len(near) == 1 else None


def _same_place(tag: Tag) -> Select[Tag]:
    """Tags of ``tag``'s kind under its parent."""
    parent = tag.parent_id
    return select(Tag).where(
        Tag.kind == tag.kind,
        Tag.parent_id.is_(None) if parent is None else Tag.parent_id == parent,
    )


def _subtree(ctx: WriteContext, tag_id: int) -> list[int]:
    from smparchive.core.catalog.filters import tag_subtree_ids

    return sorted(tag_subtree_ids(ctx.session, (tag_id,))[tag_id])


def _items_of(ctx: WriteContext, tag_ids: list[int]) -> set[int]:
    return {
        i
        for chunk in chunked(tag_ids)
        for i in ctx.session.scalars(select(ItemTag.item_id).where(ItemTag.tag_id.in_(chunk)))
    }


def _merge(ctx: WriteContext, src: int, dst: int) -> ChangeSummary:
    """Move everything of tag ``src`` onto ``dst`` (children of the same name merged in
    turn), then delete ``src``; every step journalled."""
    items = _items_of(ctx, [src])
    link = table_of(ItemTag)
    ctx.journal.insert_missing(link, [{"item_id": i, "tag_id": dst} for i in sorted(items)])
    ctx.journal.delete_in(link, "tag_id", [src])
    speakers = table_of(SessionTag)
    sessions = sorted(
        ctx.session.scalars(select(SessionTag.session_id).where(SessionTag.tag_id == src))
    )
    ctx.journal.insert_missing(speakers, [{"session_id": s, "tag_id": dst} for s in sessions])
    ctx.journal.delete_in(speakers, "tag_id", [src])
    faces = sorted(ctx.session.scalars(select(Face.id).where(Face.person_id == src)))
    ctx.journal.update(table_of(Face), [{"id": f} for f in faces], {"person_id": dst})
    _keep_stricter(ctx, src, dst)
    changes = ChangeSummary(
        items=frozenset(items), tags=frozenset({src, dst}), sessions=frozenset(sessions)
    )
    for child in list(ctx.session.scalars(select(Tag).where(Tag.parent_id == src))):
        twin = ctx.session.scalar(
            select(Tag.id).where(
                Tag.kind == child.kind, Tag.parent_id == dst, Tag.name_key == child.name_key
            )
        )
        if twin is None:
            ctx.journal.update(table_of(Tag), [{"id": child.id}], {"parent_id": dst})
            moved = _items_of(ctx, _subtree(ctx, child.id))
            changes = changes.merge(
                ChangeSummary(items=frozenset(moved), tags=frozenset({child.id}))
            )
        else:
            changes = changes.merge(_merge(ctx, child.id, twin))
    ctx.journal.delete(table_of(Tag), Tag.id == src)
    return changes


_STRICTNESS = {Restriction.NONE: 0, Restriction.INTERNAL_ONLY: 1, Restriction.DO_NOT_PUBLISH: 2}


def _keep_stricter(ctx: WriteContext, src: int, dst: int) -> None:
    """A person merged into another keeps the stricter restriction and the earlier consent
    withdrawal of the two (their photos must not become publishable by a merge), and
    their handles on platforms when the other has none."""
    rows = {
        r.id: r
        for r in ctx.session.execute(
            select(Tag.id, Tag.restriction, Tag.consent_withdrawn_on).where(Tag.id.in_([src, dst]))
        )
    }
    mine, theirs = rows[src], rows[dst]
    values: dict[str, Any] = {}
    if _STRICTNESS.get(mine.restriction, 0) > _STRICTNESS.get(theirs.restriction, 0):
        values["restriction"] = mine.restriction
    withdrawn = mine.consent_withdrawn_on
    if withdrawn is not None and (
        theirs.consent_withdrawn_on is None or withdrawn < theirs.consent_withdrawn_on
    ):
        values["consent_withdrawn_on"] = withdrawn
    ctx.journal.update(table_of(Tag), [{"id": dst}], values)
    settings = table_of(Setting)
    keys = {t: f"{HANDLES_KEY}{t}" for t in (src, dst)}
    handles: dict[str, Any] = dict(
        ctx.session.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_(list(keys.values())))
        ).all()
    )
    if keys[src] in handles and keys[dst] not in handles:
        ctx.journal.insert(settings, [{"key": keys[dst], "value": handles[keys[src]]}])
    if keys[src] in handles:  # back with the tag on undo
        ctx.journal.delete(settings, Setting.key == keys[src])
