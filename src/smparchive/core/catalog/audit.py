"""Who changed what, when: the audit log written with every change, and the checks that
keep one person's undo (or stale edit) from overwriting a teammate's newer work.

Each change, undo and redo adds one ``audit_log`` row (user, time, label, the *fields* it
touched, small details such as new values) and one ``audit_items`` row per item. Fields
are derived from the undo journal's steps, so every operation is covered without
declaring anything: ``items.rating``, ``text.caption.fr``, ``tag.12``, ``collection.3``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Engine, delete, insert, select, text
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog.audit_positions import merely_shifted
from smparchive.core.catalog.changes import HELD_BY as HELD_BY  # re-exported
from smparchive.core.catalog.changes import AuditRecord as AuditRecord  # re-exported
from smparchive.core.catalog.changes import EditConflict as EditConflict  # re-exported
from smparchive.core.catalog.changes import NothingLeftToUndo as NothingLeftToUndo  # re-exported
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.labels import field_noun
from smparchive.core.catalog.models import AuditEntry, AuditItem, table_of
from smparchive.core.catalog.undo import ChangeSummary
from smparchive.core.domain.timefmt import action_values
from smparchive.core.messages import refused

ENV_USER = "SMPARCHIVE_USER"
_NOT_FIELDS = {"updated_at"}  # bookkeeping columns every edit touches
# A scan's, verify's or thumbnail job's bulk bookkeeping (status, thumbnails, fixity):
# noted only for the change feed (open windows refresh those items), never in a history.
SYNC = "sync"
SYNC_KEPT = timedelta(days=1)
SYNC_PRUNE_EVERY = 50
# A sync entry's items are kept as runs of consecutive ids in its details, not as
# audit_items rows: a scan of a million new files noted a million rows twice (the table
# and its index by item, ~22 MB for a day) that only the change feed reads, by entry; the
# history, which reads by item, never shows sync entries.
ID_RUNS = "id_runs"


def default_user(engine: Engine) -> str:
    """Who is making changes: the PostgreSQL login role on a server (``session_user``: a
    team may share object ownership through ``SET ROLE``); on SQLite $SMPARCHIVE_USER or the
    operating-system user (the app may set a name from Preferences instead)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            return str(conn.scalar(text("SELECT session_user")))
    from smparchive.core.paths import sqlite_user

    return sqlite_user()


