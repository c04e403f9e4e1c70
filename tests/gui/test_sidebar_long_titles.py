"""Long session titles in the sidebar: two sessions whose titles differ only at their end
("… in the Mediterranean", "… in West Africa") read the same in a 1920 px window (cut at
the right, whole only in the tooltip). A title too long for a line takes two."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui

START = "Policy roundtable: Skills mobility partnerships in "
ENDS = ("the Mediterranean", "West Africa")


def _dark_rows(image: Any, x0: int, x1: int, y0: int, y1: int) -> set[int]:
    """The pixel rows between ``y0`` and ``y1`` with text drawn on them (dark pixels)."""
    return {
        y
        for y in range(y0, y1)
        for x in range(x0, x1, 2)
        if image.pixelColor(x, y).lightness() < 120
    }


def test_long_session_titles_show_whole_on_two_lines(qtbot: Any, window: Any) -> None:
    cat = window.catalog
    opening, roundtable = cat.test_sessions["opening"], cat.test_sessions["roundtable"]
    cat.update_session(opening, title=START + ENDS[0])
    cat.update_session(roundtable, title=START + ENDS[1])
    window.resize(1920, 1080)
    window.refresh_sidebar()
    sidebar = window.sidebar
    model = sidebar.sidebar
    qtbot.waitUntil(lambda: ENDS[1] in model.by_key[f"session:{roundtable}"].label)
    qtbot.waitUntil(lambda: sidebar.visualRect(model.index_of(f"session:{opening}")).height() > 0)
    fm = sidebar.fontMetrics()
    image = sidebar.viewport().grab().toImage()
    for sid in (opening, roundtable):
        rect = sidebar.visualRect(model.index_of(f"session:{sid}"))
        label = model.by_key[f"session:{sid}"].label
        assert fm.horizontalAdvance(label) > rect.width() - 60  # too long for one line here
        assert rect.height() >= 2 * fm.lineSpacing()  # two lines
        inked = _dark_rows(image, rect.left() + 30, rect.right() - 40, rect.top(), rect.bottom())
        middle = rect.center().y()
        # text above and below the row's middle: both lines drawn, not one centred line
        assert any(y < middle - 2 for y in inked) and any(y > middle + 2 for y in inked)
    short = model.index_of("unassigned")  # "No session": one line as before
    assert sidebar.visualRect(short).height() < 2 * fm.lineSpacing()


def test_the_sidebar_wraps_again_when_it_is_widened(qtbot: Any, window: Any) -> None:
    """Wider, the title fits one line again: the rows' heights follow the sidebar's width."""
    cat = window.catalog
    opening = cat.test_sessions["opening"]
    cat.update_session(opening, title=START + ENDS[0])
    window.resize(1920, 1080)
    window.refresh_sidebar()
    sidebar = window.sidebar
    key = f"session:{opening}"
    qtbot.waitUntil(lambda: ENDS[0] in sidebar.sidebar.by_key[key].label)
    index = sidebar.sidebar.index_of(key)
    qtbot.waitUntil(
        lambda: sidebar.visualRect(index).height() >= 2 * sidebar.fontMetrics().lineSpacing()
    )
    window.splitter.setSizes([900, 700, 320])
    qtbot.waitUntil(
        lambda: 0 < sidebar.visualRect(index).height() < 2 * sidebar.fontMetrics().lineSpacing()
    )


@pytest.mark.parametrize(
    "title",
    [
        "09:30  Table ronde du REM : débat politique sur les partenariats pour la mobilité "
        "des compétences",
        "09:30  " + START + ENDS[1] + " and the Sahel, with partners from every region",
    ],
)
def test_a_title_cut_in_two_lines_shows_whole_words(qtbot: Any, window: Any, title: str) -> None:
    """The second line of a title too long for two shows its end from a word's start: it
    read "…s pour la mobilité des compétences", a fragment of a word."""
    from smparchive.gui.widgets.sidebar import two_lines

    fm = window.sidebar.fontMetrics()
    room = fm.horizontalAdvance(title) // 3  # two lines cannot hold it
    first, second = two_lines(title, room, fm)
    assert title.startswith(first) and first == first.rstrip()
    assert second.startswith("…") and title.endswith(second[1:])
    words = title.split()
    assert second[1:].split()[0] in words  # a whole word, not its end
    assert fm.horizontalAdvance(first) <= room and fm.horizontalAdvance(second) <= room
