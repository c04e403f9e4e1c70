"""The app's freeze of its long-lived objects once its catalogue is open in full
(``core.heap``, issue 19): full collection passes then walk only what came after, a job
inside it leaves it in place, and the app leaving gives everything back to the collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smparchive.core import heap
from smparchive.core.catalog.reader import open_lazily
from smparchive.core.gc_pace import CollectorPace


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture
def app_settles() -> Iterator[None]:
    """As the app's collector asks (``gui.collector``), undone after the test."""
    heap.settle_when_opened(True)
    try:
        yield
    finally:
        heap.settle_when_opened(False)
    assert gc.get_freeze_count() == 0 and not heap.settled()


@pytest.fixture
def paced_by_hand() -> Iterator[None]:
    """Automatic collection off, as under the app's collector; back as it was after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _file(catalog: Any, add_items: Any) -> Path:
    add_items([{"name": f"IMG_{n}.JPG"} for n in range(3)])
    path = Path(catalog.location)
    catalog.close()
    return path


def test_opening_the_full_catalogue_freezes_what_the_app_holds_then(
    catalog: Any, add_items: Any, app_settles: None
) -> None:
    if "://" in str(catalog.location):
        pytest.skip("a server's catalogue opens in full at once (covered below)")
    handle = open_lazily(_file(catalog, add_items))
    try:
        handle.query_ids(limit=3)  # the first screenful's reads: nothing frozen yet
        assert not heap.settled() and gc.get_freeze_count() == 0
        handle.full()
        assert heap.settled()
        frozen = gc.get_freeze_count()
        assert frozen > 50_000  # SQLAlchemy, the ORM's mappers, the open catalogue...
        # a full pass now walks what came after, not all of that
        assert len(gc.get_objects(2)) < frozen // 10
        # and a cycle made after is still collected
        made = _Node()
        del made
        assert gc.collect() >= 1
    finally:
        handle.close()


def test_a_catalogue_opened_in_full_at_once_freezes_too(tmp_path: Path, app_settles: None) -> None:
    handle = open_lazily(tmp_path / "new.smpcat", create=True)  # as a server's: in full
    try:
        assert handle.loaded
        assert heap.settled() and gc.get_freeze_count() > 50_000
    finally:
        handle.close()


def test_without_the_apps_request_nothing_is_frozen(catalog: Any, add_items: Any) -> None:
    handle = open_lazily(
        catalog.location if "://" in str(catalog.location) else _file(catalog, add_items)
    )
    try:
        handle.full()
        assert not heap.settled() and gc.get_freeze_count() == 0  # the CLI, tests, scripts
    finally:
        handle.close()


def test_a_job_inside_the_apps_freeze_leaves_it_in_place(app_settles: None) -> None:
    heap.catalogue_opened()
    frozen = gc.get_freeze_count()
    with heap.long_lived_frozen():
        assert gc.get_freeze_count() == frozen  # nothing more to freeze: the app's holds
    assert heap.settled() and gc.get_freeze_count() == frozen


def test_a_freeze_that_comes_during_a_job_outlives_the_job() -> None:
    heap.settle_when_opened(True)
    try:
        with heap.long_lived_frozen():
            heap.catalogue_opened()  # the full catalogue opened while a scan ran
        assert heap.settled() and gc.get_freeze_count() > 0
    finally:
        heap.settle_when_opened(False)
    assert gc.get_freeze_count() == 0


def test_the_app_leaving_during_a_job_thaws_when_the_job_ends() -> None:
    heap.settle_when_opened(True)
    heap.catalogue_opened()
    with heap.long_lived_frozen():
        heap.settle_when_opened(False)
        assert gc.get_freeze_count() > 0  # the job still runs with its objects frozen
    assert gc.get_freeze_count() == 0 and not heap.settled()


def test_the_collectors_pace_counts_only_the_oldest_generation_left_after_a_freeze(
    app_settles: None, paced_by_hand: None
) -> None:
    """Else the first full pass after the freeze would wait for a quarter of objects that
    no pass walks any more (or, after a thaw, come far too soon)."""
    kept = [_Node() for _ in range(20_000)]
    gc.collect()  # they are long-lived now
    pace = CollectorPace.from_now()
    before = pace.long_lived_total
    assert before >= len(kept)
    heap.catalogue_opened()
    pace.tick()
    assert pace.long_lived_total < before - len(kept) // 2
    heap.settle_when_opened(False)  # thawed: they count again
    pace.tick()
    assert pace.long_lived_total >= len(kept)


def test_the_collectors_passes_wait_while_the_app_opens_its_catalogue(
    app_settles: None, paced_by_hand: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening's own objects (SQLAlchemy's import, the ORM's set-up) are frozen at its
    end: passes on the way would walk them on the UI thread for nothing."""
    pace = CollectorPace(thresholds=(100, 1_000_000, 1_000_000))
    with heap.catalogue_opening():
        made = [_Node() for _ in range(1_000)]
        assert pace.tick() is None and pace.passes == [0, 0, 0]
        monkeypatch.setattr(heap, "HOLD_PASSES_S", 0.0)  # an upgrade taking minutes
        assert pace.tick() == 0  # its garbage does not wait that long
        monkeypatch.setattr(heap, "HOLD_PASSES_S", 5.0)
        made += [_Node() for _ in range(1_000)]
        assert pace.tick() is None
    heap.catalogue_opened()
    assert len(made) == 2_000 and gc.get_count()[0] == 0  # frozen: nothing left to walk
    made += [_Node() for _ in range(1_000)]
    assert pace.tick() == 0  # and the passes go on


def test_without_the_apps_request_an_opening_holds_no_pass(paced_by_hand: None) -> None:
    pace = CollectorPace(thresholds=(100, 1_000_000, 1_000_000))
    with heap.catalogue_opening():
        made = [_Node() for _ in range(1_000)]
        assert pace.tick() == 0 and made
