"""What a session's room and description (in every language kept) cost the search text.

    python benchmarks/bench_session_texts_index.py [--items 50000] [--rounds 3] [--before REV]

Builds a synthetic catalogue (``scale.build``, sessions assigned), gives every session an
abstract of ~600 characters and a French title, room and description, then times,
interleaved before/after in each round (order alternating), then again with neither:

- making the search text of every item (``searchtext.docs_of``: what a reindex, the
  first-page walk and the command line's reader make);
- rebuilding the whole text index (``searchtext.rebuild``, as compacting does), rolled back;

"before" is ``searchtext`` as of git revision ``--before`` (loaded from git; by default the
last one before rooms and descriptions were indexed: the session's title in every language,
its own room), "after" the working tree's (its title, room and
description in every language). Prints the figures, the indexed characters and the load
average; asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale

MODULE = "src/smparchive/core/catalog/searchtext.py"
ABSTRACT = (
    "A roundtable on skills mobility partnerships between the European Union and its "
    "partner countries: what the pilots taught, how employers and training providers "
    "took part, which safeguards protect the workers who move, and what a next generation "
    "of partnerships should change. Speakers from ministries, the social partners and "
    "civil society compare their experience and answer the audience's questions. "
)


def _module(rev: str, tmp: Path) -> ModuleType:
    """``searchtext`` as it was at ``rev``."""
    source = subprocess.run(
        ["git", "show", f"{rev}:{MODULE}"], check=True, capture_output=True, text=True
    ).stdout
    path = tmp / "searchtext_before.py"
    path.write_text(source, "utf-8")
    spec = importlib.util.spec_from_file_location("searchtext_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timed(path: Path, module: ModuleType, rebuild: bool) -> tuple[float, int]:
    """Seconds to make every item's text (or rebuild the index, rolled back), and the
    characters made."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:

        def execute(sql: str, params: Any) -> list[Any]:
            return conn.execute(sql, tuple(params)).fetchall()

        ids = [int(r[0]) for r in conn.execute("SELECT id FROM items ORDER BY id")]
        chars = 0
        t0 = time.perf_counter()
        if rebuild:
            conn.execute("BEGIN IMMEDIATE")
            module.rebuild(execute, 30_000)
            elapsed = time.perf_counter() - t0
            conn.execute("ROLLBACK")
            return elapsed, 0
        for start in range(0, len(ids), 20_000):
            docs = module.docs_of(execute, ids[start : start + 20_000])
            chars += sum(len(d) for d in docs.values())
        return time.perf_counter() - t0, chars
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", default="268338f5", help="git revision of 'before'")
    args = parser.parse_args()
    from smparchive.core.catalog.catalog import open_catalog

    with tempfile.TemporaryDirectory(prefix="bench-session-texts-") as tmp:
        before = _module(args.before, Path(tmp))
        path = Path(tmp) / "c.smpcat"
        scale.build(path, args.items, log=lambda _m: None)
        cat = open_catalog(path)
        try:
            scale.assign_sessions(cat, log=lambda _m: None)
            sessions = cat.sessions(counts=False)
            for s in sessions:
                cat.update_session(s.id, abstract=ABSTRACT)
                cat.set_programme_texts(
                    "session",
                    s.id,
                    {
                        ("title", "fr"): f"Séance en français : {s.title}",
                        ("room", "fr"): f"Salle {s.room or ''}",
                        ("description", "fr"): "Une table ronde en français. " * 20,
                    },
                )
        finally:
            cat.close()
        print(f"{args.items} items, {len(sessions)} sessions")
        _rounds(path, before, args.rounds, "every session with an abstract and French texts")
        cat = open_catalog(path)
        try:
            for s in sessions:
                cat.update_session(s.id, abstract=None)
                cat.set_programme_texts(
                    "session", s.id, {(f, "fr"): "" for f in ("title", "room", "description")}
                )
        finally:
            cat.close()
        _rounds(path, before, args.rounds, "no abstract, no text in another language")


def _rounds(path: Path, before: ModuleType, rounds: int, state: str) -> None:
    """Before/after interleaved, the order alternating per round; prints the medians."""
    from smparchive.core.catalog import searchtext

    print(f"-- {state}; load average before: {scale.loadavg()}")
    figures: dict[tuple[str, str], list[float]] = {}
    chars: dict[str, int] = {}
    for n in range(rounds):
        order = ((before, "before"), (searchtext, "after"))
        for module, which in order if n % 2 == 0 else order[::-1]:
            for what in ("search text of every item", "whole index rebuilt"):
                seconds, made = _timed(path, module, what.startswith("whole"))
                figures.setdefault((what, which), []).append(seconds)
                chars[which] = made or chars.get(which, 0)
    print(f"   load average after: {scale.loadavg()}")
    for (what, which), values in sorted(figures.items()):
        print(
            f"   {what:<26} {which:<6} median {statistics.median(values):7.3f} s "
            f"(range {min(values):.3f}-{max(values):.3f})"
        )
    for which, made in chars.items():
        print(f"   characters indexed         {which:<6} {made:,}")


if __name__ == "__main__":
    main()
