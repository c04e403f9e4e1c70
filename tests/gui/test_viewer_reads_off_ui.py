"""Compare, Survey and the loupe read the catalogue on a worker, never on the UI thread:
on a team catalogue each read there froze the window for a server round trip, for the
server's timeout when it was away. ``threaded_window.ui_reads`` sees every statement GUI
code sends from the UI thread, whatever method sent it. The reads are held back here (as
a slow server would) to show what the user sees meanwhile and that keys pressed then act
on the right item once it is in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smparchive.gui.keynames import as_read

pytestmark = pytest.mark.gui

K = Qt.Key


class SlowServer:
    """``catalog.items`` from a worker waits until :meth:`answer` (the UI thread's own
    reads, before the fix, went through at once: the test then fails on them, not hangs)."""

    def __init__(self, catalog: Any) -> None:
        self.catalog = catalog
        self.real = catalog.items
        self.gate = threading.Event()
        self.waiting = 0

    def items(self, ids: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            self.waiting += 1
            self.gate.wait(20)
        return self.real(ids)

    def hold(self) -> None:
        self.gate.clear()
        self.catalog.items = self.items

    def answer(self) -> None:
        self.gate.set()


@pytest.fixture
def slow(threaded_window: Any) -> Iterator[SlowServer]:
    server = SlowServer(threaded_window.catalog)
    yield server
    server.answer()
    threaded_window.catalog.items = server.real


def _key(qtbot: Any, w: Any, key: Qt.Key) -> None:
    """``key`` where the keyboard is, as a user presses it."""
    qtbot.keyClick(QApplication.focusWidget() or w, key)


def _select_photos(qtbot: Any, w: Any, n: int) -> list[int]:
    """``n`` photos selected in the grid, their records held by it; the UI-thread
    statements seen so far forgotten."""
    cat = w.catalog
    ids = [r.id for r in cat.items(cat.query_ids()) if r.kind == "photo"][:n]
    qtbot.waitUntil(lambda: all(w.store.cached(i) is not None for i in ids))
    w.select_ids(ids, current_row=w.store.row_of(ids[0]))
    w._selection_changed()
    w.runner.wait_idle()
    w.ui_reads.seen.clear()
    return ids


def _settled(qtbot: Any, w: Any) -> None:
    """Every task done and its result delivered."""
    w.runner.wait_idle()
    qtbot.wait(50)
    w.runner.wait_idle()


def test_compare_reads_its_photos_on_a_worker(qtbot: Any, threaded_window: Any) -> None:
    """Opening Compare and a rating there (its photos read again) send nothing from the UI
    thread; it shows the grid's records at once (nothing to read)."""
    w = threaded_window
    three = _select_photos(qtbot, w, 3)
    w.set_mode("compare")
    compare = w.workspace.compare
    assert [r.id for r in compare.records] == three  # at once: the grid holds them
    _key(qtbot, w, K.Key_Tab)
    with qtbot.waitSignal(w.ops.changes):
        _key(qtbot, w, K.Key_4)
    _settled(qtbot, w)
    assert w.catalog.item(three[1]).rating == 4
    assert compare.records[1].rating == 4
    assert w.ui_reads.seen == []


def test_compare_waits_for_a_slow_server_and_keeps_the_keys(
    qtbot: Any, threaded_window: Any, slow: SlowServer
) -> None:
    """Photos the grid does not hold: "Loading…" (not a blank, not the photos compared
    before) until they come; Tab and 3 pressed meanwhile rate the second photo then."""
    w = threaded_window
    three = _select_photos(qtbot, w, 3)
    w.workspace.cached = lambda _id: None  # the grid holds none of them
    slow.hold()
    w.set_mode("compare")
    assert w.ui_reads.seen == []  # opened without a read on the UI thread
    compare = w.workspace.compare
    qtbot.waitUntil(lambda: slow.waiting >= 1)
    assert w.workspace.mode == "compare" and not compare.panes
    assert compare._note is not None and as_read(compare._note.text()) == "Loading…"
    _key(qtbot, w, K.Key_Tab)
    _key(qtbot, w, K.Key_3)
    assert [w.catalog.item(i).rating for i in three] == [0, 0, 0]  # nothing rated yet
    with qtbot.waitSignal(w.ops.changes):
        slow.answer()
    _settled(qtbot, w)
    assert [r.id for r in compare.records] == three and compare.active == 1
    assert [w.catalog.item(i).rating for i in three] == [0, 3, 0]
    assert compare.records[1].rating == 3
    hints = as_read(w.workspace.pages["compare"].hints.text())
    assert "choose a photo" in hints
    assert w.ui_reads.seen == []


