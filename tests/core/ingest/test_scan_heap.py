"""A scan's garbage-collector passes skip the objects alive when it started (core/heap.py),
and the scan leaves nothing frozen behind, however it ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.ingest import ScanOptions, scan
from smparchive.core.progress import Cancelled, CancelToken


def _frozen_during_scan(cat: Any, cancel: CancelToken | None = None) -> list[int]:
    seen: list[int] = []

    def hook() -> None:
        seen.append(gc.get_freeze_count())
        if cancel is not None:
            cancel.cancel()

    scan(cat, cancel=cancel, options=ScanOptions(workers=0, on_searchable=hook))
    return seen


def test_a_scan_freezes_what_existed_before_it_and_unfreezes_after(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    make_jpeg(tmp_path / "photos" / "a.jpg")
    catalog.add_root(tmp_path / "photos")
    assert gc.get_freeze_count() == 0
    seen = _frozen_during_scan(catalog)
    assert seen and seen[0] > 1000  # the imported modules, classes, the catalogue...
    assert gc.get_freeze_count() == 0  # nothing kept from collection after the scan


def test_a_cancelled_scan_unfreezes_too(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    make_jpeg(tmp_path / "photos" / "a.jpg")
    catalog.add_root(tmp_path / "photos")

    try:
        seen = _frozen_during_scan(catalog, cancel=CancelToken())
    except Cancelled:
        seen = [1]
    assert seen
    assert gc.get_freeze_count() == 0


def test_overlapping_jobs_keep_the_freeze_until_the_last_one_leaves() -> None:
    from smparchive.core.heap import long_lived_frozen

    inside, leave = threading.Event(), threading.Event()

    def other_job() -> None:
        with long_lived_frozen():
            inside.set()
            leave.wait(5)

    t = threading.Thread(target=other_job)
    t.start()
    assert inside.wait(5)
    with long_lived_frozen():
        pass
    assert gc.get_freeze_count() > 0  # the other job is still running
    leave.set()
    t.join(5)
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), long_lived_frozen():
        raise RuntimeError("a job that fails")
    assert gc.get_freeze_count() == 0
