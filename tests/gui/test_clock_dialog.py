"""The camera clock dialog follows the chosen camera: its day(s), its lane (even on a date
with no programme day or no items yet), the same camera after Apply, names never cut, and
times in the event's zone like every other view."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

LONG_MODEL = "PowerShot G7 X Mark III Vlogging Kit Limited Edition"


@pytest.fixture
def dialog(window: Any, tmp_path: Any) -> Any:
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    cat = window.catalog
    day2 = datetime(2022, 6, 2, 13, 50, tzinfo=UTC)  # day 2, around the closing session
    later = datetime(2022, 6, 5, 8, 0, tzinfo=UTC)  # a date the programme does not have
    specs: list[dict[str, Any]] = [
        {"name": f"NK_{n}.JPG", "capture_utc": day2 + timedelta(minutes=10 * n),
         "camera_make": "Nikon", "camera_model": "Z 6", "camera_serial": "3001"}
        for n in range(6)
    ]  # fmt: skip
    specs += [
        {"name": f"CN_{n}.JPG", "capture_utc": later + timedelta(minutes=n),
         "camera_make": "Canon", "camera_model": LONG_MODEL}
        for n in range(3)
    ]  # fmt: skip
    insert_items(cat, tmp_path / "media", specs)
    cat.rederive_capture_times()
    dlg = ClockDialog(window.deps)
    yield dlg
    dlg.close()


def _choose(dlg: Any, model: str) -> Any:
    row = next(n for n, g in enumerate(dlg.cameras.rows) if g.model == model)
    dlg.camera_view.selectRow(row)
    camera = dlg.camera()
    assert camera is not None and camera.model == model
    return camera


def _lane(dlg: Any, key: str) -> Any:
    return next((lane for lane in dlg.day_view.timeline.lanes if lane.key == key), None)


def test_follows_the_chosen_cameras_day(dialog: Any) -> None:
    nikon = _choose(dialog, "Z 6")
    assert dialog.day_view.current_date() == date(2022, 6, 2)
    lane = _lane(dialog, nikon.key)
    assert lane is not None and lane.count == 6
    assert dialog.day_view.timeline.lanes[0].key == nikon.key  # its lane comes first
    assert "6 of this camera" in dialog.day_view.days.currentText()
    r6 = _choose(dialog, "EOS R6")
    assert dialog.day_view.current_date() == date(2022, 6, 1)
    assert _lane(dialog, r6.key).count == 30


def test_camera_gets_a_lane_without_a_programme_day_or_items(dialog: Any) -> None:
    canon = _choose(dialog, LONG_MODEL)
    # its photos are on 5 June, which is no programme day: offered and shown all the same
    assert dialog.day_view.current_date() == date(2022, 6, 5)
    assert "not a programme day" in dialog.day_view.days.currentText()
    assert _lane(dialog, canon.key).count == 3
    # on a programme day where it took nothing, it still has its (empty) lane
    combo = dialog.day_view.days
    combo.setCurrentIndex(combo.findData("2022-06-01"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.day_view.current_date() == date(2022, 6, 1)
    lane = _lane(dialog, canon.key)
    assert lane is not None and lane.count == 0
    assert dialog.camera().key == canon.key  # choosing a day keeps the camera


def test_stays_on_the_camera_and_day_after_apply(dialog: Any, window: Any) -> None:
    nikon = _choose(dialog, "Z 6")
    dialog.set_offset(3600)
    dialog._apply()
    camera = dialog.camera()
    assert camera is not None and camera.key == nikon.key and camera.offset_s == 3600
    assert dialog.day_view.current_date() == date(2022, 6, 2)
    assert dialog.offset() == 3600
    assert dialog.camera_view.currentIndex().row() == dialog.cameras.rows.index(camera)
    window.undo_stack.undo()


def test_apply_is_offered_only_for_a_correction_that_changes_something(
    dialog: Any, window: Any, qtbot: Any
) -> None:
    """Walked after an Apply: the dialog said 'correction +1 h → +1 h' with Apply Correction
    enabled and the default, so Enter made an empty 'Correct camera clock' step to undo."""
    dialog.show()
    qtbot.waitExposed(dialog)
    _choose(dialog, "Z 6")
    assert not dialog.apply_btn.isEnabled()  # as the camera is: nothing to apply
    dialog.set_offset(3600)
    assert dialog.apply_btn.isEnabled()
    assert dialog.apply_btn.isDefault()  # Enter applies the correction typed, not Close
    dialog._apply()
    assert dialog.camera().offset_s == 3600
    assert not dialog.apply_btn.isEnabled()  # applied: nothing more to apply
    depth = window.undo_stack.count()
    dialog.set_offset(0)
    assert dialog.apply_btn.isEnabled()
    dialog.set_offset(3600)
    assert not dialog.apply_btn.isEnabled()
    assert window.undo_stack.count() == depth
    window.undo_stack.undo()


def test_lane_labels_are_not_cut(dialog: Any) -> None:
    canon = _choose(dialog, LONG_MODEL)
    timeline = dialog.day_view.timeline
    timeline.resize(1400, 300)
    fm = QFontMetrics(timeline.font())
    label = _lane(dialog, canon.key).label
    assert LONG_MODEL in label
    assert timeline.label_width() - 12 >= fm.horizontalAdvance(label)
    timeline.grab()  # paints


def test_first_and_last_in_the_event_zone(dialog: Any, window: Any) -> None:
    nikon = _choose(dialog, "Z 6")
    row = dialog.cameras.rows.index(nikon)
    first = dialog.cameras.index(row, 2).data(Qt.ItemDataRole.DisplayRole)
    last = dialog.cameras.index(row, 3).data(Qt.ItemDataRole.DisplayRole)
    assert first.endswith("15:50 CEST") and last.endswith("16:40 CEST")  # 13:50 UTC + 2 h
    window.catalog.set_clock_offset(nikon.key, 3600)
    dialog.reload(keep=nikon.key)
    row = dialog.cameras.rows.index(dialog.camera())
    assert dialog.cameras.index(row, 2).data().endswith("16:50 CEST")
    assert dialog.cameras.index(row, 4).data() == "+1 h"


def test_timeline_window_shows_each_day_with_local_hours(window: Any) -> None:
    from smparchive.gui.dialogs.clocks import TimelineWindow

    dlg = TimelineWindow(window.deps)
    view = dlg.view
    assert view.current_date() == date(2022, 6, 1)  # the first programme day
    timeline = view.timeline
    assert {lane.label for lane in timeline.lanes} >= {"Canon EOS R6"}
    assert timeline.start is not None and timeline.zone is not None
    # the axis starts on a whole local hour before the first item (07:05 UTC = 09:05 CEST)
    assert timeline.start.astimezone(timeline.zone).hour == 8
    combo = view.days
    combo.setCurrentIndex(combo.findData("2022-06-02"))
    combo.activated.emit(combo.currentIndex())
    assert view.current_date() == date(2022, 6, 2)
    assert [b.title for b in timeline.bands] == ["Closing"]
    dlg.close()


def _ids_of(window: Any, model: str) -> list[int]:
    return [
        r.id for r in window.catalog.items(window.catalog.query_ids()) if r.camera_model == model
    ]


def test_opens_on_the_camera_of_the_items_it_was_opened_on(dialog: Any, window: Any) -> None:
    """After a scan, "Fix Camera Clocks…" is about the card just added: the dialog opens on
    that card's camera, not on the first camera of the list."""
    from smparchive.gui.dialogs.clocks import ClockDialog

    assert dialog.camera().model != "Z 6"  # nothing given: the first camera of the list
    nikon = _ids_of(window, "Z 6")
    # the scan summary's button, with its new items
    window._scan_next_step("clocks", nikon, datetime.now().astimezone())
    opened = [d for d in window.findChildren(ClockDialog) if d is not dialog and d.isVisible()]
    assert len(opened) == 1
    assert opened[0].camera().model == "Z 6"
    assert opened[0].day_view.current_date() == date(2022, 6, 2)  # and on that camera's day
    opened[0].close()


