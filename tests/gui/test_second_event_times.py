"""A second event's items and sessions are shown at its own time in the app.

The Brussels conference and a New York follow-up in one catalogue: a photo taken at 09:30
in New York read '15:30' (Brussels time) in the grid, the inspector and the loupe while
the export wrote 09:30-04:00. Now each reads at its own event's time, its zone named
where it differs from the main event's; the Brussels items look exactly as before.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from tests.conftest import insert_items
from tests.gui.conftest import shown_window

from smparchive.gui import formatting as fmt
from smparchive.gui.tasks import SyncTaskRunner


@pytest.fixture(autouse=True)
def _zones_forgotten() -> Any:
    yield  # the next test's window sets its own; a bare formatting test has none
    fmt.set_event_zone(None)
    fmt.set_event_days({})


def _two_events(tmp_path: Any) -> tuple[Any, dict[str, int]]:
    """Brussels (main) and New York events, a 09:30 session and photo in each."""
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    cat.create_event("SMP 2022", time_zone="Europe/Brussels")
    ny = int(cat.create_event("SMP follow-up", time_zone="America/New_York").value)
    here = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)  # 09:30 in Brussels
    there = datetime(2022, 6, 8, 13, 30, tzinfo=UTC)  # 09:30 in New York
    bxl_s = int(cat.add_session("Opening", here, here.replace(hour=9)).value)
    ny_s = int(cat.add_session("Round table NY", there, there.replace(hour=15), event_id=ny).value)
    days = {s.id: s.day_id for s in cat.sessions(counts=False)}
    bxl, nyc = insert_items(
        cat,
        tmp_path / "media",
        [
            {"name": "BXL.JPG", "capture_utc": here, "day_id": days[bxl_s], "session_id": bxl_s},
            {"name": "NYC.JPG", "capture_utc": there, "day_id": days[ny_s], "session_id": ny_s},
        ],
    )
    return cat, {"bxl": bxl, "nyc": nyc, "bxl_s": bxl_s, "ny_s": ny_s}


def test_second_events_item_and_session_at_its_own_time(qtbot, tmp_path, settings) -> None:
    """Grid caption, details cell, inspector/loupe time, sidebar and session chooser."""
    cat, ids = _two_events(tmp_path)
    w = shown_window(qtbot, cat, SyncTaskRunner(), settings)
    try:
        nyc, bxl = cat.item(ids["nyc"]), cat.item(ids["bxl"])
        # (the view holds both days: each caption carries its date)
        assert fmt.capture_clock(nyc) == "8 Jun 09:30 EDT"  # was '8 Jun 15:30'
        assert fmt.capture_clock(bxl) == "1 Jun 09:30"  # the main event's: as ever
        assert fmt.capture(nyc).startswith("8 Jun 2022 09:30 EDT")
        assert fmt.capture(bxl) == "1 Jun 2022 09:30"
        assert "09:30:00 EDT" in fmt.capture_full(nyc)
        assert "09:30:00 CEST" in fmt.capture_full(bxl)
        rows = w.sidebar_model.by_key
        assert rows[f"session:{ids['ny_s']}"].label == "09:30 EDT  Round table NY"
        assert rows[f"session:{ids['bxl_s']}"].label == "09:30  Opening"
        chooser = w.inspector.editors["session_id"].widget
        qtbot.waitUntil(lambda: len(chooser._choices) == 3)  # read with the sidebar
        labels = [text for _id, text, _ in chooser._choices]
        assert "09:30 EDT Round table NY" in labels and "09:30 Opening" in labels, labels
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()
        cat.close()


def test_schedule_editor_and_timeline_read_the_second_events_day_at_its_time(
    qtbot, tmp_path, settings
) -> None:
    """The schedule editor listed the New York round table at '15:30' (and a time typed
    there was read in Brussels time); the timeline drew its day from Brussels midnight.
    Now both read the day in New York time: '09:30', the day 00:00-24:00 EDT."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import Qt

    from smparchive.gui.dialogs.clocks import load_day
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    cat, ids = _two_events(tmp_path)
    w = shown_window(qtbot, cat, SyncTaskRunner(), settings)
    try:
        ny_day = next(s.day_id for s in cat.sessions(counts=False) if s.id == ids["ny_s"])
        dlg = ScheduleEditor(w.deps)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.days.count() == 2)
        dlg.days.setCurrentIndex(dlg.days.findData(ny_day))
        dlg.days.activated.emit(dlg.days.currentIndex())  # as the user's choice does
        model = dlg.model
        start = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
        assert (start, model.sessions[0].id) == ("09:30", ids["ny_s"])  # was '15:30'
        day = load_day(cat, ny_day)
        assert day["zone"] == ZoneInfo("America/New_York")
        start, end = (f"{day[k].astimezone(day['zone']):%H:%M}" for k in ("start", "end"))
        assert start <= "09:30" and end >= "11:00"  # the session inside, drawn at NY time
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()
        cat.close()
