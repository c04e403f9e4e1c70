"""Captions in a view spanning several days carry the day: the Videos view read '09:30'
under a day-1 and a day-2 recording alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


@pytest.fixture
def two_days(tmp_path: Path) -> Iterator[Any]:
    """Two talks recorded at 09:30 (Brussels) on the programme's two days, and a photo."""
    from tests.conftest import insert_items
    from tests.gui.conftest import programme

    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    programme(cat)
    at = {d: datetime(2022, 6, d, 7, 30, tzinfo=UTC) for d in (1, 2)}
    insert_items(
        cat,
        tmp_path / "media",
        [
            {"name": "day1.mp4", "kind": "video", "capture_utc": at[1]},
            {"name": "day2.mp4", "kind": "video", "capture_utc": at[2]},
            {"name": "a.jpg", "capture_utc": datetime(2022, 6, 1, 7, 40, tzinfo=UTC)},
        ],
    )
    cat.rederive_capture_times()
    yield cat
    cat.close()


def _captions(window: Any) -> dict[str, str]:
    """Each shown item's caption under its thumbnail in the grid, by file name."""
    from smparchive.gui.views.delegate import ThumbnailDelegate, caption_time

    grid = ThumbnailDelegate()
    fm = QFontMetrics(QApplication.font())
    room = grid.time_width(grid.cell_size().width(), 5)
    records = [window.store.record(row) for row in range(len(window.store))]
    return {r.name: caption_time(fm, r, room) for r in records if r is not None}


def _show(qtbot: Any, window: Any, key: str) -> dict[str, str]:
    window.sidebar.select_key(key)
    qtbot.waitUntil(lambda: window.browser.scope_label and len(window.store) > 0)
    return _captions(window)


@pytest.mark.parametrize(
    ("lang", "day1", "day2"),
    [("en", "1 Jun 09:30", "2 Jun 09:30"), ("fr", "1 juin 09:30", "2 juin 09:30")],
)
def test_captions_carry_the_day_where_the_view_spans_several(
    qtbot: Any, qapp: Any, two_days: Any, sync_runner: Any, settings: Any, lang: str,
    day1: str, day2: str,
) -> None:  # fmt: skip
    from tests.gui.conftest import _interface, shown_window

    interface = _interface(qapp, lang)
    next(interface)
    try:
        window = shown_window(qtbot, two_days, sync_runner, settings)
        videos = _show(qtbot, window, "kind:video")
        assert videos == {"day1.mp4": day1, "day2.mp4": day2}
        day = next(d for d in two_days.days(counts=False) if d.date.day == 1)
        one_day = _show(qtbot, window, f"day:{day.id}")
        assert one_day == {"day1.mp4": "09:30", "a.jpg": "09:40"}  # one day: the hour alone
        window.runner.shutdown()
        window.thumbs.shutdown()
    finally:
        next(interface, None)


def test_a_failed_day_check_says_what_failed_not_searching(
    window: Any, english: None, monkeypatch: Any
) -> None:
    """The check of which days a view's items are on (once its results are shown) was named
    "Searching": when it failed, the person read "Searching failed." under results found."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.messages import problem

    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, _title=None: shown.append(text))

    def broken(_f: Any) -> bool:
        raise CatalogError(problem("db.read_only"))

    monkeypatch.setattr(window.browser.catalog, "spans_days", broken)
    window.sidebar.select_key("kind:photo")
    assert len(shown) == 1
    assert shown[0].startswith("Checking which days the results are on: "), shown[0]
    assert "Searching" not in shown[0]


def test_the_filmstrip_shows_the_rating_places_and_the_whole_day_and_time(
    qapp: Any, two_days: Any, english: None
) -> None:
    """In a view over several days a filmstrip cell's time carries its day ("1 Jun 09:40"),
    and beside the stars it left no room for the faint dots of the stars not given (a
    3-star photo read "★★★ 1 Jun", an unrated one showed no places at all). The time is
    on the line below now: every cell shows its five places and its whole time."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from smparchive.gui import formatting as fmt
    from smparchive.gui.models.roles import RECORD_ROLE
    from smparchive.gui.viewers.filmstrip import STRIP_THUMB
    from smparchive.gui.views.delegate import ThumbnailDelegate

    class Recording(QPainter):
        def __init__(self, device: QImage) -> None:
            super().__init__(device)
            self.texts: list[tuple[QRect, str]] = []

        def drawText(self, *args: Any) -> None:  # Qt's name
            if len(args) == 3 and isinstance(args[0], QRect):
                self.texts.append((QRect(args[0]), args[2]))
            super().drawText(*args)

    fmt.set_event_days({d.id: d.date for d in two_days.days(counts=False)})
    fmt.set_view_spans_days(True)
    [photo] = [r.id for r in two_days.items([1, 2, 3]) if r.name == "a.jpg"]
    strip = ThumbnailDelegate(STRIP_THUMB, names=False)
    cell = strip.cell_size()
    assert cell.height() == STRIP_THUMB + 18 + 2 * 6 + 8  # the strip as high as before
    for rating in (0, 3):
        two_days.set_fields([photo], rating=rating)
        record = two_days.items([photo])[0]
        model = QStandardItemModel()
        item = QStandardItem()
        item.setData(record, RECORD_ROLE)
        model.appendRow(item)
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, cell.width(), cell.height())
        option.font = QApplication.font()
        option.palette = QApplication.palette()
        image = QImage(cell, QImage.Format.Format_ARGB32)
        painter = Recording(image)
        strip.paint(painter, option, model.index(0, 0))
        painter.end()
        marks = [(r, t) for r, t in painter.texts if t in ("★", "·")]
        times = [(r, t) for r, t in painter.texts if t not in ("★", "·")]
        assert [t for _r, t in marks] == ["★"] * rating + ["·"] * (5 - rating)
        assert [t for _r, t in times] == ["1 Jun 09:40"]  # whole: its day and its hour
        when = times[0][0]
        width = QFontMetrics(QApplication.font()).horizontalAdvance("1 Jun 09:40")
        assert when.width() >= width and when.right() < cell.width()  # inside the cell
        assert all(not r.intersects(when) for r, _t in marks)  # over no star or place
