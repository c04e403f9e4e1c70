"""French punctuation spacing: one rule for every French text the app writes (a post, a
page, an alt text suggestion, a credit label, a platform's note).

French typography (Imprimerie nationale; what Office and LibreOffice autocorrect do) puts a
no-break space (U+00A0) before a colon and a narrow no-break space (U+202F) before ";",
"!" and "?" and inside « guillemets ». A post said "Photos\u202f: …" where the page said
"Photo\u00a0: …": texts are written with any space there (or none after a word) and
:func:`spaced` makes it the right one. A time ("10:30"), a ratio ("4:5") or an address
("https://…", "?q=") has no space and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

NBSP = "\u00a0"  # before ':'
NNBSP = "\u202f"  # before ';', '!', '?'; inside « »
_SPACE = "[ \u00a0\u202f\u2009]"
# a colon after a space, or right after a word, a closing mark or a placeholder when a
# space or the end follows (not '10:30', '4:5', 'https://')
_COLON = re.compile(rf"(?:{_SPACE}+|(?<=[\w»)\]}}’]))(?=:(?:\s|$))")
_OTHERS = re.compile(rf"(?:{_SPACE}+|(?<=[\w»)\]}}’]))(?=[;!?](?:\s|$|[»)]))")
_OPEN = re.compile(rf"«{_SPACE}*")
_CLOSE = re.compile(rf"{_SPACE}*»")

K = TypeVar("K")


def spaced(text: str) -> str:
    """``text`` with French spacing: 'Photos : EMN ; vu ? « Panel »' -> no-break space
    before the colon, narrow ones before ';' and '?' and inside the guillemets."""
    text = _COLON.sub(NBSP, text)
    text = _OTHERS.sub(NNBSP, text)
    text = _OPEN.sub("«" + NNBSP, text)
    return _CLOSE.sub(NNBSP + "»", text)


def spaced_all(texts: Mapping[K, Any]) -> dict[K, Any]:
    """Every text of a table (a language's words) :func:`spaced`; other values as they are."""
    return {key: spaced(v) if isinstance(v, str) else v for key, v in texts.items()}
