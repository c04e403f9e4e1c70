"""Before/after rounds for a benchmark that measures one fresh process per tree.

The script given runs itself as ``SCRIPT CATALOGUE --src BEFORE_SRC --one 1`` with
``PYTHONPATH`` set to a tree's ``src`` and prints one JSON object of figures (``load``: the
load average at its start); the trees alternate in order from round to round. The median
(range) of the rounds per figure and tree is printed. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src"  # "after": this checkout's code


def before_after(
    script: str,
    catalogue: str,
    before_src: str,
    rounds: int,
    env: Mapping[str, str] | None = None,
    before_catalogue: str | None = None,
) -> dict[str, list[dict[str, float]]]:
    """Run ``script`` ``rounds`` times per tree, interleaved; print each run and the
    medians; return every run's figures by tree. ``before_catalogue``: the one the tree
    before reads (a copy at its schema, when the tree after upgrades it)."""
    trees = {"before": before_src, "after": str(HERE)}
    catalogues = {"before": before_catalogue or catalogue, "after": catalogue}
    got: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
    for r in range(rounds):
        order = list(trees) if r % 2 == 0 else list(reversed(trees))
        for side in order:
            run_env = {**os.environ, **(env or {}), "PYTHONPATH": trees[side]}
            cmd = [sys.executable, script, catalogues[side], "--src", before_src, "--one", "1"]
            res = subprocess.run(cmd, env=run_env, capture_output=True, text=True, check=True)
            one = json.loads(res.stdout.strip().splitlines()[-1])
            got[side].append(one)
            print(f"round {r + 1} {side}: " + ", ".join(f"{k} {v:,.1f}" for k, v in one.items()))
            sys.stdout.flush()
    keys = [k for k in got["after"][0] if k != "load"]
    loads = {side: [round(x["load"], 1) for x in got[side]] for side in trees}
    print(f"\nmedian (range) of {rounds} rounds; loads at the starts {loads}")
    for k in keys:
        cells = []
        for side in trees:
            vals = [x[k] for x in got[side] if k in x]
            cells.append(
                f"{statistics.median(vals):,.1f} ({min(vals):,.1f}-{max(vals):,.1f})"
                if vals
                else "-"
            )
        print(f"{k:18} {cells[0]:>28} {cells[1]:>28}")
    return got


def main(
    script: str,
    doc: str,
    measure: Callable[[str], Mapping[str, float]],
    env: Mapping[str, str] | None = None,
) -> None:
    """A benchmark's command line: ``CATALOGUE --src BEFORE_SRC [--rounds N]`` runs the
    rounds; with ``--one`` (what each round's process is given) ``measure(CATALOGUE)``
    once, printed as JSON."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("catalogue")
    ap.add_argument("--src", required=True, help="the other tree's src (before)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--before-catalogue", help="the catalogue the tree before reads (default: CATALOGUE)"
    )
    ap.add_argument("--one", help=argparse.SUPPRESS)  # a run in this process
    a = ap.parse_args()
    if a.one:
        print(json.dumps(measure(a.catalogue)))
        return
    before_after(script, a.catalogue, a.src, a.rounds, env, a.before_catalogue)
