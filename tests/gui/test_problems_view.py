"""Problems in the sidebar: Errors, Warnings, Missing, Offline, Duplicates, counted as the CLI."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest


def _jpeg(path: Path, shade: int) -> None:
    from PIL import Image

    im = Image.new("RGB", (640, 480), (shade, 40, 90))
    for x in range(0, 640, 9):
        im.putpixel((x, x % 480), (255, 255, 255))
    im.save(path, quality=90)


@pytest.fixture
def scanned(tmp_path: Path, capsys: Any) -> Path:
    """A real scan of a folder: two good photos (one duplicated) and a truncated JPEG."""
    from smparchive.cli.main import main

    media = tmp_path / "media"
    media.mkdir()
    _jpeg(media / "good.jpg", 10)
    _jpeg(media / "other.jpg", 200)
    (media / "copy.jpg").write_bytes((media / "good.jpg").read_bytes())
    _jpeg(media / "trunc.jpg", 120)
    data = (media / "trunc.jpg").read_bytes()
    (media / "trunc.jpg").write_bytes(data[: len(data) // 2])
    cat = tmp_path / "p.smpcat"
    assert main(["-c", str(cat), "init"]) == 0
    assert main(["-c", str(cat), "roots", "add", str(media)]) == 0
    main(["-c", str(cat), "scan"])
    (media / "other.jpg").unlink()
    main(["-c", str(cat), "scan"])  # other.jpg is now missing
    capsys.readouterr()
    return cat


def test_problem_counts_match_the_cli(scanned: Path, capsys: Any, qapp: Any) -> None:
    from smparchive.cli.main import main
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.models.sidebar_model import build_sidebar

    main(["-c", str(scanned), "problems", "--json"])
    listed = json.loads(capsys.readouterr().out)
    by_status = Counter(p["status"] for p in listed)
    assert by_status == {"warning": 1, "missing": 1}  # the truncated JPEG is a warning
    cat = open_catalog(scanned)
    try:
        sections = build_sidebar(cat)
    finally:
        cat.close()
    problems = next(s for s in sections if s.key == "sec:problems")
    counts = {n.key: n.count for n in problems.children}
    assert [n.label for n in problems.children] == [
        "Errors",
        "Warnings",
        "Missing",
        "Offline",
        "Duplicates",
    ]
    assert counts["status:error"] == by_status.get("error", 0)
    assert counts["warnings"] == by_status["warning"] + by_status.get("ok", 0)
    assert counts["status:missing"] == by_status["missing"]
    assert counts["status:offline"] == by_status.get("offline", 0)
    assert counts["dups"] == 2  # good.jpg and its copy
    assert sum(counts[k] for k in counts if k != "dups") == len(listed)


def test_window_sidebar_counts_the_slow_problems_after_the_first_records(
    qtbot: Any, scanned: Path, sync_runner: Any, settings: Any
) -> None:
    """Warnings and duplicates read every item: the window shows the rest of the sidebar
    first and their numbers once the first records are in; a refresh keeps them shown."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.models.sidebar_model import read_sidebar

    cat = open_catalog(scanned)
    quick = read_sidebar(cat, {}).sections  # before they are counted: no number yet
    problems = next(s for s in quick if s.key == "sec:problems")
    assert {n.key: n.count for n in problems.children} == {
        "status:error": 0,
        "warnings": None,
        "status:missing": 1,
        "status:offline": 0,
        "dups": None,
    }
    library = next(s for s in quick if s.key == "sec:library")
    assert library.children[0].count == 4  # good, copy, trunc and the missing other.jpg
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    w.show()
    model = w.sidebar_model
    qtbot.waitUntil(  # the sidebar is read once the first records are in
        lambda: "dups" in model.by_key and model.by_key["dups"].count == 2, timeout=3000
    )
    assert model.by_key["warnings"].count == 1
    w.refresh_sidebar()  # after a change: the last numbers stay until recounted
    assert (model.by_key["warnings"].count, model.by_key["dups"].count) == (1, 2)


