"""Soak: run the fault-injection scenarios in a loop for N minutes and print counts.

    python benchmarks/soak.py --minutes 30 [--seed 7] [--work DIR]

Each round runs every scenario of tests/reliability/faults.py once, in a random order,
against one library of photos: a drive vanishing mid-scan, SIGKILL of scan/export/undo,
two scans and two editors at once, a disk filling during an export. Prints runs, faults
injected and failures (with the seed to replay them); exit 1 when anything failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src")]


def main() -> int:
    from tests.reliability.faults import SCENARIOS, Library

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--photos", type=int, default=40)
    ap.add_argument("--work", type=Path, default=None, help="work folder (default: a temp one)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="smparchive-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    lib = Library(work, photos_n=args.photos)
    runs = faults = 0
    per: dict[str, list[int]] = {name: [0, 0, 0] for name in SCENARIOS}
    failures: list[str] = []
    started = time.monotonic()
    print(f"soak: seed {args.seed}, {args.minutes:g} min, work folder {work}", flush=True)
    while time.monotonic() - started < args.minutes * 60:
        name = rng.choice(list(SCENARIOS))
        t0 = time.monotonic()
        try:
            outcome = SCENARIOS[name](lib, rng)
            found, injected = outcome.failures, outcome.faults
        except Exception as exc:  # a scenario that breaks is a failure too
            found, injected = [f"{name}: the scenario itself failed: {exc!r}"], 0
        runs += 1
        faults += injected
        per[name][0] += 1
        per[name][1] += injected
        per[name][2] += len(found)
        failures += found
        status = "ok" if not found else f"FAILED: {found[0]}"
        took = time.monotonic() - t0
        at = (time.monotonic() - started) / 60
        print(f"[{at:5.1f} min] {name:17} {injected} fault(s), {took:5.1f} s: {status}", flush=True)
    print(f"\nsoak done in {(time.monotonic() - started) / 60:.1f} min (seed {args.seed})")
    print(f"{'scenario':18} {'runs':>5} {'faults':>7} {'failures':>9}")
    for name, (r, f, bad) in per.items():
        print(f"{name:18} {r:5} {f:7} {bad:9}")
    print(f"{'total':18} {runs:5} {faults:7} {len(failures):9}")
    for line in failures[:20]:
        print(f"  {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
