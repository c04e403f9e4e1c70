"""The first page of a broad free-text search, read in browse order without FTS5.

Typing 'IMG_0' in a million items matches most of them: FTS5 then merges the doclists of
every word starting with '0' (hundreds of thousands) and the database sorts every match
for the first 600 (0.3-1 s per keystroke at 1M). When matches are that common, walking
the browse order and testing each item's search text finds the first page after a few
thousand items. :func:`first_page` does that within a budget and gives up (the caller
then asks FTS5) when the matches are too rare to be found soon.

It must find exactly what FTS5 finds, so it only answers when it can be exact: a query
whose folded words are ASCII, and documents whose letters and digits are ASCII (other
characters may appear: they separate words both here and in FTS5's unicode61 tokenizer);
anything else (a Greek caption, a 'ø' FTS5 might fold to 'o') goes to FTS5.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from smparchive.core.catalog import searchtext
from smparchive.core.catalog.textquery import terms

BUDGET = 6_000  # items tested at most before handing the search to FTS5
PROBE = 500  # after this many, give up if the matches so far project short of a page
BATCH = 500  # rows fetched at a time from the one walking statement
_TOKEN = re.compile(r"[a-z0-9]+")
# Non-ASCII characters that are no letter or digit in Unicode 6.1 (FTS5's tables) nor in
# Python's: C1 controls, Latin-1 punctuation and symbols, general punctuation, currency.
_RANGES = [*range(0x80, 0xC0), 0xD7, 0xF7, *range(0x2000, 0x2070), *range(0x20A0, 0x20C0)]
_SEPARATORS = frozenset(
    ch
    for ch in map(chr, _RANGES)
    if unicodedata.category(ch)[0] not in "LN" and unicodedata.category(ch) != "Co"
)


class NotExact(Exception):
    """A document this walk cannot judge exactly as FTS5 would."""


def phrases(query: str) -> list[list[str]] | None:
    """The query as FTS5 reads it (each word a phrase, its last token a prefix), or None
    when this walk cannot answer it exactly."""
    out = []
    for word in terms(query):  # folded: 'Réunion' is 'reunion' for FTS5 too
        if not word.isascii():
            return None
        parts = _TOKEN.findall(word.lower())
        if not parts:
            return None
        out.append(parts)
    return out or None


def matches(doc: str, wanted: Sequence[list[str]]) -> bool:
    """Whether FTS5 would match ``doc`` with the phrases (NotExact when it cannot tell)."""
    doc = doc.lower()
    for parts in wanted:  # cheap test first: every word's last part appears somewhere
        if parts[-1] not in doc:
            return False
    if not doc.isascii():
        for ch in doc:
            if ord(ch) > 0x7F and ch not in _SEPARATORS:
                raise NotExact(ch)
    tokens = _TOKEN.findall(doc)
    return all(_phrase_in(tokens, parts) for parts in wanted)


def _phrase_in(tokens: list[str], parts: list[str]) -> bool:
    head, last = parts[:-1], parts[-1]
    n = len(head)
    for i in range(len(tokens) - n):
        if tokens[i : i + n] == head and tokens[i + n].startswith(last):
            return True
    return False


def first_page(conn: Any, walk: Any, wanted: Sequence[list[str]], limit: int) -> list[int] | None:
    """The first ``limit`` matching ids of ``walk`` (a statement giving (id, text hash)
    rows of the filter without its free text, in browse order; it is read only as far as
    needed), or None when they are not found within :data:`BUDGET` items (or the first
    :data:`PROBE` items show matches too rare to be), or a document cannot be judged
    exactly. Each batch's search texts are made again from the catalogue (SQLite keeps
    none, see ``searchtext``); FTS5 costs ~4 us per match: matches rarer than ~1 in 10
    are left to FTS5."""
    result = conn.execute(walk.limit(BUDGET))

    def execute(sql: str, params: Sequence[Any]) -> Sequence[Any]:
        return conn.exec_driver_sql(sql, tuple(params)).fetchall()  # type: ignore[no-any-return]

    try:
        return first_of(with_texts(result.fetchmany, execute), wanted, limit)
    finally:
        result.close()


def with_texts(
    fetchmany: Callable[[int], Sequence[Any]], execute: searchtext.Execute
) -> Callable[[int], Sequence[Any]]:
    """``fetchmany`` of (id, text hash) rows as (id, search text) rows: each batch's texts
    made from the catalogue (``searchtext.docs_of``). A text whose hash is not the indexed
    one's (an item written since, a text indexed by an older release in another order) is
    NotExact: FTS5 answers. An item with no indexed text has none (None)."""

    def fetch(n: int) -> Sequence[Any]:
        rows = fetchmany(n)
        docs = searchtext.docs_of(execute, [int(r[0]) for r in rows if r[1] is not None])
        out: list[tuple[Any, str | None]] = []
        for item_id, indexed in rows:
            if indexed is None:
                out.append((item_id, None))
                continue
            doc = docs.get(int(item_id))
            if doc is None or searchtext.doc_hash(doc) != indexed:
                raise NotExact(item_id)
            out.append((item_id, doc))
        return out

    return fetch


def first_of(
    fetchmany: Callable[[int], Sequence[Any]], wanted: Sequence[list[str]], limit: int
) -> list[int] | None:
    """:func:`first_page` over rows already asked for (at most :data:`BUDGET`), fetched
    :data:`BATCH` at a time with ``fetchmany``: the command line's reader walks with the
    same rule on its own connection."""
    found: list[int] = []
    seen = 0
    try:
        while True:
            rows = fetchmany(BATCH)
            for item_id, doc in rows:
                if doc is not None and matches(doc, wanted):
                    found.append(int(item_id))
                    if len(found) == limit:
                        return found
            seen += len(rows)
            if len(rows) < BATCH:  # the whole result was tested
                return found if seen < BUDGET else None
            if seen >= PROBE and len(found) * BUDGET < limit * seen:
                return None  # too rare: FTS5 is quicker
    except NotExact:
        return None
