"""An open window shows a change made by another process (or a teammate) without a click:
the row refreshes within a couple of seconds (issue 16, live views)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_a_change_made_elsewhere_shows_in_the_open_window(
    window: Any, gui_catalog: Any, qtbot: Any
) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    store = window.store
    qtbot.wait(2000)  # the window's own start-up work (thumbnail repair) has settled
    first = store.record(0)
    assert first is not None and first.rating == 0
    other = open_catalog(gui_catalog.location)  # like the CLI or another window
    try:
        other.set_fields([first.id], rating=5)
    finally:
        other.close()

    def shown() -> bool:
        rec = store.cached(first.id)
        return rec is not None and rec.rating == 5

    qtbot.waitUntil(shown, timeout=5000)


def test_own_changes_are_not_announced_twice(window: Any, gui_catalog: Any, qtbot: Any) -> None:
    seen: list[Any] = []
    window.live.arrived.connect(seen.append)
    first = window.store.record(0)
    gui_catalog.set_fields([first.id], rating=2)  # through this window's catalogue
    qtbot.wait(1500)
    assert seen == []


def test_name_from_preferences_is_recorded_with_changes(
    window: Any, gui_catalog: Any, settings: Any, qtbot: Any
) -> None:
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    dlg = PreferencesDialog(settings, window.catalog, window.ops, window)
    qtbot.addWidget(dlg)
    dlg.user_name.setText("Ugochi (comms)")
    dlg.accept()
    assert settings.user_name == "Ugochi (comms)"
    first = window.store.record(0)
    gui_catalog.set_fields([first.id], rating=4)
    assert gui_catalog.item_history(first.id)[0].user == "Ugochi (comms)"


def test_changes_made_while_the_server_was_away_show_after_it_is_back(
    window: Any, gui_catalog: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """The team server dropped and came back: what a teammate changed before this window
    listened again is shown too, not only what comes after."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import live

    monkeypatch.setattr(live, "RETRY_S", 0.05)
    qtbot.wait(2000)  # the window's own start-up work has settled
    first = window.store.record(0)
    assert first is not None and first.rating == 0
    real = gui_catalog.change_feed
    dropped: list[bool] = []

    def reopened(since: int | None = None, answer_s: float | None = None) -> Any:
        """The next feed opens after the teammate's change (the server was away)."""
        if not dropped:
            dropped.append(True)
            other = open_catalog(gui_catalog.location)
            try:
                other.set_fields([first.id], rating=5)
            finally:
                other.close()
        return real(answer_s=answer_s) if since is None else real(since, answer_s)

    monkeypatch.setattr(gui_catalog, "change_feed", reopened)
    old = window.live._thread
    window.live.stop()  # the connection drops ...
    assert window.live.wait()
    assert old is not None and not old.is_alive()
    window.live._stop.clear()
    window.live.start()  # ... and the window listens again

    def shown() -> bool:
        rec = window.store.cached(first.id)
        return rec is not None and rec.rating == 5

    qtbot.waitUntil(shown, timeout=8000)


