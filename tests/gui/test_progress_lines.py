"""The scan's progress lines say only what means something: no '0.0 files/s' before the
first file and no 'about 0:00 left' while the last files go by (seen adding a card of 14
files: '5 of 14 files · 22.4 files/s · about 0:00 left')."""

from __future__ import annotations

from typing import Any

from smparchive.core.progress import ProgressEvent


def test_the_add_folder_dialog_says_the_rate_and_time_left_when_they_mean_something(
    qtbot: Any, sync_runner: Any
) -> None:
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show_progress(ProgressEvent("previews", 0, 14))
    assert dialog.rate.text() == "0 of 14 files"
    dialog._started -= 0.25  # 5 files in a quarter second: the 9 others in half a second
    dialog.show_progress(ProgressEvent("previews", 5, 14))
    assert "files/s" in dialog.rate.text() and "left" not in dialog.rate.text()
    dialog._started -= 9.75  # 5 files in 10 s: the 9 others in about 18 s
    dialog.show_progress(ProgressEvent("previews", 5, 14))
    assert dialog.rate.text().endswith("about 0:18 left")


def test_the_status_bar_job_says_no_time_left_in_its_last_second(sync_runner: Any) -> None:
    from smparchive.gui.widgets.jobs import describe

    handle = sync_runner.submit(lambda _ctx: None, label="Making thumbnails", job=True)
    handle.started_at -= 0.25
    text, done, total = describe(handle, ProgressEvent("thumbnails", 5, 14))
    assert (done, total) == (5, 14) and "left" not in text and "/s" in text
    handle.started_at -= 9.75
    text, _done, _total = describe(handle, ProgressEvent("thumbnails", 5, 14))
    assert "0:18 left" in text
