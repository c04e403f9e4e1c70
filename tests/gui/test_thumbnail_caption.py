"""The capture time under a thumbnail fits beside the stars: in the loupe's filmstrip a
corrected time ('09:36 (+1 h 09 s)') was drawn over the stars and cut on the left."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from tests.gui.test_time_agreement import record

from smparchive.gui import formatting as fmt
from smparchive.gui.viewers.filmstrip import STRIP_THUMB
from smparchive.gui.views.delegate import ThumbnailDelegate, caption_time


@pytest.fixture(autouse=True)
def _brussels() -> Any:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    fmt.set_event_zone(ZoneInfo("Europe/Brussels"))
    yield
    QLocale.setDefault(before)
    fmt.set_event_zone(None)


def test_a_corrected_time_fits_the_filmstrip_and_keeps_its_hour(qapp: Any) -> None:
    corrected = record(
        capture_utc=datetime(2022, 6, 2, 7, 36, 9, tzinfo=UTC),
        capture_local=datetime(2022, 6, 2, 8, 36, 0),
        capture_source="exif",
        clock_shift_s=3609,
    )
    fm = QFontMetrics(QApplication.font())
    full = fmt.capture_clock(corrected)
    assert full == "09:36 (+1 h 09 s)"
    strip = ThumbnailDelegate(STRIP_THUMB, names=False)
    cell = strip.cell_size().width()
    assert fm.horizontalAdvance(full) > strip.time_width(cell)  # the filmstrip's case
    shown = caption_time(fm, corrected, strip.time_width(cell))
    assert shown == "09:36*" and fm.horizontalAdvance(shown) <= strip.time_width(cell)
    # five stars given leave it room too, never drawn over them
    assert fm.horizontalAdvance(caption_time(fm, corrected, strip.time_width(cell, 5))) <= (
        strip.time_width(cell, 5)
    )
    grid = ThumbnailDelegate()  # the grid's unrated cells keep the amount
    assert caption_time(fm, corrected, grid.time_width(grid.cell_size().width())) == full
    plain = record(capture_utc=datetime(2022, 6, 2, 7, 36, tzinfo=UTC), capture_source="exif")
    assert caption_time(fm, plain, strip.time_width(cell, 5)) == "09:36"
    # however narrow: never wider than its room (elided, not drawn over the stars)
    assert fm.horizontalAdvance(caption_time(fm, corrected, 20)) <= 20
