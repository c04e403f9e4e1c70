"""Issue-19 query figures of one catalogue, one round, in-process through ``Catalog``.

Run: env -u PYTHONDONTWRITEBYTECODE [PYTHONPATH=<other src>] .venv/bin/python \\
         benchmarks/scale_queries.py COPY.smpcat LABEL
Prints one JSON line: the label, the load average and per figure (wall ms, CPU ms). For a
before/after comparison run it alternately with two source trees (``PYTHONPATH``), each on
its own copy of the same catalogue (a newer schema migrates its copy), in fresh processes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.domain.query import parse_search


def main() -> None:
    path, label = Path(sys.argv[1]), sys.argv[2]
    out: dict[str, tuple[float, float]] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        out[name] = ((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000)
        return result

    cat = timed("open", lambda: open_catalog(path))
    timed(
        "first screenful (600 ids + 200 records)",
        lambda: cat.items(cat.query_ids(ItemFilter(), limit=600)[:200]),
    )

    def search_and_facets() -> Any:
        f = parse_search("reunion kind:photo day:2 rating>=3", cat).filter
        cat.query_ids(f, limit=200)
        return cat.facets(f)

    timed("search + facets 'reunion kind:photo day:2 rating>=3'", search_and_facets)
    timed("unfiltered facets, first count after open", lambda: cat.facets())
    first = cat.query_ids(ItemFilter(), limit=1)
    rating = cat.items(first)[0].rating
    cat.set_fields(first, rating=(rating + 1) % 6)  # an edit (not timed): the counts change
    timed("unfiltered facets after an edit", lambda: cat.facets())
    for q in ("IMG_0", "IMG_00", "IMG_000", "reu", "reunion", "reunion pan"):
        timed(
            f"typing {q!r}: first 600 ids",
            lambda q=q: cat.query_ids(parse_search(q, cat).filter, limit=600),
        )

    def camera() -> Any:
        f = parse_search("camera:R5 flag:pick", cat).filter
        return cat.query_ids(f, limit=600), cat.count(f), cat.facets(f)

    timed("'camera:R5 flag:pick' ids + count + facets", camera)
    timed("facets of 'day:3'", lambda: cat.facets(parse_search("day:3", cat).filter))
    cat.close()
    print(json.dumps({"label": label, "load": os.getloadavg(), "figures": out}))


if __name__ == "__main__":
    main()