def test_warnings_view_lists_the_truncated_jpeg(
    qtbot: Any, scanned: Path, sync_runner: Any, settings: Any
) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.main_window import MainWindow

    cat = open_catalog(scanned)
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "warnings" in w.sidebar_model.by_key, timeout=3000)  # after the records
    w.sidebar.select_key("warnings")
    qtbot.waitUntil(lambda: w.scope_bar.source.key == "warnings", timeout=2000)
    assert [w.store.record(r).name for r in range(len(w.store))] == ["trunc.jpg"]
    assert "Problems" in w.scope_bar.path_label.text()
    # the card says why when pointed at, not only "Warning" (its reason was at the foot
    # of the inspector alone)
    from PySide6.QtCore import Qt

    tip = w.grid_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("trunc.jpg\n") and "The image data is truncated" in tip
    table = w.table_model  # the details view's Status cell, likewise
    status = next(n for n, f in enumerate(table.columns) if f.name == "status")
    tip = table.index(0, status).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("The image data is truncated")
    # and the inspector says it where the eye goes, under the name: at 1366x768 it was at
    # the foot of the panel, out of sight unless scrolled to with the mouse
    w.resize(1366, 768)
    w.grid.setFocus()
    w.grid.setCurrentIndex(w.grid_model.index(0, 0))
    said = w.inspector.problem_text
    qtbot.waitUntil(lambda: "The image data is truncated" in said.text(), timeout=2000)
    top = said.mapTo(w.inspector.viewport(), said.rect().topLeft()).y()
    assert said.isVisible() and 0 <= top < w.inspector.viewport().height() // 2
    w.sidebar.select_key("status:error")
    qtbot.waitUntil(lambda: w.empty_state.isVisible(), timeout=2000)
    assert w.empty_state.title.text() == "No errors"
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_scan_summary_names_the_problems_and_offers_next_steps(
    qtbot: Any, tmp_path: Path, sync_runner: Any, settings: Any
) -> None:
    from PySide6.QtCore import Qt

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.main_window import MainWindow

    media = tmp_path / "card"
    media.mkdir()
    _jpeg(media / "a.jpg", 30)
    _jpeg(media / "b.jpg", 90)
    _jpeg(media / "trunc.jpg", 150)
    data = (media / "trunc.jpg").read_bytes()
    (media / "trunc.jpg").write_bytes(data[: len(data) // 2])
    cat = open_catalog(tmp_path / "s.smpcat", create=True)
    root = cat.add_root(media).value
    report = scan(cat, [root], options=ScanOptions(workers=0))
    assert report.new == 3
    thumbs = build_thumbnails(cat, root_ids=[root], options=ScanOptions(workers=0))
    # the truncated JPEG shows only when its pixels are decoded, for the thumbnail
    assert [p.path.endswith("trunc.jpg") for p in report.problems + thumbs.problems] == [True]

    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "warnings" in w.sidebar_model.by_key, timeout=3000)  # after the records
    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle, w)
    qtbot.addWidget(dialog)
    dialog.show_report(report, thumbs.problems)
    # the thumbnails' problem is one of those counted, not one more
    assert "1 of these problems w" in dialog.summary.text()  # (English plural: was)
    assert "more problem" not in dialog.summary.text()
    # the counts follow: the scan found no warning, its thumbnails one
    assert "0 errors and 1 warning" in dialog.summary.text()
    assert dialog.windowTitle() == "Scan finished with problems"
    # three small files: not "Took 0:00." as if nothing had been timed
    assert dialog.summary.text().endswith("Took less than a second.")
    assert "Took 1:15." in dialog._summary(replace(report, seconds=75.2), 0, 1)
    # a drive plugged back in: its files were only counted as unchanged ('smparchive scan'
    # said "11 back online")
    assert "back online" not in dialog.summary.text()
    back = dialog._summary(replace(report, returned=11, unchanged=11), 0, 0)
    assert "11 files are back online (they were offline or missing)." in back
    # the problem is listed by name with its reason
    rows = [
        dialog.problems.data(dialog.problems.index(r, 1)) for r in range(dialog.problems.rowCount())
    ]
    assert any(str(r).endswith("trunc.jpg") for r in rows)
    labels = [b.text() for b in dialog.step_buttons.values()]
    assert labels == [
        "Show Them",
        "Review New Items",
        "Fix Camera Clocks…",
        "Assign to Sessions…",
    ]
    assert dialog.step_buttons["show:warnings"].isDefault()
    steps: list[str] = []
    dialog.next_step.connect(steps.append)
    dialog.next_step.connect(lambda step: w.scope.next_step(step, []))
    qtbot.mouseClick(dialog.step_buttons["show:warnings"], Qt.MouseButton.LeftButton)
    assert steps == ["show:warnings"] and not dialog.isVisible()
    qtbot.waitUntil(lambda: w.scope_bar.source.key == "warnings", timeout=2000)
    assert [w.store.record(r).name for r in range(len(w.store))] == ["trunc.jpg"]
    # "Review New Items" shows what the scan touched as its own source
    ids = cat.query_ids()
    w.scope.next_step("review", ids[:2])
    qtbot.waitUntil(lambda: len(w.store) == 2, timeout=2000)
    assert w.scope_bar.source.key == "scan"
    assert "Changed by the scan at" in w.scope_bar.removable()[0].label()
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_the_scan_summary_is_shown_once_whole_and_nothing_in_it_moves(
    qtbot: Any, tmp_path: Path, settings: Any
) -> None:
    """Right after an import the summary read "Scan finished" with 3 buttons; a second later
    the thumbnails found the truncated JPEG and it became "...with problems", grew a table
    and a "Show Them" button, every button moving under a key press. It waits for the
    pictures (their progress shows meanwhile) and is then shown whole, once."""
    from PySide6.QtCore import QTimer

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    media = tmp_path / "card"
    media.mkdir()
    _jpeg(media / "a.jpg", 30)
    _jpeg(media / "b.jpg", 90)
    _jpeg(media / "trunc.jpg", 150)
    data = (media / "trunc.jpg").read_bytes()
    (media / "trunc.jpg").write_bytes(data[: len(data) // 2])
    cat = open_catalog(tmp_path / "s.smpcat", create=True)
    w = MainWindow(cat, TaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    seen: list[tuple[str, list[tuple[str, int, int, bool, bool]], int]] = []

    def look() -> None:  # what a person sees each time the step buttons are there
        dlg = w.findChild(IngestDialog)
        if dlg is None or not dlg.step_buttons or not dlg.isVisible():
            return
        buttons = [
            (b.text(), b.mapTo(dlg, b.rect().topLeft()).x(), b.mapTo(dlg, b.rect().topLeft()).y(),
             b.isEnabled(), b.isDefault())
            for b in dlg.step_buttons.values()
        ]  # fmt: skip
        seen.append((dlg.windowTitle(), buttons, dlg.problems.rowCount()))

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    w.ingest.start([media])
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    qtbot.wait(50)
    timer.stop()
    title, buttons, rows = seen[0]
    assert title == "Scan finished with problems" and rows == 1  # the truncated JPEG
    assert buttons[0][0] == "Show Them" and buttons[0][4]  # the default from the start
    assert all(s == seen[0] for s in seen)  # the same, each time it was looked at
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_an_offline_damaged_photo_stays_in_warnings_and_says_its_folder_is_offline(
    qtbot: Any, tmp_path: Path, sync_runner: Any, settings: Any
) -> None:
    """Unplugged, the truncated JPEG left Problems > Warnings (1 -> 0) and an offline item
    said nothing of why it was listed. The sidebar keeps counting it, and the inspector
    says the folder is offline, then the warning (as `smparchive problems` does)."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.main_window import MainWindow

    cut = "The image data is truncated or damaged: about 55 % of the picture could be decoded."
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    ids = insert_items(
        cat,
        tmp_path / "card",
        [
            {"name": "trunc.jpg", "status": "offline", "warnings": cut},
            {"name": "fine.jpg", "status": "offline"},
        ],
    )
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.sidebar_model.by_key.get("warnings") is not None, timeout=3000)
    qtbot.waitUntil(lambda: w.sidebar_model.by_key["warnings"].count == 1, timeout=3000)
    status = w.inspector.problem_text
    w.inspector.show_records([cat.item(ids[0])], [ids[0]])
    assert "offline" in status.text() and "truncated" in status.text()
    w.inspector.show_records([cat.item(ids[1])], [ids[1]])
    assert "folder or drive is offline" in status.text()
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_the_summarys_show_them_shows_the_problems_it_listed_not_older_ones(
    qtbot: Any, tmp_path: Path, settings: Any
) -> None:
    """Every next step of the summary acts on that scan's items: "Show Them" showed every
    warning of the catalogue, an older card's damaged photo among the new one's."""
    from PySide6.QtCore import Qt

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    def card(name: str, shade: int) -> Path:
        media = tmp_path / name
        media.mkdir()
        _jpeg(media / "fine.jpg", shade)
        _jpeg(media / f"{name}-trunc.jpg", shade + 60)
        data = (media / f"{name}-trunc.jpg").read_bytes()
        (media / f"{name}-trunc.jpg").write_bytes(data[: len(data) // 2])
        return media

    cat = open_catalog(tmp_path / "s.smpcat", create=True)
    older = cat.add_root(card("older", 20)).value
    scan(cat, [older], options=ScanOptions(workers=0))
    build_thumbnails(cat, root_ids=[older], options=ScanOptions(workers=0))
    w = MainWindow(cat, TaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    w.ingest.start([card("newer", 100)])

    def summary() -> IngestDialog | None:
        dlg = w.findChild(IngestDialog)
        return dlg if dlg is not None and "show:warnings" in dlg.step_buttons else None

    qtbot.waitUntil(lambda: summary() is not None, timeout=30000)
    dialog = summary()
    assert dialog is not None
    qtbot.mouseClick(dialog.step_buttons["show:warnings"], Qt.MouseButton.LeftButton)
    found = "Found by the scan at "
    qtbot.waitUntil(lambda: w.scope_bar.source.label.startswith(found), timeout=5000)
    # the row, then its record (read after the count: None until its page comes)
    qtbot.waitUntil(lambda: len(w.store) == 1 and w.store.record(0) is not None, timeout=5000)
    assert w.store.record(0).name == "newer-trunc.jpg"
    assert "Warnings" in w.scope_bar.source.path
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    assert w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_an_unreadable_file_on_an_unplugged_card_is_still_under_errors(
    tmp_path: Path, capsys: Any, qapp: Any
) -> None:
    """Unplugged, a file that could not be read left Problems > Errors (1 -> 0) while
    Offline still said why it was unreadable. It is listed and counted under both, as
    `smparchive problems` groups it."""
    from smparchive.cli.main import main
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.models.sidebar_model import ERRORS, build_sidebar

    card = tmp_path / "card"
    card.mkdir()
    _jpeg(card / "fine.jpg", 10)
    (card / "junk.jpg").write_bytes(b"\xff\xd8\xff" + b"not a picture" * 50)
    cat_path = tmp_path / "c.smpcat"
    assert main(["-c", str(cat_path), "roots", "add", str(card)]) == 0
    main(["-c", str(cat_path), "scan"])
    card.rename(tmp_path / "unplugged")
    main(["-c", str(cat_path), "scan"])
    cat = open_catalog(cat_path)
    try:
        sections = build_sidebar(cat)
        listed = [cat.item(i).name for i in cat.query_ids(ERRORS)]
    finally:
        cat.close()
    problems = next(s for s in sections if s.key == "sec:problems")
    counts = {n.key: n.count for n in problems.children}
    assert listed == ["junk.jpg"]
    assert counts["status:error"] == 1 and counts["status:offline"] == 2
    capsys.readouterr()
    main(["-c", str(cat_path), "problems", "--json"])
    rows = {Path(r["path"]).name: r for r in json.loads(capsys.readouterr().out)}
    assert rows["junk.jpg"]["status"] == "offline"
    assert rows["junk.jpg"]["views"] == ["error", "offline"]
    assert rows["fine.jpg"]["views"] == ["offline"]
    main(["-c", str(cat_path), "problems"])
    assert "error 1" in capsys.readouterr().out


def test_the_view_of_a_scans_problems_names_that_scan_by_its_time(
    qtbot: Any,
    tmp_path: Path,
    settings: Any,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """ "Found by the last scan" kept its items after a later scan (a rescan with the card
    away), and named as the last a scan that no longer was: the view names its scan by the
    time it ended, true whatever scans come after."""
    import os
    import time
    from datetime import datetime

    from PySide6.QtCore import Qt

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.controllers import ingest
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    # a computer on UTC, as the catalogue without an event: its scans' times need no zone
    before = os.environ.get("TZ")

    def back() -> None:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()

    os.environ["TZ"] = "UTC"
    time.tzset()
    request.addfinalizer(back)
    today = datetime.now().astimezone()
    ended = [today.replace(hour=15, minute=2)]
    monkeypatch.setattr(ingest, "now", lambda: ended[0])
    card = tmp_path / "card"
    card.mkdir()
    _jpeg(card / "fine.jpg", 30)
    _jpeg(card / "trunc.jpg", 90)
    (card / "trunc.jpg").write_bytes((card / "trunc.jpg").read_bytes()[:3000])
    cat = open_catalog(tmp_path / "s.smpcat", create=True)
    w = MainWindow(cat, TaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    seen: list[IngestDialog] = []  # the summaries of the scans before

    def summary(step: str) -> IngestDialog | None:
        shown = [d for d in w.findChildren(IngestDialog) if d not in seen]
        return next((d for d in shown if step in d.step_buttons), None)

    w.ingest.start([card])
    qtbot.waitUntil(lambda: summary("show:warnings") is not None, timeout=30000)
    first = summary("show:warnings")
    assert first is not None
    qtbot.mouseClick(first.step_buttons["show:warnings"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.scope_bar.source.key == "scan", timeout=5000)
    assert w.scope_bar.source.label == "Found by the scan at 15:02"
    assert "Warnings" in w.scope_bar.source.path
    qtbot.waitUntil(lambda: len(w.store) == 1 and w.store.record(0) is not None, timeout=5000)
    assert w.store.record(0).name == "trunc.jpg"
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)

    # F5 with the card away: another scan, which found none of these
    seen += w.findChildren(IngestDialog)
    card.rename(tmp_path / "card.away")
    ended[0] = today.replace(hour=15, minute=40)
    w.rescan()
    qtbot.waitUntil(lambda: summary("locate") is not None, timeout=30000)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    assert w.scope_bar.source.key == "scan"
    assert w.scope_bar.source.label == "Found by the scan at 15:02"  # not "the last scan"
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()
