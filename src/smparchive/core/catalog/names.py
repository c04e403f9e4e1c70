"""Names people give things (tags, collections, session titles): one rule, one sentence.

An empty name, or one with control characters (NUL, newline, tab, escape ...), cannot be
typed back: a collection named with a newline could not be found again by its name, and
a NUL in a tag reaches XMP files other programs read. Such names are refused, not fixed
silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.messages import problem

_NAMES = {"\0": "NUL", "\n": "a line break", "\r": "a line break", "\t": "a tab"}


def check_name(value: str | None, what: str) -> str:
    """``value`` without surrounding spaces nor doubled ones (a keyword typed 'policy  debate'
    was kept so, its chip and exports showing the gap), or :class:`CatalogError` naming
    ``what`` (e.g. "A tag", "A collection", "A session title")."""
    name = re.sub(r"  +", " ", (value or "").strip())
    if not name:
        raise CatalogError(problem("name.empty", subject=what))
    bad = next((c for c in name if unicodedata.category(c) == "Cc"), None)
    if bad is not None:
        if bad in _NAMES:
            raise CatalogError(problem("name.control", subject=what, fields=_NAMES[bad]))
        raise CatalogError(problem("name.control_char", subject=what, value=f"U+{ord(bad):04X}"))
    return name


def tag_paths_from(names: Mapping[int, tuple[str, int | None]]) -> dict[int, str]:
    """Tag id -> "Parent|Child" path, from each tag's (name, parent id).

    A parent chain deeper than 50 (a cycle written by hand) stops there instead of recursing
    forever."""
    paths: dict[int, str] = {}

    def path_of(tid: int, depth: int = 0) -> str:
        if tid in paths:
            return paths[tid]
        name, parent = names[tid]
        p = name if parent is None or depth > 50 else f"{path_of(parent, depth + 1)}|{name}"
        paths[tid] = p
        return p

    for tid in names:
        path_of(tid)
    return paths
