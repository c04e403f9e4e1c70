"""Camera clock correction with a live timeline, and the timeline window on its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTime, QTimer
from PySide6.QtGui import QHideEvent, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.domain.assign import DEFAULT_TOLERANCE, ShiftRows, Slot
from smparchive.core.domain.timeline import near_windows
from smparchive.core.messages import problem
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts, wheel_guard
from smparchive.gui.dialogs.pin_picture import PinPicture
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, day_label, filled, interface_language, translate
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, preferred_size
from smparchive.gui.steady import keep_room
from smparchive.gui.tasks import TaskScope
from smparchive.gui.theme import quiet
from smparchive.gui.viewers.imaging import read_preview
from smparchive.gui.views.tables import tidy
from smparchive.gui.views.timeline import Band, Lane, TimelineWidget
from smparchive.gui.widgets.typed_time import TypedTimeEdit

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.deps import Deps
    from smparchive.gui.tasks import TaskHandle

Index = QModelIndex | QPersistentModelIndex
MAX_OFFSET_S = 48 * 3600  # the largest correction the dialog offers
PIN_SENTENCE_W = 640  # the pin row's explanation wraps at this width
SUMMARY_LINES = 3  # the summary's room: its longest sentence at 1366 px in French
SHIFT_ROWS_KEPT = 4  # the items' table keeps this many rows when the lanes need room
CAMERA_ROWS_KEPT = 2  # and the cameras' table this many, when the lanes need it still
_TOLERANCE_MIN = int(DEFAULT_TOLERANCE.total_seconds() // 60)  # the assignment's (the GUI's)


def camera_label(g: Any) -> str:
    make, model = g.make or "", g.model or ""
    if make and model.lower().startswith(make.split()[0].lower()):
        make = ""
    name = f"{make} {model}".strip() or translate("format", "Unknown camera")
    return f"{name} ({g.serial})" if getattr(g, "serial", None) else name


class CamerasModel(ListTableModel):
    """Cameras with their item counts, time range and clock correction."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CamerasModel", "Camera"),
        QT_TRANSLATE_NOOP("CamerasModel", "Items"),
        QT_TRANSLATE_NOOP("CamerasModel", "First"),
        QT_TRANSLATE_NOOP("CamerasModel", "Last"),
        QT_TRANSLATE_NOOP("CamerasModel", "Correction"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or index.row() >= len(self.rows)
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        g = self.rows[index.row()]
        return (
            camera_label(g),
            fmt.number(g.count),
            fmt.event_moment(g.first, zone=True),
            fmt.event_moment(g.last, zone=True),
            fmt.correction_value(g.offset_s),
        )[index.column()]


def _when(moment: datetime | None, shift_s: int = 0, event_id: int | None = None) -> str:
    """An item's time before or after the correction: its event's zone (that of its
    session's), like every view, and its correction marked as the grid marks it ('09:26
    (+1 h)'; after Apply the Now column showed the corrected time unmarked)."""
    text = fmt.event_moment(moment, "ddd d MMM " + fmt.TIME_PATTERN, event_id=event_id)
    return f"{text} ({fmt.correction_text(shift_s)})" if text and shift_s else text


class ShiftModel(ListTableModel):
    """Preview rows: item, old and new time, old and new session."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ShiftModel", "Item"),
        QT_TRANSLATE_NOOP("ShiftModel", "Now"),
        QT_TRANSLATE_NOOP("ShiftModel", "Corrected"),
        QT_TRANSLATE_NOOP("ShiftModel", "Session now"),
        QT_TRANSLATE_NOOP("ShiftModel", "Session after"),
    )

    def __init__(self, session_title: Any, session_event: Any = None) -> None:
        super().__init__()
        self.session_title = session_title
        # a session's event (its times in that event's zone), None for none or unknown
        self.session_event = session_event or (lambda _sid: None)

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Show ``rows``; a preview's rows (``ShiftRows``) are kept as they are, each made a
        record when a cell asks (copied into a list, a 200,000-item camera's were all made)."""
        if not isinstance(rows, ShiftRows):
            rows = list(rows)
        self.beginResetModel()
        self.rows = rows  # type: ignore[assignment]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # the cell asked for only: fitting the columns asks ~1,000 rows of each, and
            # formatting both times for every cell took ~0.8 s of the UI thread after each
            # preview of a 200,000-item camera
            if column == 0:
                return r.name
            if column == 1:
                return _when(r.old_utc, r.old_shift_s, self.session_event(r.old_session_id))
            if column == 2:
                return _when(r.new_utc, r.new_shift_s, self.session_event(r.new_session_id))
            return self.session_title(r.old_session_id if column == 3 else r.new_session_id)
        moved = r.new_session_id != r.old_session_id
        if role == Qt.ItemDataRole.FontRole and moved and column == 4:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        return None


@dataclass(frozen=True)
class DayChoice:
    """A date the timeline can show: a programme day, or a date only the camera knows."""

    date: date
    day_id: int | None  # None: no programme day on that date (yet)
    label: str | None  # the programme day's own label
    number: int | None  # 1-based position among the programme days
    camera_items: int = 0  # items of the chosen camera on that date
    names: tuple[tuple[str, str], ...] = ()  # its name in further languages


def _lane_label(make: str | None, model: str | None, serial: str | None, kind: str) -> str:
    name = camera_label(SimpleNamespace(make=make, model=model, serial=serial))
    if make or model:
        return name
    return fmt.kind_name(kind)


def load_day(
    catalog: Catalog,
    day_id: int | None = None,
    by: str = "camera",
    *,
    camera: Any = None,
    on_date: date | None = None,
) -> dict[str, Any]:
    """Lanes and session bands of one local date (worker thread).

    With a ``camera`` (a CameraGroup) the date defaults to the programme day holding most of
    its items (else its own busiest date, when no programme day matches yet), the camera's
    dates are offered besides the programme's, and the camera always has a lane.
    """
    zone = catalog.event_zone()
    # the days and sessions without their item counts (nothing here shows them): counting
    # them grouped the whole catalogue twice (~0.1 s at 1M, before the day was read)
    days = catalog.days(counts=False)
    counts: Counter[date] = Counter()
    if camera is not None:
        counts.update(catalog.camera_dates(camera.key, zone))
    choices = [
        DayChoice(d.date, d.id, d.label, n, counts[d.date], tuple(d.translations().items()))
        for n, d in enumerate(days, 1)
    ]
    known = {c.date for c in choices}
    choices += [DayChoice(d, None, None, None, n) for d, n in counts.items() if d not in known]
    choices.sort(key=lambda c: c.date)
    chosen = _choose(choices, day_id, on_date)
    day_event = {d.id: d.event_id for d in days}
    if chosen is not None and chosen.day_id in day_event:  # a second event's day: its time
        zone = catalog.event_zone(day_event[chosen.day_id])
    out: dict[str, Any] = {"days": choices, "day": chosen, "zone": zone, "camera": camera}
    out.update(lanes=[], bands=[], start=None, end=None)
    if chosen is None:
        return out
    lo = datetime.combine(chosen.date, time(0, 0), tzinfo=zone)
    hi = datetime.combine(chosen.date + timedelta(days=1), time(0, 0), tzinfo=zone)
    # each session as the sidebar names it: in the interface's language when the
    # programme has it so
    shown_in = interface_language()
    bands = [
        Band(s.title_in(shown_in), s.text_in("room", shown_in), s.start, s.end)
        for s in catalog.sessions(counts=False)
        if s.start < hi and s.end > lo
    ]
    # Counted by the catalogue (a day may hold 250,000 items): the left-out ones against
    # these sessions, as the timeline measures them; the chosen camera's items one by one,
    # as its lane moves with the correction typed
    near = near_windows([Slot(0, b.title, b.room, b.start, b.end) for b in bands])
    mine = camera.key if camera is not None and by == "camera" else None
    lanes: dict[str, Lane] = {}
    for lane in catalog.timeline_lanes(lo, hi, by, near=near, one_by_one=mine):
        if by == "camera":  # a lane's label depends on its key alone
            lane.label = _lane_label(lane.make, lane.model, lane.serial, lane.kind or "")
        else:
            lane.label = fmt.kind_name(lane.key)
        lanes[lane.key] = lane
    if camera is not None and by == "camera" and camera.key not in lanes:
        # the chosen camera keeps a lane on any date: an empty one says "nothing here yet"
        lanes[camera.key] = Lane(camera.key, camera_label(camera))
    moments = [t for lane in lanes.values() for t in lane.moments()]
    moments += [end for lane in lanes.values() for _, end in lane.spans()]
    moments += [b.start for b in bands] + [b.end for b in bands]
    start, end = _window(moments or [lo + timedelta(hours=9)], lo, hi)
    ordered = sorted(lanes.values(), key=lambda x: (camera is None or x.key != camera.key, x.label))
    out.update(lanes=ordered, bands=bands, start=start, end=end)
    return out


def _choose(choices: list[DayChoice], day_id: int | None, on_date: date | None) -> DayChoice | None:
    if on_date is not None:
        found = next((c for c in choices if c.date == on_date), None)
        if found is not None:
            return found
    if day_id is not None:
        found = next((c for c in choices if c.day_id == day_id), None)
        if found is not None:
            return found
    mine = [c for c in choices if c.camera_items]
    if mine:  # the camera's busiest programme day, else its busiest date
        return max(mine, key=lambda c: (c.day_id is not None, c.camera_items, -c.date.toordinal()))
    return choices[0] if choices else None


def _window(moments: list[datetime], lo: datetime, hi: datetime) -> tuple[datetime, datetime]:
    """The hours worth showing: the date's sessions and items, whole hours, within the date."""
    start = max(lo, min(moments) - timedelta(minutes=30))
    end = min(hi, max(moments) + timedelta(minutes=30))
    start = start.replace(minute=0, second=0, microsecond=0)
    end = end.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    return start, end


class _DayTimeline(QWidget):
    """A day selector above a timeline (shared by both windows)."""

    def __init__(self, w: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.w = w
        self.camera: Any = None  # the camera whose days and lane are shown (clock dialog)
        self.days = QComboBox()
        self.days.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.days.activated.connect(self._reload_same)
        self.by = QComboBox()
        self.by.addItem(self.tr("One lane per camera"), "camera")
        self.by.addItem(self.tr("One lane per kind"), "kind")
        self.by.activated.connect(self._reload_same)
        self.timeline = TimelineWidget()
        self.legend = QLabel(
            self.tr(
                "Bars: items per 5 minutes, a recording in each 5 minutes it runs through; "
                "a line under them: a recording, start to end. "
                "Blue: in or near a session; orange: no session within %Ln minutes (the "
                "assignment leaves them out).",
                None,
                _TOLERANCE_MIN,
            )
        )
        quiet(self.legend)
        self.legend.setWordWrap(True)  # one line where there is room; never wider than it
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.days, 1)
        top.addWidget(self.by)
        self.lanes_area = scroll = QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        # a Tab stop only while its lanes overflow (arrows then scroll them): with every
        # lane in view it took the keyboard and showed nothing, one Tab "lost" on the way
        # from the cameras to the items
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.verticalScrollBar().rangeChanged.connect(self._scrolls)
        scroll.setObjectName("timelineLanes")  # and when it has the keyboard, it shows it
        scroll.setStyleSheet("#timelineLanes:focus { border: 1px solid palette(highlight); }")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(top)
        col.addWidget(scroll, 1)
        col.addWidget(self.legend)
        self.on_loaded: Any = None
        # the reading under way and what it was asked: Camera Clocks asked for its camera's
        # day twice on opening (the camera chosen, then chosen again), and the two readings
        # of a 250,000-item day shared the cores: the lanes came after ~3.5 s instead of ~1
        self._reading: TaskHandle | None = None
        self._asked: tuple[Any, ...] | None = None
        # the day read ahead for the camera of some items (:meth:`read_ahead`), and the
        # reading it stood for once shown (asked again at once: not read twice)
        self._ahead: dict[str, Any] | None = None
        self._shown_ahead: tuple[Any, ...] | None = None

    def lanes_height(self) -> int:
        """The height that shows every lane of the day without scrolling."""
        frame = self.height() - self.lanes_area.viewport().height()
        return int(frame + self.timeline.sizeHint().height())

    def _scrolls(self, low: int, high: int) -> None:
        policy = Qt.FocusPolicy.StrongFocus if high > low else Qt.FocusPolicy.NoFocus
        self.lanes_area.setFocusPolicy(policy)

    def _reload_same(self, _index: int = 0) -> None:
        self.load(camera=self.camera, on_date=self.current_date())

    def load(
        self, day_id: int | None = None, *, camera: Any = None, on_date: date | None = None
    ) -> bool:
        """Show a day (by id or date); with ``camera``, that camera's days and lane. False
        when its lanes, read ahead, are shown already (none are to come)."""
        self.camera = camera
        catalog, by = self.w.catalog, self.by.currentData() or "camera"
        asked = (day_id, by, camera, on_date)
        shown_ahead, self._shown_ahead = self._shown_ahead, None
        if shown_ahead == asked:
            return False
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            if day_id is None and on_date is None and by == "camera" and camera is not None:
                self._take_ahead(ahead, asked)
                return True
            if ahead["handle"].running:
                ahead["handle"].cancel()
        if self._reading is not None and self._reading.running:
            if self._asked == asked:
                return True  # the same day is being read: its lanes come once
            self._reading.cancel()  # superseded: its lanes would only be dropped
        self._asked = asked

        def work(ctx: Any) -> dict[str, Any]:
            with catalog.interruptible(ctx.cancel_token):
                data = load_day(catalog, day_id, by, camera=camera, on_date=on_date)
            ctx.raise_if_cancelled()
            return data

        self._reading = self.w.runner.submit(
            work,
            label=translate("Tasks", "Reading the timeline"),
            on_done=lambda data: self._arrived(asked, data),
            owner=self,
        )
        return True

    def read_ahead(self, item_ids: Sequence[int]) -> None:
        """Read the day of the camera most of ``item_ids`` came from while Camera Clocks
        reads its cameras (opened on those items); the :meth:`load` of that camera that
        follows takes it over. One after the other, the cameras (~0.15 s at 1M) came before
        the day (~0.9 s)."""
        catalog = self.w.catalog

        def work(ctx: Any) -> dict[str, Any] | None:
            with catalog.interruptible(ctx.cancel_token):
                key = catalog.camera_of_items(item_ids)
                if key is None:
                    return None
                # its key is all the reading asks of the camera (its label, when it has
                # no lane, is set when it is shown)
                camera = SimpleNamespace(key=key, make=None, model=None, serial=None)
                data = load_day(catalog, None, "camera", camera=camera)
            ctx.raise_if_cancelled()
            return data

        if self._ahead is not None and self._ahead["handle"].running:
            self._ahead["handle"].cancel()
        ahead: dict[str, Any] = {"done": False, "data": None, "taken": None}
        ahead["handle"] = self.w.runner.submit(
            work,
            label=translate("Tasks", "Reading the timeline"),
            on_done=lambda data: self._ahead_arrived(ahead, data),
            owner=self,
        )
        self._ahead = ahead

    def _take_ahead(self, ahead: dict[str, Any], asked: tuple[Any, ...]) -> None:
        """The day read ahead stands for the reading ``asked`` (of a camera, no date)."""
        if self._reading is not None and self._reading.running:
            self._reading.cancel()
        self._asked = asked
        if not ahead["done"]:  # still being read: shown when it comes
            ahead["taken"] = asked
            self._reading = ahead["handle"]
            return
        self._reading = None
        self._show_ahead(asked, ahead["data"])

    def _ahead_arrived(self, ahead: dict[str, Any], data: dict[str, Any] | None) -> None:
        ahead["done"], ahead["data"] = True, data
        asked = ahead["taken"]
        if asked is not None and self._asked == asked:  # taken over: shown now
            self._reading = None
            self._show_ahead(asked, data)

    def _show_ahead(self, asked: tuple[Any, ...], data: dict[str, Any] | None) -> None:
        day_id, _by, camera, on_date = asked
        if data is None or data["camera"].key != camera.key:
            # another camera was chosen (or the items had none): read as asked
            self._asked = None
            self.load(day_id, camera=camera, on_date=on_date)
            return
        data["camera"] = camera
        for lane in data["lanes"]:
            if lane.key == camera.key and not lane.count:  # the empty lane, as load_day names it
                lane.label = camera_label(camera)
        # the dialog asks for its camera's day twice in a row on opening: the same reading
        # asked again next is this one
        self._shown_ahead = asked
        self._loaded(data)

    def _arrived(self, asked: tuple[Any, ...], data: dict[str, Any]) -> None:
        # a day asked for before the last one (finished before it could be stopped) is
        # not shown: the lanes of the camera chosen last come next
        if self._asked == asked:
            self._loaded(data)

    def stop(self) -> None:
        """Stop the reading under way (the window closed): its lanes are not shown."""
        if self._reading is not None and self._reading.running:
            self._reading.cancel()
        if self._ahead is not None and self._ahead["handle"].running:
            self._ahead["handle"].cancel()
        self._reading = self._asked = self._ahead = self._shown_ahead = None

    def day_text(self, c: DayChoice) -> str:
        """'Day 1 · Wed 1 Jun 2022 · 12 of this camera' for the day selector."""
        when = fmt.day(c.date, "ddd " + fmt.DATE_PATTERN)
        if c.day_id is not None:
            name = day_label(c.label, c.number or 0, dict(c.names))
            text = f"{name} · {when}"
        else:
            text = self.tr("%1 (not a programme day)").replace("%1", when)
        if c.camera_items:
            text += " · " + self.tr("%Ln of this camera", None, c.camera_items)
        return text

    def current_date(self) -> date | None:
        data = self.days.currentData()
        return date.fromisoformat(data) if isinstance(data, str) else None

    def _loaded(self, data: dict[str, Any]) -> None:
        self.days.blockSignals(True)
        self.days.clear()
        for c in data["days"]:
            self.days.addItem(self.day_text(c), c.date.isoformat())
            if c.camera_items:  # the chosen camera's dates stand out
                font = self.days.font()
                font.setBold(True)
                self.days.setItemData(self.days.count() - 1, font, Qt.ItemDataRole.FontRole)
        if data["day"] is not None:
            self.days.setCurrentIndex(self.days.findData(data["day"].date.isoformat()))
        self.days.blockSignals(False)
        if data["start"] is None:
            self.timeline.set_day([], [], datetime.now(), datetime.now())
            self.timeline.start = None
            self.timeline.update()
        else:
            self.timeline.set_day(
                data["lanes"], data["bands"], data["start"], data["end"], data["zone"]
            )
            camera = data.get("camera")
            self.timeline.highlight = camera.key if camera is not None else None
        if callable(self.on_loaded):
            self.on_loaded()


def _day_of_selection(w: Deps) -> int | None:
    """The programme day of the item the user is on (None: the first day). The timeline
    opened on day 1 from a photo of a day 2 session, the day the work was about one pick
    away in its list."""
    records = w.selection.records(limit=1)
    return records[0].day_id if records else None


class TimelineWindow(FittedDialog):
    """The timeline of each day, non-modal."""

    def __init__(self, w: Deps) -> None:
        super().__init__(w.parent)
        self.setWindowTitle(self.tr("Timeline"))
        self.resize(1100, 520)
        self.view = _DayTimeline(w, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.view, 1)
        col.addWidget(buttons)
        # It stays open beside the work: a correction applied or undone, items assigned,
        # a programme imported or a scan's items show in it once the changes pause (before,
        # it kept the day as it was when opened)
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(800)
        self._again.timeout.connect(lambda: self.view.load(on_date=self.view.current_date()))
        w.ops.changes.connect(self._changed)  # bound: dropped with the window
        self.view.load(_day_of_selection(w))

    def _changed(self, _changes: Any) -> None:
        self._again.start()

    @classmethod
    def show_for(cls, w: Deps) -> TimelineWindow:
        dlg = cls(w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg


class _PinTime(TypedTimeEdit):
    """The time an item really shows; Enter pins it (and does not apply the correction)."""

    def __init__(self, on_enter: Any) -> None:
        super().__init__()
        self.setDisplayFormat("HH:mm:ss")
        self._on_enter = on_enter

    def show_time(self, moment: QTime | None) -> None:
        """Show ``moment``, or nothing: with no item chosen the greyed field showed the
        time of an item chosen before (another camera's)."""
        # a QTimeEdit always holds a time: its minimum shown as a blank stands for none
        self.setSpecialValueText("" if moment is not None else " ")
        self.setTime(moment if moment is not None else self.minimumTime())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self._on_enter()
            event.accept()
            return
        super().keyPressEvent(event)


class ClockDialog(FittedDialog):
    """Pick a camera, adjust its offset: the timeline and the preview follow live."""

    def __init__(self, w: Deps, item_ids: Sequence[int] = ()) -> None:
        super().__init__(w.parent)
        self.w = w
        # opened on some items (a scan's new card, the selection): their camera comes first
        self._item_ids = list(item_ids)
        # the photo chosen in the grid: ready to be pinned whenever its camera is chosen
        self._opened_on = list(item_ids)
        self.setWindowTitle(self.tr("Camera Clocks"))
        # wide enough on a large screen for the items' table beside the pinned picture
        self.resize(preferred_size(self, 1500, 860))
        self.cameras = CamerasModel()
        self.camera_view = QTableView()
        self.camera_view.setModel(self.cameras)
        tidy(
            self.camera_view,
            stretch=0,
            single=True,
        )
        self.camera_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._camera_changed()
        )

        self.hours = QSpinBox()
        self.hours.setRange(-MAX_OFFSET_S // 3600, MAX_OFFSET_S // 3600)
        self.hours.setSuffix(self.tr(" h"))
        self.minutes = QSpinBox()
        self.minutes.setRange(-59, 59)
        self.minutes.setSuffix(self.tr(" min"))
        self.seconds = QSpinBox()
        self.seconds.setRange(-59, 59)
        self.seconds.setSuffix(self.tr(" s"))
        for spin in (self.hours, self.minutes, self.seconds):
            spin.valueChanged.connect(self._offset_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # room for its longest form from the start: a pin's longer sentence (French, 1366
        # px) wrapped onto another line and the lanes gave it their height (their hours
        # then jumped ~80 px as the lane moved)
        self.summary.setMinimumHeight(SUMMARY_LINES * self.summary.fontMetrics().lineSpacing())
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        offset_row = QHBoxLayout()
        offset_row.addWidget(QLabel(self.tr("Correction (added to what the camera wrote):")))
        for spin in (self.hours, self.minutes, self.seconds):
            offset_row.addWidget(spin)
        reset = QPushButton(self.tr("Reset"))
        reset.clicked.connect(lambda: self.set_offset(0))
        offset_row.addWidget(reset)
        offset_row.addStretch(1)

        self.day_view = _DayTimeline(w)
        self.day_view.on_loaded = self._day_loaded
        self.shift_model = ShiftModel(
            lambda sid: w.session_titles.get(sid, "—") if sid else "—",
            lambda sid: next((s.event_id for s in w.sessions if s.id == sid), None),
        )
        self.shift_view = QTableView()
        self.shift_view.setModel(self.shift_model)
        tidy(self.shift_view, stretch=3)
        self.shift_view.selectionModel().currentRowChanged.connect(lambda *_: self._pick_row())
        # pin: the item chosen in the table was really taken at the time it shows (a slide
        # on screen, a clock in the picture); the correction follows, the timeline moves
        self.pin_time = _PinTime(self.pin)
        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.clicked.connect(self.pin)
        self.pin_label = QLabel()
        # the chosen item's picture: the time it shows (a slide's clock) is read here, not in
        # another window; beside the items' table and the pin row, as tall as they are
        self.pin_picture = PinPicture()
        self.tasks = TaskScope(w.runner, self)
        self._picture_key: str | None = None  # the thumbnail it shows or waits for
        if w.thumbs is not None:
            w.thumbs.loaded.connect(self._picture_loaded)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin_time)
        pin_row.addWidget(self.pin_button)
        pin_row.addStretch(1)
        self._pinned_item: int | None = None
        self._shown_key: str | None = None  # the camera whose items the preview lists
        self._pick_row()

        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.camera_view)
        split.addWidget(self.day_view)
        # below the lanes: the items, the correction, the pin and what they do, beside the
        # chosen item's picture
        self.rows_box = QWidget()
        rows = QVBoxLayout(self.rows_box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(offset_row)
        rows.addLayout(pin_row)
        rows.addWidget(self.summary)
        items = self._items_column = QVBoxLayout()
        items.setContentsMargins(0, 0, 0, 0)
        items.addWidget(self.shift_view, 1)
        items.addWidget(self.rows_box)
        below = QWidget()
        beside = QHBoxLayout(below)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addLayout(items, 1)
        beside.addWidget(self.pin_picture)
        split.addWidget(below)
        split.setSizes([100, 330, 330])  # the items, the pin and its summary below
        # the lanes stay in sight when the room changes (the chosen item's picture shown
        # below, the window resized)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_lanes)
        split.installEventFilter(self)
        self.buttons = QDialogButtonBox()
        self.apply_btn = self.buttons.addButton(
            self.tr("Apply Correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_btn.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(split, 1)
        col.addWidget(self.buttons)
        # Enter applies, also when the dialog opens with nothing to apply yet (Apply off):
        # left to settle_default, Close would take Enter after the correction was typed.
        # Set once the button is in the dialog, which then keeps it as its default.
        self.apply_btn.setDefault(True)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self._preview)
        self._previewing: TaskHandle | None = None  # the preview under way
        self._preview_after_day = False  # the camera's preview waits for its day's lanes
        self._loading = False
        self._keep_key: str | None = None
        self._keep_date: date | None = None
        self._typed: int | None = None  # a correction typed, kept through a reload
        self._items: Any = None  # the camera's items the last preview read (CameraItems)
        self._items_generation = 0  # counts the catalogue's changes seen
        # Ctrl+Z in the main window, or a teammate's correction, while the dialog is open:
        # its cameras' corrections are read again (once the changes pause) and, when one
        # differs from what the dialog shows, it reloads; before, it kept showing the
        # correction the undo had just taken back, and its lane where it no longer was
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(400)
        self._recheck.timeout.connect(self._recheck_corrections)
        self.w.ops.changes.connect(self._catalogue_changed)  # bound: dropped with the dialog
        wheel_guard.guard(self)  # the wheel moves a correction only once it is chosen
        self.reload()

    @classmethod
    def show_for(cls, w: Deps, item_ids: Sequence[int] = ()) -> ClockDialog | None:
        """Open the dialog; with ``item_ids``, on the camera most of them came from."""
        dlg = cls(w, item_ids)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def reload(self, keep: str | None = None) -> None:
        """Read the cameras again; ``keep`` (a camera key) stays chosen, on the same date."""
        self._keep_key = keep
        self._keep_date = self.day_view.current_date() if keep else None
        self._items = None  # read again with the cameras (after Apply too)
        self._items_generation += 1
        catalog, ids = self.w.catalog, self._item_ids
        self._item_ids = []  # only the first reading opens on the items' camera
        if ids and keep is None:  # their camera's day is read meanwhile
            self.day_view.read_ahead(ids)

        def work(_c: Any) -> tuple[list[Any], str | None]:
            return catalog.cameras(), catalog.camera_of_items(ids) if ids else None

        self.w.runner.submit(
            work, label=translate("Tasks", "Reading the cameras"), on_done=self._cameras
        )

    def _cameras(self, found: tuple[list[Any], str | None]) -> None:
        """Fill the camera list, staying on the camera that was chosen (after Apply too),
        or opening on the camera of the items the dialog was opened on."""
        groups, of_items = found
        typed, self._typed = self._typed, None
        keep = self._keep_key or of_items
        self._keep_key = None
        # the items with no camera share no clock (core refuses to correct them)
        self.cameras.set_rows([g for g in groups if g.make or g.model])
        keys = [g.key for g in self.cameras.rows]
        row = keys.index(keep) if keep in keys else 0
        if self.cameras.rowCount():
            self.camera_view.selectRow(row)
            self.camera_view.scrollTo(self.cameras.index(row, 0))
        self._camera_changed()
        if typed is not None and self.camera() is not None and self.camera().key == keep:
            self.set_offset(typed)  # the correction being typed, over the one now stored

    def _catalogue_changed(self, changes: Any) -> None:
        # any change (here, in the main window, a teammate's) may be one of the camera's
        # items: the next preview reads them again
        self._items = None
        self._items_generation += 1
        if changes.items:  # a correction re-dates its camera's items
            self._recheck.start()

    def _recheck_corrections(self) -> None:
        catalog = self.w.catalog
        self.w.runner.submit(
            lambda _c: catalog.cameras(),
            label=translate("Tasks", "Reading the cameras"),
            on_done=self._corrections_read,
        )

    def _corrections_read(self, groups: list[Any]) -> None:
        shown = {g.key: g.offset_s for g in self.cameras.rows}
        stored = {g.key: g.offset_s for g in groups if g.key in shown}
        if stored == shown:
            return
        g = self.camera()
        if g is not None and self.offset() != g.offset_s:
            self._typed = self.offset()  # what the person is typing stays
        self.reload(keep=g.key if g is not None else None)

    def camera(self) -> Any:
        row = self.camera_view.currentIndex().row()
        return self.cameras.rows[row] if 0 <= row < len(self.cameras.rows) else None

    def offset(self) -> int:
        return self.hours.value() * 3600 + self.minutes.value() * 60 + self.seconds.value()

    def set_offset(self, seconds: int) -> None:
        self._loading = True
        sign = -1 if seconds < 0 else 1
        s = abs(seconds)
        self.hours.setValue(sign * (s // 3600))
        self.minutes.setValue(sign * (s % 3600 // 60))
        self.seconds.setValue(sign * (s % 60))
        self._loading = False
        self._offset_changed()

    def _camera_changed(self) -> None:
        self._pinned_item = None
        g = self.camera()
        self._offer_apply()
        if g is None:
            return
        if g.key != self._shown_key:
            # another camera's items (and the one chosen) are not this one's preview: the
            # pin row showed that item and its time until the new preview came
            self._shown_key = g.key
            self.shift_model.set_rows([])
            self._pick_row()
        self.set_offset(g.offset_s)
        # the camera's items (the preview of its correction as it is) come after its day's
        # lanes: read at once, the two shared the cores and the lanes of a 250,000-item day
        # came ~1 s later at 1M; a correction typed meanwhile is previewed at once
        self._preview_timer.stop()
        self._preview_after_day = True
        on_date, self._keep_date = self._keep_date, None
        if not self.day_view.load(camera=g, on_date=on_date):  # the camera's day, its lane
            # shown already (read ahead): its preview started with it
            self._preview_after_day = False

    def _offer_apply(self) -> None:
        """Apply only for a correction other than the camera's: with '+1 h → +1 h' it was
        the default button still, and Enter made an empty step to undo."""
        g = self.camera()
        self.apply_btn.setEnabled(g is not None and self.offset() != g.offset_s)

    def _offset_changed(self) -> None:
        if self._loading:
            return
        self._offer_apply()
        self._apply_shift()
        self._preview_after_day = False
        self._preview_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.split and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
            self.pin_picture.fit()  # wider or narrower with the window
        return super().eventFilter(watched, event)

    def _day_loaded(self) -> None:
        self._apply_shift()
        self._fit_lanes()
        if self._preview_after_day:
            self._preview_after_day = False
            self._preview()

    def _fit_lanes(self) -> None:
        """Every lane of the day in sight: at 1366x768 the lower lanes (another camera's)
        needed scrolling. The timeline takes the room it lacks from the cameras' table down
        to its rows, then from the items' table down to a few rows."""
        cam, day, shift = self.split.sizes()
        if day <= 0:
            return

        def rows_height(view: QTableView, rows: int) -> int:
            row = view.verticalHeader().defaultSectionSize()
            return int(view.horizontalHeader().height() + rows * row + 2 * view.frameWidth())

        # The cameras' table shows whole rows, the rest goes to the lanes: squeezed by the
        # screen (1366x768, the chosen item's picture shown), it showed a sliver of the
        # first camera above the others.
        row = self.camera_view.verticalHeader().defaultSectionSize()
        rows = max(1, (cam - rows_height(self.camera_view, 0)) // row)
        if rows_height(self.camera_view, rows) < self.camera_view.minimumSizeHint().height():
            rows += 1  # the splitter keeps a table its minimum: one row more, from the lanes
        whole = rows_height(self.camera_view, rows)
        if whole != cam and day + cam - whole > 0:
            cam, day = whole, day + cam - whole
        short = self.day_view.lanes_height() - day
        if short <= 0:
            self._set_split(cam, day, shift)
            return

        spare_cam = max(0, cam - rows_height(self.camera_view, max(1, self.cameras.rowCount())))
        # the pane holds the rows below the items' table too (correction, pin, summary)
        under = self.rows_box.sizeHint().height() + self._items_column.spacing()
        spare_shift = max(0, shift - under - rows_height(self.shift_view, SHIFT_ROWS_KEPT))
        from_cam = min(short, spare_cam)
        from_shift = min(short - from_cam, spare_shift)
        cam, day, shift = cam - from_cam, day + from_cam + from_shift, shift - from_shift
        # Lanes shrink to fit (TimelineWidget.lane_height); when even their smallest does
        # not (six cameras at 768 px), the cameras' table gives room down to a few rows
        # (the chosen camera stays scrolled into view): a lane cut by a few pixels asked
        # to scroll for it.
        frame = self.day_view.lanes_height() - self.day_view.timeline.sizeHint().height()
        lacking = frame + self.day_view.timeline.minimumHeight() - day
        if lacking > 0:
            floor = rows_height(self.camera_view, min(CAMERA_ROWS_KEPT, self.cameras.rowCount()))
            more = min(lacking, max(0, cam - floor))
            cam, day = cam - more, day + more
        self._set_split(cam, day, shift)

    def _set_split(self, cam: int, day: int, shift: int) -> None:
        if self.split.sizes() != [cam, day, shift]:
            self.split.setSizes([cam, day, shift])
        for view in (self.camera_view, self.shift_view):  # the chosen rows stay in sight
            current = view.currentIndex()
            if current.isValid():
                view.scrollTo(current)

    def _apply_shift(self) -> None:
        """Move the camera's lane by the change from its current correction (live)."""
        g = self.camera()
        if g is None:
            return
        delta = self.offset() - g.offset_s
        self.day_view.timeline.set_shift(g.key, delta)
        outside = self.day_view.timeline.outside_count(g.key)
        # each count in its own piece, with its own plural forms
        self.summary.setText(
            filled(
                self.tr("%1: correction %2 → %3; %4 (%5)."),
                camera_label(g),
                fmt.correction_value(g.offset_s),
                fmt.correction_value(self.offset()),
                self.tr(
                    "%Ln of its items on this day would be left out of every session",
                    None,
                    outside,
                )
                if outside
                # ("0 of its items ... would be left out": French took the singular)
                else self.tr("none of its items on this day would be left out of every session"),
                self.tr("none within %Ln minutes", None, _TOLERANCE_MIN),
            )
        )

    def _preview(self) -> None:
        g = self.camera()
        if g is None:
            return
        catalog, key, offset = self.w.catalog, g.key, self.offset()
        # the camera's items as the last preview read them, while the catalogue has not
        # changed since: each step of a correction typed re-read and converted a
        # 200,000-item camera's rows (~0.4 s of the ~1 s a preview took at 1M)
        known = self._items if self._items is not None and self._items.camera_key == key else None
        generation = self._items_generation

        def work(ctx: Any) -> tuple[Any, Any]:
            with catalog.interruptible(ctx.cancel_token):
                items = known or catalog.clock_items(key, cancel=ctx.cancel_token)
                return items, catalog.preview_clock(
                    key, offset, cancel=ctx.cancel_token, progress=ctx.progress, items=items
                )

        def done(got: tuple[Any, Any]) -> None:
            if generation == self._items_generation:  # nothing changed meanwhile
                self._items = got[0]
            self._previewed(key, offset, got[1])

        # The preview of the correction before is of no use any more: stopped, not left
        # to finish (200,000 items take seconds; five steps of the correction queued them).
        self._stop_preview()
        self._previewing = self.w.runner.submit(
            work,
            label=translate("Tasks", "Previewing the clock correction"),
            on_done=done,
            owner=self,
        )

    def _stop_preview(self) -> None:
        if self._previewing is not None and self._previewing.running:
            self._previewing.cancel()
        self._previewing = None

    def hideEvent(self, event: QHideEvent) -> None:
        self._preview_timer.stop()
        self._stop_preview()  # closed: nobody waits for the preview any more
        if not event.spontaneous():  # closed, not minimised: its day is not shown again
            self.day_view.stop()
        super().hideEvent(event)

    def _previewed(self, key: str, offset: int, preview: Any) -> None:
        g = self.camera()
        if g is None or g.key != key or offset != self.offset():
            return
        chosen = self._chosen_row()
        keep = chosen.item_id if chosen is not None else self._pinned_item
        rows = preview.rows
        self.shift_model.set_rows(rows)
        # the ids and the count without a record made per row (200,000 of a camera at 1M)
        ids: list[Any] = (
            rows.item_ids() if isinstance(rows, ShiftRows) else [r.item_id for r in rows]
        )
        if keep not in ids:  # back on the camera of the photo chosen in the grid: chosen again
            keep = next((i for i in self._opened_on if i in ids), None)
        if keep in ids:  # the item chosen (or just pinned) stays chosen
            self.shift_view.setCurrentIndex(self.shift_model.index(ids.index(keep), 0))
        self._pick_row()
        moved = preview.moved_sessions
        self.summary.setText(
            # the correction moves no item by itself: the next assignment does
            self.summary.text()
            + " "
            + (
                self.tr("Assigning to sessions afterwards would move %Ln items.", None, moved)
                if moved
                else self.tr("Assigning to sessions afterwards would move none of them.")
            )
        )

    # -- pinning ------------------------------------------------------------------------
    def _chosen_row(self) -> Any:
        row = self.shift_view.currentIndex().row()
        rows = self.shift_model.rows
        return rows[row] if 0 <= row < len(rows) and rows[row].new_utc is not None else None

    def _pick_row(self) -> None:
        """The pin row names the chosen item and starts from its corrected time."""
        r = self._chosen_row()
        self.pin_time.setEnabled(r is not None)
        self.pin_button.setEnabled(r is not None)
        self._show_picture(r)
        if r is None:
            self.pin_label.setText(self.tr("Choose an item above to pin it to the time it shows."))
            self.pin_time.show_time(None)
            return
        if not getattr(r, "camera_clock", True):
            # its time is an XMP sidecar's, not the camera's clock: pinning it would set a
            # wrong correction (the core refuses it too)
            self.pin_time.setEnabled(False)
            self.pin_button.setEnabled(False)
            self.pin_time.show_time(None)
            said = problem("time.not_camera_clock", value=r.name)
            text = problem_texts.sentence(said)
            # a sentence: it wraps rather than widen the dialog, on lines of a readable length
            self.pin_label.setWordWrap(True)
            wide = self.pin_label.fontMetrics().horizontalAdvance(text)
            self.pin_label.setMinimumWidth(min(wide, PIN_SENTENCE_W))
            self.pin_label.setText(text)
            return
        self.pin_label.setWordWrap(False)
        self.pin_label.setMinimumWidth(0)
        self.pin_label.setText(self.tr("%1 was really taken at:").replace("%1", r.name))
        local = r.new_utc.astimezone(self._row_zone(r))
        self.pin_time.show_time(QTime(local.hour, local.minute, local.second))

    def _show_picture(self, r: Any) -> None:
        """The chosen item's picture beside the pin field: its thumbnail at once when loaded,
        then its preview (read in the background: sharp enough to read a clock)."""
        # no empty box while the camera lists no item: its width goes to the tables; once
        # items are listed its room is kept, as choosing one shows its picture: the table
        # narrowed under the pointer
        keep_room(self.pin_picture, bool(self.shift_model.rows))
        self.pin_picture.setVisible(r is not None)
        key = getattr(r, "picture_key", None) if r is not None else None
        if key == self._picture_key and self.pin_picture.image is not None:
            return  # the same item's picture is shown already (its preview, maybe)
        self._picture_key = key
        thumbs = self.w.thumbs
        pix = thumbs.pixmap(key, beside_grid=True) if key and thumbs is not None else None
        thumb = pix.toImage() if pix is not None else None
        self.pin_picture.show_image(thumb, r.name if r is not None else "")
        if key:
            cache = self.w.catalog.thumbnails
            read_preview(self.tasks, cache, key, partial(self._picture_read, key))

    def _picture_read(self, key: str, image: QImage | None) -> None:
        shown = self.pin_picture.image
        larger = image is not None and (shown is None or image.width() > shown.width())
        if key == self._picture_key and larger:
            self.pin_picture.show_image(image, self.pin_picture.name)

    def _picture_loaded(self, key: str) -> None:
        if key and key == self._picture_key and self.pin_picture.image is None:
            self._picture_key = None  # shown again, with the thumbnail that came
            self._show_picture(self._chosen_row())

    def _row_zone(self, r: Any) -> Any:
        """The zone a preview row's time reads in: its corrected session's event's."""
        return fmt.zone_of(event_id=self.shift_model.session_event(r.new_session_id))

    def pin(self) -> None:
        """Set the correction that puts the chosen item at the time typed (on its day, or
        the day before or after when that is nearer: a clock off across midnight)."""
        r = self._chosen_row()
        if r is None or not getattr(r, "camera_clock", True):
            return
        zone = self._row_zone(r)
        t = self.pin_time.time()
        shown = r.new_utc.astimezone(zone)
        wanted = [
            datetime.combine(
                shown.date() + timedelta(days=d), time(t.hour(), t.minute(), t.second()), zone
            )
            for d in (-1, 0, 1)
        ]
        target = min(wanted, key=lambda w: abs((w - r.new_utc).total_seconds()))
        delta = round((target - r.new_utc.replace(microsecond=0)).total_seconds())
        self._pinned_item = r.item_id
        self.set_offset(max(-MAX_OFFSET_S, min(MAX_OFFSET_S, self.offset() + delta)))

    def _apply(self) -> None:
        g = self.camera()
        if g is None:
            return
        key, offset = g.key, self.offset()
        from smparchive.core.domain import timefmt
        from smparchive.core.domain.time import camera_name
        from smparchive.gui.widgets.history import clock_step

        self.w.ops.run(
            # named as its History entry is: 'Correct clock of X-T4 (C9012) by +1 h'
            clock_step(camera_name(key), timefmt.correction_text(offset)),
            lambda c: c.set_clock_offset(key, offset),
            on_done=lambda _r: self.reload(keep=key),
            owner=self,  # closed meanwhile: stored, nothing to read again for
        )
