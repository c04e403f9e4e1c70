"""Preferences, Export History's Show Items, People's Withdraw Consent and the alt text's
Suggest read the catalogue on a worker, never on the UI thread: on a team catalogue each
read there froze the window for a server round trip, for the server's timeout when it was
away. Each read is held back here (as a slow server would) to show what the user sees
meanwhile; then what arrives is checked, and that no statement was sent from the UI thread
(``threaded_window.ui_reads``). On both engines: ``gui_catalog`` is made on each here."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.conftest import ENGINES, empty_pg_url
from tests.gui.conftest import programme_catalogue

pytestmark = pytest.mark.gui


@pytest.fixture(params=ENGINES)
def gui_catalog(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """Ten photos over the two-day programme, on SQLite and on the test server (the
    ``threaded_window`` of these tests is over it)."""
    location = str(tmp_path / "gui.smpcat") if request.param == "sqlite" else empty_pg_url()
    cat = programme_catalogue(location, tmp_path / "media", 10)
    try:
        yield cat
    finally:
        cat.close()


class Held:
    """``catalog.<name>`` called from a worker waits until :meth:`answer` (called from the
    UI thread, as before the fix, it goes through at once: the test then fails on that
    read, it does not hang)."""

    def __init__(self, catalog: Any, name: str) -> None:
        self.catalog, self.name = catalog, name
        self.real: Callable[..., Any] = getattr(catalog, name)
        self.gate = threading.Event()
        self.waiting = 0
        self.called = threading.Event()  # a worker's call has come

        def held(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is not threading.main_thread():
                self.waiting += 1
                self.called.set()
                self.gate.wait(20)
            return self.real(*args, **kwargs)

        setattr(catalog, name, held)

    def answer(self) -> None:
        self.gate.set()

    def __enter__(self) -> Held:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.gate.set()
        delattr(self.catalog, self.name)  # the class's method again


def _quiet(w: Any) -> None:
    """The window's own start-up reads over; nothing seen on the UI thread so far."""
    w.runner.wait_idle()
    QApplication.processEvents()
    w.runner.wait_idle()
    w.ui_reads.seen.clear()


def test_preferences_read_and_write_the_catalogue_on_workers(
    qtbot: Any, threaded_window: Any, settings: Any
) -> None:
    from smparchive.core.vocab import SidecarPolicy
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    w = threaded_window
    cat = w.catalog
    (root,) = cat.roots()
    _quiet(w)
    with Held(cat, "roots") as server:
        dlg = PreferencesDialog(settings, cat, w.ops, w)
        qtbot.addWidget(dlg)
        dlg.show()
        if server.waiting or not dlg.policies:  # before the fix, read as it opened
            assert dlg.folders_note.text() == "Loading…"
            assert not dlg.faces.isEnabled()  # its state is not known yet
        server.answer()
        qtbot.waitUntil(lambda: root.id in dlg.policies and dlg.faces.isEnabled())
    assert not dlg.faces.isChecked()
    assert dlg.user_name.placeholderText() == cat.user_name
    combo = dlg.policies[root.id]
    assert combo.currentData() == SidecarPolicy.MIRROR
    combo.setCurrentIndex(combo.findData(SidecarPolicy.BESIDE))
    dlg.faces.setChecked(True)
    dlg.accept()
    qtbot.waitUntil(lambda: cat.faces_enabled())
    qtbot.waitUntil(lambda: cat.roots()[0].sidecar_policy == SidecarPolicy.BESIDE)
    w.runner.wait_idle()
    assert w.ui_reads.seen == []