def test_survey_waits_for_a_slow_server_and_keeps_the_keys(
    qtbot: Any, threaded_window: Any, slow: SlowServer
) -> None:
    """Survey (N) of items the grid does not hold: "Loading…" until they come, then the
    tiles; Right and 5 pressed meanwhile rate the second item. A rating made there is read
    again on a worker."""
    w = threaded_window
    four = _select_photos(qtbot, w, 4)
    w.workspace.cached = lambda _id: None
    slow.hold()
    w.set_mode("survey")
    assert w.ui_reads.seen == []  # opened without a read on the UI thread
    survey = w.workspace.survey
    qtbot.waitUntil(lambda: slow.waiting >= 1)
    assert not survey.tiles and as_read(survey._note.text()) == "Loading…"
    _key(qtbot, w, K.Key_Right)
    _key(qtbot, w, K.Key_5)
    with qtbot.waitSignal(w.ops.changes):
        slow.answer()
    _settled(qtbot, w)
    assert [t.record.id for t in survey.tiles] == four and survey.active == 1
    assert [w.catalog.item(i).rating for i in four] == [0, 5, 0, 0]
    with qtbot.waitSignal(w.ops.changes):
        _key(qtbot, w, K.Key_X)
    _settled(qtbot, w)
    assert survey.tiles[1].dimmed and survey.tiles[1].record.rating == 5
    assert w.ui_reads.seen == []


def test_the_loupe_reads_the_items_ahead_on_a_worker(
    qtbot: Any, threaded_window: Any, slow: SlowServer
) -> None:
    """The loupe over items the grid does not hold: "Loading…" while the current item is
    read (never the item before as if it were this one); a step made meanwhile shows the
    item stepped to, and a rating pressed meanwhile goes to it."""
    w = threaded_window
    three = _select_photos(qtbot, w, 3)
    w.workspace.cached = lambda _id: None
    slow.hold()
    w.set_mode("loupe")
    assert w.ui_reads.seen == []  # opened without a read on the UI thread
    loupe = w.workspace.loupe
    qtbot.waitUntil(lambda: slow.waiting >= 1)
    assert loupe.waiting and loupe.viewer is None
    assert as_read(loupe._loading.text()) == "Loading…" and loupe._loading.isVisible()
    _key(qtbot, w, K.Key_Right)  # before the first item came
    _key(qtbot, w, K.Key_2)
    with qtbot.waitSignal(w.ops.changes):
        slow.answer()
    _settled(qtbot, w)
    assert loupe.viewer is not None and loupe.viewer.record.id == three[1]
    assert [w.catalog.item(i).rating for i in three] == [0, 2, 0]
    assert loupe.viewer.record.rating == 2
    with qtbot.waitSignal(w.ops.changes):  # read again after the change, on a worker
        _key(qtbot, w, K.Key_P)
    _settled(qtbot, w)
    assert loupe.viewer.record.flag == 1
    _key(qtbot, w, K.Key_Right)
    assert loupe.viewer.record.id == three[2]  # read ahead with the first
    assert w.ui_reads.seen == []


def test_the_info_overlay_reads_the_session_title_on_a_worker(
    qtbot: Any, threaded_window: Any
) -> None:
    """I in the loupe: the photo's session is named, its title read on a worker."""
    w = threaded_window
    cat = w.catalog
    ids = [r.id for r in cat.items(cat.query_ids()) if r.kind == "photo"][:2]
    session = cat.test_sessions["roundtable"]
    cat.assign_items(ids, session)
    w.workspace.cached = lambda _id: None  # the grid's copies predate the assignment
    _select_photos(qtbot, w, 2)
    w.set_mode("loupe")
    loupe = w.workspace.loupe
    qtbot.waitUntil(lambda: loupe.viewer is not None)
    _key(qtbot, w, K.Key_I)
    overlay = loupe.viewer.overlay
    qtbot.waitUntil(lambda: "EMN roundtable" in overlay.text())
    _settled(qtbot, w)
    assert w.ui_reads.seen == []
