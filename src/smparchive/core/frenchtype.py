"""French punctuation spacing: one rule for every French text the app writes (a post, a
page, an alt text suggestion, a credit label, a platform's note), and to no other: a text
shown in a French export because it has no French version stays as it was written.

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


def is_french(language: str) -> bool:
    """Whether ``language`` ("fr", "fr-BE") is French; "x-default" (a text whose language
    is not said) is not."""
    return language.strip().split("-")[0].lower() == "fr"


def spaced_in(text: str, language: str) -> str:
    """``text`` :func:`spaced` when it is in French: ``language`` is the text's own, not the
    page's or post's. A text shown on a French page for want of a French version (an English
    deck title: "EMN roundtable: …") keeps its own typography."""
    return spaced(text) if is_french(language) else text


def spaced_all(texts: Mapping[K, Any]) -> dict[K, Any]:
    """Every text of a table (a language's words) :func:`spaced`; other values as they are."""
    return {key: spaced(v) if isinstance(v, str) else v for key, v in texts.items()}
