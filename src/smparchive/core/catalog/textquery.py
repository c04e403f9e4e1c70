"""Free-text queries as SQLite FTS5 reads them, without SQLAlchemy (the command line's read
path uses them too; ``fulltext.py`` builds the indexed text and the SQL clauses)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_WORD = re.compile(r"\w+", re.UNICODE)

# The items matching an FTS5 query (the query is the one parameter that follows).
FTS_ROWIDS = "SELECT rowid FROM search_fts WHERE search_fts MATCH "


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
