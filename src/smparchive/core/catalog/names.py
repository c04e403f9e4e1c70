"""Names people give things (tags, collections, session titles): one rule, one sentence.

An empty name, or one with control characters (NUL, newline, tab, escape ...), cannot be
typed back: a collection named with a newline could not be found again by its name, and
a NUL in a tag reaches XMP files other programs read. Such names are refused, not fixed
silently.
"""

from __future__ import annotations

import unicodedata

from smparchive.core.catalog.errors import CatalogError

_NAMES = {"\0": "NUL", "\n": "a line break", "\r": "a line break", "\t": "a tab"}


def check_name(value: str | None, what: str) -> str:
    """``value`` without surrounding spaces, or :class:`CatalogError` naming ``what``
    (e.g. "A tag", "A collection", "A session title")."""
    name = (value or "").strip()
    if not name:
        raise CatalogError(f"{what} cannot be empty.")
    bad = next((c for c in name if unicodedata.category(c) == "Cc"), None)
    if bad is not None:
        shown = _NAMES.get(bad, f"the control character U+{ord(bad):04X}")
        raise CatalogError(f"{what} cannot contain {shown}; type it on one line, without it.")
    return name
