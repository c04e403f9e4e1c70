"""People: faces found in photos, grouped; name a group, confirm (Y) or reject (N) suggestions.

Reads go through the task runner, writes through the op runner (undoable); the face crops
are cut in core from the cached previews, in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.vocab import FaceState, TagKind
from smparchive.gui import edit_names
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import filled, name_in
from smparchive.gui.screen_fit import FittedDialog
from smparchive.gui.tasks import TaskScope, alive
from smparchive.gui.widgets.fields import grey_until

if TYPE_CHECKING:
    from smparchive.core.catalog.ops_faces import FaceRecord
    from smparchive.gui.deps import Deps

Index = QModelIndex | QPersistentModelIndex
CROP = 128
FACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FaceModel(QAbstractListModel):
    """Faces in the chosen group, with their crops once cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FaceRecord] = []
        self.crops: dict[int, QPixmap] = {}
        self.files: dict[int, str] = {}
        self._blank = QPixmap(CROP, CROP)
        self._blank.fill(QColor("#777777"))

    def set_rows(self, rows: list[FaceRecord], files: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.files = files
        self.endResetModel()

    def set_crops(self, crops: dict[int, bytes]) -> None:
        for fid, data in crops.items():
            pix = QPixmap()
            if pix.loadFromData(data):
                self.crops[fid] = pix
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        f = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if f.person and f.state == FaceState.SUGGESTED:
                return self.tr("%1?").replace("%1", f.person)
            if f.person and f.state == FaceState.CONFIRMED:
                return f.person
            if f.cluster:
                return self.tr("Unknown person %1").replace("%1", str(f.cluster))
            return self.tr("Unknown")
        if role == Qt.ItemDataRole.DecorationRole:
            return self.crops.get(f.id, self._blank)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.files.get(f.item_id, "")
            if f.person and f.state == FaceState.SUGGESTED:
                sure = self.tr("%1 sure").replace("%1", fmt.percent(f.confidence * 100))
                text += "\n" + sure
            return text
        if role == FACE_ID_ROLE:
            return f.id
        return None


class PeopleWindow(FittedDialog):
    """Faces by group: suggestions, unknown people, each named person."""

    def __init__(self, w: Deps) -> None:
        super().__init__(w.parent)
        self.w = w
        self.tasks = TaskScope(w.runner, self)
        self.reading_impact = False  # what a withdrawal holds back is being read
        self.setWindowTitle(self.tr("People"))
        self.resize(900, 600)
        self.groups = QComboBox()
        self.groups.currentIndexChanged.connect(lambda _i: self.load_faces())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.model = FaceModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(CROP, CROP))
        self.view.setGridSize(QSize(CROP + 24, CROP + 40))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.installEventFilter(self)
        self.confirm_btn = QPushButton(self.tr("Yes, it is them (Y)"))
        self.reject_btn = QPushButton(self.tr("No (N)"))
        self.name_btn = QPushButton(self.tr("Name…"))
        self.withdraw_btn = QPushButton(self.tr("Withdraw Consent…"))
        self.withdraw_btn.setToolTip(
            self.tr("Hold back every photo of this person from publication, from today")
        )
        self.withdraw_btn.clicked.connect(self.withdraw_consent)
        self.confirm_btn.clicked.connect(self.confirm)
        self.reject_btn.clicked.connect(self.reject_faces)
        self.name_btn.clicked.connect(self.name_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.groups, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_btn)
        buttons.addWidget(self.reject_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_btn)
        buttons.addWidget(self.name_btn)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.notice)
        col.addWidget(self.view, 1)
        col.addLayout(buttons)
        self.load()

    @classmethod
    def show_for(cls, w: Deps) -> PeopleWindow:
        win = cls(w)
        win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        win.show()
        return win

    # -- reading ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the groups (then the faces of the chosen one) in the background."""
        cat = self.w.catalog

        def read() -> tuple[bool, list[FaceRecord], list[Any]]:
            return cat.faces_enabled(), cat.faces(), cat.tags(TagKind.PERSON)

        self.tasks.submit(read, self._groups_read)

    def _groups_read(self, value: tuple[bool, list[FaceRecord], list[Any]]) -> None:
        enabled, faces, people = value
        self.people = [p.name for p in people]
        if not enabled:
            self.notice.setText(
                self.tr(
                    "Face detection is off for this catalogue. Turn it on in Preferences: "
                    "faces are found on this computer only."
                )
            )
        elif not faces:
            self.notice.setText(self.tr("No faces found yet."))
        else:
            self.notice.setText(
                self.tr("Select faces, then press Y to confirm, N to reject, or name them.")
            )
        current = self.groups.currentData()
        suggested = sum(1 for f in faces if f.person_id and f.state == FaceState.SUGGESTED)
        clusters: dict[int, int] = {}
        named: dict[str, int] = {}
        loose = 0
        for f in faces:
            if f.person_id and f.state == FaceState.CONFIRMED and f.person:
                named[f.person] = named.get(f.person, 0) + 1
            elif f.unknown and f.cluster:
                clusters[f.cluster] = clusters.get(f.cluster, 0) + 1
            elif f.unknown:
                loose += 1
        self.groups.blockSignals(True)
        self.groups.clear()
        self.groups.addItem(
            self.tr("Suggestions (%1)").replace("%1", fmt.number(suggested)), "suggested:"
        )
        for n in sorted(clusters):
            label = filled(self.tr("Unknown person %1 (%2)"), str(n), fmt.number(clusters[n]))
            self.groups.addItem(label, f"cluster:{n}")
        if loose:
            self.groups.addItem(
                self.tr("Other unknown faces (%1)").replace("%1", fmt.number(loose)), "loose:"
            )
        for name in sorted(named, key=str.casefold):
            self.groups.addItem(f"{name} ({named[name]})", f"person:{name}")
        at = self.groups.findData(current) if current is not None else -1
        if at < 0 and clusters and not suggested:
            at = self.groups.findData(f"cluster:{min(clusters)}")
        self.groups.setCurrentIndex(max(0, at))
        self.groups.blockSignals(False)
        self.load_faces()

    def current_person(self) -> str | None:
        kind, _, value = str(self.groups.currentData() or "").partition(":")
        return value if kind == "person" else None

    def load_faces(self) -> None:
        choice = self.groups.currentData()
        self.withdraw_btn.setEnabled(self.current_person() is not None and not self.reading_impact)
        if choice is None:
            self.model.set_rows([], {})
            return
        kind, _, value = str(choice).partition(":")
        cat = self.w.catalog

        def read() -> tuple[list[FaceRecord], dict[int, str]]:
            if kind == "suggested":
                rows = cat.faces(state=FaceState.SUGGESTED)
            elif kind == "cluster":
                rows = cat.faces(cluster=int(value), unknown=True)
            elif kind == "loose":
                rows = [f for f in cat.faces(unknown=True) if not f.cluster]
            else:
                rows = cat.faces(person_id=cat.find_person(value), state=FaceState.CONFIRMED)
            files = {r.id: r.name for r in cat.items(sorted({f.item_id for f in rows}))}
            return rows, files

        self.tasks.submit(read, self._faces_read)

    def _faces_read(self, value: tuple[list[FaceRecord], dict[int, str]]) -> None:
        rows, files = value
        self.model.set_rows(rows, files)
        if rows:
            self.view.setCurrentIndex(self.model.index(0))
        missing = [f for f in rows if f.id not in self.model.crops]
        if missing:
            from smparchive.core.ingest.faces import face_crops

            cat = self.w.catalog
            self.tasks.submit(lambda: face_crops(cat, missing, CROP), self.model.set_crops)

    # -- decisions ----------------------------------------------------------------------------
    def selected_faces(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if (
            obj is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Y and not event.modifiers():
                self.confirm()
                return True
            if event.key() == Qt.Key.Key_N and not event.modifiers():
                self.reject_faces()
                return True
        return super().eventFilter(obj, event)

    def confirm(self) -> None:
        ids = self.selected_faces()
        if ids:
            self.w.ops.run(
                edit_names.named(edit_names.Step.CONFIRM_FACES),
                lambda c: c.confirm_faces(ids),
                lambda _r: self.load(),
                owner=self,
            )

    def reject_faces(self) -> None:
        ids = self.selected_faces()
        if ids:
            self.w.ops.run(
                edit_names.named(edit_names.Step.REJECT_FACES),
                lambda c: c.reject_faces(ids),
                lambda _r: self.load(),
                owner=self,
            )

    def name_selected(self) -> None:
        ids = self.selected_faces()
        if not ids:
            return
        name = self.ask_name()
        if name:
            self.name_faces(ids, name)

    def ask_name(self) -> str:
        """A person's name; the people of the catalogue (the programme's speakers among them)
        are offered."""
        name, ok = QInputDialog.getItem(
            self, self.tr("Name"), self.tr("Who is this?"), self.people, 0, True
        )
        return name.strip() if ok else ""

    def name_faces(self, ids: list[int], name: str) -> None:
        def op(c: Any) -> Any:
            result = c.name_faces(ids, name)
            c.suggest_faces()  # the new confirmed faces find their look-alikes
            return result

        # named as its History entry is: 'Name faces “Ana Lopez”'
        self.w.ops.run(edit_names.name_faces(name), op, lambda _r: self.load(), owner=self)

    def withdraw_consent(self, *, ask: bool = True) -> None:
        """One action: the person's consent is withdrawn today; every photo they are tagged
        or confirmed in is held back, and the exports that already carried them are named.

        What it holds back is read on a worker first (on the UI thread it was a server
        round trip, the window frozen): the button is greyed until it comes, then the
        question (``ask``) is asked."""
        from datetime import date

        from PySide6.QtWidgets import QMessageBox

        name = self.current_person()
        if name is None or self.reading_impact:
            return
        w, cat = self.w, self.w.catalog
        self.reading_impact = True
        focus_back = grey_until(self.withdraw_btn)

        def over() -> None:
            self.reading_impact = False
            self.withdraw_btn.setEnabled(self.current_person() is not None)
            focus_back()

        def failed(exc: BaseException) -> None:
            over()
            self.w.show_failure(exc, "%1")

        def read(impact: Any) -> None:
            over()

            def withdraw() -> None:
                def op(c: Any) -> Any:
                    return c.set_person_consent(name, "do_not_publish", withdrawn_on=date.today())

                def done(_r: Any) -> None:
                    w.browser.set_query(f'person:"{name}"')  # the photos, window closed or not
                    if alive(self):
                        self.report = self.withdrawal_text(name, impact)
                        self.notice.setText(self.report)

                self.w.ops.run(edit_names.withdraw_consent(name), op, done)

            if not ask:
                withdraw()
                return
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Withdraw Consent"),
                name_in(
                    self.tr(
                        "Withdraw the consent of %1 from today? %Ln photos will be held back "
                        "from every publication.",
                        None,
                        len(impact.item_ids),
                    ),
                    "%1",
                    name,
                ),
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                self,
            )
            self.confirmation = box

            def answered(_result: int) -> None:
                if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Ok:
                    withdraw()

            box.finished.connect(answered)
            box.open()  # not exec(): no event loop nested in a task's callback

        self.tasks.submit(lambda: cat.consent_impact(cat.find_person(name)), read, failed)

    def withdrawal_text(self, name: str, impact: Any) -> str:
        n = len(impact.item_ids)
        text = self.tr("Consent of %1 withdrawn: %Ln photos held back.", None, n)
        text = name_in(text, "%1", name)
        if impact.exports:
            # each sentence filled alone: a '%1' in the person's name stays as typed
            published = "; ".join(
                f"{target} ({fmt.number(len(items))})" for _e, target, _a, items in impact.exports
            )
            said = self.tr("Already published in: %1. Take these photos down there.")
            text += " " + filled(said, published)
        titles = [t for _e, clip_titles in getattr(impact, "clips", ()) for t in clip_titles]
        if titles:
            said = self.tr("Clips cut from their recordings were published too: %1.")
            text += " " + filled(said, ", ".join(fmt.quoted(t) for t in dict.fromkeys(titles)))
        return text

    def done(self, result: int) -> None:
        self.tasks.close()
        super().done(result)
