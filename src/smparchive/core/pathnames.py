"""File names as the catalogue stores them, and back.

Paths are stored as Unicode with '/' separators. POSIX file names that are not valid
UTF-8 arrive from ``os`` with surrogate escapes, which SQLite and JSON cannot hold; they
are stored with private-use characters instead and mapped back to open the file.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path, PurePath

_PUA_BASE = 0xF700  # undecodable byte 0xXY <-> U+F7XY in catalogue paths


def to_catalogue(name: str) -> str:
    """A file name as stored: undecodable bytes (surrogates) become private-use characters."""
    if name.isascii():  # nearly every name: answered in C (a scan asks for every file)
        return name
    if not any(0xDC80 <= ord(c) <= 0xDCFF for c in name):
        return name
    return "".join(
        chr(_PUA_BASE + ord(c) - 0xDC00) if 0xDC80 <= ord(c) <= 0xDCFF else c for c in name
    )


def from_catalogue(rel: str) -> str:
    """Inverse of :func:`to_catalogue`: the OS form of a stored path."""
    if rel.isascii():
        return rel
    if not any(0xF780 <= ord(c) <= 0xF7FF for c in rel):
        return rel
    return "".join(
        chr(0xDC00 + ord(c) - _PUA_BASE) if 0xF780 <= ord(c) <= 0xF7FF else c for c in rel
    )


def os_path(root: str, rel_path: str) -> str:
    """The OS path of a catalogued file."""
    return os.path.join(root, *from_catalogue(rel_path).split("/"))


def join_root(root: str, rel: str) -> str:
    """The OS path of a catalogued file: ``rel`` under ``root`` (or alone when no root)."""
    return os_path(root, rel) if root else from_catalogue(rel)


def display(path: str) -> str:
    """A printable form of an OS path (undecodable bytes shown as \\xNN)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def in_root(path: str, roots: Sequence[str]) -> str:
    """``path`` as the catalogue names it: relative to the deepest of ``roots`` holding it,
    with that root's folder name first when there are several (two cards of one camera
    hold the same names: 'DSCF1015.JPG' alone said not which). A root itself, or a path
    outside them, is shown whole."""
    shown = display(path)
    best: tuple[int, str] | None = None
    for root in roots:
        base = display(root).rstrip("/\\") or display(root)
        try:
            rel = PurePath(shown).relative_to(base)
        except ValueError:
            continue
        if rel.parts and (best is None or len(base) > best[0]):
            named = PurePath(PurePath(base).name, rel) if len(roots) > 1 else rel
            best = (len(base), str(named))
    return shown if best is None else best[1]


def unreachable(path: str) -> bool:
    """The folder cannot be listed at all (absent, unmounted, no permission)."""
    try:
        with os.scandir(path):
            return False
    except OSError:
        return True


def exist_within(paths: Sequence[Path], seconds: float) -> list[bool | None]:
    """Whether each of ``paths`` exists, each asked on a thread of its own; None for one
    that did not answer within ``seconds`` in all (a share that stopped answering blocks a
    ``stat`` for tens of seconds: its thread, a daemon, ends when the share answers)."""
    answers: list[bool | None] = [None] * len(paths)

    def ask(n: int, path: Path) -> None:
        answers[n] = os.path.exists(path)

    threads = [
        threading.Thread(target=ask, args=(n, p), daemon=True, name="exists")
        for n, p in enumerate(paths)
    ]
    for t in threads:
        t.start()
    end = time.monotonic() + seconds
    for t in threads:
        t.join(max(0.0, end - time.monotonic()))
    return list(answers)
