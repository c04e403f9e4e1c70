"""The Preferences switch that lets the app look for faces is a catalogue change like a
rating: Edit > Undo names it and takes it back, the catalogue's history says who turned it
on, and a server that does not answer is said as for any edit. It used to go to the write
executor on its own: not undoable and not in the history."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from smparchive.core.catalog.errors import CatalogError

pytestmark = pytest.mark.gui

AWAY = "Cannot connect to the catalogue database: no server answers at that address."


def _switch_faces(qtbot: Any, w: Any, settings: Any, on: bool) -> None:
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    dlg = PreferencesDialog(settings, w.catalog, w.ops, w)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(dlg.faces.isEnabled)  # the stored state read
    dlg.faces.setChecked(on)
    dlg.accept()
    w.runner.wait_idle()


def test_turning_faces_on_is_undoable_and_in_the_history(
    qtbot: Any, threaded_window: Any, settings: Any
) -> None:
    w = threaded_window
    cat = w.catalog
    _switch_faces(qtbot, w, settings, True)
    qtbot.waitUntil(lambda: w.ops.stack.undoText() == "Turn on face detection")
    assert cat.faces_enabled()
    (entry, *_) = cat.history()
    assert (entry.label, entry.user) == ("Turn on face detection", cat.user_name)
    w.ops.stack.undo()  # Edit > Undo
    w.runner.wait_idle()
    qtbot.waitUntil(lambda: not cat.faces_enabled())
    _switch_faces(qtbot, w, settings, True)
    _switch_faces(qtbot, w, settings, False)
    qtbot.waitUntil(lambda: w.ops.stack.undoText() == "Turn off face detection")
    assert not cat.faces_enabled()
    w.ops.stack.undo()
    w.runner.wait_idle()
    qtbot.waitUntil(cat.faces_enabled)


def test_a_switch_the_server_did_not_save_is_said(
    qtbot: Any, threaded_window: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = threaded_window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))

    def away(*_a: Any, **_k: Any) -> Any:
        raise CatalogError(AWAY)

    monkeypatch.setattr(w.catalog, "set_faces_enabled", away)
    _switch_faces(qtbot, w, settings, True)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [AWAY]
    assert not w.catalog.faces_enabled()
