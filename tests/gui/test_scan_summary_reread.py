"""The app's scan summary says how many unchanged files were read again by a newer reader.

`smparchive scan` said "(1 document re-read with the current reader)"; the summary after
F5 said only "1 unchanged", so a person waiting for a PDF's text to be found again could
not tell the rescan had read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.core.ingest.test_reader_versions import _as_an_older_reader_left_it, _pdf

pytestmark = pytest.mark.gui

EXPECTED = {
    "english": "1 unchanged document was re-read with the current reader.",
    "french": "1 document inchangé a été relu avec le lecteur actuel.",
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_rescan_says_an_older_readers_pdf_was_read_again(
    language: str, request: pytest.FixtureRequest, qtbot: Any, tmp_path: Path, settings: Any
) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    request.getfixturevalue(language)
    root = tmp_path / "docs"
    root.mkdir()
    pdf = _pdf(root / "links.pdf", "Read more at www.oasis-", "open.org today")
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    scan(cat, [cat.add_root(root).value], options=ScanOptions(workers=0))
    [item_id] = cat.ids_for_paths([str(pdf)])
    _as_an_older_reader_left_it(cat, item_id)
    w = MainWindow(cat, TaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(w.store) == 1, timeout=5000)

    w.rescan()  # F5: the ingest controller's rescan of every folder, with its summary

    seen: list[IngestDialog] = []  # the summaries of the scans before

    def summary() -> str:
        dialogs = [d for d in w.findChildren(IngestDialog) if d not in seen]
        shown = [d.summary.text() for d in dialogs if d.summary.isVisible()]
        return shown[0] if shown else ""

    qtbot.waitUntil(lambda: bool(summary()), timeout=30000)
    lines = summary().splitlines()
    assert EXPECTED[language] in lines
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    # read once: the next rescan has nothing to read again, and says nothing of it
    seen += w.findChildren(IngestDialog)
    w.rescan()
    qtbot.waitUntil(lambda: bool(summary()), timeout=30000)
    assert not any("re-read" in line or "relu" in line for line in summary().splitlines())
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()
