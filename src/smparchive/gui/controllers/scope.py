"""Visible scope: the sidebar source, the search and the chips shown in the filter bar, and
an empty state that says why nothing is shown and offers the next step.

Rule for a sidebar click: it replaces the source only; the search text and the facet chips
stay (the filter bar shows them, each removable with a click, Delete or Backspace).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction

from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.gui import formatting as fmt
from smparchive.gui.controllers.browser import BrowserController
from smparchive.gui.i18n import filled
from smparchive.gui.keynames import with_keys
from smparchive.gui.models.sidebar_model import Node
from smparchive.gui.widgets.empty_state import EmptyState
from smparchive.gui.widgets.scope_bar import ScopeBar, Source
from smparchive.gui.widgets.search_bar import SearchBar
from smparchive.gui.widgets.sidebar import SidebarView


def source_of(node: Node) -> Source:
    """The breadcrumb of a sidebar row: its section and parents, then itself."""
    path: list[str] = []
    n: Node | None = node
    while n is not None:
        path.append(n.text)  # "Debate (11:30)": the bar's chip, the empty view's sentence
        n = n.parent
    return Source(node.key, tuple(reversed(path)), node.icon)


def _scan_time(when: datetime) -> str:
    """'15:02', or '6 Dec 2026 15:02' for a scan of another day (a summary left open); on
    this computer's clock, '15:02 EST' where it is not the event's (the items beside it)."""
    today = when.astimezone().date() == datetime.now().astimezone().date()
    return fmt.date_time(when, fmt.TIME_PATTERN if today else fmt.DATE_TIME_PATTERN)


class ScopeController(QObject):
    """Keeps the filter bar and the empty state in step with the browser."""

    def __init__(
        self,
        browser: BrowserController,
        search: SearchBar,
        sidebar: SidebarView,
        bar: ScopeBar,
        empty: EmptyState,
        action: Callable[[str], QAction | None],
        focus_results: Callable[[], None],
    ) -> None:
        super().__init__(bar)
        self.browser = browser
        self.search = search
        self.sidebar = sidebar
        self.bar = bar
        self.empty = empty
        self.action = action
        self.focus_results = focus_results
        self.shown: int | None = None  # items of the last complete result
        sidebar.node_chosen.connect(self.choose)
        search.query_changed.connect(self._query)
        search.chips_changed.connect(lambda _f: self._chips())
        bar.source_removed.connect(self.show_library)
        bar.search_removed.connect(self.clear_text)
        bar.chip_removed.connect(self._chip_removed)
        bar.clear_all.connect(self.show_everything)
        browser.results.connect(self._results)
        browser.query_error.connect(self._query_failed)
        browser.first_page.connect(self._first_page)

    # -- inputs -----------------------------------------------------------------------------
    def choose(self, node: Node) -> None:
        """A sidebar row was chosen: new source, same search and chips."""
        if node.filter is None:
            return
        self.bar.set_source(source_of(node))
        self.browser.set_scope(node.filter, node.text, node.collection_id)

    def follow_sidebar(self) -> bool:
        """The sidebar has new labels: the row shown (a keyword renamed with F2, a session or
        collection renamed elsewhere) is named anew in the filter bar and the browser's
        label (the status line's). True when the name changed."""
        key = self.bar.source.key
        node = self.sidebar.sidebar.by_key.get(key)
        if node is None or node.filter is None or key != self.sidebar.current_key():
            return False
        source = source_of(node)
        if not self.bar.source.path or source == self.bar.source:  # no row chosen yet, or same
            return False
        self.bar.set_source(source)
        renamed = bool(self.browser.scope_label) and self.browser.scope_label != node.text
        if renamed:
            self.browser.scope_label = node.text
        return renamed

    def _query(self, text: str) -> None:
        self.bar.set_query(text)

    def _query_failed(self, message: str) -> None:
        """A search that cannot be understood brings no new result: the bar goes on naming
        the search whose result is still shown (the search field says what is wrong)."""
        if message:
            self.bar.set_query(self.browser.shown_query)

    def _chips(self) -> None:
        self.bar.set_chips(self.search.active_chips())

    def _chip_removed(self, index: int) -> None:
        self.search.set_chip(index, False)
        self._refocus()

    def show_library(self) -> None:
        self.sidebar.select_key("all")
        self._refocus()

    def clear_text(self) -> None:
        """Remove the search text only (its chip in the filter bar)."""
        self.search.set_text("")
        self._refocus()

    def clear_search(self) -> None:
        """Remove the search text and every chip; the source stays."""
        if self.search.text():
            self.search.set_text("")
        if self.search.active_chips():
            self.search.clear_chips(emit=True)
        self._refocus()

    def show_everything(self) -> None:
        self.clear_search()
        self.show_library()

    def show_source(self, source: Source, f: ItemFilter) -> None:
        """Show a result set that is no sidebar row (what a scan added, ...)."""
        self.sidebar.setCurrentIndex(QModelIndex())
        self.bar.set_source(source)
        self.browser.set_scope(f, source.label)

    def next_step(self, step: str, ids: list[int], when: datetime | None = None) -> None:
        """A scan summary's next step: a problem view (of ``ids``, the problems the summary
        listed, when given: not every older one), the new items, or a dialog.

        The view of a scan's items is named by the time the scan ended (``when``): it keeps
        that scan's items after a later scan, so "the last scan" would soon name another."""
        at = _scan_time(when or datetime.now().astimezone())
        if step.startswith("show:"):
            self.clear_search()
            key = step.split(":", 1)[1]
            node = self.sidebar.sidebar.by_key.get(key)
            if ids and node is not None and node.filter is not None:
                source = source_of(node)
                path = (*source.path, self.tr("Found by the scan at %1").replace("%1", at))
                only = replace(node.filter, item_ids=tuple(ids))
                self.show_source(Source("scan", path, source.icon), only)
            else:
                self.sidebar.select_key(key)
        elif step.startswith("review"):
            self.clear_search()
            if step == "review:new":
                what = self.tr("New in the scan at %1").replace("%1", at)
            elif step == "review:verify":
                what = self.tr("Not confirmed by the fixity check")
            else:
                what = self.tr("Changed by the scan at %1").replace("%1", at)
            path = (self.tr("Library"), what)
            self.show_source(Source("scan", path, "library"), ItemFilter(item_ids=tuple(ids)))
        else:
            self._trigger(step)
        self.focus_results()

    def _then_results(self, act: Callable[[], None]) -> Callable[[], None]:
        """An empty view's button that brings results back: the keyboard goes to them (it
        was left on the filter bar's first chip, where Space, to look at what was found,
        removed the search instead)."""

        def run() -> None:
            act()
            self.focus_results()

        return run

    def _refocus(self) -> None:
        chips = self.bar.removable()
        if chips:
            chips[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_results()

    # -- results ----------------------------------------------------------------------------
    def _first_page(self, n: int) -> None:
        self.shown = None
        self.bar.set_count(n, partial=True)
        self.empty.clear()

    def _results(self, n: int) -> None:
        self.shown = n
        self.bar.set_count(n)
        if n:
            self.empty.clear()
        else:
            self.explain()

    def explain(self) -> None:
        """Say why the view is empty and offer what to do next."""
        title, text, actions = self.empty_reason()
        self.empty.show_state(title, text, actions)

    def empty_reason(self) -> tuple[str, str, list[tuple[str, Callable[[], None]]]]:
        src = self.bar.source
        name = src.label if not src.is_library else self.tr("All items")
        if self.bar.filtered:
            what = self.bar.describe_filters()
            actions = [(self.tr("Clear the search"), self._then_results(self.clear_search))]
            if not src.is_library:
                actions.append((self.tr("Search all items"), self._then_results(self.show_library)))
            return (
                filled(self.tr("Nothing in “%1” matches %2"), name, what),
                self.tr("The search and the filters above hide everything in this view."),
                actions,
            )
        kind = src.kind
        add = (self.tr("Add a Folder…"), lambda: self._trigger("add_folder"))
        everything = (self.tr("Show all items"), self._then_results(self.show_library))
        if src.is_library:
            return (
                self.tr("This catalogue is empty"),
                self.tr(
                    "Add a folder or a drive to catalogue its photos, videos and slides "
                    "(or drop a folder on the window). The originals are never changed."
                ),
                [add],
            )
        if kind == "kind":
            return (
                self.tr("Nothing in “%1” yet").replace("%1", name),
                self.tr("Add a folder that holds some."),
                [add, everything],
            )
        if kind in ("status", "dups", "warnings"):
            titles = {
                "status:error": (
                    self.tr("No errors"),
                    self.tr("Every catalogued file could be read."),
                ),
                "warnings": (
                    self.tr("No warnings"),
                    self.tr("No file was read with a problem."),
                ),
                "status:missing": (
                    self.tr("Nothing is missing"),
                    self.tr("Every catalogued file is where it was at the last scan."),
                ),
                "status:offline": (
                    self.tr("Nothing is offline"),
                    self.tr("Every folder of the catalogue is reachable."),
                ),
                "dups": (
                    self.tr("No duplicates"),
                    self.tr("No two catalogued files have the same content."),
                ),
            }
            title, text = titles.get(src.key, (self.tr("No problems"), ""))
            return title, text, [everything]
        if kind == "unassigned":
            return (
                self.tr("Every item is in a session"),
                self.tr("Items captured outside the programme's sessions would be listed here."),
                [everything],
            )
        if kind == "session":
            return (
                self.tr("No items in this session yet"),
                self.tr("Assign items by their capture time, or drag items onto the session."),
                [(self.tr("Assign Items…"), lambda: self._trigger("proposals")), everything],
            )
        if kind == "day":
            return (
                self.tr("Nothing was captured on this day"),
                self.tr("If a camera's clock was wrong, its photos may sit on another day."),
                [(self.tr("Fix Camera Clocks…"), lambda: self._trigger("clocks")), everything],
            )
        if kind == "coll" and src.icon == "smart":
            return (
                self.tr("Nothing matches this smart collection yet"),
                self.tr("Its saved search finds no items; new matching items appear here."),
                [everything],
            )
        if kind == "coll":
            return (
                self.tr("This collection is empty"),
                self.tr(
                    "Select items and press B, or drag them onto the collection in the sidebar."
                ),
                [everything],
            )
        if kind == "tag":
            return (
                self.tr("No items are tagged “%1”").replace("%1", name),
                with_keys(
                    self.tr("Select items and press T to add a keyword, %1 for a person."),
                    "Shift+T",
                ),
                [everything],
            )
        return self.tr("Nothing to show"), "", [everything]

    def _trigger(self, name: str) -> None:
        act = self.action(name)
        if act is not None:
            act.trigger()
