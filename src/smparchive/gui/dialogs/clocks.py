"""Camera clock correction with a live timeline, and the timeline window on its own."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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

from smparchive.core.catalog.filters import ItemFilter
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import translate
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.views.tables import tidy
from smparchive.gui.views.timeline import Band, Lane, TimelineWidget

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps

Index = QModelIndex | QPersistentModelIndex


def camera_label(g: Any) -> str:
    make, model = g.make or "", g.model or ""
    if make and model.lower().startswith(make.split()[0].lower()):
        make = ""
    name = f"{make} {model}".strip() or translate("format", "Unknown camera")
    return f"{name} ({g.serial})" if getattr(g, "serial", None) else name


def offset_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else "+"
    s = abs(seconds)
    return f"{sign}{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


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
            fmt.date_time(g.first),
            fmt.date_time(g.last),
            offset_text(g.offset_s) if g.offset_s else "",
        )[index.column()]


def _when(moment: datetime | None, zone: Any = None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return fmt.day(local.date(), "ddd d MMM") + " " + fmt.clock(local)


class ShiftModel(ListTableModel):
    """Preview rows: item, old and new time, old and new session."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ShiftModel", "Item"),
        QT_TRANSLATE_NOOP("ShiftModel", "Now"),
        QT_TRANSLATE_NOOP("ShiftModel", "Corrected"),
        QT_TRANSLATE_NOOP("ShiftModel", "Session now"),
        QT_TRANSLATE_NOOP("ShiftModel", "Session after"),
    )

    def __init__(self, session_title: Any) -> None:
        super().__init__()
        self.session_title = session_title
        self.zone: Any = None  # the event's time zone

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        moved = r.new_session_id != r.old_session_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                _when(r.old_utc, self.zone),
                _when(r.new_utc, self.zone),
                self.session_title(r.old_session_id),
                self.session_title(r.new_session_id),
            )[index.column()]
        if role == Qt.ItemDataRole.FontRole and moved and index.column() == 4:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        return None


def load_day(catalog: Any, day_id: int | None, by: str = "camera") -> dict[str, Any]:
    """Lanes and session bands of one day (worker thread)."""
    days = catalog.days()
    day = next((d for d in days if d.id == day_id), days[0] if days else None)
    f = ItemFilter(day_ids=(day.id,)) if day is not None else ItemFilter()
    records = catalog.items(catalog.query_ids(f))
    lanes: dict[str, Lane] = {}
    for r in records:
        if r.capture_utc is None:
            continue
        if by == "camera":
            key = r.camera_key or f"kind:{r.kind}"
            label = fmt.camera(r) or fmt.KIND_NAMES.get(r.kind, r.kind)
        else:
            key, label = r.kind, fmt.KIND_NAMES.get(r.kind, r.kind)
        lanes.setdefault(key, Lane(key, label)).times.append(r.capture_utc - timedelta(seconds=0))
    sessions = [s for s in catalog.sessions() if day is None or s.day_id == day.id]
    bands = [Band(s.title, s.room, s.start, s.end) for s in sessions]
    moments = (
        [t for lane in lanes.values() for t in lane.times]
        + [b.start for b in bands]
        + [b.end for b in bands]
    )
    zone = catalog.event_zone()
    if not moments:
        return {
            "days": days,
            "day": day,
            "lanes": [],
            "bands": [],
            "start": None,
            "end": None,
            "zone": zone,
        }
    start, end = _window(moments, [b.start for b in bands], day, zone)
    for lane in lanes.values():  # items dated elsewhere (e.g. a deck made weeks before)
        lane.times = [t for t in lane.times if start <= t < end]
    lanes = {k: v for k, v in lanes.items() if v.times}
    return {
        "days": days,
        "day": day,
        "lanes": sorted(lanes.values(), key=lambda x: x.label),
        "bands": bands,
        "start": start,
        "end": end,
        "zone": zone,
    }


