"""The clock dialog's "left out of every session" count is what the assignment then does.

The dialog counted items outside the sessions' exact spans while the assignment files an
item in a break within 15 minutes of a session, a recording by its overlap, and never an
item whose only time is its file's date: the preview promised one thing and the assignment
did another. Both now use ``assign.left_outside``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from smparchive.core.domain import assign

HOUR = 3600


def _camera_items(window: Any, tmp_path: Any) -> list[int]:
    """A Sony an hour slow on day 1 (sessions 07:00-08:00 and 08:30-10:00 UTC): the times
    below are where its items land once corrected by +1 h."""
    from tests.conftest import insert_items

    def at(h: int, m: int) -> datetime:
        return datetime(2022, 6, 1, h, m, tzinfo=UTC) - timedelta(hours=1)  # as recorded

    sony = {"camera_make": "Sony", "camera_model": "ILCE-7M4"}
    specs: list[dict[str, Any]] = [
        {"name": "inside.JPG", "capture_utc": at(7, 30)},
        {"name": "break_10min.JPG", "capture_utc": at(8, 10)},  # filed: within 15 min
        {"name": "after_12min.JPG", "capture_utc": at(10, 12)},  # filed
        {"name": "after_40min.JPG", "capture_utc": at(10, 40)},  # left out
        {"name": "noon.JPG", "capture_utc": at(12, 0)},  # left out
        # a recording starting before the opening and running into it: filed by overlap
        {"name": "opening.MP4", "kind": "video", "duration_s": 1200.0, "capture_utc": at(6, 50)},
        # only the file's date, inside the opening: never filed by time
        {"name": "copied.JPG", "capture_utc": at(7, 40), "capture_source": "mtime"},
    ]
    return insert_items(window.catalog, tmp_path / "sony", [{**sony, **s} for s in specs])


def test_dialog_count_equals_what_the_assignment_leaves_out(window: Any, tmp_path: Any) -> None:
    from smparchive.gui.dialogs.clocks import ClockDialog

    ids = _camera_items(window, tmp_path)
    cat = window.catalog
    dlg = ClockDialog(window.deps, ids)
    try:
        camera = dlg.camera()
        assert camera is not None and camera.model == "ILCE-7M4"
        dlg.set_offset(HOUR)
        promised = dlg.day_view.timeline.outside_count(camera.key)
        assert f"{promised} of its items on this day would be left out" in dlg.summary.text()
        dlg._apply()
    finally:
        dlg.close()
    assert {g.key: g.offset_s for g in cat.cameras()}[camera.key] == HOUR

    proposals = cat.propose_assignments()  # what the Assign dialog runs
    cat.apply_assignments(proposals)
    left_out = sorted(r.name for r in cat.items(ids) if r.session_id is None)
    assert left_out == ["after_40min.JPG", "copied.JPG", "noon.JPG"]
    assert promised == len(left_out)


def test_left_outside_is_the_assignment_rule() -> None:
    """For any time around two sessions, ``left_outside`` says "outside" exactly when the
    proposal files the item nowhere for lack of a session near enough."""
    t0 = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    slots = [
        assign.Slot(1, "Opening", None, t0, t0 + timedelta(hours=1)),
        assign.Slot(2, "Talk", None, t0 + timedelta(hours=1, minutes=30), t0 + timedelta(hours=3)),
    ]
    for minutes in range(-40, 240, 1):
        for kind, duration in (("photo", None), ("video", 600.0)):
            item = assign.ItemFacts(1, kind, t0 + timedelta(minutes=minutes), duration)
            proposal = assign.propose([item], slots)[0]
            outside = proposal.reason == assign.Reason.NONE
            assert assign.left_outside(item, slots) == outside, (kind, minutes)


def test_the_moves_promised_are_what_the_assignment_then_does(
    window: Any, tmp_path: Any, qtbot: Any
) -> None:
    """The count is of the next assignment's moves (the correction itself files nothing):
    at +1 h it names exactly the items that assigning afterwards puts in another session."""
    import re

    from smparchive.gui.dialogs.clocks import ClockDialog

    ids = _camera_items(window, tmp_path)
    cat = window.catalog
    dlg = ClockDialog(window.deps, ids)
    try:
        dlg.set_offset(HOUR)
        qtbot.waitUntil(lambda: "afterwards would move" in dlg.summary.text(), timeout=5000)
        (promised,) = re.findall(r"afterwards would move (\d+) item", dlg.summary.text())
        dlg._apply()
    finally:
        dlg.close()
    before = {r.id: r.session_id for r in cat.items(ids)}
    assert set(before.values()) == {None}  # applying the correction filed nothing
    cat.apply_assignments(cat.propose_assignments())
    moved = [r.name for r in cat.items(ids) if r.session_id != before[r.id]]
    assert int(promised) == len(moved) == 4, moved
