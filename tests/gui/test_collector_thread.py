"""Python's cycle collector runs on the UI thread, between events, never on a reader thread
(where it destroyed Qt objects' wrappers: a segmentation fault at the app's start)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from smparchive.core.gc_pace import CollectorPace

# these tests start and stop the app's collector themselves (tests/conftest.py starts one
# for every other GUI test)
pytestmark = pytest.mark.own_collector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture
def collection_threads() -> Iterator[list[int]]:
    """The thread of every collection pass started while the test runs."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


def test_a_cycle_dropped_by_a_reader_thread_is_collected_on_the_ui_thread(
    qtbot: Any, qapp: Any, collection_threads: list[int]
) -> None:
    from smparchive.gui.collector import UiThreadCollector

    collector = UiThreadCollector(qapp, tick_ms=20)
    try:
        refs: list[weakref.ref[_Node]] = []

        def read_rows() -> None:  # a reader making garbage, as ORM rows do
            for _ in range(20_000):
                refs.append(weakref.ref(_Node()))

        reader = threading.Thread(target=read_rows)
        reader.start()
        reader.join()
        assert all(r() is not None for r in refs[-10:])  # not collected on the reader
        qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=10000)
    finally:
        collector.stop()
    assert gc.isenabled()  # automatic again once the app leaves
    assert collection_threads and set(collection_threads) == {threading.get_ident()}


def test_a_full_pass_waits_as_pythons_own_does() -> None:
    """A full pass walks every object (hundreds of ms at a million items): as CPython, it
    waits until a quarter as many objects as the oldest generation held have joined it."""
    was = gc.isenabled()
    gc.disable()
    # what earlier tests left in the young generations would join the count below (18,617
    # after the whole GUI suite in one process): the count starts from an empty nursery
    gc.collect()
    try:
        pace = CollectorPace(thresholds=(100, 1, 1), long_lived_total=10**9)
        kept: list[object] = []
        for _ in range(40):
            kept.extend(_Node() for _ in range(200))  # survivors move up, pass by pass
            pace.tick()
        assert pace.passes[0] > 0 and pace.passes[1] > 0
        assert pace.passes[2] == 0  # 8,000 new long-lived objects: far from a quarter
        assert 0 < pace.long_lived_pending <= len(kept) + 10_000
        pace.long_lived_total = pace.long_lived_pending  # a small heap: the quarter is there
        for _ in range(40):
            kept.extend(_Node() for _ in range(200))
            pace.tick()
        assert pace.passes[2] > 0
        assert pace.long_lived_total >= len(kept)  # counted again after the full pass
    finally:
        if was:
            gc.enable()


def test_the_apps_collector_freezes_what_it_holds_once_the_catalogue_is_open(
    qapp: Any, tmp_path: Any
) -> None:
    """The full catalogue is imported after the first screenful: without the freeze, its
    objects reach the oldest generation while the grid scrolls, and the next full pass
    walks them all on the UI thread (80 ms at a million items)."""
    from smparchive.core import heap
    from smparchive.core.catalog.reader import open_lazily
    from smparchive.gui.collector import UiThreadCollector

    collector = UiThreadCollector(qapp, tick_ms=20)
    try:
        handle = open_lazily(tmp_path / "c.smpcat", create=True)
        handle.close()
        assert heap.settled()
        frozen = gc.get_freeze_count()
        assert frozen > 50_000
        collector.pace.tick()
        assert collector.pace.long_lived_total < frozen // 10
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0  # the app leaving: everything collectable again
