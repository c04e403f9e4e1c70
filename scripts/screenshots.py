#!/usr/bin/env python3
"""Screenshots of the main views of the app on the demo archive, under Xvfb.

    python scripts/screenshots.py [--out screenshots] [--catalogue PATH] [--demo-dir DIR]
                                  [--language en|fr|nl] [--size 1366x768] [--theme dark]

Without a display the script re-runs itself under ``xvfb-run``. The demo archive comes from
``smparchive demo --no-gui`` (generated once, then reused).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SIZE = (1600, 1000)


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--out", default="screenshots", help="folder for the PNG files")
    p.add_argument("--catalogue", help="use this catalogue instead of the demo archive")
    p.add_argument("--demo-dir", default=str(Path(tempfile.gettempdir()) / "smp-demo"))
    p.add_argument("--theme", default="light", choices=("light", "dark", "system"))
    p.add_argument(
        "--language", default="system", choices=("system", "en", "fr", "nl"), help="interface"
    )
    p.add_argument("--size", default="1600x1000", help="window size, e.g. 1366x768 or 1920x1080")
    args = p.parse_args()
    global SIZE
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        p.error(f"--size must be WIDTHxHEIGHT, not {args.size!r}")
    SIZE = (width, height)
    return args


def dialog_named(name: str) -> Any:
    """The visible top-level window with this object name (titles change with the language)."""
    from PySide6.QtWidgets import QApplication

    found = [x for x in QApplication.topLevelWidgets() if x.isVisible() and x.objectName() == name]
    return found[0] if found else None


def under_display() -> None:
    """Re-run under Xvfb when there is no X display."""
    if os.environ.get("DISPLAY") or os.environ.get("SMP_SHOTS_XVFB"):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("No DISPLAY and no xvfb-run: install xvfb or run under a display.")
    env = dict(os.environ, SMP_SHOTS_XVFB="1", QT_QPA_PLATFORM="xcb")
    cmd = [
        xvfb,
        "-a",
        "-s",
        f"-screen 0 {SIZE[0] + 100}x{SIZE[1] + 100}x24",
        sys.executable,
        *sys.argv,
    ]
    sys.exit(subprocess.call(cmd, env=env))


def demo_catalogue(demo_dir: Path) -> Path:
    """The demo archive's catalogue, generating it when needed."""
    found = sorted(demo_dir.glob("*.smpcat"))
    if found:
        return found[0]
    subprocess.check_call([sys.executable, "-m", "smparchive", "demo", str(demo_dir), "--no-gui"])
    found = sorted(demo_dir.glob("*.smpcat"))
    if not found:
        sys.exit(f"The demo did not create a catalogue in {demo_dir}.")
    return found[0]


class Shooter:
    """Drives the app and saves window grabs."""

    def __init__(self, out: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out = out
        out.mkdir(parents=True, exist_ok=True)

    def wait(self, seconds: float, until: Any = None) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            if until is not None and until():
                break
            time.sleep(0.01)

    def settle(self, w: Any, seconds: float = 8.0) -> None:
        """Let pages and visible thumbnails arrive."""
        self.wait(0.4)
        self.wait(seconds, lambda: w.thumbs.pending() == 0 and not w.store._pending)
        self.wait(0.4)

    def save(self, widget: Any, name: str) -> Path:
        self.wait(0.2)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"saved {path}")
        return path


