"""Item > Show in the File Manager (and the grid's right-click): comms staff attaching a
photo to an email, or opening it in another program, had to find its folder by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.gui.conftest import noise_jpeg, window_over_folders

pytestmark = pytest.mark.gui


@pytest.fixture
def photo_window(qtbot: Any, tmp_path: Path, settings: Any) -> Iterator[tuple[Any, Path]]:
    photo = noise_jpeg(tmp_path / "card" / "DCIM" / "IMG_0001.JPG", 3)
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [tmp_path / "card"]) as (
        w,
        _roots,
    ):
        qtbot.waitUntil(lambda: len(w.store) == 1, timeout=5000)
        w.selection.select_ids(list(w.store.ids))
        yield w, photo


def test_the_item_is_shown_selected_in_its_folder(
    photo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, ui_files: Any
) -> None:
    from smparchive.gui.actions import RESULTS_MENU
    from smparchive.gui.controllers import reveal

    w, photo = photo_window
    shown: list[Path] = []
    monkeypatch.setattr(reveal, "_freedesktop_show", lambda p: shown.append(p) or True)
    before = photo.read_bytes(), photo.stat().st_mtime_ns
    assert "reveal" in RESULTS_MENU  # on the grid's right-click too
    action = w.actions_by_name["reveal"]
    assert action.isEnabled() and action.text() == "Show in the &File Manager"
    ui_files.seen.clear()
    action.trigger()
    qtbot.waitUntil(lambda: shown == [photo], timeout=5000)
    assert ui_files.seen == []  # the file looked for on a worker (a share may hang)
    assert (photo.read_bytes(), photo.stat().st_mtime_ns) == before


def test_without_a_file_manager_service_its_folder_opens(
    photo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from smparchive.gui.controllers import reveal

    w, photo = photo_window
    opened: list[str] = []
    monkeypatch.setattr(reveal, "_freedesktop_show", lambda _p: False)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    w.actions_by_name["reveal"].trigger()
    qtbot.waitUntil(lambda: opened == [str(photo.parent)], timeout=5000)


def test_an_unreachable_file_is_said_so(
    photo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, ui_files: Any
) -> None:
    from smparchive.gui.controllers import reveal

    w, photo = photo_window
    photo.parent.parent.rename(photo.parent.parent.with_name("card-elsewhere"))
    from PySide6.QtWidgets import QMessageBox

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: errors.append(text))
    monkeypatch.setattr(reveal, "reveal", lambda p: pytest.fail(f"revealed {p}"))
    ui_files.seen.clear()
    w.actions_by_name["reveal"].trigger()
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == [f"The file is not reachable from this computer: {photo}"]
    assert ui_files.seen == []


# -- the file manager asked over D-Bus, never waited for ------------------------------------
# A private bus daemon stands for the session bus: on it no file manager answers (an error
# reply at once), or one that has stopped answering holds the name (no reply at all: a file
# manager slow to start). The synchronous call froze the window for D-Bus's 25 s.


@pytest.fixture
def private_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """A session bus of the test's own, in place of the session bus; its address."""
    import shutil
    import subprocess

    from PySide6.QtDBus import QDBusConnection

    from smparchive.gui.controllers import reveal

    if shutil.which("dbus-daemon") is None:
        pytest.skip("no dbus-daemon")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip() if daemon.stdout else ""
        name = f"smparchive-test-{tmp_path.name}"
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected()
        monkeypatch.setattr(reveal, "session_bus", lambda: bus)
        yield address
        QDBusConnection.disconnectFromBus(name)
    finally:
        daemon.kill()
        daemon.wait()


@pytest.fixture
def silent_file_manager(private_bus: str) -> Iterator[None]:
    """A file manager on the private bus that never answers (a process stopped once it
    holds org.freedesktop.FileManager1)."""
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, signal, sys\n"
            "from PySide6.QtDBus import QDBusConnection\n"
            "bus = QDBusConnection.connectToBus(sys.argv[1], 'holder')\n"
            "assert bus.registerService('org.freedesktop.FileManager1')\n"
            "print('ready', flush=True)\n"
            "os.kill(os.getpid(), signal.SIGSTOP)\n",
            private_bus,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.kill()
        holder.wait()


def test_when_no_file_manager_answers_on_the_bus_its_folder_opens(
    photo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, private_bus: str
) -> None:
    """Item > Show in the File Manager with a session bus but no FileManager1 service."""
    from PySide6.QtGui import QDesktopServices

    w, photo = photo_window
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    w.actions_by_name["reveal"].trigger()
    qtbot.waitUntil(lambda: opened == [str(photo.parent)], timeout=5000)


def test_a_file_manager_that_does_not_answer_is_not_waited_for(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, silent_file_manager: None
) -> None:
    """ShowItems is sent and ``reveal`` returns at once; the folder opens when the answer
    has not come in ``REPLY_WAIT_MS``."""
    from PySide6.QtGui import QDesktopServices

    from smparchive.gui.controllers import reveal

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(reveal, "REPLY_WAIT_MS", 300)
    photo = tmp_path / "card" / "IMG_0001.JPG"
    reveal.reveal(photo)
    assert opened == []  # the call waits for its answer in the background, not here
    qtbot.waitUntil(lambda: opened == [str(photo.parent)], timeout=5000)
