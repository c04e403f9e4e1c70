"""The cycle collector's passes on the UI thread while the app opens its catalogue in full.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_collector_opening.py CATALOGUE [--rounds 3]

Each round runs two fresh processes, interleaved: the app's collector as it is ("hold"),
and with its passes not held during the opening ("nohold"). In each, the first screenful's
reads go through the reader, then the full catalogue opens on a thread (as after the app's
first screenful) while the UI thread runs its event loop and makes garbage for 3 s; every
pass the collector runs on the UI thread is timed. Figures only.
"""

import argparse
import gc
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def child(path: str, hold: bool) -> None:
    sys.path.insert(0, str(SRC))
    from PySide6.QtWidgets import QApplication

    from smparchive.core import heap
    from smparchive.core.catalog.reader import open_lazily
    from smparchive.gui.collector import UiThreadCollector

    app = QApplication([])
    if not hold:
        heap.holds_passes = lambda: False  # type: ignore[assignment]
    collector = UiThreadCollector(app)
    handle = open_lazily(path)
    handle.items(handle.query_ids(limit=200))  # the first screenful
    ui = threading.get_ident()
    seen: list[tuple[int, float]] = []
    started = [0.0]

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        elif threading.get_ident() == ui:
            seen.append((info["generation"], (time.perf_counter() - started[0]) * 1000))

    gc.callbacks.append(note)
    opener = threading.Thread(target=handle.full)
    opener.start()
    end = time.perf_counter() + 3
    junk: list[list[object]] = []
    while time.perf_counter() < end:  # the event loop, and a UI's garbage
        app.processEvents()
        junk.append([object() for _ in range(50)])
        time.sleep(0.002)
        if len(junk) > 200:
            junk.clear()
    opener.join()
    gc.callbacks.remove(note)
    slow = ", ".join(f"gen {g} {d:.1f}" for d, g in sorted((d, g) for g, d in seen)[-4:])
    print(
        f"{'hold' if hold else 'nohold':7} {len(seen)} passes on the UI thread, "
        f"{sum(d for _, d in seen):.1f} ms in all; slowest (ms): {slow or '-'}"
    )
    collector.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("catalogue")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", choices=("hold", "nohold"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.catalogue, a.child == "hold")
        return
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for r in range(a.rounds):
        for mode in ("nohold", "hold"):
            load = " ".join(f"{x:.2f}" for x in os.getloadavg())
            print(f"round {r + 1}, load {load}: ", end="", flush=True)
            subprocess.run([sys.executable, __file__, a.catalogue, "--child", mode], env=env)


if __name__ == "__main__":
    main()
