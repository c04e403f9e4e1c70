"""The team server drops while someone types: the app says so, the typed text stays in
its field, and once the server is back leaving the field (or Ctrl+Enter) saves it; a
choice shows the stored value again instead of one that was never saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.gui.conftest import select_first_item

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.undo import ChangeSummary

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
AWAY = "Cannot connect to the catalogue database: no server answers at that address."


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    return shown


def _server_away(monkeypatch: pytest.MonkeyPatch, catalog: Any, *names: str) -> None:
    from smparchive.core.catalog.errors import CatalogError

    def away(*_a: Any, **_k: Any) -> Any:
        raise CatalogError(AWAY)

    for name in names:
        monkeypatch.setattr(catalog, name, away)


def test_a_caption_typed_while_the_server_was_away_is_saved_once_it_is_back(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    item = select_first_item(qtbot, window)
    editor = window.inspector.texts
    _server_away(monkeypatch, window.ops.catalog, "set_text")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption
    qtbot.keyClicks(QApplication.focusWidget(), "Typed while the server was away")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # apply: not saved
    assert said and set(said) == {AWAY}  # (the synchronous runner fails before focus moves)
    said.clear()
    assert editor.caption.toPlainText() == "Typed while the server was away"
    assert "●" not in editor.tabs.tabText(0)  # not shown as filled in
    # the server is back and a teammate's change to this photo is shown: the text stays
    monkeypatch.undo()
    other = open_catalog(window.catalog.location)
    try:
        other.set_fields([item], rating=3)
    finally:
        other.close()
    window.ops.announce(ChangeSummary(items=frozenset({item})))
    assert window.inspector.records[0].rating == 3
    assert editor.caption.toPlainText() == "Typed while the server was away"

    monkeypatch.undo()  # the server is back
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    editor.caption.setFocus()
    qtbot.keyClick(editor.caption, Qt.Key.Key_Return, CTRL)  # apply again
    assert window.catalog.item(item).captions.get("en") == "Typed while the server was away"
    assert said == []


def test_a_text_not_saved_is_not_carried_to_the_next_photo(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    select_first_item(qtbot, window)
    editor = window.inspector.texts
    _server_away(monkeypatch, window.ops.catalog, "set_text")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.keyClicks(QApplication.focusWidget(), "For the first photo only")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # not saved
    monkeypatch.undo()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the next photo
    window._selection_changed()
    assert editor.caption.toPlainText() == ""
    editor.caption.setFocus()
    editor.caption.clearFocus()  # leaving it saves nothing onto this photo
    assert not window.catalog.item(window.selected_ids()[0]).captions.get("en")


def test_a_rights_field_and_a_flag_while_the_server_was_away(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    item = select_first_item(qtbot, window)
    before = window.catalog.item(item)
    creator = window.inspector.editor("creator")
    flag = window.inspector.editor("flag")
    _server_away(monkeypatch, window.ops.catalog, "set_fields", "edit_items")
    creator.setFocus()
    creator.selectAll()
    qtbot.keyClicks(creator, "Lukas B.")
    qtbot.keyClick(creator, Qt.Key.Key_Return)  # not saved
    flag.setFocus()
    flag.setCurrentIndex(flag.findText("Pick", Qt.MatchFlag.MatchStartsWith))
    flag.activated.emit(flag.currentIndex())  # not saved either
    assert said and set(said) == {AWAY}
    assert creator.text() == "Lukas B."  # the typed text stays
    assert flag.currentData() == before.flag  # the flag shows what is stored

    monkeypatch.undo()  # the server is back
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    creator.setFocus()
    qtbot.keyClick(creator, Qt.Key.Key_Return)  # Enter again saves it
    assert window.catalog.item(item).creator == "Lukas B."


def test_scrolling_the_inspector_over_a_choice_changes_nothing(qtbot: Any, window: Any) -> None:
    """Scrolling down to the caption with the wheel passes over Flag, Label and Consent:
    none of them changes (a teammate would see the change too)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    item = select_first_item(qtbot, window)
    window.view.setFocus()
    before = window.catalog.item(item)
    for name in ("flag", "color_label", "consent"):
        combo = window.inspector.editor(name)
        shown = combo.currentIndex()
        centre = QPointF(combo.rect().center())
        for delta in (-120, -120, 120, -120):
            wheel = QWheelEvent(
                centre,
                QPointF(combo.mapToGlobal(centre.toPoint())),
                QPoint(0, 0),
                QPoint(0, delta),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(combo, wheel)
        assert combo.currentIndex() == shown, name
    after = window.catalog.item(item)
    assert (after.flag, after.color_label, after.consent) == (
        before.flag,
        before.color_label,
        before.consent,
    )


def test_typing_while_the_selection_changes_saves_for_the_photo_typed_for(
    qtbot: Any, window: Any
) -> None:
    """A teammate's change re-sorts the grid and the selection moves while a caption is
    being typed: the caption goes to the photo it was typed for, not to the one now
    selected."""
    first = select_first_item(qtbot, window)
    other = window.store.record(5).id
    editor = window.inspector.texts
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption
    assert QApplication.focusWidget() is editor.caption
    qtbot.keyClicks(editor.caption, "For the first photo")
    window.select_ids([other])  # under the keyboard
    window._selection_changed()
    assert window.catalog.item(first).captions.get("en") == "For the first photo"
    assert not window.catalog.item(other).captions.get("en")
    assert editor.caption.toPlainText() == ""  # the photo now shown has no caption
    editor.caption.clearFocus()
    assert not window.catalog.item(other).captions.get("en")


def _server_back(monkeypatch: pytest.MonkeyPatch, said: list[str]) -> None:
    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    said.clear()


def _caption_not_saved(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, said: list[str], text: str
) -> None:
    """Type a caption for the current photo and apply it while the server is away; then
    the server is back."""
    _server_away(monkeypatch, window.ops.catalog, "set_text")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # not saved
    assert said and set(said) == {AWAY}  # (synchronous: focus leaves after the failure)
    _server_back(monkeypatch, said)


def test_a_caption_kept_while_the_server_was_away_is_saved_when_it_answers_again(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status line said 'changes are not saved until it is back'; once the server was
    back the caption still sat unsaved in its box (the tab showed no dot), and moving to
    the next photo dropped it without a word."""
    item = select_first_item(qtbot, window)
    _caption_not_saved(qtbot, window, monkeypatch, said, "Typed while the server was away")
    assert not window.catalog.item(item).captions.get("en")
    window.live.reachable.emit(False)
    window.live.reachable.emit(True)  # the server answers again: nothing else is pressed
    assert window.catalog.item(item).captions.get("en") == "Typed while the server was away"
    assert "●" in window.inspector.texts.tabs.tabText(0)
    assert said == []


def test_a_caption_kept_while_the_server_was_away_goes_to_its_photo_on_moving_on(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = select_first_item(qtbot, window)
    _caption_not_saved(qtbot, window, monkeypatch, said, "For the first photo")
    window.focus_results()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the next photo
    window._selection_changed()
    second = window.selected_ids()[0]
    assert second != first
    assert window.catalog.item(first).captions.get("en") == "For the first photo"
    assert not window.catalog.item(second).captions.get("en")
    assert window.inspector.texts.caption.toPlainText() == ""


def test_a_caption_kept_while_the_server_was_away_is_saved_in_its_language(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    item = select_first_item(qtbot, window)
    editor = window.inspector.texts
    _caption_not_saved(qtbot, window, monkeypatch, said, "English, typed while away")
    editor.tabs.setCurrentIndex(1)  # the next language's tab
    texts = window.catalog.item(item).captions
    assert texts.get("en") == "English, typed while away"
    assert texts.get(editor.languages[1]) != "English, typed while away"


def test_a_rights_field_kept_while_the_server_was_away_is_saved_when_it_answers_again(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    item = select_first_item(qtbot, window)
    creator = window.inspector.editor("creator")
    _server_away(monkeypatch, window.ops.catalog, "set_fields", "edit_items")
    creator.setFocus()
    creator.selectAll()
    qtbot.keyClicks(creator, "Lukas B.")
    qtbot.keyClick(creator, Qt.Key.Key_Return)  # not saved
    _server_back(monkeypatch, said)
    window.focus_results()
    window.live.reachable.emit(False)
    window.live.reachable.emit(True)
    assert window.catalog.item(item).creator == "Lukas B."
    assert said == []


def test_a_failure_beside_the_server_notice_is_said_whole_left_of_it(
    qtbot: Any, window: Any, said: list[str]
) -> None:
    """At 1366 px in French the failure was cut mid-sentence in the status bar and ran
    into the orange 'server does not answer' notice: '… à cette adresseLe serveur …'.
    It wraps onto a second line left of the notice instead; in a window this narrow even
    two lines are short, so it ends with "…" and is whole in its tooltip."""
    window.resize(900, 600)
    window.live.reachable.emit(False)
    notice = window.offline_label
    assert notice.isVisible()
    sentence = AWAY + " Is it running? Ask whoever looks after it."
    window.show_error(sentence)
    bar = window.statusBar()
    shown = bar.shown()
    assert shown.endswith("…") and sentence.startswith(shown[:-1].rstrip())
    assert bar.message.toolTip() == sentence
    assert bar.message.geometry().right() < notice.geometry().left()
    window.live.reachable.emit(True)
    window.show_error(AWAY)
    assert bar.shown() == bar.currentMessage() == AWAY


def _no_server(monkeypatch: pytest.MonkeyPatch, catalog: Any, *names: str) -> None:
    """Writes fail as they do when the team server is stopped (the core's coded sentence)."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.messages import problem

    def away(*_a: Any, **_k: Any) -> Any:
        raise CatalogError(problem("db.no_server"))

    for name in names:
        monkeypatch.setattr(catalog, name, away)


def test_ten_ratings_while_the_server_is_away_open_no_dialog_and_are_counted(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A comms officer rating ten photos while the server was away got ten modal dialogs
    stacked on the orange notice: now each is said in the status bar, the notice counts
    them, the photos keep their stored ratings, and it all goes once the server answers."""
    select_first_item(qtbot, window)
    window.settings.auto_advance = True
    ids = window.store.ids[:10]
    before = {i: window.catalog.item(i).rating for i in ids}
    _no_server(monkeypatch, window.ops.catalog, "set_fields", "edit_items", "undo")
    for n, _ in enumerate(ids):
        qtbot.keyClick(window.view, Qt.Key.Key_3)  # rate 3, and on to the next photo
        if n == 0:
            window.live.reachable.emit(False)  # the live feed notices after the first
    assert said == []  # no dialog at all
    notice = window.offline_label
    assert notice.isVisible()
    assert notice.text() == "The catalogue server does not answer: 10 changes not saved."
    assert "Rate 3" in notice.toolTip()
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Not saved, the catalogue server does not answer: Rate 3")
    )
    assert {i: window.catalog.item(i).rating for i in ids} == before  # refused, not kept
    window.ops.catalog.set_fields = type(window.ops.catalog).set_fields.__get__(
        window.ops.catalog
    )  # one rating goes through (a moment the server answered)
    rated = window.selected_ids()[0]
    was = window.catalog.item(rated).rating
    qtbot.keyClick(window.view, Qt.Key.Key_5)
    assert window.catalog.item(rated).rating == 5
    window._show_away(True)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # an undo fails alike: no dialog
    assert said == []
    # it was not undone: still offered as Undo, not as Redo
    stack = window.undo_stack
    qtbot.waitUntil(lambda: stack.canUndo() and not stack.canRedo(), timeout=3000)

    monkeypatch.undo()
    window.live.reachable.emit(True)  # the server answers again
    assert not notice.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # the undo, now it answers
    assert window.catalog.item(rated).rating == was
    shown = window.selected_ids()[0]
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    assert window.catalog.item(shown).rating == 4
    assert said == []


def test_a_flag_label_or_consent_chosen_while_the_server_is_away_shows_the_stored_value(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A choice made while the server is away is refused at once and visibly: the control
    shows the stored value again and the status bar names what was not saved (no dialog);
    a caption typed meanwhile is kept and said to be saved when the server is back."""
    item = select_first_item(qtbot, window)
    stored = window.catalog.item(item)
    _no_server(monkeypatch, window.ops.catalog, "set_fields", "edit_items", "set_text")
    for name in ("flag", "color_label", "consent"):
        combo = window.inspector.editor(name)
        shown = combo.currentIndex()
        combo.setFocus()
        combo.setCurrentIndex((shown + 1) % combo.count())
        combo.activated.emit(combo.currentIndex())
        assert combo.currentIndex() == shown, name  # the stored value again
        assert window.statusBar().currentMessage().startswith("Not saved, the catalogue"), name
    assert said == []
    assert window.offline_label.text().endswith(": 3 changes not saved.")
    after = window.catalog.item(item)
    assert (after.flag, after.color_label, after.consent) == (
        stored.flag,
        stored.color_label,
        stored.consent,
    )
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption
    qtbot.keyClicks(QApplication.focusWidget(), "Typed while away")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert said == []
    assert window.statusBar().currentMessage().startswith("Kept, and saved when the catalogue")
    assert window.offline_label.text().endswith(": 3 changes not saved.")  # not counted
    monkeypatch.undo()
    window.live.reachable.emit(False)
    window.live.reachable.emit(True)
    assert window.catalog.item(item).captions.get("en") == "Typed while away"


def test_a_keyword_deleted_while_the_server_is_away_opens_no_dialog(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting a keyword from the sidebar reads its count first: while the server was away
    that read's failure opened a dialog of its own on top of the orange notice."""
    from smparchive.gui.controllers.vocabulary import delete_tag

    item = select_first_item(qtbot, window)
    window.catalog.tag_items([item], ["Panel"])
    tag = next(t for t in window.catalog.tags() if t.name == "Panel")
    _no_server(monkeypatch, window.catalog, "tag_items_count")
    delete_tag(window.deps, tag.id, "Panel")
    assert said == []
    assert window.offline_label.isVisible()
    assert window.statusBar().currentMessage().startswith("Cannot connect to the catalogue")
    assert [t.name for t in window.catalog.item(item).tags] == ["Panel"]


def test_a_caption_typed_while_away_is_saved_for_its_photo_after_moving_on(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving to the next photo while the server was still away dropped the caption typed
    for the first ('not saved'): typed work lost. It is kept and saved for its photo when
    the server answers again."""
    first = select_first_item(qtbot, window)
    _no_server(monkeypatch, window.ops.catalog, "set_text")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption
    qtbot.keyClicks(QApplication.focusWidget(), "Welcome desk")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # not saved
    window.focus_results()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the next photo, the server still away
    window._selection_changed()
    second = window.selected_ids()[0]
    assert second != first
    assert window.statusBar().currentMessage().startswith("Kept, and saved when the catalogue")
    assert window.inspector.texts.caption.toPlainText() == ""
    assert said == []
    monkeypatch.undo()
    window.live.reachable.emit(True)  # the server answers again
    assert window.catalog.item(first).captions.get("en") == "Welcome desk"
    assert not window.catalog.item(second).captions.get("en")


def test_a_failure_says_the_server_is_away_by_its_cause_not_its_words(
    qtbot: Any, window: Any, said: list[str]
) -> None:
    """Whether a failure opens a dialog is decided by what failed, not by finding the
    server-away sentence in a message: a text that merely quotes it (a caption, a file
    name) still gets its dialog; a server-away error never does."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.messages import problem

    window.show_failure(CatalogError(problem("db.connection_lost")), "Reading sidecars: %1")
    assert said == []
    assert window.offline_label.isVisible()
    assert window.statusBar().currentMessage().startswith("Reading sidecars: The connection")
    quoting = f"Not a caption: ‘{AWAY}’"
    window.show_error(quoting)
    assert said == [quoting]
    window.show_failure(CatalogError("The disk is full."), "Exporting: %1")
    assert said == [quoting, "Exporting: The disk is full."]


def test_edits_while_the_server_is_known_away_do_not_wait_for_it(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen server (a VPN gone quiet, not a stopped server) made each rating wait for
    the connection timeout in turn before it was refused: ten ratings, ten timeouts. Once
    the live feed knows the server does not answer, an edit is refused without asking it;
    when it answers again, edits go through at once."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.messages import problem

    select_first_item(qtbot, window)
    window.settings.auto_advance = True
    asked: list[int] = []
    real = window.ops.catalog.set_fields

    def slow_server(ids: Any, *a: Any, **k: Any) -> Any:
        asked.append(len(ids))  # each of these would have waited for the timeout
        if window.live._away:
            raise CatalogError(problem("db.unreachable"))
        return real(ids, *a, **k)

    monkeypatch.setattr(window.ops.catalog, "set_fields", slow_server)
    feed = window.live
    feed._away = True  # what the feed found: the server's coded sentence
    feed._answering(False)
    ids = window.store.ids[:5]
    before = {i: window.catalog.item(i).rating for i in ids}
    for _ in ids:
        qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert asked == []  # none waited on the server
    assert said == []
    assert window.offline_label.text() == (
        "The catalogue server does not answer: 5 changes not saved."
    )
    assert {i: window.catalog.item(i).rating for i in ids} == before
    feed._away = False
    feed._answering(True)
    rated = window.selected_ids()[0]
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    assert asked == [1] and window.catalog.item(rated).rating == 4


def test_a_feed_failure_that_is_not_the_server_away_refuses_no_edit(
    qtbot: Any, window: Any, said: list[str]
) -> None:
    """Only the server's silence refuses edits before asking: a feed that stopped for
    another reason leaves every edit to the catalogue as before."""
    select_first_item(qtbot, window)
    window.live._away = False  # the feed failed on something else
    window.live._answering(False)
    rated = window.selected_ids()[0]
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert window.catalog.item(rated).rating == 2
    window.live._answering(True)


def test_an_edit_the_catalogue_is_slow_to_answer_is_said_until_it_is_saved(
    qtbot: Any, threaded_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a frozen server a rating waited up to two minutes with nothing on screen: the
    key looked ignored. After a moment the status bar says the edit is still being saved;
    once saved, that line goes (and a refusal's own line would stay)."""
    import threading

    window = threaded_window
    monkeypatch.setattr(type(window.ops), "SLOW_MS", 100)
    select_first_item(qtbot, window)
    rated = window.selected_ids()[0]
    gate = threading.Event()
    real = window.ops.catalog.set_fields

    def frozen(*a: Any, **k: Any) -> Any:
        gate.wait(20)  # the server answers when the test lets it
        return real(*a, **k)

    monkeypatch.setattr(window.ops.catalog, "set_fields", frozen)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Still saving: Rate 3"))
    gate.set()
    qtbot.waitUntil(lambda: window.catalog.item(rated).rating == 3)
    qtbot.waitUntil(lambda: not bar.currentMessage().startswith("Still saving"))


def test_a_read_that_fails_while_the_server_is_away_is_not_counted_as_a_change(
    english: None, qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the team server frozen, the orange notice said '4 changes not saved' after two
    ratings: the grid's and the sidebar's reads that failed meanwhile were counted as
    changes, their inner names ('refresh items', 'sidebar') listed in its tooltip and said
    in the status bar over the rating refused."""
    item = select_first_item(qtbot, window)
    _no_server(monkeypatch, window.ops.catalog, "set_fields", "edit_items", "items")
    qtbot.keyClick(window.view, Qt.Key.Key_3)  # refused
    window.store.refresh([item])  # its row is read again (a teammate changed it)
    window.refresh_sidebar()
    assert said == []
    notice = window.offline_label
    assert notice.isVisible()
    # the interface's plural forms installed, as the app does (the count was 4 before)
    assert notice.text() == "The catalogue server does not answer: 1 change not saved."
    assert notice.toolTip() == "Rate 3"
    assert window.statusBar().currentMessage() == (
        "Not saved, the catalogue server does not answer: Rate 3"
    )


def test_the_line_saying_a_text_is_kept_goes_once_the_server_answers(
    qtbot: Any, window: Any, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the frozen server answered again the caption was saved (its tab showed the dot)
    while the status bar still said 'Kept, and saved when the catalogue server answers
    again' for up to eight seconds."""
    item = select_first_item(qtbot, window)
    _no_server(monkeypatch, window.ops.catalog, "set_text")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)  # Edit Caption
    qtbot.keyClicks(QApplication.focusWidget(), "Typed while away")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # kept
    bar = window.statusBar()
    assert bar.currentMessage().startswith("Kept, and saved when the catalogue")
    window.live.reachable.emit(False)
    monkeypatch.undo()
    window.live.reachable.emit(True)  # the server answers again
    assert window.catalog.item(item).captions.get("en") == "Typed while away"
    assert bar.currentMessage() == ""
    assert said == []
