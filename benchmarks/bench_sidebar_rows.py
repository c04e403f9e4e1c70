"""What the sidebar's two-line titles cost: its rows' heights asked of the delegate
(``setUniformRowHeights(False)``) against one height for every row (as before), on a
sidebar with many keyword rows open, as the sidebar is laid out again (a resize) and
painted. Both in one process, interleaved, order alternating per round; prints figures.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src nice -n 15 python benchmarks/bench_sidebar_rows.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from PySide6.QtWidgets import QApplication


def _sidebar(keywords: int) -> object:
    from smparchive.gui.models.sidebar_model import Node, SidebarModel
    from smparchive.gui.widgets.sidebar import SidebarView

    model = SidebarModel()
    prog = Node("sec:programme", "SMP2022")
    day = prog.add(Node("day:1", "Day 1 · Wed 1 Jun", "calendar", 40))
    for n in range(40):
        end = "in the Mediterranean" if n % 2 else "in West Africa"
        title = f"09:{n:02d}  Policy roundtable: Skills mobility partnerships {end}"
        day.add(Node(f"session:{n}", title, "session", n))
    tags = Node("sec:tags", "KEYWORDS")
    for n in range(keywords):
        tags.add(Node(f"tag:{n}", f"keyword {n}", "tag", n))
    model.set_sections([prog, tags])
    view = SidebarView(model)
    view.resize(300, 900)
    view.show()
    view.expandAll()
    return view


def _layout_and_paint(view: object, uniform: bool, width: int) -> float:
    """Seconds to lay the sidebar out again at ``width`` and paint it."""
    app = QApplication.instance()
    assert app is not None
    view.setUniformRowHeights(uniform)  # type: ignore[attr-defined]
    app.processEvents()
    start = time.perf_counter()
    view.resize(width, 900)  # type: ignore[attr-defined]
    view.doItemsLayout()  # type: ignore[attr-defined]
    view.verticalScrollBar().maximum()  # type: ignore[attr-defined]
    view.viewport().grab()  # type: ignore[attr-defined]
    app.processEvents()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keywords", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication([])
    view = _sidebar(args.keywords)
    print(f"load average at start: {os.getloadavg()[0]:.1f}; {args.keywords} keyword rows open")
    got: dict[str, list[float]] = {"before (uniform)": [], "after (two-line rows)": []}
    for r in range(args.rounds):
        sides = list(got) if r % 2 == 0 else list(reversed(got))
        for side in sides:
            uniform = side.startswith("before")
            runs = [_layout_and_paint(view, uniform, w) for w in (300, 260, 340, 300)]
            got[side].append(1000 * statistics.median(runs))
            print(f"round {r + 1} {side}: {got[side][-1]:.1f} ms (median of 4 resizes)")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    for side, ms in got.items():
        print(f"{side}: median {statistics.median(ms):.1f} ms ({min(ms):.1f}-{max(ms):.1f})")
    app.quit()


if __name__ == "__main__":
    main()
