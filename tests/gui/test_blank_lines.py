"""No dialog keeps a blank line: a label with nothing to say is hidden, not left empty
(the scan summary kept one under its title, the export dialog one under its held-back
items: each an empty label of the progress or of a hint not needed)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

pytestmark = pytest.mark.gui


def blank_labels(dialog: QWidget) -> list[QLabel]:
    """The labels shown with neither text nor picture: a blank line in the dialog."""
    return [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and not label.text().strip()
        and (label.pixmap() is None or label.pixmap().isNull())
    ]


def test_the_scan_summary_has_no_blank_line_under_its_title(qtbot: Any, sync_runner: Any) -> None:
    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rate.setText("12 files/s")  # while it ran
    dialog.show_report(ScanReport(new=3, files_seen=3))
    qtbot.waitExposed(dialog)
    assert blank_labels(dialog) == []
    gap = dialog.summary.geometry().top() - dialog.stage.geometry().bottom()
    assert gap <= dialog.layout().spacing() + 1  # the title, then its summary


def test_the_scan_summary_text_sits_under_its_title_not_amid_blank_room(
    qtbot: Any, sync_runner: Any
) -> None:
    """A rescan's summary ('83 files seen…', '11 files are back online…'): the dialog was
    sized for the wrapped text at a width of Qt's guess, a line taller than it needed at
    its own width; the title took the room and its text sat in the middle of it, a blank
    line between it and the summary."""
    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(640, 300)  # as the progress left it
    dialog.show_report(ScanReport(unchanged=83, files_seen=83, returned=11))
    qtbot.waitUntil(dialog.summary.isVisible)
    for label in (dialog.stage, dialog.summary):  # each as tall as its lines, no more
        needs = max(label.heightForWidth(label.width()), label.sizeHint().height())
        assert label.height() <= needs + 1, (label.text(), label.height(), needs)


def test_the_export_dialog_has_no_blank_line(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(gui_catalog, sync_runner, gui_catalog.query_ids()[:3], settings=settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert blank_labels(dlg) == []