def main() -> int:
    args = parse()
    under_display()
    sys.path.insert(0, str(REPO / "src"))
    from PySide6.QtCore import QSettings

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.app import install_translations, make_application
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import TaskRunner
    from smparchive.gui.theme import apply_theme

    cat_path = Path(args.catalogue) if args.catalogue else demo_catalogue(Path(args.demo_dir))
    app = make_application()
    install_translations(app, args.language)
    tmp = Path(tempfile.mkdtemp(prefix="smp-shots-"))
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.theme = args.theme
    apply_theme(app, args.theme)
    shots = Shooter(Path(args.out))
    # Work on a copy: the screenshots change ratings and add a folder.
    work_copy = tmp / cat_path.name
    shutil.copy2(cat_path, work_copy)
    catalog = open_catalog(work_copy)
    catalog.cache_dir = cat_path.with_name(cat_path.stem + ".cache")
    if hasattr(catalog, "release_items"):  # day two left to the assignment preview
        day_two = [d.id for d in catalog.days()][1:2]
        from smparchive.core.catalog.filters import ItemFilter

        ids = catalog.query_ids(ItemFilter(day_ids=tuple(day_two), kinds=("photo",)))
        catalog.assign_items(ids, None)
        catalog.release_items(ids)
    w = MainWindow(catalog, TaskRunner(), settings)
    w.resize(*SIZE)
    w.show()
    shots.wait(1.0, lambda: len(w.store) > 0)
    shots.settle(w)
    shots.save(w, "01-grid")

    # The filter bar and an empty view: a search kept while a problem view is chosen.
    w.search.set_text("roundtable")
    w.sidebar.select_key("status:error")
    shots.wait(3.0, lambda: w.empty_state.isVisible())
    shots.save(w, "01b-scope-empty-problem-view")
    w.sidebar.select_key("all")
    w.search.set_text("")
    shots.wait(3.0, lambda: len(w.store) > 0)

    # Day one, the roundtable's photos: what the comms team looks for first.
    w.search.set_text("session:roundtable kind:photo")
    shots.wait(2.0, lambda: 0 < len(w.store) < 400)
    shots.settle(w)
    w.focus_results()
    w.select_ids(w.store.ids[1:5], current_row=1)
    for n, rating in ((1, 5), (2, 4), (3, 4)):
        w.catalog.set_fields([w.store.ids[n]], rating=rating, flag=1)
    w.on_changes(
        type(w.catalog.set_fields([w.store.ids[4]], color_label="green").changes)(
            items=frozenset(w.store.ids[:6])
        )
    )
    shots.settle(w, 3.0)
    w._selection_changed()
    shots.settle(w, 3.0)
    shots.save(w, "02-inspector-multi-selection")

    w.set_view_mode("details")
    w.search.set_text("")
    shots.wait(2.0, lambda: len(w.store) > 400)
    shots.settle(w, 3.0)
    shots.save(w, "03-details-table")
    w.set_view_mode("grid")

    from smparchive.gui.dialogs.assignment import AssignmentDialog
    from smparchive.gui.dialogs.clocks import ClockDialog, TimelineWindow
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    dlg: Any = ScheduleEditor(w.deps)
    dlg.show()
    shots.wait(2.0, lambda: dlg.model.rowCount() > 0)
    shots.save(dlg, "04-schedule-editor")
    dlg.close()

    dlg = AssignmentDialog(w.deps)  # shows the changes, pre-checked
    dlg.show()
    shots.wait(6.0, lambda: dlg.model.rowCount() > 0)
    dlg._fill()
    shots.save(dlg, "05-assignment-preview")
    dlg.close()

    dlg = ClockDialog(w.deps)
    dlg.show()
    shots.wait(4.0, lambda: dlg.camera() is not None and dlg.day_view.timeline.lanes)
    # pick the camera with most items and preview a 25-minute correction
    groups = dlg.cameras.rows
    if groups:
        best = max(range(len(groups)), key=lambda i: groups[i].count)
        dlg.camera_view.selectRow(best)
        shots.wait(3.0, lambda: bool(dlg.day_view.timeline.lanes))
        dlg.set_offset(groups[best].offset_s - 25 * 60)
        shots.wait(3.0, lambda: dlg.shift_model.rowCount() > 0)
    shots.save(dlg, "06-clock-dialog-timeline")
    dlg.close()

    dlg = TimelineWindow(w.deps)
    dlg.show()
    shots.wait(4.0, lambda: bool(dlg.view.timeline.lanes))
    shots.save(dlg, "07-timeline")
    dlg.close()

    # Export of six roundtable photos, one of them marked do-not-publish: the preflight
    # holds it back and offers to publish it anyway (who and why).
    w.search.set_text("session:roundtable kind:photo")
    shots.wait(3.0, lambda: w.browser.query_text.startswith("session") and len(w.store) < 100)
    shots.settle(w, 2.0)
    six = w.store.ids[:6]
    w.catalog.set_fields(six[:5], consent="cleared")
    w.catalog.set_fields(six[5:], consent="do_not_publish", consent_note="Asked not to appear")
    w.select_ids(six, current_row=0)
    from smparchive.gui.controllers import exporting, sidecars

    dlg = exporting.export_selection(w.deps)
    shots.wait(3.0, lambda: dlg.resolved is not None)
    dlg.folder.setText(str(tmp / "exports"))
    (tmp / "exports").mkdir(exist_ok=True)
    dlg.run_preflight()
    shots.wait(10.0, lambda: dlg.check is not None)
    dlg.resize(dlg.width(), 860)
    shots.save(dlg, "12-export-preflight")
    dlg.close()

    sidecars.write_selection(w.deps)
    shots.wait(10.0, lambda: w.last_sidecar_summary is not None)
    shots.save(w.last_sidecar_summary, "13-sidecar-summary")
    w.last_sidecar_summary.close()
    w.search.set_text("")

    # Ingest progress: scan a copy of some demo photos as a new folder.
    photos = (
        sorted(Path(cat_path).parent.rglob("*.jpg"))[:240]
        + sorted(Path(cat_path).parent.rglob("*.JPG"))[:240]
    )
    incoming = tmp / "Incoming card"
    incoming.mkdir()
    for n, p in enumerate(photos[:240]):
        shutil.copy2(p, incoming / f"CARD_{n:04d}{p.suffix}")

    handle = w.ingest.start([incoming])
    shots.wait(
        20.0,
        lambda: (
            handle is not None
            and handle.last_progress is not None
            and handle.last_progress.done > 20
        ),
    )
    ingest = dialog_named("ingestDialog")
    if ingest is not None:
        shots.save(ingest, "08-ingest-progress")
    shots.save(w, "09-window-during-ingest")
    shots.wait(90.0, lambda: handle is None or not handle.running)
    shots.wait(1.0)
    ingest = dialog_named("ingestDialog")
    if ingest is not None:
        shots.save(ingest, "10-ingest-summary")
        ingest.close()

    apply_theme(app, "dark")
    w.sidebar.select_key("kind:photo")
    shots.settle(w, 4.0)
    shots.save(w, "11-grid-dark")
    w.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
