"""Live views: how soon a change committed in another process reaches a catalogue's feed.

Run: env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/bench_feed.py [--rounds 10]
     [--pg URL]   (PostgreSQL: its public schema is dropped and rebuilt)
Each round a fresh process opens the catalogue and sets one caption; the listener waits on
``Catalog.change_feed()``. Prints, per backend, the latency from the writer's commit to the
listener seeing the change (median and worst, ms) with the load average. The test
(tests/core/catalog/test_team_feed.py) checks that the change arrives; this prints how soon.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_team import _fresh_pg  # noqa: E402  (one way to empty a PostgreSQL database)

WRITER = """
import sys, time
from smparchive.core.catalog.catalog import open_catalog
cat = open_catalog(sys.argv[1])
cat.set_text([int(sys.argv[2])], "caption", "en", sys.argv[3])
print(time.time(), flush=True)
cat.close()
"""


def measure(location: str, share: Path, rounds: int) -> list[float]:
    """Latency in ms of ``rounds`` changes made by other processes."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(location, create=True)
    [item] = insert_items(cat, share, [{}])
    feed = cat.change_feed()
    out: list[float] = []
    try:
        for n in range(rounds):
            proc = subprocess.Popen(
                [sys.executable, "-c", WRITER, location, str(item), f"Round {n}"],
                stdout=subprocess.PIPE,
                text=True,
            )
            seen: list[object] = []
            deadline = time.monotonic() + 60
            while not seen and time.monotonic() < deadline:
                seen = list(feed.wait(0.05))
            seen_at = time.time()
            stdout, _ = proc.communicate(timeout=60)
            if not seen:
                raise SystemExit(f"round {n}: the change never reached the feed")
            out.append((seen_at - float(stdout.split()[-1])) * 1000)
    finally:
        feed.close()
        cat.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--pg", default=os.environ.get("SMPARCHIVE_TEST_PG_URL"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        backends = [("sqlite", str(Path(tmp) / "feed.smpcat"))]
        if args.pg:
            _fresh_pg(args.pg)
            backends.append(("postgresql", args.pg))
        for name, location in backends:
            ms = measure(location, Path(tmp) / "share", args.rounds)
            print(
                f"{name}: commit -> feed median {statistics.median(ms):.0f} ms, "
                f"worst {max(ms):.0f} ms over {len(ms)} changes "
                f"(load {os.getloadavg()[0]:.1f})"
            )


if __name__ == "__main__":
    main()
