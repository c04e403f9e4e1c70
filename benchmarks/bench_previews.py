"""The assignment preview and Camera Clocks' preview at scale: CPU per item, before/after.

    python benchmarks/bench_previews.py CATALOGUE --src OTHER_SRC [--rounds 3]

Each round runs, in a fresh process per tree (this one's ``src`` and ``--src``, in
alternating order), on CATALOGUE (only read):

- the assignment preview of a day's items in no session (``propose_assignments``, the
  busiest session's day, as ``scale_queries.py --sweep`` does), in CPU ms and us per item,
  with its parts: reading the facts, the pure rules, and the explanation of every proposal
  read (what the CLI prints);
- what the Assign dialog reads for its table of those proposals (a tree's own reading:
  full records where it has no ``proposed_items``);
- what the Assign dialog's worker runs for those items (``assign_worker_ms``: the
  proposals and what its table shows of them, from one reading where the tree takes
  ``shown``, else two), and its passes over them once they came (``assign_passes_ms``:
  ticks, filter, counts and a screenful of rows, from compact rows where the tree has
  them);
- Camera Clocks' preview of the camera with the most items (``preview_clock``, +1 h);
  ``clock_step_ms``: the next step of the correction (+2 h) as the dialog previews it (from
  the camera's items read before, where the tree has ``clock_items``; else read again);
- where the tree takes a cancel token: how long a clock preview cancelled after 0.5 s
  takes to give its thread back (wall) and the CPU it spent.

The median of the rounds per figure and tree is printed, with the load average at each
run's start. Figures only: nothing is asserted.
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


def measure(path: str) -> dict[str, float]:
    """One run's figures (CPU ms; ``*_us`` per item), in this process's tree."""
    import threading

    from smparchive.core.catalog import ops_organise_assign as oa
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.core.catalog.ops_organise_time import load_slots, main_event_zone
    from smparchive.core.domain import assign as rules

    cat = open_catalog(Path(path))
    out: dict[str, float] = {"load": os.getloadavg()[0]}
    sessions = cat.sessions()
    busiest = max(sessions, key=lambda r: r.item_count)
    ids = cat.query_ids(ItemFilter(unassigned=True, day_ids=(busiest.day_id,)))
    n = len(ids)
    out["items"] = n
    ms, proposals = _cpu(lambda: cat.propose_assignments(ids))
    out["preview_ms"], out["preview_us"] = ms, ms * 1000 / n
    with cat._read() as s:
        ms, facts = _cpu(lambda: oa._facts(s, ids, {}))
        slots, tz = load_slots(s), main_event_zone(s)
    out["facts_ms"] = ms
    ms, again = _cpu(lambda: rules.propose(facts, slots, rules.DEFAULT_TOLERANCE, tz))
    out["rules_ms"], out["rules_us"] = ms, ms * 1000 / n
    out["detail_all_ms"] = _cpu(lambda: [p.detail for p in again])[0]
    out["detail_screen_ms"] = _cpu(lambda: [p.detail for p in again[:40]])[0]
    pids = [p.item_id for p in proposals]
    if hasattr(cat, "proposed_items"):
        out["table_ms"] = _cpu(lambda: cat.proposed_items(pids))[0]
    else:
        out["table_ms"] = _cpu(lambda: cat.items(pids))[0]
    import inspect

    def worker() -> Any:  # what the Assign dialog's worker runs, in either tree
        if "shown" in inspect.signature(cat.propose_assignments).parameters:
            shown: dict[int, Any] = {}
            got = cat.propose_assignments(ids, shown=shown)  # type: ignore[call-arg]
        else:
            got = cat.propose_assignments(ids)
            shown = cat.proposed_items([p.item_id for p in got])
        if hasattr(got, "counts"):  # compact rows (h37): the dialog's rows made when read
            return got
        return [(p, shown.get(p.item_id)) for p in got]

    ms, rows = _cpu(worker)
    out["assign_worker_ms"] = ms

    def passes() -> None:  # the dialog's passes once they came: ticks, filter, counts
        if hasattr(rows, "counts"):
            set(rows.changing_ids())
            rows.rows_where(actionable=True)
            rows.counts()
            [rows[i] for i in range(40)]  # a screenful
        else:
            {p.item_id for p, _r in rows if p.actionable}
            [r for r in rows if r[0].actionable]
            sum(1 for p, _r in rows if p.actionable)
            sum(1 for p, _r in rows if str(p.reason) == "overlap")

    out["assign_passes_ms"] = _cpu(passes)[0]
    rows = []
    proposals = again = facts = []  # their memory back before the clock preview
    camera = max((g for g in cat.cameras() if g.make or g.model), key=lambda g: g.count)
    out["camera_items"] = camera.count
    out["clock_ms"] = _cpu(lambda: cat.preview_clock(camera.key, 3600))[0]
    if hasattr(cat, "clock_items"):  # read when the dialog previewed the step before
        items = cat.clock_items(camera.key)
        step = lambda: cat.preview_clock(camera.key, 7200, items=items)  # type: ignore[call-arg]  # noqa: E731
    else:
        step = lambda: cat.preview_clock(camera.key, 7200)  # noqa: E731
    out["clock_step_ms"] = _cpu(step)[0]
    items = step = None
    try:
        from smparchive.core.progress import Cancelled, CancelToken

        token = CancelToken()
        ended: list[float] = []

        def work() -> None:
            start = time.thread_time()
            try:
                with cat.interruptible(token):
                    cat.preview_clock(camera.key, 7200, cancel=token)  # type: ignore[call-arg]
            except (Cancelled, TypeError):
                pass
            ended.append((time.thread_time() - start) * 1000)

        thread = threading.Thread(target=work)
        thread.start()
        time.sleep(0.5)
        asked = time.monotonic()
        token.cancel()
        thread.join()
        out["stop_wall_ms"] = (time.monotonic() - asked) * 1000
        out["stop_cpu_ms"] = ended[0]
    except ImportError:
        pass
    return out


def main() -> None:
    interleaved.main(__file__, __doc__ or "", measure)


if __name__ == "__main__":
    main()
