"""Free-text queries as SQLite FTS5 reads them, without SQLAlchemy (the command line's read
path uses them too; ``fulltext.py`` builds the indexed text and the SQL clauses)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_WORD = re.compile(r"\w+", re.UNICODE)

# Every read of the index leaves out the rowids of documents no longer current, and takes
# the item's id from the rowid (see ``searchtext``; written out here, the reader imports
# this module alone).
LIVE = "rowid NOT IN (SELECT rowid FROM search_stale)"
ITEM_OF_ROWID = "rowid & 1099511627775"  # the low 40 bits
# The ids of the items matching an FTS5 query (the query is the one parameter that follows).
FTS_IDS = f"SELECT {ITEM_OF_ROWID} FROM search_fts WHERE {LIVE} AND search_fts MATCH "


def fold(value: str) -> str:
    """Lower-case and strip accents: 'Réunion' -> 'reunion'."""
    if value.isascii():  # the common case, 20x faster than decomposing
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def terms(query: str) -> list[str]:
    """Words of a free-text query, folded."""
    return _WORD.findall(fold(query))


def fts_query(words: Sequence[str]) -> str:
    # Every word must match, each as a prefix; quoting disarms FTS5 syntax in user input.
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
