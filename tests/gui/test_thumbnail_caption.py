"""The capture time under a thumbnail fits beside the stars: in the loupe's filmstrip a
corrected time ('09:36 (+1 h 09 s)') was drawn over the stars and cut on the left."""

from __future__ import annotations

from datetime import UTC, date, datetime
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
    fmt.set_event_days({1: date(2022, 6, 1), 2: date(2022, 6, 2)})  # the photos' own days
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


def _painted_cell(rec: Any) -> tuple[Any, Any]:
    """A grid cell painted over a white picture: (the image, the picture's rectangle)."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QPixmap

    from smparchive.gui.views.delegate import card_rect, fitted, picture_rect

    delegate = ThumbnailDelegate()
    white = QPixmap(QSize(320, 180))
    white.fill(Qt.GlobalColor.white)
    image = _paint_picture(delegate, white, rec)
    area = picture_rect(card_rect(_cell_rect(delegate.cell_size())), delegate.text_h)
    return image, fitted(white.size(), area)


def _white(image: Any, x0: int, y0: int, x1: int, y1: int) -> bool:
    return all(
        image.pixelColor(x, y).lightness() > 245 for x in range(x0, x1) for y in range(y0, y1)
    )


def test_a_decks_page_count_leaves_its_title_readable(qapp: Any) -> None:
    """A slide's title is at its top left, where the "5 p" badge was drawn over it; the
    badge (like a video's length) now sits at the picture's bottom right."""
    deck = record(kind="slides", page_count=5, name="deck.pdf")
    image, pic = _painted_cell(deck)
    corner = 60  # the top-left corner of the picture, where titles start
    assert _white(image, pic.left() + 2, pic.top() + 2, pic.left() + corner, pic.top() + 22)
    assert not _white(image, pic.right() - 30, pic.bottom() - 16, pic.right() - 6, pic.bottom() - 6)
    video = record(kind="video", duration_s=7500.0, name="day1.mp4")
    image, pic = _painted_cell(video)  # a video's length: the same place
    assert _white(image, pic.left() + 2, pic.top() + 2, pic.left() + corner, pic.top() + 22)
    assert not _white(image, pic.right() - 30, pic.bottom() - 16, pic.right() - 6, pic.bottom() - 6)


def test_the_places_of_stars_not_given_are_all_shown_or_none(qapp: Any) -> None:
    """A filmstrip cell with '10:15 (+1 h)' left room for one faint dot, which read as a
    one-star rating: the dots of the stars not given are all there or not at all."""
    strip = ThumbnailDelegate(STRIP_THUMB, names=False)
    step = strip.star_step
    assert strip.faint_dots(0, 5 * step) == 5
    assert strip.faint_dots(0, 5 * step - 1) == 0  # not four, not one
    assert strip.faint_dots(0, step + 1) == 0
    assert strip.faint_dots(3, 5 * step) == 2
    assert strip.faint_dots(3, 4 * step) == 0  # the three stars given are drawn anyway


def test_a_time_on_another_day_than_its_own_shows_its_date(qapp: Any) -> None:
    """A deck saved the evening before (31 May 17:45), in the 1 June morning session, read
    '17:45' under a 09:30-11:00 session; the concept note of 18 May read '10:00' among the
    conference's photos. The caption now shows the date where the time alone would mislead,
    and stays the time alone where the day is plain."""
    fmt.set_event_days({1: date(2022, 6, 1), 2: date(2022, 6, 2)})
    deck = record(
        day_id=1,
        capture_utc=datetime(2022, 5, 31, 15, 45, tzinfo=UTC),
        capture_source="document",
    )
    assert fmt.capture_clock(deck) == "31 mai 17:45"
    note = record(capture_utc=datetime(2022, 5, 18, 8, 0, tzinfo=UTC), capture_source="document")
    assert fmt.capture_clock(note) == "18 mai 10:00"
    old = record(capture_utc=datetime(2013, 1, 27, 9, 14, tzinfo=UTC), capture_source="document")
    assert fmt.capture_clock(old) == "27 janv. 2013 10:14"  # another year: said
    photo = record(day_id=2, capture_utc=datetime(2022, 6, 2, 7, 36, tzinfo=UTC))
    assert fmt.capture_clock(photo) == "09:36"  # its own day: the time alone
    unassigned = record(capture_utc=datetime(2022, 6, 1, 12, 5, tzinfo=UTC))
    assert fmt.capture_clock(unassigned) == "14:05"  # a programme day, no session yet
    corrected = record(
        day_id=1,
        capture_utc=datetime(2022, 5, 31, 22, 30, tzinfo=UTC),
        capture_source="exif",
        clock_shift_s=-3600,
    )
    # the corrected moment is what is compared: 00:30 on its own day once corrected
    assert fmt.capture_clock(corrected).startswith("00:30 (")
    # in the grid's cell the date is kept and fits beside the stars
    grid = ThumbnailDelegate()
    fm = QFontMetrics(QApplication.font())
    room = grid.time_width(grid.cell_size().width(), 5)
    assert caption_time(fm, deck, room) == "31 mai 17:45"
    # the loupe's filmstrip has no room for both: the date, not the hour cut ("31 mai 1…")
    strip = ThumbnailDelegate(STRIP_THUMB, names=False)
    narrow = strip.time_width(strip.cell_size().width(), 3)
    assert caption_time(fm, deck, narrow) == "31 mai"
    assert caption_time(fm, photo, narrow) == "09:36"
    # no programme: no day is plain (a 1999 photo read '16:38' among 2022's)
    fmt.set_event_days({})
    assert fmt.capture_clock(deck) == "31 mai 2022 17:45"
    cut = caption_time(fm, deck, narrow)  # the filmstrip's narrowest: the date, cut
    assert cut.startswith("31 mai") and fm.horizontalAdvance(cut) <= narrow


def test_a_time_in_this_computers_daylight_saving_gap_is_shown_as_taken(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a computer set to Brussels time, a photo taken at 02:30 on 27 March 2022 (in the
    event's zone, here Nairobi's) read '03:30' in the grid and the inspector, '02:30' in the
    command line: the time was formatted as this computer's local time, which skips 02:00-
    03:00 that night."""
    import time

    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    try:
        fmt.set_event_zone(ZoneInfo("Africa/Nairobi"))  # UTC+3, no daylight saving
        fmt.set_event_days({})
        photo = record(capture_utc=datetime(2022, 3, 26, 23, 30, tzinfo=UTC))
        assert fmt.capture_clock(photo) == "27 mars 2022 02:30"
        assert fmt.capture(photo).startswith("27 mars 2022 02:30")
        assert fmt.date_time(datetime(2022, 3, 27, 2, 30)) == "27 mars 2022 02:30"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def _paint_picture(delegate: ThumbnailDelegate, picture: Any, rec: Any = None) -> Any:
    """One grid cell of ``rec`` (a plain photo by default) painted with ``picture`` as its
    thumbnail, over grey: the image painted."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from smparchive.gui.models.roles import RECORD_ROLE, THUMBNAIL_ROLE

    size = delegate.cell_size()
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(rec if rec is not None else record(), RECORD_ROLE)
    item.setData(picture, THUMBNAIL_ROLE)
    model.appendRow(item)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, size.width(), size.height())
    option.font = QApplication.font()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.gray)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def test_a_thumbnail_is_scaled_to_its_cell_once_and_a_new_one_shows_at_once(qapp: Any) -> None:
    """Each paint of a cell scaled its 256 px thumbnail down to the cell (0.1-0.6 ms a cell,
    a screenful at every step of a scroll); the picture at the cell's size is now kept. A
    thumbnail made again (a repair, a rotation) is a new picture: shown at the next paint,
    never the one kept."""
    from PySide6.QtCore import QPoint, QSize
    from PySide6.QtGui import QColor, QPixmap

    from smparchive.gui.views.delegate import card_rect, fitted, picture_rect

    delegate = ThumbnailDelegate()
    area = picture_rect(card_rect(_cell_rect(delegate.cell_size())), delegate.text_h)
    blue = QPixmap(QSize(256, 171))
    blue.fill(QColor("#1060d0"))
    shown = fitted(blue.size(), area)
    assert shown.size() != blue.size()  # the cell shows it smaller
    middle = QPoint(shown.center())
    first = _paint_picture(delegate, blue)
    assert first.pixelColor(middle).name() == "#1060d0"
    assert first.pixelColor(shown.left() - 2, middle.y()).name() != "#1060d0"  # fitted
    _paint_picture(delegate, blue)
    assert len(delegate._pictures) == 1  # scaled once, painted twice
    red = QPixmap(QSize(256, 171))
    red.fill(QColor("#d02020"))
    assert _paint_picture(delegate, red).pixelColor(middle).name() == "#d02020"
    # a budget of about one picture keeps the newest only
    delegate._pictures.budget = shown.width() * shown.height() * 4
    green = QPixmap(QSize(256, 171))
    green.fill(QColor("#20a040"))
    assert _paint_picture(delegate, green).pixelColor(middle).name() == "#20a040"
    assert len(delegate._pictures) == 1
    assert _paint_picture(delegate, blue).pixelColor(middle).name() == "#1060d0"


def _cell_rect(size: Any) -> Any:
    """A cell of ``size`` at the origin."""
    from PySide6.QtCore import QRect

    return QRect(0, 0, size.width(), size.height())
