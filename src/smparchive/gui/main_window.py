"""The main window: sidebar, thumbnail grid / details table, inspector, search and status."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDeadlineTimer,
    QEvent,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.catalog.changes import ChangeSummary
from smparchive.core.catalog.counts import SelectionSummary
from smparchive.core.catalog.errors import server_away
from smparchive.core.catalog.locations import short_name
from smparchive.core.catalog.records import ItemRecord, RootRecord, SessionRecord
from smparchive.core.messages import by_teammate
from smparchive.core.vocab import Kind
from smparchive.gui import commands as cmd
from smparchive.gui import context_menus, edit_names, layout_state, problem_texts
from smparchive.gui import formatting as fmt
from smparchive.gui.actions import MODE_ACTIONS, TOOLBAR
from smparchive.gui.conflict_box import ConflictBox
from smparchive.gui.controllers import vocabulary
from smparchive.gui.controllers.browser import BrowserController
from smparchive.gui.controllers.exporting import export_selection, export_view, source_for_node
from smparchive.gui.controllers.folders import FolderActions
from smparchive.gui.controllers.ingest import IngestController, dropped_paths
from smparchive.gui.controllers.scope import ScopeController
from smparchive.gui.controllers.thumbnails import ThumbnailRepair
from smparchive.gui.deps import Deps
from smparchive.gui.i18n import interface_language, translate
from smparchive.gui.icons import app_icon
from smparchive.gui.live import LiveFeed
from smparchive.gui.menus import (
    build_actions,
    build_menus,
    build_toolbar,
    fill_recent,
    shortcut_rows,
)
from smparchive.gui.models.item_model import ItemListModel, ItemTableModel
from smparchive.gui.models.item_store import ItemStore
from smparchive.gui.models.sidebar_model import (
    Node,
    SidebarData,
    SidebarModel,
    folder_key,
    read_sidebar,
    slow_counts,
)
from smparchive.gui.models.thumbnails import ThumbnailLoader
from smparchive.gui.modes import ModeController
from smparchive.gui.ops import ConflictNotice, OpRunner
from smparchive.gui.selection import Selection
from smparchive.gui.settings import Settings
from smparchive.gui.tasks import SHUTDOWN_MS, TaskContext, TaskHandle, TaskRunner
from smparchive.gui.views.browser_views import DetailsView, GridView
from smparchive.gui.widgets.empty_state import EmptyState
from smparchive.gui.widgets.fields import LineLabel
from smparchive.gui.widgets.inspector import Inspector
from smparchive.gui.widgets.jobs import JobsWidget
from smparchive.gui.widgets.scope_bar import ScopeBar
from smparchive.gui.widgets.search_bar import SearchBar
from smparchive.gui.widgets.sidebar import SidebarView
from smparchive.gui.widgets.status_bar import StatusBar
from smparchive.gui.workspace import Workspace

if TYPE_CHECKING:
    from datetime import datetime

    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.ingest.report import RemakeReport

log = logging.getLogger(__name__)
INSPECTOR_RECORDS = 2000  # records fetched to show a (huge) selection in the inspector
KEEP_SELECTED = 5000  # a selection up to this size stays selected when a change moves rows
NEIGHBOURS = 200  # items after (and before) a selection that may inherit it when it leaves
AWAY_NAMED = 20  # the newest edits refused while the server was away, named in a tooltip
SIDEBAR_LATEST_MS = 1500  # the sidebar is read after the first records, or after this


class MainWindow(QMainWindow):
    """One window per open catalogue; File > Open asks the app for another window."""

    _selection_timer: QTimer  # made in __init__ after the views that connect to it

    catalogue_requested = Signal(str, bool)  # path, create

    def __init__(self, catalog: Catalog, runner: TaskRunner, settings: Settings) -> None:
        super().__init__()
        self.catalog = catalog
        self.runner = runner
        # Capture times are shown in their event's zone (one small read before the first
        # paint): a second event's items and sessions at its own time.
        days = catalog.days(counts=False)
        day_events = {d.id: d.event_id for d in days}
        fmt.set_event_zone(catalog.event_zone(), catalog.event_zones(), day_events)
        fmt.set_event_days({d.id: d.date for d in days})
        self.settings = settings
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.ops = OpRunner(catalog, runner, self.undo_stack, self)
        self.conflict_box: QMessageBox | None = None  # the open "keep theirs / mine" notice
        # Changes made elsewhere (teammates, the CLI) refresh their rows like our own.
        self.live = LiveFeed(catalog, self)
        self.live.arrived.connect(self.ops.announce)
        self.live.reachable.connect(self._server_answering)
        live = self.live
        self.ops.known_away = lambda: live.known_away
        self.live.start()
        self.thumbs = ThumbnailLoader(catalog.thumbnails, parent=self)
        self.thumb_repair = ThumbnailRepair(catalog, runner, parent=self)
        self.store = ItemStore(catalog, runner)
        self.browser = BrowserController(catalog, runner, self.store)
        self.session_titles: dict[int, str] = {}
        self.collections: dict[int, str] = {}  # curated ones, from the sidebar's read
        self.grid_model = ItemListModel(self.store, self.thumbs, self.session_title)
        self.table_model = ItemTableModel(self.store, self.thumbs, self.session_title)
        self.sessions: list[SessionRecord] = []
        self.roots: list[RootRecord] = []  # the catalogued folders, from the sidebar's read
        self.selection = Selection(self.store, lambda: self.view)
        # the whole selection's sums when it is larger than the inspector loads (see
        # _summarise); dropped at every change to the catalogue
        self._summary: SelectionSummary | None = None
        self._summarising: tuple[int, ...] | None = None
        self._summary_task: TaskHandle | None = None  # adding up _summarising
        self._summary_gen = 0
        self.selection.resolved.connect(self._selection_changed)
        # sidebar counts that read every item: counted once the first records are in
        self._slow_counts: dict[str, int] = {}
        self._slow_due = False
        self._results_seen = False
        self._after_first: list[Callable[[], None]] = []  # see after_first_screen
        # the current item's record comes with the first page being read (not read twice)
        self._inspect_waits = False
        # the selected ids, the current one, and the items after and before them
        self._kept_selection: tuple[list[int], int | None, list[int]] = ([], None, [])
        self._sidebar_due = False  # the first reading of the sidebar waits (see below)
        self._build()
        self.deps = Deps(
            catalog,
            runner,
            self.ops,
            settings,
            self.selection,
            self.browser,
            self,
            self.show_error,
            self.show_failure,
            self.focus_results,
            lambda text: self.say(text, 6000),
            self.session_titles,
            self.sessions,
            self.thumbs,
            self.collections,
            self.roots,
        )
        self.ingest = IngestController(
            self.deps,
            self.thumb_repair,
            self._visible_ids,
            self.refresh_visible_thumbnails,
            self.refresh_sidebar,
        )
        self.folders = FolderActions(
            self.deps,
            self.ingest,
            self._folders_changed,
            self._folder_removed,
            lambda root_id: self.verify_files([root_id]),
        )
        self.modes = ModeController(
            self.workspace,
            self.selection,
            self.store,
            lambda: self.view,
            self,
            lambda: [
                self.sidebar,
                self.inspector,
                self.toolbar,
                self.search,
                self.scope_bar,
                self.statusBar(),
                self.menuBar(),  # its commands' keys live on the window: they still work
            ],
            lambda text: self.say(text, 6000),
        )
        # local shortcuts (rating keys, G/E/C/N, Space) work in the results and every mode
        self.actions_by_name = build_actions(self, self, self.workspace, self.undo_stack)
        self.menus = build_menus(
            self.menuBar(),
            self.actions_by_name,
            lambda menu: fill_recent(menu, lambda p: self.catalogue_requested.emit(str(p), False)),
        )
        self.toolbar = self.addToolBar(self.tr("Workspace"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        build_toolbar(self.toolbar, self.actions_by_name, TOOLBAR)
        # Grid, Details, Loupe, Compare, Survey: the one shown is checked, however reached
        self.mode_group = QActionGroup(self)
        for action_id in MODE_ACTIONS:
            self.mode_group.addAction(self.actions_by_name[action_id])
        self.workspace.mode_changed.connect(self._mode_changed)
        self.workspace.auto_advance = lambda: self.settings.auto_advance
        self.workspace.back_view = lambda: "details" if self.view is self.table else "grid"
        self.workspace.focus_session = self._scope_session
        self._init_action_states()
        context_menus.install_results(
            (self.grid, self.table),
            lambda view, pos: context_menus.results_menu(
                self.actions_by_name, self.menus, view, pos
            ),
        )
        self.sidebar.menu_requested.connect(self._sidebar_menu)
        self.sidebar.results_requested.connect(self._from_sidebar)
        self.sidebar.rename_requested.connect(
            lambda n: vocabulary.rename_tag(self.deps, *self._tag_of(n))
        )
        self.sidebar.delete_requested.connect(
            lambda n: vocabulary.delete_tag(self.deps, *self._tag_of(n))
        )
        self.scope = ScopeController(
            self.browser,
            self.search,
            self.sidebar,
            self.scope_bar,
            self.empty_state,
            self.actions_by_name.get,
            self.focus_results,
        )
        self.ingest.next_step = self._scan_next_step
        self._connect()
        self._restore_state()
        # The first screenful first: the sidebar (its counts read the catalogue: ~0.15 s of
        # CPU at a million items) is read once the first records are in, or after a while.
        self._sidebar_due = True
        QTimer.singleShot(SIDEBAR_LATEST_MS, self, self._first_screen_late)
        self.browser.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.sidebar_model = SidebarModel()
        self.sidebar = SidebarView(self.sidebar_model)
        self.search = SearchBar()
        self.grid = GridView()
        self.grid.setModel(self.grid_model)
        self.grid.set_thumb_size(self.settings.thumb_size)
        self.table = DetailsView()
        self.table.setModel(self.table_model)
        self.results = QStackedWidget()
        self.results.addWidget(self.grid)
        self.results.addWidget(self.table)
        self.workspace = Workspace(
            self.results,
            self.catalog,
            self.runner,
            self.ops,
            self.grid_model,
            self.store.row_of,
            self.store.cached,
        )
        self.scope_bar = ScopeBar()
        self.inspector = Inspector(self.ops, self.thumbs, self.settings.caption_languages)
        self.inspector.texts.suggester = self.suggest_alt_text
        # the texts open on the language last written in (else the interface's): a French
        # comms officer found the EN tab again after every restart
        self.inspector.texts.choose_language(self.settings.caption_language, interface_language())
        self.inspector.texts.tabs.currentChanged.connect(self._caption_language_chosen)

        centre = QWidget()
        col = QVBoxLayout(centre)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.search)
        col.addWidget(self.scope_bar)
        col.addWidget(self.workspace, 1)
        self.empty_state = EmptyState(self.results)  # over the results when there are none

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.inspector)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        # its passing messages wrap onto two lines; its lines shorten with … rather than
        # widen the window
        self.setStatusBar(StatusBar(self))
        self.count_label = LineLabel()
        self.statusBar().addWidget(self.count_label, 1)
        self.jobs = JobsWidget(self.runner)
        self.statusBar().addPermanentWidget(self.jobs)
        # while the team server does not answer: said until it does (a dialog is closed
        # and forgotten, and changes made meanwhile are not saved)
        self.offline_label = LineLabel()
        # edits refused while it was away (said here, counted, never one dialog each)
        self._refused_away: list[str] = []
        self._slow_edits: list[str] = []  # edits the catalogue has not answered for a while
        self._slow_text = ""  # what the status bar says about them
        self._kept_text = ""  # what it says of a text kept to be saved when the server is back
        self._show_away(False)
        self.offline_label.setObjectName("serverAway")
        self.offline_label.setStyleSheet("color: #b35c00; font-weight: 600;")
        self.offline_label.setWordWrap(False)
        self.statusBar().addPermanentWidget(self.offline_label)
        # the saved mode; its actions are checked by _init_action_states
        self.results.setCurrentWidget(
            self.table if self.settings.view_mode == "details" else self.grid
        )
        self.setWindowTitle(self._title())

    def _title(self) -> str:
        return f"{short_name(self.catalog.location)} — smparchive"

    def _connect(self) -> None:
        self.sidebar_model.items_dropped.connect(self.drop_on_target)
        self.search.query_changed.connect(self.browser.set_query)
        self.search.chips_changed.connect(self.browser.set_chips)
        self.search.leave_requested.connect(self.focus_results)
        # Bound methods, not lambdas, for signals of objects that outlive this window (the
        # browser, the runner): Qt drops such a connection when the window is destroyed, so a
        # late answer never reaches a deleted window.
        self.browser.results.connect(self._results_counted)
        self.browser.rows_updating.connect(self._keep_selection)
        self.browser.rows_updated.connect(self._reselect)
        self.browser.rows_updated.connect(self.modes.follow_view)  # after _reselect
        self.browser.first_page.connect(self._results_counted)
        self.browser.facets_ready.connect(self.search.set_facets)
        self.browser.days_spanned.connect(self._captions_dated)
        self.browser.facets_pending.connect(self.search.facets_pending)
        self.browser.query_error.connect(self.search.show_error)
        self.table_model.sort_requested.connect(self.browser.set_sort)
        self.browser.sort_shown.connect(self.table.show_sort)
        self.grid_model.reorder_requested.connect(self.reorder_collection)
        self.ops.changes.connect(self.on_changes)
        self.ops.failed.connect(self.show_error)
        self.ops.not_saved.connect(self._not_saved)
        self.ops.waiting.connect(self._saving_slowly)
        self.ops.conflict.connect(self.show_conflict)
        self.ops.told.connect(lambda text: self.say(text, 6000))
        self.ops.stepped.connect(lambda text: self.say(text, 6000))
        self.runner.task_failed.connect(self._task_failed)
        self.inspector.session_chosen.connect(self.assign_session)
        for view in (self.grid, self.table):
            view.open_requested.connect(self.toggle_loupe)
            view.selectionModel().selectionChanged.connect(lambda *_: self._selection_timer.start())
            view.selectionModel().currentChanged.connect(lambda *_: self._selection_timer.start())
        self.grid.visible_rows_changed.connect(self._visible_rows)
        for model in (self.grid_model, self.table_model):
            model.thumbnails_missing.connect(self.thumb_repair.request)
        self.thumb_repair.made.connect(self.refresh_visible_thumbnails)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(40)
        self._selection_timer.timeout.connect(self._selection_changed)
        self._sidebar_timer = QTimer(self)
        self._sidebar_timer.setSingleShot(True)
        self._sidebar_timer.setInterval(400)
        self._sidebar_timer.timeout.connect(self.refresh_sidebar)
        self.store.records_loaded.connect(self._records_loaded)

    def _restore_state(self) -> None:
        layout_state.restore(self, self.splitter, self.settings)

    # -- browsing ---------------------------------------------------------------------------
    @property
    def view(self) -> GridView | DetailsView:
        return self.grid if self.results.currentWidget() is self.grid else self.table

    def set_view_mode(self, mode: str) -> None:
        """Grid or Details (from any mode: the loupe, compare or survey is left for it),
        keeping the selection and current item, with the keyboard in it (Ctrl+1 pressed in
        the sidebar left the keys there: the grid was already shown, nothing happened)."""
        old = self.view
        ranges = self.selection.ranges()
        current = self.current_row()
        target = self.table if mode == "details" else self.grid
        self.results.setCurrentWidget(target)
        self.settings.view_mode = mode
        if old is not target and (ranges or current >= 0):
            self.selection.select_ranges(ranges or [(current, current)], current_row=current)
        if self.workspace.mode != "grid":
            self.modes.back_to_grid()  # says the mode changed
        else:
            self._mode_changed(self.workspace.mode)
        self.focus_results()

    def _task_failed(self, label: str, exc: BaseException, write: bool) -> None:
        if server_away(exc):  # an undo or redo while the server is away: no dialog either
            if write:
                self._not_saved(label, False)
            else:  # a read ('refresh items'): no change of the person's was lost
                log.warning("%s: %s", label, exc)
                self._show_away(True)
            return
        # the step's name, then why, one sentence: "Tag “X” was not undone: bob had …" (it
        # read "Tag X: Nothing was undone: bob had …"); "Ajout de « X » : …" in French
        # a teammate's change in the way: titled as the question about one is, wherever
        title = problem_texts.conflict_title() if by_teammate(problem_texts.raised(exc)) else None
        self.show_error(problem_texts.labelled(label, exc), title)

    def _server_answering(self, online: bool) -> None:
        if online:  # (edits refused before the feed noticed it was away stay counted)
            self._refused_away.clear()
        self._show_away(not online)
        if online:  # what was typed meanwhile and kept in its field is saved now
            bar = self.statusBar()
            if self._kept_text and bar.currentMessage() == self._kept_text:
                bar.clearMessage()  # 'saved when it answers again' stayed, saved or not
            self._kept_text = ""
            self.inspector.retry_unsaved()

    def _show_away(self, away: bool) -> None:
        """The orange notice while the server does not answer, with the count of edits
        refused meanwhile (their names in its tooltip)."""
        n = len(self._refused_away)
        if n:
            text = self.tr("The catalogue server does not answer: %n changes not saved.", None, n)
        else:
            text = self.tr(
                "The catalogue server does not answer: changes are not saved until it is back."
            )
        self.offline_label.setText(text)
        self.offline_label.setToolTip("\n".join(self._refused_away[-AWAY_NAMED:]) or text)
        self.offline_label.setVisible(away)

    def _not_saved(self, label: str, kept: bool) -> None:
        """An edit failed because the server did not answer: said in the status bar and
        counted in the orange notice, not in a dialog (a comms officer rating ten photos got
        ten dialogs stacked on the notice). A rating, flag or choice is refused (the control
        shows the stored value again); a typed text is kept and saved when it is back."""
        if kept:
            text = self.tr("Kept, and saved when the catalogue server answers again: %1")
        else:
            self._refused_away.append(label)
            text = self.tr("Not saved, the catalogue server does not answer: %1")
        log.warning("not saved (server away): %s", label)
        self._show_away(True)  # the failure shows it before the live feed notices
        self.say(text.replace("%1", label), 8000)
        self._kept_text = self.statusBar().currentMessage() if kept else ""

    def _saving_slowly(self, label: str, waiting: bool) -> None:
        """An edit the catalogue has not answered yet is said in the status bar until it is
        saved or refused (what a refusal says then stays)."""
        bar = self.statusBar()
        if waiting:
            self._slow_edits.append(label)
        elif label in self._slow_edits:
            self._slow_edits.remove(label)
        if self._slow_edits:
            text = self.tr("Still saving: %1 (the catalogue has not answered yet)…")
            self.say(text.replace("%1", self._slow_edits[-1]), 0)
            self._slow_text = bar.currentMessage()
        elif self._slow_text and bar.currentMessage() == self._slow_text:
            bar.clearMessage()
            self._slow_text = ""

    def _keep_selection(self) -> None:
        """A change is about to add or take rows (an edit under a filter, an assignment out
        of "No session", a teammate's clock correction): note which items are selected,
        and the current one, by id; and the items after them, then those before, to hand
        the selection on to if they all leave."""
        ids = self.selection.ids() if self.selection.count() <= KEEP_SELECTED else []
        self._kept_selection = (ids, self.selection.current_id(), self._neighbours())

    def _neighbours(self) -> list[int]:
        """The ids after the selection (nearest first), then those before it (nearest
        first): where the selection goes when its items leave the view."""
        ranges = self.selection.ranges()
        row = self.current_row()
        if not ranges and row < 0:
            return []
        first, last = (ranges[0][0], ranges[-1][1]) if ranges else (row, row)
        after = self.store.ids_between(last + 1, last + NEIGHBOURS) or []
        before = self.store.ids_between(max(0, first - NEIGHBOURS), first - 1) or []
        return after + before[::-1]

    def _reselect(self) -> None:
        """The same items stay selected (and current) wherever their rows went: the
        selection never jumps to the first item under the person's hands. When they all
        left the view (assigned out of "No session", rated out of a filter), the item that
        followed them is selected, else the one before (as Lightroom moves on when a photo
        leaves a filtered view); the inspector follows the selection."""
        ids, current, neighbours = self._kept_selection
        self._kept_selection = ([], None, [])
        if not ids:
            return
        if not any(self.store.row_of(i) is not None for i in ids):
            heir = next((i for i in neighbours if self.store.row_of(i) is not None), None)
            if heir is not None:
                self.select_ids([heir], current_row=self.store.row_of(heir) or 0)
            return
        if set(self.selection.ids()) == set(ids):
            return
        row = self.store.row_of(current) if current is not None else None
        self.select_ids(ids, current_row=row if row is not None else -1)

    def _results_counted(self, _count: int) -> None:
        self._results_arrived()

    def _results_arrived(self) -> None:
        self.grid_model.reorderable = self.browser.in_collection_order
        if len(self.store) and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.view.model().index(0, 0))
            self.view.selectionModel().clearSelection()
            self.view.selectionModel().select(
                self.view.model().index(0, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_status()
        self._selection_changed()
        self._visible_timer_kick()
        if not len(self.store):
            self._first_screen_in()

    def _first_screen_in(self) -> None:
        if not self._results_seen:
            self._results_seen = True
            self._count_slow()
            QTimer.singleShot(0, self, self._first_screen_painted)

    def _first_screen_painted(self) -> None:
        """Paint the first screenful now, then start what waited for it (the sidebar, the
        folder check): a zero timer runs before Qt's low-priority repaint, and their reads
        (on a SQLite catalogue, the first to need the database toolkit, ~0.8 s of CPU to
        import on a worker: see ``reader.open_lazily``) would compete with that paint."""
        if self.isVisible():
            self.view.viewport().repaint()
        if self._sidebar_due:
            self._sidebar_if_due()
        waiting, self._after_first = self._after_first, []
        for fn in waiting:
            fn()

    def after_first_screen(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the first records are in (or after SIDEBAR_LATEST_MS): work the
        first screenful does not need (the folder check) does not compete with its read."""
        if self._results_seen:
            QTimer.singleShot(0, self, fn)
        else:
            self._after_first.append(fn)

    def _first_screen_late(self) -> None:
        """The first records are late (a slow or failed read): do what waited for them."""
        self._sidebar_if_due()
        waiting, self._after_first = self._after_first, []
        for fn in waiting:
            fn()
        if self._inspect_waits:
            self._inspect_waits = False
            self._selection_changed()

    def _sidebar_if_due(self) -> None:
        if self._sidebar_due:
            self.refresh_sidebar()

    def _visible_timer_kick(self) -> None:
        # bound to the grid: the timer is dropped if the window goes first (a closed window's
        # pending callback touched a deleted GridView)
        QTimer.singleShot(80, self.grid, lambda: self._visible_rows(*self.grid.visible_rows()))

    def _visible_rows(self, first: int, last: int) -> None:
        """Thumbnails only for what is on screen (plus a screenful ahead)."""
        if first < 0:
            return
        span = last - first + 1
        keys = set()
        for item_id in self.store.known_ids(max(0, first - span), last + span):
            rec = self.store.cached(item_id)
            if rec is not None and rec.picture_key:
                keys.add(rec.picture_key)
        self.thumbs.retain(keys)
        self.thumb_repair.prioritise(self.store.known_ids(first, last))
        if self.view is self.grid:
            self.store.retain_loads(first - span, last + span)

    def remake_pictures(
        self, ids: Iterable[int], shown: dict[int, str | None] | None = None
    ) -> None:
        """These items' pictures changed (a poster frame set, undone, redone, or a
        teammate's): made again in a worker, then every view of them shows the new ones
        (``shown``: each item's picture key before, kept where a new one cannot be made)."""
        # here, not at the top: the ingest module loads the database toolkit, which the first screen
        # is painted without (test_reader_first_start)
        from smparchive.core.ingest.thumbnails import remake_pictures

        catalog, wanted = self.catalog, list(ids)
        self.runner.submit(
            lambda _ctx: remake_pictures(catalog, wanted, shown),
            on_done=self._pictures_remade,
            on_error=lambda exc: log.warning("pictures not made again: %s", exc),
        )

    def _pictures_remade(self, report: RemakeReport) -> None:
        """Show the pictures made again; say those that could not be (the person who chose
        the frame, or undid it, would otherwise see the old picture and not know why)."""
        self.thumbs.renew(report.renewed)
        self.workspace.pictures_renewed(report.renewed)
        if not report.failed:
            return
        first = report.failed[0]
        name = fmt.quoted(PurePath(first.path).name)
        others = len(report.failed) - 1
        text = (
            self.tr("The pictures of %1 and %Ln other items stay as they were: %2", None, others)
            if others
            else self.tr("The picture of %1 stays as it was: %2")
        )
        why = problem_texts.reason(first.reason)
        self.say(problem_texts.composed(text.replace("%1", name), why, "%2"), 10000)

    def refresh_visible_thumbnails(self) -> None:
        """A thumbnail job made pictures: shown rows look in the cache again."""
        self.thumbs.retry_absent()
        top, bottom = self.grid.visible_rows()
        if top >= 0:
            self.store.refresh(self.store.known_ids(top, bottom))
        self.grid.viewport().update()
        self.table.viewport().update()

    def focus_results(self) -> None:
        """The keyboard to the results shown: the grid/details, or the loupe, compare or
        survey when one is shown (never the hidden grid behind it); an empty result's first
        next step (never the grid the empty state covers)."""
        if self.workspace.focus_shown() or self.empty_state.take_focus():
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and len(self.store):
            self.view.setCurrentIndex(self.view.model().index(0, 0))

    def focus_search(self) -> None:
        loupe = self.workspace.loupe if self.workspace.mode == "loupe" else None
        open_find = getattr(loupe.viewer, "open_find", None) if loupe is not None else None
        if open_find is not None:  # a deck or a PDF in the loupe: find a word in its pages
            open_find()
            return
        if self.workspace.mode != "grid":  # the search filters the grid: shown there
            self.modes.back_to_grid()
        self.search.focus()

    # -- selection --------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return self.selection.rows()

    def selected_ids(self) -> list[int]:
        """Selected ids in display order; the current item when nothing is selected."""
        return self.selection.ids()

    def current_row(self) -> int:
        return self.selection.current_row()

    def select_ids(self, ids: Sequence[int], current_row: int = -1) -> None:
        self.selection.select_ids(ids, current_row)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        if self._summarising is not None and len(ids) != len(self._summarising):
            self._stop_summary()  # another selection: its sums are not wanted any more
        self._update_status()
        self.update_actions()
        self.modes.follow_selection()  # a loupe walking the selection: its count
        # The ids of a large selection are being read (select all of a windowed result):
        # the inspector waits, greyed, rather than edit what it showed before.
        self.inspector.setEnabled(not self.selection.pending())
        if not self.inspector.isEnabled():
            self.inspector.show_waiting(self.selection.count())
            return
        wanted = ids[:INSPECTOR_RECORDS]
        cached = [self.store.cached(i) for i in wanted]
        if all(r is not None for r in cached):
            self._inspect(ids, [r for r in cached if r is not None])
            return
        if not self._results_seen:
            # At the start the current item is on the first page: its record comes with it
            # (read beside it, up to three times as selection signals came, it slowed that
            # page down).
            row = self.current_row()
            if row >= 0:
                self.store.record(row)  # asks for its page
            if self.store.loading():
                self._inspect_waits = True
                return
        self.store.load(wanted, lambda recs, ids=ids: self._inspect(ids, recs))

    def _inspect(self, ids: list[int], records: list[ItemRecord]) -> None:
        if ids != self.selected_ids():
            return
        self.inspector.show_records(records, ids, self._summary)
        if self.inspector.waiting_for_summary():
            self._summarise(ids)

    def _summarise(self, ids: list[int]) -> None:
        """A selection larger than the records the inspector loads: its totals, shared
        values and tags added up by the catalogue over all of it, in the background."""
        key = tuple(ids)
        if self._summarising == key:
            return
        self._stop_summary()
        self._summarising = key
        catalog, fields = self.catalog, self.inspector.summary_fields()
        gen = self._summary_gen
        # select all of the shown result: summed through its filter, no id sent (at a
        # million items that is several times cheaper than a million ids)
        whole = not self.browser.partial and self.selection.ranges() == [(0, len(self.store) - 1)]
        f = self.browser.last_filter if whole else None

        def done(summary: SelectionSummary) -> None:
            if gen != self._summary_gen:
                return  # the catalogue changed meanwhile: a newer sum is on its way
            if self._summarising == key:
                self._summarising = None
            self._summary = summary
            self.inspector.show_summary(summary)

        def failed(exc: BaseException) -> None:
            if self._summarising == key:
                self._summarising = None
            log.warning("adding up the selection failed: %s", exc)

        def work(ctx: TaskContext) -> SelectionSummary:
            with catalog.interruptible(ctx.cancel_token):
                return catalog.selection_summary(key, fields, f)

        self._summary_task = self.runner.submit(
            work,
            label=translate("Tasks", "Summing up the selection"),
            on_done=done,
            on_error=failed,
        )

    def _stop_summary(self) -> None:
        """The sums being added up are for a selection that is gone: stop their statements
        (four scans of the catalogue for most of a million items)."""
        task, self._summary_task = self._summary_task, None
        if task is not None and task.running:
            task.cancel()
            self._summarising = None

    def _records_loaded(self, records: list[ItemRecord]) -> None:
        """Refreshed records of the selection update the inspector."""
        self._first_screen_in()
        waited, self._inspect_waits = self._inspect_waits, False
        shown = set(self.inspector.ids())
        if waited or (shown and shown & {r.id for r in records}):
            self._selection_changed()

    def _update_status(self) -> None:
        n = len(self.store)
        partial = self.browser.partial
        parts = [self.tr("%Ln+ items", None, n) if partial else self.tr("%Ln items", None, n)]
        k = self.selection.count()
        if k:
            parts.append(self.tr("%Ln selected", None, k))
        if self.browser.scope_label:
            parts.append(self.browser.scope_label)
        if self.browser.shown_query:
            parts.append(fmt.quoted(self.browser.shown_query))
        self.count_label.setText(" · ".join(parts))

    def _caption_language_chosen(self) -> None:
        self.settings.caption_language = self.inspector.texts.lang()

    # -- changes ----------------------------------------------------------------------------
    def on_changes(self, changes: ChangeSummary) -> None:
        """Refresh what an operation touched (never a global reset)."""
        if self.offline_label.isVisible() and self.live.online:
            # a write went through (or a teammate's arrived): the server answers again,
            # though the live feed had not noticed it was away
            self._server_answering(True)
        # the pictures shown before the change: kept if the new ones cannot be made
        shown = {i: r.picture_key for i in changes.pictures if (r := self.store.cached(i))}
        self.store.refresh(changes.items, changes.roots)
        if changes.pictures:
            self.remake_pictures(changes.pictures, shown)
        if self._summary is not None or self._summarising is not None:
            self._stop_summary()  # its sums may have changed: added up again below
            self._summary = self._summarising = None
            self._summary_gen += 1
            if self.inspector.partial():
                self._selection_changed()
        if changes.items or changes.roots or changes.sessions:
            # chip counts follow ratings, flags ..., the items a removed folder took with
            # it and the sessions a programme change took from its items
            self.browser.invalidate_facets()
        if not changes.empty:  # rows that joined or left the view, without a re-click
            self.browser.follow_changes()
        self._sidebar_timer.start()

    def _scan_next_step(self, step: str, ids: list[int], when: datetime) -> None:
        """A scan summary's next step, on the items of that scan (ended at ``when``): camera
        clocks open on the camera of the new items, the assignment preview proposes sessions
        for them only, a view of them is named by the scan's time."""
        if step == "clocks":
            cmd.clock_dialog(self.deps, ids)
        elif step == "proposals":
            cmd.assignment_preview(self.deps, ids)
        elif step == "locate":
            for root_id in ids:  # the folder the scan found offline: where is it now?
                row = self.sidebar_model.by_key.get(folder_key(root_id))
                self.folders.relocate(root_id, row.label if row is not None else str(root_id))
        else:
            self.scope.next_step(step, ids, when)

    def refresh_sidebar(self) -> None:
        self._sidebar_due = False
        catalog = self.catalog
        counted = dict(self._slow_counts)  # the last ones until they are counted again
        self.runner.submit(
            lambda _ctx: read_sidebar(catalog, counted),
            label=translate("Tasks", "Reading the sidebar"),
            on_done=self._sidebar_arrived,
        )

    def session_title(self, session_id: int | None) -> str:
        """A session's title as the sidebar shows it ('' for none or one not read yet)."""
        return self.session_titles.get(session_id, "") if session_id else ""

    def _sidebar_arrived(self, data: SidebarData) -> None:
        self.sidebar_model.set_sections(data.sections)
        # a snapshot read before the last slow counts came in carries older ones (or none)
        self.sidebar_model.set_counts(self._slow_counts)
        if self.scope.follow_sidebar():
            self._update_status()
        # in place: Deps holds these very objects
        self.session_titles.clear()
        self.session_titles.update({s.id: s.title for s in data.sessions})
        self.sessions[:] = data.sessions
        self.roots[:] = data.roots
        self.collections.clear()
        self.collections.update(
            {
                node.collection_id: node.label
                for section in data.sections
                if section.key == "sec:collections"
                for node in section.children
                if node.collection_id is not None
            }
        )
        zone_changed = fmt.set_event_zone(data.zone, data.zones, data.day_events)
        times_changed = fmt.set_event_days(data.days) or zone_changed
        if times_changed:  # re-show times
            self.view.viewport().update()
        # The inspector's lists in an event-loop pass of their own: with the sidebar's
        # they made one pass of ~21 ms of CPU at a million items (720 keywords), the
        # worst of the scroll test once the grid's were cut.
        QTimer.singleShot(0, self, lambda: self._inspector_lists(data, times_changed))
        self._slow_due = True
        self._count_slow()

    def _captions_dated(self, many: bool) -> None:
        """The result's items lie on several days (or now on one): captions re-shown."""
        if fmt.set_view_spans_days(many):
            self.view.viewport().update()

    def _inspector_lists(self, data: SidebarData, times_changed: bool) -> None:
        """The inspector's names to complete and its sessions, read with the sidebar."""
        self.inspector.set_tag_names(data.keywords, data.people)
        self.inspector.set_sessions(data.sessions, data.zone)
        if times_changed:
            self.inspector.show_records(self.inspector.records, self.inspector.ids())

    def _count_slow(self) -> None:
        """The sidebar's counts that read every item (warnings, duplicates), once the first
        records are in: at a million items they would take the cores the first screen
        needs."""
        if not (self._slow_due and self._results_seen):
            return
        self._slow_due = False
        catalog = self.catalog

        def counted(counts: dict[str, int]) -> None:
            self._slow_counts.update(counts)
            self.sidebar_model.set_counts(counts)

        self.runner.submit(
            lambda _ctx: slow_counts(catalog),
            label=translate("Tasks", "Counting the sidebar's items"),
            on_done=counted,
        )

    def show_conflict(self, notice: ConflictNotice) -> None:
        """A teammate changed the value since: say who and what, and let the person keep
        their value or use their own. Not modal: work goes on while it is open, and what
        it says follows the catalogue meanwhile (``ConflictBox``)."""
        box = ConflictBox(notice, self.ops, self)

        def answered() -> None:
            if self.conflict_box is box:
                self.conflict_box = None

        box.answered.connect(answered)
        self.conflict_box = box
        self.say(notice.text, 8000)
        box.show()

    def say(self, text: str, ms: int) -> None:
        """A passing message in the status bar, whole: it wraps onto a second line left of
        the notices kept on its right (``StatusBar``); at 1366 px the French team-undo
        sentence "Laissé tel quel : bob a fait la même modification …" lost its end."""
        self.jobs.make_room()  # an ended job's line goes rather than narrow the message
        self.statusBar().showMessage(text, ms)

    def show_error(self, message: str, title: str | None = None) -> None:
        """Tell the person what went wrong, in a sentence already in the interface's
        language (a failed operation's exception goes through ``show_failure``); ``title``:
        the box's, if not the app's name."""
        log.warning("%s", message)
        self.say(message, 8000)
        QMessageBox.warning(self, title or self.tr("smparchive"), message)

    def show_failure(self, exc: BaseException, template: str = "%1") -> None:
        """Tell the person why an operation failed: ``template`` with ``%1`` replaced by
        the exception's sentence in the interface's language. When the catalogue's server
        does not answer, the orange notice says so: the status bar, no dialog each time."""
        message = problem_texts.composed(template, problem_texts.error_text(exc))
        if not server_away(exc):
            self.show_error(message)
            return
        log.warning("%s", message)
        self.say(message, 8000)
        self._show_away(True)

    # -- item operations --------------------------------------------------------------------
    def rate(self, value: int) -> None:
        self._set_and_advance(edit_names.rate(value), rating=value)

    def flag(self, value: int) -> None:
        self._set_and_advance(edit_names.flag(value), flag=value)

    def colour_label(self, value: str | None) -> None:
        self._set_and_advance(edit_names.colour_label(value), color_label=value)

    def _set_and_advance(self, label: str, **values: Any) -> None:
        """The item a viewer mode shows (with feedback over it), else the selection."""
        advance = self.settings.auto_advance and "color_label" not in values
        if self.workspace.apply(values, advance=advance):
            return
        ids = self.selected_ids()
        if not ids:
            return
        self.ops.set_fields(ids, label, **values)
        if self.settings.auto_advance and len(ids) == 1:
            self.view.select_row(self.current_row() + 1)

    # -- verbs of the action table (actions.Host) --------------------------------------------
    def _init_action_states(self) -> None:
        acts = self.actions_by_name
        acts["auto_advance"].setChecked(self.settings.auto_advance)
        acts["toggle_sidebar"].setChecked(True)
        acts["toggle_inspector"].setChecked(True)
        self._mode_changed(self.workspace.mode)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable each action by its table rule (selection, photos, collection)."""
        from smparchive.gui.action_table import ACTIONS

        acts = getattr(self, "actions_by_name", None)
        if acts is None:
            return
        for spec in ACTIONS:
            if spec.id in ("undo", "redo"):
                continue
            acts[spec.id].setEnabled(spec.enabled_when(self))

    def selected_count(self) -> int:
        """Items the selected-item actions act on (0 while a large selection is read)."""
        return self.selection.id_count()

    def selected_photo_count(self) -> int:
        """Photos among the selection (its first INSPECTOR_RECORDS: Compare takes the first
        four, and a count over a million selected items would stall every selection change)."""
        records = self.selection.records(limit=INSPECTOR_RECORDS)
        return sum(1 for r in records if r.kind == Kind.PHOTO)

    def in_collection(self) -> bool:
        return self.browser.collection_id is not None

    def set_auto_advance(self, on: bool) -> None:
        self.settings.auto_advance = on
        self.workspace.refresh_hints()

    def select_all(self) -> None:
        self.view.selectAll()

    def select_none(self) -> None:
        self.view.clearSelection()

    def open_menu_bar(self) -> None:
        """F10 opens the first menu, as on Windows, KDE and GNOME (the arrows then move
        through the menus, Esc leaves them)."""
        bar = self.menuBar()
        first = next((a for a in bar.actions() if a.isVisible() and a.isEnabled()), None)
        if first is not None:
            bar.setActiveAction(first)

    def focus_sidebar(self) -> None:
        self.sidebar.setFocus()

    def _from_sidebar(self, loupe: bool) -> None:
        """Enter or Space on a sidebar row: on to its results (Space: in the loupe)."""
        self.focus_results()
        if loupe and self.workspace.mode == "grid":
            self.actions_by_name["mode_loupe"].trigger()

    def focus_keywords(self) -> None:
        self.inspector.focus_keywords()

    def focus_people(self) -> None:
        self.inspector.focus_people()

    def show_panel(self, name: str, visible: bool) -> None:
        {"sidebar": self.sidebar, "inspector": self.inspector}[name].setVisible(visible)

    def resize_thumbnails(self, delta: int) -> None:
        size = max(96, min(320, self.settings.thumb_size + delta))
        self.settings.thumb_size = size
        self.grid.set_thumb_size(size)

    def preferences(self) -> None:
        if cmd.preferences(self.deps):
            self.grid.set_thumb_size(self.settings.thumb_size)
            self.inspector.languages = self.settings.caption_languages

    def new_catalogue(self) -> None:
        chosen = cmd.new_catalogue(self.deps)
        if chosen is not None:
            path, create = chosen
            self.catalogue_requested.emit(str(path), create)

    def open_catalogue(self) -> None:
        path = cmd.open_catalogue(self.deps)
        if path is not None:
            self.catalogue_requested.emit(str(path), False)

    def add_folder(self) -> None:
        folder = cmd.choose_folder(self.deps)
        if folder is not None:
            self.ingest.start([folder])

    def rescan(self) -> None:
        self.ingest.start([])

    def verify_files(self, root_ids: list[int] | None = None) -> None:
        """File > Verify Files: a fixity check of every file (or of some folders)."""
        from smparchive.gui.controllers.fixity import verify_files

        verify_files(
            self.deps,
            root_ids,
            lambda ids: self.scope.next_step("review:verify", ids),
            self._folders_changed,
        )

    def export_view(self) -> None:
        export_view(self.deps, self.sidebar_model.by_key.get(self.sidebar.current_key()))

    def export_selection(self) -> None:
        """Ctrl+E: the selected items; the whole collection, session or day when that is
        what the user is on (the sidebar row has the focus, or every item is selected)."""
        node = self.sidebar_model.by_key.get(self.sidebar.current_key())
        whole = node is not None and source_for_node(node) is not None
        everything = len(self.store) > 0 and self.selection.count() == len(self.store)
        if whole and (self.sidebar.hasFocus() or everything):
            export_view(self.deps, node)
        else:
            export_selection(self.deps)

    def show_shortcuts(self) -> None:
        cmd.show_shortcuts(self, shortcut_rows(self.actions_by_name))

    def focus_caption(self) -> None:
        self._show_inspector()
        self.inspector.focus_text("caption")

    def focus_alt_text(self) -> None:
        self._show_inspector()
        self.inspector.focus_text("alt")

    def _show_inspector(self) -> None:
        if not self.inspector.isVisible():
            self.actions_by_name["toggle_inspector"].setChecked(True)

    def set_mode(self, mode: str) -> None:
        """Grid, Loupe, Compare or Survey (see ``gui/modes.py`` for what each shows)."""
        if not self.modes.set_mode(mode):
            self._mode_changed(self.workspace.mode)  # the mode's button stays as it was

    def toggle_loupe(self) -> None:
        self.modes.toggle_loupe()
        self._mode_changed(self.workspace.mode)  # refused (nothing to show): as it was

    def toggle_full_screen(self) -> None:
        self.modes.toggle_full_screen()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and hasattr(self, "workspace"):
            self._fit_bars()  # into or out of full screen (F, Esc)

    def _mode_changed(self, mode: str) -> None:
        """The mode shown is the one checked (the results are the grid or the details)."""
        if mode == "grid" and self.view is self.table:
            mode = "details"
        self.actions_by_name[f"mode_{mode}"].setChecked(True)
        self.inspector.texts.set_back_view("details" if self.view is self.table else "grid")
        # The search and its filter chips sort the grid; the loupe, compare and survey give
        # their height to the photos (as Lightroom shows its filter bar in Grid only).
        # Ctrl+F goes back to the grid's search. Full screen shows the photos alone.
        self._fit_bars()

    def _fit_bars(self) -> None:
        shown = self.workspace.mode == "grid" and not self.isFullScreen()
        for bar in (self.search, self.scope_bar):
            bar.setVisible(shown)

    def _folders_changed(self) -> None:
        self.browser.follow_changes()
        self.refresh_sidebar()

    def _folder_removed(self, key: str) -> None:
        """A folder left the catalogue: its row goes, so the grid shows everything again
        rather than an empty folder."""
        if self.sidebar.current_key() == key:
            self.sidebar.select_key("all")

    def _sidebar_menu(self, node: Node, at: QPoint) -> None:
        menu = self.folders.menu(node, self.sidebar) or context_menus.sidebar_menu(
            self.deps,
            self.actions_by_name,
            node,
            self.sidebar,
            lambda n, remains: self._tag_done(n)(remains),
        )
        if menu is not None:
            menu.popup(at)

    def _tag_of(self, node: Node) -> tuple[int, str, Callable[[int | None], None], str]:
        """A keyword or person row's tag id and name, what follows its change, its kind."""
        assert node.drop is not None
        return node.drop[1], node.label.strip(), self._tag_done(node), vocabulary.kind_of(node)

    def _tag_done(self, node: Node) -> Callable[[int | None], None]:
        """After a tag was renamed, merged or deleted: a sidebar showing it goes on to the
        tag that remains (the one it was merged into), or to All items once it is gone."""

        def done(remains: int | None) -> None:
            if self.sidebar.current_key() == node.key and f"tag:{remains}" != node.key:
                self.sidebar.select_key(f"tag:{remains}" if remains is not None else "all")

        return done

    def _scope_session(self) -> int | None:
        """The session the grid shows (its sidebar entry, or a filter to one session)."""
        sessions = self.browser.scope.session_ids
        return sessions[0] if len(sessions) == 1 else None

    def _visible_ids(self) -> list[int]:
        first, last = self.grid.visible_rows()
        return self.store.known_ids(first, last) if first >= 0 else []

    @property
    def last_sidecar_summary(self) -> QWidget | None:
        """The newest sidecar summary dialog (tests, screenshots)."""
        found = self.findChildren(QWidget, "sidecarSummary")
        return found[-1] if found else None

    def suggest_alt_text(
        self, record: ItemRecord, lang: str, deliver: Callable[[str], None]
    ) -> None:
        """A draft alt text for one photo, read on a worker (the item and the programme: a
        server round trip on a team catalogue); ``deliver(draft)`` when it comes, "" when
        it could not be made (a vanished item, a lost connection: said, not raised)."""
        catalog, item_id = self.catalog, record.id

        def draft(_ctx: TaskContext) -> str:
            from smparchive.core.export.catalog_bridge import suggest_alt_texts

            return suggest_alt_texts(catalog, [item_id], lang).get(item_id, "")

        def failed(exc: BaseException) -> None:
            self.show_failure(exc)
            deliver("")

        self.runner.submit(
            draft,
            label=translate("Tasks", "Drafting the alt text"),
            on_done=deliver,
            on_error=failed,
        )

    def assign_session(self, ids: list[int], session_id: int | None) -> None:
        from smparchive.gui.dialogs.pickers import assign

        assign(self.deps, ids, session_id)

    def drop_on_target(self, ids: list[int], kind: str, target: int) -> None:
        """Items dragged onto a sidebar session, tag or collection."""
        if kind == "session":
            self.assign_session(ids, target)
        elif kind == "tag":
            # the step names the keyword dropped on (it read "Tag “tag”")
            node = self.sidebar_model.by_key.get(f"tag:{target}")
            self.ops.add_tags(ids, [target], node.label if node else self.tr("tag"))
        elif kind == "collection":
            from smparchive.gui.dialogs.pickers import collect

            # its name as the sidebar read it ("": read with the write, on the worker)
            collect(self.deps, ids, self.collections.get(target, ""), target)

    def reorder_collection(self, ids: list[int], row: int) -> None:
        cid = self.browser.collection_id
        if cid is None:
            return
        moving = set(ids)

        def move(above: list[int]) -> None:
            position = sum(1 for i in above if i not in moving)
            self.ops.run(
                edit_names.named(edit_names.Step.REORDER_COLLECTION),
                lambda c: c.move_in_collection(cid, ids, position),
            )

        if row <= 0:
            move([])
        else:  # the rows above the drop (read in the background for a very long collection)
            self.store.fetch_rows([(0, min(row, len(self.store)) - 1)], move)

    # -- drops of folders -------------------------------------------------------------------
    # Local files are accepted without looking at them: a look (is_dir) on a share that
    # stopped answering blocks for its timeout, and Qt sends drag events to the UI thread
    # while the user drags. Which are folders is decided on a worker after the drop.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.ingest.add_dropped(paths)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Go at once, then stop every thread within one budget and release the catalogue.

        The layout is saved while the window is still shown (its geometry as the user left
        it); the window is then hidden and the window system told before the wait, so a
        read stuck on a share that stopped answering never leaves a frozen window behind.
        """
        layout_state.save(self, self.splitter, self.settings)
        self.hide()
        QApplication.sync()  # gone from the screen now, not when the event loop turns again
        self.workspace.release()  # a player stopping on a stuck file: out of sight as well
        self.thumb_repair.stop()
        self.live.stop()  # told first: it winds down while the pools are waited for
        deadline = QDeadlineTimer(SHUTDOWN_MS)
        waits = (self.runner.shutdown, self.thumbs.shutdown, self.live.wait)
        if all([wait(deadline) for wait in waits]):  # a list: every one waited for
            self.catalog.close()
        else:  # a thread still in it; the process ends under it (``TaskRunner.unstopped``)
            log.warning("window closed with work still running: its catalogue left open")
        super().closeEvent(event)
