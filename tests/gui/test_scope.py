"""Visible scope: the filter bar always says what the grid shows, empty views say why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction


def _search(qtbot: Any, window: Any, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.edit, text)
    qtbot.waitUntil(lambda: window.browser.query_text == text, timeout=2000)


def _chip_texts(window: Any) -> list[str]:
    return [b.label() for b in window.scope_bar.removable()]


def test_search_then_problem_view_shows_scope_and_explains_the_empty_grid(
    qtbot: Any, window: Any
) -> None:
    _search(qtbot, window, "IMG")
    assert len(window.store) == 30
    window.sidebar.select_key("status:error")
    qtbot.waitUntil(lambda: window.empty_state.isVisible(), timeout=2000)
    # the sidebar click kept the search and the filter bar shows both
    assert window.search.text() == "IMG"
    chips = _chip_texts(window)
    assert any("Errors" in c for c in chips) and any("“IMG”" in c for c in chips)
    assert "Problems" in window.scope_bar.path_label.text()
    title = window.empty_state.title.text()
    assert "Errors" in title and "IMG" in title
    buttons = [b.text() for b in window.empty_state.buttons]
    assert buttons[0] == "Clear the search"
    # keyboard: the first button clears the search; the view then says there are no errors
    window.empty_state.buttons[0].setFocus()
    qtbot.keyClick(window.empty_state.buttons[0], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.browser.query_text == "", timeout=2000)
    assert window.search.text() == ""
    assert window.empty_state.isVisible()
    assert window.empty_state.title.text() == "No errors"
    assert window.empty_state.text.text()  # a sentence, not a blank panel


def test_chips_are_removed_from_the_keyboard(qtbot: Any, window: Any) -> None:
    day = window.catalog.days()[0]
    window.sidebar.select_key(f"day:{day.id}")
    qtbot.waitUntil(lambda: window.scope_bar.source.kind == "day", timeout=2000)
    assert len(window.store) == 32  # the deck has no capture time
    window.search.set_chip(0, True)  # Photos
    assert len(window.store) == 30
    assert any("Photos" in c for c in _chip_texts(window))
    _search(qtbot, window, "IMG_000")
    assert len(window.store) == 10
    assert len(_chip_texts(window)) == 3  # source, search, chip
    assert window.scope_bar.clear_button.isVisibleTo(window)
    # Delete on the search chip clears the search only
    search_chip = next(b for b in window.scope_bar.removable() if "IMG_000" in b.text())
    search_chip.setFocus()
    qtbot.keyClick(search_chip, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.browser.query_text == "", timeout=2000)
    assert len(_chip_texts(window)) == 2
    # Backspace on the source chip goes back to all items; the Photos chip stays
    source = window.scope_bar.removable()[0]
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: window.scope_bar.source.is_library, timeout=2000)
    assert window.sidebar.current_key() == "all"
    assert len(window.store) == 30  # photos of the whole catalogue
    assert window.search.text() == ""
    assert [b.text() for b in window.scope_bar.removable()] == ["Photos  ✕"]
    # a click on the last chip: everything shown again
    window.scope_bar.removable()[0].click()
    qtbot.waitUntil(lambda: len(window.store) == 33, timeout=2000)
    assert window.scope_bar.removable() == []
    assert not window.empty_state.isVisible()


def test_empty_catalogue_offers_to_add_a_folder(qtbot: Any, tmp_path: Any, settings: Any) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import SyncTaskRunner

    cat = open_catalog(tmp_path / "new.smpcat", create=True)
    w = MainWindow(cat, SyncTaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    asked: list[str] = []
    probe = QAction(w)
    probe.triggered.connect(lambda: asked.append("add_folder"))
    w.scope.action = lambda name: probe if name == "add_folder" else None
    qtbot.waitUntil(lambda: w.empty_state.isVisible(), timeout=2000)
    assert w.empty_state.title.text() == "This catalogue is empty"
    assert [b.text() for b in w.empty_state.buttons] == ["Add a Folder…"]
    qtbot.mouseClick(w.empty_state.buttons[0], Qt.MouseButton.LeftButton)
    assert asked == ["add_folder"]
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_empty_session_offers_assignment(qtbot: Any, window: Any) -> None:
    cat = window.catalog
    sid = cat.add_session(
        "Late panel",
        __import__("datetime").datetime(2022, 6, 2, 16, 0, tzinfo=__import__("datetime").UTC),
        __import__("datetime").datetime(2022, 6, 2, 17, 0, tzinfo=__import__("datetime").UTC),
    ).value
    window.refresh_sidebar()
    window.sidebar.select_key(f"session:{sid}")
    qtbot.waitUntil(lambda: window.empty_state.isVisible(), timeout=2000)
    assert window.empty_state.title.text() == "No items in this session yet"
    assert window.empty_state.buttons[0].text() == "Assign Items…"
    # choosing a row with items hides the empty state again
    window.sidebar.select_key("all")
    qtbot.waitUntil(lambda: not window.empty_state.isVisible(), timeout=2000)


def test_a_long_session_title_never_pushes_the_window_past_the_screen(
    qtbot: Any, window: Any
) -> None:
    """A session with a long title + a search + a chip, in a window of 1100 px (at
    1366x768 the survey's bar was this full): the filter bar shortens the title (whole in
    the tooltip) instead of widening the window, which pushed the inspector's fields off
    the right edge of the screen."""
    from datetime import UTC, datetime

    title = "EMN roundtable: policy debate on Skills Mobility Partnerships & Q&A with the panel"
    cat = window.catalog
    sid = cat.add_session(
        title, datetime(2022, 6, 2, 16, 0, tzinfo=UTC), datetime(2022, 6, 2, 17, 0, tzinfo=UTC)
    ).value
    window.refresh_sidebar()
    window.resize(1100, 740)
    window.sidebar.select_key(f"session:{sid}")
    qtbot.waitUntil(lambda: window.scope_bar.source.kind == "session", timeout=2000)
    _search(qtbot, window, "IMG_000 panel discussion")
    window.search.set_chip(0, True)
    bar = window.scope_bar
    qtbot.waitUntil(lambda: len(bar.removable()) == 3, timeout=2000)
    assert window.minimumSizeHint().width() <= 1100
    qtbot.waitUntil(lambda: window.width() <= 1100)
    inspector = window.inspector
    right = inspector.mapTo(window, inspector.rect().topRight()).x()
    assert right <= window.width()  # the inspector is not cut off
    chip = bar.removable()[0]
    qtbot.waitUntil(chip.isVisible)
    assert chip.text().endswith("✕") and "…" in chip.text()
    assert title in chip.toolTip()  # the whole title is one hover away
    assert "Q&A" in chip.label() and "&&" not in chip.label()
    # with room, the whole title shows
    window.resize(2600, 740)
    qtbot.waitUntil(lambda: "…" not in bar.removable()[0].text())
    # the session as a chip names it: its title, then its time (the event's, Brussels)
    assert bar.removable()[0].text().replace("&&", "&").endswith(title + " (18:00)  ✕")


def test_a_short_breadcrumb_keeps_the_nearest_parent_whole(qtbot: Any) -> None:
    """Short of room (a session chip and a search beside it), the event goes first and the
    day stays readable: '… › Jour 1 · mer. 1 juin ›', not 'smp202…juin ›'."""
    from PySide6.QtWidgets import QWidget

    from smparchive.gui.widgets.scope_bar import _PathLabel

    host = QWidget()
    qtbot.addWidget(host)
    label = _PathLabel(host)
    day = "Jour 1 · mer. 1 juin ›"
    label.setText("smp2022 › " + day)
    host.show()  # a shown label gets its resize events at once
    fm = label.fontMetrics()
    label.resize(fm.horizontalAdvance("… › " + day) + 8, 20)
    assert label.shown() == "… › " + day
    label.resize(fm.horizontalAdvance("smp2022 › " + day) + 8, 20)
    assert label.shown() == "smp2022 › " + day  # whole when there is room
    label.resize(fm.horizontalAdvance("… › Jour 1 · m…") + 8, 20)
    assert label.shown().startswith("… › Jour 1")  # then the day's end is cut, not its start
    assert label.text() == "smp2022 › " + day  # the full path stays the label's text


def test_a_search_that_fails_leaves_the_bar_naming_the_result_shown(
    qtbot: Any, window: Any
) -> None:
    """A search that cannot be understood brings no new result: the grid keeps the last
    one, so the filter bar and the status line keep naming that search, not the failed
    text (the search field says what is wrong)."""
    _search(qtbot, window, "IMG_000")
    assert len(window.store) == 10
    window.search.set_text("tag:nosuchkeyword")
    qtbot.waitUntil(lambda: window.search.error.isVisible(), timeout=2000)
    assert len(window.store) == 10
    labels = _chip_texts(window)
    assert any("IMG_000" in c for c in labels), labels
    assert not any("nosuch" in c for c in labels), labels
    assert "nosuch" not in window.count_label.text()
    assert "IMG_000" in window.count_label.text()
    window.search.set_text("IMG_001")
    qtbot.waitUntil(lambda: any("IMG_001" in c for c in _chip_texts(window)), timeout=2000)
    assert len(window.store) == 10 and "IMG_001" in window.count_label.text()


def _new_smart_collection(window: Any, monkeypatch: Any, name: str) -> tuple[list[str], list[Any]]:
    """Run New Smart Collection, answering ``name``: (errors shown, name dialogs asked)."""
    from smparchive.gui import commands

    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    asked: list[Any] = []
    monkeypatch.setattr(
        commands.QInputDialog, "getText", lambda *a, **k: asked.append(a) or (name, True)
    )
    commands.new_smart_collection(window)
    return errors, asked


def test_exporting_after_a_failed_search_exports_the_result_shown(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    """Ctrl+E exports what the view shows: after a search that fails, that is still the
    last result, not the failed text; a smart collection is not saved from a text that
    the catalogue could not understand."""
    from smparchive.gui.controllers.exporting import source_for_view

    _search(qtbot, window, "IMG_000")
    window.search.set_text("tag:nosuchkeyword")
    qtbot.waitUntil(lambda: window.search.error.isVisible(), timeout=2000)
    source = source_for_view(window, None)
    assert source.spec == "IMG_000"
    assert sorted(source.resolve(window.catalog).item_ids) == sorted(window.store.ids)
    errors, asked = _new_smart_collection(window, monkeypatch, "x")
    assert asked == [] and errors and "correct it first" in errors[0]
    assert [c.name for c in window.catalog.collections()] == []


def test_a_smart_collection_saves_a_search_still_being_searched(
    qtbot: Any, threaded_window: Any, monkeypatch: Any
) -> None:
    """Saving a smart collection right after typing a valid search (its first page not yet
    shown) saves the search typed: only a text the catalogue refused is turned down."""

    window = threaded_window
    _search(qtbot, window, "IMG_000")
    qtbot.waitUntil(lambda: window.browser.shown_query == "IMG_000", timeout=5000)
    window.search.set_text("IMG_001")  # searched on a worker: no event processed yet
    assert window.browser.shown_query == "IMG_000"
    errors, asked = _new_smart_collection(window, monkeypatch, "Ones")
    assert errors == [] and len(asked) == 1 and "IMG_001" in asked[0][2]
    qtbot.waitUntil(lambda: [c.name for c in window.catalog.collections()] == ["Ones"])
    (saved,) = window.catalog.collections()
    assert saved.query == "IMG_001"


def test_a_search_of_spaces_alone_names_no_search_in_the_status_line(
    qtbot: Any, window: Any
) -> None:
    """A space typed into the search field (Space pressed with the focus there) left the
    status line ending in '· “ ”', as if a search narrowed the view; the filter bar named
    none. Both say the same: no search."""
    everything = len(window.store)
    _search(qtbot, window, "  ")
    assert len(window.store) == everything
    status = window.count_label.text()
    assert "“" not in status and "”" not in status, status
    _search(qtbot, window, "IMG_000 ")
    qtbot.waitUntil(lambda: "“IMG_000”" in window.count_label.text(), timeout=2000)


def test_search_all_items_from_an_empty_view_hands_the_keyboard_to_the_results(
    qtbot: Any, window: Any
) -> None:
    """'Search all items' under an empty session view put the keyboard on the search's
    chip: Space, to look at what was found, removed the search instead."""
    day = window.catalog.days()[0]
    window.sidebar.select_key(f"day:{day.id}")
    qtbot.waitUntil(lambda: window.scope_bar.source.kind == "day", timeout=2000)
    window.search.set_chip(2, True)  # Slides: the deck has no capture time, no day
    qtbot.waitUntil(lambda: window.empty_state.isVisible(), timeout=2000)
    labels = [b.text() for b in window.empty_state.buttons]
    button = window.empty_state.buttons[labels.index("Search all items")]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.scope_bar.source.is_library and len(window.store) > 0)
    focused = window.focusWidget()
    assert focused is window.view, focused
    assert window.search.active_chips()  # the chip is still there: nothing removed it


def test_an_empty_result_gives_the_keyboard_to_its_first_next_step(qtbot: Any, window: Any) -> None:
    """Return in a search that found nothing put the keyboard on the grid under the empty
    view: no focus to be seen, and Tab reached "Clear the search" only after the
    inspector. It goes to that button; pressed, the results it brings back get it."""
    _search(qtbot, window, "zzzz")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.empty_state.isVisible(), timeout=2000)
    first = window.empty_state.buttons[0]
    assert first.text() == "Clear the search"
    assert window.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.empty_state.isVisible(), timeout=2000)
    assert window.focusWidget() is window.view


def _session_quoted_in_sentences(qtbot: Any, window: Any) -> tuple[str, str, str, str]:
    """A session at 11:30 chosen and searched for a word nothing matches: its sidebar row,
    the empty view's title, the source chip and the status line."""
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt as _Qt

    cat = window.catalog
    sid = cat.add_session(
        "Debate with the audience",
        datetime(2022, 6, 2, 9, 30, tzinfo=UTC),  # 11:30 in Brussels, the event's zone
        datetime(2022, 6, 2, 10, 30, tzinfo=UTC),
    ).value
    window.refresh_sidebar()
    window.sidebar.select_key(f"session:{sid}")
    qtbot.waitUntil(lambda: window.scope_bar.source.kind == "session", timeout=2000)
    _search(qtbot, window, "lectern")
    qtbot.waitUntil(lambda: window.empty_state.isVisible(), timeout=2000)
    model = window.sidebar.sidebar
    row = model.data(model.index_of(f"session:{sid}"), _Qt.ItemDataRole.DisplayRole)
    source = window.scope_bar.removable()[0].label()
    return row, window.empty_state.title.text(), source, window.count_label.text()


def test_a_session_inside_a_sentence_reads_with_its_time_after_it(
    qtbot: Any, english: None, window: Any
) -> None:
    """The sidebar's column ('11:30  Debate', two spaces) was quoted as it is in the empty
    view's sentence, the source chip and the status line: they say 'Debate (11:30)'."""
    row, title, chip, status = _session_quoted_in_sentences(qtbot, window)
    assert row == "11:30  Debate with the audience"  # the sidebar keeps its column
    assert title == "Nothing in “Debate with the audience (11:30)” matches “lectern”"
    assert chip == "Debate with the audience (11:30)"
    assert "· Debate with the audience (11:30) ·" in status and "  " not in status


def test_a_session_inside_a_french_sentence_reads_with_its_time_after_it(
    qtbot: Any, french: None, window: Any
) -> None:
    row, title, chip, status = _session_quoted_in_sentences(qtbot, window)
    assert row == "11:30  Debate with the audience"
    assert title == (
        "Rien dans «\u00a0Debate with the audience (11:30)\u00a0» ne correspond à "
        "«\u00a0lectern\u00a0»"
    )
    assert chip == "Debate with the audience (11:30)"
    assert "· Debate with the audience (11:30) ·" in status and "  " not in status
