"""The reader-first start (issue 19): the app paints the first screenful of a SQLite
catalogue before the database toolkit (SQLAlchemy, ~0.45 s of CPU to import, ~0.8 s with
the catalogue's modules) is imported; it loads afterwards, and editing works as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tests.conftest import fresh_python

# The app as a user starts it (gui.app.main) on a catalogue file. An application-wide
# event filter notes, at the grid's first paint with every visible row's record, whether
# SQLAlchemy is imported; then the first item is rated 4 (the R-key's verb) and the app
# waits until the catalogue file holds it.
APP_RUN = """
import sys, sqlite3
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from smparchive.core import paths
import smparchive.gui.app as gui_app

TMP = Path({tmp!r})
paths.log_dir = lambda: TMP / "logs"
paths._recent_file = lambda: TMP / "recent.json"
app = gui_app.make_application()
seen = {{}}

def window():
    found = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    return found[0] if found else None

def records_on_screen(w):
    first, last = w.grid.visible_rows()
    shown = w.store.ids_between(first, last) if first >= 0 else None
    return bool(shown) and all(w.store.cached(i) is not None for i in shown)

class Paints(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            w = window()
            if w is not None and obj is w.grid.viewport() and records_on_screen(w):
                seen["painted"] = "sqlalchemy" in sys.modules
                seen["handle"] = type(w.catalog).__name__
        return False

paints = Paints()
app.installEventFilter(paints)

def rate():
    w = window()
    if "painted" not in seen or w is None:
        QTimer.singleShot(20, rate)
        return
    seen["rated"] = w.selected_ids()
    w.rate(4)
    QTimer.singleShot(50, stored)

def stored():
    w = window()
    ids = seen["rated"]
    marks = ", ".join("?" * len(ids))
    con = sqlite3.connect({path!r})
    got = con.execute(f"SELECT rating FROM items WHERE id IN ({{marks}})", ids).fetchall()
    con.close()
    if ids and all(r[0] == 4 for r in got):
        seen["stored"] = len(got)
        seen["later"] = "sqlalchemy" in sys.modules
        w.close()
    else:
        QTimer.singleShot(50, stored)

QTimer.singleShot(0, rate)
code = gui_app.main([{path!r}])
print("RESULT", seen["painted"], seen["handle"], seen["stored"], seen["later"], code)
"""


def _demo_catalogue(tmp_path: Path, gui_catalog: Any) -> Path:
    path = Path(gui_catalog.location)
    gui_catalog.close()
    return path


def test_first_screenful_painted_before_sqlalchemy_then_a_rating_is_stored(
    tmp_path: Path, gui_catalog: Any
) -> None:
    path = _demo_catalogue(tmp_path, gui_catalog)
    out = fresh_python(APP_RUN.format(tmp=str(tmp_path), path=str(path)), tmp_path)
    result = [line for line in out.splitlines() if line.startswith("RESULT")]
    # painted without SQLAlchemy; one handle type; the rating stored through the full
    # catalogue, opened after the first screenful; the app ended normally
    assert result == ["RESULT False CatalogReader 1 True 0"], out
    with sqlite3.connect(path) as con:
        who = con.execute("SELECT label FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert who == ("Set rating",)  # in the history, as any edit


def test_an_old_catalogue_is_upgraded_before_use_and_a_current_one_read_lazily(
    tmp_path: Path, gui_catalog: Any
) -> None:
    """The app's handle reads only an up-to-date file lazily: a catalogue of an earlier
    schema is upgraded first (its backup made, ``on_upgrade`` told, as the app's
    "Upgrading the catalogue" window needs), exactly as ``open_catalog`` does."""
    import shutil

    from smparchive.core.catalog.reader import open_lazily

    path = _demo_catalogue(tmp_path, gui_catalog)
    handle = open_lazily(path)
    try:
        assert not handle.loaded  # up to date: nothing of SQLAlchemy yet
        assert handle.count() == 33 and not handle.loaded
    finally:
        handle.close()

    old = tmp_path / "old.smpcat"
    shutil.copyfile(
        Path(__file__).resolve().parents[1] / "fixtures/catalogues/schema-0012.smpcat", old
    )
    upgrades: list[tuple[str, str]] = []
    handle = open_lazily(old, on_upgrade=lambda a, b: upgrades.append((a, b)))
    try:
        assert handle.loaded and [a[:4] for a, _b in upgrades] == ["0012"]
        with sqlite3.connect(old) as con:
            stored = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert stored == upgrades[0][1]
        assert any((tmp_path / "old.smpcat.backups").iterdir())
    finally:
        handle.close()
