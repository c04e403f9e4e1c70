"""Every view that shows a corrected capture time says that it was corrected and by how
much, in the interface's language: where a cell has room only for '(+1 h)' (details table,
assignment preview) or '09:37*' (the loupe's filmstrip), its tooltip spells it out."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

TIP = Qt.ItemDataRole.ToolTipRole

# the interface's words for "corrected by +1 h"
CORRECTED = {
    "english": "corrected by +1 h",
    "french": "corrigée de +1\u00a0h",
    "dutch": "gecorrigeerd met +1 h",
}


@pytest.fixture(params=list(CORRECTED))
def language(request: pytest.FixtureRequest) -> str:
    request.getfixturevalue(request.param)
    return str(request.param)


def _corrected(window: Any) -> int:
    """The EOS R6's clock put one hour later; the row of one of its photos."""
    cat = window.catalog
    camera = next(g for g in cat.cameras() if g.model == "EOS R6")
    window.ops.announce(cat.set_clock_offset(camera.key, 3600).changes)
    store = window.store
    for row in range(len(store)):
        rec = store.record(row)
        if rec is not None and rec.clock_shift_s == 3600:
            return row
    raise AssertionError("no corrected item shown")


def _words(language: str) -> str:
    """'corrected by +1 h' as ``language`` writes it (checked in the last test)."""
    from smparchive.gui import formatting as fmt

    assert language in CORRECTED
    return fmt.correction(3600)


def test_the_details_table_cell_explains_its_marker(window: Any, language: str) -> None:
    """The details table's 'Captured' cell reads '1 Jun 2022 10:35 (+1 h)': pointed at, it
    said nothing (the marker named neither a correction nor a clock)."""
    row = _corrected(window)
    model = window.table_model
    col = next(n for n, f in enumerate(model.columns) if f.name == "capture_utc")
    cell = model.index(row, col)
    assert "(+1" in cell.data()  # the compact marker, as before
    tip = cell.data(TIP)
    assert tip and _words(language) in tip, tip


def test_the_grid_and_filmstrip_tooltip_explains_the_star(window: Any, language: str) -> None:
    """The filmstrip's '09:37*' (no room for '(+1 h)' beside the stars) and the grid's
    '(+1 h)': the cell's tooltip, the grid's and the filmstrip's model's, names it."""
    from smparchive.gui import formatting as fmt

    row = _corrected(window)
    rec = window.store.record(row)
    assert fmt.capture_clock(rec, short=True).endswith("*")
    tip = window.grid_model.index(row, 0).data(TIP)
    assert tip and _words(language) in tip, tip


def test_the_assignment_preview_cell_explains_its_marker(window: Any, language: str) -> None:
    """The assignment preview's Captured cell '1 Jun 2022 10:35 (+1 h)' had no tooltip
    (only the Proposed and Why columns had one)."""
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    _corrected(window)
    cat = window.catalog
    cat.assign_items(cat.query_ids(), None)
    cat.release_items(cat.query_ids())
    dlg = AssignmentDialog(window.deps)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    m = dlg.model
    row = next(n for n, (_p, rec) in enumerate(m.rows) if rec is not None and rec.clock_shift_s)
    assert "(+1" in m.index(row, 2).data()
    tip = m.index(row, 2).data(TIP)
    dlg.close()
    assert tip and _words(language) in tip, tip


def test_the_inspector_and_the_loupe_overlay_spell_it_out(window: Any, language: str) -> None:
    from smparchive.gui.viewers.info import info_html

    row = _corrected(window)
    rec = window.store.record(row)
    assert _words(language) in info_html(rec, window.catalog)
    window.select_ids([rec.id], row)
    inspector = window.inspector
    assert _words(language) in inspector.summary.text()


def test_the_words_are_the_languages_own(qapp: Any, language: str) -> None:
    """'corrected by +1 h' translated, not left in English under a French interface."""
    from smparchive.gui import formatting as fmt

    assert fmt.correction(3600).replace("\u00a0", " ") == CORRECTED[language].replace("\u00a0", " ")
