"""Terminal output: JSON for scripts, aligned tables for people."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from smparchive.core.pathnames import display
from smparchive.core.plural import counted as counted  # the CLI's counts are the core's

if TYPE_CHECKING:  # a read command's reader loads no catalogue records (test_reader)
    from smparchive.core.catalog.records import SessionRecord

CLI_LANGUAGE = "en"  # the command line speaks English only


def session_title(session: SessionRecord) -> str:
    """A session as the command line names it (a SessionRecord): its English title when
    the programme keeps one (a French programme's), else the programme's own."""
    return session.title_in(CLI_LANGUAGE)


def to_jsonable(value: Any) -> Any:
    """Plain JSON data from records, dataclasses, datetimes, paths and sets."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # a field kept in another form is printed as what reads it ("as": a proposal's
        # explanation, written when read, as its ``detail`` text)
        names = [f.metadata.get("as", f.name) for f in dataclasses.fields(value)]
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return display(str(value))
    if isinstance(value, str):
        return display(value)  # undecodable file-name bytes print as \xNN
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return [to_jsonable(v) for v in items]
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [to_jsonable(v) for v in value]  # a sequence of records (a preview's rows)
    return value


def print_json(value: Any, out: TextIO | None = None) -> None:
    """Write ``value`` as indented UTF-8 JSON."""
    out = out or sys.stdout
    import json  # here: only --json output needs it

    json.dump(to_jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


MAX_CELL = 60  # a column wider than this is cut (never the last one)


def print_table(
    rows: Iterable[Sequence[Any]],
    headers: Sequence[str],
    out: TextIO | None = None,
    *,
    sentences: Collection[str] = (),
) -> None:
    """An aligned text table. The last column is printed whole (a reason, a path: nothing
    follows it to align); a longer cell of another column keeps its start and its end
    (a path keeps its file name), cut in the middle with an ellipsis, except in the
    columns headed by one of ``sentences``: a sentence keeps its start (cut in its
    middle, 'Set caption to “Question…es compare…”' read as another text)."""
    out = out or sys.stdout
    text_rows = [[_cell(c) for c in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in text_rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r, strict=False)]
    widths = [min(w, MAX_CELL) for w in widths]
    last = len(headers) - 1
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    for r in text_rows:
        cells = [
            c if i == last else _fit(c, w, at_end=headers[i] in sentences).ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=False))
        ]
        out.write("  ".join(cells).rstrip() + "\n")


def _fit(text: str, width: int, at_end: bool = False) -> str:
    """``text`` cut in the middle to ``width`` characters: 'Photos/2022…/IMG_0001.JPG'
    (``at_end``: cut at its end, 'Set caption (EN) to “Que…')."""
    if len(text) <= width:
        return text
    if at_end:
        return text[: width - 1] + "…"
    head = (width - 1) // 2
    return text[:head] + "…" + text[len(text) - (width - 1 - head) :]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return display(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def human_bytes(n: int) -> str:
    """1536 -> '1.5 KB'."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def refusal(exc: BaseException, step: str | None = None) -> None:
    """Say on stderr why a change was refused: with ``step``, naming it in one sentence
    ("Tag “Panel” was not undone: bob had made …"); a teammate's change in the way under
    the title the app's box has ("Changed by someone else"), on a line of its own."""
    from smparchive.core.catalog.changes import EditConflict
    from smparchive.core.messages import TEAMMATE_TITLE, by_teammate, labelled

    said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    text = labelled(step, said) if step else said
    if isinstance(exc, EditConflict) or by_teammate(said):
        print(f"{TEAMMATE_TITLE}\n{text}", file=sys.stderr)  # the title, not the program's name
    else:  # the step's name leads where there is one (not "smparchive: “X” was not ...")
        print(text if step else f"smparchive: {text}", file=sys.stderr)
