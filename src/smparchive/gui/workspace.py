"""The modes of the main window's centre: Grid, Loupe, Compare and Survey (one window).

``Workspace`` is a stack: the results (grid or details) and three dark viewer pages. The
window decides what each mode shows (the selection or the view) and sends rating and flag
edits here in every mode; Esc asks the window to go back to the grid.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, translate
from smparchive.gui.keynames import HINT_SEPARATOR, hint_line, with_keys
from smparchive.gui.tasks import TaskRunner, TaskScope
from smparchive.gui.theme import dark_palette

# The viewer pages and their modules (filmstrip, feedback, the loupe's window: ~40 ms of CPU
# with their first build) are made when a mode first shows them, not before the first
# screenful; compare and survey load on first use too (PIL).
if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import ItemRecord
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.viewers.compare import CompareView
    from smparchive.gui.viewers.feedback import Feedback
    from smparchive.gui.viewers.filmstrip import Filmstrip
    from smparchive.gui.viewers.survey import SurveyView
    from smparchive.gui.viewers.walk import Walk
    from smparchive.gui.viewers.window import ViewerWindow

MODES = ("grid", "loupe", "compare", "survey")

# Viewers are dark whatever the theme (photos are judged against neutral dark grey), and
# so are their controls: no light-grey buttons inside a dark viewer.
DARK_STYLE = """
QWidget#loupePage, QWidget#comparePage, QWidget#surveyPage { background: #1b1c1e; }
#loupePage QWidget, #comparePage QWidget, #surveyPage QWidget { color: #e2e2e2; }
#loupePage QPushButton, #loupePage QToolButton, #loupePage QLineEdit, #loupePage QComboBox,
#comparePage QPushButton, #surveyPage QPushButton {
    background: #2c2e32; color: #e2e2e2; border: 1px solid #45484e; border-radius: 3px;
    padding: 3px 6px;
}
#loupePage QPushButton:hover, #loupePage QToolButton:hover { background: #383b40; }
#loupePage QPushButton:disabled, #loupePage QToolButton:disabled { color: #7b7e84; }
#loupePage QTextEdit, #loupePage QTextBrowser {
    background: #202124; color: #e2e2e2; border: none;
}
#loupePage QScrollBar, #comparePage QScrollBar { background: #202124; }
QLabel#keyHints { color: #a9acb2; background: #151617; padding: 4px 10px; }
"""

# Each mode's keys: the text (%1, %2… name keys, in the interface's language), its keys, and
# the keys that go back to the results (the hint saying so is BACK's, after these).
HINTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "loupe": (
        QT_TRANSLATE_NOOP(
            "Workspace",
            "←/→ previous/next · 1–5 rate · P pick · X reject · U unflag · I info · +/− zoom · "
            "C compare · F full screen",
        ),
        (),
        ("Space", "Esc"),
    ),
    # a video or a deck in the loupe takes Space, the arrows and I for itself (its own line
    # lists them): these say how to reach the next item and the results
    "loupe_player": (
        QT_TRANSLATE_NOOP(
            "Workspace", "%1 previous/next · 1–5 rate · P pick · X reject · U unflag"
        ),
        ("PgUp/PgDown",),
        ("Esc",),
    ),
    "loupe_deck": (
        QT_TRANSLATE_NOOP(
            "Workspace",
            "←/→ or %1 pages · %2 previous/next · %3 find · %4 text · 1–5 rate · "
            "P pick · X reject · U unflag · +/− zoom",
        ),
        ("Space", "Ctrl+PgUp/PgDown", "Ctrl+F", "I"),
        ("Esc",),
    ),
    "compare": (
        QT_TRANSLATE_NOOP(
            "Workspace",
            "%1/←/→ choose a photo · %2 swap it with the next · +/− zoom all together · "
            "1–5 rate · P pick · X reject · U unflag · click the filmstrip to replace it",
        ),
        ("Tab", "Shift+S"),
        ("Esc",),
    ),
    "survey": (
        QT_TRANSLATE_NOOP(
            "Workspace",
            "Arrows choose a photo · 1–5 rate · P pick · X reject · U unflag · %1 loupe",
        ),
        ("Enter",),
        ("Esc",),
    ),
}

# The way back names the view it goes back to: from the details table the hints said "Esc
# back to the grid" and Esc went back to the details. (view, number of keys): text.
BACK: dict[tuple[str, int], str] = {
    ("grid", 1): QT_TRANSLATE_NOOP("Workspace", "%1 back to the grid"),
    ("grid", 2): QT_TRANSLATE_NOOP("Workspace", "%1 or %2 back to the grid"),
    ("details", 1): QT_TRANSLATE_NOOP("Workspace", "%1 back to the details"),
    ("details", 2): QT_TRANSLATE_NOOP("Workspace", "%1 or %2 back to the details"),
}


def back_hint(view: str, *keys: str) -> str:
    """ "Esc back to the grid" (or the details: ``view``), in the interface's language."""
    return with_keys(translate("Workspace", BACK[view, len(keys)]), *keys)


