"""Item > Show in the File Manager (and the grid's right-click): comms staff attaching a
photo to an email, or opening it in another program, had to find its folder by hand."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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
# A private bus daemon stands for the session bus: on it no file manager (an error reply at
# once), one that shows the file, or one that has stopped answering holds the name (no reply
# at all: a file manager slow to start). The synchronous call froze the window for 2 x 25 s.


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


# A file manager holding org.freedesktop.FileManager1 on the bus at argv[1]: one that
# shows what it is asked to (saying "shown URI"), or one stopped once it holds the name.
FILE_MANAGER = """
import os, signal, sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

@ClassInfo({"D-Bus Interface": "org.freedesktop.FileManager1"})
class FileManager(QObject):
    @Slot("QStringList", str)
    def ShowItems(self, uris, _startup):
        print("shown", *uris, flush=True)

app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "file-manager")
shows = FileManager()
exported = QDBusConnection.RegisterOption.ExportAllSlots
assert bus.registerObject("/org/freedesktop/FileManager1", shows, exported)
assert bus.registerService("org.freedesktop.FileManager1")
print("ready", flush=True)
if sys.argv[2] == "silent":
    os.kill(os.getpid(), signal.SIGSTOP)
app.exec()
"""


@contextmanager
def file_manager(address: str, how: str) -> Iterator[Any]:
    """A file manager on the bus at ``address`` (``how``: "answers" or "silent"); its
    output."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-c", FILE_MANAGER, address, how], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        yield process.stdout
    finally:
        process.kill()
        process.wait()


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
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, private_bus: str
) -> None:
    """ShowItems is sent and ``reveal`` returns at once; the folder opens when the answer
    has not come in ``REPLY_WAIT_MS``."""
    from PySide6.QtGui import QDesktopServices

    from smparchive.gui.controllers import reveal

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(reveal, "REPLY_WAIT_MS", 300)
    photo = tmp_path / "card" / "IMG_0001.JPG"
    with file_manager(private_bus, "silent"):
        reveal.reveal(photo)
        assert opened == []  # the call waits for its answer in the background, not here
        qtbot.waitUntil(lambda: opened == [str(photo.parent)], timeout=5000)


def test_a_file_manager_that_answers_shows_the_file_and_no_folder_opens(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, private_bus: str
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from smparchive.gui.controllers import reveal

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    photo = tmp_path / "card" / "IMG_0001.JPG"
    with file_manager(private_bus, "answers") as said:
        reveal.reveal(photo)
        assert said.readline().split() == ["shown", QUrl.fromLocalFile(str(photo)).toString()]
        qtbot.waitUntil(lambda: not reveal._pending, timeout=5000)  # its answer came
    assert opened == []
