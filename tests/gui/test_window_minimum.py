"""The main window at its smallest: nothing it shows ever makes it wider or taller.

At the old smallest window (673x232) typing a search widened it to 830 px, a job's line in
the status bar asked for more than the window had, and the viewers were cut. The window
now has a fixed minimum (every mode usable with the sidebar and the inspector shown) and
everything in it fits within that, whatever is typed, filtered, running or viewed, in
English and in French.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt

pytestmark = pytest.mark.gui

LONG_JOB = "Making missing thumbnails for the selected folders and their sub-folders"


@pytest.fixture(params=["english", "french"])
def small_window(
    request: Any, qtbot: Any, gui_catalog: Any, settings: Any
) -> Iterator[tuple[Any, QSize]]:
    """The main window (the app's threaded runner) at its minimum size."""
    from tests.gui.conftest import shown_window

    from smparchive.gui.tasks import TaskRunner

    request.getfixturevalue(request.param)
    w = shown_window(qtbot, gui_catalog, TaskRunner(), settings)
    w.showNormal()
    smallest = w.minimumSize()
    w.resize(smallest)
    qtbot.waitUntil(lambda: w.size() == smallest, timeout=5000)
    try:
        yield w, smallest
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()


def _fits(qtbot: Any, window: Any, smallest: QSize, what: str) -> None:
    """The window kept its size and what it holds asks for no more room than it has."""
    qtbot.wait(80)  # layouts are redone from posted events
    need = window.layout().totalMinimumSize()
    assert window.size() == smallest, what
    assert need.width() <= smallest.width() and need.height() <= smallest.height(), (
        f"{what}: needs {need.width()}x{need.height()} in {smallest.width()}x{smallest.height()}"
    )
    # a viewer asks the window for nothing: what it holds must fit the room it has (with
    # what the tests' 800x600 screen takes off the window's real minimum given back)
    from smparchive.gui.layout_state import MINIMUM

    short = MINIMUM - smallest
    page = window.workspace.currentWidget()
    if page is not window.results and page.layout() is not None:
        inner = page.layout().totalMinimumSize()
        fits_w = inner.width() <= page.width() + short.width()
        assert fits_w and inner.height() <= page.height() + short.height(), (
            f"{what}: the viewer needs {inner.width()}x{inner.height()} in "
            f"{page.width()}x{page.height()}"
        )


def test_the_minimum_leaves_every_panel_usable(small_window: Any) -> None:
    from smparchive.gui.layout_state import MINIMUM

    window, smallest = small_window
    # a 1024x768 screen (the least photo managers ask for) holds it with its frame
    assert MINIMUM.width() <= 1000 and MINIMUM.height() <= 680
    # the tests' screen (800x600) is smaller: the minimum is then the room it has
    assert smallest == MINIMUM.boundedTo(smallest)
    assert window.sidebar.isVisible() and window.inspector.isVisible()
    handles = 2 * window.splitter.handleWidth()
    panels = window.sidebar.minimumWidth() + window.inspector.minimumWidth() + handles
    assert MINIMUM.width() - panels >= 380  # the results beside both panels
    chrome = window.height() - window.workspace.height()  # menus, toolbar, search, status
    assert MINIMUM.height() - chrome >= 360


def test_nothing_widens_the_smallest_window(qtbot: Any, small_window: Any) -> None:
    window, smallest = small_window
    _fits(qtbot, window, smallest, "opened")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.edit, "IMG rating:0 camera:Canon")
    qtbot.waitUntil(lambda: window.browser.query_text.startswith("IMG"), timeout=5000)
    _fits(qtbot, window, smallest, "search typed")
    for button, *_rest in window.search.chips:
        button.setChecked(True)
        _fits(qtbot, window, smallest, f"chip {button.text()}")
    day = window.catalog.days()[0]
    window.sidebar.select_key(f"day:{day.id}")
    _fits(qtbot, window, smallest, "a day with the search and every chip")
    window.search.clear_chips(emit=True)
    window.search.set_text("")
    window.sidebar.select_key("all")
    qtbot.waitUntil(lambda: len(window.store) == 33, timeout=5000)
    # a job running: its line in the status bar, and the notice of a server away
    go = threading.Event()
    job = window.runner.submit(lambda _ctx: go.wait(10), label=LONG_JOB, job=True)
    try:
        qtbot.waitUntil(window.jobs.isVisible, timeout=5000)
        _fits(qtbot, window, smallest, "a job running")
        window._show_away(True)
        _fits(qtbot, window, smallest, "a job running, the server away")
        window._show_away(False)
    finally:
        go.set()
        qtbot.waitUntil(lambda: not job.running, timeout=5000)


@pytest.mark.parametrize("details", [False, True])
def test_every_mode_fits_the_smallest_window(qtbot: Any, small_window: Any, details: bool) -> None:
    window, smallest = small_window
    window.set_view_mode("details" if details else "grid")
    _fits(qtbot, window, smallest, "details" if details else "grid")
    rows = {window.store.cached(i).name: n for n, i in enumerate(window.store.ids)}
    for name in ("IMG_0001.JPG", "talk.mp4", "deck.pptx"):
        window.selection.select_ranges([(rows[name], rows[name])], current_row=rows[name])
        window.modes.loupe()
        qtbot.waitUntil(lambda: window.workspace.mode == "loupe", timeout=5000)
        qtbot.wait(300)  # the viewer (player, deck) is made
        _fits(qtbot, window, smallest, f"loupe on {name}")
        window.modes.back_to_grid()
    window.selection.select_ranges([(rows["IMG_0001.JPG"], rows["IMG_0004.JPG"])])
    for mode in ("compare", "survey"):
        assert window.modes.set_mode(mode)
        qtbot.wait(200)
        _fits(qtbot, window, smallest, mode)
        window.modes.back_to_grid()
    for panel in (window.sidebar, window.inspector):
        panel.hide()
        _fits(qtbot, window, smallest, "a panel hidden")
        panel.show()
        _fits(qtbot, window, smallest, "the panel shown again")
