"""A day's timeline at scale (Camera Clocks and the Timeline window): CPU, before/after.

    python benchmarks/bench_timeline.py CATALOGUE --src OTHER_SRC [--rounds 3]

Each round runs, in a fresh process per tree (this one's ``src`` and ``--src``, in
alternating order), on CATALOGUE (only read), ``load_day`` of the busiest session's day
(as ``scale_queries.py --sweep`` does):

- as the Timeline window reads it (one lane per camera, no camera chosen);
- one lane per kind;
- as Camera Clocks reads it with the camera holding most of that day's items chosen (its
  lane is the one a correction moves);

and, for the Timeline window's lanes, what drawing them asks once loaded: every lane's
left-out count and bars (``TimelineWidget`` asks them on each paint). The median of the
rounds per figure and tree is printed, with the load average at each run's start.
Figures only: nothing is asserted.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import interleaved  # beside this script


def _cpu(fn: Any) -> tuple[float, Any]:
    start = time.process_time()
    out = fn()
    return (time.process_time() - start) * 1000, out


def _paint_asks(data: dict[str, Any]) -> None:
    """What one paint of the lanes computes (either tree's ``Lane``)."""
    from smparchive.core.domain import assign

    slots = [assign.Slot(0, b.title, b.room, b.start, b.end) for b in data["bands"]]
    for lane in data["lanes"]:
        if hasattr(lane, "bins"):
            lane.outside_count(slots)
            lane.bins(data["start"], data["end"], slots)
        else:  # before: one left_outside per item (``TimelineWidget._outside``), a bin each
            bins: dict[int, int] = {}
            for f in lane.facts:
                assign.left_outside(f, slots)
                b = int((f.capture_utc - data["start"]).total_seconds() // 300)
                bins[b] = bins.get(b, 0) + 1


def measure(path: str) -> dict[str, float]:
    """One run's figures (CPU ms), in this process's tree."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.gui.dialogs.clocks import load_day

    cat = open_catalog(Path(path))
    out: dict[str, float] = {"load": os.getloadavg()[0]}
    busiest = max(cat.sessions(), key=lambda r: r.item_count)
    day = next(d for d in cat.days() if d.id == busiest.day_id)
    out["items"] = len(cat.query_ids(ItemFilter(day_ids=(day.id,))))
    ms, data = _cpu(lambda: load_day(cat, day.id))
    out["timeline_ms"] = ms
    out["paint_ms"] = _cpu(lambda: _paint_asks(data))[0]
    data = {}
    out["by_kind_ms"] = _cpu(lambda: load_day(cat, day.id, "kind"))[0]
    zone = cat.event_zone()
    cams = [g for g in cat.cameras() if g.make or g.model]
    camera = max(cams, key=lambda g: cat.camera_dates(g.key, zone).get(day.date, 0))
    out["camera_items"] = cat.camera_dates(camera.key, zone).get(day.date, 0)
    out["clocks_ms"] = _cpu(lambda: load_day(cat, day.id, camera=camera, on_date=day.date))[0]
    return out


def main() -> None:
    interleaved.main(__file__, __doc__ or "", measure, env={"QT_QPA_PLATFORM": "offscreen"})


if __name__ == "__main__":
    main()
