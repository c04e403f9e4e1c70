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


def test_a_scan_running_elsewhere_says_since_when_on_this_clock(
    tmp_path: Path, computer_zone: Any
) -> None:
    """A colleague's scan started in Tokyo: the app's refusal read 'since 09:30' (Tokyo's
    clock, no zone) in New York; now '7 Dec 2026 19:30 EST', as every time of someone's
    work reads here."""
    from tests.reliability.helpers import lock_holder

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest.scanlock import ScanBusy, scan_lock
    from smparchive.gui import problem_texts

    location = str(tmp_path / "c.smpcat")
    open_catalog(Path(location), create=True).close()
    computer_zone("America/New_York")
    begun = [datetime.now(UTC)]
    holder = lock_holder(tmp_path, location, zone="Asia/Tokyo")
    begun.append(datetime.now(UTC))
    cat = open_catalog(Path(location))
    try:
        with pytest.raises(ScanBusy) as busy, scan_lock(cat):
            pass
    finally:
        cat.close()
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    said = problem_texts.error_text(busy.value)
    starts = [fmt.date_time(t) for t in begun]
    assert all(s.endswith((" EST", " EDT")) for s in starts)
    assert any(f"(process {holder.pid} on " in said and f", since {s})" in said for s in starts)


def test_the_crash_notice_names_the_zone_of_its_time(
    qtbot: Any, tmp_path: Path, computer_zone: Any
) -> None:
    """The notice of a crash in the last run read 'stopped unexpectedly on 7 Dec 2026
    15:02:00' beside photos in Brussels time; now '15:02:00 EST', as History says times."""
    import os

    from PySide6.QtWidgets import QWidget

    from smparchive.core.crashlog import DUMP_MARK, CrashGuard
    from smparchive.gui.app import tell_previous_crash

    computer_zone("America/New_York")
    running = tmp_path / "running-999999999.crash"
    running.write_text(f"smparchive\n{DUMP_MARK}: Segmentation fault\n")
    at = datetime(2026, 12, 7, 20, 2, tzinfo=UTC)
    os.utime(running, (at.timestamp(), at.timestamp()))
    [crash] = CrashGuard(tmp_path).collect()
    parent = QWidget()
    qtbot.addWidget(parent)
    box = tell_previous_crash(parent, crash)
    assert "stopped unexpectedly on 7 Dec 2026 15:02:00 EST: it crashed" in box.text()
    assert crash.path.name == "crash-20261207-150200-999999999.log"  # named on this clock
    box.close()


def test_a_refused_undo_says_when_the_teammate_changed_it_on_this_clock(
    tmp_path: Path, computer_zone: Any
) -> None:
    """Undoing over bob's newer rating read 'bob changed the rating of a.jpg at 2026-12-08
    01:02 UTC' in the app (the core's English digits, UTC); now '7 Dec 2026 20:02 EST', as
    the History panel beside it says bob's change."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.audit import EditConflict
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import problem_texts

    computer_zone("America/New_York")
    path = tmp_path / "team.smpcat"
    me = open_catalog(path, create=True)
    bob = open_catalog(path)
    try:
        bob.set_user_name("bob")
        [item] = insert_items(me, tmp_path / "media", [{"name": "a.jpg"}])
        mine = me.set_fields([item], rating=2)
        bob.set_fields([item], rating=5)
        bobs = me.item_history(item)[0]
        assert mine.undo is not None
        with pytest.raises(EditConflict) as refused:
            me.undo(mine.undo)
    finally:
        me.close()
        bob.close()
    said = problem_texts.error_text(refused.value)
    assert f"bob changed the rating of a.jpg at {fmt.date_time(bobs.at)}, after" in said
    assert fmt.date_time(bobs.at).endswith((" EST", " EDT")) and "UTC" not in said


def test_the_crash_file_says_when_the_run_started_with_its_offset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, computer_zone: Any
) -> None:
    """The file a crash leaves, sent with a report, opened 'smparchive X, started
    2026-12-07 15:02:00' (whose clock?); now ISO 8601 with the offset, '...T15:02:00-05:00'."""
    from smparchive import __version__
    from smparchive.core import paths
    from smparchive.gui import app

    computer_zone("America/New_York")
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    headers: list[str] = []

    def run(_args: Any, _crashes: Any) -> int:  # the app's run, as the crash file reads then
        [running] = tmp_path.glob("running-*.crash")
        headers.append(running.read_text(encoding="utf-8").splitlines()[0])
        return 0

    monkeypatch.setattr(app, "_run", run)
    before = datetime.now(UTC).replace(microsecond=0)
    assert app.main([]) == 0
    program, _sep, stamp = headers[0].partition(", started ")
    assert program == f"smparchive {__version__}"
    started = datetime.fromisoformat(stamp)
    zone = ZoneInfo("America/New_York")
    assert started.utcoffset() == started.astimezone(zone).utcoffset()  # -05:00 or -04:00
    assert before <= started <= datetime.now(UTC)
