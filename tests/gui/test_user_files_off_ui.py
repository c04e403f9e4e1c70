"""No look at the user's files from the UI thread (issue 19, "no freeze, ever"): a share
(SMB/NFS) that stops answering blocks every file-system call on it for tens of seconds, a
frozen window when the call was made there. Export History's Open Folder and the export
dialog's look where an export went on a worker, or know it already; ``ui_files`` lists
what GUI code did touch (see ``tests/gui/conftest.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_export_history_looks_for_the_folders_on_a_worker(
    qtbot: Any, threaded_window: Any, ui_files: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open Folder is offered for an export still there (a folder opens itself, a ZIP its
    folder), greyed for one gone; choosing rows never looks at the exports from the UI
    thread."""
    from PySide6.QtGui import QDesktopServices

    from smparchive.gui.controllers.exporting import export_history
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog

    w = threaded_window
    cat = w.catalog
    exports = tmp_path / "exports"
    (exports / "post").mkdir(parents=True)
    (exports / "post.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    ids = cat.query_ids()[:2]
    # recorded oldest first: the history lists them newest first
    for bundle, kind in (("gone", "folder"), ("post.zip", "zip"), ("post", "folder")):
        cat.record_export({"bundle": str(exports / bundle), "target": kind, "items": ids})
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    ui_files.seen.clear()

    export_history(w.deps)
    (dlg,) = [d for d in w.findChildren(ExportHistoryDialog) if d.isVisible()]
    assert not dlg.folder_btn.isEnabled()  # nothing known before the history is read
    qtbot.waitUntil(lambda: dlg.folder_btn.isEnabled())  # the newest, its folder looked at
    assert ui_files.seen == []
    dlg.folder_btn.click()
    dlg.view.selectRow(1)
    qtbot.waitUntil(lambda: dlg.folder_btn.isEnabled())
    dlg.folder_btn.click()
    dlg.view.selectRow(2)
    qtbot.waitUntil(lambda: str(exports / "gone") in dlg.folders)
    assert not dlg.folder_btn.isEnabled()  # gone (or its share away): nothing to open
    assert opened == [str(exports / "post"), str(exports)]
    assert ui_files.seen == []
    dlg.close()


def test_the_export_dialog_opens_the_folder_it_wrote_without_looking(
    qtbot: Any,
    catalog: Any,
    add_items: Any,
    ui_files: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Open Folder after an export: a ZIP's folder, a folder itself, known from the export
    (the target may sit on a share that has stopped answering since)."""
    from PySide6.QtGui import QDesktopServices
    from tests.gui.conftest import noise_jpeg

    from smparchive.gui.dialogs.export_dialog import ExportDialog
    from smparchive.gui.tasks import TaskRunner

    noise_jpeg(tmp_path / "media" / "IMG_1.jpg", 1)
    ids = add_items([{"name": "IMG_1.jpg", "mime": "image/jpeg", "consent": "cleared"}])
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    runner = TaskRunner()
    try:
        for kind, out in (("zip", tmp_path / "zips"), ("folder", tmp_path / "folders")):
            out.mkdir()
            dlg = ExportDialog(catalog, runner, ids)
            qtbot.addWidget(dlg)
            dlg.folder.setText(str(out))
            dlg.name.setText("pics")
            dlg.preset.setCurrentIndex(dlg.preset.findData("thumbnails"))
            dlg.target.setCurrentIndex(dlg.target.findData(kind))
            dlg.show()
            qtbot.waitUntil(lambda dlg=dlg: "1 item" in dlg.source_label.text())
            dlg.run_preflight()
            qtbot.waitUntil(lambda dlg=dlg: dlg.check is not None)
            dlg.run_export()
            qtbot.waitUntil(lambda dlg=dlg: dlg.outcome is not None)
            assert dlg.open_btn.isVisible()
            ui_files.seen.clear()
            dlg.open_btn.click()
            assert ui_files.seen == []
            dlg.close()
        assert opened == [str(tmp_path / "zips"), str(tmp_path / "folders" / "pics")]
    finally:
        runner.shutdown()


def test_a_catalogue_opened_is_remembered_without_a_look_from_the_ui_thread(
    qtbot: Any, tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch, ui_files: Any
) -> None:
    """File > Open Recent lists the catalogue just opened; its path is resolved (a stat of
    each folder on the way, on a share) by the worker that opened it."""
    from smparchive.core import paths
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.app import WindowManager

    monkeypatch.setattr(paths, "_recent_file", lambda: tmp_path / "recent.json")
    cat = tmp_path / "share" / "team.smpcat"
    cat.parent.mkdir()
    open_catalog(cat, create=True).close()
    manager = WindowManager(settings)
    ui_files.seen.clear()
    assert manager.open(cat)
    (w,) = manager.windows
    qtbot.addWidget(w)
    assert paths.recent_catalogues()[0] == cat.resolve()
    assert ui_files.seen == []
    w.close()
