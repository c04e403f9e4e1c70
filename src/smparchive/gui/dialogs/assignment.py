"""Assignment preview: each item, its proposed session and why; accept or reject per item."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from smparchive.gui import edit_names
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled, translate
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, preferred_size
from smparchive.gui.views.tables import tidy
from smparchive.gui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from smparchive.core.domain.assign import Proposal
    from smparchive.core.domain.proposals import Proposals
    from smparchive.gui.deps import Deps
    from smparchive.gui.tasks import TaskHandle

Index = QModelIndex | QPersistentModelIndex

REASONS = {
    "inside": QT_TRANSLATE_NOOP("ProposalsModel", "Inside the session"),
    "break": QT_TRANSLATE_NOOP("ProposalsModel", "Nearest session"),
    "none": QT_TRANSLATE_NOOP("ProposalsModel", "No session near"),  # a break or another date
    "overlap": QT_TRANSLATE_NOOP("ProposalsModel", "Parallel sessions: choose"),
    "manual": QT_TRANSLATE_NOOP("ProposalsModel", "Assigned by hand"),
    "no-time": QT_TRANSLATE_NOOP("ProposalsModel", "No capture time"),
    "deck": QT_TRANSLATE_NOOP("ProposalsModel", "Document matches the session"),  # decks too
    "no-match": QT_TRANSLATE_NOOP("ProposalsModel", "No session matches"),
}


# The rules' explanations (core.domain.assign.Why), placeholders filled in the order:
# moment, session title, session hours, sessions, minutes/count, share, score.
WHY = {
    "manual": QT_TRANSLATE_NOOP("ProposalsModel", "assigned by hand; kept"),
    "no-time": QT_TRANSLATE_NOOP("ProposalsModel", "no capture time"),
    "file-date": QT_TRANSLATE_NOOP(
        "ProposalsModel", "only the file’s date is known (often when it was copied): assign by hand"
    ),
    "inside": QT_TRANSLATE_NOOP("ProposalsModel", "captured %1, inside “%2” (%3)"),
    "parallel": QT_TRANSLATE_NOOP("ProposalsModel", "parallel sessions at %1: %2"),
    "break-none": QT_TRANSLATE_NOOP("ProposalsModel", "captured %1, no session within %2 min"),
    "outside-days": QT_TRANSLATE_NOOP(
        "ProposalsModel", "captured %1, on a date with no session in the programme"
    ),
    "break-tie": QT_TRANSLATE_NOOP(
        "ProposalsModel", "captured %1, equally near to %2 parallel sessions"
    ),
    "break": QT_TRANSLATE_NOOP("ProposalsModel", "captured %1, %4 min before “%2” (%3)"),
    "break-after": QT_TRANSLATE_NOOP("ProposalsModel", "captured %1, %4 min after “%2” (%3)"),
    "recording-parallel": QT_TRANSLATE_NOOP(
        "ProposalsModel", "recording from %1 overlaps %2 parallel sessions"
    ),
    "recording": QT_TRANSLATE_NOOP(
        "ProposalsModel", "recording from %1 overlaps “%2” (%3) for %4 min (%5 of it)"
    ),
    "deck-no-match": QT_TRANSLATE_NOOP(
        "ProposalsModel", "no session matches the document well enough"
    ),
    "deck-no-match-best": QT_TRANSLATE_NOOP(
        "ProposalsModel", "no session matches the document well enough (best score %1)"
    ),
    "deck-tie": QT_TRANSLATE_NOOP(
        "ProposalsModel", "the document matches %1 sessions about equally"
    ),
    "deck": QT_TRANSLATE_NOOP(
        "ProposalsModel", "the document matches “%1” by title, speakers or file name (score %3)"
    ),
}


CHOICE_REASONS = ("overlap", "none", "no-match")  # the rules could not decide


def reason_of(p: Any) -> str:
    return str(getattr(p.reason, "value", p.reason))


class ProposalRows(Sequence[tuple[Any, Any]]):
    """The rows a filter shows of a day's proposals (``rows``: their indexes), each
    ``(proposal, what the table shows of its item)`` made when read: the table reads the
    rows in view, and the counts and ticks read the proposals' compact rows (65,637 made
    for each filter and count held the dialog ~0.5 s at 1M)."""

    def __init__(
        self, proposals: Proposals, shown: dict[int, Any], rows: Sequence[int] | None = None
    ) -> None:
        self.proposals, self.shown = proposals, shown
        self.rows: Sequence[int] = range(len(proposals)) if rows is None else rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, row: Any) -> Any:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        p = self.proposals[self.rows[row]]
        return p, self.shown.get(p.item_id)

    def item_id(self, row: int) -> int:
        """The item of ``row`` (no proposal made)."""
        return self.proposals.item_id(self.rows[row])

    def actionable(self, row: int) -> bool:
        """Whether ``row`` changes its item (no proposal made)."""
        return self.proposals.actionable(self.rows[row])

    def where(self, *, actionable: bool = False, reasons: tuple[str, ...] = ()) -> ProposalRows:
        """Those of every proposal that change their item or have one of ``reasons``."""
        return ProposalRows(
            self.proposals,
            self.shown,
            self.proposals.rows_where(actionable=actionable, reasons=reasons),
        )


class ProposalsModel(ListTableModel):
    """Every proposal with its proposed session; a check box (pre-checked) on each change.

    Rows that change nothing show their session greyed; parallel sessions list the
    candidates to choose from (assign those by hand: they are never applied).
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("ProposalsModel", "Accept"),
        QT_TRANSLATE_NOOP("ProposalsModel", "Item"),
        QT_TRANSLATE_NOOP("ProposalsModel", "Captured"),
        QT_TRANSLATE_NOOP("ProposalsModel", "Now"),
        QT_TRANSLATE_NOOP("ProposalsModel", "Proposed"),
        QT_TRANSLATE_NOOP("ProposalsModel", "Reason"),
        QT_TRANSLATE_NOOP("ProposalsModel", "Why"),
    )

    rows: Any  # ProposalRows: (proposal, record or None), or a list of them

    def __init__(self, session_title: Callable[[int | None], str], session_of: Any = None) -> None:
        super().__init__()
        self.accepted: set[int] = set()
        self.session_title = session_title
        self.session_of = session_of or (lambda _sid: None)  # id -> SessionRecord

    def set_rows(self, rows: Any, *, fresh: bool = False) -> None:
        """Show ``rows`` (:class:`ProposalRows`, or ``(proposal, record)`` pairs);
        ``fresh`` proposals start with every change accepted."""
        if not isinstance(rows, ProposalRows):
            rows = list(rows)
        if fresh and isinstance(rows, ProposalRows) and len(rows) == len(rows.proposals):
            self.accepted = set(rows.proposals.changing_ids())  # no row made
        elif fresh:
            self.accepted = {self._item_id(rows, i) for i in self._changes(rows)}
        self.beginResetModel()
        self.rows = rows  # not copied: a ProposalRows makes its rows when read
        self.endResetModel()

    @staticmethod
    def _changes(rows: Any) -> list[int]:
        if isinstance(rows, ProposalRows):
            return [i for i in range(len(rows)) if rows.actionable(i)]
        return [i for i, (p, _r) in enumerate(rows) if p.actionable]

    @staticmethod
    def _item_id(rows: Any, row: int) -> int:
        if isinstance(rows, ProposalRows):
            return rows.item_id(row)
        return int(rows[row][0].item_id)

    def _actionable(self, row: int) -> bool:
        if isinstance(self.rows, ProposalRows):
            return self.rows.actionable(row)
        return bool(self.rows[row][0].actionable)

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() == 0 and self._actionable(index.row()):
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p, rec = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0 and p.actionable:
            return Qt.CheckState.Checked if p.item_id in self.accepted else Qt.CheckState.Unchecked
        reason = reason_of(p)
        if role == Qt.ItemDataRole.DisplayRole:
            # the cell asked for only: fitting the columns asks ~1,000 rows of each, and
            # every cell phrased its row's explanation and time (a day's 65,637 proposals)
            if col == 0:
                return self.tr("Change") if p.actionable else self._status(p, reason)
            if col == 1:
                return rec.name if rec else str(p.item_id)
            if col == 2:
                return fmt.capture(rec) if rec else ""
            if col == 3:
                return self.session_title(p.current_session_id)
            if col == 4:
                return self.proposed(p, reason)
            if col == 5:
                return self.tr(REASONS.get(reason, reason))
            return self.why(p, reason, rec)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 5 and reason in (*CHOICE_REASONS, "no-time"):
                return QColor("#d97706")
            if col in (0, 4) and not p.actionable:
                if reason == "overlap" and col == 4:
                    return QColor("#d97706")
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and col == 4 and p.actionable:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and rec is not None:
            return fmt.capture_tip(rec)  # the Captured cell's '(+1 h)' spelled out
        if role == Qt.ItemDataRole.ToolTipRole and col in (4, 6):
            return self.proposed(p, reason) if col == 4 else self.why(p, reason, rec)
        return None

    def why(self, p: Proposal, reason: str, rec: Any) -> str:
        """The rules' explanation phrased in the interface's language from its code and
        values (times in the event's zone); the rules' English sentence only for a code
        this version does not know."""
        code = str(p.why or "")
        args: dict[str, Any] = dict(p.params)
        text = self.tr(WHY[code]) if code in WHY else ""
        if not text:
            return str(p.detail)
        values: list[str] = []
        if "moment" in args:
            values.append(self._moment(args["moment"], rec))
        if "session" in args:
            values += [self.session_title(args["session"]), self._span(args["session"])]
        if "sessions" in args:
            values.append(" / ".join(self.session_title(s) for s in args["sessions"]))
        for key in ("minutes", "tolerance_min", "count"):
            if key in args:  # a few seconds read '<1 min', not '0 min'
                few = key == "minutes" and int(args[key]) == 0
                values.append("<1" if few else fmt.number(int(args[key])))
        if "share" in args:
            values.append(fmt.percent(float(args["share"]) * 100))
        for key in ("score", "best"):
            if args.get(key) is not None:
                values.append(QLocale().toString(float(args[key]), "f", 2))
        if code == "break" and not args.get("before"):
            text = self.tr(WHY["break-after"])
        if code == "deck-no-match" and args.get("best") is not None:
            text = self.tr(WHY["deck-no-match-best"])
        for n, value in enumerate(values, 1):
            text = text.replace(f"%{n}", value)
        return text

    def _moment(self, moment: Any, rec: Any) -> str:
        """The item's corrected time as the Captured column shows it (correction named)."""
        if rec is not None and rec.capture_utc is not None and rec.capture_utc == moment:
            return fmt.capture(rec, zone=None, compact=False)
        return fmt.event_moment(moment)

    def _span(self, session_id: int) -> str:
        session = self.session_of(session_id)
        if session is None:
            return ""
        start, end = (fmt.event_clock(t, session.event_id) for t in (session.start, session.end))
        return f"{start}–{end}"

    def proposed(self, p: Any, reason: str) -> str:
        """The proposed session; unchanged ones too; the candidates when a choice is needed."""
        if reason == "overlap" and p.candidates:
            names = " / ".join(self.session_title(c) for c in p.candidates)
            return self.tr("Choose: %1").replace("%1", names)
        if reason in ("manual", "no-time"):
            return self.session_title(p.current_session_id)
        return self.session_title(p.session_id)

    def _status(self, p: Any, reason: str) -> str:
        if reason == "overlap":
            return self.tr("Choose")
        if reason == "manual":
            return self.tr("By hand")
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        if not self._actionable(index.row()):
            return False
        item_id = self._item_id(self.rows, index.row())
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(item_id)
        else:
            self.accepted.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_accepted(self, rows: list[int], accepted: bool) -> None:
        for row in rows:
            if self._actionable(row):
                (self.accepted.add if accepted else self.accepted.discard)(
                    self._item_id(self.rows, row)
                )
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0))


