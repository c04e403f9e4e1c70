"""Adding a folder from the app: one step on Ctrl+Z (asking first, as `smparchive undo`
does), the summary's "Review New Items" shows the items the scan added and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

pytestmark = pytest.mark.gui


def _jpeg(path: Path, seed: int) -> None:
    Image.effect_noise((64, 48), seed).convert("RGB").save(path, "JPEG")


def _adding_a_card(qtbot: Any, tmp_path: Path, settings: Any, catalogued: int) -> Any:
    """The main window over a catalogue of ``catalogued`` photos of day 1, adding a card of
    three new photos (the scan running)."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    old = tmp_path / "day1"
    old.mkdir()
    for i in range(catalogued):
        _jpeg(old / f"old{i}.jpg", 10 + i)
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    scan(cat, [cat.add_root(old).value], options=ScanOptions(workers=0))
    card = tmp_path / "card"
    card.mkdir()
    for i in range(3):
        _jpeg(card / f"new{i}.jpg", 20 + i)
    w = MainWindow(cat, TaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(w.store) == catalogued, timeout=5000)
    w.ingest.start([card])
    return w


def test_add_folder_is_undoable_and_review_shows_the_new_items(
    qtbot: Any, tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from smparchive.gui.dialogs.ingest import IngestDialog

    w = _adding_a_card(qtbot, tmp_path, settings, catalogued=1)
    cat = w.catalog

    def summary() -> IngestDialog | None:
        dlg = w.findChild(IngestDialog)
        return (
            dlg
            if dlg is not None
            and "Review New Items" in [b.text() for b in dlg.step_buttons.values()]
            else None
        )

    qtbot.waitUntil(lambda: summary() is not None, timeout=30000)
    assert w.ops.stack.count() == 1
    assert w.ops.stack.undoText() == "Add folder card"
    dialog = summary()
    assert dialog is not None
    qtbot.mouseClick(dialog.step_buttons["review"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.scope_bar.source.key == "scan", timeout=5000)
    qtbot.waitUntil(lambda: len(w.store) == 3, timeout=5000)  # not the old photo
    assert "New in the scan at" in w.scope_bar.removable()[0].label()  # (text may be cut)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)  # thumbnails too

    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    w.actions_by_name["undo"].trigger()
    # what the folder holds is read on a worker first (not on the UI thread)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "card" in asked[0] and "(3)" in asked[0]
    qtbot.waitUntil(lambda: len(cat.roots()) == 1, timeout=5000)
    assert cat.count() == 1
    w.scope.show_everything()
    qtbot.waitUntil(lambda: len(w.store) == 1, timeout=5000)
    assert w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_a_folder_cannot_be_undone_while_its_scan_runs(
    qapp: Any, qtbot: Any, tmp_path: Path, sync_runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMessageBox, QWidget

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.undo import CatalogCommand, undo_with_confirmation

    folder = tmp_path / "card"
    folder.mkdir()
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    result = cat.add_root(folder)
    window = QWidget()
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    command = CatalogCommand(cat, sync_runner, result.undo, lambda _c: None, "Add folder card")
    stack.push(command)

    class Running:
        running = True

    command.held_by = Running()  # type: ignore[assignment]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    assert not undo_with_confirmation(stack, window)
    assert told and "scan" in told[0]
    assert len(cat.roots()) == 1
    command.held_by.running = False  # type: ignore[union-attr]
    assert undo_with_confirmation(stack, window)
    assert cat.roots() == []
    cat.close()


def test_review_offers_changed_items_when_nothing_is_new(qtbot: Any, sync_runner: Any) -> None:
    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show_report(ScanReport(files_seen=5, changed=2, unchanged=3))
    labels = [b.text() for b in dialog.step_buttons.values()]
    assert labels == ["Review Changed Items"]


def test_return_during_a_scan_sends_it_to_the_background(qtbot: Any, qapp: Any) -> None:
    """Enter pressed once too often (after choosing the folder) must not cancel the scan."""
    from PySide6.QtCore import Qt

    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.tasks import TaskHandle

    handle = TaskHandle("scan", job=True, write=False, parent=None)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not handle.cancel_token.cancelled and not dialog.isVisible()
    handle._on_done(ScanReport(files_seen=1, unchanged=1), None, False)
    dialog.show_report(ScanReport(files_seen=1, unchanged=1))
    assert dialog.cancel_btn.isDefault() and dialog.cancel_btn.text() == "Close"


def test_the_summary_shows_a_problems_reason_whole(qtbot: Any, sync_runner: Any) -> None:
    """At 1366x768 the reason was cut at '(the file is cut sho…' with room to spare below."""
    from PySide6.QtCore import Qt

    from smparchive.core.ingest.report import FileProblem, ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog

    reason = (
        "The image data is truncated or damaged (the file is cut short (an incomplete copy "
        "or download?)): about 55 % of the picture could be decoded."
    )
    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.resize(640, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    problem = FileProblem("/media/card/DCIM/100_FUJI/DSCF0009.JPG", "warning", reason, 9)
    dialog.show_report(ScanReport(files_seen=3, new=3, warnings=1, problems=[problem]))
    qtbot.wait(50)  # the columns are fitted once the table is shown
    table = dialog.table
    cell = table.visualRect(table.model().index(0, 2))
    wrap = int(Qt.TextFlag.TextWordWrap.value)
    needed = table.fontMetrics().boundingRect(0, 0, cell.width() - 12, 10_000, wrap, reason)
    assert cell.height() >= needed.height()  # every line of the sentence shows


def test_the_summary_counts_agree_with_their_number(
    qtbot: Any, qapp: Any, sync_runner: Any
) -> None:
    from PySide6.QtCore import QLocale

    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.app import install_translations
    from smparchive.gui.dialogs.ingest import IngestDialog

    before = QLocale()
    installed = install_translations(qapp, "en")  # the English plural forms, as in the app
    try:
        handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
        dialog = IngestDialog(handle)
        qtbot.addWidget(dialog)
        dialog.show_report(ScanReport(files_seen=1, new=1))
        assert "1 file seen: 1 new, 0 changed" in dialog.summary.text()  # not "1 files"
        dialog.show_report(ScanReport(files_seen=3, unchanged=3))
        assert "3 files seen" in dialog.summary.text()
        assert "not read" not in dialog.summary.text()  # the rarer categories when there are
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_summary_counts_add_up_to_the_files_seen(qtbot: Any, sync_runner: Any) -> None:
    """After re-plugging a folder that went away mid-scan: '687 files seen: 0 new, 0
    changed, 0 moved, 598 unchanged' left 89 files out (those the earlier scan could not
    finish); every file seen is now in a category the summary names."""
    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show_report(ScanReport(files_seen=687, completed=89, unchanged=598))
    text = dialog.summary.text()
    assert "687 files seen: 0 new, 89 completed" in text and "598 unchanged" in text
    labels = [b.text() for b in dialog.step_buttons.values()]
    assert "Review New Items" in labels  # read in full by this scan: its next steps too
    dialog.show_report(ScanReport(files_seen=10, new=2, unchanged=5))
    assert "3 not read this time" in dialog.summary.text()


def test_the_summarys_assign_to_sessions_proposes_for_the_scans_items_only(
    qtbot: Any, tmp_path: Path, settings: Any
) -> None:
    """'Assign to Sessions…' after a scan that added 3 photos previewed 603 proposals: every
    item of the catalogue. It proposes for the items that scan added, as the button says."""
    from PySide6.QtCore import Qt

    from smparchive.gui.dialogs.assignment import AssignmentDialog
    from smparchive.gui.dialogs.ingest import IngestDialog

    w = _adding_a_card(qtbot, tmp_path, settings, catalogued=2)
    cat, card = w.catalog, tmp_path / "card"

    def summary() -> IngestDialog | None:
        dlg = w.findChild(IngestDialog)
        return dlg if dlg is not None and "proposals" in dlg.step_buttons else None

    qtbot.waitUntil(lambda: summary() is not None, timeout=30000)
    dialog = summary()
    assert dialog is not None
    qtbot.mouseClick(dialog.step_buttons["proposals"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.findChild(AssignmentDialog) is not None, timeout=5000)
    preview = w.findChild(AssignmentDialog)
    assert preview is not None
    qtbot.waitUntil(lambda: bool(preview.proposals), timeout=10000)
    new = set(cat.ids_for_paths([str(card / f"new{i}.jpg") for i in range(3)]))
    assert {p.item_id for p, _rec in preview.proposals} == new  # not the 2 older photos
    preview.close()
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    assert w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_the_summary_names_a_file_by_its_path_in_its_folder(qtbot: Any, sync_runner: Any) -> None:
    """'DSCF1015.JPG' twice: two cards of one camera hold the same names. The summary names
    each file by its path in its folder, with the folder first when the scan had several."""
    from smparchive.core.ingest.report import FileProblem, ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    cut = "The image data is truncated."
    problems = [
        FileProblem(f"/media/{card}/DCIM/100_FUJI/DSCF1015.JPG", "warning", cut, n)
        for n, card in enumerate(("cardA", "cardB"), 1)
    ]
    report = ScanReport(files_seen=2, new=2, warnings=2, problems=problems)
    report.roots = ["/media/cardA", "/media/cardB"]
    dialog.show_report(report)
    model = dialog.problems
    shown = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert shown == [
        str(Path("cardA", "DCIM", "100_FUJI", "DSCF1015.JPG")),
        str(Path("cardB", "DCIM", "100_FUJI", "DSCF1015.JPG")),
    ]
    report.roots = ["/media/cardA"]  # one folder: its path in it
    report.problems = problems[:1]
    dialog.show_report(report)
    assert model.data(model.index(0, 1)) == str(Path("DCIM", "100_FUJI", "DSCF1015.JPG"))


def test_the_folder_chooser_opens_beside_the_folder_added_last(
    window: Any, gui_catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+I opened the chooser in the app's working directory (its source tree
    when started from a checkout); the next card mounts beside the last one."""
    from PySide6.QtWidgets import QFileDialog

    from smparchive.gui import commands as cmd

    opened: list[str] = []

    def shown(dialog: QFileDialog) -> int:
        opened.append(dialog.directory().absolutePath())
        return 0  # cancelled

    monkeypatch.setattr(QFileDialog, "exec", shown)
    monkeypatch.chdir(Path(__file__).parent)  # as from a checkout
    (tmp_path / "cards" / "CARD_2").mkdir(parents=True)
    card = gui_catalog.add_root(tmp_path / "cards" / "CARD_2").value
    window.refresh_sidebar()  # the folders it shows are where the chooser looks
    assert cmd.choose_folder(window.deps) is None
    assert opened == [str(tmp_path / "cards")]
    # not beside a folder unreachable at its last scan (a share that stopped answering
    # would hang the window): beside the one added before it
    gui_catalog.ingest_root_seen(card, online=False, scanned=False)
    window.refresh_sidebar()
    assert cmd.choose_folder(window.deps) is None
    assert opened[1] == str(tmp_path)  # the fixture's photos are in tmp_path / "media"


def test_an_unplugged_card_rescanned_says_offline_in_the_open_views_and_ok_once_back(
    qtbot: Any, tmp_path: Path, settings: Any
) -> None:
    """F5 with the card away: Problems > Offline listed its photos with each one still
    saying OK (in the grid's badge and the inspector), as read before the rescan; plugged
    back and rescanned, they said Offline the other way round."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    card = tmp_path / "card"
    card.mkdir()
    for i in range(2):
        _jpeg(card / f"new{i}.jpg", 30 + i)
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    scan(cat, [cat.add_root(card).value], options=ScanOptions(workers=0))
    w = MainWindow(cat, TaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(w.store) == 2, timeout=5000)

    def statuses() -> set[str | None]:
        records = [w.store.record(r) for r in range(len(w.store))]
        return {rec.status if rec is not None else None for rec in records}

    qtbot.waitUntil(lambda: statuses() == {"ok"}, timeout=5000)
    qtbot.waitUntil(lambda: "status:offline" in w.sidebar_model.by_key, timeout=5000)
    for away, expected, view in ((True, "offline", "status:offline"), (False, "ok", "all")):
        w.sidebar.select_key("status:error")  # elsewhere while it runs: nothing in error
        qtbot.waitUntil(lambda: w.empty_state.isVisible(), timeout=5000)
        if away:
            card.rename(tmp_path / "card.away")
        else:
            (tmp_path / "card.away").rename(card)
        w.rescan()
        qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
        assert {cat.item(i).status for i in cat.query_ids()} == {expected}
        w.sidebar.select_key(view)  # Problems > Offline, then All Items
        qtbot.waitUntil(lambda v=view: w.scope_bar.source.key == v, timeout=5000)
        qtbot.waitUntil(lambda: len(w.store) == 2, timeout=5000)
        qtbot.waitUntil(lambda e=expected: statuses() == {e}, timeout=5000)
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()
