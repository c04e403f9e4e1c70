"""The schedule editor (days, sessions, rooms, times, speakers) and programme import."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.catalog.ops_organise import ProgrammeEventConflict
from smparchive.core.domain.programme import ImportSummary
from smparchive.core.organise.programme import import_programme
from smparchive.gui import edit_names, filedialogs, problem_texts
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import (
    QT_TRANSLATE_NOOP,
    day_label,
    filled,
    interface_language,
    language_in_interface,
    language_name,
    texts_of,
    translate,
)
from smparchive.gui.keynames import with_keys
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, preferred_size
from smparchive.gui.tasks import alive
from smparchive.gui.theme import quiet
from smparchive.gui.views.tables import tidy
from smparchive.gui.widgets.typed_time import TypedDateEdit

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import EventRecord
    from smparchive.gui.deps import Deps

Index = QModelIndex | QPersistentModelIndex


def edit_session(w: Deps, session_id: int, field: str, value: Any) -> None:
    """Change one field of a session: one undoable step (Ctrl+Z in the main window)."""
    w.ops.run(
        edit_names.named(edit_names.Step.EDIT_SESSION),
        lambda c: c.update_session(session_id, **{field: value}),
    )


def _delete_session(session_id: int, catalog: Catalog) -> Any:
    return catalog.delete_session(session_id)


class SessionsModel(ListTableModel):
    """Sessions of a day; times shown and edited in the event's zone."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SessionsModel", "Start"),
        QT_TRANSLATE_NOOP("SessionsModel", "End"),
        QT_TRANSLATE_NOOP("SessionsModel", "Title"),
        QT_TRANSLATE_NOOP("SessionsModel", "Room"),
        QT_TRANSLATE_NOOP("SessionsModel", "Speakers"),
        QT_TRANSLATE_NOOP("SessionsModel", "Track"),
        QT_TRANSLATE_NOOP("SessionsModel", "Items"),
        QT_TRANSLATE_NOOP("SessionsModel", "Not for publication"),
        QT_TRANSLATE_NOOP("SessionsModel", "Do not record"),
    )
    FIELDS = ("start", "end", "title", "room", "speakers", "track", None, *fmt.SESSION_FLAGS)

    edit_requested: Any = None  # callable(session_id, field, value)

    def __init__(self) -> None:
        super().__init__()
        self.zone: Any = None

    @property
    def sessions(self) -> list[Any]:
        return self.rows

    def set_sessions(self, sessions: list[Any], zone: Any) -> None:
        self.zone = zone
        self.set_rows(sessions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        field = self.FIELDS[index.column()] if index.isValid() else None
        if field in fmt.SESSION_FLAGS:  # a check box: a click or Space turns it on or off
            f |= Qt.ItemFlag.ItemIsUserCheckable
        elif field is not None:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone) if self.zone is not None else moment

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        s = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        if field in fmt.SESSION_FLAGS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if getattr(s, field) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return fmt.session_flag_tip(field)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                fmt.clock(self._local(s.start)),
                fmt.clock(self._local(s.end)),
                s.title,
                s.room or "",
                ", ".join(s.speakers),
                s.track or "",
                fmt.number(s.item_count),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # the cells edit the programme's own texts; their tip shows them in the
            # programme's further languages (the interface's first: what the app shows)
            field = self.FIELDS[index.column()]
            if field in ("title", "room"):
                others = s.translations(field)
                if others:
                    return "\n".join(
                        f"{language_name(lang)}: {text}" for lang, text in _first(others)
                    )
            return s.text_in("description", interface_language()) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not callable(self.edit_requested):
            return False
        field = self.FIELDS[index.column()]
        s = self.rows[index.row()]
        if field in fmt.SESSION_FLAGS and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            self.edit_requested(s.id, field, on)
            return True
        if field is None or field in fmt.SESSION_FLAGS or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        new: Any = text or None
        if field in ("start", "end"):
            try:
                hh, mm = (int(x) for x in text.split(":"))
                local_day = self._local(getattr(s, field)).date()
                new = datetime.combine(local_day, time(hh, mm), tzinfo=self.zone)
            except ValueError:
                return False
        elif field == "speakers":
            new = [x.strip() for x in text.split(",") if x.strip()]
        elif field == "title" and not text:
            return False
        self.edit_requested(s.id, field, new)
        return True


