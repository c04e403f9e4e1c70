"""Problems listed per file, one row each: "IMG_1.jpg — why", under a heading sentence.

The app and the CLI list a scan's or an export's problems alike through :func:`file_row`
(a warning that opens with a file's name read "Warning: IMG_1.jpg: …", two openings in one
line, "Avertissement : IMG_1.jpg : …" in French).
"""

from __future__ import annotations

from smparchive.core.messages import identify
from smparchive.core.plural import counted

DASH = " — "  # between a file and what is wrong with it


def file_row(name: str, reason: str, ident: int | str | None = None) -> str:
    """'IMG_1.jpg — why'; with ``ident`` (an item's id) before it: '12 IMG_1.jpg — why'."""
    row = f"{name}{DASH}{reason.strip()}"
    return f"{ident} {row}" if ident not in (None, "") else row


def about_a_file(text: str) -> tuple[str, str] | None:
    """The file a problem sentence opens with and the rest of it ('IMG_1.CR2: image/x-canon-
    cr2 cannot be resized …' -> ('IMG_1.CR2', 'image/x-canon-cr2 cannot be resized …'));
    None for a sentence about no one file."""
    found = identify(text)
    name = found[1].get("name") if found is not None else None
    if name and text.startswith(f"{name}: "):
        return name, text[len(name) + 2 :]
    return None


def split_by_file(texts: list[str]) -> tuple[list[str], list[str]]:
    """``texts`` split into those about one file (to list as rows) and the others."""
    about = [t for t in texts if about_a_file(t) is not None]
    return about, [t for t in texts if about_a_file(t) is None]


def files_named(texts: list[str]) -> int:
    """How many files the sentences in ``texts`` are about (a file with two warnings: one)."""
    return len({found[0] for t in texts if (found := about_a_file(t)) is not None})


def warning_lines(warnings: list[str], indent: str = "  ") -> list[str]:
    """Warnings as the CLI prints them (English): 'Warning: …' for each about no one file,
    then 'Warnings about 2 items:' and a row per warning about one (a file, a clip)."""
    about, others = split_by_file(warnings)
    lines = [f"Warning: {w}" for w in others]
    if about:
        lines.append(f"Warnings about {counted(files_named(about), 'item')}:")
        lines += [indent + file_row(*found) for w in about if (found := about_a_file(w))]
    return lines
