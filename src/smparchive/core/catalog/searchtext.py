"""Each item's search text on SQLite, made from the catalogue without SQLAlchemy.

SQLite keeps no copy of the text (migration 0032): ``search_fts`` is a contentless FTS5
index, and ``search_docs`` holds per item the generation of its indexed document and a
64-bit hash of its text. A document is indexed under the rowid ``gen << 40 | item_id``;
FTS5 3.40 cannot delete from a contentless index, so a rewritten (or deleted) item's
older rowid stays in the index and is listed in ``search_stale`` (by triggers on
``search_docs``), and every read of the index leaves those rowids out (``textquery.LIVE``).
Compacting rebuilds the index from the catalogue (:func:`rebuild`): no garbage, every
generation 0 (a rowid is then the item's id).

The same statements serve the write path (``fulltext.reindex``), the first-page walk
(which tests each walked item's text, made again here), the command line's reader
(``sqlite3`` alone) and compaction (a driver connection): ``execute(sql, params)``
returns the rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from smparchive.core.catalog.pathsql import ITEM_PATH_SQL
from smparchive.core.catalog.textquery import ITEM_OF_ROWID, fold

Execute = Callable[[str, Sequence[Any]], Sequence[Any]]

MAX_DOC_CHARS = 200_000  # a huge PDF's text is cut: search finds its first pages
SHIFT = 40  # item ids below 2**40; the generation above
MASK = (1 << SHIFT) - 1
MAX_GEN = (1 << (63 - SHIFT)) - 1  # rowids stay positive 64-bit integers
assert f"rowid & {MASK}" == ITEM_OF_ROWID  # textquery's, written out
_IDS = "(SELECT value FROM json_each(?))"
# A JSON list of words (speakers, slide titles) as one string of them (as " ".join).
_JOINED = "(SELECT group_concat(value, ' ') FROM json_each({}))"

# What an item's search text is made of, read as fulltext.reindex read it before 0032
# (the statements SQLAlchemy compiled, lists joined in SQL), so a text made again equals
# the one indexed, to its hash. ({path}: the item's path, see docs_of.)
_ITEMS = (
    "SELECT items.id, {path}, (SELECT nullif(cameras.model, '') FROM cameras "
    "WHERE cameras.id = items.camera_id), sessions.title, sessions.room, "
    f"{_JOINED.format('sessions.speakers')}, sessions.abstract, items.session_id "
    "FROM items LEFT OUTER JOIN sessions ON sessions.id = items.session_id "
    f"WHERE items.id IN {_IDS}"
)
# The texts of these items' sessions in further languages (0041: title, room, description),
# read once per call and put after the programme's own, so a search finds the items by any
# language's (a subquery per item cost 10 us each, even with none).
_OTHER_TEXTS = (
    "SELECT session_id, field, group_concat(value, ' ') FROM session_texts "
    f"WHERE session_id IN (SELECT session_id FROM items WHERE id IN {_IDS}) "
    "GROUP BY session_id, field"
)
_TEXTS = (
    "SELECT item_texts.item_id, item_texts.value FROM item_texts "
    f"WHERE item_texts.item_id IN {_IDS}"
)
_TAGS = (
    "SELECT item_tags.item_id, tags.name FROM item_tags JOIN tags ON tags.id = item_tags.tag_id "
    f"WHERE item_tags.item_id IN {_IDS}"
)
_CONTENT = (
    "SELECT item_content.item_id, item_content.text, item_content.notes, "
    f"{_JOINED.format('item_content.slide_titles')} "
    f"FROM item_content WHERE item_content.item_id IN {_IDS}"
)
_STATES = f"SELECT item_id, gen, hash FROM search_docs WHERE item_id IN {_IDS}"


def _listed(value: Any) -> list[str]:
    """A list column: its words joined in SQL (a string), or a list through SQLAlchemy."""
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(x) for x in value]


def _id_list(ids: Sequence[int]) -> str:
    """Ids as the one JSON array parameter json_each reads (the reader loads no json)."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def assemble(
    items: Iterable[Any], texts: Iterable[Any], tags: Iterable[Any], content: Iterable[Any]
) -> dict[int, str]:
    """The folded search text of each item of ``items`` (id, path, camera model, session
    title, room, speakers, description: each programme text in every language kept) from
    its texts, tag names and document content rows."""
    # Folded piece by piece, which gives the text folding it whole gave (accents and case
    # never span the spaces joining them); a session's texts, speakers and tag names,
    # shared by many items, once per call: folding a long non-ASCII description for each
    # of its session's items made its search text 3x slower.
    shared: dict[str, str] = {}

    def once(text: str) -> str:
        out = shared.get(text)
        if out is None:
            out = shared[text] = fold(text)
        return out

    parts: dict[int, list[str]] = {}
    for item_id, rel_path, camera, s_title, s_room, speakers, s_text in items:
        p = parts[int(item_id)] = [fold(rel_path.replace("/", " ").replace("_", " "))]
        p.extend(once(x) for x in (camera, s_title, s_room) if x)
        p.extend(once(x) for x in _listed(speakers))
        if s_text:
            p.append(once(s_text))
    for item_id, value in texts:
        if int(item_id) in parts:
            parts[int(item_id)].append(fold(value))
    for item_id, name in tags:
        if int(item_id) in parts:
            parts[int(item_id)].append(once(name))
    for item_id, body, notes, titles in content:
        if int(item_id) in parts:
            parts[int(item_id)].extend(fold(x) for x in _listed(titles))
            parts[int(item_id)].extend(fold(x) for x in (body, notes) if x)
    return {i: " ".join(p)[:MAX_DOC_CHARS] for i, p in parts.items()}


