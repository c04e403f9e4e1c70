"""The Camera Clocks dialog at 1366x768 with five or six cameras on one day: the lanes fit
(they scrolled by a few pixels, the last lane's bottom edge cut)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("cameras", [5, 6])
def test_five_or_six_lanes_fit_at_1366x768_without_scrolling(
    window: Any, qtbot: Any, tmp_path: Path, cameras: int
) -> None:
    from PySide6.QtWidgets import QScrollArea
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog
    from smparchive.gui.views import timeline as tl

    cat = window.catalog
    first = cat.query_ids()[0]
    day = cat.item(first).capture_utc  # the day the dialog opens on: two cameras already
    insert_items(
        cat,
        tmp_path / "more",
        [
            {"name": f"S{c}_{n}.JPG", "capture_utc": day + timedelta(minutes=20 * n),
             "camera_make": "Sony", "camera_model": f"A7 {c}", "camera_serial": f"90{c}"}
            for c in range(cameras - 2)
            for n in range(3)
        ],
    )  # fmt: skip
    cat.rederive_capture_times()
    dlg = ClockDialog(window.deps)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.resize(1300, 690)  # the dialog on a 1366x768 screen, below the window's title
    timeline = dlg.day_view.timeline
    qtbot.waitUntil(lambda: len(timeline.lanes) == cameras)
    qtbot.waitUntil(lambda: dlg.shift_model.rowCount() > 1)
    dlg.shift_view.setCurrentIndex(dlg.shift_model.index(1, 0))  # its picture shown below
    assert dlg.pin_picture.isVisibleTo(dlg)
    bar = dlg.day_view.findChild(QScrollArea).verticalScrollBar()
    qtbot.wait(100)  # the lanes fitted to the room the picture left (a zero-time timer)
    assert bar.maximum() == 0  # nothing to scroll
    # every lane whole in sight, its name and counts readable
    lanes_bottom = tl.AXIS_H + tl.BAND_H + timeline.lane_height() * cameras
    assert lanes_bottom <= timeline.visibleRegion().boundingRect().bottom() + 1
    assert timeline.lane_height() >= timeline.min_lane_height()  # a line of text at least
    rows = dlg.shift_view.rowAt(dlg.shift_view.viewport().height() - 1)
    assert rows == -1 or rows + 1 >= 4  # the items' table keeps a few rows in sight
    dlg.close()