def test_camera_clocks_on_a_selection_opens_on_its_camera(dialog: Any, window: Any) -> None:
    from smparchive.gui.dialogs.clocks import ClockDialog

    window.browser.refresh()  # the grid shows the items the fixture added
    nikon = _ids_of(window, "Z 6")
    window.select_ids(nikon[:2], current_row=0)
    assert sorted(window.selected_ids()) == sorted(nikon[:2])
    window.actions_by_name["clocks"].trigger()
    opened = [d for d in window.findChildren(ClockDialog) if d is not dialog and d.isVisible()]
    assert len(opened) == 1 and opened[0].camera().model == "Z 6"
    opened[0].close()


def test_pinning_an_item_to_the_time_it_shows_sets_the_correction(dialog: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QPoint, QTime

    nikon = _choose(dialog, "Z 6")
    qtbot.waitUntil(lambda: any(r.name == "NK_2.JPG" for r in dialog.shift_model.rows))
    rows = dialog.shift_model.rows
    assert not dialog.pin_button.isEnabled()  # nothing chosen yet: the row says what to do
    n = next(i for i, r in enumerate(rows) if r.name == "NK_2.JPG")  # 14:10 UTC, 16:10 CEST
    dialog.shift_view.setCurrentIndex(dialog.shift_model.index(n, 0))
    assert "NK_2.JPG" in dialog.pin_label.text()
    assert dialog.pin_time.time() == QTime(16, 10, 0)  # its time as every view shows it

    # the slide on screen says it was 17:10:30: clicked into the hours and typed (Qt's time
    # field refused digits typed after a click; only its arrows worked)
    line = dialog.pin_time.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(6, line.height() // 2))
    qtbot.keyClicks(dialog.pin_time, "171030")
    assert dialog.pin_time.time() == QTime(17, 10, 30)
    qtbot.keyClick(dialog.pin_time, Qt.Key.Key_Return)

    assert dialog.offset() == 3630
    assert _lane(dialog, nikon.key).shift_s == 3630  # the timeline follows, unapplied
    assert dialog.camera().offset_s == 0  # Enter pinned; it did not apply
    qtbot.waitUntil(lambda: all(r.new_utc != r.old_utc for r in dialog.shift_model.rows))
    chosen = dialog.shift_model.rows[dialog.shift_view.currentIndex().row()]
    assert chosen.name == "NK_2.JPG"  # still the pinned item, now at 17:10:30
    assert dialog.pin_time.time() == QTime(17, 10, 30)


def test_opened_on_a_photo_it_is_ready_to_be_pinned(window: Any, qtbot: Any, tmp_path: Any) -> None:
    dlg = _opened_on_a_fuji_photo(window, qtbot, tmp_path)
    assert "XT_1.JPG" in dlg.pin_label.text()  # the photo chosen in the grid


def test_every_lane_can_be_scrolled_into_view_and_cut_titles_have_a_tooltip(
    qtbot: Any,
) -> None:
    """Five cameras on a 768 px screen: the timeline was squeezed to its scroll area and the
    lanes below the second were cut off with no scroll bar; a session's title cut to its
    band's width had no way to be read."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QScrollArea

    from smparchive.gui.views.timeline import Band, Lane, TimelineWidget

    start = datetime(2022, 6, 2, 7, 0, tzinfo=UTC)
    lanes = [Lane(f"cam{n}", f"Camera {n}", [start.replace(hour=8 + n)]) for n in range(5)]
    band = Band("National implementation in Belgium", "Salle Europa", start.replace(hour=8),
                start.replace(hour=9))  # fmt: skip
    timeline = TimelineWidget()
    scroll = QScrollArea()
    scroll.setWidget(timeline)
    scroll.setWidgetResizable(True)
    scroll.resize(900, 160)  # room for two lanes
    qtbot.addWidget(scroll)
    timeline.set_day(lanes, [band], start, start.replace(hour=13), ZoneInfo("Europe/Brussels"))
    scroll.show()
    qtbot.waitExposed(scroll)
    from smparchive.gui.views.timeline import AXIS_H, BAND_H

    # the lanes shrink to their smallest first (two lines of text), then the area scrolls
    assert timeline.lane_height() == timeline.min_lane_height()
    last_lane_bottom = AXIS_H + BAND_H + 5 * timeline.lane_height()
    assert timeline.height() >= last_lane_bottom  # nothing cut: the area scrolls instead
    assert scroll.verticalScrollBar().maximum() > 0
    plot_x = timeline._x(start.replace(hour=8, minute=30), timeline._plot())
    assert timeline.band_at(int(plot_x), 40) == band
    assert (
        timeline.band_text(band) == "National implementation in Belgium · Salle Europa\n10:00–11:00"
    )


def test_arrows_between_cameras_show_no_stale_item_and_come_back_to_the_photo(
    window: Any, qtbot: Any, tmp_path: Any
) -> None:
    """Down in the camera table changed camera and the pin row lost the photo chosen in the
    grid (Up did not bring it back), while its greyed field kept a time of the other
    camera's item. The field is blank with no item chosen, and back on the photo's camera
    the photo is chosen again."""
    from PySide6.QtCore import QTime

    dlg = _opened_on_a_fuji_photo(window, qtbot, tmp_path)  # XT_1 at 10:01 CEST
    assert dlg.pin_time.text() == "10:01:00"
    fuji = dlg.camera().key
    last = dlg.cameras.rowCount() - 1
    away, back = (Qt.Key.Key_Down, Qt.Key.Key_Up)
    if dlg.camera_view.currentIndex().row() == last:
        away, back = back, away
    qtbot.keyClick(dlg.camera_view, away)
    assert dlg.camera().key != fuji
    # at once, and once the other camera's preview is in: no item, no time
    for _moment in ("changed", "previewed"):
        assert not dlg.pin_button.isEnabled() and not dlg.pin_time.isEnabled()
        assert "Choose an item" in dlg.pin_label.text()
        assert dlg.pin_time.text().strip() == ""
        qtbot.waitUntil(lambda: len(dlg.shift_model.rows) > 0)
    qtbot.keyClick(dlg.camera_view, back)
    assert dlg.camera().key == fuji
    qtbot.waitUntil(lambda: dlg.pin_button.isEnabled())
    assert "XT_1.JPG" in dlg.pin_label.text()
    assert dlg.pin_time.time() == QTime(10, 1, 0) and dlg.pin_time.text() == "10:01:00"


def test_a_camera_without_correction_says_none(dialog: Any) -> None:
    """The Correction column was blank for a camera never corrected; the command line says
    'none', and so do the column and the summary."""
    nikon = _choose(dialog, "Z 6")
    row = dialog.cameras.rows.index(nikon)
    assert dialog.cameras.index(row, 4).data() == "none"
    assert "correction none → none" in dialog.summary.text()
    dialog.set_offset(3600)
    assert "correction none → +1 h" in dialog.summary.text()


def test_a_whole_time_typed_over_the_pin_field_pins(dialog: Any, qtbot: Any) -> None:
    """Ctrl+A then '17:10' and Enter in the pin field: typed, then pinned (it was ignored)."""
    from PySide6.QtCore import QTime

    _choose(dialog, "Z 6")
    qtbot.waitUntil(lambda: any(r.name == "NK_2.JPG" for r in dialog.shift_model.rows))
    n = next(i for i, r in enumerate(dialog.shift_model.rows) if r.name == "NK_2.JPG")
    dialog.shift_view.setCurrentIndex(dialog.shift_model.index(n, 0))
    assert dialog.pin_time.time() == QTime(16, 10, 0)
    qtbot.keyClick(dialog.pin_time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.pin_time, "17:10")
    qtbot.keyClick(dialog.pin_time, Qt.Key.Key_Return)
    assert dialog.pin_time.time() == QTime(17, 10, 0)
    assert dialog.offset() == 3600


def _opened_on_a_fuji_photo(window: Any, qtbot: Any, tmp_path: Any) -> Any:
    """Three photos of a FUJIFILM X-T4 from 10:00 CEST on day 2, the dialog opened on the
    second one (as from the grid), ready to pin it."""
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    moment = datetime(2022, 6, 2, 8, 0, tzinfo=UTC)  # 10:00 CEST
    ids = insert_items(
        window.catalog,
        tmp_path / "card",
        [
            {"name": f"XT_{n}.JPG", "capture_utc": moment + timedelta(minutes=n),
             "camera_make": "FUJIFILM", "camera_model": "X-T4", "sha256": f"{n + 1}" * 64}
            for n in range(3)
        ],
    )  # fmt: skip
    window.catalog.rederive_capture_times()
    dlg = ClockDialog(window.deps, [ids[1]])
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.pin_button.isEnabled())
    return dlg


def test_the_photo_being_pinned_is_shown_beside_the_time(
    window: Any, qtbot: Any, tmp_path: Any
) -> None:
    """To pin a photo to the time a slide in it shows, the user had to open it in the loupe
    before the dialog: the pin row named it only. Its picture is beside the time field."""
    import io

    from PIL import Image

    from smparchive.core.thumbcache import THUMB

    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 40, 40)).save(buf, "JPEG")
    window.catalog.thumbnails.put("2" * 64, THUMB, buf.getvalue())  # XT_1's
    dlg = _opened_on_a_fuji_photo(window, qtbot, tmp_path)
    qtbot.waitUntil(
        lambda: dlg.pin_picture.pixmap() is not None and not dlg.pin_picture.pixmap().isNull()
    )
    picture = dlg.pin_picture.pixmap().toImage()
    assert picture.width() <= dlg.pin_picture.width()
    assert picture.pixelColor(picture.width() // 2, picture.height() // 2).red() > 150
    assert dlg.pin_picture.toolTip() == "XT_1.JPG: click to enlarge"


def test_the_preview_marks_corrected_times_as_every_view_does(dialog: Any, qtbot: Any) -> None:
    """'16:10 (+1 h)' as in the grid: after Apply the Now column showed the corrected time
    with nothing to say it was corrected."""
    _choose(dialog, "Z 6")
    qtbot.waitUntil(lambda: len(dialog.shift_model.rows) == 6)
    model = dialog.shift_model

    def cells(column: int) -> list[str]:
        return [model.index(n, column).data() for n in range(model.rowCount())]

    assert not any("(" in text for text in cells(1) + cells(2))  # nothing corrected yet
    dialog.set_offset(3600)
    qtbot.waitUntil(lambda: all(r.new_utc != r.old_utc for r in model.rows))
    assert all(text.endswith(" (+1 h)") for text in cells(2)) and "(" not in cells(1)[0]
    dialog.apply_btn.click()
    qtbot.waitUntil(lambda: all(r.old_shift_s == 3600 for r in model.rows))
    assert all(text.endswith(" (+1 h)") for text in cells(1))


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_the_correction_fields_use_the_units_of_the_marks(
    window: Any, qapp: Any, language: str
) -> None:
    """In Dutch the hours field said '1 u' beside the cameras' '+1 h' and every time marked
    '(+1 h)': one dialog, two words for an hour. The fields' units are those of the marks."""
    from tests.gui.conftest import _interface

    from smparchive.gui import formatting as fmt
    from smparchive.gui.dialogs.clocks import ClockDialog

    interface = _interface(qapp, language)
    next(interface)
    try:
        dlg = ClockDialog(window.deps)
        mark = fmt.correction_value(3600 + 5 * 60 + 9)  # '+1 h 05 min 09 s'
        units = [w for w in mark.lstrip("+").split() if not w.isdigit()]
        fields = (dlg.hours, dlg.minutes, dlg.seconds)
        assert [f.suffix().strip() for f in fields] == units
        # a camera whose date went with its battery: days, in French 'j' (jours)
        days = fmt.correction_value(2 * 86400 + 3600)
        assert days == {"en": "+2 d 1 h", "fr": "+2 j 1 h", "nl": "+2 d 1 h"}[language]
        dlg.close()
    finally:
        next(interface, None)


def test_an_item_timed_by_an_xmp_sidecar_cannot_be_pinned(
    window: Any, qtbot: Any, tmp_path: Any
) -> None:
    """Its time is not the camera's clock (an archival package's corrected time): pinning it
    set the camera's correction from it. The pin row says why and offers no Pin."""
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    moment = datetime(2022, 6, 2, 8, 0, tzinfo=UTC)
    ids = insert_items(
        window.catalog,
        tmp_path / "bag",
        [
            {"name": f"XT_{n}.JPG", "capture_utc": moment + timedelta(minutes=n),
             "capture_local": (moment + timedelta(minutes=n)).replace(tzinfo=None),
             "capture_offset_min": 0, "capture_source": source,
             "camera_make": "FUJIFILM", "camera_model": "X-T4"}
            for n, source in enumerate(("exif", "xmp-sidecar"))
        ],
    )  # fmt: skip
    dlg = ClockDialog(window.deps, [ids[1]])
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "XT_1.JPG" in dlg.pin_label.text())
    assert dlg.pin_label.text() == (
        "Item XT_1.JPG takes its time from an XMP sidecar, not from the camera's clock: pin "
        "another item of this camera."
    )
    assert not dlg.pin_button.isEnabled() and not dlg.pin_time.isEnabled()
    dlg.pin()
    assert dlg.offset() == 0
    row = next(n for n, r in enumerate(dlg.shift_model.rows) if r.item_id == ids[0])
    dlg.shift_view.setCurrentIndex(dlg.shift_model.index(row, 0))
    assert dlg.pin_button.isEnabled()  # the camera's own photo pins


def test_a_long_recording_spans_its_hours_on_the_timeline(window: Any, tmp_path: Any) -> None:
    """A day's two-hour livestream showed as one bar at its start, like a photo, beside the
    sessions it runs through, and the day's axis could end before it did. It is drawn from
    its start to its end, and the axis reaches its end."""
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import TimelineWindow

    start = datetime(2022, 6, 2, 14, 0, tzinfo=UTC)  # 16:00 in Brussels, after the programme
    insert_items(
        window.catalog,
        tmp_path / "media",
        [{"name": "Livestream.mp4", "kind": "video", "mime": "video/mp4",
          "capture_utc": start, "duration_s": 7200.0}],
    )  # fmt: skip
    window.catalog.rederive_capture_times()
    dlg = TimelineWindow(window.deps)
    view = dlg.view
    combo = view.days
    combo.setCurrentIndex(combo.findData("2022-06-02"))
    combo.activated.emit(combo.currentIndex())
    timeline = view.timeline
    spans = [s for lane in timeline.lanes for s in lane.spans()]
    assert spans == [(start, start + timedelta(hours=2))]
    assert timeline.end is not None and timeline.end >= start + timedelta(hours=2)
    dlg.close()


def test_follows_an_undo_made_in_the_main_window_while_open(
    dialog: Any, window: Any, qtbot: Any
) -> None:
    """Before, Ctrl+Z in the main window took the correction back in the catalogue, and
    the open dialog went on showing +1 h, its lane where it no longer was."""
    nikon = _choose(dialog, "Z 6")
    dialog.set_offset(3600)
    dialog._apply()
    assert dialog.camera().offset_s == 3600
    window.undo_stack.undo()  # as Ctrl+Z in the main window
    qtbot.waitUntil(lambda: dialog.camera().offset_s == 0, timeout=5000)
    assert dialog.camera().key == nikon.key and dialog.offset() == 0
    row = dialog.cameras.rows.index(dialog.camera())
    assert "+1" not in str(dialog.cameras.index(row, 1).data(Qt.ItemDataRole.DisplayRole))
    assert dialog.day_view.current_date() == date(2022, 6, 2)
    dialog.set_offset(120)  # a correction being typed is not lost to a later redo
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: dialog.camera().offset_s == 3600, timeout=5000)
    assert dialog.offset() == 120


