"""Times of the user's own work (a scan, an edit, an item added) read on this computer's clock,
the same in every view; where that clock is not the event's, the zone is named, so a scan at
15:02 in New York is never read beside photos shown in Brussels time as one of them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.gui.test_time_agreement import record

from smparchive.core.catalog.changes import AuditRecord
from smparchive.core.fields import FIELDS
from smparchive.gui import field_views
from smparchive.gui import formatting as fmt
from smparchive.gui.widgets.history import HistoryEntry

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def computer_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Sets this computer's zone (TZ) for the test; the event is in Brussels."""

    def use(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    fmt.set_event_zone(BRUSSELS)
    try:
        yield use
    finally:
        monkeypatch.delenv("TZ", raising=False)
        time.tzset()
        fmt.set_event_zone(None)


def test_the_scan_chip_names_new_yorks_zone_beside_brussels_photos(
    qtbot: Any, tmp_path: Path, settings: Any, computer_zone: Any
) -> None:
    """The chip of "Review New Items" read 'New in the scan at 15:52' (New York's clock)
    above photos at 11:46 (Brussels'): now '15:52 EST'; in Brussels it stays '21:52'."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    cat.create_event("SMP", time_zone="Europe/Brussels")
    w = MainWindow(cat, TaskRunner(), settings)
    qtbot.addWidget(w)
    ended = datetime.now(UTC).replace(second=0, microsecond=0)
    try:
        labels = {}
        for zone in ("America/New_York", "Europe/Brussels"):
            computer_zone(zone)
            w.scope.next_step("review:new", [], ended)
            labels[zone] = w.scope_bar.source.label
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()
        cat.close()
    ny = ended.astimezone(ZoneInfo("America/New_York"))
    assert labels["America/New_York"] == f"New in the scan at {ny:%H:%M} {ny.tzname()}"
    assert labels["Europe/Brussels"] == f"New in the scan at {ended.astimezone(BRUSSELS):%H:%M}"


def test_history_and_the_added_column_read_the_same_clock_with_its_zone(
    qtbot: Any, computer_zone: Any
) -> None:
    """An edit and an item's arrival at 20:02 UTC read '7 Dec 2026 15:02 EST' in the
    History panel and the details table's Added column (New York), '8 Dec 2026 05:02 JST'
    in Tokyo: each view the same clock, its zone named beside the Brussels capture times."""
    at = datetime(2026, 12, 7, 20, 2, tzinfo=UTC)
    change = AuditRecord(
        id=1, at=at, user="ann", action="do", label="Rate 3", fields=("rating",),
        details={"values": {"rating": 3}}, item_count=1, entry_id=None,
    )  # fmt: skip
    added = next(f for f in FIELDS if f.name == "first_seen_at")
    item = replace(record(), first_seen_at=at)
    seen = {}
    for zone in ("America/New_York", "Asia/Tokyo"):
        computer_zone(zone)
        entry = HistoryEntry(change, 1)
        qtbot.addWidget(entry)
        seen[zone] = (entry.head.text(), field_views.cell(added, item, lambda _s: ""))
    assert seen["America/New_York"] == ("7 Dec 2026 15:02 EST · ann", "7 Dec 2026 15:02 EST")
    assert seen["Asia/Tokyo"] == ("8 Dec 2026 05:02 JST · ann", "8 Dec 2026 05:02 JST")
