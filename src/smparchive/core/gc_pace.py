"""Python's cycle collector run when its owner asks, at CPython's own pace.

Left automatic, a collection pass runs on whichever thread happens to allocate when a
generation's count goes over its threshold: in the app, a reader thread building rows, or
the UI thread in the middle of Qt's dispatch (an event filter, a paint). A cycle that holds
the Python wrapper of a Qt object is then destroyed there, on the wrong thread or under a
Qt call still using it: the process dies with a segmentation fault and no Python trace
(seen twice at the app's start; calibre, pyqtgraph and novelWriter met the same). The app
turns automatic collection off and calls :meth:`CollectorPace.tick` from a UI-thread timer,
so every pass runs on the UI thread between events (``gui.collector``).

The decision is CPython 3.11's (``collect_generations``): the oldest generation whose count
is over its threshold, except that a full pass waits until the objects promoted to the
oldest generation since the last one are a quarter of those it held then. Without that
rule a catalogue of a million items, whose long-lived objects are many, would pay a full
pass (hundreds of milliseconds on the UI thread) far more often than Python itself would.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from smparchive.core import heap


@dataclass
class CollectorPace:
    """Chooses and runs the collection passes that automatic collection would have run."""

    thresholds: tuple[int, int, int] = field(default_factory=lambda: _thresholds())
    long_lived_total: int = 0  # objects in the oldest generation after the last full pass
    long_lived_pending: int = 0  # objects promoted there since (an upper estimate)
    passes: list[int] = field(default_factory=lambda: [0, 0, 0])  # run, per generation
    heap_changes: int = field(default_factory=heap.changes)  # the frozen set as last seen

    @classmethod
    def from_now(cls) -> CollectorPace:
        """A pace that knows the oldest generation as it is (Python's own count is hidden)."""
        return cls(long_lived_total=len(gc.get_objects(2)))

    def tick(self) -> int | None:
        """Run at most one pass, if the counts call for one; returns its generation."""
        if self.heap_changes != heap.changes():
            # objects were frozen (out of the oldest generation) or thawed (back into it)
            self.heap_changes = heap.changes()
            self.long_lived_total = len(gc.get_objects(2))
            self.long_lived_pending = 0
        counts = gc.get_count()
        if heap.holds_passes():
            return None  # what a catalogue's opening makes is frozen, not walked, after it
        if self.thresholds[0] == 0 or counts[0] <= self.thresholds[0]:
            return None  # CPython starts a pass only when the youngest is over its threshold
        for generation in (2, 1, 0):
            if counts[generation] <= self.thresholds[generation]:
                continue
            if generation == 2 and self.long_lived_pending < self.long_lived_total // 4:
                continue
            self.collect(generation)
            return generation
        return None  # (unreachable: the youngest is over its threshold)

    def collect(self, generation: int) -> int:
        """One pass of ``generation`` and the younger ones; keeps the long-lived counts."""
        if generation == 2:
            found = gc.collect(2)
            self.long_lived_total = len(gc.get_objects(2))
            self.long_lived_pending = 0
        elif generation == 1:
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            found = gc.collect(1)
            self.long_lived_pending += max(0, young - found)  # the survivors move up
        else:
            found = gc.collect(0)
        self.passes[generation] += 1
        return found


def _thresholds() -> tuple[int, int, int]:
    t0, t1, t2 = gc.get_threshold()
    return t0, t1, t2