def test_export_history_show_items_reads_them_on_a_worker(qtbot: Any, threaded_window: Any) -> None:
    from smparchive.gui.controllers.exporting import export_history
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog

    w = threaded_window
    cat = w.catalog
    ids = cat.query_ids()[2:5]
    cat.record_export({"bundle": "/srv/www/smp", "target": "folder", "items": ids})
    export_history(w.deps)
    (dlg,) = [d for d in w.findChildren(ExportHistoryDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dlg.items_btn.isEnabled())
    _quiet(w)
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    dlg.items_btn.setFocus()
    with Held(cat, "exported_item_ids") as server:
        qtbot.keyClick(dlg.items_btn, Qt.Key.Key_Space)  # from the keyboard
        if server.waiting or not w.browser.scope_label:
            assert not dlg.items_btn.isEnabled()  # greyed until they come
        server.answer()
        qtbot.waitUntil(lambda: sorted(w.store.ids) == sorted(ids))
    assert dlg.items_btn.isEnabled()
    assert dlg.focusWidget() is dlg.items_btn  # the keyboard back where it was
    assert w.browser.scope_label.startswith("Export of")
    w.runner.wait_idle()
    assert w.ui_reads.seen == []
    dlg.close()


def test_withdrawing_consent_reads_its_impact_on_a_worker_then_asks(
    qtbot: Any, threaded_window: Any, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    from smparchive.gui.dialogs.people import PeopleWindow

    w = threaded_window
    cat = w.catalog
    photo = cat.query_ids()[0]
    cat.store_faces([(photo, [(0.4, 0.3, 0.2, 0.3, 0.99, bytes(512))])])
    (face,) = cat.faces()
    cat.name_faces([face.id], "Ana Lopez")
    cat.record_export({"bundle": "/srv/www/smp", "target": "folder", "items": [photo]})
    win = PeopleWindow(w.deps)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.groups.findData("person:Ana Lopez") >= 0)
    win.groups.setCurrentIndex(win.groups.findData("person:Ana Lopez"))
    qtbot.waitUntil(lambda: win.withdraw_btn.isEnabled())
    _quiet(w)
    asked: list[str] = []
    # the question as the person sees it, answered OK (exec: before; open: after the fix)
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Ok,
    )

    def shown(box: QMessageBox) -> None:
        asked.append(box.text())
        QMessageBox.show(box)

    monkeypatch.setattr(QMessageBox, "open", shown)
    win.activateWindow()
    qtbot.waitActive(win)
    win.withdraw_btn.setFocus()
    with Held(cat, "consent_impact") as server:
        qtbot.keyClick(win.withdraw_btn, Qt.Key.Key_Space)  # from the keyboard
        if server.waiting or not asked:
            assert not win.withdraw_btn.isEnabled() and asked == []  # asked once it is read
        server.answer()
        qtbot.waitUntil(lambda: len(asked) == 1)
    # in English as the app installs it: '1 photo' (the test read '1 photos' when no test
    # before it in the same process had installed the English plurals)
    assert "Withdraw the consent of Ana Lopez from today? 1 photo " in asked[0], asked[0]
    box = getattr(win, "confirmation", None)
    if box is not None:  # the keyboard answers it: Enter is OK
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "withdrawn" in win.notice.text())
    assert "/srv/www/smp (1)" in win.notice.text()
    assert cat.effective_consent([photo])[photo].status == "do_not_publish"
    assert win.withdraw_btn.isEnabled()
    assert win.focusWidget() is win.withdraw_btn  # the keyboard back where it was
    w.runner.wait_idle()
    assert w.ui_reads.seen == []


def test_suggested_alt_text_arrives_from_a_worker_while_typing_goes_on(
    qtbot: Any, threaded_window: Any
) -> None:
    from smparchive.gui.widgets.fields import plain_text

    w = threaded_window
    cat = w.catalog
    item = cat.query_ids()[0]
    opening = cat.test_sessions["opening"]
    w.ops.run("assign", lambda c: c.assign_items([item], opening))  # the window is told
    w.activateWindow()
    qtbot.waitActive(w)
    w.select_ids([item], current_row=w.store.row_of(item))
    editor = w.inspector.texts
    qtbot.waitUntil(lambda: [r.id for r in editor.records] == [item])
    qtbot.waitUntil(lambda: editor.records[0].session_id is not None)
    _quiet(w)
    with Held(cat, "items") as server:
        editor.suggest.setFocus()
        qtbot.keyClick(editor.suggest, Qt.Key.Key_Space)  # the keyboard's Suggest
        if server.waiting or not plain_text(editor.alt):
            assert not editor.suggest.isEnabled()  # greyed until the draft comes
            editor.title.setFocus()  # the person goes on typing elsewhere meanwhile
            qtbot.keyClicks(editor.title, "Opening")
            assert editor.title.text() == "Opening"
        server.answer()
        qtbot.waitUntil(lambda: plain_text(editor.alt) != "")
    draft = plain_text(editor.alt)
    assert draft.startswith("[Draft]") and "Opening" in draft and "Hall A" in draft
    assert editor.suggest.isEnabled()
    assert QApplication.focusWidget() is editor.title  # the keyboard is not taken from them
    w.runner.wait_idle()
    assert w.ui_reads.seen == []


def test_a_read_that_fails_is_said_and_the_button_comes_back(
    qtbot: Any, threaded_window: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server refused: Preferences says why on its Folders tab (OK still saves this
    computer's settings); Show Items says why and can be pressed again."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.messages import problem
    from smparchive.gui.controllers.exporting import export_history
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    w = threaded_window
    cat = w.catalog
    cat.record_export({"bundle": "/srv/www/smp", "target": "folder", "items": cat.query_ids()[:2]})

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise CatalogError(problem("missing.person", value=7))

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    with monkeypatch.context() as m:  # (the sidebar's own reading of the folders too)
        m.setattr(cat, "roots", refused)
        dlg = PreferencesDialog(settings, cat, w.ops, w)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: "No person with id 7" in dlg.folders_note.text())
        assert not dlg.faces.isEnabled() and dlg.policies == {}
        dlg.thumb.setValue(200)
        dlg.accept()
        assert settings.thumb_size == 200
        w.runner.wait_idle()
    said.clear()  # what other reads said meanwhile (a sidebar refresh's folders)

    export_history(w.deps)
    (history,) = [d for d in w.findChildren(ExportHistoryDialog) if d.isVisible()]
    assert not history.items_btn.isEnabled()  # nothing to show before the history is read
    qtbot.waitUntil(lambda: history.items_btn.isEnabled())
    monkeypatch.setattr(cat, "exported_item_ids", refused)
    history.show_items()
    qtbot.waitUntil(lambda: said != [] and history.items_btn.isEnabled())
    assert "No person with id 7" in said[0]
    history.close()