class AssignmentDialog(FittedDialog):
    """Runs the assignment rules as a dry run and applies the accepted proposals."""

    def __init__(self, w: Deps, item_ids: list[int] | None = None) -> None:
        super().__init__(w.parent)
        self.w = w
        self.item_ids = item_ids
        self.setWindowTitle(self.tr("Assign Items to Sessions"))
        self.resize(preferred_size(self, 1800, 900))  # the explanations are long
        sessions = {s.id: s for s in w.sessions}
        self.model = ProposalsModel(
            lambda sid: w.session_titles.get(sid, "—") if sid else "—", sessions.get
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        # the rules' explanation gets the room; every cell wraps (rows as tall as their text):
        # at 1366 px the session, reason and explanation columns were cut (French above all)
        tidy(self.view, stretch=6, wrap=True)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("Changes"), "changes")
        self.show_filter.addItem(self.tr("Changes and choices"), "choices")
        self.show_filter.addItem(self.tr("Everything"), "all")
        self.show_filter.activated.connect(lambda _i: self._fill())
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_filter)
        self.buttons = QDialogButtonBox()
        accept_sel = self.buttons.addButton(
            self.tr("Accept Selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        reject_sel = self.buttons.addButton(
            self.tr("Reject Selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_btn = self.buttons.addButton(
            self.tr("Apply Accepted"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        accept_sel.clicked.connect(lambda: self.model.set_accepted(self._rows(), True))
        reject_sel.clicked.connect(lambda: self.model.set_accepted(self._rows(), False))
        self.choosing = (accept_sel, reject_sel)  # nothing to choose in an empty list
        self.apply_btn.clicked.connect(self.apply)
        self.model.dataChanged.connect(lambda *_: self._update_apply())
        self.buttons.rejected.connect(self.reject)
        # The chosen row's reason in full: the table's columns cut long explanations (French
        # ones above all) on a laptop screen, and a tooltip needs the mouse.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.view, 1)
        col.addWidget(self.detail)
        col.addWidget(self.buttons)
        self.empty = EmptyState(self.view)  # why the list is empty (all applied, nothing to do)
        # the keyboard starts in the proposals (arrows, Space ticks, Tab to the buttons), not
        # in the Show filter that comes first: Down there changed the filter
        self.view.setFocus()
        self.proposals: ProposalRows | list[Any] = []  # every proposal, whatever is shown
        self._applied = 0  # items the last Apply assigned
        self._loading: TaskHandle | None = None
        self.load()

    @classmethod
    def show_for(cls, w: Deps, item_ids: list[int] | None = None) -> AssignmentDialog | None:
        dlg = cls(w, item_ids)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def _rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})

    def load(self) -> None:
        catalog, ids = self.w.catalog, self.item_ids

        def work(ctx: Any) -> ProposalRows:
            # what the table shows of each item (its name and time), not full records: a
            # day's 65,000 proposals read ~3 s of texts, tags and paths nobody saw; read by
            # the rules' own statement (a second reading by id took ~0.2 s at 1M)
            shown: dict[int, Any] = {}
            with catalog.interruptible(ctx.cancel_token):
                proposals = catalog.propose_assignments(ids, cancel=ctx.cancel_token, shown=shown)
            return ProposalRows(proposals, shown)

        self.summary.setText(self.tr("Working out proposals…"))
        self._stop_loading()  # a reading still under way is of the list before
        self._loading = self.w.runner.submit(
            work, label=translate("Tasks", "Reading the proposed assignments"), on_done=self._loaded
        )

    def _stop_loading(self) -> None:
        if self._loading is not None and self._loading.running:
            self._loading.cancel()
        self._loading = None

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_loading()  # closed before the proposals came: nobody waits for them
        super().hideEvent(event)

    def _loaded(self, rows: ProposalRows) -> None:
        self.proposals = rows
        self.model.set_rows(rows, fresh=True)
        self._fill()

    def _fill(self) -> None:
        every = self.proposals
        shown = self.show_filter.currentData()
        rows: ProposalRows | list[Any] = every
        if isinstance(every, ProposalRows) and shown != "all":
            rows = every.where(actionable=True, reasons=("overlap",) if shown == "choices" else ())
        self.model.set_rows(rows)
        if rows:  # the first row's reason shows at once (current, not selected)
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 1), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        else:  # emptied (everything applied): no reason of a row no longer there
            self.detail.clear()
        self._explain_empty(bool(rows), shown)
        for button in self.choosing:
            button.setEnabled(bool(rows))
        changes, choices = 0, 0
        if isinstance(every, ProposalRows):  # from the compact rows: no proposal made
            changes, by_reason = every.proposals.counts()
            choices = sum(n for r, n in by_reason.items() if r == "overlap")
        text = (  # each count in its own piece, with its own plural forms
            filled(
                self.tr("%1: %2, %3 (assign them by hand)."),
                self.tr("%Ln items", None, len(self.proposals)),
                self.tr("%Ln would change session", None, changes),
                self.tr("%Ln need a choice", None, choices),
            )
        )
        if self._applied:  # what the last Apply did, so an emptied list is not a puzzle
            text = self.tr("Assigned %Ln items to sessions.", None, self._applied) + " " + text
        self.summary.setText(text)
        self._update_apply()

    def _explain_empty(self, has_rows: bool, shown: str) -> None:
        """An empty list says why: what was just applied, or that nothing needs a change."""
        if has_rows:
            self.empty.clear()
            return
        title = (
            self.tr("Every accepted proposal is applied.")
            if self._applied
            else self.tr("No item needs a change of session.")
        )
        text = (
            self.tr("Choose “Everything” under Show to see every item and its session.")
            if shown != "all"
            else ""
        )
        self.empty.show_state(title, text, [])

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The current row whole: item, its session now and proposed, the rule and why."""
        if not current.isValid():
            self.detail.clear()
            return
        m, row = self.model, current.row()

        def cell(column: int) -> str:
            return str(m.index(row, column).data() or "")

        self.detail.setText(
            filled(
                self.tr("%1, captured %2: %3 → %4. %5: %6"),
                cell(1),
                cell(2),
                cell(3),
                cell(4),
                cell(5),
                cell(6),
            )
        )

    def _update_apply(self) -> None:
        n = len(self.model.accepted)
        self.apply_btn.setText(self.tr("Apply %Ln Accepted", None, n))
        self.apply_btn.setEnabled(n > 0)

    def apply(self) -> None:
        every = self.proposals
        proposals = every.proposals if isinstance(every, ProposalRows) else []
        only = sorted(self.model.accepted)
        if not only:
            return

        def done(_r: Any) -> None:
            self._applied = len(only)
            self.load()

        self.w.ops.run(
            edit_names.named(edit_names.Step.ASSIGN_TO_SESSIONS),
            lambda c: c.apply_assignments(proposals, only=only),
            on_done=done,
            owner=self,  # closed meanwhile: stored all the same, nothing to show it in
        )
