"""A dialog's rows stay where they are while a tick changes what it shows (no jump under
the pointer), and Enter on a summary does the safe thing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QWidget
from tests.gui.conftest import consent_photos

pytestmark = pytest.mark.gui


def _at(w: QWidget) -> QPoint:
    """Where ``w`` sits in its window."""
    return w.mapTo(w.window(), QPoint(0, 0))


def _fields_at(dlg: Any) -> tuple[QPoint, QPoint]:
    """Where the export dialog's who/why fields sit once every pending layout is done (a
    fixed wait missed a layout pass on a loaded machine)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # a layout can post another (a box shown changes its parent's size)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        QCoreApplication.processEvents()
    return _at(dlg.decided_by), _at(dlg.reason)


@pytest.fixture
def held_photos(catalog: Any, add_items: Any, tmp_path: Path) -> list[int]:
    """Two photos, one of them marked do-not-publish (held back by the preflight)."""
    QSettings().remove("export/last")
    return consent_photos(add_items, tmp_path / "media", ("cleared", "do_not_publish"))


def test_export_override_fields_stay_put_when_publish_anyway_is_ticked(
    english: None,
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    held_photos: list[int],
    tmp_path: Path,
) -> None:
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(catalog, sync_runner, held_photos)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "out"))
    dlg.preset.setCurrentIndex(dlg.preset.findData("thumbnails"))
    dlg.resize(1300, 700)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    assert dlg.held.rowCount() == 1 and dlg.decided_by.isVisible()
    before = _fields_at(dlg)

    tick = Qt.CheckState.Checked.value
    dlg.held.setData(dlg.held.index(0, 0), tick, Qt.ItemDataRole.CheckStateRole)
    assert _fields_at(dlg) == before
    assert dlg.override_hint.isVisible()  # who and why are asked for

    dlg.decided_by.setText("Comms lead")
    dlg.reason.setText("Agreed by e-mail")  # the hint goes: the fields still do not move
    assert _fields_at(dlg) == before


def test_enter_on_the_summary_of_a_scan_with_its_folder_offline_closes_it(
    english: None, qtbot: Any
) -> None:
    """Enter read the summary away; it opened "Find Missing Folder…" (a folder chooser)."""
    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.tasks import TaskHandle

    handle = TaskHandle("scan", job=True, write=False, parent=None)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    report = ScanReport(roots=["/media/card"], offline_roots=["/media/card"])
    handle._on_done(report, None, False)
    dialog.show_report(report)
    assert "locate" in dialog.step_buttons  # still offered, by a click or its Tab stop
    steps: list[str] = []
    dialog.next_step.connect(steps.append)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert steps == [] and not dialog.isVisible()


def test_enter_on_a_summary_with_problems_shows_them(english: None, qtbot: Any) -> None:
    """A step that only shows (the problems, the new items) stays what Enter does."""
    from smparchive.core.ingest.report import FileProblem, ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.tasks import TaskHandle

    handle = TaskHandle("scan", job=True, write=False, parent=None)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problem = FileProblem("/media/card/cut.jpg", "warning", "The image data is truncated.")
    report = ScanReport(
        roots=["/media/card"], new=3, warnings=1, problems=[problem], offline_roots=["/x"]
    )
    handle._on_done(report, None, False)
    dialog.show_report(report)
    steps: list[str] = []
    dialog.next_step.connect(steps.append)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert steps == ["show:warnings"]


def test_clock_items_stay_put_when_one_is_chosen_to_pin(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Choosing an item shows its picture beside the pin field: the table of items, and
    the row clicked, stay where they were (the next click lands on the row aimed at)."""
    from datetime import UTC, datetime, timedelta

    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    cat = window.catalog
    start = datetime(2022, 6, 2, 13, 50, tzinfo=UTC)
    specs: list[dict[str, Any]] = [
        {"name": f"NK_{n}.JPG", "capture_utc": start + timedelta(minutes=10 * n),
         "camera_make": "Nikon", "camera_model": "Z 6", "camera_serial": "3001"}
        for n in range(6)
    ]  # fmt: skip
    insert_items(cat, tmp_path / "media", specs)
    cat.rederive_capture_times()
    dlg = ClockDialog(window.deps)
    qtbot.addWidget(dlg)
    dlg.resize(1300, 700)
    dlg.show()
    qtbot.waitExposed(dlg)
    row = next(n for n, g in enumerate(dlg.cameras.rows) if g.model == "Z 6")
    dlg.camera_view.selectRow(row)
    qtbot.waitUntil(lambda: len(dlg.shift_model.rows) == 6)
    qtbot.wait(50)
    view = dlg.shift_view
    before = (_at(view), view.height(), view.visualRect(dlg.shift_model.index(3, 0)).y())

    view.setCurrentIndex(dlg.shift_model.index(2, 0))
    qtbot.wait(50)
    assert dlg.pin_picture.isVisible()
    after = (_at(view), view.height(), view.visualRect(dlg.shift_model.index(3, 0)).y())
    assert after == before