def step_rows(step: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    """The rows of a journal step as column -> value (only what the step holds)."""
    op = step["op"]
    if op == "update":
        yield {**step["pk"], **{c: True for c in step["values"]}}
    elif op == "update_rows":
        for r in step["rows"]:
            yield {**dict(zip(step["keys"], r[: len(step["keys"])], strict=True)),
                   **{c: True for c in step["columns"]}}  # fmt: skip
    elif op == "insert":
        yield dict(step["row"])
    elif op == "delete":
        yield dict(step["pk"])
    elif op == "delete_rows":
        for r in step["rows"]:
            yield dict(zip(step["keys"], r, strict=True))
    elif op == "insert_rows":
        for r in step["rows"]:
            yield dict(zip(step["columns"], r, strict=True))


def row_fields(step: Mapping[str, Any], row: Mapping[str, Any]) -> list[str]:
    """The fields one row of a journal step is about, as :func:`touched_fields` names them."""
    table = step["table"]
    if table == "items":
        if step["op"] in ("update", "update_rows"):
            cols = step.get("columns") or list(step.get("values", {}))
            return [f"items.{c}" for c in cols if c not in _NOT_FIELDS]
        return ["items"]
    if table == "item_texts" and "field" in row and "lang" in row:
        return [f"text.{row['field']}.{row['lang']}"]
    if table == "item_tags" and "tag_id" in row:
        return [f"tag.{row['tag_id']}"]
    if table == "collection_items" and "collection_id" in row:
        return [f"collection.{row['collection_id']}"]
    return [table]


def row_item(step: Mapping[str, Any], row: Mapping[str, Any]) -> int | None:
    """The item one row of a journal step belongs to (None: a row of no item's)."""
    value = row.get("id" if step["table"] == "items" else "item_id")
    return None if value is None else int(value)


def touched_fields(steps: Sequence[Mapping[str, Any]]) -> set[str]:
    """What a change touched, at the level teammates can conflict on."""
    return {f for step in steps for row in step_rows(step) for f in row_fields(step, row)}


def kept_items(steps: Sequence[Mapping[str, Any]]) -> frozenset[int]:
    """The items of the rows of journal steps (of ``Journal.kept``: rows an operation found
    already as it wanted)."""
    found = (row_item(step, row) for step in steps for row in step_rows(step))
    return frozenset(i for i in found if i is not None)


# details key: field -> the items (id runs) whose value of it the change found already as
# it asked (``Journal.kept``) and so did not change; [] for a row of no item (a camera's
# clock). Read by undo's check: the same value set again is no newer value.
KEPT = "kept"


def kept_only(
    steps: Sequence[Mapping[str, Any]], kept: Sequence[Mapping[str, Any]]
) -> dict[str, list[list[int]]]:
    """The fields and items a change found already so, and did not change otherwise."""
    if not kept:
        return {}
    changed = {
        (f, row_item(st, row)) for st in steps for row in step_rows(st) for f in row_fields(st, row)
    }
    changed_fields = {f for f, _i in changed}
    out: dict[str, set[int]] = {}
    for step in kept:
        for row in step_rows(step):
            item = row_item(step, row)
            for f in row_fields(step, row):
                if item is None and f not in changed_fields:
                    out.setdefault(f, set())
                elif item is not None and (f, item) not in changed:
                    out.setdefault(f, set()).add(item)
    return {f: id_runs(items) for f, items in out.items()}


BEFORE_ITEMS = 50  # old values are kept in the history for changes of this many items
DETAIL_CUT = 200  # a text in a change's details is cut at this many characters


def detail_text(value: str | None) -> str:
    """A typed text as a change's details keep it: cut at ``DETAIL_CUT`` characters (a
    text that long is known in full to undo's comparison by its digest, :func:`texts_set`)."""
    return (value or "")[:DETAIL_CUT]


DIGESTS = "digests"  # details key: text key -> digest of a text its values keep cut


def text_digest(value: str) -> str:
    """A short fingerprint of a whole text (undo compares a long caption by it)."""
    return hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def texts_set(values: Mapping[str, Any], texts: Mapping[str, str | None]) -> dict[str, Any]:
    """A change's details of the fields ``values`` and the texts ``texts`` it set: texts
    cut for the history (``values``), with the digest of each one cut (``digests``), so
    undo knows a 300-character caption set back to it as unchanged."""
    out: dict[str, Any] = {"values": {**values, **{k: detail_text(v) for k, v in texts.items()}}}
    long = {k: text_digest(v) for k, v in texts.items() if v and len(v) >= DETAIL_CUT}
    return {**out, DIGESTS: long} if long else out


def _plain(value: Any) -> Any:
    """A value fit for the history's JSON (dates as ISO text)."""
    if value is None or isinstance(value, bool | int | float | str):
        return detail_text(value) if isinstance(value, str) else value
    if isinstance(value, datetime):
        return value.isoformat()
    return detail_text(str(value))


def before_values(
    steps: Sequence[Mapping[str, Any]], items: frozenset[int]
) -> dict[str, dict[str, Any]]:
    """The values a change replaced, per item (``{"12": {"rating": 0, "caption.fr": "…"}}``,
    keys as in ``details["values"]``), for the item's history to show old -> new. Only for
    changes of at most BEFORE_ITEMS items (a bulk edit's old values stay in its undo record)."""
    if not items or len(items) > BEFORE_ITEMS:
        return {}
    out: dict[str, dict[str, Any]] = {}

    def put(item: Any, key: str, value: Any) -> None:
        if item in items:
            out.setdefault(str(item), {}).setdefault(key, _plain(value))

    for step in steps:
        table, op = step["table"], step["op"]
        if table == "items" and op == "update_rows":
            for row in step["rows"]:
                for col, value in zip(step["columns"], row[1:], strict=False):
                    if col not in _NOT_FIELDS:
                        put(row[0], col, value)
        elif table == "items" and op == "update":
            for col, value in step["values"].items():
                if col not in _NOT_FIELDS:
                    put(step["pk"].get("id"), col, value)
        elif table == "item_texts" and op == "insert_rows":
            cols = step["columns"]
            for r in step["rows"]:
                row = dict(zip(cols, r, strict=True))
                put(row.get("item_id"), f"{row.get('field')}.{row.get('lang')}", row.get("value"))
        elif table == "item_texts" and op == "delete_rows":
            for r in step["rows"]:
                row = dict(zip(step["keys"], r, strict=True))
                if "field" in row and "lang" in row:  # the text did not exist before
                    put(row.get("item_id"), f"{row['field']}.{row['lang']}", None)
    return out


def describe_field(field: str, s: OrmSession | None = None) -> str:
    """'text.caption.fr' -> 'caption (fr)'; 'tag.12' -> 'keywords' ('people' for a person's
    tag, read in session ``s``): the app's words (labels.field_noun)."""
    return field_noun(field, tag_kind(s, field) if s is not None else None)


def tag_kind(s: OrmSession, field: str) -> str | None:
    """The kind of the tag of a field 'tag.12' ('person', 'keyword'); None for others."""
    from smparchive.core.catalog.models import Tag

    head, _, tag_id = field.partition(".")
    if head != "tag" or not tag_id.isdigit():
        return None
    kind = s.scalar(select(Tag.kind).where(Tag.id == int(tag_id)))
    return None if kind is None else str(kind)


def id_runs(items: Iterable[int]) -> list[list[int]]:
    """Ids as runs of consecutive ids, [first, last] each: [1, 2, 3, 7] -> [[1, 3], [7, 7]]."""
    runs: list[list[int]] = []
    for i in sorted(set(items)):
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def run_items(details: Mapping[str, Any] | None) -> list[int]:
    """The ids a sync entry keeps in its details (:func:`id_runs`); none for others."""
    return run_ids((details or {}).get(ID_RUNS) if isinstance(details, Mapping) else None)


def run_ids(runs: Iterable[Sequence[int]] | None) -> list[int]:
    """:func:`id_runs` read back: [[1, 3], [7, 7]] -> [1, 2, 3, 7]."""
    return [i for first, last in runs or () for i in range(int(first), int(last) + 1)]


def record(
    s: OrmSession,
    *,
    user: str,
    action: str,
    label: str,
    entry_id: int | None,
    fields: set[str],
    changes: ChangeSummary,
    details: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> int:
    """Add one audit entry (and its items) in the caller's transaction; returns its id.
    ``at``: when it happened, if not now (a scan noted beside the catalogue)."""
    when: dict[str, Any] = {} if at is None else {"at": at}
    others = other_changes(changes)
    if others:  # days, sessions, tags ... it changed: windows open elsewhere refresh them too
        details = {**(details or {}), CHANGED: others}
    items = sorted(changes.items)
    rows = items
    if action == SYNC and items:  # the feed's bookkeeping: runs of ids, no rows (ID_RUNS)
        details = {**(details or {}), ID_RUNS: id_runs(items)}
        rows = []
    audit_id = int(
        s.execute(
            insert(AuditEntry)
            .values(
                **when,
                user_name=user,
                action=action,
                label=label[:500],
                entry_id=entry_id,
                fields=sorted(fields),
                details=dict(details or {}),
                item_count=len(changes.items),
            )
            .returning(AuditEntry.id)
        ).scalar_one()
    )
    if rows and s.get_bind().dialect.name == "postgresql":
        # one statement and one array parameter, not a row of parameters per item
        s.execute(
            text(
                "INSERT INTO audit_items (audit_id, item_id) "
                "SELECT :a, unnest(CAST(:ids AS integer[]))"
            ),
            {"a": audit_id, "ids": rows},
        )
    elif rows:
        s.execute(insert(table_of(AuditItem)), [{"audit_id": audit_id, "item_id": i} for i in rows])
    if s.get_bind().dialect.name == "postgresql":
        from smparchive.core.catalog.feed import notify

        notify(s, audit_id, user, items, others)  # open windows elsewhere refresh these
    return audit_id


CHANGED = "changed"  # details key: what else than items a change touched, by kind
_KINDS = ("tags", "sessions", "collections", "events", "roots", "pictures")


def other_changes(changes: ChangeSummary) -> dict[str, list[int]]:
    """The ids of what a change touched besides items ({"events": [1]}), for the feed."""
    return {k: sorted(getattr(changes, k)) for k in _KINDS if getattr(changes, k)}


def summary_of(items: Iterable[int], others: Mapping[str, Any] | None) -> ChangeSummary:
    """A change feed's entry as the summary views refresh from."""
    got = others if isinstance(others, Mapping) else {}
    kinds = {k: frozenset(int(i) for i in got.get(k) or ()) for k in _KINDS}
    return ChangeSummary(items=frozenset(int(i) for i in items), **kinds)


def prune_sync(s: OrmSession, *, before: datetime | None = None) -> None:
    """Drop the change feed's bookkeeping entries older than ``before`` (default: SYNC_KEPT
    ago; windows open then have read them long since, a feed reopened later goes on from
    the newest entry)."""
    before = before or datetime.now(UTC) - SYNC_KEPT
    old = select(AuditEntry.id).where(AuditEntry.action == SYNC, AuditEntry.at < before)
    s.execute(delete(AuditItem).where(AuditItem.audit_id.in_(old)))
    s.execute(delete(AuditEntry).where(AuditEntry.id.in_(old)))


class Same(NamedTuple):
    """A teammate's hold of a value as one's own change had set it: theirs too."""

    user: str
    items: frozenset[int] | None  # None: every row of a field of no item (a camera's clock)
    at: datetime  # when they set it (said with the undo that leaves it)


# field -> the teammate whose change set its value exactly as one's own change had: theirs
# too, so an undo leaves it
SameSince = dict[str, Same]


def check_no_newer_change(
    s: OrmSession,
    *,
    user: str,
    entry_id: int,
    items: frozenset[int],
    redo: bool = False,
    refuse: bool = True,
    steps: Sequence[Mapping[str, Any]] = (),
) -> SameSince:  # raises EditConflict
    """Refuse to undo/redo journal entry ``entry_id`` when someone else has since changed
    the same fields of the same items (fields nobody else touched are restored as usual).
    A teammate's change that found a value already as this one made it (both added
    "Panel") changed nothing: no refusal, but that value is theirs too and is returned, for
    the undo to leave it. ``refuse=False``: only that ("Use mine" overrides the rest).
    ``steps``: the record's, which say what a keyword or membership change left
    (:func:`still_as_left`)."""
    row = s.execute(
        select(AuditEntry.id, AuditEntry.fields, AuditEntry.details, AuditEntry.at)
        .where(AuditEntry.entry_id == entry_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    same: SameSince = {}
    if row is None or not items:
        return same  # journalled before the audit log existed
    since, mine = row.id, set(row.fields or ())
    # the values the change set (its first entry's; an undo or redo entry keeps none): what
    # a redo would set again, and what an undo finds still there if nobody changed it
    made = s.scalar(
        select(AuditEntry.details)
        .where(AuditEntry.entry_id == entry_id)
        .order_by(AuditEntry.id)
        .limit(1)
    )
    later = s.execute(
        select(AuditEntry)
        .where(AuditEntry.id > since, AuditEntry.user_name != user)
        .order_by(AuditEntry.id)
    ).scalars()
    for entry in standing(later):
        overlap = mine & set(entry.fields or ())
        if not overlap:
            continue
        kept = (entry.details or {}).get(KEPT) or {}
        shared = _shared_items(s, entry.id, items)
        for field in sorted(overlap):
            if field in kept and not kept[field]:  # a row of no item, set the same
                same.setdefault(field, Same(entry.user_name, None, entry.at))
                continue
            # (shifted by a teammate's move, out with my undo: nothing of theirs lost)
            on = shared - merely_shifted(entry.details, steps, field)
            theirs_too = on & frozenset(run_ids(kept.get(field)))
            # a value that went and came back (4 -> 5 -> 4) is mine again: no choice
            theirs_too |= still_mine(s, made, field, on - theirs_too)
            # (a redo's steps are the change itself, which placed rows as ``made`` says)
            theirs_too |= still_as_left(
                s, steps, field, on - theirs_too, made if redo else row.details, redo=redo
            )
            if theirs_too:
                # named by the newest such change: when it became theirs as it is now
                had = same[field].items if field in same else frozenset()
                same[field] = Same(entry.user_name, (had or frozenset()) | theirs_too, entry.at)
            changed = on - theirs_too
            if changed and refuse:
                _refuse(s, entry, field, min(changed), redo, row.at)
    return same


def still_mine(
    s: OrmSession, details: Mapping[str, Any] | None, field: str, items: frozenset[int]
) -> frozenset[int]:
    """The ``items`` whose ``field`` holds now the value one's change set (its details'
    ``values``: a field edit's or a text's, a text when not cut): a teammate's changes
    since came back to it, so undoing replaces nothing different of theirs."""
    from smparchive.core.catalog.models import ItemText, MediaItem

    values = (details or {}).get("values") if isinstance(details, Mapping) else None
    parts = field.split(".")
    if not items or not isinstance(values, Mapping):
        return frozenset()
    if parts[0] == "items" and len(parts) == 2 and parts[1] in values:
        col, wanted = getattr(MediaItem, parts[1], None), values[parts[1]]
        if col is None:
            return frozenset()
        q = select(MediaItem.id).where(col.is_(None) if wanted is None else col == wanted)
        return _among(s, q, MediaItem.id, items)
    key = ".".join(parts[1:])
    if parts[0] != "text" or len(parts) != 3 or key not in values:
        return frozenset()
    typed = values[key]
    has = select(ItemText.item_id).where(ItemText.field == parts[1], ItemText.lang == parts[2])
    if not isinstance(typed, str):
        return frozenset()
    if len(typed) >= DETAIL_CUT:  # cut in the history: known in full by its digest
        digest = ((details or {}).get(DIGESTS) or {}).get(key)
        if not digest:
            return frozenset()  # recorded before digests were kept
        now = select(ItemText.item_id, ItemText.value).where(
            ItemText.field == parts[1], ItemText.lang == parts[2]
        )
        return frozenset(
            int(i)
            for chunk in chunked(sorted(items))
            for i, v in s.execute(now.where(ItemText.item_id.in_(chunk)))
            if v and text_digest(v) == digest
        )
    if typed:
        return _among(s, has.where(ItemText.value == typed), ItemText.item_id, items)
    return items - _among(s, has, ItemText.item_id, items)  # cleared: no text now


_MEMBERSHIP_TABLES = {"tag": "item_tags", "collection": "collection_items"}


def still_as_left(
    s: OrmSession,
    steps: Sequence[Mapping[str, Any]],
    field: str,
    items: frozenset[int],
    details: Mapping[str, Any] | None = None,
    *,
    redo: bool = False,
) -> frozenset[int]:
    """The ``items`` whose keyword, person or collection membership ``field`` ('tag.8',
    'collection.3') is now as one's change left it: its undo deletes a row it added (there
    now, in a collection at the position the change's ``details`` say: mine) or puts back
    one it took away (gone now); ``redo``: ``steps`` are the change itself (a row it adds
    there now: a teammate added it again while it was undone, theirs too). A teammate who
    removed it and added it again changed nothing of it; one who moved it in the collection
    did."""
    from smparchive.core.catalog.audit_positions import still_placed
    from smparchive.core.catalog.models import CollectionItem, ItemTag

    kind, _dot, key = field.partition(".")
    table = _MEMBERSHIP_TABLES.get(kind)
    if table is None or not items or not key.isdigit():
        return frozenset()
    column = "tag_id" if kind == "tag" else "collection_id"
    added: set[int] = set()
    removed: set[int] = set()
    for step in steps:
        if step["table"] != table or step["op"] not in ("delete_rows", "insert_rows"):
            continue
        for row in step_rows(step):
            item = row_item(step, row)
            if item in items and str(row.get(column)) == key:
                adds = (step["op"] == "insert_rows") if redo else (step["op"] == "delete_rows")
                (added if adds else removed).add(item)
    moved = added & removed  # taken out and put back at another place: left there
    removed -= moved
    model: Any = ItemTag if kind == "tag" else CollectionItem
    q = select(model.item_id).where(getattr(model, column) == int(key))
    there = _among(s, q, model.item_id, frozenset(added | removed))
    if moved:  # a moved row is as left only where the change left it
        there = (there - moved) | still_placed(s, details, key, frozenset(moved & there))
    return frozenset((added & there) | (removed - there))


def _among(s: OrmSession, q: Any, column: Any, items: frozenset[int]) -> frozenset[int]:
    """The ``items`` query ``q`` (selecting ``column``) finds."""
    found: set[int] = set()
    for chunk in chunked(sorted(items)):
        found.update(int(i) for i in s.scalars(q.where(column.in_(chunk))))
    return frozenset(found)


def _refuse(
    s: OrmSession, entry: AuditEntry, field: str, hit: int, redo: bool, mine_at: datetime
) -> None:
    """Raise the EditConflict of a teammate's newer value of ``field`` of item ``hit``
    (``mine_at``: when one's own change was made)."""
    name = item_name(s, hit)
    # the words the app's "Changed by someone else" box says (gui/ops.py), in English
    said = refused(
        "undo.newer_change_redo" if redo else "undo.newer_change",
        redo=redo,
        user=entry.user_name,
        field=describe_field(field, s),
        item=name or f"item {hit}",
        # on this computer's clock with its zone, as every time of someone's work reads
        **action_values("at", entry.at),
    )
    raise EditConflict(
        said,
        user=entry.user_name,
        item_id=hit,
        field=field,
        at=entry.at,
        item_name=name,
        item_length_s=item_length(s, hit),
        tag_kind=tag_kind(s, field),
        mine_at=mine_at,
    )


_INVERSE = {"do": "undo", "redo": "undo", "undo": "redo"}


def standing(entries: Iterable[AuditEntry]) -> list[AuditEntry]:
    """The entries (in id order) whose change still stands: a teammate's change they took
    back themselves later in the same run (a do or redo, then its undo; an undo, then its
    redo) left the values as they were, so neither counts as a newer value."""
    kept: list[AuditEntry | None] = []
    # (user, journal entry) -> its standing entries as (index in kept, action)
    live: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for entry in entries:
        stack = (
            live.setdefault((entry.user_name, entry.entry_id), [])
            if entry.entry_id is not None
            else None
        )
        if stack and _INVERSE.get(stack[-1][1]) == entry.action:
            kept[stack.pop()[0]] = None  # the pair cancels out
            continue
        if stack is not None:
            stack.append((len(kept), entry.action))
        kept.append(entry)
    return [e for e in kept if e is not None]


def item_name(s: OrmSession, item_id: int) -> str | None:
    """An item's file name (the last part of its path), None if it is gone."""
    from smparchive.core.catalog.models import MediaItem

    rel = s.scalar(select(MediaItem.rel_path).where(MediaItem.id == item_id))
    return rel.rsplit("/", 1)[-1] if rel else None


def item_length(s: OrmSession, item_id: int) -> float | None:
    """A recording's length in seconds (None for a photo, a deck or an item gone)."""
    from smparchive.core.catalog.models import MediaItem

    return s.scalar(select(MediaItem.duration_s).where(MediaItem.id == item_id))


def _shared_items(s: OrmSession, audit_id: int, items: frozenset[int]) -> frozenset[int]:
    """The ``items`` audit entry ``audit_id`` names."""
    found: set[int] = set()
    for chunk in chunked(sorted(items)):
        found.update(
            s.scalars(
                select(AuditItem.item_id).where(
                    AuditItem.audit_id == audit_id, AuditItem.item_id.in_(chunk)
                )
            )
        )
    return frozenset(found)


def teammate_made_it(
    s: OrmSession,
    *,
    user: str,
    items: frozenset[int],
    fields: set[str],
    before: int | None = None,
) -> AuditEntry | None:
    """The teammate's change that already set these fields of these items as ``user`` now
    asks (the newest change of them before audit entry ``before``), or None when the newest
    is ``user``'s own, or there is none (values as the scan read them)."""
    if not items or not fields:
        return None
    q = (
        select(AuditEntry)
        .join(AuditItem, AuditItem.audit_id == AuditEntry.id)
        .where(AuditItem.item_id.in_(sorted(items)[:500]), AuditEntry.action != SYNC)
        .order_by(AuditEntry.id.desc())
        .limit(200)
    )
    if before is not None:
        q = q.where(AuditEntry.id < before)
    for entry in s.scalars(q):
        if fields & set(entry.fields or ()):
            return entry if entry.user_name != user else None
    return None


def last_change(s: OrmSession, item_id: int, field: str) -> AuditEntry | None:
    """The newest audit entry that touched ``field`` of an item (for conflict messages)."""
    q = (
        select(AuditEntry)
        .join(AuditItem, AuditItem.audit_id == AuditEntry.id)
        .where(AuditItem.item_id == item_id)
        .order_by(AuditEntry.id.desc())
        .limit(50)
    )
    for entry in s.scalars(q):
        if field in (entry.fields or ()):
            return entry
    return None


def to_record(entry: AuditEntry) -> AuditRecord:
    """The frozen form of an audit row."""
    return AuditRecord(
        id=entry.id,
        at=entry.at,
        user=entry.user_name,
        action=entry.action,
        label=entry.label,
        fields=tuple(entry.fields or ()),
        details=dict(entry.details or {}),
        item_count=entry.item_count,
        entry_id=entry.entry_id,
    )