def _window(
    moments: list[datetime], starts: list[datetime], day: Any, zone: Any
) -> tuple[datetime, datetime]:
    """The hours worth showing: the day's sessions and the items of that local date."""
    if day is not None and zone is not None:
        lo = datetime.combine(day.date, time(0, 0), tzinfo=zone)
        hi = lo + timedelta(days=1)
        inside = [m for m in moments if lo <= m < hi] or starts or moments
    else:
        inside = moments
    start = (min(inside) - timedelta(minutes=30)).replace(minute=0, second=0, microsecond=0)
    end = (max(inside) + timedelta(minutes=30)).replace(minute=0, second=0, microsecond=0)
    return start, end + timedelta(hours=1)


class _DayTimeline(QWidget):
    """A day selector above a timeline (shared by both windows)."""

    def __init__(self, w: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.w = w
        self.days = QComboBox()
        self.days.activated.connect(lambda _i: self.load(self.days.currentData()))
        self.by = QComboBox()
        self.by.addItem(self.tr("One lane per camera"), "camera")
        self.by.addItem(self.tr("One lane per kind"), "kind")
        self.by.activated.connect(lambda _i: self.load(self.days.currentData()))
        self.timeline = TimelineWidget()
        self.legend = QLabel(
            self.tr(
                "Bars: items per 5 minutes. Blue inside a session, orange outside every session."
            )
        )
        self.legend.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.days, 1)
        top.addWidget(self.by)
        scroll = QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(top)
        col.addWidget(scroll, 1)
        col.addWidget(self.legend)
        self.on_loaded: Any = None

    def load(self, day_id: int | None = None) -> None:
        catalog, by = self.w.catalog, self.by.currentData() or "camera"
        self.w.runner.submit(
            lambda _c: load_day(catalog, day_id, by), label="timeline", on_done=self._loaded
        )

    def _loaded(self, data: dict[str, Any]) -> None:
        self.days.blockSignals(True)
        self.days.clear()
        for n, d in enumerate(data["days"], start=1):
            self.days.addItem(
                f"{d.label or self.tr('Day %1').replace('%1', str(n))} · {fmt.day(d.date)}", d.id
            )
        if data["day"] is not None:
            self.days.setCurrentIndex(self.days.findData(data["day"].id))
        self.days.blockSignals(False)
        if data["start"] is None:
            self.timeline.set_day([], [], datetime.now(), datetime.now())
            self.timeline.start = None
            self.timeline.update()
        else:
            self.timeline.set_day(
                data["lanes"], data["bands"], data["start"], data["end"], data["zone"]
            )
        if callable(self.on_loaded):
            self.on_loaded()