def docs_of(
    execute: Execute,
    ids: Sequence[int],
    path_sql: str = ITEM_PATH_SQL,
    other_texts: bool | None = None,
) -> dict[int, str]:
    """The search texts of the items ``ids`` that exist, made from the catalogue (each
    item's path read by ``path_sql``: before 0033, ``items.rel_path``; with its session's
    texts in further languages unless ``other_texts`` is False: by default, unless the
    path is read the older way, the catalogue then being older than 0041)."""
    if other_texts is None:
        other_texts = path_sql == ITEM_PATH_SQL
    param = (_id_list(ids),)
    others: dict[tuple[int, str], str] = (
        {(int(k), f): v for k, f, v in execute(_OTHER_TEXTS, param)} if other_texts else {}
    )
    items = [
        (
            i,
            path,
            camera,
            *(
                with_others(own, others.get((sid, field)))
                for own, field in ((title, "title"), (room, "room"))
            ),
            speakers,
            with_others(abstract, others.get((sid, "description"))),
        )
        for i, path, camera, title, room, speakers, abstract, sid in execute(
            _ITEMS.replace("{path}", path_sql), param
        )
    ]
    return assemble(
        items,
        execute(_TEXTS, param),
        execute(_TAGS, param),
        execute(_CONTENT, param),
    )


def with_others(own: str | None, others: str | None) -> str | None:
    """A session's programme text followed by the same text in further languages (as
    PostgreSQL's ``fulltext._session_text`` makes it); either alone without the other."""
    return " ".join(x for x in (own, others) if x) or None