def test_a_lane_moved_out_of_the_hours_shown_draws_no_bar_over_the_names(dialog: Any) -> None:
    """A correction moving the camera's photos before the hours the day shows drew their
    bars over the lanes' names, on the left (-1 h: 500 pixels of bars there, -2 h: 1,985)."""
    from smparchive.gui.views.timeline import INSIDE, OUTSIDE

    _choose(dialog, "Z 6")
    timeline = dialog.day_view.timeline
    timeline.resize(1200, 300)
    bar_colours = {INSIDE.rgb(), OUTSIDE.rgb()}
    for hours in (-1, -2):
        dialog.set_offset(hours * 3600)
        image = timeline.grab().toImage()
        coloured = [
            (x, y)
            for x in range(0, timeline.label_width() - 2)
            for y in range(0, image.height())
            if image.pixelColor(x, y).rgb() in bar_colours
        ]
        # the only such pixels there: the orange "left out" count under the name (10)
        assert len(coloured) <= 40, hours


def test_timeline_window_follows_changes_made_while_it_is_open(window: Any, qtbot: Any) -> None:
    """It stays open beside the work; before, a correction applied (here from the main
    window's op runner, as Camera Clocks does) left it showing the day as it was opened."""
    from smparchive.gui.dialogs.clocks import TimelineWindow

    dlg = TimelineWindow(window.deps)
    timeline = dlg.view.timeline
    canon = next(lane for lane in timeline.lanes if lane.label == "Canon EOS R6")
    before = canon.count
    assert before > 0
    key = canon.key
    window.ops.run("Correct camera clock", lambda c: c.set_clock_offset(key, -30 * 3600))
    # the Canon's photos of 1 June now fall on 31 May: its lane on 1 June empties
    qtbot.waitUntil(
        lambda: all(lane.count == 0 for lane in timeline.lanes if lane.key == key), timeout=5000
    )
    assert dlg.view.current_date() == date(2022, 6, 1)  # the same day, read again
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: any(lane.count == before for lane in timeline.lanes if lane.key == key),
        timeout=5000,
    )
    dlg.close()