class ScheduleEditor(FittedDialog):
    """Edit the event's days and sessions; every change is undoable from the main window."""

    def __init__(self, w: Deps) -> None:
        super().__init__(w.parent)
        self.w = w
        self.setWindowTitle(self.tr("Schedule Editor"))
        self.resize(preferred_size(self, 1300, 800))
        self.event_label = QLabel()
        self.event_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.event_label.setWordWrap(True)  # a long title and place: the buttons stay in view
        self.days = QComboBox()
        self.days.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.days.setMinimumContentsLength(24)
        self.days.activated.connect(lambda _i: self._show_day())
        self.model = SessionsModel()
        self.model.edit_requested = self._edit
        self.view = QTableView()
        self.view.setModel(self.model)
        tidy(
            self.view,
            stretch=2,
        )
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        add_day = QPushButton(self.tr("Add Day…"))
        add_day.clicked.connect(self.add_day)
        day_names = QPushButton(self.tr("Day in Other Languages…"))
        day_names.setToolTip(
            self.tr(
                "The shown day's name in the caption languages: pages, exports and the app "
                "in one of them show it instead of the programme's"
            )
        )
        day_names.clicked.connect(self.translate_day)
        add_session = QPushButton(self.tr("Add Session"))
        add_session.clicked.connect(self.add_session)
        delete = QPushButton(self.tr("Delete Session"))
        delete.clicked.connect(self.delete_session)
        other_titles = QPushButton(self.tr("Session in Other Languages…"))
        other_titles.setToolTip(
            self.tr(
                "The selected session's title, room and description in the caption "
                "languages: pages, posts, exports and the app in one of them show them "
                "instead of the programme's"
            )
        )
        other_titles.clicked.connect(self.translate_session)
        imp = QPushButton(self.tr("Import Programme…"))
        imp.clicked.connect(lambda: import_programme_file(self.w, self))
        event = QPushButton(self.tr("Event…"))
        event.clicked.connect(self.edit_event)
        event_texts = QPushButton(self.tr("Event in Other Languages…"))
        event_texts.clicked.connect(self.translate_event)
        top = QHBoxLayout()
        top.addWidget(self.event_label, 1)
        top.addWidget(event)
        top.addWidget(event_texts)
        top.addWidget(imp)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Day")))
        day_row.addWidget(self.days, 1)
        day_row.addWidget(add_day)
        day_row.addWidget(day_names)
        day_row.addWidget(add_session)
        day_row.addWidget(delete)
        day_row.addWidget(other_titles)
        hint = QLabel(
            with_keys(
                self.tr(
                    "Double-click or type to edit a cell; times are HH:MM in the event's time "
                    "zone. %1 in the main window undoes changes."
                ),
                "Ctrl+Z",
            )
        )
        quiet(hint)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addLayout(day_row)
        col.addWidget(self.view, 1)
        col.addWidget(hint)
        col.addWidget(buttons)
        self.data: dict[str, Any] = {}
        self.w.ops.changes.connect(self._changed)  # bound: dropped when the dialog goes
        self.reload()

    def _changed(self, _changes: object) -> None:
        self.reload()

    @classmethod
    def show_for(cls, w: Deps) -> ScheduleEditor | None:
        dlg = cls(w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def reload(self) -> None:
        catalog = self.w.catalog

        def work(_ctx: Any) -> dict[str, Any]:
            return {
                "event": catalog.event(),
                "days": catalog.days(),
                "sessions": catalog.sessions(),
                "zone": catalog.event_zone(),
                "zones": catalog.event_zones(),  # a second event's days at its own time
            }

        self.w.runner.submit(
            work, label=translate("Tasks", "Reading the programme"), on_done=self._loaded
        )

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        e = data["event"]
        # read-only: the title and venue in the interface's language as the rest of the
        # app shows them; the programme's own in the tip (Event… edits those)
        ui = interface_language()
        title, venue = (e.text_in("title", ui), e.text_in("venue", ui)) if e else ("", "")
        self.event_label.setText(
            " · ".join([title or "", e.time_zone, *([venue] if venue else []), self._language(e)])
            if e
            else self.tr("No event yet: import a programme or set up the event.")
        )
        own = " · ".join(x for x in (e.title, e.venue or "") if x) if e else ""
        self.event_label.setToolTip(own if e and (title, venue) != (e.title, e.venue) else "")
        current = self.days.currentData()
        self.days.clear()
        for n, d in enumerate(data["days"], start=1):
            count = sum(1 for s in data["sessions"] if s.day_id == d.id)
            name = day_label(d.label, n, d.translations())
            sessions = self.tr("%Ln sessions", None, count)
            self.days.addItem(
                f"{name} · {fmt.day(d.date, 'dddd d MMMM yyyy')} ({sessions})",
                d.id,
            )
        idx = self.days.findData(current)
        self.days.setCurrentIndex(max(0, idx))
        self._show_day()

    def _language(self, event: EventRecord) -> str:
        """The programme's language as the header says it, in the user's language
        ("Programme in French"; Event… sets it, the publication page marks the texts with
        it), or that it is not said."""
        if not event.language:
            return self.tr("Programme language not said")
        return self.tr("Programme in %1").replace("%1", language_in_interface(event.language))

    def _show_day(self) -> None:
        day_id = self.days.currentData()
        sessions = [s for s in self.data.get("sessions", []) if s.day_id == day_id]
        self.model.set_sessions(sessions, self._day_zone(day_id))

    def _day_zone(self, day_id: int | None) -> Any:
        """The zone a day's sessions are shown and typed in: its event's."""
        day = next((d for d in self.data.get("days", []) if d.id == day_id), None)
        zones = self.data.get("zones") or {}
        return zones.get(day.event_id, self.data.get("zone")) if day else self.data.get("zone")

    def _edit(self, session_id: int, field: str, value: Any) -> None:
        edit_session(self.w, session_id, field, value)

    def add_day(self) -> None:
        dlg = FittedDialog(self)
        dlg.setWindowTitle(self.tr("Add Day"))
        date_edit = TypedDateEdit()
        date_edit.setCalendarPopup(True)
        days = self.data.get("days", [])
        if days:
            date_edit.setDate(days[-1].date + timedelta(days=1))
        label = QLineEdit()
        label.setPlaceholderText(self.tr("Label (optional)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        col = QVBoxLayout(dlg)
        for wdg in (date_edit, label, buttons):
            col.addWidget(wdg)
        if dlg.exec():
            picked = date_edit.date()
            day = date(picked.year(), picked.month(), picked.day())
            text = label.text().strip() or None
            self.w.ops.run(
                edit_names.named(edit_names.Step.ADD_DAY), lambda c: c.add_day(day, text)
            )

    def add_session(self) -> None:
        day_id = self.days.currentData()
        day = next((d for d in self.data.get("days", []) if d.id == day_id), None)
        if day is None:
            self.w.show_error(self.tr("Add a day first."))
            return
        title, ok = QInputDialog.getText(self, self.tr("Add Session"), self.tr("Title:"))
        if not ok or not title.strip():
            return
        zone = self._day_zone(day_id)
        sessions = [s for s in self.data.get("sessions", []) if s.day_id == day_id]
        start = max(
            (s.end for s in sessions), default=datetime.combine(day.date, time(9, 0), tzinfo=zone)
        )
        end = start + timedelta(hours=1)
        self.w.ops.run(
            edit_names.named(edit_names.Step.ADD_SESSION),
            lambda c: c.add_session(title.strip(), start, end),
        )

    def delete_session(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        for row in rows:
            s = self.model.sessions[row]
            self.w.ops.run(
                edit_names.named(edit_names.Step.DELETE_SESSION), partial(_delete_session, s.id)
            )

    def _other_languages(self) -> list[str]:
        """The caption languages but the programme's own (its texts are the programme's)."""
        e = self.data.get("event")
        own = (e.language or "").lower().split("-")[0] if e else ""
        return [c for c in self.w.settings.caption_languages if c.lower().split("-")[0] != own]

    def _no_other_language(self) -> str:
        return self.tr(
            "The caption languages (Preferences) are only the programme's own: add another "
            "to give the programme's texts in it."
        )

    def translate_session(self) -> None:
        """The selected session's title in the other caption languages: one undo step."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows:
            self.w.show_error(self.tr("Select a session first."))
            return
        if not self._other_languages():
            self.w.show_error(self._no_other_language())
            return
        s = self.model.sessions[rows[0]]
        labels = {
            "title": self.tr("Title (%1)"),
            "room": self.tr("Room (%1)"),
            "description": self.tr("Description (%1)"),
        }
        own = {"title": s.title, "room": s.room or "", "description": s.abstract or ""}
        fields = [
            (
                labels[f].replace("%1", language_name(c)),
                (f, c),
                s.translations(f).get(c, ""),
                own[f],
            )
            for c in self._other_languages()
            for f in labels
        ]
        texts = _ask_texts(self, self.tr("Session in Other Languages"), s.title, fields)
        if texts:
            sid = s.id
            self.w.ops.run(
                edit_names.named(edit_names.Step.EDIT_SESSION),
                lambda c: c.set_programme_texts("session", sid, texts),
            )

    def translate_day(self) -> None:
        """The shown day's name in the other caption languages: one undo step."""
        day_id = self.days.currentData()
        day = next((d for d in self.data.get("days", []) if d.id == day_id), None)
        if day is None:
            self.w.show_error(self.tr("Add a day first."))
            return
        if not self._other_languages():
            self.w.show_error(self._no_other_language())
            return
        fields = [
            (
                self.tr("Name (%1)").replace("%1", language_name(c)),
                ("label", c),
                day.translations().get(c, ""),
                day.label or "",
            )
            for c in self._other_languages()
        ]
        heading = self.days.currentText()
        texts = _ask_texts(self, self.tr("Day in Other Languages"), heading, fields)
        if texts:
            did = day.id
            self.w.ops.run(
                edit_names.named(edit_names.Step.RENAME_DAY),
                lambda c: c.set_programme_texts("day", did, texts),
            )

    def translate_event(self) -> None:
        """The event's title, venue, description and organiser in the other caption
        languages: one undo step."""
        e = self.data.get("event")
        if e is None:
            self.w.show_error(self.tr("No event yet: import a programme or set up the event."))
            return
        if not self._other_languages():
            self.w.show_error(self._no_other_language())
            return
        fields = []
        for c in self._other_languages():
            name = language_name(c)
            fields.append(
                (
                    self.tr("Title (%1)").replace("%1", name),
                    ("title", c),
                    e.translations("title").get(c, ""),
                    e.title,
                )
            )
            for key, label in (
                ("venue", self.tr("Venue (%1)")),
                ("description", self.tr("Description (%1)")),
                ("organisation", self.tr("Organiser (%1)")),
            ):
                own = getattr(e, key) or ""
                fields.append(
                    (label.replace("%1", name), (key, c), e.translations(key).get(c, ""), own)
                )
        texts = _ask_texts(self, self.tr("Event in Other Languages"), e.title, fields)
        if texts:
            eid = e.id
            self.w.ops.run(
                edit_names.named(edit_names.Step.EDIT_EVENT),
                lambda c: c.set_programme_texts("event", eid, texts),
            )

    def edit_event(self) -> None:
        e = self.data.get("event")
        title, ok = QInputDialog.getText(
            self, self.tr("Event"), self.tr("Title:"), text=e.title if e else ""
        )
        if not ok or not title.strip():
            return
        zone, ok = QInputDialog.getText(
            self,
            self.tr("Event"),
            self.tr("Time zone (e.g. Europe/Brussels):"),
            text=e.time_zone if e else "Europe/Brussels",
        )
        if not ok:
            return
        language = self._ask_language(e.language if e else None)
        if language is None:
            return
        fields = {"time_zone": zone.strip(), "language": language}
        if e is None:
            self.w.ops.run(
                edit_names.named(edit_names.Step.CREATE_EVENT),
                lambda c: c.create_event(title.strip(), **fields),
            )
        else:
            self.w.ops.run(
                edit_names.named(edit_names.Step.EDIT_EVENT),
                lambda c: c.update_event(e.id, title=title.strip(), **fields),
            )

    def _ask_language(self, current: str | None) -> str | None:
        """The language the programme's texts are in, as a code ('' when not said); None
        when the user cancels. The publication page marks them with it on pages in other
        languages. The caption languages are offered, by their own names; another code
        may be typed."""
        not_said = self.tr("Not said")
        codes = list(
            dict.fromkeys([*self.w.settings.caption_languages, *([current] if current else [])])
        )
        names = [f"{language_name(c)} ({c})" for c in codes]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Event"),
            self.tr("Language of the programme's texts (titles, venue, rooms):"),
            [not_said, *names],
            codes.index(current) + 1 if current in codes else 0,
            True,
        )
        if not ok:
            return None
        choice = choice.strip()
        if choice in names:
            return codes[names.index(choice)]
        return "" if choice in ("", not_said) else choice


class ImportCounts(QObject):
    """Texts with a count (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def sessions(self, summary: ImportSummary) -> str:
        """'Sessions: 2 added, 1 updated, 0 unchanged.', each count with its own forms."""
        counts = (
            self.tr("%Ln added", None, len(summary.added)),
            self.tr("%Ln updated", None, len(summary.updated)),
            self.tr("%Ln unchanged", None, summary.unchanged),
        )
        return self.tr("Sessions: %1.").replace("%1", ", ".join(counts))


def import_summary_text(summary: ImportSummary) -> str:
    """What a programme import did, in the interface's language (the CLI prints the core's
    ``ImportSummary.lines()``): counts, the sessions, then the notes and warnings."""
    lines = [texts_of(ImportCounts).sessions(summary)]
    lines += [f"  + {t}" for t in summary.added]
    lines += [f"  ~ {t}" for t in summary.updated]
    if summary.days_added:
        days = ", ".join(fmt.day(date.fromisoformat(d)) for d in summary.days_added)
        lines.append(translate("MainWindow", "Days added: %1").replace("%1", days))
    if summary.days_renamed:  # one a line: a list joined by ";" reads wrong in French
        lines.append(translate("MainWindow", "Days renamed:"))
        lines += [f"  {_renamed_day(*r)}" for r in summary.days_renamed]
    if summary.speakers_added:
        lines.append(
            translate("MainWindow", "New speakers (person tags): %1").replace(
                "%1", ", ".join(summary.speakers_added)
            )
        )
    lines += [
        translate("MainWindow", "Note: %1").replace("%1", problem_texts.sentence(n))
        for n in summary.notes
    ]
    lines += [
        translate("MainWindow", "Warning: %1").replace("%1", problem_texts.sentence(x))
        for x in summary.warnings
    ]
    return "\n".join(lines)


def _renamed_day(iso: str, language: str, old: str, new: str) -> str:
    """One day a programme renamed, as the import summary says it."""
    day = fmt.day(date.fromisoformat(iso))
    if language:
        return filled(translate("MainWindow", "%1 (%2): “%3” → “%4”"), day, language, old, new)
    return filled(translate("MainWindow", "%1: “%2” → “%3”"), day, old, new)


def import_programme_file(w: Deps, parent: Any = None) -> None:
    """Ask for a programme file and import it (all or nothing), then show what changed."""
    name = filedialogs.open_file_name(
        parent or w.parent, translate("MainWindow", "Import Programme"), "", fmt.programme_filter()
    )
    if not name:
        return
    path = Path(name)
    tz: str | None = None
    if path.suffix.lower() == ".csv":
        e = w.catalog.event()
        tz, ok = QInputDialog.getText(
            parent or w.parent,
            translate("MainWindow", "Import Programme"),
            translate("MainWindow", "A CSV programme has no time zone. Time zone of its times:"),
            text=e.time_zone if e else "Europe/Brussels",
        )
        if not ok:
            return

    def here() -> QWidget:
        """The editor it was asked from, or the main window once the editor was closed
        (the import, stored all the same, is said there: a box over a deleted editor raised
        "Internal C++ object already deleted")."""
        if parent is not None and alive(parent):
            return cast(QWidget, parent)
        return w if isinstance(w, QWidget) else w.parent

    def done(result: Any) -> None:
        QMessageBox.information(
            here(),
            translate("MainWindow", "Programme imported"),
            import_summary_text(result.value),
        )

    def run(event_id: int | None = None, new_event: bool = False) -> None:
        w.ops.run(
            edit_names.named(edit_names.Step.IMPORT_PROGRAMME),
            lambda c: import_programme(
                c, path, default_tz=tz, event_id=event_id, new_event=new_event
            ),
            on_done=done,
            on_error=failed,
        )

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, ProgrammeEventConflict):
            w.show_failure(exc, "%1")
            return
        # Another conference than the catalogue's event: ask, never merge silently.
        # ``w`` is the main window itself (a QWidget) or a Deps naming its parent window.
        box = QMessageBox(here())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("MainWindow", "Import Programme"))
        box.setText(
            filled(
                translate(
                    "MainWindow",
                    "The programme “%1” looks like another conference than the event “%2”.",
                ),
                exc.programme_title,
                exc.event_title,
            )
        )
        merge = box.addButton(
            translate("MainWindow", "Add to “%1”").replace("%1", exc.event_title),
            QMessageBox.ButtonRole.AcceptRole,
        )
        apart = box.addButton(
            translate("MainWindow", "Import as a new event"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Enter changes nothing: left to Qt, it took the first answer, "Add to …", and
        # merged another conference's programme into the event without a choice made
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is merge:
            run(event_id=exc.event_id)
        elif box.clickedButton() is apart:
            run(new_event=True)

    run()


def _ask_texts(
    parent: QWidget,
    title: str,
    heading: str,
    fields: list[tuple[str, tuple[str, str], str, str]],
) -> dict[tuple[str, str], str] | None:
    """Ask for programme texts in other languages. ``fields``: (label, key, current text,
    the programme's own text shown as a placeholder). The texts that changed (key -> text,
    '' to clear), or None when cancelled or nothing changed."""
    dlg = FittedDialog(parent)
    dlg.setWindowTitle(title)
    form = QFormLayout()
    edits: list[tuple[tuple[str, str], str, QLineEdit | QPlainTextEdit]] = []
    for label, key, current, own in fields:
        edit: QLineEdit | QPlainTextEdit
        if key[0] == "description":  # a description has lines of its own
            edit = QPlainTextEdit(current)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            edit.setTabChangesFocus(True)
        else:
            edit = QLineEdit(current)
        edit.setPlaceholderText(own)
        edit.setMinimumWidth(640)  # a long title in view
        form.addRow(label, edit)
        edits.append((key, current, edit))
    top = QLabel(heading)
    top.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    col = QVBoxLayout(dlg)
    col.addWidget(top)
    col.addLayout(form)
    col.addWidget(buttons)
    if not dlg.exec():
        return None
    typed = {
        key: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
        for key, _, e in edits
    }
    changed = {key: typed[key] for key, was, _ in edits if typed[key] != was}
    return changed or None


def _first(texts: dict[str, str]) -> list[tuple[str, str]]:
    """``texts`` ({language: text}) with the interface's language first."""
    mine = interface_language().split("-")[0]
    return sorted(texts.items(), key=lambda kv: kv[0].split("-")[0] != mine)
