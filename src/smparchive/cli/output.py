"""Terminal output: JSON for scripts, aligned tables for people."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from smparchive.core.pathnames import display


def to_jsonable(value: Any) -> Any:
    """Plain JSON data from records, dataclasses, datetimes, paths and sets."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return out
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
    return value


def print_json(value: Any, out: TextIO | None = None) -> None:
    """Write ``value`` as indented UTF-8 JSON."""
    out = out or sys.stdout
    import json  # here: only --json output needs it

    json.dump(to_jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_table(
    rows: Iterable[Sequence[Any]], headers: Sequence[str], out: TextIO | None = None
) -> None:
    """An aligned text table; long cells are cut with an ellipsis."""
    out = out or sys.stdout
    text_rows = [[_cell(c) for c in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in text_rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r, strict=False)]
    widths = [min(w, 60) for w in widths]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    for r in text_rows:
        cells = [
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(r, widths, strict=False)
        ]
        out.write("  ".join(cells).rstrip() + "\n")


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