class TimelineWindow(QDialog):
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
        self.view.load(None)

    @classmethod
    def open(cls, w: Deps) -> TimelineWindow:
        dlg = cls(w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg


class ClockDialog(QDialog):
    """Pick a camera, adjust its offset: the timeline and the preview follow live."""

    def __init__(self, w: Deps) -> None:
        super().__init__(w.parent)
        self.w = w
        self.setWindowTitle(self.tr("Camera Clocks"))
        self.resize(1150, 760)
        self.cameras = CamerasModel()
        self.camera_view = QTableView()
        self.camera_view.setModel(self.cameras)
        tidy(
            self.camera_view,
            stretch=0,
            widths=((1, 70), (2, 150), (3, 150), (4, 110)),
            single=True,
        )
        self.camera_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._camera_changed()
        )

        self.hours = QSpinBox()
        self.hours.setRange(-48, 48)
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
        offset_row = QHBoxLayout()
        offset_row.addWidget(QLabel(self.tr("Correction (added to what the camera wrote):")))
        for spin in (self.hours, self.minutes, self.seconds):
            offset_row.addWidget(spin)
        reset = QPushButton(self.tr("Reset"))
        reset.clicked.connect(lambda: self.set_offset(0))
        offset_row.addWidget(reset)
        offset_row.addStretch(1)

        self.day_view = _DayTimeline(w)
        self.day_view.on_loaded = self._apply_shift
        self.shift_model = ShiftModel(lambda sid: w.session_titles.get(sid, "—") if sid else "—")
        self.shift_view = QTableView()
        self.shift_view.setModel(self.shift_model)
        tidy(self.shift_view, widths=((0, 180), (1, 130), (2, 130), (3, 260)))
        self.shift_model.zone = w.catalog.event_zone()
        self.shift_view.horizontalHeader().setStretchLastSection(True)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.camera_view)
        split.addWidget(self.day_view)
        split.addWidget(self.shift_view)
        split.setSizes([150, 330, 220])
        self.buttons = QDialogButtonBox()
        self.apply_btn = self.buttons.addButton(
            self.tr("Apply Correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_btn.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(split, 1)
        col.addLayout(offset_row)
        col.addWidget(self.summary)
        col.addWidget(self.buttons)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self._preview)
        self._loading = False
        self.reload()

    @classmethod
    def open(cls, w: Deps) -> ClockDialog | None:
        dlg = cls(w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def reload(self) -> None:
        catalog = self.w.catalog
        self.w.runner.submit(lambda _c: catalog.cameras(), label="cameras", on_done=self._cameras)

    def _cameras(self, groups: list[Any]) -> None:
        self.cameras.set_rows([g for g in groups if g.make or g.model] or groups)
        if self.cameras.rowCount():
            self.camera_view.selectRow(0)
        self._camera_changed()

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
        g = self.camera()
        self.apply_btn.setEnabled(g is not None)
        if g is None:
            return
        self.set_offset(g.offset_s)
        day = self._day_of(g)
        self.day_view.load(day)

    def _day_of(self, g: Any) -> int | None:
        if g.first is None:
            return None
        zone = self.w.catalog.event_zone()
        local: date = (g.first.astimezone(zone) if zone else g.first).date()
        for n in range(self.day_view.days.count()):
            if str(local) in self.day_view.days.itemText(n):
                return self.day_view.days.itemData(n)
        return None

    def _offset_changed(self) -> None:
        if self._loading:
            return
        self._apply_shift()
        self._preview_timer.start()

    def _apply_shift(self) -> None:
        """Move the camera's lane by the change from its current correction (live)."""
        g = self.camera()
        if g is None:
            return
        delta = self.offset() - g.offset_s
        self.day_view.timeline.set_shift(g.key, delta)
        outside = self.day_view.timeline.outside_count(g.key)
        self.summary.setText(
            self.tr(
                "%1: correction %2 → %3; %4 of its items on this day fall outside every session."
            )
            .replace("%1", camera_label(g))
            .replace("%2", offset_text(g.offset_s))
            .replace("%3", offset_text(self.offset()))
            .replace("%4", fmt.number(outside))
        )

    def _preview(self) -> None:
        g = self.camera()
        if g is None:
            return
        catalog, key, offset = self.w.catalog, g.key, self.offset()
        self.w.runner.submit(
            lambda _c: catalog.preview_clock(key, offset),
            label="clock preview",
            on_done=lambda pv: self._previewed(key, offset, pv),
        )

    def _previewed(self, key: str, offset: int, preview: Any) -> None:
        g = self.camera()
        if g is None or g.key != key or offset != self.offset():
            return
        self.shift_model.set_rows(list(preview.rows))
        moved = sum(1 for r in preview.rows if r.new_session_id != r.old_session_id)
        self.summary.setText(
            self.summary.text() + " " + self.tr("%Ln items would change session.", None, moved)
        )

    def _apply(self) -> None:
        g = self.camera()
        if g is None:
            return
        key, offset = g.key, self.offset()
        self.w.ops.run(
            self.tr("Correct camera clock"),
            lambda c: c.set_clock_offset(key, offset),
            on_done=lambda _r: self.reload(),
        )
