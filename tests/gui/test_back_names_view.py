"""The viewers' key hints name the view Esc goes back to: the grid or the details.

From the details table, the loupe's line said "Esc back to the grid" and Esc went back to
the details; every viewer (loupe, its player and deck, compare, survey) and the caption
editor's help now name the view the user came from, in English, French and Dutch.
"""

from __future__ import annotations

from typing import Any

import pytest

from smparchive.gui.keynames import as_read

pytestmark = pytest.mark.gui

WORDS = {  # language: (the grid, the details)
    "english": ("back to the grid", "back to the details"),
    "french": ("retour à la grille", "retour aux détails"),
    "dutch": ("terug naar het raster", "terug naar de details"),
}


def _row(window: Any, name: str) -> int:
    return next(n for n, i in enumerate(window.store.ids) if window.store.cached(i).name == name)


def _hints(window: Any) -> str:
    return as_read(window.workspace.pages[window.workspace.mode].hints.text())


@pytest.mark.parametrize("language", list(WORDS))
def test_every_viewer_names_the_view_esc_goes_back_to(
    request: Any, qtbot: Any, language: str
) -> None:
    request.getfixturevalue(language)
    window = request.getfixturevalue("window")  # made in that language
    for view, (words, other) in (("details", WORDS[language][::-1]), ("grid", WORDS[language])):
        window.set_view_mode(view)
        assert words in as_read(window.inspector.texts.help.text()), view
        for name in ("IMG_0001.JPG", "talk.mp4", "deck.pptx"):
            row = _row(window, name)
            window.selection.select_ranges([(row, row)], current_row=row)
            window.modes.loupe()
            qtbot.waitUntil(lambda: window.workspace.mode == "loupe", timeout=5000)
            qtbot.wait(100)
            hints = _hints(window)
            assert words in hints and other not in hints, (view, name, hints)
            window.modes.escape()
            assert window.view is (window.table if view == "details" else window.grid)
        first, fourth = _row(window, "IMG_0001.JPG"), _row(window, "IMG_0004.JPG")
        window.selection.select_ranges([(first, fourth)], current_row=first)
        for mode in ("compare", "survey"):
            assert window.modes.set_mode(mode)
            hints = _hints(window)
            assert words in hints and other not in hints, (view, mode, hints)
            window.modes.escape()