def test_the_lanes_take_the_keyboard_only_when_they_scroll(dialog: Any, qtbot: Any) -> None:
    """Tab from the cameras to the items went through the lanes' area, which showed no
    focus and did nothing while every lane was in view (h50's walk: four Tabs, one lost)."""
    from PySide6.QtCore import Qt

    dialog.resize(1300, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.day_view.lanes_area
    qtbot.waitUntil(lambda: bool(dialog.day_view.timeline.lanes))
    assert area.verticalScrollBar().maximum() == 0  # every lane in view
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    dialog.day_view.timeline.setMinimumHeight(2000)  # lanes that cannot all be shown
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert area.focusPolicy() == Qt.FocusPolicy.StrongFocus  # arrows scroll them


def test_timeline_window_opens_on_the_day_of_the_item_the_user_is_on(
    window: Any, qtbot: Any
) -> None:
    """Opened from a photo of a day 2 session, the timeline showed day 1."""
    from smparchive.gui.dialogs.clocks import TimelineWindow

    cat = window.catalog
    closing = next(s for s in cat.sessions() if s.title == "Closing")
    item = cat.query_ids()[1]  # on the first page, loaded
    cat.assign_items([item], closing.id)
    window.deps.browser.refresh()
    selection = window.deps.selection
    qtbot.waitUntil(lambda: window.store.cached(item) is not None)
    qtbot.waitUntil(lambda: window.store.cached(item).day_id == closing.day_id)
    selection.select_ids([item])
    assert [r.day_id for r in selection.records(limit=1)] == [closing.day_id]
    dlg = TimelineWindow(window.deps)
    assert dlg.view.current_date() == date(2022, 6, 2)
    dlg.close()


def test_a_summary_of_two_lines_moves_nothing_above_it(dialog: Any, qtbot: Any) -> None:
    """In French at 1366x768 a pin made the summary wrap onto a second line: the timeline
    lost that line, its lanes fell to one line each and the hours axis jumped ~80 px to the
    right just as the lane moved to show the correction."""
    dialog.resize(1300, 680)
    dialog.show()
    qtbot.waitExposed(dialog)
    _choose(dialog, "Z 6")
    dialog.summary.setText("Z 6: correction none → +1 h.")
    qtbot.wait(20)
    timeline = dialog.day_view.timeline
    before = (dialog.split.sizes(), timeline.label_width())
    dialog.summary.setText(" ".join(["Assigning to sessions afterwards would move 7 items."] * 3))
    qtbot.waitUntil(lambda: dialog.summary.height() >= 2 * dialog.summary.fontMetrics().height())
    qtbot.wait(20)
    assert (dialog.split.sizes(), timeline.label_width()) == before


@pytest.mark.parametrize("lanes_height", [40, 120])  # names and counts on one line, on two
def test_the_hours_stay_put_as_a_lane_moves_into_the_sessions(
    dialog: Any, lanes_height: int
) -> None:
    """The names' column was as wide as its longest text, "7 éléments · 2 en dehors" among
    them: a pin that brought those two into a session narrowed it, and the hours axis
    jumped ~70 px to the left under the lane being watched."""
    nikon = _choose(dialog, "Z 6")
    timeline = dialog.day_view.timeline
    timeline.lanes = [_lane(dialog, nikon.key)]  # (a longer camera name would set the width)
    timeline.resize(1300, 60 + lanes_height)
    timeline.set_shift(nikon.key, 5 * 3600)  # hours after the closing
    assert timeline.outside_count(nikon.key) == 6
    width = timeline.label_width()
    timeline.set_shift(nikon.key, 0)  # in the closing session
    assert timeline.outside_count(nikon.key) == 0
    assert timeline.label_width() == width
