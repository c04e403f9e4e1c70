"""Tag rows inside a unit of work, shared by every operation that creates or links tags
(metadata edits, sidecar reads, programme speakers). Run them inside ``CatalogBase._write``:
every row they add is journalled for undo."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, text

from smparchive.core.catalog.base import WriteContext
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import ItemTag, Tag, table_of, tag_key
from smparchive.core.catalog.textquery import fold
from smparchive.core.messages import problem
from smparchive.core.vocab import Restriction, TagKind, stored_values

TAG_KINDS = stored_values(TagKind)
TAG_NAME_LOCK = 0x736D7074  # advisory lock class ('smpt'): creating a tag of one plain name


def _wait_for_same_name(ctx: WriteContext, kind: str, parent: int | None, key: str) -> None:
    """On PostgreSQL, take the transaction's lock on this name without its accents: two
    people creating 'Mobilité' and 'mobilite' at the same instant each saw neither and made
    both (the unique key ignores case, not accents). The second now waits for the first to
    commit and then finds its tag. SQLite writers take turns already."""
    bind = ctx.session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    name = f"{kind}|{parent or 0}|{fold(key)}".encode()
    crc = zlib.crc32(name)
    ctx.session.execute(
        text("SELECT pg_advisory_xact_lock(:a, :b)"),
        {"a": TAG_NAME_LOCK, "b": crc - (1 << 32) if crc >= 1 << 31 else crc},
    )


def _spelt_without_accents(
    ctx: WriteContext, kind: str, parent: int | None, key: str
) -> int | None:
    """The one tag beside which ``key`` differs only in its accents ('mobilite' typed where
    a teammate had made 'Mobilité'), else None (none, or several: 'Resume' and 'Résumé')."""
    plain = fold(key)
    rows = ctx.session.execute(
        select(Tag.id, Tag.name_key).where(
            Tag.kind == kind,
            Tag.parent_id.is_(None) if parent is None else Tag.parent_id == parent,
            # an accented letter is one character, as its plain letter is (NFC)
            func.length(Tag.name_key) == len(key),
        )
    )
    same = [int(tid) for tid, name_key in rows if fold(name_key or "") == plain]
    return same[0] if len(same) == 1 else None


def ensure_tag_path(ctx: WriteContext, path: str, kind: str) -> tuple[int, set[int]]:
    """Find or create the tag at ``path`` (one tag per normalised name, parent and kind:
    'iom' and 'IOM' are one keyword, and a name typed without the accents of an existing
    one, 'mobilite' for 'Mobilité', is that one); concurrent creators share the row that
    wins."""
    if kind not in TAG_KINDS:
        raise CatalogError(f"Tag kind must be one of {', '.join(TAG_KINDS)}.")
    from smparchive.core.catalog.names import check_name

    check_name(path, "A tag")
    parts = [p.strip() for p in path.split("|") if p.strip()]
    if not parts:
        raise CatalogError(problem("name.empty", subject="A tag"))
    parent: int | None = None
    created: set[int] = set()
    for name in parts:
        key = tag_key(name)
        find = select(Tag.id).where(
            Tag.kind == kind,
            Tag.parent_id.is_(None) if parent is None else Tag.parent_id == parent,
            Tag.name_key == key,
        )
        found = ctx.session.scalar(find)
        if found is None:
            _wait_for_same_name(ctx, kind, parent, key)
            found = ctx.session.scalar(find)  # made meanwhile by a teammate
        if found is None:
            # search finds 'Mobilité' for 'mobilite': a second keyword spelt without its
            # accents sat beside it in the sidebar and on the same photo
            found = _spelt_without_accents(ctx, kind, parent, key)
        if found is None:
            new_id = ctx.journal.insert_shared_id(
                table_of(Tag),
                {
                    "name": name,
                    "kind": kind,
                    "parent_id": parent,
                    "restriction": Restriction.NONE,
                    "name_key": key,
                },
            )
            if new_id is None:  # another writer created it since our look-up
                found = ctx.session.scalar(find)
                if found is None:  # pragma: no cover - the conflicting row must be visible
                    raise CatalogError(problem("tag.not_created", name=name))
            else:
                created.add(new_id)
                found = new_id
        parent = int(found)
    assert parent is not None
    return parent, created


_FEW_ITEMS = 500


def link_tags(
    ctx: WriteContext,
    item_ids: Sequence[int],
    tag_ids: Iterable[int],
    new_tags: Iterable[int] = (),
) -> None:
    """Attach every tag to every item that lacks it; ``new_tags`` were just created (no links)."""
    tids = sorted(set(tag_ids))
    if not item_ids or not tids:
        return
    fresh = set(new_tags)
    rows: list[dict[str, int]] = []
    for tid in tids:
        linked: set[int] = set()
        if tid not in fresh:
            # Few items: look them up. Many: read the tag's links off the (tag_id, item_id)
            # index at once, cheaper than an IN list of thousands of ids.
            q = select(ItemTag.item_id).where(ItemTag.tag_id == tid)
            if len(item_ids) <= _FEW_ITEMS:
                q = q.where(ItemTag.item_id.in_(item_ids))
            linked = set(ctx.session.scalars(q))
        rows.extend({"item_id": i, "tag_id": tid} for i in item_ids if i not in linked)
        # already tagged (by a teammate a moment ago): this person's keyword too
        there = [[i, tid] for i in item_ids if i in linked]
        ctx.journal.keep(table_of(ItemTag), ["item_id", "tag_id"], there)
    ctx.journal.insert_missing(table_of(ItemTag), rows)


def stored_path(ctx: WriteContext, tag_id: int) -> str:
    """The tag's "Parent|Child" path as stored (a teammate's spelling of a shared keyword)."""
    names: list[str] = []
    current: int | None = tag_id
    while current is not None and len(names) <= 50:
        row = ctx.session.execute(select(Tag.name, Tag.parent_id).where(Tag.id == current)).first()
        if row is None:
            break
        names.append(row.name)
        current = row.parent_id
    return "|".join(reversed(names))
