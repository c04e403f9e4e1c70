"""An open window shows a change made by another process (or a teammate) without a click:
the row refreshes within a couple of seconds (issue 16, live views)."""

from __future__ import annotations

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

    def reopened(since: int | None = None) -> Any:
        """The next feed opens after the teammate's change (the server was away)."""
        if not dropped:
            dropped.append(True)
            other = open_catalog(gui_catalog.location)
            try:
                other.set_fields([first.id], rating=5)
            finally:
                other.close()
        return real() if since is None else real(since=since)

    monkeypatch.setattr(gui_catalog, "change_feed", reopened)
    old = window.live._thread
    window.live.stop()  # the connection drops ...
    assert old is not None and not old.is_alive()
    window.live._stop.clear()
    window.live.start()  # ... and the window listens again

    def shown() -> bool:
        rec = window.store.cached(first.id)
        return rec is not None and rec.rating == 5

    qtbot.waitUntil(shown, timeout=8000)
