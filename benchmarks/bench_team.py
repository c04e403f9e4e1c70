"""Several writers on one catalogue: ops/s and failures for N writer processes per backend.

Run: .venv/bin/python benchmarks/bench_team.py [--writers 1 2 4] [--ops 100] [--cli]
     [--pg URL]   (default $SMPARCHIVE_TEST_PG_URL; its public schema is dropped and rebuilt)
Each writer edits 8 shared items in a loop (caption, the same new tag names as the others,
collection add); see team_workload.py. --cli runs every edit as a whole CLI command.
Prints, per backend and writer count: edits per second overall, failures, and what the
final check found wrong (duplicate tags, lost writes); all must be 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import team_workload as tw


def _fresh_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--writers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--ops", type=int, default=100)
    ap.add_argument("--cli", action="store_true", help="each edit is a whole CLI command")
    ap.add_argument("--pg", default=os.environ.get("SMPARCHIVE_TEST_PG_URL"))
    args = ap.parse_args()
    backends = ["sqlite"] + (["postgresql"] if args.pg else [])
    print(f"{'backend':<11} {'writers':>7} {'edits':>6} {'edits/s':>8} {'failures':>8} wrong")
    for backend in backends:
        for n in args.writers:
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                if backend == "sqlite":
                    url = str(work / "team.smpcat")
                else:
                    url = args.pg
                    _fresh_pg(url)
                items = tw.prepare(url, 8, work / "share")
                run = tw.run(url, n, args.ops, items, work, cli=args.cli)
                res = tw.check(url, run["logs"])
                wrong = {
                    k: (v if isinstance(v, int) else len(v))
                    for k, v in res.items()
                    if k not in ("operations", "failures", "failure_messages")
                }
                bad = {k: v for k, v in wrong.items() if v} or "none"
                rate = res["operations"] / run["seconds"]
                print(
                    f"{backend:<11} {n:>7} {res['operations']:>6} {rate:>8.1f} "
                    f"{res['failures']:>8} {bad}"
                )
                for msg in res["failure_messages"]:
                    print(f"    failure: {msg.splitlines()[0] if msg else '?'}")


if __name__ == "__main__":
    main()