def doc_hash(doc: str) -> int:
    """A 64-bit hash of a search text (signed, as SQLite stores integers)."""
    digest = hashlib.blake2b(doc.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def rowid(gen: int, item_id: int) -> int:
    return (gen << SHIFT) | item_id


def states(execute: Execute, ids: Sequence[int]) -> dict[int, tuple[int, int | None]]:
    """(generation, text hash) of the indexed items among ``ids``."""
    rows = execute(_STATES, (_id_list(ids),))
    return {int(i): (int(g), h) for i, g, h in rows}


def next_new_gen(execute: Execute) -> int:
    """The generation of a document indexed for an item with none: above every stale
    rowid's (an item's id comes back after an undone delete, or when the newest item was
    removed, and its old rowids are still in the index)."""
    top = execute("SELECT max(rowid) FROM search_stale", ())[0][0]
    return 0 if top is None else (int(top) >> SHIFT) + 1


# When the superseded documents make the index worth rebuilding on a write: at least
# GARBAGE_MIN of them, and at least GARBAGE_SHARE of the live ones (the index then holds
# 1.5x the documents it needs, and every match pays a lookup per stale rowid). Without
# it, assigning a catalogue to a programme left every item's older text in the index
# until someone ran `check --compact`: twice the index, slower searches, for good.
GARBAGE_MIN = 20_000
GARBAGE_SHARE = 0.5


def garbage_outgrown(execute: Execute) -> bool:
    """Whether the superseded documents outgrew the live ones (see GARBAGE_MIN)."""
    stale = int(execute("SELECT count(*) FROM search_stale", ())[0][0])
    if stale < GARBAGE_MIN:
        return False
    # the largest item id: the live documents' count at most, read from the index
    live = int(execute("SELECT coalesce(max(item_id), 0) FROM search_docs", ())[0][0])
    return stale >= live * GARBAGE_SHARE


def write(
    execute: Execute,
    gone: Sequence[int],
    docs: Sequence[tuple[int, int, int, str]],
    max_params: int,
) -> None:
    """Index ``docs`` (item id, generation, hash, text) and forget the items ``gone``:
    their older rowids are marked stale by the triggers on search_docs."""
    for start in range(0, len(gone), max_params):
        ids = tuple(gone[start : start + max_params])
        marks = ",".join("?" * len(ids))
        execute(f"DELETE FROM search_docs WHERE item_id IN ({marks})", ids)
    _write_states(execute, [(i, g, h) for i, g, h, _ in docs], max_params)
    _write_index(execute, docs, max_params)


def _write_states(execute: Execute, rows: Sequence[tuple[int, int, int]], max_params: int) -> None:
    per = max_params // 3
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        execute(
            "INSERT INTO search_docs (item_id, gen, hash, doc) VALUES "
            + ",".join(["(?, ?, ?, '')"] * len(part))
            + " ON CONFLICT (item_id) DO UPDATE SET gen = excluded.gen, hash = excluded.hash",
            tuple(x for row in part for x in row),
        )


def _write_index(
    execute: Execute, docs: Sequence[tuple[int, int, int, str]], max_params: int
) -> None:
    # A few multi-row statements: FTS5 flushes its pending terms at each statement's end,
    # one tiny segment per row when written one statement a row.
    per = max_params // 2
    for start in range(0, len(docs), per):
        rows = docs[start : start + per]
        execute(
            "INSERT INTO search_fts (rowid, doc) VALUES " + ",".join(["(?, ?)"] * len(rows)),
            tuple(x for i, g, _, d in rows for x in (rowid(g, i), d)),
        )


def has_garbage(execute: Execute) -> bool:
    return bool(execute("SELECT EXISTS (SELECT 1 FROM search_stale)", ())[0][0])


def rebuild(execute: Execute, max_params: int, chunk: int = 20_000) -> int:
    """The index made again from the catalogue: every item's text under rowid = its id
    (generation 0), nothing stale. Inside the caller's transaction. Returns the items."""
    # the triggers list the rowids of the rows moved back to 0 as stale: emptied next
    execute("UPDATE search_docs SET gen = 0 WHERE gen != 0", ())
    execute("DELETE FROM search_stale", ())
    execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')", ())
    done = 0
    last = 0
    while True:
        ids = [
            int(r[0])
            for r in execute("SELECT id FROM items WHERE id > ? ORDER BY id LIMIT ?", (last, chunk))
        ]
        if not ids:
            return done
        docs = docs_of(execute, ids)
        known = states(execute, ids)
        rows = [(i, 0, doc_hash(d), d) for i, d in sorted(docs.items())]
        # only the rows that are not so already (a text changed without its hash: none)
        _write_states(
            execute, [(i, g, h) for i, g, h, _ in rows if known.get(i) != (0, h)], max_params
        )
        _write_index(execute, rows, max_params)
        done += len(docs)
        last = ids[-1]
