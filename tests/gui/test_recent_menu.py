"""File > Open Recent: a catalogue gone is greyed, one on a share that does not answer is
offered without the menu waiting for the share (a frozen window for its timeout)."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def _entries(menu: Any) -> dict[str, bool]:
    return {a.text().split(" ", 1)[1]: a.isEnabled() for a in menu.actions()}


def test_recent_catalogues_gone_are_greyed_and_a_silent_share_does_not_hold_the_menu(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMenu

    from smparchive.core import paths
    from smparchive.gui.menus import fill_recent

    here, gone = tmp_path / "here.smpcat", tmp_path / "gone.smpcat"
    here.write_bytes(b"")
    on_share = Path("/mnt/nas/archive/smp.smpcat")
    monkeypatch.setattr(paths, "recent_catalogues", lambda: [here, gone, on_share])
    release, answered = threading.Event(), threading.Event()
    real = os.path.exists

    def stat(path: Any) -> bool:
        if Path(path) == on_share:  # the share stopped answering
            release.wait(10)
            answered.set()
            return True
        return real(path)

    monkeypatch.setattr(os.path, "exists", stat)
    monkeypatch.setattr(Path, "exists", lambda self, **_k: stat(self))  # however it is asked
    menu = QMenu()
    try:
        fill_recent(menu, lambda _p: None)
        assert not answered.is_set()  # the menu did not wait for the share
    finally:
        release.set()
    shown = _entries(menu)
    assert shown[f"{here.name} — {here.parent}"] is True
    assert shown[f"{gone.name} — {gone.parent}"] is False
    assert shown[f"{on_share.name} — {on_share.parent}"] is True  # opening it will say
