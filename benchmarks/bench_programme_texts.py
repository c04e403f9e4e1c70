"""What a programme's titles in further languages (0041) cost the search text.

    python benchmarks/bench_programme_texts.py [--items 50000] [--rounds 3]

Builds a synthetic catalogue (``scale.build``, sessions assigned), gives every session a
French title, then times, interleaved before/after in each round:

- making the search text of every item (``searchtext.docs_of``: what a reindex, a rebuild
  and the first-page walk read), with the session's title alone (before, as until 0040)
  and with its titles in every language (after: read once per call, put after each
  item's session title);
- reading the sessions with their titles (``Catalog.sessions``: the sidebar's read), which
  now reads ``session_texts`` too (after) against the sessions' rows alone (before).

Prints figures and the load average; asserts nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale


def _docs(path: Path, other_titles: bool) -> float:
    from smparchive.core.catalog import searchtext

    conn = sqlite3.connect(path)
    try:

        def execute(sql: str, params: Any) -> list[Any]:
            return conn.execute(sql, tuple(params)).fetchall()

        ids = [int(r[0]) for r in conn.execute("SELECT id FROM items ORDER BY id")]
        t0 = time.perf_counter()
        for start in range(0, len(ids), 20_000):
            searchtext.docs_of(execute, ids[start : start + 20_000], other_texts=other_titles)
        return time.perf_counter() - t0
    finally:
        conn.close()


def _sessions(cat: Any, with_titles: bool) -> float:
    from sqlalchemy import select

    from smparchive.core.catalog.models import Session as ProgrammeSession

    t0 = time.perf_counter()
    for _ in range(20):
        if with_titles:
            cat.sessions(counts=False)
        else:
            with cat._read() as s:
                list(s.scalars(select(ProgrammeSession).order_by(ProgrammeSession.start)))
    return (time.perf_counter() - t0) / 20


def _rounds(path: Path, cat: Any, rounds: int, state: str) -> None:
    print(f"-- {state}; load average before: {scale.loadavg()}")
    docs: dict[str, list[float]] = {"before": [], "after": []}
    reads: dict[str, list[float]] = {"before": [], "after": []}
    for n in range(rounds):
        order = ("before", "after") if n % 2 == 0 else ("after", "before")
        for which in order:
            docs[which].append(_docs(path, which == "after"))
            reads[which].append(_sessions(cat, which == "after"))
    print(f"   load average after: {scale.loadavg()}")
    for name, figures, unit in (
        ("search text of every item", docs, 1.0),
        ("sessions read (per read)", reads, 1000.0),
    ):
        for which in ("before", "after"):
            values = [v * unit for v in figures[which]]
            print(
                f"   {name:<28} {which:<6} median {statistics.median(values):8.3f} "
                f"{'s' if unit == 1.0 else 'ms'} (range {min(values):.3f}-{max(values):.3f})"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter

    with tempfile.TemporaryDirectory(prefix="bench-programme-texts-") as tmp:
        path = Path(tmp) / "c.smpcat"
        scale.build(path, args.items)
        cat = open_catalog(path)
        try:
            scale.assign_sessions(cat)
            sessions = cat.sessions(counts=False)
            for s in sessions:
                cat.set_session_text(s.id, "fr", f"Séance en français : {s.title}")
            assigned = len(cat.query_ids()) - cat.count(ItemFilter(unassigned=True))
            print(f"{args.items} items ({assigned} in a session), {len(sessions)} sessions")
            for state in ("every session with a French title", "no title in another language"):
                if state.startswith("no"):
                    for s in sessions:
                        cat.set_session_text(s.id, "fr", "")
                _rounds(path, cat, args.rounds, state)
        finally:
            cat.close()


if __name__ == "__main__":
    main()
