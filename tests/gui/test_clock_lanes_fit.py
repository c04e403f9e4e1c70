"""The Camera Clocks dialog at 1366x768: every lane of the day in sight (the lower lanes,
another camera's, needed scrolling), the cameras' and items' tables keeping their rows."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_every_lane_of_the_day_is_in_sight_at_1366x768(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QScrollArea
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    cat = window.catalog
    first = cat.query_ids()[0]
    day = cat.item(first).capture_utc  # the day the dialog opens on: two more cameras
    insert_items(
        cat,
        tmp_path / "more",
        [
            {"name": f"S{c}_{n}.JPG", "capture_utc": day + timedelta(minutes=20 * n),
             "camera_make": "Sony", "camera_model": f"A7 {c}", "camera_serial": f"90{c}"}
            for c in range(2)
            for n in range(3)
        ],
    )  # fmt: skip
    cat.rederive_capture_times()
    dlg = ClockDialog(window.deps)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.resize(1300, 690)  # the dialog on a 1366x768 screen, below the window's title
    timeline = dlg.day_view.timeline
    qtbot.waitUntil(lambda: len(timeline.lanes) == 4)  # as on the demo's first day
    bar = dlg.day_view.findChild(QScrollArea).verticalScrollBar()
    # every lane in sight (the room of the chosen item's picture is kept from the start
    # once items are listed, so choosing one moves nothing)
    qtbot.waitUntil(lambda: dlg.shift_model.rowCount() > 1)
    qtbot.waitUntil(lambda: timeline.visibleRegion().boundingRect().height() > 0)
    qtbot.wait(50)
    assert bar.maximum() == 0
    rows = dlg.shift_view.rowAt(dlg.shift_view.viewport().height() - 1)
    assert rows == -1 or rows + 1 >= 4  # the items' table keeps a few rows in sight
    # choosing an item shows its picture below: the lanes stay in sight
    qtbot.waitUntil(lambda: dlg.shift_model.rowCount() > 1)
    dlg.shift_view.setCurrentIndex(dlg.shift_model.index(1, 0))
    assert dlg._chosen_row() is not None
    assert dlg.pin_picture.isVisibleTo(dlg)
    qtbot.wait(50)
    assert bar.maximum() <= 16, bar.maximum()  # at most a few pixels of the last lane
    dlg.close()


def test_the_cameras_table_shows_whole_rows_when_squeezed(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """At 1366x768, with the chosen item's picture shown, the cameras' table showed a sliver
    of its first camera above the others: it shows whole rows, the lanes take the rest."""
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    cat = window.catalog
    day = cat.item(cat.query_ids()[0]).capture_utc
    insert_items(
        cat,
        tmp_path / "more",
        [
            {"name": f"S{c}_{n}.JPG", "capture_utc": day + timedelta(minutes=20 * n),
             "camera_make": "Sony", "camera_model": f"A7 {c}", "camera_serial": f"90{c}"}
            for c in range(3)
            for n in range(2)
        ],
    )  # fmt: skip
    cat.rederive_capture_times()
    dlg = ClockDialog(window.deps)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.resize(1300, 690)
    qtbot.waitUntil(lambda: dlg.cameras.rowCount() == 4)
    view = dlg.camera_view
    view.setCurrentIndex(dlg.cameras.index(3, 0))  # the last camera: the table scrolls
    qtbot.waitUntil(lambda: dlg.shift_model.rowCount() > 0)
    dlg.shift_view.setCurrentIndex(dlg.shift_model.index(0, 0))
    assert dlg.pin_picture.isVisibleTo(dlg)
    qtbot.wait(100)
    row = view.verticalHeader().defaultSectionSize()
    top = view.rowAt(0)
    assert top >= 0 and view.visualRect(dlg.cameras.index(top, 0)).top() == 0
    assert view.viewport().height() % row == 0, (view.viewport().height(), row)
    dlg.close()


def _open_on_an_item(window: Any, qtbot: Any) -> Any:
    from smparchive.gui.dialogs.clocks import ClockDialog

    dlg = ClockDialog(window.deps)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.resize(1300, 690)  # the dialog on a 1366x768 screen
    qtbot.waitUntil(lambda: dlg.camera() is not None and dlg.shift_model.rowCount() > 1)
    dlg.shift_view.setCurrentIndex(dlg.shift_model.index(1, 0))
    qtbot.waitUntil(lambda: dlg.pin_button.isEnabled())
    qtbot.wait(100)
    return dlg


def _summary_after(dlg: Any, qtbot: Any, offset: int) -> str:
    """The summary once the correction is ``offset`` and its preview's sentence came."""
    dlg.set_offset(offset)
    qtbot.waitUntil(lambda: not dlg._preview_timer.isActive())
    qtbot.waitUntil(lambda: dlg.summary.text().count(".") >= 2)  # the preview's sentence
    qtbot.wait(100)
    return str(dlg.summary.text())


def test_the_pin_picture_is_large_enough_to_read(window: Any, qtbot: Any, french: None) -> None:
    """The chosen item's picture was 150x100 px: a slide's clock could not be read. It
    takes the height beside the items' table and the pin row (up to 480 px wide) and a
    click shows it larger, in a window of its own."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage

    dlg = _open_on_an_item(window, qtbot)
    picture = dlg.pin_picture
    assert picture.isVisible() and picture.height() >= 200 and 300 <= picture.width() <= 480
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    picture.show_image(image, "IMG_1.JPG")
    assert picture.pixmap().width() >= 300
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    enlarged = picture.enlarged
    qtbot.waitUntil(enlarged.isVisible)
    assert enlarged.view.width() > 1.5 * picture.width() and enlarged.windowTitle() == "IMG_1.JPG"
    enlarged.close()
    dlg.close()


def test_pinning_keeps_the_lanes_height_when_the_summary_wraps(
    window: Any, qtbot: Any, french: None
) -> None:
    """In French at 1366x768 pinning made the summary one line longer and the lanes gave
    it their height. At a width where one of the two sentences wraps and the other does
    not, the lanes keep their height from one to the other."""
    dlg = _open_on_an_item(window, qtbot)
    pinned = -25 * 60
    texts = {0: _summary_after(dlg, qtbot, 0), pinned: _summary_after(dlg, qtbot, pinned)}
    fm = dlg.summary.fontMetrics()
    wide = {k: fm.horizontalAdvance(t) for k, t in texts.items()}
    short, long = sorted(wide, key=wide.get)
    assert wide[long] > wide[short] + 20
    # the summary as wide as the shorter sentence: the longer one wraps
    dlg.resize(dlg.width() + wide[short] + 10 - dlg.summary.contentsRect().width(), 690)
    qtbot.wait(200)
    _summary_after(dlg, qtbot, short)
    lanes = dlg.day_view.height()
    _summary_after(dlg, qtbot, long)
    assert dlg.day_view.height() == lanes
    dlg.close()