class _Page(QWidget):
    """A dark viewer page: content, optional filmstrip, key hints, feedback overlay."""

    def __init__(self, name: str, model: QAbstractItemModel | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # A viewer takes the room the results panel has and never asks for more: a page's
        # minimum size (a player's controls, a key hint's longest phrase) made the main
        # window bigger as it opened (960 px wide became 1101 px for a video in French).
        # What it holds wraps or elides to fit; only a window near its smallest clips it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.mode = name
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.holder = QVBoxLayout()
        self.column.addLayout(self.holder, 1)
        from smparchive.gui.viewers.feedback import Feedback
        from smparchive.gui.viewers.filmstrip import Filmstrip

        self.filmstrip: Filmstrip | None = Filmstrip(model, self) if model is not None else None
        if self.filmstrip is not None:
            self.column.addWidget(self.filmstrip)
        self.hints = QLabel(self)
        self.hints.setObjectName("keyHints")
        self.hints.setWordWrap(True)
        self.column.addWidget(self.hints)
        self.feedback: Feedback = Feedback(self)

    def show_hints(self, extra: str = "", viewer: str = "", back: str = "grid") -> None:
        """The mode's keys (``viewer``: the loupe's player or deck has its own), the way
        back to ``back`` (the grid or the details) last."""
        key = f"{self.mode}_{viewer}" if f"{self.mode}_{viewer}" in HINTS else self.mode
        source, keys, back_keys = HINTS[key]
        text = with_keys(translate("Workspace", source), *keys)
        text += HINT_SEPARATOR + back_hint(back, *back_keys)
        self.hints.setText(hint_line(f"{text} · {extra}" if extra else text))


class _Pages(dict[str, _Page]):
    """The viewer pages by mode, each made the first time it is asked for."""

    def __init__(self, make: Callable[[str], _Page]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, mode: str) -> _Page:
        if mode not in ("loupe", "compare", "survey"):
            raise KeyError(mode)
        page = self[mode] = self._make(mode)
        return page


class Workspace(QStackedWidget):
    """Grid/details results plus the Loupe, Compare and Survey pages.

    Signals: ``shown(item_id)`` when the loupe or compare shows another item (the window
    keeps the grid's current item in step), ``filmstrip_chosen(row)``, ``escape()``.
    """

    shown = Signal(int)
    filmstrip_chosen = Signal(int)
    escape = Signal()
    loupe_requested = Signal()  # Enter in the survey
    mode_changed = Signal(str)

    def __init__(
        self,
        results: QWidget,
        catalog: Catalog,
        runner: TaskRunner,
        ops: OpRunner,
        model: QAbstractItemModel,
        row_of: Callable[[int], int | None],
        cached: Callable[[int], ItemRecord | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.catalog = catalog
        self.runner = runner
        self.ops = ops
        self.row_of = row_of
        self.cached = cached
        self.mode = "grid"
        self.results = results
        self.addWidget(results)
        self.model = model
        self.pages = _Pages(self._make_page)  # loupe, compare, survey: on first use
        self.loupe: ViewerWindow | None = None  # made on first use
        self.compare: CompareView | None = None
        self.compare_selected = 0  # items selected when Compare opened (its hints)
        self.survey: SurveyView | None = None
        self.through_selection = False  # the loupe walks the selection, not the view
        self.auto_advance: Callable[[], bool] = lambda: False  # the window's setting
        self.focus_session: Callable[[], int | None] = lambda: None  # the grid's one session
        self.back_view: Callable[[], str] = lambda: "grid"  # or "details": where Esc goes

    def _make_page(self, mode: str) -> _Page:
        page = _Page(mode, None if mode == "survey" else self.model, self)
        page.setPalette(dark_palette())  # the filmstrip's cells, scroll bars, texts
        page.setStyleSheet(DARK_STYLE)
        self.addWidget(page)
        if page.filmstrip is not None:
            page.filmstrip.chosen.connect(self.filmstrip_chosen)
            # after the style sheet (which resets palettes): the delegate paints the
            # cells from this one
            page.filmstrip.setPalette(dark_palette())
            page.filmstrip.viewport().setPalette(dark_palette())
        return page

    # -- switching --------------------------------------------------------------------------
    def _switch(self, mode: str) -> None:
        if self.mode == "loupe" and mode != "loupe" and self.loupe is not None:
            self.loupe.leave()  # stop a playing video
        self.mode = mode
        self.setCurrentWidget(self.results if mode == "grid" else self.pages[mode])
        self.mode_changed.emit(mode)

    def show_grid(self) -> None:
        self._switch("grid")

    def focus_shown(self) -> bool:
        """Give the keyboard to the mode shown (loupe, compare, survey); False in the grid
        (the caller focuses its view). After a dialog, Esc and the culling keys must reach
        what the user sees, not the hidden grid."""
        shown: QWidget | None = None
        if self.mode == "loupe" and self.loupe is not None:
            shown = self.loupe if self.loupe.waiting else (self.loupe.viewer or self.loupe)
        elif self.mode == "compare":
            shown = self.compare
        elif self.mode == "survey":
            shown = self.survey
        if shown is None:
            return False
        shown.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_loupe(self, ids: Sequence[int] | Walk, index: int, *, through_selection: bool) -> None:
        """The loupe over ``ids`` at ``index`` (the selection when several are selected)."""
        page = self.pages["loupe"]
        if self.loupe is None:
            from smparchive.gui.viewers.window import ViewerWindow

            self.loupe = ViewerWindow(
                self.catalog,
                [],
                0,
                page,
                runner=self.runner,
                ops=self.ops,
                embedded=True,
                cached=self.cached,
                options={"player": {"focus_session": lambda: self.focus_session()}},
            )
            self.loupe.currentChanged.connect(self._loupe_moved)
            page.holder.addWidget(self.loupe)
        self.through_selection = through_selection
        self._switch("loupe")
        self.loupe.set_items(ids, index)
        self._hints()
        self.focus_shown()

    def pictures_renewed(self, keys: Collection[str]) -> None:
        """These pictures were made again: the loupe shows the new ones."""
        if self.loupe is not None:
            self.loupe.pictures_renewed(keys)

    def follow_loupe(self, ids: Sequence[int] | Walk, index: int) -> None:
        """The view's rows changed around the item the loupe shows, now at ``index``."""
        if self.loupe is None:
            return
        self.loupe.follow_items(ids, index)
        self._hints()
        strip = self.pages["loupe"].filmstrip
        if strip is not None:
            strip.show_row(index)

    def _loupe_moved(self, item_id: int) -> None:
        self._hints()  # a video or a deck after a photo: other keys
        row = self.row_of(item_id)
        strip = self.pages["loupe"].filmstrip
        if row is not None and strip is not None:
            strip.show_row(row)
        self.shown.emit(item_id)

    def show_compare(self, ids: Sequence[int], selected: int = 0) -> bool:
        """Two to four photos side by side; False (nothing changes) with fewer than two.

        ``selected``: how many items are selected; when Compare shows fewer, its hints say
        which ("the first 4 of 120 selected"), never as if it showed them all.
        """
        if len(ids) < 2:
            return False
        self.compare_selected = selected
        from smparchive.gui.viewers.compare import MAX_COMPARED, CompareView

        page = self.pages["compare"]
        self._drop_compare()
        self.compare = CompareView(
            self.catalog,
            list(ids)[:MAX_COMPARED],
            page,
            runner=self.runner,
            ops=self.ops,
            tasks=TaskScope(self.runner, page),
            embedded=True,
            cached=self.cached,
        )
        page.holder.addWidget(self.compare)
        self._switch("compare")
        self._hints()
        self.compare.setFocus(Qt.FocusReason.OtherFocusReason)
        self.compare.compared_changed.connect(self._compared_changed)
        self._mark_compared()
        return True

    def _compared_changed(self) -> None:
        self._mark_compared()
        if self.mode == "compare":
            self._hints()  # photos read after Compare opened: "the first 4 of 6 selected"

    def _mark_compared(self) -> None:
        """The filmstrip marks every compared photo, the active one framed."""
        strip = self.pages["compare"].filmstrip
        if self.compare is None or strip is None:
            return
        rows = [self.row_of(r.id) for r in self.compare.records]
        active = self.compare.active_record()
        strip.mark_rows(rows, self.row_of(active.id) if active is not None else None)

    def _drop_compare(self) -> None:
        if self.compare is not None:
            self.compare.release()
            self.compare.setParent(None)
            self.compare.deleteLater()
            self.compare = None

    def show_survey(self, ids: Sequence[int]) -> bool:
        """Every item of ``ids`` side by side; False with fewer than two."""
        if len(ids) < 2:
            return False
        from smparchive.gui.viewers.survey import SurveyView

        page = self.pages["survey"]
        self._drop_survey()
        self.survey = SurveyView(
            self.catalog, ids, TaskScope(self.runner, page), self.ops, page, cached=self.cached
        )
        page.holder.addWidget(self.survey)
        self._switch("survey")
        self._hints()
        self.survey.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _drop_survey(self) -> None:
        if self.survey is not None:
            self.survey.release()
            self.survey.setParent(None)
            self.survey.deleteLater()
            self.survey = None

    def _hints(self) -> None:
        if self.mode == "grid":
            return
        extras: list[str] = []
        if self.mode == "loupe" and self.loupe is not None and self.loupe.ids:
            # the photo's own overlay says "4 / 14" of the view; the hints only add that the
            # loupe walks the selection, not the view
            if self.through_selection:
                extras.append(
                    self.tr("%1 of %Ln selected", None, len(self.loupe.ids)).replace(
                        "%1", fmt.number(self.loupe.index + 1)
                    )
                )
            if self.auto_advance():
                extras.append(translate("Workspace", "auto-advance on"))
        if self.mode == "compare" and self.compare is not None:
            shown = len(self.compare.records)
            if self.compare_selected > shown:
                # each count with its own plural forms ("the first 4 photos" "of 6 selected")
                extras.append(
                    self.tr("%1 of %Ln selected", None, self.compare_selected).replace(
                        "%1", self.tr("the first %Ln photos", None, shown)
                    )
                )
        viewer = ""
        if self.mode == "loupe" and self.loupe is not None and self.loupe.viewer is not None:
            from smparchive.gui.viewers.window import viewer_kind

            record = self.loupe.viewer.record
            viewer = viewer_kind(record.kind) if record is not None else ""
        self.pages[self.mode].show_hints(" · ".join(extras), viewer, self.back_view())

    def refresh_hints(self) -> None:
        """The auto-advance setting changed."""
        self._hints()

    # -- what the modes show ----------------------------------------------------------------
    def current_id(self) -> int | None:
        """The item the current mode acts on (loupe item, active pane or tile)."""
        if self.mode == "loupe" and self.loupe is not None:
            return self.loupe.current_id()
        if self.mode == "compare" and self.compare is not None:
            record = self.compare.active_record()
            return record.id if record is not None else None
        if self.mode == "survey" and self.survey is not None:
            record = self.survey.current_record()
            return record.id if record is not None else None
        return None

    def apply(self, values: dict[str, Any], *, advance: bool = False) -> bool:
        """Rate/flag/label the item the mode shows, with large brief feedback over it.

        False in the grid (the window edits the selection there). ``advance`` moves the
        loupe to the next item afterwards (auto-advance).
        """
        if self.mode == "loupe" and self.loupe is not None and self.loupe.waiting:
            self.loupe.defer(values)  # for the item being read, once it shows
            return True
        if self.mode == "loupe" and self.loupe is not None and self.loupe.viewer is not None:
            if not self.loupe.viewer.set_fields(**values):
                return True
            self.pages["loupe"].feedback.show_edit(values, self.loupe)
            if advance:
                self.loupe.step(1)
            self._hints()
            return True
        if self.mode == "compare" and self.compare is not None and self.compare.reading:
            self.compare.defer(values)  # for the active photo, once the photos are in
            return True
        if self.mode == "survey" and self.survey is not None and self.survey.reading:
            self.survey.defer(values)
            return True
        if self.mode == "compare" and self.compare is not None and self.compare.panes:
            self.compare.set_fields(self.compare.active, **values)
            self.pages["compare"].feedback.show_edit(values, self.compare.active_pane())
            return True
        if self.mode == "survey" and self.survey is not None and self.survey.tiles:
            self.survey.set_fields(**values)
            self.pages["survey"].feedback.show_edit(values, self.survey.active_tile())
            return True
        return False

    def filmstrip_pick(self, row: int, record: Any) -> None:
        """A filmstrip click: the loupe shows that item, compare puts it in the chosen pane."""
        if self.mode == "compare" and self.compare is not None and record is not None:
            self.compare.replace_active(record)
            self._mark_compared()  # both compared photos stay marked
            return
        strip = self.pages[self.mode].filmstrip if self.mode != "grid" else None
        if strip is not None:
            strip.show_row(row)

    def feedback(self) -> Feedback | None:
        return None if self.mode == "grid" else self.pages[self.mode].feedback

    # -- keys and lifetime ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.mode != "grid":
            self.escape.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.mode == "survey":
            self.loupe_requested.emit()
            return
        super().keyPressEvent(event)

    def release(self) -> None:
        """Free the viewers (players, decoders) before the window closes."""
        if self.loupe is not None:
            self.loupe.release()
        self._drop_compare()
        self._drop_survey()