def test_a_teammates_clock_correction_keeps_the_selected_photo_selected(
    window: Any, gui_catalog: Any, qtbot: Any
) -> None:
    """Bob corrects the camera's clock: Alice's grid re-sorts, and the photo she is
    captioning stays the one selected (it used to jump to the first item, and her
    caption went with it)."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.undo import ChangeSummary

    store = window.store
    picked = next(
        store.record(r).id for r in range(len(store)) if store.record(r).rel_path.endswith("10.JPG")
    )
    window.select_ids([picked], current_row=store.row_of(picked))
    window._selection_changed()
    assert window.selected_ids() == [picked]
    order = list(store.ids)
    bob = open_catalog(gui_catalog.location)
    try:
        camera = bob.cameras()[0].key
        bob.set_clock_offset(camera, -3 * 3600)  # before the videos: the rows move
    finally:
        bob.close()
    window.ops.announce(ChangeSummary(items=frozenset(order)))  # as the live feed does
    qtbot.waitUntil(lambda: list(store.ids) != order, timeout=5000)
    assert window.selected_ids() == [picked]
    assert window.selection.current_id() == picked
    assert [r.id for r in window.inspector.records] == [picked]


def test_a_teammates_caption_arriving_before_one_types_keeps_the_cursor_at_the_end(
    window: Any, gui_catalog: Any, qtbot: Any
) -> None:
    """Bob opens the caption to add a few words; Alice's caption arrives first: his words go
    after hers, not into the middle or in front of them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.undo import ChangeSummary

    window.activateWindow()
    qtbot.waitActive(window)
    window.focus_results()
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    window._selection_changed()
    item = window.selected_ids()[0]
    editor = window.inspector.texts
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_C, ctrl_shift)  # Edit Caption: cursor at the end
    assert QApplication.focusWidget() is editor.caption
    alice = open_catalog(gui_catalog.location)
    try:
        alice.set_text([item], "caption", "en", "Opening words")
    finally:
        alice.close()
    window.ops.announce(ChangeSummary(items=frozenset({item})))  # as the live feed does
    assert editor.caption.toPlainText() == "Opening words"
    qtbot.keyClicks(editor.caption, " by the chair")
    qtbot.keyClick(editor.caption, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.catalog.item(item).captions.get("en") == "Opening words by the chair"


def test_the_window_says_while_the_server_does_not_answer(
    window: Any, gui_catalog: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """The team server stops: a line in the status bar says so until it answers again (the
    error box of a failed change is closed and forgotten)."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.gui import live

    monkeypatch.setattr(live, "RETRY_S", 0.05)
    real = gui_catalog.change_feed
    away = [True]

    def feed(since: int | None = None, answer_s: float | None = None) -> Any:
        if away[0]:
            raise CatalogError("Cannot connect to the catalogue database: no server answers.")
        return real(since, answer_s)

    assert not window.offline_label.isVisible()
    monkeypatch.setattr(gui_catalog, "change_feed", feed)
    window.live.stop()  # the connection drops ...
    assert window.live.wait()
    window.live._stop.clear()
    window.live.start()
    qtbot.waitUntil(window.offline_label.isVisible, timeout=5000)
    assert "does not answer" in window.offline_label.text()
    away[0] = False  # ... and the server is back
    qtbot.waitUntil(lambda: not window.offline_label.isVisible(), timeout=5000)


def test_files_verify_finds_missing_show_in_the_open_window(
    window: Any, gui_catalog: Any, qtbot: Any
) -> None:
    """`smparchive verify` (another process) finds a photo gone: its card says Missing and
    the sidebar's Problems > Missing counts it, without a click (QA report: neither did)."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import verify

    store = window.store
    qtbot.wait(2000)  # the window's own start-up work (thumbnail repair) has settled
    first = store.record(0)
    assert first is not None and first.status == "ok"
    qtbot.waitUntil(lambda: "status:missing" in window.sidebar_model.by_key, timeout=5000)
    assert window.sidebar_model.by_key["status:missing"].count == 0
    other = open_catalog(gui_catalog.location)  # like the CLI
    try:
        # the first photo was read in full once (it has a fingerprint); its file is gone
        # from a folder that is there (a neighbour's file is)
        Path(first.path).with_name("IMG_0001.JPG").write_bytes(b"photo")
        other.ingest_hashes([(first.id, "ab" * 32)], pictured=[first.id])
        report = verify(other)
    finally:
        other.close()
    missing = [f.item_id for f in report.failures if f.state == "missing"]
    assert first.id in missing  # what the CLI prints

    def shown() -> bool:
        rec = store.cached(first.id)
        return rec is not None and rec.status == "missing"

    qtbot.waitUntil(shown, timeout=5000)
    qtbot.waitUntil(
        lambda: window.sidebar_model.by_key["status:missing"].count == len(missing),
        timeout=5000,
    )


def test_a_day_renamed_elsewhere_shows_in_the_open_sidebar(
    window: Any, gui_catalog: Any, qtbot: Any
) -> None:
    """`smparchive days rename` touches no item: the sidebar kept the old name until a
    click (the window only followed changes that named items)."""
    from smparchive.core.catalog.catalog import open_catalog

    qtbot.wait(2000)  # the window's own start-up work has settled
    model = window.sidebar_model
    day = gui_catalog.days()[0]
    qtbot.waitUntil(lambda: f"day:{day.id}" in model.by_key, timeout=5000)
    assert "Opening day" not in model.by_key[f"day:{day.id}"].label
    other = open_catalog(gui_catalog.location)  # like the CLI
    try:
        other.update_day(day.id, label="Opening day")
    finally:
        other.close()
    qtbot.waitUntil(lambda: "Opening day" in model.by_key[f"day:{day.id}"].label, timeout=5000)
