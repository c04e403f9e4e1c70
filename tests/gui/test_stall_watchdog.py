"""The app's watchdog notices its event loop blocked and logs the stack of the stall."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest


def _slow_handler() -> None:
    time.sleep(1.0)  # far too much work on the UI thread (1 s: seen even on a busy machine)


def test_a_blocked_event_loop_is_logged(
    qapp: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtCore import QObject, QTimer

    from smparchive.gui.stall import install_watchdog

    caplog.set_level(logging.WARNING, logger="smparchive.stall")
    owner = QObject()
    dog = install_watchdog(owner, threshold_s=0.1, warn_s=0.2)
    try:
        qtbot.wait(150)  # heartbeats flowing
        QTimer.singleShot(0, _slow_handler)

        def ours() -> list[Any]:  # a busy machine may add stalls of its own: not these
            # a stall already under way (earlier tests' widgets being torn down) runs into
            # ours without a beat between: then ours shows in the stall's samples
            return [
                s
                for s in dog.stalls
                if "_slow_handler" in s.stack or any("_slow_handler" in k for k in s.samples)
            ]

        # the stall under way may end as ours starts (CI: a 0.11 s one sampled in it), ours
        # then being the next: the handler's second is in the longest of them
        qtbot.waitUntil(lambda: any(s.seconds >= 0.25 for s in ours()), timeout=3000)
    finally:
        dog.stop()
        owner.deleteLater()
    assert max(s.seconds for s in ours()) >= 0.25
    assert "UI thread blocked" in caplog.text


def test_damage_is_found_in_the_background_and_shown(
    qapp: Any, qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, sync_runner: Any
) -> None:
    """Opening skips the integrity check; the app runs it in the background and says so."""
    from PySide6.QtWidgets import QMessageBox, QWidget
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import app as app_mod

    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    insert_items(cat, tmp_path / "media", [{"name": f"IMG_{i:04d}.JPG"} for i in range(400)])
    cat.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: shown.append(text))
    window = QWidget()
    window.runner = sync_runner  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    app_mod.check_in_background(window, str(path))
    assert shown == []  # intact
    page = int.from_bytes(path.read_bytes()[16:18], "big")
    with path.open("r+b") as fh:
        fh.seek(page * (path.stat().st_size // page // 2))
        fh.write(b"\xa5" * page)
    app_mod.check_in_background(window, str(path))
    assert len(shown) == 1 and str(path) in shown[0]
